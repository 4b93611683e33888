"""The treasurer's books printed: the Buku Kas Umum of the bendahara pengeluaran, or one buku pembantu
(kas tunai, bank, pajak, panjar), or the SPJ fungsional, for one month of a tahun anggaran.

Layout: the kop, the title and the month, the saldo brought from the months before, one line per entry
(No, Tanggal, No. Bukti, Uraian, Kode Rekening, Penerimaan, Pengeluaran, Saldo), the month's Jumlah, the
saldo carried on, and the signature. The columns are the ones the issue names for the BKU; the Lampiran of
Permendagri 77/2020 was not found as text, so they are to be checked against it. The saldo is
core.keuangan_books' (computed on reading, never stored). Offered on the Buku Kas Umum grid by
pages/keuangan_books_dialog.py (tahun, bulan, buku).

The buku pembantu pajak (export_buku_pajak) lists the month's taxes withheld and deposited with a running
saldo belum disetor, then a rekap per jenis pajak (saldo bulan lalu, pungut, setor, belum disetor), from
core.keuangan_books.buku_pajak; its columns are a proposal likewise.

The SPJ fungsional of a month (export_spj, "Laporan Pertanggungjawaban Bendahara Pengeluaran (SPJ
Belanja - Fungsional)") is read by core.keuangan_spj: per kode rekening the anggaran, the SPJ-LS gaji,
SPJ-LS barang dan jasa and SPJ UP/GU/TU each s.d. bulan lalu / bulan ini / s.d. bulan ini, the jumlah
and the sisa pagu, in 14 numbered columns, signed by the Pengguna Anggaran and the Bendahara
Pengeluaran (Data Kantor). The columns are the form of Permendagri 13/2006 as Pemda systems still print
it; the Lampiran of Permendagri 77/2020 was not read.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from core import access, audit, user_files
from core.access import Action, Actor
from core.keuangan_books import BkuLine, PajakSaldo, TaxMove, book_lines, buku_pajak
from core.keuangan_spj import CaraSpj, SpjLine, spj_lines, spj_total
from core.office import office_settings
from exports.bmd_reports import signer
from exports.report_export import letterhead
from exports.xlsx_writer import BOOK, apply_print_setup, export_filename
from forms.indonesian import WIB, format_long_date, format_number
from locales import t
from models.audit import AuditAction
from models.keuangan import BukuKasUmum, BukuPembantu, month_name

COLUMNS = ('no', 'tanggal', 'no_bukti', 'uraian', 'kode_rekening', 'penerimaan', 'pengeluaran', 'saldo')
WIDTHS = (5, 11, 18, 40, 19, 16, 16, 17)
HEADING_ROW = 7       # after the kop (3 lines), a blank row, the title, the month, a blank row
MONEY = '#,##0.00'


@dataclass(frozen=True)
class BookFormats:
    """The cell formats every printed book of the treasurer uses."""
    head: Format
    cell: Format
    day: Format
    money: Format
    bold: Format
    bold_money: Format


def open_book(path: Path, sheet: str, kop: tuple[str, ...], title: str, period: str,
              widths: tuple[float, ...]) -> tuple[xlsxwriter.Workbook, Worksheet, BookFormats]:
    """A workbook with its one sheet begun: the column widths, the kop, the title and the period
    above HEADING_ROW, and the formats of the rows below."""
    wb = xlsxwriter.Workbook(str(path), {'strings_to_formulas': False, 'strings_to_urls': False,
                                         'strings_to_numbers': False})
    ws = wb.add_worksheet(sheet)
    last = len(widths) - 1
    centre = {'align': 'center', 'valign': 'vcenter'}
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    for i, line in enumerate(kop):
        ws.merge_range(i, 0, i, last, line, wb.add_format({'bold': True, **centre, 'font_size': 14 if i < 2 else 11}))
    ws.merge_range(HEADING_ROW - 3, 0, HEADING_ROW - 3, last, title, wb.add_format({'bold': True, 'font_size': 13,
                                                                                   **centre}))
    ws.merge_range(HEADING_ROW - 2, 0, HEADING_ROW - 2, last, period, wb.add_format(centre))
    return wb, ws, BookFormats(
        head=wb.add_format({'bold': True, 'border': 1, 'text_wrap': True, 'bg_color': '#D9E1F2', **centre}),
        cell=wb.add_format({'border': 1, 'valign': 'top', 'text_wrap': True}),
        day=wb.add_format({'border': 1, 'valign': 'top', 'num_format': 'dd/mm/yyyy'}),
        money=wb.add_format({'border': 1, 'valign': 'top', 'num_format': MONEY}),
        bold=wb.add_format({'border': 1, 'bold': True, 'valign': 'top', 'text_wrap': True}),
        bold_money=wb.add_format({'border': 1, 'bold': True, 'valign': 'top', 'num_format': MONEY}))


def sign_and_close(wb: xlsxwriter.Workbook, ws: Worksheet, signature: tuple[str, ...], row: int, first: int,
                   last: int, heading: tuple[int, int] = (HEADING_ROW, HEADING_ROW)) -> None:
    """The signature block below `row` across columns first..last, the books' print setup (the heading
    rows repeated on every page), and the file closed."""
    for i, text in enumerate(signature, start=row + 2):
        ws.merge_range(i, first, i, last, text, wb.add_format({'align': 'center'}))
    apply_print_setup(ws, BOOK, heading)
    wb.close()


def write_book(path: Path, kop: tuple[str, ...], signature: tuple[str, ...], title: str, period: str,
               brought: Decimal, lines: list[BkuLine]) -> None:
    """The workbook, written at once (runs on a worker thread)."""
    wb, ws, f = open_book(path, 'BKU', kop, title, period, WIDTHS)
    for c, key in enumerate(COLUMNS):
        ws.write_string(HEADING_ROW, c, t(f'keuangan.laporan.kolom.{key}'), f.head)
    cell, day, money, bold, bold_money = f.cell, f.day, f.money, f.bold, f.bold_money
    row = HEADING_ROW + 1
    ws.merge_range(row, 0, row, 6, t('keuangan.laporan.saldo_lalu'), bold)
    ws.write_number(row, 7, float(brought), bold_money)
    for line in lines:
        row += 1
        ws.write_number(row, 0, line.nomor, cell)
        ws.write_datetime(row, 1, datetime(line.tanggal.year, line.tanggal.month, line.tanggal.day), day)
        for c, text in ((2, line.no_bukti), (3, line.uraian), (4, line.kode_rekening)):
            ws.write_string(row, c, text, cell)
        for c, value in ((5, line.penerimaan), (6, line.pengeluaran), (7, line.saldo)):
            ws.write_number(row, c, float(value), money)
    row += 1
    ws.merge_range(row, 0, row, 4, t('keuangan.laporan.jumlah'), bold)
    ws.write_number(row, 5, float(sum((line.penerimaan for line in lines), Decimal(0))), bold_money)
    ws.write_number(row, 6, float(sum((line.pengeluaran for line in lines), Decimal(0))), bold_money)
    ws.write_number(row, 7, float(lines[-1].saldo if lines else brought), bold_money)
    sign_and_close(wb, ws, signature, row, 5, len(COLUMNS) - 1)


async def export_book(actor: Actor, tahun: int, bulan: int,
                      buku: BukuPembantu | None = None) -> tuple[user_files.UserFile, int]:
    """The BKU (or one buku pembantu) of one month, for who may export the Buku Kas Umum."""
    spec = BukuKasUmum.panel
    access.require(actor, Action.EKSPOR, spec)
    year = await book_lines(tahun, buku=buku)
    before = [line for line in year if line.tanggal < date(tahun, bulan, 1)]
    lines = [line for line in year if line.tanggal.month == bulan]
    brought = before[-1].saldo if before else Decimal(0)
    now = datetime.now(WIB)
    title = t('keuangan.laporan.judul_bku') if buku is None else t('keuangan.laporan.judul_pembantu', buku=buku.value)
    kop = await letterhead(now.date())
    name = export_filename(t('keuangan.laporan.berkas'), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_book, made.path, kop.lines, kop.signature, title,
                                t('keuangan.laporan.periode', bulan=month_name(bulan), tahun=tahun), brought, lines)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=title, n=format_number(len(lines))))
    return made, len(lines)


PAJAK_COLUMNS = ('no', 'tanggal', 'no_bukti', 'uraian', 'jenis_pajak', 'pungut', 'setor', 'saldo')
REKAP_COLUMNS = ('jenis_pajak', 'saldo_lalu', 'pungut', 'setor', 'belum_disetor')


def write_buku_pajak(path: Path, kop: tuple[str, ...], signature: tuple[str, ...], title: str, period: str,
                     rekap: list[PajakSaldo], moves: list[TaxMove]) -> None:
    """The workbook of the buku pembantu pajak, written at once (runs on a worker thread)."""
    wb, ws, f = open_book(path, 'Pajak', kop, title, period, (5, 11, 20, 36, 24, 16, 16, 17))
    last = len(PAJAK_COLUMNS) - 1
    head, cell, day, money, bold, bold_money = f.head, f.cell, f.day, f.money, f.bold, f.bold_money
    for c, key in enumerate(PAJAK_COLUMNS):
        ws.write_string(HEADING_ROW, c, t(f'keuangan.laporan.kolom.{key}'), head)
    saldo = sum((item.saldo_awal for item in rekap), Decimal(0))
    row = HEADING_ROW + 1
    ws.merge_range(row, 0, row, 6, t('keuangan.laporan.saldo_lalu'), bold)
    ws.write_number(row, 7, float(saldo), bold_money)
    for nomor, move in enumerate(moves, start=1):
        row += 1
        saldo += move.pungut - move.setor
        ws.write_number(row, 0, nomor, cell)
        ws.write_datetime(row, 1, datetime(move.tanggal.year, move.tanggal.month, move.tanggal.day), day)
        for c, text in ((2, move.no_bukti), (3, move.uraian), (4, move.jenis)):
            ws.write_string(row, c, text, cell)
        for c, value in ((5, move.pungut), (6, move.setor), (7, saldo)):
            ws.write_number(row, c, float(value), money)
    row += 1
    ws.merge_range(row, 0, row, 4, t('keuangan.laporan.jumlah'), bold)
    ws.write_number(row, 5, float(sum((m.pungut for m in moves), Decimal(0))), bold_money)
    ws.write_number(row, 6, float(sum((m.setor for m in moves), Decimal(0))), bold_money)
    ws.write_number(row, 7, float(saldo), bold_money)
    row += 2
    ws.merge_range(row, 0, row, last, t('keuangan.laporan.rekap_pajak'), wb.add_format({'bold': True}))
    row += 1
    ws.merge_range(row, 0, row, 3, t('keuangan.laporan.kolom.jenis_pajak'), head)
    for c, key in enumerate(REKAP_COLUMNS[1:], start=4):
        ws.write_string(row, c, t(f'keuangan.laporan.kolom.{key}'), head)
    for item in rekap:
        row += 1
        ws.merge_range(row, 0, row, 3, item.jenis, cell)
        for c, value in enumerate((item.saldo_awal, item.pungut, item.setor, item.saldo_akhir), start=4):
            ws.write_number(row, c, float(value), money)
    sign_and_close(wb, ws, signature, row, 5, last)


async def export_buku_pajak(actor: Actor, tahun: int, bulan: int) -> tuple[user_files.UserFile, int]:
    """The buku pembantu pajak of one month, for who may export the Buku Kas Umum."""
    spec = BukuKasUmum.panel
    access.require(actor, Action.EKSPOR, spec)
    rekap, moves = await buku_pajak(tahun, bulan)
    now = datetime.now(WIB)
    title = t('keuangan.laporan.judul_pajak')
    kop = await letterhead(now.date())
    name = export_filename(t('keuangan.laporan.berkas_pajak'), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_buku_pajak, made.path, kop.lines, kop.signature, title,
                                t('keuangan.laporan.periode', bulan=month_name(bulan), tahun=tahun), rekap, moves)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=title, n=format_number(len(moves))))
    return made, len(moves)


SPJ_CARA = (CaraSpj.LS_GAJI, CaraSpj.LS_BARANG_JASA, CaraSpj.UP_GU_TU)
SPJ_WIDTHS = (19, 34, 16, *([14] * 9), 16, 16)


def write_spj(path: Path, kop: tuple[str, ...], signatures: tuple[tuple[str, ...], tuple[str, ...]], title: str,
              period: str, lines: list[SpjLine]) -> None:
    """The SPJ fungsional of one month in its 14 numbered columns: kode rekening, uraian, anggaran,
    then for SPJ-LS gaji, SPJ-LS barang dan jasa and SPJ UP/GU/TU each s.d. bulan lalu, bulan ini and
    s.d. bulan ini, the jumlah SPJ s.d. bulan ini and the sisa pagu; the Pengguna Anggaran and the
    Bendahara Pengeluaran sign below."""
    wb, ws, f = open_book(path, 'SPJ', kop, title, period, SPJ_WIDTHS)
    top, sub, numbers = HEADING_ROW, HEADING_ROW + 1, HEADING_ROW + 2
    for c, key in ((0, 'kode_rekening'), (1, 'uraian'), (2, 'anggaran'), (12, 'jumlah_spj'), (13, 'sisa_pagu')):
        ws.merge_range(top, c, sub, c, t(f'keuangan.spj.laporan.kolom.{key}'), f.head)
    for i, cara in enumerate(SPJ_CARA):
        ws.merge_range(top, 3 + 3 * i, top, 5 + 3 * i, t(f'keuangan.spj.laporan.cara.{cara.value}'), f.head)
        for j, key in enumerate(('sd_lalu', 'ini', 'sd_ini')):
            ws.write_string(sub, 3 + 3 * i + j, t(f'keuangan.spj.laporan.kolom.{key}'), f.head)
    for c in range(14):
        ws.write_string(numbers, c, str(c + 1), f.head)

    def figures(line: SpjLine) -> list[Decimal]:
        values = [line.anggaran]
        for cara in SPJ_CARA:
            values += [line.lalu[cara], line.ini[cara], line.sampai(cara)]
        return values + [line.jumlah, line.sisa]
    row = numbers
    for line in lines:
        row += 1
        ws.write_string(row, 0, line.kode_rekening, f.cell)
        ws.write_string(row, 1, line.uraian, f.cell)
        for c, value in enumerate(figures(line), start=2):
            ws.write_number(row, c, float(value), f.money)
    row += 1
    ws.merge_range(row, 0, row, 1, t('keuangan.spj.laporan.jumlah'), f.bold)
    for c, value in enumerate(figures(spj_total(lines)), start=2):
        ws.write_number(row, c, float(value), f.bold_money)
    plain = wb.add_format({'align': 'center'})
    for block, (first, last) in zip(signatures, ((0, 2), (9, 13))):
        for i, text in enumerate(block, start=row + 2):
            ws.merge_range(i, first, i, last, text, plain)
    apply_print_setup(ws, BOOK, (top, numbers))
    wb.close()


async def export_spj(actor: Actor, tahun: int, bulan: int) -> tuple[user_files.UserFile, int]:
    """The SPJ fungsional of one month (core.keuangan_spj), for who may export the Buku Kas Umum."""
    spec = BukuKasUmum.panel
    access.require(actor, Action.EKSPOR, spec)
    lines = await spj_lines(tahun, bulan)
    now = datetime.now(WIB)
    kop = (await letterhead(now.date())).lines
    office = await office_settings()
    pengguna = signer(t('keuangan.spj.laporan.pengguna_anggaran', jabatan=office['jabatan_penandatangan']),
                      office['camat_nama'], office['camat_nip'], office['camat_pangkat'],
                      above=t('keuangan.spj.laporan.disetujui'))
    bendahara = signer(t('keuangan.spj.laporan.bendahara'), office['bendahara_nama'], office['bendahara_nip'],
                       above=t('ekspor.tanda_tangan.tempat_tanggal', tempat=office['tempat'],
                               tanggal=format_long_date(now.date())))
    title = t('keuangan.spj.laporan.judul')
    name = export_filename(t('keuangan.spj.laporan.berkas'), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_spj, made.path, kop, (pengguna, bendahara), title,
                                t('keuangan.laporan.periode', bulan=month_name(bulan), tahun=tahun), lines)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=title, n=format_number(len(lines))))
    return made, len(lines)

