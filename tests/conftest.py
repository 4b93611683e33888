"""What every test shares: a fresh database per test, and the waits that replace fixed sleeps.

A fresh database. Each test gets its own DATA_DIR with a new SQLite file, or, when DATABASE_URL
points at PostgreSQL (the CI lane), an empty database. A test that starts the app (NiceGUI's
`user` / `create_user` fixtures), or asks for `migrated_database`, gets instead a copy of a
template migrated (aerich, the committed migrations) and seeded once per session (SQLite: a file
copy; PostgreSQL: CREATE DATABASE ... TEMPLATE), so the app finds no pending migration and skips
aerich; unless it is marked `empty_database`. The app's own first start on an empty database is
still run by tests/test_startup.py, the browser tests' server and the console commands' tests.

Under test, passwords are hashed by argon2id at its smallest cost (core.passwords.
use_cheap_hashing_in_tests, called here: there is no setting for it), and the daily maintenance
(the start-up backup) is off, DAILY_MAINTENANCE=0, except in the tests about it, which turn it on.

Waits. A test waits for the condition it then checks, never for a fixed time: `until(...)` polls a
condition (a value, a query, the grid) and returns as soon as it holds; `handled()` waits for the
event handlers that a click or an event started; `open_form_by` and `submit_form` open and save
the record form. NiceGUI's `user.should_see` / `should_not_see` wait up to WAIT_SECONDS here
(0.3 s in NiceGUI, too short on a loaded machine), returning as soon as they are satisfied.
"""
from __future__ import annotations

import asyncio
import gc
import inspect
import os
import shutil
import sqlite3
import sys
import time
import weakref
from contextlib import asynccontextmanager, closing
from pathlib import Path
from typing import Any, AsyncIterator, Callable
from urllib.parse import urlsplit, urlunsplit

import pytest
from nicegui import ElementFilter, background_tasks, ui
from nicegui.testing import User
from nicegui.testing.user_interaction import UserInteraction
from tortoise.backends.base.executor import EXECUTOR_CACHE

from core import passwords

os.environ.setdefault('INITIAL_ADMIN_PASSWORD', 'admin-rahasia-1')
POSTGRES_URL = os.environ.get('DATABASE_URL', '') if os.environ.get('DATABASE_URL', '').startswith('postgres') else ''
WAIT_SECONDS = 20.0   # how long a wait may hold before the test fails; a wait that is met returns at once
POLL_SECONDS = 0.01
APP_FIXTURES = {'user', 'create_user', 'migrated_database'}   # the tests that get the migrated template

passwords.use_cheap_hashing_in_tests()


def pytest_configure(config):
    config.addinivalue_line('markers', 'empty_database: the app starts on an empty database and migrates it')


def pytest_collection_finish(session):
    """NiceGUI's `user` fixture runs a full garbage collection twice per test (0.1-0.2 s each over
    everything the session has imported). What exists once the tests are collected (modules,
    classes, the tests themselves) lives to the end anyway: frozen, the collector skips it, and
    only what the tests make is looked at. Hypothesis is imported first: its plugin hooks would
    otherwise register a generator after the freeze, which it takes for one about to vanish."""
    import hypothesis  # noqa: F401
    gc.collect()
    gc.freeze()



def pytest_unconfigure(config):
    """A NiceGUI dialog leaves a `weakref.finalize` that deletes it when a hidden canary element
    dies. Pages the `user` fixture opened are torn down before the interpreter exits, so at exit
    every such finalizer finds its page gone and prints a RuntimeError traceback: hundreds of lines
    after pytest's summary, which buried the names of the failed tests in the tail CI keeps. There is
    nothing left for them to delete, so they are not run at exit; other finalizers (temporary
    folders) still are."""
    for finalizer, info in list(weakref.finalize._registry.items()):
        if 'Dialog.__init__' in getattr(info.func, '__qualname__', ''):
            finalizer.atexit = False

# --- waiting for a condition ----------------------------------------------------------------------

_UNSET = object()


def _source(condition: Callable) -> str:
    try:
        return inspect.getsource(condition).strip()
    except (OSError, TypeError):
        return repr(condition)


async def until(condition: Callable[[], Any], what: str = '', *, equals: Any = _UNSET,
                timeout: float = WAIT_SECONDS) -> Any:
    """Wait until `condition()` holds and return its value: a true value or, with `equals`, a value
    equal to it. The condition may return an awaitable (an ORM query: `lambda: Row.exists(...)`),
    which is awaited. An AssertionError, LookupError or StopIteration from it (the element is not
    there yet) counts as not yet. Fails after `timeout` seconds, naming the wait and the last value."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            value = condition()
            if inspect.isawaitable(value) and not isinstance(value, ui.element):   # awaiting a dialog waits for its answer
                value = await value
            last = repr(value)
            if (value == equals) if equals is not _UNSET else value:
                return value
        except (AssertionError, LookupError, StopIteration) as error:
            last = f'{type(error).__name__}: {error}'
        if loop.time() >= deadline:
            wanted = f' to be {equals!r}' if equals is not _UNSET else ''
            raise AssertionError(f'waited {timeout:g} s for {what or _source(condition)}{wanted}; last: {last}')
        await asyncio.sleep(POLL_SECONDS)


async def stored(row: Any, *fields: str) -> Any:
    """The row's fields as stored now: one value, or a tuple for several (for conditions of `until`:
    `await until(lambda: stored(surat, 'perihal', 'version'), equals=('Baru', 2))`)."""
    await row.refresh_from_db()
    values = tuple(getattr(row, field) for field in fields)
    return values[0] if len(values) == 1 else values


def handlers_of(action: Callable[[], Any]) -> set[asyncio.Task]:
    """Do `action` (a click, typing, a triggered event) and return the event-handler tasks it started."""
    before = set(background_tasks.running_tasks)
    action()
    return set(background_tasks.running_tasks) - before


async def finished(tasks: set[asyncio.Task], timeout: float = WAIT_SECONDS) -> None:
    """Wait until these tasks (see `handlers_of`) have finished."""
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        if pending:
            raise AssertionError(f'event handlers still running after {timeout:g} s: '
                                 f'{sorted(task.get_name() for task in pending)}')


@asynccontextmanager
async def handled(timeout: float = WAIT_SECONDS) -> AsyncIterator[None]:
    """`async with handled(): <click, type or trigger>` waits, after the block, until the event
    handlers that the block started have finished (not the tasks they start in turn)."""
    before = set(background_tasks.running_tasks)
    yield
    await finished(set(background_tasks.running_tasks) - before, timeout)


def sees(user: User, target: str | None = None, *, marker: str | None = None, content: str | None = None) -> bool:
    """Whether the page shows it now, without waiting (for conditions of `until`)."""
    return user._sees(target, None, marker, content)


_should_see, _should_not_see = User.should_see, User.should_not_see


async def _should_see_patiently(self, target=None, *, kind=None, marker=None, content=None, retries: int = 3) -> None:
    try:
        await until(lambda: self._sees(target, kind, marker, content), timeout=max(WAIT_SECONDS, retries * 0.1))
    except AssertionError:
        await _should_see(self, target, kind=kind, marker=marker, content=content, retries=1)  # NiceGUI's message


async def _should_not_see_patiently(self, target=None, *, kind=None, marker=None, content=None,
                                    retries: int = 3) -> None:
    try:
        await until(lambda: not self._sees(target, kind, marker, content), timeout=max(WAIT_SECONDS, retries * 0.05))
    except AssertionError:
        await _should_not_see(self, target, kind=kind, marker=marker, content=content, retries=1)


User.should_see = _should_see_patiently
User.should_not_see = _should_not_see_patiently


# --- the grid and the record form, as the user sees them ------------------------------------------

def grid(user: User, marker: str = 'grid') -> ui.aggrid:
    with user:
        return next(iter(user.find(marker=marker).elements))


def grid_rows(user: User, marker: str = 'grid') -> list[dict]:
    return grid(user, marker).options['rowData']


def grid_column(user: User, field: str, marker: str = 'grid') -> list:
    """One column of the rows the grid shows, top to bottom."""
    return [row[field] for row in grid_rows(user, marker)]


def open_form(user: User) -> ui.dialog:
    """The dialog open now (closed ones stay in the page, hidden); LookupError when none is."""
    with user:
        dialogs = [dialog for dialog in ElementFilter(kind=ui.dialog, local_scope=False) if dialog.value]
    if not dialogs:
        raise LookupError('no dialog is open')
    return dialogs[-1]


def in_open_form(user: User, marker: str) -> ui.element:
    """The element with this marker in the dialog open now."""
    dialog = open_form(user)
    with user:
        return next(iter(ElementFilter(marker=marker, local_scope=False).within(instance=dialog)))


def form_messages(user: User, dialog: ui.dialog | None = None) -> dict[str, str]:
    """What the form says: each field's error by field name, '_' for the message above the fields,
    'konflik' for the notice of another user's save."""
    found = {}
    with user:
        for marked in ElementFilter(local_scope=False).within(instance=dialog or open_form(user)):
            for marker in marked._markers:
                if marker.startswith('field-') and getattr(marked, 'error', None):
                    found[marker.removeprefix('field-')] = marked.error
                elif marker == 'form-error' and marked.visible and marked.text:
                    found['_'] = marked.text
                elif marker == 'konflik':
                    found['konflik'] = marked.default_slot.children[0].text
    return found


async def open_form_by(user: User, marker: str) -> ui.dialog:
    """Click the button that opens the record form (tambah, ubah, ...), once it is on the page, and
    wait until the form is open."""
    button = await until(lambda: user.find(marker=marker), what=f'the button {marker!r}')
    async with handled():
        button.click()
    await until(lambda: in_open_form(user, 'simpan'), what=f'the form opened by {marker!r}')
    return open_form(user)


async def confirm_paste(user: User) -> None:
    """Say Ya to the question a paste over existing rows asks first (pages/grid_paste.py)."""
    await user.should_see(marker='ya-tempel')
    user.find(marker='ya-tempel').click()


async def submit_form(user: User) -> dict[str, str]:
    """Press Simpan in the open form and wait until it has answered: {} when it saved and closed,
    else what it says (see `form_messages`)."""
    dialog = open_form(user)
    async with handled():
        UserInteraction(user, {in_open_form(user, 'simpan')}, None).click()
    return form_messages(user, dialog) if dialog.value else {}


# --- a fresh database per test --------------------------------------------------------------------

def _postgres_named(url: str, name: str) -> str:
    """The same server and role, another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f'/{name}'))


async def _postgres_admin(statements: list[str], timeout: float = 60) -> None:
    """Run each statement on its own (CREATE/DROP DATABASE refuse a transaction) on the lane's database.

    The server's autovacuum may be working in the database being dropped, or in the template being
    copied: DROP … WITH (FORCE) may not end a process of the superuser ('must be a member of the role
    whose process is being terminated'), and CREATE … TEMPLATE refuses while another session is in
    the template. Both pass once autovacuum is done there, so the statement is tried again until then."""
    import asyncpg
    busy = (asyncpg.exceptions.InsufficientPrivilegeError, asyncpg.exceptions.ObjectInUseError)
    connection = await asyncpg.connect(POSTGRES_URL.replace('postgres://', 'postgresql://', 1))
    try:
        for statement in statements:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    await connection.execute(statement)
                    break
                except busy:
                    if time.monotonic() > deadline:
                        raise
                    await asyncio.sleep(0.1)
    finally:
        await connection.close()


async def _empty_postgres(url: str) -> None:
    """Drop everything in the public schema of the database at `url`."""
    import asyncpg
    connection = await asyncpg.connect(url.replace('postgres://', 'postgresql://', 1))
    try:
        await connection.execute('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
    finally:
        await connection.close()


async def _migrate_and_seed(url: str) -> None:
    from core.lifecycle import prepared_database
    async with prepared_database(url):
        pass


def _lane_database() -> str:
    return urlsplit(POSTGRES_URL).path.lstrip('/')


@pytest.fixture(scope='session')
def migrated_template(tmp_path_factory) -> str:
    """The URL of a database migrated and seeded as at the app's first start, once per session."""
    EXECUTOR_CACHE.clear()
    if POSTGRES_URL:
        name = f'{_lane_database()}_template'
        asyncio.run(_postgres_admin([f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"']))
        url = _postgres_named(POSTGRES_URL, name)
        asyncio.run(_migrate_and_seed(url))
    else:
        path = tmp_path_factory.mktemp('template') / 'panel.sqlite3'
        url = f'sqlite://{path}'
        asyncio.run(_migrate_and_seed(url))
        with closing(sqlite3.connect(path)) as db:   # everything in the file itself, nothing left in a -wal
            db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
        for side in ('-wal', '-shm', '.lock'):
            path.with_name(path.name + side).unlink(missing_ok=True)
    EXECUTOR_CACHE.clear()
    yield url
    if POSTGRES_URL:
        asyncio.run(_postgres_admin([f'DROP DATABASE IF EXISTS "{_lane_database()}_test" WITH (FORCE)',
                                     f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)']))


def _copy_of(template: str, data_dir: Path) -> str:
    """A database of its own for this test, copied from the template; returns its URL."""
    if not POSTGRES_URL:
        data_dir.mkdir(parents=True, exist_ok=True)
        target = data_dir / 'panel.sqlite3'
        shutil.copyfile(template.removeprefix('sqlite://'), target)
        return f'sqlite://{target}'
    name = f'{_lane_database()}_test'
    template_name = urlsplit(template).path.lstrip('/')
    asyncio.run(_postgres_admin([f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                                 f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"']))
    return _postgres_named(POSTGRES_URL, name)


@pytest.fixture
def migrated_database(fresh_database) -> str:
    """For a test that works in the database without starting the app: the URL of its own copy of
    the session's migrated and seeded template (fresh_database makes it when a test asks for this)."""
    from core.config import load_settings
    return load_settings().database_url


@pytest.fixture(autouse=True)
def fresh_database(request, tmp_path, monkeypatch):
    # Tortoise caches each model's SQL per connection name, not per dialect: a test on an in-memory
    # SQLite database would leave SQLite SQL behind for the next test on PostgreSQL.
    EXECUTOR_CACHE.clear()
    for module in ('core.file_settings', 'core.record_files', 'core.structure'):   # their caches belong to the last test's data
        if module in sys.modules:
            sys.modules[module].forget()
    if 'models.workdays' in sys.modules:   # the calendar of the last test's data: back to the seeded one
        from core.seed import hari_libur
        sys.modules['models.workdays'].set_holidays([day for day, *_ in hari_libur()])
    data_dir = tmp_path / 'data'
    monkeypatch.setenv('DATA_DIR', str(data_dir))
    monkeypatch.setenv('STORAGE_SECRET', 'rahasia-uji')
    monkeypatch.setenv('DAILY_MAINTENANCE', '0')
    if not POSTGRES_URL:
        monkeypatch.delenv('DATABASE_URL', raising=False)
    if APP_FIXTURES & set(request.fixturenames) and not request.node.get_closest_marker('empty_database'):
        url = _copy_of(request.getfixturevalue('migrated_template'), data_dir)
        if POSTGRES_URL:
            monkeypatch.setenv('DATABASE_URL', url)
    elif POSTGRES_URL:
        asyncio.run(_empty_postgres(POSTGRES_URL))
    yield
    EXECUTOR_CACHE.clear()
