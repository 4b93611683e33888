"""A burst of logins runs at most LOGIN_CONCURRENT_CHECKS password checks at once (the others wait
without holding a worker thread), and every login still gets its own answer."""
from __future__ import annotations

import asyncio
import threading
import time
import weakref

from core import auth
from models.accounts import User
from tests.conftest import until
from tests.helpers_auth import PASSWORD, create_account, memory_db  # noqa: F401  (fixture)

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'


async def test_a_burst_of_logins_runs_at_most_n_password_checks_at_once(memory_db, monkeypatch):
    monkeypatch.setenv('LOGIN_CONCURRENT_CHECKS', '2')
    monkeypatch.setattr(auth, '_check_slots', weakref.WeakKeyDictionary())
    store: dict = {}
    monkeypatch.setattr(auth, '_store', lambda: store)
    real_check = auth.verify_password
    lock = threading.Lock()
    running, most, checks = 0, 0, []

    def observed_check(password_hash, password):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            time.sleep(0.05)  # checks that may overlap surely do
            return real_check(password_hash, password)
        finally:
            with lock:
                running -= 1
                checks.append(password_hash is not None)

    monkeypatch.setattr(auth, 'verify_password', observed_check)
    names = [f'pengguna{i}' for i in range(8)]
    for name in names:
        await create_account(name, STAF_PELAYANAN)
    answers = await asyncio.gather(*(auth.log_in(name, PASSWORD if i % 2 else 'salah-sekali-1')
                                     for i, name in enumerate(names)),
                                   auth.log_in('tidak.ada', PASSWORD))
    wrong = auth.wrong_credentials()
    assert answers == [wrong, None] * 4 + [wrong]
    assert len(checks) == 9 and checks.count(False) == 1  # the unknown name is checked too (same timing)
    assert most == 2  # never more than the limit, and the burst did reach it


def test_the_limit_defaults_to_the_cpus_this_process_may_use(monkeypatch):
    monkeypatch.delenv('LOGIN_CONCURRENT_CHECKS', raising=False)
    assert auth.concurrent_checks() == auth._cpu_count() >= 1
    monkeypatch.setenv('LOGIN_CONCURRENT_CHECKS', '3')
    assert auth.concurrent_checks() == 3


async def test_a_burst_of_wrong_passwords_locks_the_account_before_the_right_one_is_checked(memory_db, monkeypatch):
    """12 attempts at once, 11 wrong and then the right one: each attempt is counted before its
    password is checked, so the right one comes after the lock and is refused like the rest; it
    does not log in and does not lift the lock."""
    monkeypatch.setenv('LOGIN_MAX_ATTEMPTS', '5')
    monkeypatch.setenv('LOGIN_CONCURRENT_CHECKS', '2')
    monkeypatch.setattr(auth, '_check_slots', weakref.WeakKeyDictionary())
    store: dict = {}
    monkeypatch.setattr(auth, '_store', lambda: store)
    real_work = auth._password_work
    arrived: list[str] = []  # the password of every attempt that got as far as its password check
    everyone_in = asyncio.Event()

    async def held_work(function, *args):
        """No password is checked before all 12 attempts have got past the account's lock."""
        if function is auth.verify_password:
            arrived.append(args[-1])
            if len(arrived) == 12:
                everyone_in.set()
            await everyone_in.wait()
        return await real_work(function, *args)

    monkeypatch.setattr(auth, '_password_work', held_work)
    await create_account('sari', STAF_PELAYANAN)

    wrong = [asyncio.create_task(auth.log_in('sari', f'salah-sekali-{i}')) for i in range(11)]
    await until(lambda: len(arrived) == 11, 'the 11 wrong attempts being checked', timeout=30)
    right = asyncio.create_task(auth.log_in('sari', PASSWORD))
    answers = await asyncio.wait_for(asyncio.gather(*wrong, right), 60)

    assert arrived.count(PASSWORD) == 1  # the right one is checked too (the same time as any answer)
    assert answers[-1] is not None and auth.SESSION_USER not in store  # refused: no session
    assert len(set(answers)) == 1  # the same answer as the wrong ones: it tells nothing
    account = await User.get(username='sari')
    assert account.locked_until is not None and account.locked_until > auth.now()  # and still locked
