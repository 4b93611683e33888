"""Export of a grid with the files its rows keep (issue #16): one zip with the grid's xlsx at its root
and the files of each row in a folder of its own,

    surat_masuk_dengan_berkas_20261128-213000.zip
        surat_masuk_20261128-213000.xlsx
        surat_masuk/12 - 005-2026 Undangan Rapat/surat.pdf
        surat_masuk/12 - 005-2026 Undangan Rapat/surat (2).pdf

for the person who archives a year's letters outside the panel. The rows are those of the normal
export (the grid's query for this person: their scope, search and filters). The files are read from
the store one at a time and written into the zip on one worker thread, so neither the event loop nor
the memory holds more than one file. A file the store no longer has (or has damaged) is left out and
named in a text file at the zip's root, so the export of the rest does not fail for it.
"""
from __future__ import annotations

import asyncio
import os
import re
import zipfile
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core import access, audit, user_files
from core.access import Action, Actor
from core.file_store import DamagedFile, MissingFile, file_store
from core.listing import ListQuery, build_queryset, describe_query, row_label
from core.listing.search import search_index
from core.record_files import file_fields
from exports.table_export import write_table_xlsx
from exports.xlsx_writer import export_filename
from forms.indonesian import WIB, format_number
from locales import t
from models.audit import AuditAction
from models.table import TableSpec

ZIP = 'application/zip'
ROWS_PER_QUERY = 200
LABEL_MAX = 60                       # characters of a row's label in its folder's name
NAME_MAX = 120                       # characters of a file's name in the zip
_NOT_IN_A_PATH = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')   # what Windows or a zip path cannot hold
_RESERVED = {'CON', 'PRN', 'AUX', 'NUL', *(f'COM{i}' for i in range(1, 10)), *(f'LPT{i}' for i in range(1, 10))}
_PACKED = ('image/', 'video/', 'audio/', 'application/pdf', 'application/zip',
           'application/vnd.openxmlformats-officedocument')   # already compressed: stored as they are


@dataclass(frozen=True)
class ZipExport:
    made: user_files.UserFile
    rows: int                        # rows in the xlsx
    files: int                       # files in the zip
    missing: int                     # files the store could not give


def path_part(text: str, limit: int) -> str:
    """One folder or file name of a zip path: no separators, nothing Windows refuses to unpack (a
    colon, a trailing dot, CON), no leading dot; at most `limit` characters, keeping the extension."""
    text = ' '.join(_NOT_IN_A_PATH.sub('_', str(text)).split())
    stem, dot, extension = text.rpartition('.')
    if not dot or not stem or len(extension) > 10:
        stem, extension = text, ''
    if len(text) > limit:
        text = stem[:max(1, limit - len(extension) - 1)].rstrip() + (f'.{extension}' if extension else '')
    text = text.rstrip(' .').lstrip('.') or '_'
    if text.split('.')[0].upper() in _RESERVED:
        text = f'_{text}'
    return text


class FolderNames:
    """The names already used in one folder of the zip: a second `surat.pdf` becomes `surat (2).pdf`
    (compared without case, as Windows and macOS unpack them)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def unique(self, name: str) -> str:
        stem, dot, extension = name.rpartition('.')
        if not dot or not stem:
            stem, extension = name, ''
        candidate, number = name, 1
        while candidate.casefold() in self.taken:
            number += 1
            candidate = f'{stem} ({number})' + (f'.{extension}' if extension else '')
        self.taken.add(candidate.casefold())
        return candidate


def member_path(*parts: str) -> str:
    """The zip path of the parts, refused if it could point outside the folder it is unpacked in
    (an empty part, `.` or `..`, a separator or a drive inside a part)."""
    if any(part in ('', '.', '..') or '/' in part or '\\' in part or ':' in part for part in parts):
        raise ValueError(f'unsafe zip path {parts!r}')
    return '/'.join(parts)


async def rows_with_files(spec: TableSpec, actor: Actor, query: ListQuery) -> AsyncIterator[tuple[int, str, list[dict]]]:
    """(id, label, file descriptions) of every row of the grid's query that keeps a file, by id."""
    names = file_fields(spec)
    await search_index(spec, query.search)
    rows_of = build_queryset(spec, actor, query)
    last = 0
    while True:
        rows = await rows_of.filter(id__gt=last).order_by('id').limit(ROWS_PER_QUERY)
        for row in rows:
            files = [item for name in names for item in getattr(row, name) or ()]
            if files:
                yield row.id, row_label(spec, row), files
        if len(rows) < ROWS_PER_QUERY:
            return
        last = rows[-1].id


class _Zip:
    """Holds the zip file; every method runs on the export's single worker thread."""

    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path, 'w', allowZip64=True)

    def add_file(self, source: Path, name: str) -> None:
        self.archive.write(source, name, compress_type=zipfile.ZIP_STORED)
        source.unlink()

    def add(self, name: str, data: bytes, jenis: str) -> None:
        packed = jenis.startswith(_PACKED)
        info = zipfile.ZipInfo(name, datetime.now(WIB).timetuple()[:6])
        info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self.archive.writestr(info, data)

    def close(self, tmp: Path, final: Path) -> None:
        self.archive.close()
        os.replace(tmp, final)

    def abandon(self) -> None:
        try:
            self.archive.close()
        except (OSError, ValueError):   # its folder is already gone
            pass


async def export_with_files(spec: TableSpec, actor: Actor, query: ListQuery, *,
                            fk_labels: dict[str, str] | None = None,
                            on_progress: Callable[[int], None] | None = None,
                            on_file: Callable[[int], None] | None = None) -> ZipExport:
    """The zip of the grid's xlsx and its rows' files, as a file for this actor only (core/user_files.py).

    Raises AccessDenied without the right to export (or see) the table. `on_progress(rows)` follows
    the xlsx as export_table's does, then `on_file(files written)` the files."""
    access.require(actor, Action.EKSPOR, spec)
    access.require(actor, Action.LIHAT, spec)
    now = datetime.now(WIB)
    described = describe_query(spec, query, fk_labels)
    sheet_name = export_filename(spec.name, now.replace(tzinfo=None))
    zip_name = export_filename(t('berkas.ekspor.nama_zip', tabel=spec.name), now.replace(tzinfo=None))
    zip_name = zip_name.removesuffix('.xlsx') + '.zip'
    store, loop = file_store(), asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix='zip-export')
    written, missing, archive = 0, [], None
    try:
        with user_files.new(actor.user_id, zip_name, ZIP) as made:
            tmp = made.path.with_name(made.path.name + '.part')
            sheet = made.folder / sheet_name
            rows = await write_table_xlsx(sheet, spec, actor, query, described, now, on_progress=on_progress)
            archive = await loop.run_in_executor(executor, _Zip, tmp)
            await loop.run_in_executor(executor, archive.add_file, sheet, sheet_name)
            table_folder = path_part(spec.name, LABEL_MAX)
            async for row_id, label, files in rows_with_files(spec, actor, query):
                folder = path_part(f'{row_id} - {label}' if label else str(row_id), LABEL_MAX)
                names = FolderNames()
                for item in files:
                    name = member_path(table_folder, folder, names.unique(path_part(item['nama'], NAME_MAX)))
                    try:
                        data = await store.get(item['sha256'])
                    except (MissingFile, DamagedFile) as error:
                        missing.append(t('berkas.ekspor.tidak_terbawa_baris', jalur=name, alasan=str(error)))
                        continue
                    await loop.run_in_executor(executor, archive.add, name, data, item.get('jenis', ''))
                    del data
                    written += 1
                    if on_file:
                        on_file(written)
            if missing:
                note = '\n'.join([t('berkas.ekspor.tidak_terbawa_judul'), '', *missing, ''])
                await loop.run_in_executor(executor, archive.add, t('berkas.ekspor.tidak_terbawa_nama'),
                                           note.encode('utf-8'), 'text/plain')
            await loop.run_in_executor(executor, archive.close, tmp, made.path)
    except BaseException:
        if archive is not None:
            executor.submit(archive.abandon)   # after any write in flight; user_files.new removed the folder
        raise
    finally:
        executor.shutdown(wait=False)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('berkas.ekspor.catatan', n=format_number(rows), berkas=format_number(written),
                              filter=described))
    return ZipExport(made, rows, written, len(missing))
