"""Issue #15, Pengelolaan Keuangan (M3): taxes withheld on a BKU payment (potongan_pajak) and deposited
later as their own dated entry (setoran_pajak). The buku pembantu pajak balances per jenis and month:
pungut = setor + saldo belum disetor, also when the deposit falls in the next month after the month of the
payment was closed. Written through core.records as the seeded Kepala Subbag Keuangan."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from core import records
from core.keuangan_books import TaxMove, buku_pajak, month_bounds, pajak_balance
from core.record_checks import GENERAL
from models.keuangan import BukuKasUmum, PotonganPajak, SetoranPajak
from models.table import TABLES
from tests.rules_lane import KEUANGAN, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'
BILLING = '012345678901234'


def payment(tanggal: str, no_bukti: str, nilai: str) -> dict:
    return {'tanggal': tanggal, 'no_bukti': no_bukti, 'uraian': f'Pembayaran {no_bukti}', 'buku': 'Bank',
            'pengeluaran': nilai, 'kode_rekening': '5.1.02.01.01.0024'}


def setoran(tanggal: str, potongan_id: int, nilai: str, ntpn: str) -> dict:
    return {'tanggal': tanggal, 'potongan': potongan_id, 'kode_billing': BILLING, 'ntpn': ntpn, 'nilai': nilai}


def test_the_balance_per_jenis_carries_what_is_not_yet_deposited_into_the_next_month():
    moves = [TaxMove(date(2026, 1, 20), 'PPN', Decimal(1_100_000), Decimal(0)),
             TaxMove(date(2026, 1, 20), 'PPh Pasal 22', Decimal(150_000), Decimal(0)),
             TaxMove(date(2026, 1, 30), 'PPN', Decimal(0), Decimal(600_000)),
             TaxMove(date(2026, 2, 9), 'PPN', Decimal(0), Decimal(500_000)),
             TaxMove(date(2026, 2, 9), 'PPh Pasal 22', Decimal(0), Decimal(150_000)),
             TaxMove(date(2026, 2, 16), 'PPh Pasal 23', Decimal(40_000), Decimal(0)),
             TaxMove(date(2026, 3, 2), 'PPh Pasal 23', Decimal(0), Decimal(40_000))]
    january = {row.jenis: row for row in pajak_balance(moves, 2026, 1)}
    assert [(r.saldo_awal, r.pungut, r.setor, r.saldo_akhir) for r in january.values()] == [
        (0, 1_100_000, 600_000, 500_000), (0, 150_000, 0, 150_000)]
    february = pajak_balance(moves, 2026, 2)
    assert [(r.jenis, r.saldo_awal, r.pungut, r.setor, r.saldo_akhir) for r in february] == [
        ('PPN', 500_000, 0, 500_000, 0), ('PPh Pasal 22', 150_000, 0, 150_000, 0), ('PPh Pasal 23', 0, 40_000, 0, 40_000)]
    for bulan in (1, 2, 3):   # up to each month's end: pungut = setor + saldo belum disetor, per jenis
        for row in pajak_balance(moves, 2026, bulan):
            up_to = [m for m in moves if m.jenis == row.jenis and m.tanggal <= month_bounds(2026, bulan)[1]]
            assert sum(m.pungut for m in up_to) == sum(m.setor for m in up_to) + row.saldo_akhir


async def test_a_tax_withheld_in_a_closed_month_is_deposited_in_the_next_and_the_book_balances(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    assert (await save('buku_kas_umum', kepala, payment('26/01/2026', 'BKU-014', '11.100.000'))).ok
    entry = await BukuKasUmum.get(no_bukti='BKU-014')
    for jenis, nilai in (('PPN', '1.000.000'), ('PPh Pasal 22', '150.000')):
        assert (await save('potongan_pajak', kepala, {'entri': entry.id, 'jenis': jenis, 'nilai': nilai})).ok
    ppn, pph22 = await PotonganPajak.filter(entri_id=entry.id).order_by('id')
    assert (ppn.tanggal, ppn.no_bukti) == (date(2026, 1, 26), 'BKU-014')
    refused(await save('potongan_pajak', kepala, {'entri': entry.id, 'jenis': 'PPh Pasal 23', 'nilai': '10.000.000'}),
            'nilai', 'tidak boleh melebihi pembayarannya')
    assert (await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '1', 'tanggal': '31/01/2026'})).ok

    # January is closed: its taxes are fixed, yet they are deposited in February
    refused(await save('potongan_pajak', kepala, {'entri': entry.id, 'jenis': 'PPh Pasal 23', 'nilai': '1.000'}),
            'entri', 'Buku bulan Januari 2026 sudah ditutup')
    refused(await save('setoran_pajak', kepala, setoran('30/01/2026', ppn.id, '1.000.000', '0A1B2C3D4E5F6G7H')),
            'tanggal', 'Buku bulan Januari 2026 sudah ditutup')
    assert (await save('setoran_pajak', kepala, setoran('09/02/2026', ppn.id, '600.000', '0a1b2c3d4e5f6g7h'))).ok
    assert (await SetoranPajak.get(potongan_id=ppn.id)).ntpn == '0A1B2C3D4E5F6G7H'
    refused(await save('setoran_pajak', kepala, setoran('10/02/2026', ppn.id, '500.000', '1A1B2C3D4E5F6G7H')),
            'nilai', 'melebihi pungutan yang belum disetor (Rp 400.000)')

    rekap, moves = await buku_pajak(2026, 1)
    assert [(r.jenis, r.pungut, r.setor, r.saldo_akhir) for r in rekap] == [
        ('PPN', 1_000_000, 0, 1_000_000), ('PPh Pasal 22', 150_000, 0, 150_000)]
    rekap, moves = await buku_pajak(2026, 2)
    assert [(r.jenis, r.saldo_awal, r.pungut, r.setor, r.saldo_akhir) for r in rekap] == [
        ('PPN', 1_000_000, 0, 600_000, 400_000), ('PPh Pasal 22', 150_000, 0, 0, 150_000)]
    assert [(m.tanggal, m.no_bukti, m.setor) for m in moves] == [(date(2026, 2, 9), '0A1B2C3D4E5F6G7H', 600_000)]

    # a deposited pungutan, and the payment it came from, stay
    removed = await records.delete(TABLES['potongan_pajak'], kepala, pph22.id)
    assert not removed.ok and 'Januari 2026' in removed.errors[GENERAL]
    assert (await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '3', 'tanggal': '31/03/2026'})).ok


async def test_kode_billing_and_ntpn_are_checked(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    assert (await save('buku_kas_umum', kepala, payment('03/03/2026', 'BKU-031', '2.000.000'))).ok
    entry = await BukuKasUmum.get(no_bukti='BKU-031')
    assert (await save('potongan_pajak', kepala, {'entri': entry.id, 'jenis': 'PPh Pasal 23', 'nilai': '40.000'})).ok
    potongan = await PotonganPajak.get(entri_id=entry.id)
    good = setoran('05/03/2026', potongan.id, '40.000', 'A1B2C3D4E5F6G7H8')
    for field, value, message in (('kode_billing', '01234567890123', 'Kode billing harus 15 digit angka.'),
                                  ('kode_billing', '01234567890123X', 'Kode billing harus 15 digit angka.'),
                                  ('ntpn', 'A1B2C3D4E5F6G7H', 'NTPN terdiri dari 16 huruf atau angka.'),
                                  ('ntpn', 'A1B2C3D4E5F6G7-8', 'NTPN terdiri dari 16 huruf atau angka.'),
                                  ('tanggal', '02/03/2026', 'tidak boleh sebelum tanggal pembayarannya (03/03/2026)')):
        refused(await save('setoran_pajak', kepala, {**good, field: value}), field, message)
    assert (await save('setoran_pajak', kepala, {**good, 'nilai': '10.000'})).ok
    refused(await save('setoran_pajak', kepala, {**good, 'nilai': '30.000'}), 'ntpn', 'sudah dicatat')
    # a receipt carries no tax; a deposited payment is not deleted
    assert (await save('buku_kas_umum', kepala, {**payment('03/03/2026', 'SP2D-X', '0'), 'penerimaan': '5.000.000'})).ok
    receipt = await BukuKasUmum.get(no_bukti='SP2D-X')
    refused(await save('potongan_pajak', kepala, {'entri': receipt.id, 'jenis': 'PPN', 'nilai': '1.000'}),
            'entri', 'hanya pada entri pengeluaran')
    removed = await records.delete(TABLES['buku_kas_umum'], kepala, entry.id)
    assert not removed.ok and 'sudah disetor' in removed.errors[GENERAL]
    assert await SetoranPajak.all().count() == 1
