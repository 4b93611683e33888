"""Issue #15: the printed reports of the budget spent (exports/realisasi_reports.py): the Laporan
Realisasi Anggaran per Sub Kegiatan up to a month, and the Laporan Realisasi Semester Pertama with
its prognosis, each grouped program → kegiatan → sub kegiatan → rekening with the sums; both made
from the Anggaran grid's dialog, and refused on the server to who may not export the Anggaran."""
from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from nicegui.testing import User

from core.access import AccessDenied
from core.keuangan_realisasi import realisasi_lines
from exports.realisasi_reports import export_realisasi, export_semester
from models.perencanaan import Level, ProgramKegiatan
from models.reference import code_order
from tests.conftest import handled, in_open_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import KEUANGAN, UMUM, actor, save
from tests.rules_lane import lane_db  # noqa: F401

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'


async def budget(kepala) -> None:
    """Two sub kegiatan of one kegiatan of program 7.01.01 (seeded): three rekening, payments in
    February, June and August 2026, and a DPPA that adds Rp 2.000.000 to the listrik."""
    await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.08', level=Level.KEGIATAN, kode_induk='7.01.01',
                                 nama='Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah')
    subs = {}
    for kode, nama in (('7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik'),
                       ('7.01.01.2.08.0001', 'Penyediaan Jasa Surat Menyurat')):
        subs[kode] = await ProgramKegiatan.create(tahun=2026, kode=kode, level=Level.SUB_KEGIATAN,
                                                  kode_induk='7.01.01.2.08', nama=nama)
    rekening = {}
    for sub, kode, uraian, pagu in (
            ('7.01.01.2.08.0002', '5.1.02.02.01.0061', 'Belanja Tagihan Listrik', '12.000.000'),
            ('7.01.01.2.08.0002', '5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', '6.000.000'),
            ('7.01.01.2.08.0001', '5.1.02.01.01.0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer',
             '1.500.000')):
        result = await save('anggaran', kepala, {'tahun': '2026', 'sub_kegiatan': subs[sub].id, 'kode_rekening': kode,
                                                 'uraian': uraian, 'pagu': pagu})
        assert result.ok, result.errors
        rekening[kode] = result.row.id
    for kode, tanggal, nilai in (('5.1.02.02.01.0061', '20/02/2026', '4.000.000'),
                                 ('5.1.02.02.01.0061', '30/06/2026', '1.000.000'),
                                 ('5.1.02.02.01.0061', '20/08/2026', '3.000.000'),
                                 ('5.1.02.02.01.0063', '15/06/2026', '2.500.000'),
                                 ('5.1.02.01.01.0029', '01/07/2026', '500.000')):
        result = await save('realisasi_anggaran', kepala, {'anggaran': rekening[kode], 'tanggal': tanggal,
                                                           'uraian': 'Pembayaran', 'no_bukti': f'SPJ-{tanggal}',
                                                           'nilai': nilai})
        assert result.ok, result.errors
    assert (await save('anggaran', kepala, {'pagu_perubahan': '14.000.000'}, row_id=rekening['5.1.02.02.01.0061'])).ok


def rows_of(made) -> list[list]:
    sheet = openpyxl.load_workbook(made.path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_codes_sort_by_their_numbers():
    assert sorted(['7.01.10', '7.01.9', '7.01.01.2.08.0002', '7.01.01.2.08.0001'], key=code_order) == \
        ['7.01.01.2.08.0001', '7.01.01.2.08.0002', '7.01.9', '7.01.10']


async def test_the_lines_group_the_rekening_under_their_sub_kegiatan_kegiatan_and_program(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    await budget(kepala)
    lines = await realisasi_lines(2026, date(2026, 6, 30))
    assert [(line.level, line.kode, line.pagu, line.pagu_berlaku, line.realisasi) for line in lines] == [
        (Level.PROGRAM, '7.01.01', 19_500_000, 21_500_000, 7_500_000),
        (Level.KEGIATAN, '7.01.01.2.08', 19_500_000, 21_500_000, 7_500_000),
        (Level.SUB_KEGIATAN, '7.01.01.2.08.0001', 1_500_000, 1_500_000, 0),        # paid in July: after the day
        (None, '5.1.02.01.01.0029', 1_500_000, 1_500_000, 0),
        (Level.SUB_KEGIATAN, '7.01.01.2.08.0002', 18_000_000, 20_000_000, 7_500_000),
        (None, '5.1.02.02.01.0061', 12_000_000, 14_000_000, 5_000_000),       # 30 June counts, August not
        (None, '5.1.02.02.01.0063', 6_000_000, 6_000_000, 2_500_000)]
    assert lines[0].uraian == 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'   # the seeded name
    assert lines[5].sisa == 9_000_000 and lines[5].perubahan == 2_000_000 and str(lines[5].persen) == '35.71'


async def test_the_report_per_sub_kegiatan_up_to_a_month(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    await budget(kepala)
    made, count = await export_realisasi(kepala, 2026, 8)
    assert count == 3
    rows = rows_of(made)
    assert 'LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN' in rows[4]
    assert 'Sampai dengan Bulan Agustus Tahun Anggaran 2026' in rows[5]
    assert rows[7] == ['No.', 'Kode', 'Uraian', 'Anggaran (DPA) (Rp)', 'Anggaran Setelah Perubahan (Rp)',
                       'Bertambah/ (Berkurang) (Rp)', 'Realisasi (Rp)', 'Sisa Anggaran (Rp)', 'Realisasi (%)']
    assert rows[13] == [6, '5.1.02.02.01.0061', 'Belanja Tagihan Listrik', 12_000_000, 14_000_000, 2_000_000,
                        8_000_000, 6_000_000, 57.14]
    total = rows[15]
    assert total[0] == 'JUMLAH' and total[3:] == [19_500_000, 21_500_000, 2_000_000, 11_000_000, 10_500_000, 51.16]
    sheet = openpyxl.load_workbook(made.path).active
    assert sheet.page_setup.orientation == 'landscape' and sheet.print_title_rows == '$8:$8'


async def test_the_semester_report_with_its_prognosis(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    await budget(kepala)
    made, _ = await export_semester(kepala, 2026)
    rows = rows_of(made)
    assert any('PROGNOSIS 6 (ENAM) BULAN BERIKUTNYA' in str(cell) for cell in rows[4])
    assert 'Semester Pertama (Januari s.d. Juni) Tahun Anggaran 2026' in rows[5]
    assert rows[7] == ['Kode', 'Uraian', 'Jumlah Anggaran (Rp)', 'Realisasi Semester Pertama (Rp)',
                       'Sisa Anggaran s.d. Semester Pertama (Rp)', 'Prognosis 6 (Enam) Bulan Berikutnya (Rp)',
                       'Keterangan']
    assert rows[8] == ['1', '2', '3', '4', '5 = 3 - 4', '6', '7']
    # the listrik: DPA 12 jt, paid 5 jt by 30 June; prognosis = sisa 7 jt + the DPPA's 2 jt
    assert rows[14] == ['5.1.02.02.01.0061', 'Belanja Tagihan Listrik', 12_000_000, 5_000_000, 7_000_000,
                        9_000_000, 'Rencana perubahan 2.000.000']
    assert rows[15][:6] == ['5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', 6_000_000,
                            2_500_000, 3_500_000, 3_500_000]
    assert rows[16][0] == 'JUMLAH' and rows[16][2:6] == [19_500_000, 7_500_000, 12_000_000, 14_000_000]


async def test_who_may_not_export_the_anggaran_gets_neither(lane_db):
    umum = await actor(f'Kepala {UMUM}')
    with pytest.raises(AccessDenied):
        await export_realisasi(umum, 2026, 6)
    with pytest.raises(AccessDenied):
        await export_semester(umum, 2026)


async def test_both_reports_are_made_from_the_anggaran_grid(user: User) -> None:
    await create_account('rina', KEPALA_KEUANGAN)
    await budget(await actor(KEPALA_KEUANGAN, 'rina-lane'))
    await log_in_as(user, 'rina', next_path='/tabel/anggaran')
    for key, marker, choose, expected in (
            ('realisasi', 'laporan-realisasi', {'bulan': 6}, 'LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN'),
            ('semester', 'laporan-semester', {}, 'PROGNOSIS 6 (ENAM) BULAN BERIKUTNYA')):
        button = await until(lambda: user.find(marker=marker), what=f'the {key} action')
        async with handled():
            button.click()
        await until(lambda: in_open_form(user, f'{key}-buat'), what=f'the {key} dialog')
        with user:
            in_open_form(user, f'{key}-tahun').value = '2026'
            for name, value in choose.items():
                in_open_form(user, f'{key}-{name}').value = value
        async with handled():
            user.find(marker=f'{key}-buat').click()
        response = await user.download.next(timeout=10)
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows()]
        assert any(expected in str(cell) for cell in rows[4]), rows[4]
    await user.should_see('Laporan semester pertama 2026 sudah dibuat (3 rekening).')
