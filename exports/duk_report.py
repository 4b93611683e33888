"""The Daftar Urut Kepangkatan (DUK) of the kecamatan's PNS as the office prints it.

Order: PP 15/1979 and SE Kepala BAKN 03/SE/1980 (models.kepegawaian.duk_key): pangkat, jabatan,
masa kerja, latihan jabatan, pendidikan, usia. Layout: the DUK forms in use (the SE's lampiran
itself was not found as text): the kop, the title, "Keadaan per" the day it is printed, a two-row
heading with the columns numbered under it, the Camat's signature; landscape on folio (F4), fit to
the page's width, the heading rows repeated on every page. The DUK is the whole list of PNS the
viewer may see, not the grid's filtered rows.

A kecamatan has tens of PNS, so the rows are read at once and the workbook is written on a thread
with plain xlsxwriter (report_export's streaming writer has no two-row heading); its print setup is
the books' one (xlsx_writer.apply_print_setup).
"""
from __future__ import annotations

import asyncio
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from core import access, audit, user_files
from core.access import Action, Actor
from core.visible_rows import visible_rows
from exports.report_export import letterhead
from exports.xlsx_writer import BOOK, apply_print_setup, export_filename
from forms.indonesian import WIB, format_long_date, format_number
from locales import t
from models.audit import AuditAction
from models.choices import Pendidikan
from models.kepegawaian import Eselon, Pegawai, StatusPegawai, duk_key, masa_kerja
from models.reference import Pangkat

# the heading: a column of its own, or a group over its sub-columns (keys of ekspor.duk.kolom)
HEADING = (('no', ()), ('nama_nip', ('nama', 'nip')), ('pangkat', ('gol_ruang', 'tmt')), ('jabatan', ('nama', 'tmt')),
           ('masa_kerja', ('tahun', 'bulan')), ('latihan', ('nama', 'bulan_tahun', 'jam')),
           ('pendidikan', ('nama', 'lulus', 'ijazah')), ('usia', ()), ('mutasi', ()), ('keterangan', ()))
WIDTHS = (5, 28, 21, 20, 11, 30, 11, 6, 6, 26, 9, 8, 24, 8, 9, 7, 14, 10)
COLUMNS = len(WIDTHS)
HEADING_ROW = 7       # after the kop (3 lines), a blank row, the title, "Keadaan per", a blank row


def full_name(pegawai: Pegawai) -> str:
    name = f'{pegawai.gelar_depan} {pegawai.nama}' if pegawai.gelar_depan else pegawai.nama
    return f'{name}, {pegawai.gelar_belakang}' if pegawai.gelar_belakang else name


def age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def duk_row(number: int, pegawai: Pegawai, pangkat: Pangkat | None, on: date) -> tuple:
    """One line of the DUK, its 18 columns in the heading's order."""
    served = masa_kerja(pegawai.tmt_cpns, on) or (None, None)
    jabatan = t('ekspor.duk.jabatan_eselon', jabatan=pegawai.jabatan, eselon=Eselon(pegawai.eselon).value) if pegawai.eselon \
        else pegawai.jabatan
    lulus = pegawai.latihan_jabatan_lulus
    return (number, full_name(pegawai), pegawai.nip or '',
            t('ekspor.duk.pangkat_golongan', pangkat=pangkat.nama, golongan=pangkat.golongan) if pangkat else '',
            pegawai.tmt_pangkat, jabatan, pegawai.tmt_jabatan, served[0], served[1],
            pegawai.latihan_jabatan or '', f'{lulus.month:02d}/{lulus.year:04d}' if lulus else '',
            pegawai.latihan_jabatan_jam, pegawai.pendidikan_nama or '', pegawai.pendidikan_lulus,
            Pendidikan(pegawai.pendidikan).value if pegawai.pendidikan else '',
            age(pegawai.tanggal_lahir, on) if pegawai.tanggal_lahir else None, '', '')


async def duk_rows(actor: Actor, on: date) -> list[tuple]:
    """The PNS this viewer may see, in the order of the DUK, as rows."""
    pangkat = {p.id: p for p in await Pangkat.all()}
    staff = await visible_rows(actor, Pegawai.panel, status=StatusPegawai.PNS.value)
    staff.sort(key=lambda p: duk_key(p, pangkat[p.pangkat_id].urutan if p.pangkat_id in pangkat else None))
    return [duk_row(i, p, pangkat.get(p.pangkat_id), on) for i, p in enumerate(staff, start=1)]


def write_duk(path: Path, kop: tuple[str, ...], signature: tuple[str, ...], title: str, keadaan: str,
              rows: list[tuple]) -> None:
    """The workbook, written at once (runs on a worker thread)."""
    wb = xlsxwriter.Workbook(str(path), {'strings_to_formulas': False, 'strings_to_urls': False,
                                         'strings_to_numbers': False})
    ws = wb.add_worksheet('DUK')
    last = COLUMNS - 1
    centre = {'align': 'center', 'valign': 'vcenter'}
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    for i, line in enumerate(kop):
        fmt = {'bold': True, **centre, 'font_size': 14 if i < 2 else 11, **({'bottom': 6} if i == len(kop) - 1 else {})}
        ws.merge_range(i, 0, i, last, line, wb.add_format(fmt))
    ws.merge_range(HEADING_ROW - 3, 0, HEADING_ROW - 3, last, title, wb.add_format({'bold': True, 'font_size': 13,
                                                                                   **centre}))
    ws.merge_range(HEADING_ROW - 2, 0, HEADING_ROW - 2, last, keadaan, wb.add_format(centre))
    head = wb.add_format({'bold': True, 'border': 1, 'text_wrap': True, 'bg_color': '#D9E1F2', **centre})
    column = 0
    for key, parts in HEADING:
        label = t(f'ekspor.duk.kolom.{key}')
        if not parts:
            ws.merge_range(HEADING_ROW, column, HEADING_ROW + 1, column, label, head)
            column += 1
            continue
        ws.merge_range(HEADING_ROW, column, HEADING_ROW, column + len(parts) - 1, label, head)
        for part in parts:
            ws.write_string(HEADING_ROW + 1, column, t(f'ekspor.duk.kolom.{part}'), head)
            column += 1
    numbered = wb.add_format({'italic': True, 'border': 1, **centre})
    for c in range(COLUMNS):
        ws.write_number(HEADING_ROW + 2, c, c + 1, numbered)
    cell = wb.add_format({'border': 1, 'valign': 'top', 'text_wrap': True})
    day = wb.add_format({'border': 1, 'valign': 'top', 'num_format': 'dd/mm/yyyy'})
    for r, values in enumerate(rows, start=HEADING_ROW + 3):
        for c, value in enumerate(values):
            if isinstance(value, date):
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
            elif isinstance(value, int):
                ws.write_number(r, c, value, cell)
            else:
                ws.write_string(r, c, value or '', cell)
    first = COLUMNS - 5
    below = HEADING_ROW + 3 + len(rows) + 1
    for i, line in enumerate(signature, start=below):
        ws.merge_range(i, first, i, last, line, wb.add_format({'align': 'center'}))
    apply_print_setup(ws, BOOK, (HEADING_ROW, HEADING_ROW + 2))
    wb.close()


async def export_duk(actor: Actor, on: date | None = None, on_progress=None) -> tuple[user_files.UserFile, int]:
    """The DUK as it stands on `on` (today in WIB by default), for who may export Pegawai."""
    spec = Pegawai.panel
    access.require(actor, Action.EKSPOR, spec)
    now = datetime.now(WIB)
    on = on or now.date()
    rows = await duk_rows(actor, on)
    kop = await letterhead(on)
    name = export_filename(t('ekspor.duk.berkas'), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_duk, made.path, kop.lines, kop.signature, t('ekspor.judul_laporan.pegawai'),
                                t('ekspor.duk.keadaan', tanggal=format_long_date(on)), rows)
    if on_progress:
        on_progress(len(rows))
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=t('ekspor.judul_laporan.pegawai'),
                              n=format_number(len(rows))))
    return made, len(rows)
