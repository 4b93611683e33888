"""The folders are layers, and imports only go down (docs/design.md §Architecture).

From the bottom up: locales (the texts catalogue) → models (what is stored) → forms (the field
registry) → core (services) → exports (file formats) → demo (demo rows) → pages (everything
NiceGUI) → main.py (the app wiring). A module may import its own layer and the layers below it,
never one above, at the top of the module or inside a function alike. Only pages/ and main.py
speak NiceGUI.

Read from the source, like the texts check: nothing is imported or run.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ('locales', 'models', 'forms', 'core', 'exports', 'demo', 'pages', 'main')
UI_LAYERS = {'pages', 'main'}
UI_PACKAGES = {'nicegui', 'fastapi', 'starlette'}


def layer_of(module: str) -> str | None:
    """The layer a dotted module name belongs to; None for the standard library and packages."""
    top = module.split('.')[0]
    return top if top in LAYERS else None


def app_modules() -> list[Path]:
    files = [ROOT / 'main.py']
    for folder in LAYERS[:-1]:
        files += sorted(p for p in (ROOT / folder).rglob('*.py') if '__pycache__' not in p.parts)
    return files


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an `import` or `from … import` names, with its line; relative imports are
    resolved by the caller's package and are never used in this project."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            if node.module in LAYERS:  # `from core import records` imports core.records
                found += [(node.lineno, f'{node.module}.{alias.name}') for alias in node.names]
    return found


def wrong_way_imports(path: Path, source: str) -> list[str]:
    relative = path.relative_to(ROOT).as_posix()
    own = 'main' if relative == 'main.py' else relative.split('/')[0]
    rank = LAYERS.index(own)
    problems = []
    for line, module in imported_modules(ast.parse(source)):
        target = layer_of(module)
        if target is not None and LAYERS.index(target) > rank:
            problems.append(f'{relative}:{line} imports {module} ({own} may not import {target})')
        elif module.split('.')[0] in UI_PACKAGES and own not in UI_LAYERS:
            problems.append(f'{relative}:{line} imports {module} (only pages/ and main.py speak NiceGUI)')
    return sorted(set(problems))


def test_every_import_goes_down_the_layers():
    problems = []
    for path in app_modules():
        problems += wrong_way_imports(path, path.read_text())
    assert not problems, 'Imports that go up a layer:\n  ' + '\n  '.join(problems)


@pytest.mark.parametrize('where, source, wrong', [
    ('core/x.py', 'from exports.xlsx_writer import write_xlsx', True),
    ('core/x.py', 'def f():\n    from pages import frame\n', True),
    ('core/x.py', 'from nicegui import ui', True),
    ('models/x.py', 'from core import access', True),
    ('forms/x.py', 'import core.records', True),
    ('models/x.py', 'from locales import t', False),
    ('pages/x.py', 'from core import records\nfrom nicegui import ui', False),
    ('exports/x.py', 'from forms.fields import kind_of\nimport xlsxwriter', False),
])
def test_the_check_sees_a_wrong_way_import(where, source, wrong):
    assert bool(wrong_way_imports(ROOT / where, source)) is wrong
