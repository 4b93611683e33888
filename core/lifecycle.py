"""Start-up and shut-down of the app: the ORM is registered in the app's lifespan, migrations are
applied and the seed runs before the first request is served.

NiceGUI does not await async `app.on_startup` handlers, and Tortoise keeps its state in a
contextvar, so everything happens in a lifespan wrapped around NiceGUI's own.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Awaitable, Callable

from aerich import Command
from nicegui import app
from nicegui import nicegui as nicegui_module
from tortoise.context import TortoiseContext
from tortoise.contrib.fastapi import RegisterTortoise

from core.config import Settings
from core.database import MIGRATIONS_DIR, tortoise_config
from core.seed import seed_reference
from models.table import check_tables

log = logging.getLogger('panel')

async def apply_migrations(database_url: str) -> list[str]:
    """Apply every committed migration not yet applied; returns the applied file names."""
    async with TortoiseContext():
        async with Command(tortoise_config=tortoise_config(database_url), app='models',
                           location=str(MIGRATIONS_DIR)) as command:
            return await command.upgrade(run_in_transaction=True)


def install(settings: Settings, after_start: list[Callable[[], Awaitable[None]]] = ()) -> None:
    """Wrap NiceGUI's lifespan: check the table descriptions, migrate, register the ORM, seed, then
    run the `after_start` hooks (accounts seed, maintenance) before the first request."""
    check_tables()
    niceguis_lifespan = nicegui_module._lifespan  # the original, so re-running main.py never nests wrappers

    @asynccontextmanager
    async def lifespan(fastapi_app):
        applied = await apply_migrations(settings.database_url)
        if applied:
            log.info('Migrasi diterapkan: %s', ', '.join(applied))
        async with RegisterTortoise(app, config=tortoise_config(settings.database_url)):
            await seed_reference()
            for hook in after_start:
                await hook()
            async with niceguis_lifespan(fastapi_app) as state:
                yield state

    app.router.lifespan_context = lifespan
