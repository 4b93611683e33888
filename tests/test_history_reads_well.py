"""Issue 17, Riwayat and Sampah that read well: a row's history and the audit log show dates
dd/mm/yyyy, choices and referenced rows by their labels, money in Rupiah, one line per changed
field (old → new); a batch (a paste, an import, an undo: one kelompok) is shown as its rows; in
Sampah a click on a row selects it."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from nicegui.testing import User

from core import records
from core.accounts import load_actor
from core.records import BatchItem
from models.pelayanan import JenisLayanan
from models.persuratan import SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES
from pages.history import describe
from tests.conftest import grid_column, grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_audit_trail import select
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat

SURAT = TABLES['surat_masuk']


async def test_a_rows_history_reads_dd_mm_yyyy_labels_and_one_line_per_field(user: User) -> None:
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    added = await records.save(SURAT, sari, {'no_agenda': '1', 'tanggal_diterima': '05/11/2026', 'nomor_surat': '1/2026',
                                             'tanggal_surat': '03/11/2026', 'asal_surat': 'BPN',
                                             'perihal': 'Pengukuran tanah'})
    assert added.ok
    umum = await KlasifikasiArsip.get(kode='000')
    edited = await records.save(SURAT, sari, {'tanggal_surat': '04/11/2026', 'sifat': 'Rahasia',
                                              'klasifikasi': umum.id}, row_id=added.row.id, version=1)
    assert edited.ok
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    select(user, await until(lambda: grid_rows(user)[0], what='the surat in the grid'))
    user.find(marker='riwayat').click()
    await user.should_see('Riwayat Surat Masuk')
    with user:
        history = next(iter(user.find(marker='tabel-riwayat').elements))
    change, addition = history.rows
    assert change['rincian'].split('\n') == ['Tanggal Surat: 03/11/2026 → 04/11/2026',
                                             'Klasifikasi: (kosong) → 000 Umum',
                                             'Sifat: Biasa → Rahasia']
    lines = addition['rincian'].split('\n')
    assert 'Tanggal Diterima: 05/11/2026' in lines and 'Perihal: Pengukuran tanah' in lines
    assert '2026-11' not in addition['rincian']


def test_money_reads_as_rupiah_and_a_choice_by_its_label():
    spec = TABLES['jenis_layanan']
    assert JenisLayanan._meta.fields_map['biaya'].default == Decimal(0)
    assert describe(spec, {'biaya': '0.00', 'kategori': 'Non-Perizinan'}, {'biaya': '150000.00', 'kategori': 'Perizinan'}) \
        .split('\n') == ['Kategori: Non-Perizinan → Perizinan', 'Biaya/Tarif (Rp): Rp 0 → Rp 150.000']   # form order


async def test_a_batch_is_shown_as_its_rows(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    pasted = await records.save_batch(SURAT, sari, [
        BatchItem({'sifat': 'Rahasia', 'tanggal_surat': '01/11/2026'}, first.id, 1),
        BatchItem({'sifat': 'Terbatas'}, second.id, 1)])
    assert pasted.ok

    # the row's own history says it was one of a batch of 2
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    select(user, await until(lambda: next(r for r in grid_rows(user) if r['id'] == first.id)))
    user.find(marker='riwayat').click()
    await user.should_see('Riwayat Surat Masuk')
    with user:
        history = next(iter(user.find(marker='tabel-riwayat').elements))
    assert history.rows[0]['rincian'].split('\n') == [
        'Tanggal Surat: 03/11/2026 → 01/11/2026', 'Sifat: Biasa → Rahasia',
        'Satu kelompok dengan 2 baris (tempel, impor atau pembatalan).']

    # the audit log shows the batch as one line listing its rows, each change on a line of its own
    await create_account('pak_admin', 'Administrator')
    await user.open('/logout')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/log')
    await user.should_see('Log Audit')
    with user:
        log = next(iter(user.find(marker='log-tabel-data').elements))
    batch = await until(lambda: [r for r in log.rows if r['aksi'] == 'Ubah · 2 baris'], what='the batch line')
    assert len(batch) == 1 and batch[0]['baris'] == f'{first.id}, {second.id}'
    lines = batch[0]['rincian'].split('\n')
    assert f'Baris #{first.id}' in lines and f'Baris #{second.id}' in lines
    assert '  Tanggal Surat: 03/11/2026 → 01/11/2026' in lines and '  Sifat: Biasa → Terbatas' in lines


async def test_a_click_on_a_row_of_the_trash_selects_it(user: User) -> None:
    surat = await make_surat(1, 'Dihapus lalu dipulihkan')
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    assert (await records.delete(SURAT, sari, surat.id)).ok
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await until(lambda: grid_rows(user), equals=[])
    user.find(marker='sampah').click()
    await user.should_see('Sampah · Surat Masuk')
    with user:
        table = next(iter(user.find(marker='tabel-sampah').elements))
    assert table.selected == []
    user.find(marker='tabel-sampah').trigger('rowClick', surat.id)   # what a click on the row sends
    assert [row['id'] for row in table.selected] == [surat.id]
    user.find(marker='pulihkan').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Dihapus lalu dipulihkan'])
    assert (await SuratMasuk.get(id=surat.id)).deleted_at is None
