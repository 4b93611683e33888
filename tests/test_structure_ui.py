"""Pengaturan → Struktur data as the administrator uses it (pages/settings_structure.py): a column
added in the dialog, refused beside its field when its label is taken, then shown by the grid of
surat masuk; retired from the tab, it leaves the grid, and the Riwayat struktur lists both steps."""
from __future__ import annotations

from nicegui.testing import User

from models.structure import KolomTambahan
from tests.conftest import grid, handled, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat
from tests.test_settings_ui import element


async def test_the_administrator_adds_a_column_that_the_grid_of_surat_masuk_then_shows(user: User) -> None:
    await make_surat(1, 'Undangan rapat')
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    await user.should_see('Belum ada kolom tambahan pada tabel ini.')

    for label, wanted in (('Jumlah Lampiran', 'sudah mempunyai kolom berlabel'), ('Jumlah Halaman', None)):
        user.find(marker='tambah-kolom').click()
        await user.should_see(marker='kolom-label')
        user.find(marker='kolom-label').type(label)
        element(user, 'kolom-jenis').value = 'bilangan'
        async with handled():
            user.find(marker='kolom-simpan').click()
        if wanted:   # a built-in label of surat masuk: said beside the field, nothing added
            await until(lambda: wanted in (element(user, 'kolom-label').error or ''))
            assert not await KolomTambahan.exists()
            user.find('Batal').click()
    await user.should_see(marker='kolom-x_jumlah_halaman')
    await user.should_see('Jumlah Halaman')

    await create_account('sari', KEPALA_UMUM)     # the administrator has no rights on surat masuk
    await user.open('/logout')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await until(lambda: any(c.get('field') == 'x_jumlah_halaman' and c.get('headerName') == 'Jumlah Halaman'
                            for c in grid(user).options['columnDefs']))

    await user.open('/logout')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    async with handled():
        user.find(marker='pensiunkan-x_jumlah_halaman').click()
    await user.should_see('Dipensiunkan')
    await user.should_see('kolom "Jumlah Halaman" dipensiunkan')
    await user.should_see('kolom "Jumlah Halaman" ditambahkan')
    await user.open('/logout')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await until(lambda: grid(user).options['columnDefs'])
    assert not any(c.get('field') == 'x_jumlah_halaman' for c in grid(user).options['columnDefs'])
