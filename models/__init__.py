"""Every table of the panel, defined once: Tortoise models plus their declarative descriptions.

MODEL_MODULES is every module of this package except the few that hold no tables (SUPPORT_MODULES):
a model class put in a new module here is found without being listed anywhere, and aerich and
Tortoise read exactly this list. `python main.py check` (core.checks, M001) fails when a support
module defines a model, which would otherwise silently have no table.
"""
import pkgutil

SUPPORT_MODULES = frozenset({'base', 'choices', 'formats', 'process_map', 'table', 'workdays'})

MODEL_MODULES = sorted(f'{__name__}.{module.name}' for module in pkgutil.iter_modules(__path__)
                       if module.name not in SUPPORT_MODULES and not module.name.startswith('_'))
