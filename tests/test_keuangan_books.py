"""Issue #15, Pengelolaan Keuangan (M3): the Buku Kas Umum of the bendahara pengeluaran. Its saldo is
computed on reading, in the order of tanggal and entry, so an edit in the past moves every later saldo; a
month closed by a Tutup Buku row refuses any write or delete dated in it, with the message beside the
field and nothing saved. Service-level tests write through core.records as the seeded Kepala Subbag
Keuangan (tests/rules_lane.py); one form test drives the page."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace

import pytest
from nicegui.testing import User

from core import records
from core.record_checks import GENERAL
from core.keuangan_books import book_lines, running_balance, saldo_on
from models.keuangan import BukuKasUmum, BukuPembantu
from models.table import TABLES
from tests.conftest import handled, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import KEUANGAN, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'
CLOSED = 'Buku bulan Januari 2026 sudah ditutup'


def entry(tanggal: str, no_bukti: str, penerimaan: str = '0', pengeluaran: str = '0', **extra) -> dict:
    return {'tanggal': tanggal, 'no_bukti': no_bukti, 'uraian': f'Transaksi {no_bukti}', 'buku': 'Bank',
            'penerimaan': penerimaan, 'pengeluaran': pengeluaran, **extra}


def test_the_saldo_runs_in_the_order_of_tanggal_then_entry_and_follows_an_edit_in_the_past():
    def row(id_, day, masuk=0, keluar=0):
        return SimpleNamespace(id=id_, tanggal=date(2026, 1, day), no_bukti=f'B{id_}', uraian='', kode_rekening=None,
                               buku=BukuPembantu.BANK, penerimaan=Decimal(masuk), pengeluaran=Decimal(keluar))
    # typed out of order: #4 is dated before #2 and #3, and #3 shares its day with #2
    rows = [row(1, 2, masuk=10_000_000), row(2, 9, keluar=1_500_000), row(3, 9, keluar=500_000),
            row(4, 5, keluar=2_000_000)]
    lines = running_balance(rows)
    assert [line.entry_id for line in lines] == [1, 4, 2, 3]
    assert [line.nomor for line in lines] == [1, 2, 3, 4]
    assert [line.saldo for line in lines] == [10_000_000, 8_000_000, 6_500_000, 6_000_000]
    rows[3].pengeluaran = Decimal(3_000_000)        # the entry of the 5th is corrected
    assert [line.saldo for line in running_balance(rows)] == [10_000_000, 7_000_000, 5_500_000, 5_000_000]


async def test_an_entry_changed_in_the_past_moves_every_later_saldo(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    for values in (entry('02/02/2026', 'SP2D-UP/01', penerimaan='25.000.000'),
                   entry('10/02/2026', 'BKU-02', pengeluaran='4.000.000', kode_rekening='5.1.02.01.01.0024'),
                   entry('20/02/2026', 'BKU-03', pengeluaran='1.000.000', kode_rekening='5.1.02.01.01.0052')):
        assert (await save('buku_kas_umum', kepala, values)).ok
    assert [line.saldo for line in await book_lines(2026, 2)] == [25_000_000, 21_000_000, 20_000_000]
    first_payment = await BukuKasUmum.get(no_bukti='BKU-02')
    assert (await save('buku_kas_umum', kepala, {'pengeluaran': '4.500.000'}, row_id=first_payment.id)).ok
    assert [line.saldo for line in await book_lines(2026, 2)] == [25_000_000, 20_500_000, 19_500_000]
    assert await saldo_on(date(2026, 2, 15)) == 20_500_000


async def test_a_closed_month_refuses_every_write_and_delete_dated_in_it(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    assert (await save('buku_kas_umum', kepala, entry('05/01/2026', 'SP2D-UP/01', penerimaan='10.000.000'))).ok
    january = await BukuKasUmum.get(no_bukti='SP2D-UP/01')
    assert (await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '1', 'tanggal': '31/01/2026'})).ok

    refused(await save('buku_kas_umum', kepala, entry('20/01/2026', 'BKU-09', pengeluaran='1.000')), 'tanggal', CLOSED)
    refused(await save('buku_kas_umum', kepala, {'penerimaan': '9.000.000'}, row_id=january.id), 'tanggal', CLOSED)
    refused(await save('buku_kas_umum', kepala, {'tanggal': '02/02/2026'}, row_id=january.id), 'tanggal', CLOSED)
    removed = await records.delete(TABLES['buku_kas_umum'], kepala, january.id)
    assert not removed.ok and CLOSED in removed.errors[GENERAL], removed.errors
    stored = await BukuKasUmum.get(id=january.id)
    assert (stored.deleted_at, stored.penerimaan, stored.tanggal) == (None, Decimal(10_000_000), date(2026, 1, 5))
    assert await BukuKasUmum.all().count() == 1
    # a correction is a new entry in an open month
    assert (await save('buku_kas_umum', kepala, entry('02/02/2026', 'BKU-K01', pengeluaran='1.000',
                                                      uraian='Koreksi BKU Januari'))).ok
    # an entry deleted before its month was closed stays in the trash
    correction = await BukuKasUmum.get(no_bukti='BKU-K01')
    assert (await records.delete(TABLES['buku_kas_umum'], kepala, correction.id)).ok
    assert (await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '2', 'tanggal': '28/02/2026'})).ok
    restored = await records.restore(TABLES['buku_kas_umum'], kepala, correction.id)
    assert not restored.ok and 'Februari 2026' in restored.errors[GENERAL], restored.errors
    assert (await BukuKasUmum.get(id=correction.id)).deleted_at is not None


async def test_each_rule_of_the_books_refuses_its_bad_input(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    refused(await save('buku_kas_umum', kepala, entry('05/03/2026', 'X', penerimaan='1.000', pengeluaran='1.000')),
            'pengeluaran', 'penerimaan atau pengeluaran, tidak keduanya')
    refused(await save('buku_kas_umum', kepala, entry('05/03/2026', 'X')), 'penerimaan',
            'Isi penerimaan atau pengeluaran.')
    refused(await save('buku_kas_umum', kepala, entry('05/03/2026', 'X', pengeluaran='1.000', kode_rekening='5.1.2')),
            'kode_rekening', 'Kode rekening')
    refused(await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '3', 'tanggal': '30/03/2026'}), 'tanggal',
            'Tutup buku paling cepat pada hari terakhir bulannya (31/03/2026).')
    assert (await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '3', 'tanggal': '31/03/2026'})).ok
    refused(await save('tutup_buku', kepala, {'tahun': '2026', 'bulan': '3', 'tanggal': '01/04/2026'}), 'bulan',
            'Bulan Maret 2026 sudah ditutup.')
    assert await BukuKasUmum.all().count() == 0


async def test_the_treasurer_adds_an_entry_and_the_book_shows_its_saldo(user: User) -> None:
    await create_account('rina', KEPALA_KEUANGAN)
    await BukuKasUmum.create(tanggal=date(2026, 4, 1), no_bukti='SP2D-GU/04', uraian='Penerimaan SP2D GU',
                             penerimaan=Decimal(12_000_000))
    await log_in_as(user, 'rina', next_path='/tabel/buku_kas_umum')
    await open_form_by(user, 'tambah')
    for name, value in (('tanggal', '03/04/2026'), ('no_bukti', 'BKU-0412'), ('uraian', 'Pembelian ATK'),
                        ('kode_rekening', '5.1.02.01.01.0024'), ('pengeluaran', '2.750.000')):
        in_open_form(user, f'field-{name}').value = value
    assert await submit_form(user) == {}
    lines = await book_lines(2026, 4)
    assert [(line.no_bukti, line.saldo) for line in lines] == [('SP2D-GU/04', 12_000_000), ('BKU-0412', 9_250_000)]


async def test_the_printed_bku_brings_the_saldo_forward_and_ends_with_the_month_total(lane_db):
    import openpyxl
    from exports.keuangan_reports import export_book
    kepala = await actor(KEPALA_KEUANGAN)
    for values in (entry('06/01/2026', 'SP2D-UP/01', penerimaan='10.000.000'),
                   entry('03/02/2026', 'BKU-01', pengeluaran='2.500.000', kode_rekening='5.1.02.01.01.0024'),
                   entry('12/02/2026', 'BKU-02', pengeluaran='500.000', kode_rekening='5.1.02.01.01.0052')):
        assert (await save('buku_kas_umum', kepala, values)).ok
    made, count = await export_book(kepala, 2026, 2)
    sheet = openpyxl.load_workbook(made.path).active
    assert count == 2 and sheet['A5'].value == 'BUKU KAS UMUM BENDAHARA PENGELUARAN'
    assert sheet['A6'].value == 'Bulan Februari Tahun Anggaran 2026'
    assert [cell.value for cell in sheet[8]] == ['No.', 'Tanggal', 'No. Bukti', 'Uraian', 'Kode Rekening',
                                                  'Penerimaan (Rp)', 'Pengeluaran (Rp)', 'Saldo (Rp)']
    assert (sheet['A9'].value, sheet['H9'].value) == ('Saldo bulan lalu', 10_000_000)
    assert [(sheet[f'C{r}'].value, sheet[f'E{r}'].value, sheet[f'H{r}'].value) for r in (10, 11)] == \
        [('BKU-01', '5.1.02.01.01.0024', 7_500_000), ('BKU-02', '5.1.02.01.01.0052', 7_000_000)]
    assert [sheet[f'{c}12'].value for c in 'AFGH'] == ['Jumlah bulan ini', 0, 3_000_000, 7_000_000]


async def test_the_treasurer_prints_a_month_of_the_bku_and_the_buku_pajak_from_the_grid(user: User) -> None:
    import io

    import openpyxl

    from models.keuangan import JenisPajak, PotonganPajak, SetoranPajak

    def sheet(content: bytes) -> list[list]:
        return [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows()]

    await create_account('rina', KEPALA_KEUANGAN)
    await BukuKasUmum.create(tanggal=date(2026, 1, 7), no_bukti='SP2D-UP/01', uraian='Penerimaan UP',
                             penerimaan=Decimal(10_000_000))
    paid = await BukuKasUmum.create(tanggal=date(2026, 2, 3), no_bukti='BKU-0201', uraian='Honorarium narasumber',
                                    kode_rekening='5.1.02.01.01.0024', pengeluaran=Decimal(2_000_000))
    pph = await PotonganPajak.create(entri=paid, jenis=JenisPajak.PPH_21, nilai=Decimal(100_000),
                                     tanggal=paid.tanggal, no_bukti=paid.no_bukti)
    await SetoranPajak.create(tanggal=date(2026, 2, 20), potongan=pph, kode_billing='012345678901234',
                              ntpn='0A1B2C3D4E5F6G7H', nilai=Decimal(60_000))
    await log_in_as(user, 'rina', next_path='/tabel/buku_kas_umum')
    for buku, check in (('bku', lambda rows: ['Saldo bulan lalu', None, None, None, None, None, None, 10_000_000]
                         in rows and [1 + 1, datetime(2026, 2, 3), 'BKU-0201', 'Honorarium narasumber',
                                      '5.1.02.01.01.0024', 0, 2_000_000, 8_000_000] in rows),
                        ('pajak', lambda rows: ['PPh Pasal 21', None, None, None, 0, 100_000, 60_000, 40_000]
                         in rows)):
        rows = sheet(await cetak_buku(user, 2026, 2, buku))
        assert check(rows), rows


async def cetak_buku(user: User, tahun: int, bulan: int, jenis: str) -> bytes:
    """Lainnya → Cetak Buku on the BKU grid, the year, month and book chosen, Cetak: the file handed over."""
    button = await until(lambda: user.find(marker='cetak-buku'), what='the Cetak Buku action')
    async with handled():
        button.click()
    await until(lambda: in_open_form(user, 'buku-buat'), what='the Cetak Buku dialog')
    with user:
        in_open_form(user, 'buku-tahun').value = str(tahun)
        in_open_form(user, 'buku-bulan').value = bulan
        in_open_form(user, 'buku-jenis').value = jenis
    async with handled():
        user.find(marker='buku-buat').click()
    return (await user.download.next(timeout=10)).content

