"""Every table of the panel, defined once: Tortoise models plus their declarative descriptions.

MODEL_MODULES is every module of this package except the few that hold no tables (SUPPORT_MODULES):
a model class put in a new module here is found without being listed anywhere, and aerich and
Tortoise read exactly this list. It is looked up anew each time it is asked for, in every folder of
the package's `__path__` (tests/test_new_table.py adds a module from a temporary folder that way), so
read it when it is needed (`models.MODEL_MODULES`), not once at import. `python main.py check`
(core.checks, M001) fails when a support module defines a model, which would otherwise silently have
no table.
"""
import pkgutil

SUPPORT_MODULES = frozenset({'base', 'choices', 'clock', 'formats', 'process_map', 'table', 'workdays'})


def __getattr__(name: str) -> list[str]:
    if name == 'MODEL_MODULES':
        return sorted(f'{__name__}.{module.name}' for module in pkgutil.iter_modules(__path__)
                      if module.name not in SUPPORT_MODULES and not module.name.startswith('_'))
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
