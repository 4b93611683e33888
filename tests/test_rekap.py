"""The Rekap of a grid (issue #19, core/rekap.py, exports/rekap_export.py): figures checked against a
hand count and against the database's own GROUP BY, the reader's scope (an Operator Desa's desa, a
Rahasia letter), every figure's grid filters showing exactly its rows, the Excel file read back with
openpyxl, the ekspor right asked on the server, and the choice kept in a saved view. Runs on the
lane's database: SQLite, or PostgreSQL when DATABASE_URL names one (tests/conftest.py)."""
from __future__ import annotations

import io
import random
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from core import user_files
from core.access import AccessDenied, Action
from core.accounts import set_permission
from core.listing import ListQuery, count_rows, filters_from_url, filters_to_url
from core.preferences import load_view, save_view, saved_views
from core.rekap import (AVERAGE, MONTH, SUM, Dimension, Measure, RekapChoice, RekapError, dimension_options,
                        make_rekap, read_choice)
from exports.rekap_export import export_rekap
from models.accounts import Role
from models.audit import AuditAction, AuditEntry
from models.musrenbang import UsulanMusrenbang
from models.persuratan import Sifat, SuratMasuk
from models.preferences import SavedView
from models.reference import Desa
from models.table import TABLES
from tests.rules_lane import JARIT, JUGOSARI, actor, lane_db  # noqa: F401

USULAN, SURAT = TABLES['usulan_musrenbang'], TABLES['surat_masuk']
KEPALA_KEUANGAN, STAF_KEUANGAN = 'Kepala Subbag Keuangan', 'Staf Subbag Keuangan'
BY_DESA_STATUS_TAHAP = RekapChoice((Dimension('desa'), Dimension('status')), Dimension('tahap'),
                                   Measure(SUM, 'perkiraan_biaya'))


async def usulan(desa: Desa, status: str, tahap: str, biaya: str, validasi: date | None = None,
                 urutan: list[int] = [0]) -> UsulanMusrenbang:   # noqa: B006 (a counter shared by the calls)
    urutan[0] += 1
    return await UsulanMusrenbang.create(
        tahun_rencana=2026, desa=desa, bidang='Infrastruktur', kegiatan=f'Kegiatan {urutan[0]}', lokasi='Dusun',
        volume=1, satuan='paket', perkiraan_biaya=Decimal(biaya), urutan_prioritas=urutan[0], tahap=tahap,
        status=status, tanggal_validasi=validasi)


@pytest.fixture
async def known(lane_db):  # noqa: F811
    """Six usulan of two desa (and one deleted, which no rekap counts)."""
    jugosari, jarit = await Desa.get(kode=JUGOSARI), await Desa.get(kode=JARIT)
    await usulan(jugosari, 'Diusulkan', 'Desa', '1000000.50', date(2026, 1, 5))
    await usulan(jugosari, 'Diusulkan', 'Kecamatan', '2500000', date(2026, 1, 31))
    await usulan(jugosari, 'Disepakati', 'Kecamatan', '750000.25', date(2026, 2, 1))
    await usulan(jarit, 'Diusulkan', 'Desa', '300000')
    await usulan(jarit, 'Ditolak', 'Desa', '125000.75', date(2026, 3, 10))
    await usulan(jarit, 'Ditolak', 'Kecamatan', '99999999.99', date(2026, 3, 11))
    gone = await usulan(jarit, 'Diusulkan', 'Desa', '5000000', date(2026, 1, 6))
    await UsulanMusrenbang.filter(id=gone.id).update(deleted_at=date(2026, 4, 1))
    return jugosari, jarit


async def test_two_row_columns_a_column_and_a_sum_of_rupiah_match_a_hand_count(known) -> None:
    kepala = await actor(KEPALA_KEUANGAN)
    rekap = await make_rekap(USULAN, kepala, ListQuery(), BY_DESA_STATUS_TAHAP)
    assert rekap.column_labels == ('Desa', 'Kecamatan', 'Jumlah') and rekap.value_kind == 'money'
    assert rekap.row_headings() == ['Desa', 'Status']
    D = Decimal
    assert rekap.figures() == {
        # Jarit before Jugosari (by name); statuses in their declared order
        ('Jarit', 'Diusulkan', 'Desa'): D('300000'), ('Jarit', 'Diusulkan', 'Kecamatan'): 0,
        ('Jarit', 'Diusulkan', 'Jumlah'): D('300000'),
        ('Jarit', 'Ditolak', 'Desa'): D('125000.75'), ('Jarit', 'Ditolak', 'Kecamatan'): D('99999999.99'),
        ('Jarit', 'Ditolak', 'Jumlah'): D('100125000.74'),
        ('Jarit', 'Jumlah', 'Desa'): D('425000.75'), ('Jarit', 'Jumlah', 'Kecamatan'): D('99999999.99'),
        ('Jarit', 'Jumlah', 'Jumlah'): D('100425000.74'),
        ('Jugosari', 'Diusulkan', 'Desa'): D('1000000.50'), ('Jugosari', 'Diusulkan', 'Kecamatan'): D('2500000'),
        ('Jugosari', 'Diusulkan', 'Jumlah'): D('3500000.50'),
        ('Jugosari', 'Disepakati', 'Desa'): 0, ('Jugosari', 'Disepakati', 'Kecamatan'): D('750000.25'),
        ('Jugosari', 'Disepakati', 'Jumlah'): D('750000.25'),
        ('Jugosari', 'Jumlah', 'Desa'): D('1000000.50'), ('Jugosari', 'Jumlah', 'Kecamatan'): D('3250000.25'),
        ('Jugosari', 'Jumlah', 'Jumlah'): D('4250000.75'),
        ('Jumlah', 'Desa'): D('1425001.25'), ('Jumlah', 'Kecamatan'): D('103250000.24'),
        ('Jumlah', 'Jumlah'): D('104675001.49')}
    assert [line.kind for line in rekap.lines] == ['baris', 'baris', 'subtotal', 'baris', 'baris', 'subtotal', 'total']
    # the average of a subtotal is its sum over its count, not the average of its lines' averages
    average = await make_rekap(USULAN, kepala, ListQuery(),
                               RekapChoice((Dimension('desa'), Dimension('status')), None, Measure(AVERAGE, 'perkiraan_biaya')))
    assert average.figures()[('Jarit', 'Jumlah', 'Jumlah')] == D('33475000.25')   # 100425000.74 / 3
    assert average.figures()[('Jumlah', 'Jumlah')] == D('17445833.58')             # 104675001.49 / 6


async def test_months_are_named_and_an_empty_date_has_its_own_line(known) -> None:
    rekap = await make_rekap(USULAN, await actor(KEPALA_KEUANGAN), ListQuery(),
                             RekapChoice((Dimension('tanggal_validasi', MONTH),), Dimension('status')))
    assert [line.labels[0] for line in rekap.lines] == ['Januari 2026', 'Februari 2026', 'Maret 2026', '(kosong)', '']
    assert rekap.figures()[('Januari 2026', 'Diusulkan')] == 2 and rekap.figures()[('Jumlah', 'Jumlah')] == 6
    empty = rekap.lines[3]
    assert empty.cells[-1].value == 1 and empty.cells[-1].filters is None   # no filter shows an empty date


async def letter(no: int, diterima: date, sifat: Sifat = Sifat.BIASA, status: str = 'Belum Disposisi') -> SuratMasuk:
    return await SuratMasuk.create(tahun=diterima.year, no_agenda=no, tanggal_diterima=diterima, nomor_surat=f'005/{no}',
                                   tanggal_surat=diterima, asal_surat='Polres Lumajang', perihal='Undangan',
                                   sifat=sifat, status=status)


async def test_every_figure_links_to_a_grid_that_shows_exactly_its_rows(known) -> None:
    """Each figure's filters, written into a link and read back as the grid reads it, count its
    rows; a month is the range of its dates, kept within the grid's own date filter."""
    for no, day in enumerate((date(2025, 12, 31), date(2026, 1, 5), date(2026, 1, 20), date(2026, 2, 28),
                              date(2026, 2, 1), date(2026, 3, 3)), 1):
        await letter(no, day, Sifat.TERBATAS if no % 2 else Sifat.BIASA, 'Selesai' if no > 4 else 'Belum Disposisi')
    kepala = await actor(KEPALA_KEUANGAN)
    umum = await actor('Kepala Subbag Umum dan Kepegawaian', 'kasubbag.umum')
    in_2026 = {'tanggal_diterima': (date(2026, 1, 10), date(2026, 12, 31))}
    for spec, who, query, choice in (
            (USULAN, kepala, ListQuery(filters={'tahap': ['Desa', 'Kecamatan']}),
             RekapChoice((Dimension('desa'), Dimension('status')), Dimension('tahap'))),
            (SURAT, umum, ListQuery(filters=in_2026),
             RekapChoice((Dimension('tanggal_diterima', MONTH), Dimension('status')), Dimension('sifat'))),
            (SURAT, umum, ListQuery(), RekapChoice((Dimension('tanggal_diterima', 'tahun'),)))):
        rekap = await make_rekap(spec, who, query, choice)
        cells = [cell for line in rekap.lines for cell in line.cells]
        assert all(cell.filters is not None for cell in cells)
        for cell in cells:
            read_back = filters_from_url(spec, filters_to_url(spec, cell.filters))
            assert await count_rows(spec, who, ListQuery(filters=read_back)) == cell.value, cell
    january = (await make_rekap(SURAT, umum, ListQuery(filters=in_2026),
                                RekapChoice((Dimension('tanggal_diterima', MONTH),)))).lines[0]
    assert january.labels == ('Januari 2026',) and january.cells[0].value == 1
    assert january.cells[0].filters == {'tanggal_diterima': (date(2026, 1, 10), date(2026, 1, 31))}
    # a column the grid cannot filter by gives figures without a link
    not_a_filter = await make_rekap(USULAN, kepala, ListQuery(), RekapChoice((Dimension('tanggal_validasi', MONTH),)))
    assert not_a_filter.lines[0].cells[0].filters is None and not_a_filter.total.filters == {}


async def test_the_pandas_result_equals_the_databases_group_by(lane_db) -> None:  # noqa: F811
    rng = random.Random(19)
    desa = await Desa.all().limit(5)
    for _ in range(120):
        await usulan(rng.choice(desa), rng.choice(['Diusulkan', 'Divalidasi Kades', 'Disepakati', 'Ditolak']),
                     rng.choice(['Desa', 'Kecamatan', 'Forum PD']), f'{rng.randint(0, 10**9)}.{rng.randint(0, 99):02d}')
    kepala = await actor(KEPALA_KEUANGAN)
    names = {d.id: d.nama for d in desa}
    db = UsulanMusrenbang._meta.db
    live = 'FROM usulan_musrenbang WHERE deleted_at IS NULL'
    _, leaves = await db.execute_query(f'SELECT desa_id, status, tahap, count(*), sum(perkiraan_biaya) {live} '
                                       'GROUP BY desa_id, status, tahap')
    _, subtotals = await db.execute_query(f'SELECT desa_id, tahap, count(*), sum(perkiraan_biaya) {live} '
                                          'GROUP BY desa_id, tahap')
    _, (total,) = await db.execute_query(f'SELECT count(*), sum(perkiraan_biaya) {live}')
    money = (lambda v: Decimal(str(v)).quantize(Decimal('0.01')))
    counted = (await make_rekap(USULAN, kepala, ListQuery(),
                                RekapChoice(BY_DESA_STATUS_TAHAP.rows, BY_DESA_STATUS_TAHAP.column))).figures()
    summed = (await make_rekap(USULAN, kepala, ListQuery(), BY_DESA_STATUS_TAHAP)).figures()
    for desa_id, status, tahap, n, s in leaves:
        assert counted[(names[desa_id], status, tahap)] == n
        assert summed[(names[desa_id], status, tahap)] == money(s)
    for desa_id, tahap, n, s in subtotals:
        assert counted[(names[desa_id], 'Jumlah', tahap)] == n
        assert summed[(names[desa_id], 'Jumlah', tahap)] == money(s)
    assert counted[('Jumlah', 'Jumlah')] == total[0] == 120
    assert summed[('Jumlah', 'Jumlah')] == money(total[1])
    leaf_figures = [n for key, n in counted.items() if len(key) == 3 and 'Jumlah' not in key and n]
    assert len(leaf_figures) == len(leaves)


async def test_an_operator_desa_counts_only_their_desa(known) -> None:
    jugosari, _ = known
    operator = await actor('Operator Desa', 'op.jugosari', desa_kode=JUGOSARI)
    assert 'desa' not in dimension_options(USULAN, operator)       # their desa is no choice of theirs
    rekap = await make_rekap(USULAN, operator, ListQuery(), RekapChoice((Dimension('status'),), None,
                                                                         Measure(SUM, 'perkiraan_biaya')))
    assert rekap.figures() == {('Diusulkan', 'Jumlah'): Decimal('3500000.50'),
                               ('Disepakati', 'Jumlah'): Decimal('750000.25'),
                               ('Jumlah', 'Jumlah'): Decimal('4250000.75')}
    with pytest.raises(RekapError):   # a forged choice of the desa column is refused
        await make_rekap(USULAN, operator, ListQuery(), RekapChoice((Dimension('desa'),)))


async def test_a_rahasia_letter_is_never_counted_for_whom_may_not_see_it(lane_db) -> None:  # noqa: F811
    for no, sifat in enumerate((Sifat.BIASA, Sifat.BIASA, Sifat.RAHASIA, Sifat.SANGAT_RAHASIA), 1):
        await letter(no, date(2026, 11, 5), sifat)
    role = await Role.get(nama='Kepala Seksi Pemerintahan')
    await set_permission(role, 'surat_masuk', Action.LIHAT, True)
    kasi = await actor('Kepala Seksi Pemerintahan', 'kasi.pem')
    by_sifat = RekapChoice((Dimension('sifat'),), Dimension('tanggal_diterima', MONTH))
    assert (await make_rekap(SURAT, kasi, ListQuery(), by_sifat)).figures() == {
        ('Biasa', 'November 2026'): 2, ('Biasa', 'Jumlah'): 2, ('Jumlah', 'November 2026'): 2, ('Jumlah', 'Jumlah'): 2}
    camat = await actor('Camat')
    assert (await make_rekap(SURAT, camat, ListQuery(), by_sifat)).figures()[('Jumlah', 'Jumlah')] == 4


async def test_the_excel_file_has_the_kop_typed_figures_and_the_totals(known) -> None:
    kepala = await actor(KEPALA_KEUANGAN, 'kasubbag.keu')
    query = ListQuery(filters={'tahap': ['Desa', 'Kecamatan']})
    made, lines = await export_rekap(USULAN, kepala, query, BY_DESA_STATUS_TAHAP)
    assert lines == 7
    sheet = openpyxl.load_workbook(made.path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v not in (None, '')]
    assert 'REKAP USULAN MUSRENBANG' in flat and 'Periode: semua data' in flat
    assert any(isinstance(v, str) and v.startswith('KECAMATAN') for v in flat[:3])         # the kop
    assert 'Filter: Tahap: Desa, Kecamatan' in flat
    assert 'Baris: Desa, Status; Kolom: Tahap; Nilai: Total Perkiraan Biaya (Rp)' in flat
    top = next(i for i, row in enumerate(values) if row[:2] == ['Desa', 'Status'])
    assert values[top][:5] == ['Desa', 'Status', 'Desa', 'Kecamatan', 'Jumlah']
    body = {tuple(row[:2]): row[2:5] for row in values[top + 1:top + 8]}
    assert body[('Jarit', 'Ditolak')] == [125000.75, 99999999.99, 100125000.74]
    assert body[('Jarit', 'Jumlah')] == [425000.75, 99999999.99, 100425000.74]
    assert body[('Jumlah', None)] == [1425001.25, 103250000.24, 104675001.49]
    figure = sheet.cell(row=top + 2, column=3)
    assert figure.data_type == 'n' and 'Rp' in figure.number_format           # a number, shown as Rupiah
    assert any(isinstance(v, str) and v.startswith('NIP') for v in flat[-3:])  # the signature block
    entry = await AuditEntry.get(aksi=AuditAction.EKSPOR, tabel='usulan_musrenbang')
    assert entry.keterangan.startswith('Rekap (Baris: Desa, Status;')


async def test_a_role_without_ekspor_is_refused_on_the_server(known) -> None:
    staf = await actor(STAF_KEUANGAN, 'staf.keu')   # lihat, tambah, ubah: the Rekap, not its export
    assert (await make_rekap(USULAN, staf, ListQuery(), BY_DESA_STATUS_TAHAP)).total.value > 0
    with pytest.raises(AccessDenied):
        await export_rekap(USULAN, staf, ListQuery(), BY_DESA_STATUS_TAHAP)
    root = user_files.files_dir()
    assert not root.exists() or not any(root.iterdir())
    assert not await AuditEntry.filter(aksi=AuditAction.EKSPOR).exists()
    nobody = await actor('Staf Seksi Pemerintahan', 'staf.pem')   # not even lihat: no rekap either
    with pytest.raises(AccessDenied):
        await make_rekap(USULAN, nobody, ListQuery(), BY_DESA_STATUS_TAHAP)


async def test_a_saved_view_keeps_the_rekap_choice(known) -> None:
    kepala = await actor(KEPALA_KEUANGAN, 'kasubbag.keu')
    query = ListQuery(filters={'status': ['Diusulkan']})
    assert await save_view(kepala, USULAN, 'Biaya per desa', query, BY_DESA_STATUS_TAHAP) is None
    assert await save_view(kepala, USULAN, 'Tanpa rekap', query) is None
    views = {name: view_id for view_id, name in (await saved_views(kepala, USULAN)).items()}
    kept = await load_view(kepala, USULAN, views['Biaya per desa'])
    assert kept['rekap'] == BY_DESA_STATUS_TAHAP and kept['filters'] == {'status': ['Diusulkan']}
    assert (await load_view(kepala, USULAN, views['Tanpa rekap']))['rekap'] is None
    # a stored choice naming what the table does not offer is dropped, never used
    stored = await SavedView.get(id=views['Biaya per desa'])
    stored.isi = {**stored.isi, 'rekap': {'baris': ['kegiatan'], 'kolom': None, 'nilai': 'jumlah'}}
    await stored.save()
    assert (await load_view(kepala, USULAN, views['Biaya per desa']))['rekap'] is None
    assert read_choice(USULAN, {'baris': ['desa', 'desa'], 'nilai': 'jumlah'}) is None
    assert read_choice(USULAN, {'baris': ['desa'], 'nilai': 'total:kegiatan'}) is None
