"""Start-up and shut-down of the app: the ORM is registered in the app's lifespan, pending migrations
are applied and the seed runs before the first request is served.

NiceGUI does not await async `app.on_startup` handlers, and Tortoise keeps its state in a
contextvar, so everything happens in a lifespan wrapped around NiceGUI's own.

An ordinary restart has nothing to migrate, and aerich is slow to import and to start (about a
second together, most of a restart's own cost). So the app's ORM is registered without aerich's
model, the committed migration files are compared with the rows of aerich's `aerich` table by a
plain query on that connection, and aerich is imported and run only when a file is missing from
the table, or the table cannot be read (a fresh database).
"""
from __future__ import annotations

import asyncio
import logging
import pkgutil
from contextlib import asynccontextmanager
from typing import Awaitable, Callable

import tortoise.models
from nicegui import app
from nicegui import nicegui as nicegui_module
from tortoise import connections
from tortoise.contrib.fastapi import RegisterTortoise
from tortoise.exceptions import OperationalError

MODELS_PACKAGE = 'models.'


def _skip_comment_parsing_of_our_models() -> None:
    """Tortoise looks for `#:` comments above each model field (its docs for a field) by reading the
    class's source; on Python 3.11 `inspect.getsource` parses the whole module again for every
    class: 0.3-0.4 s of every start for our models. Ours have no `#:` comment (their fields say it
    with `description=`; tests/test_startup.py checks it), so for them the result is always empty:
    skip the parsing for the classes of the `models` package. Must run before they are imported."""
    find_comments = getattr(tortoise.models, '_get_comments', None)
    if find_comments is None or getattr(find_comments, 'skips_our_models', False):
        return

    def comments(cls) -> dict[str, str]:
        return {} if cls.__module__.startswith(MODELS_PACKAGE) else find_comments(cls)

    comments.skips_our_models = True
    tortoise.models._get_comments = comments


_skip_comment_parsing_of_our_models()

from core import passwords  # noqa: E402
from core.config import Settings  # noqa: E402  (the models are imported from here on)
from core.database import MIGRATIONS_DIR, tortoise_config  # noqa: E402
from core.seed import seed_reference  # noqa: E402
from models.table import check_tables  # noqa: E402

log = logging.getLogger('panel')

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


async def migrate_if_needed(database_url: str) -> list[str]:
    """Inside the app's ORM: run aerich only when a migration is pending or the database is new."""
    pending = await pending_migrations()
    if pending == []:
        return []
    return await apply_migrations(database_url)


def install(settings: Settings, after_start: list[Callable[[], Awaitable[None]]] = ()) -> None:
    """Wrap NiceGUI's lifespan: check the table descriptions, register the ORM, migrate when needed,
    seed, then run the `after_start` hooks (accounts seed, maintenance) before the first request."""
    check_tables()
    niceguis_lifespan = nicegui_module._lifespan  # the original, so re-running main.py never nests wrappers

    @asynccontextmanager
    async def lifespan(fastapi_app):
        async with RegisterTortoise(app, config=app_config(settings.database_url)):
            applied = await migrate_if_needed(settings.database_url)
            if applied:
                log.info('Migrasi diterapkan: %s', ', '.join(applied))
            await seed_reference()
            for hook in after_start:
                await hook()
            async with niceguis_lifespan(fastapi_app) as state:
                asyncio.get_running_loop().run_in_executor(None, passwords.warm_up)  # not on the way to serving
                yield state

    app.router.lifespan_context = lifespan
