"""What start-up does to the database, with no web framework in sight: pending migrations are
applied and the seed runs before the first request is served (pages/lifespan.py wraps these in the
app's lifespan), or outside the app for console commands and tests (`prepared_database`).

An ordinary restart has nothing to migrate, and aerich is slow to import and to start (about a
second together, most of a restart's own cost). So the app's ORM is registered without aerich's
model, the committed migration files are compared with the rows of aerich's `aerich` table by a
plain query on that connection, and aerich is imported and run only when a file is missing from
the table, or the table cannot be read (a fresh database).
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def _models_built_without_reading_their_source():
    """Tortoise looks for `#:` comments above the fields of each model class (its way to describe a
    field) by reading the class's source, and on Python 3.11 `inspect.getsource` parses the whole
    module again for every class: 0.4-0.5 s of every start for Tortoise's own `Model` and our
    models. None of them has such a comment (ours describe fields with `description=`;
    tests/test_startup.py checks it), so the search always finds nothing. While Tortoise and our
    models are first imported, reading the source of those classes fails at once, which Tortoise
    takes as "no comments"; any other use of `inspect.getsource` is left alone."""
    real = inspect.getsource

    def getsource(obj, *args, **kwargs):
        module = getattr(obj, '__module__', None) or ''
        if isinstance(obj, type) and (module == 'tortoise.models' or module.startswith('models.')):
            raise OSError('model source not read at start-up (core.lifecycle)')
        return real(obj, *args, **kwargs)

    inspect.getsource = getsource
    try:
        yield
    finally:
        inspect.getsource = real


with _models_built_without_reading_their_source():
    from tortoise import connections
    from tortoise.exceptions import OperationalError

    from core import database_lock
    from core.database import MIGRATIONS_DIR, tortoise_config
    from core.seed import seed_reference
    from models import MODEL_MODULES

    for _module in MODEL_MODULES:
        importlib.import_module(_module)

APP = 'models'  # aerich's app label: the migrations live in MIGRATIONS_DIR / APP, the table's `app` column
AERICH_MODELS = 'aerich.models'


def app_config(database_url: str) -> dict:
    """The app's own Tortoise configuration: `tortoise_config` without aerich's model, whose import
    imports all of aerich. Only the migration run (`apply_migrations`) needs it."""
    config = tortoise_config(database_url)
    for settings in config['apps'].values():
        settings['models'] = [module for module in settings['models'] if module != AERICH_MODELS]
    return config


def migration_files() -> list[str]:
    """The committed migration files, in order, named as aerich records them in its table's
    `version` column (file name with `.py`). Same selection as aerich 0.10's
    `Migrate.get_all_version_modules`: modules of the directory whose name is `<digits>_...`."""
    names = [module.name for module in pkgutil.iter_modules([str(MIGRATIONS_DIR / APP)])
             if '_' in module.name and module.name.split('_')[0].isdigit()]
    return [f'{name}.py' for name in sorted(names, key=lambda name: int(name.split('_')[0]))]


async def pending_migrations(connection_name: str = 'default') -> list[str] | None:
    """The migration files aerich has not recorded as applied (what `Command.upgrade` would apply),
    read on the open ORM connection; None when aerich's table cannot be read (a fresh database)."""
    try:
        rows = await connections.get(connection_name).execute_query_dict(
            f"SELECT version FROM aerich WHERE app = '{APP}'")
    except OperationalError:  # no such table (SQLite) / relation does not exist (PostgreSQL)
        return None
    applied = {row['version'] for row in rows}
    return [name for name in migration_files() if name not in applied]


async def apply_migrations(database_url: str) -> list[str]:
    """Apply every committed migration not yet applied (with aerich); returns the applied file names.
    Runs in a private ORM context: before or after the app's own ORM is registered, any number of times."""
    from aerich import Command
    from tortoise.context import TortoiseContext

    async with TortoiseContext():
        async with Command(tortoise_config=tortoise_config(database_url), app=APP,
                           location=str(MIGRATIONS_DIR)) as command:
            return await command.upgrade(run_in_transaction=True)


@asynccontextmanager
async def prepared_database(database_url: str):
    """Outside the web app (console commands, demo data, tests): the database migrated and seeded as
    at start-up, in an ORM context of its own, with the administrator's tables and columns attached
    (core/structure.py) as the app attaches them."""
    from tortoise.context import TortoiseContext

    from core.accounts import seed_accounts
    from core.structure import load_structure

    async with database_lock.in_use(database_url):   # `restore` refuses while a command runs
        await apply_migrations(database_url)
        async with TortoiseContext() as context:
            await context.init(config=tortoise_config(database_url))
            await seed_reference()
            await seed_accounts()
            await load_structure()
            yield context


@asynccontextmanager
async def attached_database(database_url: str):
    """A child process of the running app (exports/import_child.py): the database the app has
    already migrated and seeded, in an ORM context of its own, with the administrator's tables and
    columns attached as they are now, and the tables' descriptions finished as the app's start-up
    checks finish them. Holds the database's shared lock as the app does."""
    from tortoise.context import TortoiseContext

    from core.structure import load_structure
    from models.table import finish_tables

    finish_tables()
    async with database_lock.in_use(database_url):
        async with TortoiseContext() as context:
            await context.init(config=app_config(database_url))
            await load_structure()
            yield context


async def migrate_if_needed(database_url: str) -> list[str]:
    """Inside the app's ORM: run aerich only when a migration is pending or the database is new."""
    pending = await pending_migrations()
    if pending == []:
        return []
    return await apply_migrations(database_url)
