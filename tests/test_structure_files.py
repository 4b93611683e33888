"""A *Berkas* column the administrator adds (issue #19 on #16's files, core/structure.py): a files
column of surat masuk that a clerk fills by uploading, that the form, the export, the row history and
the zip read like the built-in Scan Surat, never a grid column or filter; required only through Data
Kantor → Berkas (the one list of required file columns); never a type change, either way. Retired,
its files survive the daily sweep, and brought back they are read again through the record's rights.
Runs on the lane's database: SQLite, or PostgreSQL when DATABASE_URL names one."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import openpyxl
import pytest
from nicegui.testing import User

from core import record_files, records, structure
from core.file_settings import file_columns, save_file_settings
from core.file_store import file_store
from core.listing import ListQuery
from core.structure import StructureError
from exports import table_export
from models.structure import JenisKolom
from models.table import TABLES
from pages.file_routes import file_link
from tests.conftest import grid, handled, stored, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import lane_db  # noqa: F401
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat
from tests.test_record_files import a_jpeg
from tests.test_record_files_ui import files_input, open_surat_form, pdf_bytes, upload
from tests.test_settings_ui import element
from tests.test_structure import admin, kepala, surat

SURAT = TABLES['surat_masuk']


async def scan_column(administrator):
    return await structure.add_column(administrator, 'surat_masuk', 'Scan Undangan', JenisKolom.BERKAS,
                                      bantuan='Pindaian undangan beserta lampirannya')


async def test_a_berkas_column_is_a_files_column_of_the_form_not_of_the_grid(lane_db) -> None:
    kolom = await scan_column(await admin())
    assert kolom.nama == 'x_scan_undangan'
    assert kolom.nama in record_files.file_fields(SURAT)
    assert kolom.nama in SURAT.form and kolom.nama not in SURAT.columns
    assert kolom.nama not in SURAT.filters and kolom.nama not in SURAT.search and kolom.nama not in SURAT.sortable()
    assert file_columns()['surat_masuk.x_scan_undangan'] == 'Surat Masuk: Scan Undangan'

    who = await kepala()
    first = await record_files.accept_upload(who, SURAT, kolom.nama, 'undangan hal 1.jpg', a_jpeg(colour='red'))
    second = await record_files.accept_upload(who, SURAT, kolom.nama, 'undangan hal 2.jpg', a_jpeg(colour='blue'))
    saved = await records.save(SURAT, who, surat(1, x_scan_undangan=[first, second]))
    assert saved.ok, saved.errors
    assert [item['sha256'] for item in (await SURAT.model.get(id=saved.row.id)).x_scan_undangan] == \
        [first['sha256'], second['sha256']]
    opened = await record_files.open_file(who, first['sha256'], table='surat_masuk', row_id=saved.row.id,
                                          name=kolom.nama)
    assert opened.nama == 'undangan hal 1.jpg'

    made, _ = await table_export.export_table(SURAT, who, ListQuery())
    cells = [[cell.value for cell in line] for line in openpyxl.load_workbook(made.path).active.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if 'Scan Undangan' in line)
    assert cells[header_at + 1][cells[header_at].index('Scan Undangan')] == 'undangan hal 1.jpg\nundangan hal 2.jpg'


async def test_required_only_through_data_kantor_and_never_a_type_change(lane_db) -> None:
    administrator = await admin()
    with pytest.raises(StructureError) as refused:
        await structure.add_column(administrator, 'surat_masuk', 'Scan KTP', JenisKolom.BERKAS, wajib=True)
    assert refused.value.field == 'jenis' and 'Data Kantor' in refused.value.message
    kolom = await scan_column(administrator)
    assert kolom.dicari is False and kolom.bawaan is None

    assert await save_file_settings({'berkas_wajib': 'surat_masuk.x_scan_undangan'}) == {}
    missing = await records.save(SURAT, await kepala(), surat(2))
    assert not missing.ok and missing.errors['x_scan_undangan'] == 'Berkas wajib dilampirkan.'

    for changed, to in ((kolom, JenisKolom.TEKS),
                        (await structure.add_column(administrator, 'surat_masuk', 'Catatan', JenisKolom.TEKS),
                         JenisKolom.BERKAS)):
        with pytest.raises(StructureError) as refused:
            await structure.conversion_preview(administrator, changed.id, to)
        assert refused.value.field == 'jenis' and 'Berkas' in refused.value.message


async def test_a_retired_berkas_column_keeps_its_files_through_the_sweep_and_brings_them_back(lane_db) -> None:
    administrator = await admin()
    kolom = await scan_column(administrator)
    who = await kepala()
    scan = await record_files.accept_upload(who, SURAT, kolom.nama, 'undangan.jpg', a_jpeg(colour='green'))
    row = (await records.save(SURAT, who, surat(3, x_scan_undangan=[scan]))).row
    await structure.retire_column(administrator, kolom.id)
    assert kolom.nama not in record_files.file_fields(SURAT)

    record_files.forget()                                      # the upload's ticket is gone with the form
    assert await record_files.sweep(datetime.now(timezone.utc) + timedelta(days=2)) == 0
    assert await file_store().has(scan['sha256'])

    await structure.bring_back(administrator, kolom.id)
    assert (await SURAT.model.get(id=row.id)).x_scan_undangan == [scan]
    opened = await record_files.open_file(who, scan['sha256'], table='surat_masuk', row_id=row.id, name=kolom.nama)
    assert opened.data == await file_store().get(scan['sha256'])


async def test_the_administrator_adds_a_berkas_column_and_a_clerk_uploads_into_it(user: User) -> None:
    """In the tab, Berkas hides Wajib and Sering dicari (said in Data Kantor, meaningless for files)
    and offers no Ubah jenis; in a clerk's form the column is an uploader like Scan Surat, and the
    saved file is the row's; the grid shows no column for it. Retired and brought back from the tab,
    the file is still there."""
    surat_row = await make_surat(1, 'Undangan rapat')
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    user.find(marker='tambah-kolom').click()
    await user.should_see(marker='kolom-label')
    user.find(marker='kolom-label').type('Scan Undangan')
    wajib, dicari = element(user, 'kolom-wajib'), element(user, 'kolom-dicari')
    element(user, 'kolom-jenis').value = 'berkas'
    await until(lambda: not wajib.visible and not dicari.visible)
    async with handled():
        user.find(marker='kolom-simpan').click()
    await user.should_see(marker='kolom-x_scan_undangan')
    await user.should_see('Berkas (pindaian, foto)')
    await user.should_see(marker='ganti-nama-x_scan_undangan')
    await user.should_not_see(marker='ubah-jenis-x_scan_undangan')
    await user.should_not_see(marker='sembunyikan-x_scan_undangan')   # no grid column to hide

    await create_account('sari', KEPALA_UMUM)
    await user.open('/logout')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await open_surat_form(user)
    scan = pdf_bytes(2)
    await upload(user, 'x_scan_undangan', 'undangan.pdf', scan, 'application/pdf')
    [item] = await until(lambda: files_input(user, 'x_scan_undangan').value)
    assert await submit_form(user) == {}
    assert (await stored(surat_row, 'x_scan_undangan'))[0]['sha256'] == item['sha256']
    assert not any(c.get('field') == 'x_scan_undangan' for c in grid(user).options['columnDefs'])

    await user.open('/logout')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    for step, status in (('pensiunkan', 'Dipensiunkan'), ('kembalikan', 'Aktif')):
        await user.should_see(marker=f'{step}-x_scan_undangan')
        async with handled():
            user.find(marker=f'{step}-x_scan_undangan').click()
        await until(lambda: element(user, 'status-x_scan_undangan').text, equals=status)
    link = file_link(item['sha256'], table='surat_masuk', row_id=surat_row.id, column='x_scan_undangan')
    await user.open('/logout')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    assert (await user.http_client.get(link)).content == scan
