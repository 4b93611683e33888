"""The grid's parts (the pages/grid_*.py mixins of pages/table_view.TableView) use only what
pages/grid_host.GridHost declares of the grid, and TableView provides all of it (issue 12).

Read from the source like tests/test_layers.py, plus the classes themselves for what they inherit.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pages.grid_host import GridHost
from pages.table_view import TableView

ROOT = Path(__file__).resolve().parent.parent
GRID_MODULES = [ROOT / 'pages' / 'table_view.py', *sorted((ROOT / 'pages').glob('grid_*.py'))]


def declared() -> set[str]:
    return set(GridHost.__annotations__) | {name for name in vars(GridHost) if not name.startswith('__')}


def parts(path: Path) -> list[ast.ClassDef]:
    """The classes of a module that are parts of the grid (GridHost is named among their bases)."""
    return [node for node in ast.parse(path.read_text()).body if isinstance(node, ast.ClassDef)
            and any(isinstance(base, ast.Name) and base.id == 'GridHost' for base in node.bases)]


def undeclared_uses(part: ast.ClassDef, known: set[str]) -> list[str]:
    """What a part uses of `self` that is neither its own method nor declared by GridHost."""
    own = {node.name for node in part.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    used = {node.attr: node.lineno for node in ast.walk(part) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == 'self'}
    return sorted(f'{part.name}.{name} (line {line})' for name, line in used.items() if name not in own | known)


def set_by_the_grid() -> set[str]:
    """The attributes TableView and its parts assign (`self.x = …`, `with … as self.x`)."""
    names = set()
    for path in GRID_MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) \
                    and isinstance(node.value, ast.Name) and node.value.id == 'self':
                names.add(node.attr)
    return names


def test_every_mixin_of_the_grid_is_a_part():
    mixins = [base for base in TableView.__mro__[1:] if base not in (GridHost, object)]
    assert mixins and all(issubclass(base, GridHost) for base in mixins)
    assert {base.__name__ for base in mixins} == {part.name for path in GRID_MODULES for part in parts(path)}


def test_parts_use_only_what_gridhost_declares():
    problems = [use for path in GRID_MODULES for part in parts(path) for use in undeclared_uses(part, declared())]
    assert not problems, 'Used of the grid but not declared in pages/grid_host.GridHost:\n  ' + '\n  '.join(problems)


def test_the_grid_provides_what_gridhost_declares():
    missing_attributes = sorted(set(GridHost.__annotations__) - set_by_the_grid())
    missing_methods = sorted(name for name, value in vars(GridHost).items() if callable(value)
                             and getattr(TableView, name) is value)
    assert not missing_attributes and not missing_methods, (missing_attributes, missing_methods)


@pytest.mark.parametrize('source, undeclared', [
    ('class Trash(GridHost):\n    def open(self):\n        return self.spec, self.m("x")', []),
    ('class Trash(GridHost):\n    def open(self):\n        self.trash_box.clear()', ['Trash.trash_box (line 3)']),
    ('class Trash(GridHost):\n    def a(self):\n        return self.b()\n    def b(self):\n        return 1', []),
])
def test_the_check_sees_an_undeclared_use(source, undeclared):
    (part,) = [node for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]
    assert undeclared_uses(part, declared()) == undeclared
