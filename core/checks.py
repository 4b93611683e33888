"""The start-up checks, in the style of Django's checks framework: small functions that each
return the problems they find (an id, a message, a hint), with no side effects, all reported at
once. `python main.py check` prints them; the app refuses to start while any is found.

    T001–T011  a table description (models.table)
    M001       a model class in a module that Tortoise does not load
    M002       a table registered from outside the model modules
    F001       a field type with no entry in the field registry (forms.fields)
"""
from __future__ import annotations

import importlib
import inspect
from typing import Callable

from tortoise.models import Model

from locales import t
from forms.fields import kind_of
import models
from models import SUPPORT_MODULES
from models.table import TABLES, Problem, finish_tables, table_problems

Check = Callable[[], list[Problem]]


def _models_defined_in(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    return [name for name, value in vars(module).items()
            if inspect.isclass(value) and issubclass(value, Model) and value.__module__ == module_name
            and not getattr(value._meta, 'abstract', False)]


def models_outside_the_loaded_modules() -> list[Problem]:
    return [Problem('M001', f'models.{module}: defines {", ".join(names)}, but it is a support module, '
                            'which Tortoise does not load', 'move the model into a module of its own under models/')
            for module in sorted(SUPPORT_MODULES) if (names := _models_defined_in(f'models.{module}'))]


def tables_outside_the_model_modules() -> list[Problem]:
    modules = models.MODEL_MODULES  # as found now (models/__init__.py)
    return [Problem('M002', f'{name}: its model {spec.model.__name__} lives in {spec.model.__module__}, '
                            'which is not a model module', 'define tables in a module under models/')
            for name, spec in TABLES.items() if spec.model.__module__ not in modules]


def fields_without_a_kind() -> list[Problem]:
    problems = []
    for name, spec in TABLES.items():
        for field_name in dict.fromkeys((*spec.columns, *spec.form, *spec.filters)):
            field = spec.fields_map.get(field_name)
            if field is None:
                continue  # T001
            try:
                kind_of(field)
            except LookupError:
                problems.append(Problem('F001', f'{name}.{field_name}: {type(field).__name__} has no field kind',
                                        'add a FieldKind for it to forms.fields.REGISTRY'))
    return problems


CHECKS: tuple[Check, ...] = (table_problems, models_outside_the_loaded_modules,
                             tables_outside_the_model_modules, fields_without_a_kind)


def run_checks() -> list[Problem]:
    """Every problem every check finds (the descriptions are finished first, which is idempotent)."""
    finish_tables()
    return [problem for check in CHECKS for problem in check()]


class ChecksFailed(Exception):
    """The app does not start while a check finds a problem."""


def require_no_problems() -> None:
    """At start-up: every problem at once, or nothing."""
    problems = run_checks()
    if problems:
        raise ChecksFailed(t('periksa.gagal', jumlah=len(problems)) + '\n  ' + '\n  '.join(map(str, problems)))


def main() -> int:
    """`python main.py check`: print every problem; exit 1 when there is any."""
    problems = run_checks()
    for problem in problems:
        print(problem)
    print(t('periksa.gagal', jumlah=len(problems)) if problems else t('periksa.baik', tabel=len(TABLES)))
    return 1 if problems else 0
