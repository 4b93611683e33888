"""Pengaturan → Struktur data as the administrator uses it (pages/settings_structure.py): a column
added in the dialog, refused beside its field when its label is taken, then shown by the grid of
surat masuk; retired from the tab, it leaves the grid, and the Riwayat struktur lists both steps."""
from __future__ import annotations

import io

import openpyxl
from nicegui.testing import User

from core import records, structure
from core.accounts import load_actor
from models.reference import Desa
from models.structure import JenisKolom, KolomTambahan
from models.table import TABLES
from tests.conftest import grid, grid_rows, handled, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat
from tests.test_settings_ui import element
from tests.rules_lane import JARIT, JUGOSARI
from tests.test_structure import surat


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


async def test_a_type_change_shows_its_preview_is_refused_while_a_value_would_be_lost_and_the_help_text_shows_in_the_form(
        user: User) -> None:
    """The administrator turns a text column into a number: the preview counts the rows and names
    "dua belas", which a number cannot hold, so Ubah jenis is refused beside Jenis; with the row
    fixed it goes through, the old text column retired. The help text typed in the tab shows under
    the column's input in a clerk's form."""
    admin = await load_actor((await create_account('kasubbag.it', 'Administrator')).id)
    kolom = await structure.add_column(admin, 'surat_masuk', 'Jumlah Halaman', 'teks')
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    rows = []
    for no, halaman in ((1, '12'), (2, 'dua belas')):
        saved = await records.save(TABLES['surat_masuk'], sari, surat(no, x_jumlah_halaman=halaman))
        assert saved.ok, saved.errors
        rows.append(saved.row.id)

    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    await user.should_see(marker='kolom-x_jumlah_halaman')
    user.find(marker='ubah-jenis-x_jumlah_halaman').click()
    await user.should_see(marker='pratinjau')
    element(user, 'kolom-jenis').value = 'bilangan'
    async with handled():
        user.find(marker='pratinjau').click()
    await user.should_see('1 baris dapat dikonversi; 1 baris tidak dapat dikonversi.')
    assert [row['pratinjau_sekarang'] for row in element(user, 'pratinjau-pratinjau_alasan').rows] == ['dua belas']
    assert element(user, 'pratinjau-pratinjau_menjadi').rows[0]['pratinjau_menjadi'] == '12,00'
    async with handled():
        user.find(marker='kolom-simpan').click()
    await until(lambda: 'dua belas' in (element(user, 'kolom-jenis').error or ''))
    assert JenisKolom((await KolomTambahan.get(id=kolom.id)).jenis) == JenisKolom.TEKS
    user.find('Batal').click()

    assert (await records.save(TABLES['surat_masuk'], sari, {'x_jumlah_halaman': '12'}, row_id=rows[1])).ok
    user.find(marker='ubah-jenis-x_jumlah_halaman').click()
    await user.should_see(marker='pratinjau')
    element(user, 'kolom-jenis').value = 'bilangan'
    async with handled():
        user.find(marker='kolom-simpan').click()
    await user.should_see(marker='kolom-x_jumlah_halaman_2')
    await user.should_see('diubah dari Teks menjadi Bilangan')
    await user.should_see(marker='status-x_jumlah_halaman')      # the old column, retired with its data
    assert element(user, 'status-x_jumlah_halaman').text == 'Dipensiunkan'

    user.find(marker='ganti-nama-x_jumlah_halaman_2').click()
    await user.should_see(marker='kolom-bantuan')
    user.find(marker='kolom-bantuan').type('Termasuk halaman lampiran')
    async with handled():
        user.find(marker='kolom-simpan').click()
    await user.should_see('bantuan kolom "Jumlah Halaman" diubah')

    await user.open('/logout')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await until(lambda: grid_rows(user))
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    await open_form_by(user, 'ubah')
    field = in_open_form(user, 'field-x_jumlah_halaman_2')
    assert field.props.get('hint') == 'Termasuk halaman lampiran' and field.value == '12,00'


async def test_data_stunting_made_in_the_tab_filled_by_an_operator_desa_and_exported_by_the_camat(user: User) -> None:
    """The "Data Stunting" story with the user fixture: the administrator makes the table under U2,
    per desa, and adds its columns in Pengaturan; the Operator Desa of Jugosari finds it in the
    sidebar, adds a row in the form (a bad number is refused beside its field) and sees only their
    desa's rows; the Camat sees every desa and exports them in one click."""
    jarit = await Desa.get(kode=JARIT)
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    user.find(marker='tambah-tabel').click()
    await user.should_see(marker='tabel-label')
    user.find(marker='tabel-label').type('Data Stunting')
    element(user, 'tabel-proses').value = 'U2'
    element(user, 'tabel-per-desa').value = True
    async with handled():
        user.find(marker='tabel-simpan').click()
    await until(lambda: element(user, 'struktur-tabel').value == 't_data_stunting')
    for label, jenis in (('Posyandu', 'teks'), ('Jumlah Balita', 'bilangan')):
        user.find(marker='tambah-kolom').click()
        await user.should_see(marker='kolom-label')
        user.find(marker='kolom-label').type(label)
        element(user, 'kolom-jenis').value = jenis
        async with handled():
            user.find(marker='kolom-simpan').click()
        await until(lambda: any(k.label == label for k in structure.attached('t_data_stunting')))
    await user.should_see('Tabel "Data Stunting" dibuat di bawah proses Pemberdayaan Masyarakat')

    spec = TABLES['t_data_stunting']
    await create_account('camat2', 'Camat')
    op_jarit = await load_actor((await create_account('op.jarit', 'Operator Desa', desa_kode=JARIT)).id)
    assert (await records.save(spec, op_jarit, {'desa': str(jarit.id), 'x_posyandu': 'Anggrek',
                                                'x_jumlah_balita': '52'})).ok

    await create_account('op.jugosari', 'Operator Desa', desa_kode=JUGOSARI)
    await user.open('/logout')
    await log_in_as(user, 'op.jugosari', next_path='/')
    await user.should_see('Data Stunting')
    await user.open('/tabel/t_data_stunting')
    await until(lambda: grid(user).options['columnDefs'])
    assert grid_rows(user) == []                      # the Jarit row is not theirs
    await open_form_by(user, 'tambah')
    in_open_form(user, 'field-x_posyandu').value = 'Melati'
    in_open_form(user, 'field-x_jumlah_balita').value = 'empat puluh'
    messages = await submit_form(user)
    assert set(messages) == {'_', 'x_jumlah_balita'} and 'Angka' in messages['x_jumlah_balita'], messages
    in_open_form(user, 'field-x_jumlah_balita').value = '40'
    assert await submit_form(user) == {}
    await until(lambda: [row.get('x_posyandu') for row in grid_rows(user)] == ['Melati'])
    assert grid_rows(user)[0]['desa'] == (await Desa.get(kode=JUGOSARI)).nama

    await user.open('/logout')
    await log_in_as(user, 'camat2', next_path='/tabel/t_data_stunting')
    await until(lambda: len(grid_rows(user)) == 2)
    user.find(marker='ekspor').click()
    book = openpyxl.load_workbook(io.BytesIO((await user.download.next(timeout=10)).content))
    cells = [[cell.value for cell in line] for line in book.active.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if 'Posyandu' in line)
    assert sorted(line[cells[header_at].index('Posyandu')] for line in cells[header_at + 1:header_at + 3]) == \
        ['Anggrek', 'Melati']


async def test_an_added_table_is_archived_brought_back_and_deleted_after_its_label_is_typed(user: User) -> None:
    admin = await load_actor((await create_account('kasubbag.it', 'Administrator')).id)
    await structure.create_table(admin, 'Data RTLH', 'U2')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    await user.should_see(marker='tambah-tabel')
    element(user, 'struktur-tabel').value = 't_data_rtlh'
    await user.should_see(marker='arsip-tabel')
    async with handled():
        user.find(marker='arsip-tabel').click()
    await user.should_see('Tabel tambahan ini diarsipkan: hanya dapat dilihat dan diekspor.')
    assert TABLES['t_data_rtlh'].archived
    async with handled():
        user.find(marker='arsip-tabel').click()
    await user.should_see('Tabel tambahan: dapat diisi.')
    assert not TABLES['t_data_rtlh'].archived

    user.find(marker='hapus-tabel').click()
    await user.should_see(marker='konfirmasi-tabel')
    user.find(marker='konfirmasi-tabel').type('Data RTL')
    async with handled():
        user.find(marker='hapus-tabel-ya').click()
    await until(lambda: 'Data RTLH' in (element(user, 'konfirmasi-tabel').error or ''))
    assert 't_data_rtlh' in TABLES
    user.find(marker='konfirmasi-tabel').type('H')
    async with handled():
        user.find(marker='hapus-tabel-ya').click()
    await user.should_see('Tabel "Data RTLH" dihapus')
    assert 't_data_rtlh' not in TABLES and element(user, 'struktur-tabel').value == 'surat_masuk'


async def test_the_administrator_picks_the_label_baris_of_a_table_in_the_tab(user: User) -> None:
    admin = await load_actor((await create_account('kasubbag.it', 'Administrator')).id)
    spec = await structure.create_table(admin, 'Kader Posyandu', 'U2')
    for label, jenis in (('Nama Kader', 'teks'), ('Nomor SK', 'teks'), ('Umur', 'bilangan')):
        await structure.add_column(admin, spec.name, label, jenis)
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    element(user, 'struktur-tabel').value = spec.name
    await user.should_see(marker='label-baris')
    select = element(user, 'label-baris')
    assert select.options == {'x_nama_kader': 'Nama Kader', 'x_nomor_sk': 'Nomor SK'} and select.value == 'x_nama_kader'
    async with handled():
        select.value = 'x_nomor_sk'
    await user.should_see('baris dikenali dari kolom "Nomor SK"')
    assert TABLES[spec.name].row_label == '{x_nomor_sk}'
