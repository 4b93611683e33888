"""The app's lifespan: the start-up checks, then the ORM registered, pending migrations applied and
the seed run (core.lifecycle) before the first request is served.

NiceGUI does not await async `app.on_startup` handlers, and Tortoise keeps its state in a
contextvar, so everything happens in a lifespan wrapped around NiceGUI's own.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Awaitable, Callable

from core import lifecycle  # first: it imports Tortoise and the models without reading their source

from nicegui import app  # noqa: E402
from nicegui import nicegui as nicegui_module  # noqa: E402
from tortoise.contrib.fastapi import RegisterTortoise  # noqa: E402
from core import database_lock  # held while serving: `restore` refuses meanwhile
from core.checks import require_no_problems
from core.config import Settings
from core.seed import seed_reference

log = logging.getLogger('panel')


def install(settings: Settings, after_start: list[Callable[[], Awaitable[None]]] = ()) -> None:
    """Wrap NiceGUI's lifespan: run the start-up checks, register the ORM, migrate when needed,
    seed, then run the `after_start` hooks (accounts seed, maintenance) before the first request."""
    require_no_problems()
    niceguis_lifespan = nicegui_module._lifespan  # the original, so re-running main.py never nests wrappers

    @asynccontextmanager
    async def lifespan(fastapi_app):
        async with database_lock.in_use(settings.database_url), \
                RegisterTortoise(app, config=lifecycle.app_config(settings.database_url)):
            applied = await lifecycle.migrate_if_needed(settings.database_url)
            if applied:
                log.info('Migrasi diterapkan: %s', ', '.join(applied))
            await seed_reference()
            for hook in after_start:
                await hook()
            async with niceguis_lifespan(fastapi_app) as state:
                yield state

    app.router.lifespan_context = lifespan
