"""What the code imports is declared in pyproject.toml, and what is declared is used (docs/design.md
§Dependencies): a package that comes only as another one's dependency can vanish with its upgrade."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDERS = ('core', 'pages', 'forms', 'exports', 'models', 'demo', 'locales', 'migrations')
TEST_FOLDERS = ('tests', 'bench', 'deploy')
OWN = {'main', 'tests', 'bench', 'deploy', *APP_FOLDERS}
# Declared for what they are, not for an import: pandas is kept for the Rekap (issue #19); pytest-asyncio is a plugin.
NOT_IMPORTED = {'pandas', 'pytest-asyncio'}


def _normal(name: str) -> str:
    return re.sub(r'[-_.]+', '-', name).lower()


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / 'pyproject.toml').read_text())['project']

    def names(specs: list[str]) -> set[str]:  # 'tortoise-orm[asyncpg]>=1' declares both
        found = set()
        for spec in specs:
            name, _, extras = re.split(r'[<>=;! ]', spec, maxsplit=1)[0].partition('[')
            found |= {_normal(name)} | {_normal(e) for e in extras.rstrip(']').split(',') if e}
        return found
    extras = project.get('optional-dependencies', {})
    return names(project['dependencies']), names(extras.get('test', [])) | names(extras.get('redis', []))


def _scale_out() -> set[str]:
    """The `redis` extra: what the app imports only when it is scaled out (NICEGUI_REDIS_URL set)."""
    project = tomllib.loads((ROOT / 'pyproject.toml').read_text())['project']
    return {_normal(re.split(r'[<>=;!\[ ]', spec, maxsplit=1)[0]) for spec in project['optional-dependencies']['redis']}


def _imported(folders: tuple[str, ...], with_main: bool) -> set[str]:
    files = [ROOT / 'main.py'] if with_main else []
    for folder in folders:
        files += (ROOT / folder).rglob('*.py')
    found = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found |= {alias.name.split('.')[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split('.')[0])
    return {name for name in found - OWN if name not in sys.stdlib_module_names and name != '__future__'}


def _distributions(modules: set[str]) -> set[str]:
    known = packages_distributions()   # a module of a package not installed here counts by its own name
    return {_normal(known[module][0]) if module in known else _normal(module) for module in modules}


def test_what_the_app_imports_is_a_declared_dependency():
    app, _ = _declared()
    missing = _distributions(_imported(APP_FOLDERS, with_main=True)) - app - _scale_out()
    assert not missing, f'imported by the app but not declared in [project] dependencies: {sorted(missing)}'


def test_what_tests_and_benchmarks_import_is_declared():
    app, test = _declared()
    missing = _distributions(_imported(TEST_FOLDERS, with_main=False)) - app - test
    assert not missing, f'imported by tests/bench/deploy but not declared: {sorted(missing)}'


def test_every_declared_package_is_used():
    app, test = _declared()
    used = _distributions(_imported(APP_FOLDERS + TEST_FOLDERS, with_main=True))
    used |= {'tortoise-orm', 'argon2-cffi'}  # both found by their import names below
    unused = (app | test) - used - NOT_IMPORTED
    assert not unused, f'declared but never imported: {sorted(unused)}'
