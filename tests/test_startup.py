"""Start-up stays cheap: an ordinary restart neither imports nor runs aerich (a plain query on the
app's connection finds no pending migration), a pending migration file or a fresh database still
gets aerich, and Tortoise does not parse our models' source for field comments.

Each start runs in its own Python process (the lane's database: SQLite file or PostgreSQL), with
NiceGUI's own lifespan replaced by an empty one: what is tested is core.lifecycle's part of it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from core.config import ROOT
from core.database import MIGRATIONS_DIR

START = '''
import asyncio, json, sys
from contextlib import asynccontextmanager
from pathlib import Path

from nicegui import app
from nicegui import nicegui as nicegui_module


@asynccontextmanager
async def no_nicegui(_app):
    yield None

nicegui_module._lifespan = no_nicegui

from core import lifecycle
from core.config import load_settings

lifecycle.MIGRATIONS_DIR = Path(sys.argv[1])
hooks = []


async def hook():
    hooks.append('after_start')

from pages import lifespan

lifespan.install(load_settings(), after_start=[hook])
applied = []
real_apply = lifecycle.apply_migrations


async def observed_apply(url):
    applied.extend(await real_apply(url))
    return applied

lifecycle.apply_migrations = observed_apply


async def main():
    from tortoise import connections
    from models.reference import Desa, Pangkat
    async with app.router.lifespan_context(app):
        return {'desa': await Desa.all().count(), 'pangkat': await Pangkat.all().count(),
                'pending': await lifecycle.pending_migrations(),
                'tables': [row['version'] for row in await connections.get('default').execute_query_dict(
                    'SELECT version FROM aerich ORDER BY id')]}

result = asyncio.run(main())
print(json.dumps({**result, 'hooks': hooks, 'applied': applied, 'aerich_imported': 'aerich' in sys.modules}))
'''

PENDING = '''
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return 'CREATE TABLE "uji_tertunda" ("id" INTEGER NOT NULL)'


async def downgrade(db: BaseDBAsyncClient) -> str:
    return 'DROP TABLE "uji_tertunda"'
'''


def start(migrations: Path) -> dict:
    result = subprocess.run([sys.executable, '-c', START, str(migrations)], cwd=ROOT, env=dict(os.environ),
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_restart_skips_aerich_and_a_pending_migration_runs_it(tmp_path: Path) -> None:
    migrations = tmp_path / 'migrations'
    shutil.copytree(MIGRATIONS_DIR / 'models', migrations / 'models', ignore=shutil.ignore_patterns('__pycache__'))
    committed = sorted((p.name for p in (migrations / 'models').glob('[0-9]*_*.py')), key=lambda n: int(n.split('_')[0]))

    fresh = start(migrations)  # a new database: no aerich table, so aerich builds everything
    assert fresh['aerich_imported'] and fresh['applied'] == committed
    assert fresh['tables'] == committed and fresh['pending'] == []
    assert fresh['desa'] == 10 and fresh['pangkat'] == 17 and fresh['hooks'] == ['after_start']

    restart = start(migrations)  # nothing pending: aerich is neither imported nor run
    assert not restart['aerich_imported'] and restart['applied'] == []
    assert restart['tables'] == committed
    assert restart['desa'] == 10 and restart['pangkat'] == 17 and restart['hooks'] == ['after_start']

    number = int(committed[-1].split('_')[0]) + 1
    new_file = f'{number}_20991231000000_uji_tertunda.py'
    (migrations / 'models' / new_file).write_text(PENDING)
    upgraded = start(migrations)  # one new file: aerich applies exactly that one
    assert upgraded['aerich_imported'] and upgraded['applied'] == [new_file]
    assert upgraded['tables'] == [*committed, new_file] and upgraded['pending'] == []
    assert upgraded['desa'] == 10 and upgraded['hooks'] == ['after_start']


def test_the_migration_files_are_the_ones_aerich_applies() -> None:
    """lifecycle.migration_files must select and order files exactly as aerich's upgrade does."""
    from aerich.migrate import Migrate

    from core import lifecycle
    before = getattr(Migrate, 'migrate_location', None)
    Migrate.migrate_location = MIGRATIONS_DIR / lifecycle.APP
    try:
        assert lifecycle.migration_files() == Migrate.get_all_version_files()
    finally:
        Migrate.migrate_location = before
    assert lifecycle.migration_files()[0].startswith('0_')


def test_importing_the_app_imports_no_aerich_and_parses_no_model_source() -> None:
    probe = '''
import inspect, json, sys
parsed = []
real = inspect.getsource
def getsource(obj, *args, **kwargs):
    parsed.append(getattr(obj, '__module__', ''))
    return real(obj, *args, **kwargs)
inspect.getsource = getsource
import main
from models.table import check_tables
check_tables()
print(json.dumps({'aerich': sorted(m for m in sys.modules if m.split('.')[0] == 'aerich'),
                  'parsed': sorted(set(m for m in parsed if m.startswith(('models', 'tortoise')))),
                  'restored': inspect.getsource is getsource}))
'''
    result = subprocess.run([sys.executable, '-c', probe], cwd=ROOT, env=dict(os.environ), capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {'aerich': [], 'parsed': [], 'restored': True}


def test_no_model_has_field_comments_for_tortoise() -> None:
    """Tortoise takes `#:` comments above a field as its description; core.lifecycle skips that
    (slow) search for Tortoise's Model and our models, which is only right while none has one."""
    import inspect

    from tortoise.models import Model
    with_comments = [path.name for path in (ROOT / 'models').glob('*.py') if '#:' in path.read_text()]
    assert with_comments == [], f'use description= instead of #: comments in {with_comments}'
    assert '#:' not in inspect.getsource(Model)


def test_the_app_hands_the_interpreter_to_a_grid_pages_reader_within_half_a_millisecond() -> None:
    """Issue #13 (g): a grid page is read on its own thread, which waited for the interpreter up to
    the default switch interval (5 ms) every time sqlite3 took it back: up to 4.6 s for one page
    during a 100k-row import (bench 10). The app shortens the interval when it is built."""
    probe = '''
import sys
import main
main.ui.run = lambda **kwargs: None
before = sys.getswitchinterval()
main.build()
print(before, sys.getswitchinterval())
'''
    result = subprocess.run([sys.executable, '-c', probe], cwd=ROOT, env=dict(os.environ), capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    before, after = map(float, result.stdout.split()[-2:])
    from core.listing.driver import READER_SWITCH_SECONDS
    assert before == 0.005 and after == READER_SWITCH_SECONDS
