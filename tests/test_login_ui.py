"""The login, logout and forced password change pages, driven as a clerk would: the login page's
form is filled in and posted over HTTP (tests.helpers_auth.submit_login), as the browser does."""
from __future__ import annotations

from nicegui.testing import User

from models.accounts import User as Account
from tests.conftest import until
from tests.helpers_auth import PASSWORD, create_account, log_in_as, submit_login

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'
WRONG = ('Nama pengguna atau kata sandi salah, atau akun sedang dikunci: 5 kali salah kata sandi '
         'berturut-turut mengunci akun selama 15 menit.')


async def at(user: User, path: str) -> bool:
    """Wait until the simulated browser is on `path`."""
    await until(lambda: user.back_history and user.back_history[-1] == path, what=f'the browser on {path}')
    return True


async def follow(user: User, response) -> str:
    """Open where a 303 sends the browser; returns that address."""
    assert response.status_code == 303, response.text
    location = response.headers['location']
    await user.open(location)
    return location


async def test_a_page_without_login_sends_to_the_login_page_and_back(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    response = await user.http_client.get('/tabel/desa')
    assert (response.status_code, response.headers['location']) == (303, '/login?next=/tabel/desa')
    assert await follow(user, response) == '/login?next=/tabel/desa'
    await user.should_see('Masuk')
    await user.should_not_see('Jugosari')
    assert await follow(user, await submit_login(user, 'sari', PASSWORD)) == '/tabel/desa'
    await user.should_see('Desa')


async def test_a_wrong_password_is_said_beside_the_fields(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login?next=/tabel/desa')
    location = await follow(user, await submit_login(user, 'sari', 'bukan-sandinya'))
    assert location == '/login?next=/tabel/desa'  # back, still going to the same place
    await user.should_see(WRONG)
    await user.should_see(marker='username', content='sari')  # what was typed is kept, not the password


async def test_the_account_locks_after_five_failed_attempts(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    for _ in range(5):
        await follow(user, await submit_login(user, 'sari', 'bukan-sandinya'))
    await user.should_see(WRONG)
    response = await submit_login(user, 'sari', PASSWORD)  # the right password, still locked
    assert await follow(user, response) == '/login?next=/'
    await user.should_see(WRONG)  # the same words as for a wrong password or an unknown name
    assert (await Account.get(username='sari')).locked_until is not None


async def test_first_login_of_admin_forces_a_password_change(user: User) -> None:
    # conftest starts the app with INITIAL_ADMIN_PASSWORD=admin-rahasia-1
    await user.open('/login')
    assert await follow(user, await submit_login(user, 'admin', 'admin-rahasia-1')) == '/ganti-sandi'
    await user.should_see('Anda wajib mengganti kata sandi')
    response = await user.http_client.get('/')  # anything else sends back to the change
    assert (response.status_code, response.headers['location']) == (303, '/ganti-sandi')
    user.find(marker='old-password').type('admin-rahasia-1')
    user.find(marker='new-password').type('admin')
    user.find(marker='repeat-password').type('admin')
    user.find(marker='simpan-sandi').click()
    await user.should_see('Kata sandi minimal 10 karakter.', retries=30)  # after argon2
    for marker in ('new-password', 'repeat-password'):
        user.find(marker=marker).clear()
        user.find(marker=marker).type('sandi-kantor-camat')
    user.find(marker='simpan-sandi').click()
    assert await at(user, '/')
    await user.should_see('Peta Proses Bisnis Kecamatan Candipuro')
    admin = await Account.get(username='admin')
    assert not admin.must_change_password and admin.last_login is not None


async def test_logout_ends_the_session(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await log_in_as(user, 'sari')
    await user.should_see('sari · Staf Seksi Pelayanan Umum')
    user.find(marker='keluar').click()
    assert await at(user, '/logout')
    response = await user.http_client.get('/')
    assert (response.status_code, response.headers['location']) == (303, '/login?next=/')
