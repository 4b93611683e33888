"""IKM (PermenPAN-RB 14/2017, docs/design.md §IKM): a hand-computed example, the exact 1/9 weight against
the 0,111 of some spreadsheets, rounding only at the end, the mutu thresholds, periods, and the
/ikm page as a user drives it (value, chart data, export read back, 403 without rights)."""
from __future__ import annotations

import io
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import openpyxl
import pytest
from nicegui import ui
from nicegui.testing import User

from core import ikm
from core.access import AccessDenied
from core.accounts import load_actor
from core.ikm import Periode, Tally, hitung, mutu_of, round_half_up
from exports.ikm_export import export_ikm
from models.clock import office_today
from models.pelayanan import JenisLayanan, SkmResponden
from tests.conftest import handled
from tests.helpers_auth import create_account, log_in_as, memory_db  # noqa: F401  (fixture)

CODES = [f'u{i}' for i in range(1, 10)]

# The hand-computed example: 5 respondents, answers u1 … u9 (4 sangat baik … 1 tidak baik).
#
#            u1 u2 u3 u4 u5 u6 u7 u8 u9
#   R1        4  4  4  4  4  4  4  4  4
#   R2        4  4  4  4  4  4  4  4  4
#   R3        4  4  3  4  3  4  4  3  4
#   R4        3  3  3  3  3  3  3  3  3
#   R5        3  3  3  3  3  3  3  3  3
#   jumlah   18 18 17 18 17 18 18 17 18      (total 159)
#   NRR     3,6 3,6 3,4 3,6 3,4 3,6 3,6 3,4 3,6   (jumlah / 5 jawaban)
#
#   Σ NRR = 6 × 3,6 + 3 × 3,4 = 21,6 + 10,2 = 31,8
#   exact weight:  IKM unit = 31,8 × 1/9 = 3,5333…;   IKM = 3,5333… × 25 = 88,3333… → 88,33  → A, Sangat Baik
#   weight 0,111:  IKM unit = 31,8 × 0,111 = 3,5298;  IKM = 3,5298 × 25 = 88,245   → 88,25  → B, Baik
#   (88,25 < 88,31): the 0,111 of some spreadsheets would lower the office to mutu B.
EXAMPLE = [
    (4, 4, 4, 4, 4, 4, 4, 4, 4),
    (4, 4, 4, 4, 4, 4, 4, 4, 4),
    (4, 4, 3, 4, 3, 4, 4, 3, 4),
    (3, 3, 3, 3, 3, 3, 3, 3, 3),
    (3, 3, 3, 3, 3, 3, 3, 3, 3),
]
EXAMPLE_NRR = [3.6, 3.6, 3.4, 3.6, 3.4, 3.6, 3.6, 3.4, 3.6]


def answers(rows) -> list[dict[str, int]]:
    return [dict(zip(CODES, row)) for row in rows]


def test_hand_computed_example() -> None:
    hasil = hitung(Tally.of_answers(answers(EXAMPLE)))
    assert hasil.responden == 5
    assert [hasil.tally.jumlah[c] for c in CODES] == [18, 18, 17, 18, 17, 18, 18, 17, 18]
    assert [hasil.nrr[c] for c in CODES] == [Fraction(x).limit_denominator(10) for x in EXAMPLE_NRR]
    assert sum(hasil.nrr.values()) == Fraction(318, 10)
    assert ikm.ikm_unit(hasil.nrr) == Fraction(318, 90)            # 3,5333…, exact
    assert hasil.ikm == Decimal('88.33')
    assert (hasil.mutu.huruf, hasil.mutu.kinerja) == ('A', 'Sangat Baik')


def test_the_0111_weight_gives_another_answer_and_another_mutu() -> None:
    hasil = hitung(Tally.of_answers(answers(EXAMPLE)))
    # what a spreadsheet with 0,111 computes (in exact decimals, rounded half up like Excel's ROUND)
    spreadsheet = (sum(Decimal(str(x)) * Decimal('0.111') for x in EXAMPLE_NRR) * 25) \
        .quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
    assert spreadsheet == Decimal('88.25')
    assert mutu_of(spreadsheet).huruf == 'B'
    assert hasil.ikm == Decimal('88.33') != spreadsheet
    assert hasil.mutu.huruf == 'A'
    assert ikm.BOBOT == Fraction(1, 9)


def test_only_the_final_value_is_rounded() -> None:
    # 3 respondents answering 4, 3, 3 to every unsur: jumlah 10, NRR = 10/3 = 3,3333… for each unsur.
    # exact:             IKM = (9 × 10/3) × 1/9 × 25 = 83,3333… → 83,33
    # NRR rounded first: 3,33 × 25 = 83,25 (wrong)
    hasil = hitung(Tally.of_answers(answers([(4,) * 9, (3,) * 9, (3,) * 9])))
    assert hasil.nrr['u1'] == Fraction(10, 3)
    assert hasil.ikm == Decimal('83.33')
    rounded_early = sum(Decimal('3.33') for _ in CODES) / 9 * 25
    assert rounded_early == Decimal('83.25') != hasil.ikm


def test_unsur_are_keyed_by_code_not_position() -> None:
    # an office that swaps unsur 8 and 9 still gets the right name per answer field
    assert ikm.UNSUR['u8'] == 'Penanganan Pengaduan, Saran dan Masukan'
    assert ikm.UNSUR['u9'] == 'Sarana dan Prasarana'
    hasil = hitung(Tally.of_answers(answers([(4, 4, 4, 4, 4, 4, 4, 1, 4)])))
    assert hasil.nrr['u8'] == 1 and hasil.nrr['u9'] == 4


def test_extremes_and_empty() -> None:
    assert hitung(Tally.of_answers(answers([(4,) * 9]))).ikm == Decimal('100.00')
    assert hitung(Tally.of_answers(answers([(1,) * 9]))).ikm == Decimal('25.00')
    assert hitung(Tally()) is None
    with pytest.raises(ValueError):
        ikm.ikm_unit({'u1': Fraction(4)})


@pytest.mark.parametrize(('nilai', 'huruf', 'kinerja'), [
    ('100', 'A', 'Sangat Baik'), ('88.31', 'A', 'Sangat Baik'), ('88.30', 'B', 'Baik'),
    ('76.61', 'B', 'Baik'), ('76.60', 'C', 'Kurang Baik'),
    ('65.00', 'C', 'Kurang Baik'), ('64.99', 'D', 'Tidak Baik'), ('25', 'D', 'Tidak Baik'),
    # more than 2 decimals: rounded half up first, as the intervals are written with 2
    ('88.305', 'A', 'Sangat Baik'), ('88.3049', 'B', 'Baik'), ('76.605', 'B', 'Baik'), ('64.995', 'C', 'Kurang Baik'),
])
def test_mutu_thresholds_at_the_boundaries(nilai: str, huruf: str, kinerja: str) -> None:
    mutu = mutu_of(Decimal(nilai))
    assert (mutu.huruf, mutu.kinerja) == (huruf, kinerja)


def test_round_half_up_is_exact() -> None:
    assert round_half_up(Fraction(88305, 1000)) == Decimal('88.31')
    assert round_half_up(Fraction(88305, 1000) - Fraction(1, 10 ** 30)) == Decimal('88.30')
    assert round_half_up(Fraction(1, 3), 3) == Decimal('0.333')
    assert str(round_half_up(Fraction(100))) == '100.00'


def test_periods() -> None:
    assert (Periode(2026).awal, Periode(2026).akhir) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (Periode(2026, semester=1).akhir, Periode(2026, semester=2).awal) == (date(2026, 6, 30), date(2026, 7, 1))
    assert (Periode(2025, triwulan=3).awal, Periode(2025, triwulan=3).akhir) == (date(2025, 7, 1), date(2025, 9, 30))
    assert Periode(2024, triwulan=1).akhir == date(2024, 3, 31)
    assert Periode.dari_kunci(2026, 't4').label == 'Triwulan IV 2026'
    assert Periode.dari_kunci(2026, 's2').label == 'Semester II 2026'
    assert Periode.dari_kunci(2026, 'apa saja').label == 'Tahun 2026'
    with pytest.raises(ValueError):
        Periode(2026, semester=1, triwulan=1)


# --------------------------------------------------------------------------- from the database

async def add_answers(layanan: JenisLayanan, tanggal: date, rows) -> None:
    for row in rows:
        await SkmResponden.create(tanggal=tanggal, layanan=layanan, jenis_kelamin='L', usia=40, pendidikan='SMA',
                                  pekerjaan='Wirausaha', **dict(zip(CODES, row)))


async def two_layanan() -> tuple[JenisLayanan, JenisLayanan]:
    legalisasi = await JenisLayanan.get(nama='Legalisasi Dokumen')
    dispensasi = await JenisLayanan.get(nama='Dispensasi Nikah')
    return legalisasi, dispensasi


async def test_per_period_and_per_layanan_from_the_database(memory_db) -> None:
    legalisasi, dispensasi = await two_layanan()
    await add_answers(legalisasi, date(2026, 8, 10), EXAMPLE[:3])       # triwulan III
    await add_answers(dispensasi, date(2026, 9, 30), EXAMPLE[3:])       # triwulan III, last day
    await add_answers(dispensasi, date(2026, 4, 1), [(2,) * 9])         # triwulan II
    deleted = await SkmResponden.create(tanggal=date(2026, 8, 1), layanan=legalisasi, jenis_kelamin='P', usia=30,
                                        pendidikan='S1', pekerjaan='PNS', **{c: 1 for c in CODES})
    deleted.deleted_at = deleted.created_at
    await deleted.save()                                                 # in the trash: not counted

    report = await ikm.laporan(Periode(2026, triwulan=3))
    assert report.total.responden == 5
    assert report.total.ikm == Decimal('88.33')                          # the hand-computed example
    by_name = {item.nama: item.hasil for item in report.per_layanan}
    # legalisasi: R1–R3, NRR 4, 4, 11/3, 4, 11/3, 4, 4, 11/3, 4 → Σ 35 → 35/9 × 25 = 97,22
    assert by_name['Legalisasi Dokumen'].ikm == Decimal('97.22')
    # dispensasi: R4–R5, every NRR 3 → 75,00, C
    assert by_name['Dispensasi Nikah'].ikm == Decimal('75.00')
    assert by_name['Dispensasi Nikah'].mutu.huruf == 'C'

    year = await ikm.laporan(Periode(2026))
    assert year.total.responden == 6                                     # + the 2s of April
    second = await ikm.laporan(Periode(2026, triwulan=2))
    assert second.total.ikm == Decimal('50.00') and second.total.mutu.huruf == 'D'
    assert (await ikm.laporan(Periode(2026, triwulan=1))).total is None
    only = await ikm.laporan(Periode(2026, semester=2), layanan_id=dispensasi.id)
    assert only.total.responden == 2 and [i.nama for i in only.per_layanan] == ['Dispensasi Nikah']

    trend = await ikm.tren_triwulan(2026)
    assert [h.ikm if h else None for _, h in trend] == [None, Decimal('50.00'), Decimal('88.33'), None]
    assert await ikm.tahun_survei() == [2026]


# --------------------------------------------------------------------------- the page

KEPALA_PELAYANAN = 'Kepala Seksi Pelayanan Umum'


def element(user: User, marker: str):
    with user:
        return next(iter(user.find(marker=marker).elements))


async def test_the_page_shows_ikm_chart_and_exports_numbers(user: User) -> None:
    legalisasi, dispensasi = await two_layanan()
    await add_answers(legalisasi, date(2026, 8, 10), EXAMPLE[:3])
    await add_answers(dispensasi, date(2026, 9, 30), EXAMPLE[3:])
    await create_account('wati', KEPALA_PELAYANAN)
    await log_in_as(user, 'wati', next_path='/proses/u1')
    await user.should_see('Indeks Kepuasan Masyarakat')                  # the link on the U1 page
    await user.open('/ikm?tahun=2026&periode=tahun')                   # /ikm alone opens on this quarter
    await user.should_see('Tahun 2026')
    assert element(user, 'nilai-ikm').text == '88,33'
    assert element(user, 'mutu-ikm').text == 'A'
    assert element(user, 'kinerja-ikm').text == 'Sangat Baik'
    assert element(user, 'jumlah-responden').text == '5'
    chart = element(user, 'grafik-unsur')
    assert isinstance(chart, ui.echart)
    assert chart.options['xAxis']['data'] == ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']
    assert chart.options['series'][0]['data'] == EXAMPLE_NRR
    trend = element(user, 'grafik-tren')
    assert trend.options['series'][0]['data'] == [None, None, 88.33, None]
    layanan_rows = element(user, 'tabel-layanan').rows
    assert [(r['layanan'], r['ikm'], r['mutu']) for r in layanan_rows] == [
        ('Dispensasi Nikah', '75,00', 'C'), ('Legalisasi Dokumen', '97,22', 'A'), ('Semua layanan', '88,33', 'A')]
    unsur_rows = element(user, 'tabel-unsur').rows
    assert unsur_rows[2]['unsur'] == 'Waktu Penyelesaian' and unsur_rows[2]['nrr'] == '3,40'

    # another period: triwulan II has no respondents, triwulan III has them all
    element(user, 'pilih-periode').value = 't2'
    await user.should_see('Belum ada responden SKM pada Triwulan II 2026.')
    async with handled():
        element(user, 'pilih-periode').value = 't3'
    assert element(user, 'nilai-ikm').text == '88,33'
    async with handled():
        element(user, 'pilih-layanan').value = dispensasi.id
    assert element(user, 'nilai-ikm').text == '75,00'
    assert element(user, 'grafik-unsur').options['series'][0]['data'] == [3.0] * 9
    async with handled():
        element(user, 'pilih-layanan').value = 0
    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=10)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet['A1'].value == 'Indeks Kepuasan Masyarakat · Triwulan III 2026'
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == 'Bagian')
    headers = [c.value for c in sheet[header]]
    rows = list(sheet.iter_rows(min_row=header + 1, values_only=True))
    unsur = [r for r in rows if r[0] == 'NRR per unsur']
    assert [r[1] for r in unsur] == ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']
    nrr = [r[headers.index('NRR')] for r in unsur]
    assert all(isinstance(v, float) for v in nrr) and nrr == pytest.approx(EXAMPLE_NRR)
    assert [r[headers.index('Jumlah Nilai')] for r in unsur] == [18, 18, 17, 18, 17, 18, 18, 17, 18]
    total = next(r for r in rows if r[0] == 'IKM')
    assert total[headers.index('Nilai IKM (× 25)')] == 88.33
    assert isinstance(total[headers.index('Responden')], int) and total[headers.index('Responden')] == 5
    assert (total[headers.index('Mutu')], total[headers.index('Kinerja')]) == ('A', 'Sangat Baik')
    per_layanan = {r[2]: r[headers.index('Nilai IKM (× 25)')] for r in rows if r[0] == 'IKM per layanan'}
    assert per_layanan == {'Dispensasi Nikah': 75.0, 'Legalisasi Dokumen': 97.22}
    cell = sheet.cell(header + 1 + rows.index(total), headers.index('Nilai IKM (× 25)') + 1)
    assert cell.data_type == 'n'


async def test_staff_sees_the_page_but_cannot_export(user: User) -> None:
    legalisasi, _ = await two_layanan()
    await add_answers(legalisasi, date(2026, 8, 10), EXAMPLE)
    staf = await create_account('budi', 'Staf Seksi Pelayanan Umum')
    await log_in_as(user, 'budi')
    await user.open('/ikm?tahun=2026&periode=tahun')
    await user.should_see('88,33')
    await user.should_not_see('Ekspor Excel')
    actor = await load_actor(staf.id)
    with pytest.raises(AccessDenied):
        await export_ikm(actor, Periode(2026))


async def test_a_role_without_rights_gets_403(user: User) -> None:
    await create_account('tono', 'Staf Seksi Pemberdayaan Masyarakat')
    await log_in_as(user, 'tono')
    response = await user.http_client.get('/ikm')
    assert response.status_code == 403
    assert '403 · Akses ditolak' in response.text
    assert 'Nilai IKM' not in response.text
    await user.open('/proses/u2')
    await user.should_not_see('Indeks Kepuasan Masyarakat')


async def test_the_page_without_respondents(user: User) -> None:
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat', next_path='/ikm')
    quarter = 'I II III IV'.split()[(office_today().month - 1) // 3]       # /ikm opens on this quarter
    await user.should_see(f'Belum ada responden SKM pada Triwulan {quarter} {office_today().year}.')
    await user.should_see('Ekspor Excel')                                # Camat may export
