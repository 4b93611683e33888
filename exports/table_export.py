"""Export of a grid: exactly the rows the grid's query gives (all pages), through the one writer."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from core import access, audit, user_files
from core.access import Action, Actor
from core.listing import ListQuery, describe_query, export_chunks
from locales import t
from exports.xlsx_writer import ExportColumn, export_filename, write_xlsx
from forms.fields import kind_of
from forms.indonesian import WIB, format_datetime, format_number
from models.audit import AuditAction
from models.table import TableSpec, export_columns

OFFICE = t('ekspor.kantor')   # the line under an export's title


def exported_by(actor: Actor, now: datetime) -> str:
    """The 'Diekspor: 28/11/2026 21:30 oleh sari' line of an export."""
    return t('common.diekspor', waktu=format_datetime(now), pengguna=actor.username)


async def export_table(spec: TableSpec, actor: Actor, query: ListQuery, *, fk_labels: dict[str, str] | None = None,
                       on_progress: Callable[[int], None] | None = None) -> tuple[user_files.UserFile, int]:
    """Write the xlsx of what the grid shows for this actor and query, as a file for this actor
    only (core/user_files.py); returns it and its row count."""
    access.require(actor, Action.EKSPOR, spec)
    now = datetime.now(WIB)
    described = describe_query(spec, query, fk_labels)
    with user_files.new(actor.user_id, export_filename(spec.name, now.replace(tzinfo=None))) as made:
        count = await write_table_xlsx(made.path, spec, actor, query, described, now, on_progress=on_progress)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.daftar', n=format_number(count), filter=described))
    return made, count


async def write_table_xlsx(path: Path, spec: TableSpec, actor: Actor, query: ListQuery, described: str,
                           now: datetime, *, on_progress: Callable[[int], None] | None = None) -> int:
    """The grid's xlsx at `path` (also the sheet at the root of the zip with files); its row count."""
    names = export_columns(spec)
    columns = [ExportColumn(spec.label_of(name), kind_of(spec.field(name)).export) for name in names]
    return await write_xlsx(
        path, sheet_title=spec.label, title=t('ekspor.daftar.judul', tabel=spec.label),
        subtitle_lines=[OFFICE, t('ekspor.daftar.filter', filter=described), exported_by(actor, now)],
        columns=columns, chunks=export_chunks(spec, actor, query, names), on_progress=on_progress)
