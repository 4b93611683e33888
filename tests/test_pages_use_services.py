"""Pages do not query the database: they ask a service of core/ (core.accounts, core.audit_query,
core.dashboard_figures, core.visible_rows, …), where the rules of what a person may see live once
(issue 12, 'The house').

Read from the source, like tests/test_layers.py: in pages/, no ORM query method (filter, get_or_none,
all, create, count, …) is called on a model class imported from models/, or on a table's model
(`spec.model`, `field.related_model`), and nothing of Tortoise is imported but the app's wiring.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
from tortoise.models import Model

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / 'pages'
QUERY_METHODS = {
    'all', 'filter', 'exclude', 'get', 'get_or_none', 'get_or_create', 'update_or_create', 'create',
    'bulk_create', 'bulk_update', 'in_bulk', 'first', 'exists', 'count', 'values', 'values_list',
    'select_related', 'prefetch_related', 'annotate', 'order_by', 'select_for_update', 'raw',
    'update', 'delete', 'only', 'distinct', 'group_by', 'limit', 'offset',
}
MODEL_ATTRIBUTES = {'model', 'related_model'}   # TableSpec.model, a foreign key's related_model
TORTOISE_WIRING = {'tortoise.contrib.fastapi'}  # pages/lifespan.py registers the ORM with the app


def model_names(tree: ast.AST) -> set[str]:
    """The names a module binds to model classes by `from models.x import Name [as other]`."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split('.')[0] == 'models':
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type) and issubclass(value, Model):
                    names.add(alias.asname or alias.name)
    return names


def receiver_is_a_model(node: ast.expr, models: set[str]) -> bool:
    """Does a chain like `Role.all().order_by('id')` or `spec.model.filter(...)` start at a model?"""
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            if node.attr in MODEL_ATTRIBUTES:
                return True
            node = node.value
        else:
            return isinstance(node, ast.Name) and node.id in models


def database_queries(relative: str, source: str) -> list[str]:
    tree = ast.parse(source)
    models = model_names(tree)
    problems, lines = [], set()
    for node in ast.walk(tree):   # outer calls first: one problem for a chain like Role.all().order_by()
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.lineno not in lines \
                and node.func.attr in QUERY_METHODS and receiver_is_a_model(node.func.value, models):
            lines.add(node.lineno)
            problems.append((node.lineno, f'{relative}:{node.lineno} {ast.unparse(node.func)}(…) queries the database'))
        imported = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
            [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
        for module in imported:
            if module.split('.')[0] == 'tortoise' and module not in TORTOISE_WIRING:
                problems.append((node.lineno, f'{relative}:{node.lineno} imports {module}'))
    return [problem for _, problem in sorted(problems)]


def test_no_page_queries_the_database():
    problems = []
    for path in sorted(PAGES.glob('*.py')):
        problems += database_queries(path.relative_to(ROOT).as_posix(), path.read_text())
    assert not problems, 'Pages that query the database (ask a service of core/ instead):\n  ' + \
        '\n  '.join(problems)


@pytest.mark.parametrize('source, queries', [
    ('from models.accounts import Role\nasync def f():\n    return await Role.all().order_by("id")', True),
    ('from models.accounts import User as U\nasync def f(i):\n    return await U.get_or_none(id=i)', True),
    ('async def f(spec):\n    return await spec.model.filter(deleted_at__isnull=True).count()', True),
    ('async def f(spec, n):\n    return await spec.field(n).related_model.exists()', True),
    ('from tortoise.queryset import QuerySet', True),
    ('from tortoise.contrib.fastapi import RegisterTortoise', False),
    ('from models.accounts import User\ndef f(user: User) -> str:\n    return user.username', False),
    ('from models.table import TABLES\ndef f(name):\n    return TABLES.get(name)', False),
    ('from core.accounts import role_options\nasync def f():\n    return await role_options()', False),
    ('def f(dialog, rows):\n    dialog.delete()\n    return rows.count(1)', False),
])
def test_the_check_sees_a_query(source, queries):
    assert bool(database_queries('pages/x.py', source)) is queries
