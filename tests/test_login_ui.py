"""The login, logout and forced password change pages, driven as a clerk would."""
from __future__ import annotations

import asyncio

from nicegui.testing import User

from models.accounts import User as Account
from tests.helpers_auth import PASSWORD, create_account, log_in_as

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'


async def settle(times: int = 10) -> None:
    for _ in range(times):
        await asyncio.sleep(0.02)


async def at(user: User, path: str) -> bool:
    """Wait (up to 3 s) until the simulated browser is on `path`."""
    for _ in range(150):
        if user.back_history and user.back_history[-1] == path:
            return True
        await asyncio.sleep(0.02)
    return False


async def type_login(user: User, username: str, password: str) -> None:
    user.find(marker='username').type(username)
    user.find(marker='password').type(password)
    user.find(marker='masuk').click()
    await settle(3)
    try:
        button = next(iter(user.find(marker='masuk').elements))
    except AssertionError:  # already on the next page
        button = None
    while button is not None and not button.is_deleted and not button.enabled:  # checking the password
        await asyncio.sleep(0.02)
    await settle(3)


async def test_a_page_without_login_sends_to_the_login_page_and_back(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    # A real browser has its session cookie before the page's navigation arrives; the simulated one
    # would fire both requests at once with no cookie yet, so it visits a page first.
    await user.open('/login')
    await user.open('/tabel/desa')
    assert await at(user, '/login?next=/tabel/desa')
    await user.should_see('Masuk')
    await user.should_not_see('Jugosari')
    await type_login(user, 'sari', PASSWORD)
    assert await at(user, '/tabel/desa')
    await user.should_see('Desa')


async def test_a_wrong_password_is_said_beside_the_fields(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    await type_login(user, 'sari', 'bukan-sandinya')
    await user.should_see('Nama pengguna atau kata sandi salah.', retries=30)
    assert user.back_history[-1] == '/login'


async def test_the_account_locks_after_five_failed_attempts(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    for _ in range(5):
        user.find(marker='username').clear()
        await type_login(user, 'sari', 'bukan-sandinya')
    await user.should_see('dikunci sementara karena 5 kali salah kata sandi')
    user.find(marker='username').clear()
    await type_login(user, 'sari', PASSWORD)  # the right password, still locked
    await user.should_see('dikunci sementara')
    assert user.back_history[-1] == '/login'
    assert (await Account.get(username='sari')).locked_until is not None


async def test_first_login_of_admin_forces_a_password_change(user: User) -> None:
    # conftest starts the app with INITIAL_ADMIN_PASSWORD=admin-rahasia-1
    await user.open('/login')
    await type_login(user, 'admin', 'admin-rahasia-1')
    assert await at(user, '/ganti-sandi')
    await user.should_see('Anda wajib mengganti kata sandi')
    await user.open('/')  # anything else sends back to the change
    await settle()
    assert await at(user, '/ganti-sandi')
    user.find(marker='old-password').type('admin-rahasia-1')
    user.find(marker='new-password').type('admin')
    user.find(marker='repeat-password').type('admin')
    user.find(marker='simpan-sandi').click()
    await user.should_see('Kata sandi minimal 10 karakter.', retries=30)  # after argon2
    for marker in ('new-password', 'repeat-password'):
        user.find(marker=marker).clear()
        user.find(marker=marker).type('sandi-kantor-camat')
    user.find(marker='simpan-sandi').click()
    await settle()
    assert await at(user, '/')
    await user.should_see('Peta Proses Bisnis Kecamatan Candipuro')
    admin = await Account.get(username='admin')
    assert not admin.must_change_password and admin.last_login is not None


async def test_logout_ends_the_session(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await log_in_as(user, 'sari')
    await user.should_see('sari · Staf Seksi Pelayanan Umum')
    user.find(marker='keluar').click()
    await settle()
    assert await at(user, '/login')
    await user.open('/')
    await settle()
    assert await at(user, '/login?next=/')
