"""Reading an uploaded table back: an xlsx (python-calamine) or a csv (`;` or `,`, UTF-8 with or
without BOM), its header row found by the Indonesian labels (or, in an office's own file where none
is written as our labels, as the first row of headings), and its cells as typed values. A header
that is none of the labels is kept under core.import_sheet.UNMAPPED: core.import_mapping maps it.

Everything here is plain, synchronous and free of the database; the app runs it in a child process
with a memory and a time limit (exports.reader_process), so that no file can take the server down.
An xlsx is measured first (exports.xlsx_guard) and refused when python-calamine could not hold it.
Every refusal is an ``ImportFileError`` (core.import_sheet, with the Table it gives) whose message is
shown to the user as is.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from python_calamine import CalamineError, CalamineWorkbook

from core.import_sheet import UNMAPPED, ImportFileError, Table, normalize_label
from exports import xlsx_guard
from locales import t
from forms.indonesian import format_number

__all__ = ['file_size', 'read_table', 'too_big']

HEADER_SCAN_ROWS = 30          # the header is looked for this far down (our export writes 4 rows above it)
UNPACKED_PER_PACKED = 40       # an xlsx may unpack to this many times the upload limit, no more (zip bombs)

MAX_COLUMNS = 200              # the farthest column an imported sheet may reach (GR; the widest table has 18)
CELLS_PER_ROW = 50             # a sheet as long as the row limit may be this wide, a shorter one wider
MAX_SHEETS = 1000              # sheets a workbook may list (only the first is read)

T = TypeVar('T')

_ZIP = (b'PK\x03\x04', b'PK\x05\x06')
_OLE = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'   # .xls, and an .xlsx locked with a password


class _Labels:
    """The headers the caller accepts: label → key; a key of None is a known column that is skipped."""

    def __init__(self, labels: dict[str, str | None]) -> None:
        self.keys = {normalize_label(label): key for label, key in labels.items()}
        self.shown = [label for label, key in labels.items() if key is not None]

    def score(self, row: Iterable[Any]) -> int:
        return sum(1 for cell in row if isinstance(cell, str) and normalize_label(cell) in self.keys)

    def header_likeness(self, row: list[Any]) -> tuple[int, int]:
        """How much a row looks like the header: its cells that are labels, then its cells of words."""
        return self.score(row), sum(1 for cell in row if _is_heading(cell))

    def expected(self) -> str:
        return t('impor.berkas.kolom_dikenal', kolom=', '.join(self.shown))


def read_table(data: bytes, filename: str, labels: dict[str, str | None], *, max_rows: int,
               max_bytes: int) -> Table:
    """The first sheet of an xlsx, or a csv, as a Table.

    `labels` maps each header the caller accepts to its key (None: a known column that is skipped,
    such as a derived value or our own 'Alasan' column). Refused with ImportFileError: an empty
    file, anything but xlsx/csv, a corrupted file, one bigger than `max_bytes` (or unpacking to
    more than ``UNPACKED_PER_PACKED`` times that), more than MAX_SHEETS sheets, more shared strings
    than cells allowed, a formula cell, a first sheet reaching (by its cells or its declared
    dimension) beyond row `max_rows` + HEADER_SCAN_ROWS or column MAX_COLUMNS, or holding more
    than that many rows of CELLS_PER_ROW cells, no header row, repeated headers, no data rows, more
    than `max_rows` data rows. Headers that are not in `labels` are read under UNMAPPED, for the
    caller to map or refuse.
    """
    if not data or not data.strip():
        raise ImportFileError(t('impor.berkas.kosong'))
    if len(data) > max_bytes:
        raise ImportFileError(too_big(len(data), max_bytes))
    known = _Labels(labels)
    name = filename.lower()
    if data.startswith(_ZIP):
        return _table(_xlsx_rows(data, max_bytes * UNPACKED_PER_PACKED, max_rows), known, max_rows)
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

def _xlsx_rows(data: bytes, max_unpacked: int, max_rows: int) -> Iterator[list[Any]]:
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
    _refuse_what_the_reader_cannot_hold(archive, max_rows)
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


def _refuse_what_the_reader_cannot_hold(archive: zipfile.ZipFile, max_rows: int) -> None:
    """Measured in a stream (exports.xlsx_guard) before python-calamine holds the first sheet as one
    dense range from A1 to its farthest cell: too many sheets or shared strings, a formula, a sheet
    (as it declares itself, and as its cells are) reaching beyond the rows and columns one import
    reads, or holding more cells than `max_rows` rows of CELLS_PER_ROW."""
    last_row = max_rows + HEADER_SCAN_ROWS
    most_cells = last_row * CELLS_PER_ROW
    book = _measured(xlsx_guard.workbook_shape, archive)
    if book.sheets > MAX_SHEETS:
        raise ImportFileError(t('impor.berkas.terlalu_banyak_lembar', n=format_number(book.sheets),
                                batas=format_number(MAX_SHEETS)))
    strings = _measured(xlsx_guard.shared_strings, archive, book.shared_strings)
    if strings > most_cells:
        raise ImportFileError(t('impor.berkas.teks_terlalu_banyak', n=format_number(strings),
                                batas=format_number(most_cells)))
    sheet = _measured(xlsx_guard.sheet_shape, archive, book.first_sheet)
    if sheet.formula is not None:
        raise ImportFileError(t('impor.berkas.rumus', sel=sheet.formula or t('impor.berkas.sel_tak_dikenal')))
    for rows, columns in (sheet.declared or (0, 0), (sheet.rows, sheet.columns)):
        if rows > last_row or columns > MAX_COLUMNS:
            raise ImportFileError(t('impor.berkas.terlalu_luas', baris=format_number(rows),
                                    kolom=xlsx_guard.column_letters(columns), batas_baris=format_number(last_row),
                                    batas_kolom=xlsx_guard.column_letters(MAX_COLUMNS)))
        if rows * columns > most_cells:
            raise ImportFileError(t('impor.berkas.terlalu_banyak_sel', baris=format_number(rows),
                                    kolom=format_number(columns), batas=format_number(most_cells)))


def _measured(measure: Callable[..., T], *args: Any) -> T:
    """A measure of exports.xlsx_guard; a part missing or not XML is a corrupted file."""
    try:
        return measure(*args)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zipfile.LargeZipFile):
        raise ImportFileError(t('impor.berkas.rusak')) from None


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
                    key=lambda d: max((known.header_likeness(row) for row in csv.reader(head, delimiter=d)),
                                      default=(0, 0)))
    try:
        yield from csv.reader(io.StringIO(text, newline=''), delimiter=delimiter)
    except csv.Error:
        raise ImportFileError(t('impor.berkas.csv_rusak')) from None


# ---- the header and the rows under it ------------------------------------------------------------

def _clean(cell: Any) -> Any:
    return None if cell is None or (isinstance(cell, str) and not cell.strip()) else cell


def _is_heading(cell: Any) -> bool:
    """A cell that could head a column: text with a letter in it (not a number written as text)."""
    return isinstance(cell, str) and any(c.isalpha() for c in cell)


def _table(rows: Iterator[list[Any]], known: _Labels, max_rows: int) -> Table:
    top: list[list[Any]] = []
    for row in rows:
        top.append(row)
        if len(top) >= HEADER_SCAN_ROWS:
            break
    if not any(_clean(cell) is not None for row in top for cell in row):
        raise ImportFileError(t('impor.berkas.tanpa_data'))
    # the row with most labels; in a file without any, the first row with most headings (two at least)
    scores = [known.header_likeness(row) for row in top]
    best = max(scores)
    if best[0] == 0 and best[1] < 2:
        raise ImportFileError(t('impor.berkas.tanpa_judul', dikenal=known.expected()))
    header_index = scores.index(best)
    kept: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for index, cell in enumerate(top[header_index]):
        if _clean(cell) is None:
            continue
        text, label = str(cell).strip(), normalize_label(cell)
        if label in seen:
            raise ImportFileError(t('impor.berkas.kolom_ganda', kolom=text, baris=header_index + 1))
        seen.add(label)
        if label not in known.keys:
            kept.append((index, UNMAPPED, text))
        elif known.keys[label] is not None:
            kept.append((index, known.keys[label], text))
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
