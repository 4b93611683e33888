"""Issue #15: the SPJ fungsional of a month (core/keuangan_spj.py, exports/keuangan_reports.export_spj),
read from the Buku Kas Umum and the Anggaran: per kode rekening, LS gaji, LS barang dan jasa and UP/GU/TU
each up to last month, this month and up to this month, the jumlah and the sisa pagu, signed by the
Pengguna Anggaran and the Bendahara Pengeluaran; printed from Cetak Buku on the BKU grid."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
from nicegui.testing import User

from core.keuangan_spj import CaraSpj, spj_lines
from core.office import save_office_settings
from exports.keuangan_reports import export_spj
from models.keuangan import Anggaran, BukuKasUmum, JenisPencairan, PencairanDana
from models.perencanaan import Level, ProgramKegiatan
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import KEUANGAN, actor
from tests.test_keuangan_books import cetak_buku
from tests.rules_lane import lane_db  # noqa: F401

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'
GAJI, ATK = '5.1.01.01.01.0001', '5.1.02.01.01.0024'


async def sp2d(jenis: JenisPencairan, nilai: int, day: date) -> PencairanDana:
    return await PencairanDana.create(jenis=jenis, uraian=f'{jenis.value} {day}', nomor_spp=f'SPP-{jenis.value}-{day}',
                                      tanggal_spp=day, nilai_spp=Decimal(nilai), nomor_sp2d=f'SP2D-{jenis.value}-{day}',
                                      tanggal_sp2d=day, nilai_sp2d=Decimal(nilai))


async def treasury() -> None:
    """January: the UP received, ATK paid from it. February: gaji paid LS, ATK paid LS and from the UP,
    a tax deposit (no rekening: not spending). March: ATK again (after the month asked)."""
    await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.02', level=Level.KEGIATAN, kode_induk='7.01.01', nama='Adm')
    sub = await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.02.0001', level=Level.SUB_KEGIATAN,
                                       kode_induk='7.01.01.2.02', nama='Gaji dan Tunjangan ASN')
    await Anggaran.create(tahun=2026, sub_kegiatan=sub, kode_rekening=GAJI, uraian='Belanja Gaji Pokok PNS',
                          pagu=Decimal(100_000_000), pagu_berlaku=Decimal(100_000_000))
    for pagu in (6_000_000, 4_000_000):   # one rekening used by two sub kegiatan: one line, the pagu summed
        await Anggaran.create(tahun=2026, sub_kegiatan=sub, kode_rekening=ATK, uraian='Belanja Alat Tulis Kantor',
                              pagu=Decimal(pagu), pagu_berlaku=Decimal(pagu))
    up, ls_gaji, ls_atk = (await sp2d(JenisPencairan.UP, 10_000_000, date(2026, 1, 5)),
                           await sp2d(JenisPencairan.LS, 8_000_000, date(2026, 2, 2)),
                           await sp2d(JenisPencairan.LS, 3_000_000, date(2026, 2, 10)))
    for day, bukti, rekening, masuk, keluar, pencairan in (
            (date(2026, 1, 6), 'BKU-01', None, 10_000_000, 0, up),
            (date(2026, 1, 20), 'BKU-02', ATK, 0, 2_000_000, None),
            (date(2026, 2, 2), 'BKU-03', GAJI, 0, 8_000_000, ls_gaji),
            (date(2026, 2, 10), 'BKU-04', ATK, 0, 3_000_000, ls_atk),
            (date(2026, 2, 14), 'BKU-05', ATK, 0, 1_000_000, up),
            (date(2026, 2, 20), 'BKU-06', None, 0, 100_000, None),
            (date(2026, 3, 3), 'BKU-07', ATK, 0, 500_000, None)):
        await BukuKasUmum.create(tanggal=day, no_bukti=bukti, uraian=bukti, kode_rekening=rekening,
                                 penerimaan=Decimal(masuk), pengeluaran=Decimal(keluar), pencairan=pencairan)


async def test_the_month_is_split_by_way_of_payment_up_to_last_month_and_this_month(lane_db):
    await treasury()
    gaji, atk = await spj_lines(2026, 2)
    assert (gaji.kode_rekening, gaji.anggaran, gaji.ini[CaraSpj.LS_GAJI], gaji.jumlah, gaji.sisa) == \
        (GAJI, 100_000_000, 8_000_000, 8_000_000, 92_000_000)
    assert atk.anggaran == 10_000_000
    assert (atk.lalu[CaraSpj.LS_BARANG_JASA], atk.ini[CaraSpj.LS_BARANG_JASA]) == (0, 3_000_000)
    assert (atk.lalu[CaraSpj.UP_GU_TU], atk.ini[CaraSpj.UP_GU_TU], atk.sampai(CaraSpj.UP_GU_TU)) == \
        (2_000_000, 1_000_000, 3_000_000)
    assert (atk.jumlah, atk.sisa) == (6_000_000, 4_000_000)   # March's payment is not yet in February's SPJ


async def test_the_spj_in_its_fourteen_columns_signed_by_the_pengguna_anggaran_and_the_bendahara(lane_db):
    await treasury()
    assert await save_office_settings({'bendahara_nama': 'Rina Wulandari', 'bendahara_nip': '198801012015032004',
                                       'camat_nama': 'Drs. Contoh Nama, M.Si'}) == {}
    made, count = await export_spj(await actor(KEPALA_KEUANGAN), 2026, 2)
    assert count == 2
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(made.path).active.iter_rows()]
    assert rows[4][0] == 'LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN (SPJ BELANJA - FUNGSIONAL)'
    assert rows[5][0] == 'Bulan Februari Tahun Anggaran 2026'
    assert [rows[7][c] for c in (0, 1, 2, 3, 6, 9, 12, 13)] == [
        'Kode Rekening', 'Uraian', 'Jumlah Anggaran (Rp)', 'SPJ-LS Gaji', 'SPJ-LS Barang dan Jasa', 'SPJ UP/GU/TU',
        'Jumlah SPJ (LS + UP/GU/TU) s.d. Bulan Ini', 'Sisa Pagu Anggaran']
    assert rows[8][3:6] == ['s.d. Bulan Lalu', 'Bulan Ini', 's.d. Bulan Ini']
    assert rows[9] == [str(n) for n in range(1, 15)]
    assert rows[11] == [ATK, 'Belanja Alat Tulis Kantor', 10_000_000, 0, 0, 0, 0, 3_000_000, 3_000_000,
                        2_000_000, 1_000_000, 3_000_000, 6_000_000, 4_000_000]
    assert rows[12][0] == 'JUMLAH' and rows[12][2:] == [110_000_000, 0, 8_000_000, 8_000_000, 0, 3_000_000,
                                                        3_000_000, 2_000_000, 1_000_000, 3_000_000, 14_000_000,
                                                        96_000_000]
    signed = [cell for row in rows[13:] for cell in row if cell]
    for expected in ('Disetujui oleh,', 'Pengguna Anggaran (CAMAT CANDIPURO)', 'Drs. Contoh Nama, M.Si',
                     'Bendahara Pengeluaran', 'Rina Wulandari', 'NIP. 198801012015032004'):
        assert expected in signed, expected


async def test_a_bendahara_nip_that_is_not_18_digits_is_refused(lane_db):
    assert await save_office_settings({'bendahara_nip': '1988'}) == {'bendahara_nip': 'NIP terdiri dari 18 angka.'}


async def test_the_treasurer_prints_the_spj_from_cetak_buku(user: User) -> None:
    await create_account('rina', KEPALA_KEUANGAN)
    await treasury()
    await log_in_as(user, 'rina', next_path='/tabel/buku_kas_umum')
    content = await cetak_buku(user, 2026, 2, 'spj')
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows()]
    assert rows[4][0].startswith('LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN') and rows[10][0] == GAJI
