"""Logging in and out, and who is asking. The session is a dict-like store per browser (NiceGUI's
`app.storage.user`, found by the id in the signed session cookie); pages/sessions.py hands it
over with `use_session_store`, so this module speaks no web framework.

Every page function gets its actor from `pages.frame.page_actor`, and every event handler calls
`current_actor()`: both re-load the user and the rights of their role from the database, so a
deactivation or a matrix edit applies to the very next request, and an idle or outdated session
is refused on the server.

| variable                | default | meaning                                             |
|-------------------------|---------|-----------------------------------------------------|
| LOGIN_MAX_ATTEMPTS      | 5       | wrong passwords in a row before the account locks   |
| LOGIN_LOCK_MINUTES      | 15      | how long it stays locked                            |
| SESSION_IDLE_MINUTES    | 60      | a session with no request for this long ends        |
| LOGIN_CONCURRENT_CHECKS | CPUs    | password checks (argon2) running at once            |
| COOKIE_SECURE           | off     | `1`: the session cookie is sent over HTTPS only     |

The lockout holds against a burst of attempts, also across several app processes: each attempt
is counted as failed in one conditional UPDATE (not locked, attempts left) *before* its password
is checked, and a right password is accepted only by a second conditional UPDATE that finds the
account still unlocked. An attempt that finds no attempt left is refused without a check of its
password and locks the account (a burst of more attempts than allowed; or attempts counted by a
process that stopped before their check ended, which would otherwise keep the count full for ever).

An unknown name, a locked account and a wrong password get the same answer after the same work
(one password check, against a dummy hash when there is nothing to check against), so the answer
does not tell whether a name exists.

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
from typing import Callable, MutableMapping, TypeVar

from tortoise.expressions import F, Q

from core import audit
from core.access import Actor
from core.accounts import actor_of, normalise_username, role_rights
from core.passwords import hash_password, needs_rehash, verify_password
from forms.fields import shown_safely
from locales import t
from models.accounts import User
from models.audit import AuditAction

SESSION_USER = 'user_id'
SESSION_STAMP = 'stamp'
SESSION_SEEN = 'last_seen'
SESSION_NOTICE = 'notice'  # a message for the login page (e.g. why the session ended)

T = TypeVar('T')
Store = MutableMapping[str, object]


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


def cookie_secure() -> bool:
    """COOKIE_SECURE=1 when the panel is reached over HTTPS (nginx in front): the browser then
    never sends the session cookie over plain HTTP."""
    return os.environ.get('COOKIE_SECURE', '').strip().lower() in ('1', 'true', 'yes', 'ya')


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


def wrong_credentials() -> str:
    """The one answer to a wrong name, a wrong password and a locked account alike."""
    return t('masuk.salah', n=max_attempts(), menit=lock_minutes())


# --------------------------------------------------------------------------- the session store

_session_store: Callable[[], Store] | None = None


def use_session_store(provider: Callable[[], Store]) -> None:
    """Where this browser's session lives (pages/sessions.py: NiceGUI's `app.storage.user`)."""
    global _session_store
    _session_store = provider


def _store() -> Store:
    """This browser's session storage (tests may replace it with a dict)."""
    if _session_store is None:
        raise RuntimeError('no session store: pages.sessions.install() sets it')
    return _session_store()


def _stamp(user: User) -> str:
    """Changes whenever the password changes, which ends the user's other sessions."""
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def start_session(store: Store, user: User) -> None:
    """Bind `store` (a session just given a new id, see pages/sessions.py) to `user`."""
    store.pop(SESSION_NOTICE, None)
    store.update({SESSION_USER: user.id, SESSION_STAMP: _stamp(user), SESSION_SEEN: now().timestamp()})


def end_session(store: Store, notice: str | None = None) -> None:
    """Nothing of a login is left in `store`; `notice` is kept for the login page."""
    for key in (SESSION_USER, SESSION_STAMP, SESSION_SEEN):
        store.pop(key, None)
    if notice:
        store[SESSION_NOTICE] = notice


def leave_notice(notice: str) -> None:
    """A message for the login page of this browser, shown once."""
    _store()[SESSION_NOTICE] = notice


def take_notice() -> str | None:
    """The message left for the login page, once."""
    return _store().pop(SESSION_NOTICE, None)


# --------------------------------------------------------------------------- logging in

def _not_locked(moment: datetime) -> Q:
    return Q(locked_until__isnull=True) | Q(locked_until__lte=moment)


async def _reserve_attempt(user: User, moment: datetime) -> int | None:
    """Count this attempt as a failed one before its password is checked: one conditional UPDATE,
    atomic in the database, that needs the account unlocked with an attempt left. The attempt's
    number in the row, or None when it may not be checked (locked, or every attempt taken)."""
    taken = await User.filter(_not_locked(moment), id=user.id, failed_attempts__lt=max_attempts()) \
        .update(failed_attempts=F('failed_attempts') + 1)
    if not taken:
        return None
    counts = await User.filter(id=user.id).values_list('failed_attempts', flat=True)
    return counts[0] if counts else None


async def _lock_if_spent(user: User, moment: datetime) -> bool:
    """After a wrong password: lock the account when its attempts are spent. True if this did it."""
    return bool(await User.filter(id=user.id, failed_attempts__gte=max_attempts())
                .update(failed_attempts=0, locked_until=moment + timedelta(minutes=lock_minutes())))


async def _accept(user: User, moment: datetime) -> bool:
    """After a right password: clear the count, if the account is still unlocked (a burst of
    wrong passwords may have locked it while this one was being checked)."""
    fields = {'failed_attempts': 0, 'locked_until': None}
    if user.aktif:
        fields['last_login'] = moment
    return bool(await User.filter(_not_locked(now()), id=user.id).update(**fields))


async def authenticate(username: str, password: str) -> User | str:
    """Check the credentials: the user, or an Indonesian message. Starts no session (see
    `log_in`, and the login form's route in pages/login.py, which also renews the session id)."""
    username = shown_safely(normalise_username(username))   # an unknown name goes into the audit log as typed
    if not username or not password:
        return t('masuk.isi_keduanya')
    user = await User.get_or_none(username=username)
    moment = now()

    async def refused(note: str) -> str:
        await audit.record(username, AuditAction.GAGAL_MASUK, table='pengguna', row_id=user.id if user else None,
                           note=note)
        return wrong_credentials()

    attempt = await _reserve_attempt(user, moment) if user is not None else None
    if attempt is None:  # unknown, or locked: the same work as a check, then the same answer
        await _password_work(verify_password, None, password)
        if user is None:
            return await refused(t('masuk.catatan.tidak_dikenal'))
        if await _lock_if_spent(user, moment):  # every attempt taken by others still being checked (a
            return await refused(t('masuk.catatan.dikunci', menit=lock_minutes()))  # burst), or lost with a process
        return await refused(t('masuk.catatan.terkunci'))
    if not await _password_work(verify_password, user.password_hash, password):
        if await _lock_if_spent(user, moment):
            return await refused(t('masuk.catatan.dikunci', menit=lock_minutes()))
        return await refused(t('masuk.catatan.salah', n=attempt))
    if not await _accept(user, moment):
        return await refused(t('masuk.catatan.terkunci'))
    if not user.aktif:
        await audit.record(username, AuditAction.GAGAL_MASUK, table='pengguna', row_id=user.id,
                           note=t('masuk.catatan.nonaktif'))
        return t('masuk.nonaktif')
    if needs_rehash(user.password_hash):
        user.password_hash = await _password_work(hash_password, password)
        await user.save(update_fields=['password_hash'])
    await audit.record(user.username, AuditAction.MASUK, table='pengguna', row_id=user.id)
    return user


async def log_in(username: str, password: str) -> str | None:
    """Check the credentials and start a session in this browser's store (without renewing its id:
    the login form's route does that). Returns an Indonesian message, or None on success."""
    result = await authenticate(username, password)
    if isinstance(result, str):
        return result
    start_session(_store(), result)
    return None


async def log_out() -> None:
    store = _store()
    user_id = store.get(SESSION_USER)
    end_session(store)
    if user_id is not None and (user := await User.get_or_none(id=user_id)) is not None:
        await audit.record(user.username, AuditAction.KELUAR, table='pengguna', row_id=user.id)


# --------------------------------------------------------------------------- who is asking

async def session_user(*, touch: bool = True) -> User | None:
    """The user of this session (with their role), or None: not logged in, idle too long,
    deactivated, deleted, or the password changed since this session began. A request counts as
    activity (`touch`), except the browser's own renewal of its cookie (pages/sessions.py)."""
    store = _store()
    user_id = store.get(SESSION_USER)
    if user_id is None:
        return None
    moment = now().timestamp()
    if moment - float(store.get(SESSION_SEEN, 0)) > idle_minutes() * 60:
        end_session(store, t('masuk.sesi_menganggur'))
        return None
    user = await User.get_or_none(id=user_id).select_related('role')
    if user is None or not user.aktif or store.get(SESSION_STAMP) != _stamp(user):
        end_session(store, t('common.sesi_berakhir'))
        return None
    if touch:
        store[SESSION_SEEN] = moment
    return user


def seen_within(seconds: float) -> bool:
    """Whether this session's user made a request in the last `seconds` (nothing is changed)."""
    store = _store()
    return store.get(SESSION_USER) is not None and now().timestamp() - float(store.get(SESSION_SEEN, 0)) <= seconds


async def actor_of_user(user: User) -> Actor:
    return actor_of(user, await role_rights(user.role_id))


async def current_actor() -> Actor | None:
    """Who is asking, with their rights as they are in the database now; None when nobody is
    logged in, or the user must change their password first. Call it in every event handler."""
    user = await session_user()
    if user is None or user.must_change_password:
        return None
    return await actor_of_user(user)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another host (an open redirect)."""
    if not target or not target.startswith('/') or target.startswith('//') or '\\' in target:
        return '/'
    if target.split('?')[0] in ('/login', '/logout', '/ganti-sandi'):
        return '/'
    return target


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
    start_session(_store(), user)  # keep this session; the stamp of the old password ends the others
    return {}
