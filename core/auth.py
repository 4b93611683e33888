"""Logging in and out, and who is asking: the session lives in `app.storage.user` (NiceGUI,
identified by a cookie signed with the storage secret).

Every page function calls `page_actor(path)`, and every event handler `current_actor()`: both
re-load the user and the rights of their role from the database, so a deactivation or a matrix
edit applies to the very next request, and an idle or outdated session is refused on the server.

| variable                | default | meaning                                             |
|-------------------------|---------|-----------------------------------------------------|
| LOGIN_MAX_ATTEMPTS      | 5       | wrong passwords in a row before the account locks   |
| LOGIN_LOCK_MINUTES      | 15      | how long it stays locked                            |
| SESSION_IDLE_MINUTES    | 60      | a session with no request for this long ends        |
| LOGIN_CONCURRENT_CHECKS | CPUs    | password checks (argon2) running at once            |

A password check is CPU-heavy on purpose (argon2). At most LOGIN_CONCURRENT_CHECKS run at once
(checks and re-hashes at login, the old-password check), each in a worker thread; the others wait
their turn without holding a worker thread, so a burst of logins cannot take every core and every
worker thread away from building pages.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import weakref
from datetime import datetime, timedelta, timezone
from typing import Callable, TypeVar
from urllib.parse import quote

from nicegui import app, ui
from tortoise.expressions import F

from core import audit
from core.access import Actor
from core.accounts import actor_of, normalise_username, role_rights
from core.passwords import hash_password, needs_rehash, verify_password
from core.texts import t
from forms.indonesian import WIB, format_long_date
from models.accounts import User
from models.audit import AuditAction

SESSION_USER = 'user_id'
SESSION_STAMP = 'stamp'
SESSION_SEEN = 'last_seen'
SESSION_NOTICE = 'notice'  # a message for the login page (e.g. why the session ended)

WRONG_CREDENTIALS = t('masuk.salah')

T = TypeVar('T')


def now() -> datetime:
    """The current time; tests replace it to move the clock."""
    return datetime.now(timezone.utc)


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def max_attempts() -> int:
    return _env_int('LOGIN_MAX_ATTEMPTS', 5)


def lock_minutes() -> int:
    return _env_int('LOGIN_LOCK_MINUTES', 15)


def idle_minutes() -> int:
    return _env_int('SESSION_IDLE_MINUTES', 60)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def concurrent_checks() -> int:
    return _env_int('LOGIN_CONCURRENT_CHECKS', _cpu_count())


_check_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


async def _password_work(function: Callable[..., T], *args) -> T:
    """Run an argon2 call (check or hash) in a worker thread, at most `concurrent_checks()` at once."""
    loop = asyncio.get_running_loop()
    slots = _check_slots.get(loop)
    if slots is None:  # one per event loop (asyncio primitives belong to one loop; tests run many)
        slots = _check_slots[loop] = asyncio.Semaphore(concurrent_checks())
    async with slots:
        return await asyncio.to_thread(function, *args)


def locked_message(until: datetime) -> str:
    local = until.astimezone(WIB)
    when = t('masuk.kunci.pukul', jam=f'{local:%H.%M}')
    if local.date() != now().astimezone(WIB).date():
        when = f'{format_long_date(local.date())} {when}'
    return t('masuk.kunci.pesan', n=max_attempts(), kapan=when)


def _store() -> dict:
    """This browser's session storage (tests may replace it with a dict)."""
    return app.storage.user


def _stamp(user: User) -> str:
    """Changes whenever the password changes, which ends the user's other sessions."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def _start_session(user: User) -> None:
    store = _store()
    store.pop(SESSION_NOTICE, None)
    store.update({SESSION_USER: user.id, SESSION_STAMP: _stamp(user),
                             SESSION_SEEN: now().timestamp()})


def _end_session(notice: str | None = None) -> None:
    store = _store()
    for key in (SESSION_USER, SESSION_STAMP, SESSION_SEEN):
        store.pop(key, None)
    if notice:
        store[SESSION_NOTICE] = notice


def take_notice() -> str | None:
    """The message left for the login page, once."""
    return _store().pop(SESSION_NOTICE, None)


async def log_in(username: str, password: str) -> str | None:
    """Check the credentials and start a session. Returns an Indonesian message, or None on success."""
    username = normalise_username(username)
    if not username or not password:
        return t('masuk.isi_keduanya')
    user = await User.get_or_none(username=username)
    moment = now()

    async def failed(note: str) -> None:
        await audit.record(username, AuditAction.GAGAL_MASUK, table='pengguna', row_id=user.id if user else None,
                           note=note)

    if user is not None and user.locked_until is not None and user.locked_until > moment:
        await failed(t('masuk.catatan.terkunci'))
        return locked_message(user.locked_until)
    ok = await _password_work(verify_password, user.password_hash if user else None, password)
    if user is None:
        await failed(t('masuk.catatan.tidak_dikenal'))
        return WRONG_CREDENTIALS
    if not ok:
        await User.filter(id=user.id).update(failed_attempts=F('failed_attempts') + 1)
        await user.refresh_from_db(fields=['failed_attempts'])
        if user.failed_attempts >= max_attempts():
            until = moment + timedelta(minutes=lock_minutes())
            await User.filter(id=user.id).update(failed_attempts=0, locked_until=until)
            await failed(t('masuk.catatan.dikunci', menit=lock_minutes()))
            return locked_message(until)
        await failed(t('masuk.catatan.salah', n=user.failed_attempts))
        return WRONG_CREDENTIALS
    if not user.aktif:
        await failed(t('masuk.catatan.nonaktif'))
        return t('masuk.nonaktif')
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login = moment
    fields = ['failed_attempts', 'locked_until', 'last_login']
    if needs_rehash(user.password_hash):
        user.password_hash = await _password_work(hash_password, password)
        fields.append('password_hash')
    await user.save(update_fields=fields)
    await audit.record(user.username, AuditAction.MASUK, table='pengguna', row_id=user.id)
    _start_session(user)
    return None


async def log_out() -> None:
    user_id = _store().get(SESSION_USER)
    _end_session()
    if user_id is not None and (user := await User.get_or_none(id=user_id)) is not None:
        await audit.record(user.username, AuditAction.KELUAR, table='pengguna', row_id=user.id)


async def session_user() -> User | None:
    """The user of this session (with their role), or None: not logged in, idle too long,
    deactivated, deleted, or the password changed since this session began."""
    store = _store()
    user_id = store.get(SESSION_USER)
    if user_id is None:
        return None
    moment = now().timestamp()
    if moment - float(store.get(SESSION_SEEN, 0)) > idle_minutes() * 60:
        _end_session(t('masuk.sesi_menganggur'))
        return None
    user = await User.get_or_none(id=user_id).select_related('role')
    if user is None or not user.aktif or store.get(SESSION_STAMP) != _stamp(user):
        _end_session(t('common.sesi_berakhir'))
        return None
    store[SESSION_SEEN] = moment
    return user


async def current_actor() -> Actor | None:
    """Who is asking, with their rights as they are in the database now; None when nobody is
    logged in, or the user must change their password first. Call it in every event handler."""
    user = await session_user()
    if user is None or user.must_change_password:
        return None
    return actor_of(user, await role_rights(user.role_id))


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another host (an open redirect)."""
    if not target or not target.startswith('/') or target.startswith('//') or '\\' in target:
        return '/'
    if target.split('?')[0] in ('/login', '/logout', '/ganti-sandi'):
        return '/'
    return target


async def page_actor(path: str) -> Actor | None:
    """For page functions: the actor, or None after sending the browser to log in (or to change
    the password first). The page must build nothing when this returns None."""
    user = await session_user()
    if user is None:
        ui.navigate.to(f'/login?next={quote(safe_next(path), safe="/")}')
        return None
    if user.must_change_password:
        ui.navigate.to('/ganti-sandi')
        return None
    return actor_of(user, await role_rights(user.role_id))


async def change_own_password(user: User, old: str, new: str, repeat: str) -> dict[str, str]:
    """The forced (or voluntary) change: field name -> message, empty on success."""
    from core.accounts import AccountError, set_password

    if not await _password_work(verify_password, user.password_hash, old):
        return {'old': t('masuk.ganti.lama_salah')}
    if new != repeat:
        return {'repeat': t('masuk.ganti.tidak_sama')}
    if new == old:
        return {'new': t('masuk.ganti.harus_berbeda')}
    try:
        await set_password(user, new, must_change_password=False, by=user.username)
    except AccountError as error:
        return {'new': error.message}
    _start_session(user)  # keep this session; the stamp of the old password ends the others
    return {}
