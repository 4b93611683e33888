"""Logging in, lockout, idle sessions and the session stamp, without a browser: the session
store is a plain dict and the clock is moved by replacing core.auth.now."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from core import auth
from core.access import Action
from core.accounts import set_password, set_permission
from models.accounts import Role, User
from tests.helpers_auth import PASSWORD, create_account, memory_db  # noqa: F401  (fixture)

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'
T0 = datetime(2026, 11, 30, 7, 0, tzinfo=timezone.utc)  # 14.00 WIB


@pytest.fixture
def session(monkeypatch) -> dict:
    store: dict = {}
    monkeypatch.setattr(auth, '_store', lambda: store)
    return store


@pytest.fixture
def clock(monkeypatch):
    class Clock:
        moment = T0

        def advance(self, **delta) -> None:
            self.moment += timedelta(**delta)

    c = Clock()
    monkeypatch.setattr(auth, 'now', lambda: c.moment)
    return c


async def test_good_login_starts_a_session_and_records_it(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    assert await auth.log_in('  Sari ', PASSWORD) is None
    assert session[auth.SESSION_USER] == user.id
    await user.refresh_from_db()
    assert user.last_login == T0 and user.failed_attempts == 0
    actor = await auth.current_actor()
    assert actor.username == 'sari' and actor.role == STAF_PELAYANAN
    await auth.log_out()
    assert await auth.current_actor() is None


WRONG = ('Nama pengguna atau kata sandi salah, atau akun sedang dikunci: 5 kali salah kata sandi '
         'berturut-turut mengunci akun selama 15 menit.')


@pytest.mark.parametrize(('username', 'password', 'message'), [
    ('sari', 'salah-sekali-1', WRONG),
    ('tidak.ada', PASSWORD, WRONG),
    ('', PASSWORD, 'Isi nama pengguna dan kata sandi.'),
    ('sari', '', 'Isi nama pengguna dan kata sandi.'),
])
async def test_bad_logins_say_why_without_telling_which_part(memory_db, session, clock, username, password, message):
    await create_account('sari', STAF_PELAYANAN)
    assert await auth.log_in(username, password) == message
    assert auth.SESSION_USER not in session


async def test_locks_after_the_failed_attempts_and_unlocks_after_the_time(memory_db, session, clock):
    await create_account('sari', STAF_PELAYANAN)
    for _ in range(5):
        assert await auth.log_in('sari', 'salah-sekali-1') == WRONG
    user = await User.get(username='sari')
    assert user.locked_until == T0 + timedelta(minutes=15) and user.failed_attempts == 0
    # even the right password is refused while locked, with the same answer as a wrong one
    clock.advance(minutes=14)
    assert await auth.log_in('sari', PASSWORD) == WRONG
    assert auth.SESSION_USER not in session
    clock.advance(minutes=1, seconds=1)
    assert await auth.log_in('sari', PASSWORD) is None
    user = await User.get(username='sari')
    assert user.failed_attempts == 0 and user.locked_until is None


async def test_a_locked_account_and_an_unknown_name_look_the_same(memory_db, session, clock, monkeypatch):
    """Same answer, same work: one password check each (against a dummy hash), so neither the
    text nor the time tells that 'sari' exists and is locked."""
    await create_account('sari', STAF_PELAYANAN)
    for _ in range(5):
        await auth.log_in('sari', 'salah-sekali-1')
    checked = []
    real_check = auth.verify_password
    monkeypatch.setattr(auth, 'verify_password', lambda stored, password: checked.append(stored) or
                        real_check(stored, password))
    locked = await auth.log_in('sari', PASSWORD)
    unknown = await auth.log_in('tidak.ada', PASSWORD)
    assert locked == unknown == WRONG
    assert checked == [None, None]  # the dummy hash for both, never skipped


async def test_lockout_is_configurable(memory_db, session, clock, monkeypatch):
    monkeypatch.setenv('LOGIN_MAX_ATTEMPTS', '2')
    monkeypatch.setenv('LOGIN_LOCK_MINUTES', '1440')
    await create_account('sari', STAF_PELAYANAN)
    assert await auth.log_in('sari', 'salah-sekali-1') == auth.wrong_credentials()
    message = await auth.log_in('sari', 'salah-sekali-1')
    assert '2 kali salah kata sandi berturut-turut mengunci akun selama 1440 menit' in message
    assert (await User.get(username='sari')).locked_until == T0 + timedelta(days=1)


async def test_attempts_lost_with_a_stopped_process_do_not_lock_the_account_for_ever(memory_db, session, clock):
    """Attempts are counted before their check; a process that stops in the middle leaves them
    counted. The next attempt that finds no attempt left locks the account for the usual time."""
    user = await create_account('sari', STAF_PELAYANAN)
    await User.filter(id=user.id).update(failed_attempts=5)  # five checks that never ended
    assert await auth.log_in('sari', PASSWORD) == WRONG
    user = await User.get(id=user.id)
    assert user.locked_until == T0 + timedelta(minutes=15) and user.failed_attempts == 0
    clock.advance(minutes=15, seconds=1)
    assert await auth.log_in('sari', PASSWORD) is None


async def test_a_good_login_resets_the_count(memory_db, session, clock):
    await create_account('sari', STAF_PELAYANAN)
    for _ in range(4):
        await auth.log_in('sari', 'salah-sekali-1')
    assert await auth.log_in('sari', PASSWORD) is None
    assert (await User.get(username='sari')).failed_attempts == 0


async def test_resetting_the_password_lifts_the_lock(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    for _ in range(5):
        await auth.log_in('sari', 'salah-sekali-1')
    await set_password(user, 'sandi-baru-dari-admin', must_change_password=True)
    assert await auth.log_in('sari', 'sandi-baru-dari-admin') is None


async def test_an_inactive_user_is_refused(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    user.aktif = False
    await user.save()
    assert await auth.log_in('sari', PASSWORD) == 'Akun ini sudah dinonaktifkan. Hubungi Administrator.'
    assert auth.SESSION_USER not in session


async def test_deactivation_ends_a_running_session(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    await auth.log_in('sari', PASSWORD)
    await User.filter(id=user.id).update(aktif=False)
    assert await auth.current_actor() is None
    assert auth.take_notice() == 'Sesi Anda sudah berakhir. Silakan masuk lagi.'


async def test_an_idle_session_expires(memory_db, session, clock, monkeypatch):
    monkeypatch.setenv('SESSION_IDLE_MINUTES', '30')
    await create_account('sari', STAF_PELAYANAN)
    await auth.log_in('sari', PASSWORD)
    clock.advance(minutes=29)
    assert await auth.current_actor() is not None  # a request: last seen moves on
    clock.advance(minutes=29)
    assert await auth.current_actor() is not None
    clock.advance(minutes=31)
    assert await auth.current_actor() is None
    assert 'lama tidak aktif' in auth.take_notice()


async def test_a_new_password_ends_other_sessions(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    await auth.log_in('sari', PASSWORD)
    await set_password(user, 'sandi-baru-dari-admin', must_change_password=False)
    assert await auth.current_actor() is None


async def test_must_change_password_gives_no_rights_until_changed(memory_db, session, clock):
    user = await create_account('sari', STAF_PELAYANAN)
    await User.filter(id=user.id).update(must_change_password=True)
    assert await auth.log_in('sari', PASSWORD) is None
    assert await auth.current_actor() is None
    current = await auth.session_user()
    assert await auth.change_own_password(current, 'salah', 'x', 'x') == {'old': 'Kata sandi lama salah.'}
    assert await auth.change_own_password(current, PASSWORD, 'sandi-baru-ku-1', 'sandi-baru-ku-2') == \
        {'repeat': 'Kedua kata sandi baru tidak sama.'}
    assert await auth.change_own_password(current, PASSWORD, 'pendek', 'pendek') == \
        {'new': 'Kata sandi minimal 10 karakter.'}
    assert await auth.change_own_password(current, PASSWORD, PASSWORD, PASSWORD) == \
        {'new': 'Kata sandi baru harus berbeda dari yang lama.'}
    assert await auth.change_own_password(current, PASSWORD, 'sandi-baru-ku-1', 'sandi-baru-ku-1') == {}
    assert (await auth.current_actor()).username == 'sari'  # this session goes on


async def test_a_matrix_edit_applies_to_the_next_request(memory_db, session, clock):
    await create_account('sari', STAF_PELAYANAN)
    await auth.log_in('sari', PASSWORD)
    assert ('surat_masuk', Action.LIHAT) not in (await auth.current_actor()).rights
    await set_permission(await Role.get(nama=STAF_PELAYANAN), 'surat_masuk', Action.LIHAT, True)
    assert ('surat_masuk', Action.LIHAT) in (await auth.current_actor()).rights


@pytest.mark.parametrize(('target', 'safe'), [
    ('/tabel/surat_masuk', '/tabel/surat_masuk'), ('/tabel/x?cari=a', '/tabel/x?cari=a'),
    ('https://jahat.example/', '/'), ('//jahat.example/', '/'), ('/\\jahat.example', '/'),
    ('', '/'), (None, '/'), ('/login', '/'), ('/logout', '/'),
])
def test_next_stays_on_this_site(target, safe):
    assert auth.safe_next(target) == safe


async def test_logins_failures_and_logouts_go_to_the_audit_log(memory_db, session, clock):
    from models.audit import AuditAction, AuditEntry
    await create_account('sari', STAF_PELAYANAN)
    await AuditEntry.all().delete()
    await auth.log_in('sari', 'salah-sekali-1')
    await auth.log_in('tidak.ada', PASSWORD)
    await auth.log_in('sari', PASSWORD)
    await auth.log_out()
    entries = [(e.pengguna, e.aksi, e.keterangan) for e in await AuditEntry.all().order_by('id')]
    assert entries == [
        ('sari', AuditAction.GAGAL_MASUK, 'Kata sandi salah (1 kali berturut-turut)'),
        ('tidak.ada', AuditAction.GAGAL_MASUK, 'Nama pengguna tidak dikenal'),
        ('sari', AuditAction.MASUK, None),
        ('sari', AuditAction.KELUAR, None),
    ]


async def test_a_failed_login_name_with_hidden_characters_is_logged_written_out(memory_db, session, clock):
    """A name typed at the login with a bidi override cannot make the audit log show another name."""
    from models.audit import AuditAction, AuditEntry
    await AuditEntry.all().delete()
    await auth.log_in('admin\u202enimda', PASSWORD)
    entries = [(e.pengguna, e.aksi) for e in await AuditEntry.all()]
    assert entries == [('admin\\u202enimda', AuditAction.GAGAL_MASUK)]
