"""The files of an import: the uploaded file read in a child process (exports.reader_process) and
handed to core.import_plan, the template to fill in, and the failing rows to correct and upload
again. The checks and the write are core's (core/importer.py); the file formats are here.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime

from core import user_files
from core.access import Actor
from core.import_sheet import Table
from core.import_mapping import Mapping
from core.import_plan import ImportPlan, OnDuplicate, Progress, plan_rows
from core.import_policy import (accepted_labels, importable_fields, limits, natural_key_text, reason_header,
                                require_import, required_fields, source_row_header)
from core.listing import row_label
from core.visible_rows import visible_rows
from locales import t
from exports.reader_process import read_table_in_child
from exports.table_export import OFFICE
from exports.xlsx_writer import ExportColumn, write_xlsx
from forms.fields import enum_choices, kind_of
from forms.indonesian import WIB, format_datetime
from models.table import TableSpec, related_table


async def plan_import(spec: TableSpec, actor: Actor, data: bytes, filename: str,
                      on_duplicate: OnDuplicate = OnDuplicate.SKIP, *, parent: tuple[str, int] | None = None,
                      on_progress: Progress | None = None, mapping: Mapping | None = None,
                      ask_mapping: bool = False) -> ImportPlan:
    """Read the file and check every row as a save would (core.import_plan.plan_rows), without
    writing anything.

    Raises AccessDenied (no right to add or edit this table) and ImportFileError (a file that
    cannot be imported at all: its message says why). Row problems are in the plan, per row and field.
    Headers that are not the table's labels are read by `mapping` (header → field, or None to skip
    the column; core.import_mapping.remembered_mapping gives the person's earlier choices); when
    it does not cover them, or `ask_mapping`, the ImportFileError is a MappingNeeded with a
    suggestion for each header.
    `parent` fixes the parent of a child table's rows (an import into the disposisi of one surat).
    `on_progress(done, total)` gets the rows checked so far, from (0, total) once the file is read
    (in a child process) to (total, total), at every turn of the event loop (core.turns).
    """
    require_import(actor, spec)
    max_bytes, max_rows = limits()
    table: Table = await asyncio.to_thread(read_table_in_child, data, filename, accepted_labels(spec),
                                           max_rows=max_rows, max_bytes=max_bytes)
    return await plan_rows(spec, actor, table, filename, on_duplicate, parent=parent, on_progress=on_progress,
                           mapping=mapping, ask_mapping=ask_mapping)


async def _one_chunk(rows: list[tuple]) -> AsyncIterator[list[tuple]]:
    for start in range(0, len(rows), 2000):
        yield rows[start:start + 2000]


async def failing_rows_file(plan: ImportPlan, actor: Actor) -> user_files.UserFile:
    """The rows that failed, as they were in the file, with their row number and an 'Alasan' column:
    fix them there and upload that file again (both extra columns are skipped on import)."""
    spec = plan.spec
    columns = [ExportColumn(source_row_header(), 'int', width=10)]
    columns += [ExportColumn(header, kind_of(spec.field(name)).export) for name, header in plan.columns]
    columns.append(ExportColumn(reason_header(), 'text', width=60))
    rows = [(o.number, *o.cells, plan.reason(o)) for o in plan.failing]
    now = datetime.now(WIB)
    with user_files.new(actor.user_id, t('impor.pratinjau.nama_berkas_bermasalah', tabel=spec.name)) as made:
        await write_xlsx(made.path, sheet_title=spec.label, title=t('impor.gagal.judul', tabel=spec.label),
                         subtitle_lines=[t('impor.gagal.diperiksa', berkas=plan.filename, waktu=format_datetime(now),
                                           pengguna=actor.username),
                                         t('impor.gagal.petunjuk', alasan=reason_header(), baris=source_row_header())],
                         columns=columns, chunks=_one_chunk(rows))
    return made


def template_filename(spec: TableSpec) -> str:
    """'templat_impor_surat_masuk.xlsx'."""
    return t('impor.templat.nama_berkas', tabel=spec.name) + '.xlsx'


async def template_file(spec: TableSpec, actor: Actor) -> user_files.UserFile:
    """An empty sheet with the form's labels as headers and, above them, how to fill it in."""
    require_import(actor, spec)
    names = importable_fields(spec)   # no file columns: a file cannot come from a cell
    required = ', '.join(spec.label_of(n) for n in required_fields(spec, actor, None))
    lines = [OFFICE, t('impor.templat.cara_mengisi'), t('impor.templat.kolom_wajib', kolom=required)]
    if spec.natural_key:
        lines.append(t('impor.templat.data_sudah_ada', kunci=natural_key_text(spec)))
    for name in names:
        f = spec.field(name)
        if kind_of(f).name == 'enum':
            lines.append(t('impor.templat.pilihan', kolom=spec.label_of(name), pilihan=', '.join(enum_choices(f))))
        elif spec.is_fk(name):
            lines.append(await _how_to_name(spec, name, actor))
    columns = [ExportColumn(spec.label_of(n), kind_of(spec.field(n)).export) for n in names]
    with user_files.new(actor.user_id, template_filename(spec)) as made:
        await write_xlsx(made.path, sheet_title=spec.label, title=t('impor.templat.judul', tabel=spec.label),
                         subtitle_lines=lines, columns=columns, chunks=_one_chunk([]))
    return made


async def _how_to_name(spec: TableSpec, name: str, actor: Actor) -> str:
    """How a foreign key is written, with an example from its table: 'Klasifikasi: tulis seperti di
    daftar Klasifikasi Arsip, misalnya "000 Umum", atau Kode-nya saja.'"""
    target = related_table(spec, name)
    text = t('impor.templat.rujukan', kolom=spec.label_of(name), tabel=target.label)
    qs = visible_rows(actor, target)
    if example := await qs.order_by(*target.order_keys()).first():
        text += t('impor.templat.rujukan_contoh', contoh=row_label(target, example))
    if len(target.natural_key) == 1 and not target.is_fk(target.natural_key[0]):
        text += t('impor.templat.rujukan_kunci', kunci=target.label_of(target.natural_key[0]))
    return text + '.'
