"""The Daftar Urutan Kegiatan Prioritas Kecamatan berdasar Perangkat Daerah of one musrenbang, in the
layout of Tabel T-D.4 of the Lampiran of Permendagri 86/2017 (models/musrenbang.py cites the text):
the kop, the title, "Kecamatan … Tahun …", the ten columns numbered (1)-(10) under their heading, the
lines in the kecamatan's order, then the sum of the pagu beside the kecamatan's pagu indikatif and
what is left of it, and the signatures of the berita acara (pimpinan sidang, wakil peserta) beside
the Camat's. Landscape on folio like the office's books (xlsx_writer.BOOK).

Which musrenbang: the one whose list is open (the grid's parent) or filtered, else the newest one
the viewer may see. A list has tens of lines, so the workbook is written at once on a thread with
plain xlsxwriter, as exports/duk_report.py does.
"""
from __future__ import annotations

import asyncio
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import xlsxwriter

from core import access, audit, user_files
from core.access import Action, Actor
from core.listing import ListQuery
from core.office import office_settings
from core.visible_rows import visible_rows
from exports.report_export import letterhead
from exports.xlsx_writer import BOOK, apply_print_setup, export_filename
from forms.indonesian import WIB, format_number
from locales import t
from models.audit import AuditAction
from models.musrenbang import T4_COLUMNS, Musrenbang, PrioritasKecamatan
from models.reference import Instansi
from models.table import TableSpec

WIDTHS = (5, 24, 24, 24, 30, 22, 18, 12, 16, 26)
HEADING_ROW = 7       # after the kop (3 lines), a blank row, the title, "Kecamatan … Tahun …", a blank row
MONEY = '#,##0'


def heading() -> list[str]:
    """The ten column headings of Tabel T-D.4, in its order."""
    return [t(f'musrenbang.laporan.kolom.{name}') for name in T4_COLUMNS]


def volume_text(volume, satuan: str) -> str:
    number = Decimal(volume)
    return f'{format_number(number, 0 if number == number.to_integral_value() else 2)} {satuan}'.strip()


def chosen_id(query: ListQuery) -> int | None:
    if query.parent and query.parent[0] == 'musrenbang':
        return query.parent[1]
    value = query.filters.get('musrenbang')
    if isinstance(value, (list, tuple)) and len(value) == 1:
        value = value[0]
    return value if isinstance(value, int) else None


async def report_rows(actor: Actor, musrenbang: Musrenbang) -> list[tuple]:
    """The musrenbang's lines this viewer may see, in rank order, as the ten columns."""
    lines = await visible_rows(actor, PrioritasKecamatan.panel, musrenbang_id=musrenbang.id).order_by('urutan', 'id')
    names = dict(await Instansi.filter(id__in={line.perangkat_daerah_id for line in lines}).values_list('id', 'nama'))
    return [(line.urutan, line.prioritas_daerah, line.sasaran_daerah or '', line.program, line.kegiatan,
             line.sasaran_kegiatan or '', line.lokasi, volume_text(line.volume, line.satuan), Decimal(line.pagu),
             names.get(line.perangkat_daerah_id, '')) for line in lines]


def write_report(path: Path, kop: tuple[str, ...], signature: tuple[str, ...], subtitle: str,
                 musrenbang: dict, rows: list[tuple]) -> None:
    """The workbook, written at once (runs on a worker thread)."""
    wb = xlsxwriter.Workbook(str(path), {'strings_to_formulas': False, 'strings_to_urls': False,
                                         'strings_to_numbers': False})
    ws = wb.add_worksheet(t('musrenbang.laporan.lembar'))
    last = len(WIDTHS) - 1
    centre = {'align': 'center', 'valign': 'vcenter'}
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    for i, line in enumerate(kop):
        fmt = {'bold': True, **centre, 'font_size': 14 if i < 2 else 11, **({'bottom': 6} if i == len(kop) - 1 else {})}
        ws.merge_range(i, 0, i, last, line, wb.add_format(fmt))
    ws.merge_range(HEADING_ROW - 3, 0, HEADING_ROW - 3, last, t('ekspor.judul_laporan.prioritas_kecamatan'),
                   wb.add_format({'bold': True, 'font_size': 13, **centre}))
    ws.merge_range(HEADING_ROW - 2, 0, HEADING_ROW - 2, last, subtitle, wb.add_format(centre))
    head = wb.add_format({'bold': True, 'border': 1, 'text_wrap': True, 'bg_color': '#D9E1F2', **centre})
    numbered = wb.add_format({'italic': True, 'border': 1, **centre})
    for c, label in enumerate(heading()):
        ws.write_string(HEADING_ROW, c, label, head)
        ws.write_string(HEADING_ROW + 1, c, f'({c + 1})', numbered)
    cell = wb.add_format({'border': 1, 'valign': 'top', 'text_wrap': True})
    money = wb.add_format({'border': 1, 'valign': 'top', 'num_format': MONEY})
    for r, values in enumerate(rows, start=HEADING_ROW + 2):
        for c, value in enumerate(values):
            if isinstance(value, Decimal):
                ws.write_number(r, c, float(value), money)
            elif isinstance(value, int):
                ws.write_number(r, c, value, cell)
            else:
                ws.write_string(r, c, value, cell)
    below = HEADING_ROW + 2 + len(rows)
    label = wb.add_format({'bold': True, 'border': 1, 'align': 'right'})
    total = wb.add_format({'bold': True, 'border': 1, 'num_format': MONEY})
    sums = [(t('musrenbang.laporan.jumlah'), musrenbang['jumlah_pagu'])]
    if musrenbang['pagu_indikatif'] is not None:
        sums += [(t('musrenbang.laporan.pagu_indikatif'), musrenbang['pagu_indikatif']),
                 (t('musrenbang.laporan.sisa_pagu'), musrenbang['sisa_pagu'])]
    for i, (text, value) in enumerate(sums, start=below):
        ws.merge_range(i, 0, i, 7, text, label)
        ws.write_number(i, 8, float(value or 0), total)
        ws.write_blank(i, 9, None, cell)
    below += len(sums) + 1
    signers = [(0, 2, [t('musrenbang.laporan.pimpinan_sidang'), '', '', '',
                       musrenbang['pimpinan_sidang'] or t('musrenbang.laporan.nama_kosong')]),
               (3, 5, [t('musrenbang.laporan.wakil_peserta'), '', '', '',
                       musrenbang['wakil_peserta'] or t('musrenbang.laporan.nama_kosong')]),
               (7, last, list(signature))]
    middle = wb.add_format({'align': 'center'})
    for first, end, lines in signers:
        for i, line in enumerate(lines, start=below):
            ws.merge_range(i, first, i, end, line, middle)
    apply_print_setup(ws, BOOK, (HEADING_ROW, HEADING_ROW + 1))
    wb.close()


async def export_prioritas(spec: TableSpec, actor: Actor, query: ListQuery,
                           on_progress=None) -> tuple[user_files.UserFile, int]:
    """The list of one musrenbang (see the module docstring), for who may export it."""
    access.require(actor, Action.EKSPOR, spec)
    forums = visible_rows(actor, Musrenbang.panel)
    wanted = chosen_id(query)
    musrenbang = await (forums.filter(id=wanted) if wanted else forums.order_by('-tahun_rencana', '-tanggal')).first()
    now = datetime.now(WIB)
    rows = await report_rows(actor, musrenbang) if musrenbang else []   # none yet: the empty form
    kop = await letterhead(now.date())
    office = await office_settings()
    subtitle = t('musrenbang.laporan.kecamatan_tahun', kecamatan=office['kantor'].title(),
                 tahun=musrenbang.tahun_rencana if musrenbang else t('musrenbang.laporan.tahun_kosong'))
    facts = {name: getattr(musrenbang, name, None) for name in ('jumlah_pagu', 'pagu_indikatif', 'sisa_pagu',
                                                                'pimpinan_sidang', 'wakil_peserta')}
    name = export_filename(t('musrenbang.laporan.berkas'), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_report, made.path, kop.lines, kop.signature, subtitle, facts, rows)
    if on_progress:
        on_progress(len(rows))
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=t('ekspor.judul_laporan.prioritas_kecamatan'),
                              n=format_number(len(rows))))
    return made, len(rows)
