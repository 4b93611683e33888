"""The settings page: only for the Administrator; users, roles and the matrix, changed as an
admin would, and taking effect at the user's next request."""
from __future__ import annotations

import httpx
from nicegui import core, ui
from nicegui.testing import User

from core.access import Action
from core.accounts import role_rights
from models.accounts import Role, RolePermission
from models.accounts import User as Account
from tests.conftest import handled, until
from tests.helpers_auth import create_account, log_in_as

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'


def element(user: User, marker: str) -> ui.element:
    with user:
        return next(iter(user.find(marker=marker).elements))


def second_browser() -> User:
    """Another browser on the same running app (its own cookies, so its own session).

    The simulation runs event handlers with the HTTP request made last in the test (a real
    browser's events carry the request of their own page), so reload a browser's page before
    clicking in it after the other browser made a request."""
    return User(httpx.AsyncClient(transport=httpx.ASGITransport(core.app), base_url='http://test'))


async def open_settings_as_admin(user: User) -> None:
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    await user.should_see('Tambah pengguna')


async def test_anyone_but_the_administrator_gets_403(user: User) -> None:
    for username, role in (('camat', 'Camat'), ('sari', STAF_PELAYANAN)):
        await create_account(username, role)
        await log_in_as(user, username)
        await user.should_not_see('Pengaturan')  # not in the navigation
        response = await user.http_client.get('/pengaturan')
        assert response.status_code == 403
        assert '403 · Akses ditolak' in response.text
        assert 'Tambah pengguna' not in response.text and 'kasubbag' not in response.text
        await user.open('/logout')


async def test_admin_creates_a_user_for_seksi_pelayanan_umum_who_then_logs_in(user: User) -> None:
    await open_settings_as_admin(user)
    user.find(marker='tambah-pengguna').click()
    await user.should_see(marker='user-username')
    user.find(marker='user-username').type('Sari.W')
    user.find(marker='user-nama').type('Sari Wulandari')
    element(user, 'user-role').value = (await Role.get(nama=STAF_PELAYANAN)).id
    user.find(marker='user-password').type('sari')
    user.find(marker='user-simpan').click()
    await user.should_see('Kata sandi minimal 10 karakter.', retries=30)
    user.find(marker='user-password').clear().type('sandi-awal-sari-1')
    user.find(marker='user-simpan').click()
    await user.should_see(marker='pengguna-sari.w', retries=30)
    sari = await Account.get(username='sari.w').select_related('role')
    assert (sari.nama_lengkap, sari.role.nama, sari.must_change_password) == ('Sari Wulandari', STAF_PELAYANAN, True)

    await user.open('/logout')
    await log_in_as(user, 'sari.w', 'sandi-awal-sari-1')
    assert user.back_history[-1] == '/ganti-sandi'
    user.find(marker='old-password').type('sandi-awal-sari-1')
    user.find(marker='new-password').type('sandi-sari-sendiri')
    user.find(marker='repeat-password').type('sandi-sari-sendiri')
    user.find(marker='simpan-sandi').click()
    await user.should_see('Peta Proses Bisnis Kecamatan Candipuro', retries=30)
    await user.should_see('sari.w · Staf Seksi Pelayanan Umum')
    # own tables (none yet in U1) plus the reference tables; nothing of Persuratan
    for label in ('Desa', 'Instansi', 'Klasifikasi Arsip'):
        await user.should_see(kind=ui.link, content=label)
    await user.should_not_see('M1.1 Persuratan')
    response = await user.http_client.get('/tabel/surat_masuk')
    assert response.status_code == 403 and 'Surat Masuk' in response.text and 'no_agenda' not in response.text


async def test_an_operator_desa_needs_a_desa(user: User) -> None:
    await open_settings_as_admin(user)
    user.find(marker='tambah-pengguna').click()
    await user.should_see(marker='user-username')
    user.find(marker='user-username').type('op.jarit')
    element(user, 'user-role').value = (await Role.get(nama='Operator Desa')).id
    user.find(marker='user-password').type('sandi-operator-1')
    user.find(marker='user-simpan').click()
    await user.should_see('Operator Desa wajib dikaitkan dengan satu desa.', retries=30)
    assert not await Account.filter(username='op.jarit').exists()


async def test_deactivate_and_reset_password(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await open_settings_as_admin(user)
    user.find(marker='ubah-sari').click()
    await user.should_see(marker='user-aktif')
    user.find(marker='user-aktif').click()
    user.find(marker='user-simpan').click()
    await user.should_see(marker='status-sari', content='Nonaktif', retries=30)
    assert not (await Account.get(username='sari')).aktif
    user.find(marker='sandi-sari').click()
    await user.should_see(marker='reset-password')
    user.find(marker='reset-password').type('sandi-baru-sari-1')
    user.find(marker='reset-simpan').click()
    await until(lambda: Account.filter(username='sari', must_change_password=True).exists())


async def test_roles_create_rename_and_delete_when_unused(user: User) -> None:
    await open_settings_as_admin(user)
    user.find(marker='tab-peran').click()
    user.find(marker='tambah-peran').click()
    await user.should_see(marker='role-nama')
    user.find(marker='role-nama').type('Pengelola Arsip')
    element(user, 'role-seksi').value = 'Subbag Umum dan Kepegawaian'
    async with handled():   # saved, the dialog closed, the page drawn again
        user.find(marker='role-simpan').click()
    role = await Role.get(nama='Pengelola Arsip')
    assert ('surat_masuk', Action.UBAH) in await role_rights(role)  # Staf of Subbag Umum by default
    user.find(marker=f'ganti-nama-{role.id}').click()
    await user.should_see(marker='role-nama')
    user.find(marker='role-nama').clear().type('Arsiparis')
    async with handled():
        user.find(marker='role-simpan').click()
    assert await Role.filter(nama='Arsiparis').exists()
    staf = await Role.get(nama=STAF_PELAYANAN)
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/pengaturan')
    user.find(marker=f'hapus-peran-{staf.id}').click()  # disabled: still used
    user.find(marker=f'hapus-peran-{role.id}').click()
    await until(lambda: Role.filter(id=role.id).count(), equals=0)
    assert await Role.filter(id=staf.id).exists()


async def test_a_matrix_edit_takes_effect_at_once(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    sari = second_browser()
    await log_in_as(sari, 'sari')
    assert (await sari.http_client.get('/tabel/surat_masuk')).status_code == 403

    await open_settings_as_admin(user)
    user.find(marker='tab-matriks').click()
    staf = await Role.get(nama=STAF_PELAYANAN)
    element(user, 'matriks-peran').value = staf.id
    await user.should_see(marker=f'matriks-peran-{staf.id}', content='Sama dengan bawaan Peta Relasi.', retries=30)
    user.find(marker='cek-surat_masuk-lihat').click()
    await until(lambda: RolePermission.filter(role_id=staf.id, tabel='surat_masuk', aksi='lihat').exists())

    await sari.open('/tabel/surat_masuk')  # the same session, no new login
    await sari.should_see('Menampilkan 0–0 dari 0 data')

    # the simulation runs a click with the HTTP request last made in the test, so the admin's
    # browser loads its page again before clicking (a real browser's events carry their own)
    await user.open('/pengaturan')
    user.find(marker='tab-matriks').click()
    element(user, 'matriks-peran').value = staf.id
    await user.should_see(marker=f'matriks-peran-{staf.id}', content='1 centang berbeda', retries=30)
    user.find(marker='matriks-default').click()
    await user.should_see(marker='matriks-default-ya')
    user.find(marker='matriks-default-ya').click()
    await until(lambda: RolePermission.filter(role_id=staf.id, tabel='surat_masuk').count(), equals=0)
    assert (await sari.http_client.get('/tabel/surat_masuk')).status_code == 403


async def test_a_handler_on_a_stale_page_refuses_a_demoted_admin(user: User) -> None:
    await open_settings_as_admin(user)
    user.find(marker='tab-matriks').click()
    staf = await Role.get(nama=STAF_PELAYANAN)
    element(user, 'matriks-peran').value = staf.id
    await user.should_see(marker=f'matriks-peran-{staf.id}', retries=30)
    before = await RolePermission.all().count()
    # the admin is moved to another role while their page stays open
    await Account.filter(username='kasubbag.it').update(role_id=staf.id)
    user.find(marker='cek-surat_keluar-hapus').click()
    await user.should_see('Ditolak: hanya Administrator yang boleh mengubah pengaturan.', retries=30)
    async with handled():
        user.find(marker='tambah-pengguna').click()
    assert await RolePermission.all().count() == before
    await user.should_not_see(marker='user-username')
