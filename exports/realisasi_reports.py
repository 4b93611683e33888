"""The two printed reports of the kecamatan's budget (issue #15), from core.keuangan_realisasi: per
program, kegiatan, sub kegiatan and rekening belanja, with the program, kegiatan and sub kegiatan
lines in bold holding the sums of the lines under them, a Jumlah, the Camat's signature (the
Pengguna Anggaran), on the books' paper (landscape F4, one page wide, the heading rows repeated).

- **Laporan Realisasi Anggaran per Sub Kegiatan** up to the end of a month: No, Kode, Uraian,
  Anggaran (DPA), Anggaran Setelah Perubahan (the pagu in force), Bertambah/(Berkurang), Realisasi
  s.d. the month, Sisa Anggaran, % realisasi. No regulation's blank of it was found; the columns are
  those Pemda systems print ("Rincian Rekapitulasi Realisasi Anggaran per Sub Kegiatan": No, Kode Rek,
  Sub Kegiatan, Anggaran Murni, Perubahan, +/-, Realisasi, Sisa, %).
- **Laporan Realisasi Semester Pertama Anggaran Belanja SKPD dan Prognosis 6 (Enam) Bulan
  Berikutnya**: Kode, Uraian, Jumlah Anggaran, Realisasi Semester Pertama, Sisa Anggaran s.d.
  Semester Pertama (5 = 3 - 4), Prognosis, Keterangan, with the column numbers 1-7. The duty is PP
  12/2019 Pasal 160 (the Pemda's semester report and prognosis, to the DPRD by the end of July, as
  quoted in the press); the SKPD's part, prepared by the PPK-SKPD per rekening from January to June
  and signed by the Kepala SKPD, and the prognosis as the sisa anggaran plus the planned change of the
  budget, follow the Permendagri 13/2006 procedure as published (text-id.123dok.com, "Prosedur
  penyusunan laporan realisasi anggaran"); the column order is that of Pemda systems' SKPD reports.
  Here the Jumlah Anggaran is the DPA's pagu, and the planned change the DPPA's difference when one
  is recorded. The Lampiran of Permendagri 77/2020 was not found as text: to be checked against it.
"""
from __future__ import annotations

import asyncio
import calendar
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from core import access, audit, user_files
from core.access import Action, Actor
from core.keuangan_realisasi import RealisasiLine, grand_total, realisasi_lines
from exports.keuangan_reports import HEADING_ROW, BookFormats, open_book, sign_and_close
from exports.report_export import letterhead
from exports.xlsx_writer import export_filename
from forms.indonesian import WIB, format_number
from locales import t
from models.audit import AuditAction
from models.keuangan import Anggaran, month_name

PER_SUB_KEGIATAN = ('no', 'kode', 'uraian', 'anggaran', 'anggaran_perubahan', 'bertambah', 'realisasi', 'sisa',
                    'persen')
PER_SUB_WIDTHS = (5, 24, 44, 17, 17, 16, 17, 17, 9)
SEMESTER = ('kode', 'uraian', 'jumlah_anggaran', 'realisasi_semester', 'sisa_semester', 'prognosis', 'keterangan')
SEMESTER_WIDTHS = (24, 48, 18, 18, 18, 18, 20)
SEMESTER_NUMBERS = ('1', '2', '3', '4', '5 = 3 - 4', '6', '7')


def _write_lines(ws, f: BookFormats, first_row: int, lines: list[RealisasiLine], values, numbered: bool) -> int:
    """One row per line from `first_row`, the groups in bold; `values(line)` gives the figures after
    the kode and uraian (numbers as money, text as text). Returns the last row written."""
    row = first_row - 1
    for number, line in enumerate(lines, start=1):
        row += 1
        group = line.level is not None
        text, money = (f.bold, f.bold_money) if group else (f.cell, f.money)
        c = 0
        if numbered:
            ws.write_number(row, 0, number, text)
            c = 1
        ws.write_string(row, c, line.kode, text)
        ws.write_string(row, c + 1, line.uraian, text)
        for offset, value in enumerate(values(line), start=c + 2):
            if isinstance(value, Decimal):
                ws.write_number(row, offset, float(value), money)
            else:
                ws.write_string(row, offset, value or '', text)
    return row


def write_per_sub_kegiatan(path: Path, kop, signature, title: str, period: str, lines: list[RealisasiLine]) -> None:
    wb, ws, f = open_book(path, 'Realisasi', kop, title, period, PER_SUB_WIDTHS)
    for c, key in enumerate(PER_SUB_KEGIATAN):
        ws.write_string(HEADING_ROW, c, t(f'keuangan.realisasi.kolom.{key}'), f.head)

    def values(line: RealisasiLine) -> tuple:
        persen = line.persen
        return (line.pagu, line.pagu_berlaku, line.perubahan, line.realisasi, line.sisa,
                Decimal(0) if persen is None else persen)
    row = _write_lines(ws, f, HEADING_ROW + 1, lines, values, numbered=True)
    total = grand_total(lines)
    row += 1
    ws.merge_range(row, 0, row, 2, t('keuangan.realisasi.jumlah'), f.bold)
    for c, value in enumerate(values(total), start=3):
        ws.write_number(row, c, float(value), f.bold_money)
    sign_and_close(wb, ws, signature, row, 5, len(PER_SUB_KEGIATAN) - 1)


def prognosis(line: RealisasiLine) -> Decimal:
    """The sisa anggaran plus the planned change of the budget (the DPPA's difference, when recorded)."""
    return line.pagu - line.realisasi + line.perubahan


def write_semester(path: Path, kop, signature, title: str, period: str, lines: list[RealisasiLine]) -> None:
    wb, ws, f = open_book(path, 'Semester I', kop, title, period, SEMESTER_WIDTHS)
    for c, key in enumerate(SEMESTER):
        ws.write_string(HEADING_ROW, c, t(f'keuangan.realisasi.kolom.{key}'), f.head)
    for c, number in enumerate(SEMESTER_NUMBERS):
        ws.write_string(HEADING_ROW + 1, c, number, f.head)

    def values(line: RealisasiLine) -> tuple:
        note = t('keuangan.realisasi.perubahan', jumlah=format_number(line.perubahan)) \
            if line.level is None and line.perubahan else ''
        return line.pagu, line.realisasi, line.pagu - line.realisasi, prognosis(line), note
    row = _write_lines(ws, f, HEADING_ROW + 2, lines, values, numbered=False)
    total = grand_total(lines)
    row += 1
    ws.merge_range(row, 0, row, 1, t('keuangan.realisasi.jumlah'), f.bold)
    for c, value in enumerate(values(total)[:4], start=2):
        ws.write_number(row, c, float(value), f.bold_money)
    ws.write_string(row, 6, '', f.bold)
    sign_and_close(wb, ws, signature, row, 4, len(SEMESTER) - 1, (HEADING_ROW, HEADING_ROW + 1))


async def export_realisasi(actor: Actor, tahun: int, bulan: int) -> tuple[user_files.UserFile, int]:
    """The Laporan Realisasi Anggaran per Sub Kegiatan up to the end of `bulan`, for who may export
    the Anggaran."""
    return await _export(actor, tahun, date(tahun, bulan, calendar.monthrange(tahun, bulan)[1]),
                         t('keuangan.realisasi.judul_sub_kegiatan'),
                         t('keuangan.realisasi.periode_bulan', bulan=month_name(bulan), tahun=tahun),
                         t('keuangan.realisasi.berkas_sub_kegiatan'), write_per_sub_kegiatan)


async def export_semester(actor: Actor, tahun: int) -> tuple[user_files.UserFile, int]:
    """The Laporan Realisasi Semester Pertama and its prognosis, for who may export the Anggaran."""
    return await _export(actor, tahun, date(tahun, 6, 30), t('keuangan.realisasi.judul_semester'),
                         t('keuangan.realisasi.periode_semester', tahun=tahun),
                         t('keuangan.realisasi.berkas_semester'), write_semester)


async def _export(actor: Actor, tahun: int, sampai: date, title: str, period: str, stem: str,
                  write) -> tuple[user_files.UserFile, int]:
    spec = Anggaran.panel
    access.require(actor, Action.EKSPOR, spec)
    lines = await realisasi_lines(tahun, sampai)
    now = datetime.now(WIB)
    kop = await letterhead(now.date())
    with user_files.new(actor.user_id, export_filename(stem, now.replace(tzinfo=None))) as made:
        await asyncio.to_thread(write, made.path, kop.lines, kop.signature, title, period, lines)
    rekening = sum(1 for line in lines if line.level is None)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=title, n=format_number(rekening)))
    return made, rekening
