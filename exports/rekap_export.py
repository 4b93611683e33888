"""The Rekap of a grid (core/rekap.py) as an Excel file in the report format: the office's kop, the
title, the period and the grid's filter in words, the table with its subtotals and total, the
Camat's signature block (exports/report_export.letterhead), through the one writer with typed
cells: the figures are numbers (Rupiah in its number format), the labels plain text, never a formula.

Exporting needs the `ekspor` right on the table, asked here on the server whatever the page showed.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from core import access, audit, user_files
from core.access import Action, Actor
from core.listing import ListQuery, describe_query
from core.rekap import Rekap, RekapChoice, describe_choice, filter_labels, make_rekap
from exports.report_export import letterhead, period_text
from exports.xlsx_writer import A4, BOOK, ExportColumn, PrintSetup, export_filename, write_xlsx
from forms.indonesian import WIB, format_number
from locales import t
from models.audit import AuditAction
from models.table import TableSpec

PORTRAIT = PrintSetup(landscape=False, paper=A4)   # a rekap of a few columns fits an A4 page upright
LANDSCAPE_FROM = 7                                 # columns from which it prints on landscape F4


def sheet_rows(rekap: Rekap) -> list[tuple[Any, ...]]:
    """The table's lines as typed rows: the row columns' labels, then the figures. A subtotal reads
    '<value> | Jumlah', the grand total 'Jumlah'."""
    width = len(rekap.choice.rows)
    rows = []
    for line in rekap.lines:
        if line.kind == 'subtotal':
            labels = (line.labels[0], t('rekap.jumlah'))
        elif line.kind == 'total':
            labels = (t('rekap.jumlah'), *(None,) * (width - 1))
        else:
            labels = line.labels
        rows.append((*labels, *(cell.value for cell in line.cells)))
    return rows


async def export_rekap(spec: TableSpec, actor: Actor, query: ListQuery,
                       choice: RekapChoice) -> tuple[user_files.UserFile, int]:
    """Write the rekap of what the grid shows this actor as an xlsx for this actor only; the file
    and its number of lines."""
    access.require(actor, Action.EKSPOR, spec)
    rekap = await make_rekap(spec, actor, query, choice)
    now = datetime.now(WIB)
    columns = [ExportColumn(heading, 'text', 26) for heading in rekap.row_headings()]
    columns += [ExportColumn(heading, rekap.value_kind) for heading in rekap.column_labels]
    described, chosen = describe_query(spec, query, await filter_labels(spec, query)), describe_choice(spec, choice)
    rows = sheet_rows(rekap)

    async def chunks():
        yield rows

    kop = await letterhead(now.date())
    name = export_filename(t('rekap.ekspor.berkas', tabel=spec.name), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await write_xlsx(made.path, sheet_title=t('rekap.ekspor.lembar', tabel=spec.label),
                         title=t('rekap.ekspor.judul', tabel=spec.label.upper()),
                         subtitle_lines=[period_text(spec, query), t('ekspor.daftar.filter', filter=described), chosen],
                         columns=columns, chunks=chunks(), letterhead=kop,
                         print_setup=BOOK if len(columns) >= LANDSCAPE_FROM else PORTRAIT)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('rekap.ekspor.catatan', pilihan=chosen, n=format_number(len(rows)), filter=described))
    return made, len(rows)
