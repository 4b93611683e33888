"""A burst of logins runs at most LOGIN_CONCURRENT_CHECKS password checks at once (the others wait
without holding a worker thread), and every login still gets its own answer."""
from __future__ import annotations

import asyncio
import threading
import time
import weakref

from core import auth
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
    assert answers == [auth.WRONG_CREDENTIALS, None] * 4 + [auth.WRONG_CREDENTIALS]
    assert len(checks) == 9 and checks.count(False) == 1  # the unknown name is checked too (same timing)
    assert most == 2  # never more than the limit, and the burst did reach it


def test_the_limit_defaults_to_the_cpus_this_process_may_use(monkeypatch):
    monkeypatch.delenv('LOGIN_CONCURRENT_CHECKS', raising=False)
    assert auth.concurrent_checks() == auth._cpu_count() >= 1
    monkeypatch.setenv('LOGIN_CONCURRENT_CHECKS', '3')
    assert auth.concurrent_checks() == 3
