"""Who is using the SQLite database. The app, while it serves, and a console command, while it runs,
hold a shared lock (flock) on `<database>.lock` beside the database; `restore` takes it exclusively
and refuses at once when anyone holds it. Several holders of the shared lock never block each
other. The kernel releases a flock when its process ends, even by SIGKILL, so a lock file left
behind by a killed app blocks nothing. PostgreSQL needs no such lock (restore is for SQLite).
"""
from __future__ import annotations

import asyncio
import fcntl
import os
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import AsyncIterator, Iterator


class DatabaseInUse(Exception):
    """The app (or a console command) is using the database."""


def sqlite_file(database_url: str) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    if not database_url.startswith('sqlite://'):
        return None
    path = database_url.removeprefix('sqlite://')
    return None if path in ('', ':memory:') else Path(path)


def lock_file(database: Path) -> Path:
    return database.with_name(database.name + '.lock')


@contextmanager
def _lock_handle(database: Path) -> Iterator[int]:
    """The lock file, opened for reading only (created when missing), so that a lock file created by
    root (a restore run with sudo) can still be locked by the app's own user."""
    database.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(lock_file(database), os.O_RDONLY | os.O_CREAT, 0o644)
    try:
        yield handle
    finally:
        os.close(handle)   # releases the lock


@asynccontextmanager
async def in_use(database_url: str) -> AsyncIterator[None]:
    """Held while the app serves (or a console command runs). Waits while a restore is running."""
    database = sqlite_file(database_url)
    if database is None:
        yield
        return
    with _lock_handle(database) as handle:
        await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_SH)
        yield


@contextmanager
def alone(database: Path) -> Iterator[None]:
    """Held by a restore; raises DatabaseInUse at once when the app or a command uses the database."""
    with _lock_handle(database) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise DatabaseInUse(str(database)) from error
        yield
