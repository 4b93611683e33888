"""Every check runs on the server: events a page cannot legitimately send (a view-only user's cell
edit, a button left on a page after its right was withdrawn, another desa's row) change nothing,
and an Operator Desa lists and exports only the rows of their own desa."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
from nicegui.testing import User

from core.access import Action
from core.accounts import set_permission
from models.accounts import Role
from models.musrenbang import UsulanMusrenbang
from models.persuratan import SuratMasuk
from models.reference import Desa
from tests.conftest import grid_rows, handled
from tests.helpers_auth import create_account, log_in_as

KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'
JARIT, JUGOSARI = '35.08.03.2002', '35.08.03.2001'


async def make_surat(no: int, perihal: str) -> SuratMasuk:
    day = date(2026, 11, 5)
    return await SuratMasuk.create(tahun=2026, no_agenda=no, tanggal_diterima=day, nomor_surat=f'005/{no}/2026',
                                   tanggal_surat=day, asal_surat='Bappeda', perihal=perihal)


async def make_usulan(desa_kode: str, priority: int, kegiatan: str) -> UsulanMusrenbang:
    desa = await Desa.get(kode=desa_kode)
    return await UsulanMusrenbang.create(tahun_rencana=2027, desa=desa, bidang='Infrastruktur', kegiatan=kegiatan,
                                         lokasi=f'Dusun {priority}', volume=Decimal(100), satuan='m',
                                         perkiraan_biaya=Decimal(50_000_000), urutan_prioritas=priority)


async def test_a_view_only_user_triggering_edit_events_changes_nothing(user: User) -> None:
    surat = await make_surat(1, 'Undangan rapat')
    await create_account('pak.camat', 'Camat')  # lihat and ekspor only
    await log_in_as(user, 'pak.camat', next_path='/tabel/surat_masuk')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    for marker in ('tambah', 'ubah', 'hapus'):
        await user.should_not_see(marker=marker)
    row = grid_rows(user)[0]
    grid = user.find(marker='grid')
    grid.trigger('cellValueChanged', {'data': row, 'colId': 'perihal', 'newValue': 'DIUBAH'})
    await user.should_see('Anda tidak berhak mengubah data Surat Masuk.', retries=30)
    async with handled():
        grid.trigger('cellDoubleClicked', {'data': row})
        grid.trigger('paste', {'text': 'DIUBAH', 'row': 0, 'col': 'perihal'})
    await user.should_not_see(marker='simpan')  # no form opened
    await surat.refresh_from_db()
    assert (surat.perihal, surat.version, surat.deleted_at) == ('Undangan rapat', 1, None)


async def test_buttons_left_on_a_page_after_the_right_is_withdrawn_do_nothing(user: User) -> None:
    surat = await make_surat(1, 'Undangan rapat')
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    row = grid_rows(user)[0]
    kepala = await Role.get(nama=KEPALA_UMUM)
    for action in (Action.UBAH, Action.HAPUS, Action.EKSPOR):  # the admin withdraws them meanwhile
        await set_permission(kepala, 'surat_masuk', action, False)

    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': row})
    user.find(marker='hapus').click()
    await user.should_see(marker='ya-hapus')
    user.find(marker='ya-hapus').click()
    await user.should_see('Anda tidak berhak menghapus data Surat Masuk.', retries=30)
    user.find(marker='ekspor').click()
    await user.should_see('Anda tidak berhak mengekspor Surat Masuk.', retries=30)
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'perihal', 'newValue': 'DIUBAH'})
    await user.should_see('Anda tidak berhak mengubah data Surat Masuk.', retries=30)
    await surat.refresh_from_db()
    assert (surat.perihal, surat.version, surat.deleted_at) == ('Undangan rapat', 1, None)


async def test_an_operator_desa_lists_exports_and_edits_only_their_own_desa(user: User) -> None:
    own = [await make_usulan(JARIT, 1, 'Jalan Jarit'), await make_usulan(JARIT, 2, 'Drainase Jarit')]
    other = await make_usulan(JUGOSARI, 1, 'Jalan Jugosari')
    await set_permission(await Role.get(nama='Operator Desa'), 'usulan_musrenbang', Action.EKSPOR, True)
    await create_account('op.jarit', 'Operator Desa', desa_kode=JARIT)
    await log_in_as(user, 'op.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–2 dari 2 data')
    assert {r['id'] for r in grid_rows(user)} == {u.id for u in own}

    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None}
    assert {'Jalan Jarit', 'Drainase Jarit'} <= cells and 'Jalan Jugosari' not in cells

    grid = user.find(marker='grid')
    forged = {**grid_rows(user)[0], 'id': other.id, 'version': other.version}  # another desa's row
    async with handled():
        grid.trigger('cellValueChanged', {'data': forged, 'colId': 'kegiatan', 'newValue': 'DIUBAH'})
    jugosari = await Desa.get(kode=JUGOSARI)
    mine = grid_rows(user)[0]
    async with handled():
        grid.trigger('cellValueChanged', {'data': mine, 'colId': 'desa', 'newValue': jugosari.id})  # move it away
    await other.refresh_from_db()
    assert other.kegiatan == 'Jalan Jugosari'
    assert await UsulanMusrenbang.filter(desa__kode=JARIT).count() == 2
