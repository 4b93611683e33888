"""Reading an uploaded table back: an xlsx (python-calamine) or a csv (`;` or `,`, UTF-8 with or
without BOM), its header row found by the Indonesian labels, and its cells as typed values.

Everything here is plain, synchronous and free of the database, so the caller runs it in a worker
thread. Every refusal is an ``ImportFileError`` whose message is shown to the user as is.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook

from locales import t
from forms.indonesian import format_number

__all__ = ['ImportFileError', 'Table', 'file_size', 'normalize_label', 'read_table', 'too_big']

HEADER_SCAN_ROWS = 30          # the header is looked for this far down (our export writes 4 rows above it)
UNPACKED_PER_PACKED = 40       # an xlsx may unpack to this many times the upload limit, no more (zip bombs)

_ZIP = (b'PK\x03\x04', b'PK\x05\x06')
_OLE = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'   # .xls, and an .xlsx locked with a password
_FORMULA = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?f[\s>/]')          # <f>, <f t="shared" …/>; not <formula1>
_CELL_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3}[0-9]+)"')


class ImportFileError(Exception):
    """A file that cannot be imported at all; the message says why, in Indonesian."""


@dataclass
class Table:
    """The data rows under the header, with only the columns the caller imports."""
    header_row: int                                   # row number in the file (1 = the first row)
    columns: list[tuple[str, str]]                    # (key, header as written) of each imported column
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)   # (row number, cells in `columns` order)


def normalize_label(text: Any) -> str:
    """Headers are compared without case and extra spaces: ' tanggal  DITERIMA' is 'Tanggal Diterima'."""
    return ' '.join(str(text).split()).casefold()


class _Labels:
    """The headers the caller accepts: label → key; a key of None is a known column that is skipped."""

    def __init__(self, labels: dict[str, str | None]) -> None:
        self.keys = {normalize_label(label): key for label, key in labels.items()}
        self.shown = [label for label, key in labels.items() if key is not None]

    def score(self, row: Iterable[Any]) -> int:
        return sum(1 for cell in row if isinstance(cell, str) and normalize_label(cell) in self.keys)

    def expected(self) -> str:
        return t('impor.berkas.kolom_dikenal', kolom=', '.join(self.shown))


def read_table(data: bytes, filename: str, labels: dict[str, str | None], *, max_rows: int,
               max_bytes: int) -> Table:
    """The first sheet of an xlsx, or a csv, as a Table.

    `labels` maps each header the caller accepts to its key (None: a known column that is skipped,
    such as a derived value or our own 'Alasan' column). Refused with ImportFileError: an empty
    file, anything but xlsx/csv, a corrupted file, one bigger than `max_bytes` (or unpacking to
    more than ``UNPACKED_PER_PACKED`` times that), a formula cell, no header row, unknown or
    repeated headers, no data rows, more than `max_rows` data rows.
    """
    if not data or not data.strip():
        raise ImportFileError(t('impor.berkas.kosong'))
    if len(data) > max_bytes:
        raise ImportFileError(too_big(len(data), max_bytes))
    known = _Labels(labels)
    name = filename.lower()
    if data.startswith(_ZIP):
        return _table(_xlsx_rows(data, max_bytes * UNPACKED_PER_PACKED), known, max_rows)
    if data.startswith(_OLE):
        raise ImportFileError(t('impor.berkas.xls_lama'))
    if data.startswith(b'%PDF'):
        raise ImportFileError(t('impor.berkas.pdf'))
    if name.endswith(('.xlsx', '.xlsm')):
        raise ImportFileError(t('impor.berkas.bukan_xlsx'))
    if not name.endswith(('.csv', '.txt')):
        raise ImportFileError(t('impor.berkas.jenis_lain'))
    return _table(_csv_rows(data, known), known, max_rows)


def too_big(size: int, max_bytes: int) -> str:
    """The refusal of a file bigger than one import may be."""
    return t('impor.berkas.terlalu_besar', ukuran=file_size(size), batas=file_size(max_bytes))


def file_size(size: float) -> str:
    """A size as people read it: '10 MB', '12,5 MB', '5 KB'."""
    if size < 1024 * 1024:
        return f'{format_number(max(1, round(size / 1024)))} KB'
    return f'{format_number(size / 1024 / 1024, 1).removesuffix(",0")} MB'


# ---- xlsx ----------------------------------------------------------------------------------------

def _xlsx_rows(data: bytes, max_unpacked: int) -> Iterator[list[Any]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise ImportFileError(t('impor.berkas.rusak')) from None
    if 'xl/workbook.xml' not in names:
        if 'content.xml' in names:
            raise ImportFileError(t('impor.berkas.ods'))
        raise ImportFileError(t('impor.berkas.bukan_xlsx'))
    if sum(info.file_size for info in archive.infolist()) > max_unpacked:
        raise ImportFileError(t('impor.berkas.terlalu_besar_dibuka'))
    try:
        cell = _formula_cell(archive, _first_sheet_path(archive))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zipfile.LargeZipFile):
        raise ImportFileError(t('impor.berkas.rusak')) from None
    if cell:
        raise ImportFileError(t('impor.berkas.rumus', sel=cell))
    try:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
        rows = sheet.iter_rows()   # from row 1: a row's index + 1 is its number in Excel
    except CalamineError:
        raise ImportFileError(t('impor.berkas.rusak')) from None

    def checked() -> Iterator[list[Any]]:
        try:
            yield from rows
        except CalamineError:
            raise ImportFileError(t('impor.berkas.rusak')) from None
    return checked()


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    """The part name of the workbook's first sheet, the one that is imported."""
    workbook = archive.read('xl/workbook.xml')
    sheet = re.search(rb'<(?:\w+:)?sheet\b[^>]*?\b(?:\w+:)?id="([^"]+)"', workbook)
    if sheet:
        relations = archive.read('xl/_rels/workbook.xml.rels')
        for tag in re.findall(rb'<(?:\w+:)?Relationship\b[^>]*>', relations):
            if re.search(rb'\bId="' + re.escape(sheet.group(1)) + rb'"', tag):
                target = re.search(rb'\bTarget="([^"]+)"', tag).group(1).decode()
                return target.lstrip('/') if target.startswith('/') else f'xl/{target}'
    return 'xl/worksheets/sheet1.xml'


def _formula_cell(archive: zipfile.ZipFile, sheet_path: str) -> str | None:
    """The reference of the first cell holding a formula (`<f>` in the sheet XML), or None.
    Streams the part in 1 MiB pieces, so it stays cheap at 100 000 rows."""
    overlap = b''
    with archive.open(sheet_path) as part:
        while piece := part.read(1 << 20):
            text = overlap + piece
            if match := _FORMULA.search(text):
                cells = list(_CELL_REF.finditer(text, 0, match.start()))
                return cells[-1].group(1).decode() if cells else t('impor.berkas.sel_tak_dikenal')
            overlap = text[-4096:]
    return None


# ---- csv -----------------------------------------------------------------------------------------

def _csv_rows(data: bytes, known: _Labels) -> Iterator[list[Any]]:
    if b'\x00' in data[:4096]:
        raise ImportFileError(t('impor.berkas.bukan_csv'))
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError:
        raise ImportFileError(t('impor.berkas.csv_bukan_utf8')) from None
    head = text.splitlines()[:HEADER_SCAN_ROWS]
    # the delimiter is the one under which the header reads best (`8.000,01` has commas too)
    delimiter = max((';', ',', '\t'),
                    key=lambda d: max((known.score(row) for row in csv.reader(head, delimiter=d)), default=0))
    try:
        yield from csv.reader(io.StringIO(text, newline=''), delimiter=delimiter)
    except csv.Error:
        raise ImportFileError(t('impor.berkas.csv_rusak')) from None


# ---- the header and the rows under it ------------------------------------------------------------

def _clean(cell: Any) -> Any:
    return None if cell is None or (isinstance(cell, str) and not cell.strip()) else cell


def _table(rows: Iterator[list[Any]], known: _Labels, max_rows: int) -> Table:
    top: list[list[Any]] = []
    for row in rows:
        top.append(row)
        if len(top) >= HEADER_SCAN_ROWS:
            break
    if not any(_clean(cell) is not None for row in top for cell in row):
        raise ImportFileError(t('impor.berkas.tanpa_data'))
    scores = [known.score(row) for row in top]
    if max(scores) == 0:
        raise ImportFileError(t('impor.berkas.tanpa_judul', dikenal=known.expected()))
    header_index = scores.index(max(scores))
    kept: list[tuple[int, str, str]] = []
    unknown: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(top[header_index]):
        if _clean(cell) is None:
            continue
        text, label = str(cell).strip(), normalize_label(cell)
        if label not in known.keys:
            unknown.append(text)
        elif label in seen:
            raise ImportFileError(t('impor.berkas.kolom_ganda', kolom=text, baris=header_index + 1))
        else:
            seen.add(label)
            if known.keys[label] is not None:
                kept.append((index, known.keys[label], text))
    if unknown:
        raise ImportFileError(t('impor.berkas.kolom_asing', kolom=', '.join(unknown), dikenal=known.expected()))
    table = Table(header_row=header_index + 1, columns=[(key, text) for _, key, text in kept])
    positions = [index for index, _, _ in kept]
    numbered = [*enumerate(top[header_index + 1:], start=header_index + 2)]
    for number, row in _chain(numbered, rows, len(top)):
        cells = [_clean(row[index]) if index < len(row) else None for index in positions]
        if all(cell is None for cell in cells):
            continue
        if len(table.rows) >= max_rows:
            raise ImportFileError(t('impor.berkas.terlalu_banyak', batas=format_number(max_rows)))
        table.rows.append((number, cells))
    if not table.rows:
        raise ImportFileError(t('impor.berkas.tanpa_baris', baris=header_index + 1))
    return table


def _chain(numbered: list[tuple[int, list[Any]]], rest: Iterator[list[Any]], done: int) -> Iterator[tuple[int, list[Any]]]:
    yield from numbered
    yield from enumerate(rest, start=done + 1)
