"""The one streaming xlsx writer of the project: every export goes through ``write_xlsx``.

Rows arrive in chunks from the caller (fetched on the event loop); all xlsxwriter work happens in a
child process (exports/xlsx_process.py), driven from one worker thread per export, so neither the
event loop nor another user's page change waits for writing or ``wb.close()``. Cells are typed (real
numbers and dates) and strings are always written as plain text, so user data such as ``=1+1`` or
``+62...`` can never become a formula.
"""

from __future__ import annotations

import asyncio
import math
import os
import re
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import xlsxwriter

from exports import xlsx_process
from forms.indonesian import format_date, format_datetime
from locales import t

__all__ = ["A4", "BOOK", "F4", "ExportColumn", "KINDS", "PrintSetup", "apply_print_setup", "export_filename",
           "sanitize_sheet_title", "write_xlsx"]

WIB = ZoneInfo("Asia/Jakarta")
KINDS = ("text", "int", "decimal", "money", "percent", "date", "datetime", "bool")
# Number format codes use '.' for decimals and ',' for thousands; Excel renders them in the
# user's locale, so an Indonesian Excel shows "Rp 1.250.000,00".
NUM_FORMATS = {
    "decimal": "#,##0.00",
    "money": '"Rp" #,##0.00;-"Rp" #,##0.00',
    "percent": '0.00"%"',  # values are percentage points: 85.5 -> "85,50%"
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm",
}
_DEFAULT_WIDTHS = {"text": 30, "int": 10, "decimal": 14, "money": 20, "percent": 10,
                   "date": 12, "datetime": 17, "bool": 8}
_MAX_EXACT_INT = 10**15  # Excel keeps 15 significant digits; bigger ints are written as text


@dataclass(frozen=True)
class ExportColumn:
    """One exported column.

    kind: 'text', 'int', 'decimal', 'money' (Rupiah), 'percent' (percentage points, 85.5 = 85,5%),
    'date', 'datetime', 'bool' ('Ya'/'Tidak'). Identifier-like digits (NIK, NIP, phone) must be 'text'.
    width: Excel column width in characters; None derives one from the label and kind.
    """

    label: str
    kind: str
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown export column kind {self.kind!r}; expected one of {KINDS}")


def sanitize_sheet_title(title: str) -> str:
    """Make a valid Excel sheet name: no []:*?/\\ characters, no edge apostrophes, at most 31 chars."""
    name = re.sub(r"[\[\]:*?/\\\x00-\x1f]", "_", title).strip().strip("'")
    name = name[:31].strip().strip("'")
    return name or t("ekspor.berkas.lembar_bawaan")


def export_filename(table_name: str, now: datetime) -> str:
    """E.g. ``export_filename('Surat Masuk', now)`` -> ``'surat_masuk_20261128-213000.xlsx'``.

    ``now`` is used as given (pass local WIB time); a tz-aware value is converted to WIB first.
    """
    if now.tzinfo is not None:
        now = now.astimezone(WIB)
    stem = re.sub(r"[^a-z0-9]+", "_", table_name.lower()).strip("_")[:60] or t("ekspor.berkas.nama_bawaan")
    return f"{stem}_{now:%Y%m%d-%H%M%S}.xlsx"


def _to_wib(value: datetime) -> datetime:
    """Aware datetimes -> naive Asia/Jakarta wall time; naive ones are taken as already local."""
    return value.astimezone(WIB).replace(tzinfo=None) if value.tzinfo is not None else value


@dataclass(frozen=True)
class Letterhead:
    """The office's own register layout: the kop above, the signature block below the rows."""
    lines: tuple[str, ...]        # e.g. PEMERINTAH KABUPATEN LUMAJANG / KECAMATAN CANDIPURO / the address
    signature: tuple[str, ...]    # e.g. 'Candipuro, 28 November 2026', 'CAMAT CANDIPURO', '', '', 'NAMA', 'NIP. …'


A4 = 9     # xlsxwriter's set_paper codes (Excel's paperSize): 9 is A4 210 x 297 mm,
F4 = 14    # 14 is Folio 8.5 x 13 in (216 x 330 mm), the F4 of Indonesian offices


@dataclass(frozen=True)
class PrintSetup:
    """How a report-format sheet prints: Excel keeps it in the file, so the clerk presses Print and
    gets pages that fit the paper. Always one page wide (any number of pages tall), the heading
    rows on every page, 'Halaman 1 dari 3' in the footer, centred between the margins (inches)."""
    landscape: bool = True
    paper: int = F4
    margins: tuple[float, float, float, float] = (0.4, 0.4, 0.6, 0.6)   # left, right, top, bottom


# The office's books (Buku Agenda, Ekspedisi, KIB, register layanan, DUK) have many columns and are
# kept on F4 paper: landscape F4. A report of a few columns (the IKM recap) prints on A4.
BOOK = PrintSetup()


def apply_print_setup(ws, setup: PrintSetup, heading_rows: tuple[int, int]) -> None:
    """The one place a worksheet's print setup is made; `heading_rows` (first, last, 0-based) are
    repeated at the top of every printed page."""
    if setup.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(setup.paper)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(*heading_rows)
    ws.center_horizontally()
    left, right, top, bottom = setup.margins
    ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    ws.set_footer("&C" + t("ekspor.cetak.halaman"))


class Sheet:
    """Holds the workbook; made and used in the writer's child process (exports/xlsx_process.py)."""

    def __init__(self, path: Path, sheet_title: str, title: str,
                 subtitle_lines: list[str], columns: list[ExportColumn], letterhead: Letterhead | None = None,
                 print_setup: PrintSetup | None = None) -> None:
        self.wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "remove_timezone": True,
        })
        self.ws = self.wb.add_worksheet(sanitize_sheet_title(sheet_title))
        self.columns = columns
        self.yes, self.no = t("common.ya"), t("common.tidak")
        self.formats = {k: self.wb.add_format({"num_format": f}) for k, f in NUM_FORMATS.items()}
        self.wrapped = self.wb.add_format({"text_wrap": True, "valign": "top"})   # text of several lines
        # constant_memory: column widths and panes first, then rows strictly top to bottom.
        for c, col in enumerate(columns):
            width = col.width or min(60, max(len(col.label) + 4, _DEFAULT_WIDTHS[col.kind]))
            self.ws.set_column(c, c, width)
        self.letterhead = letterhead
        top = 0
        last_col = max(len(columns) - 1, 0)
        if letterhead:  # the kop: centred over the whole table, ruled off below
            for i, line in enumerate(letterhead.lines):
                fmt = {"bold": True, "align": "center", "font_size": 14 if i < 2 else 11}
                if i == len(letterhead.lines) - 1:
                    fmt["bottom"] = 6
                self._merged(i, last_col, line, self.wb.add_format(fmt))
            top = len(letterhead.lines) + 1
            self._merged(top, last_col, title, self.wb.add_format({"bold": True, "font_size": 13, "align": "center"}))
            for i, line in enumerate(subtitle_lines, start=top + 1):
                self._merged(i, last_col, line, self.wb.add_format({"align": "center"}))
        else:
            self.ws.write_string(0, 0, title, self.wb.add_format({"bold": True, "font_size": 14}))
            for i, line in enumerate(subtitle_lines, start=1):
                self.ws.write_string(i, 0, line)
        self.header_row = top + len(subtitle_lines) + 2  # title, subtitles, one blank row
        header_fmt = self.wb.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2",
                                         "text_wrap": True, "valign": "top"})
        for c, col in enumerate(columns):
            self.ws.write_string(self.header_row, c, col.label, header_fmt)
        self.ws.freeze_panes(self.header_row + 1, 0)
        if print_setup:
            apply_print_setup(self.ws, print_setup, (self.header_row, self.header_row))
        self.next_row = self.header_row + 1

    def write_rows(self, rows: list[Sequence[Any]]) -> int:
        columns, formats = self.columns, self.formats
        for values in rows:
            r = self.next_row
            if len(values) != len(columns):
                raise ValueError(f"row {r + 1} has {len(values)} values, expected {len(columns)}")
            for c, (col, value) in enumerate(zip(columns, values)):
                if value is not None:
                    self._cell(r, c, col.kind, value, formats)
            self.next_row += 1
        return len(rows)

    def _cell(self, r: int, c: int, kind: str, value: Any, formats: dict) -> None:
        ws = self.ws
        if isinstance(value, bool) or (kind == "bool" and isinstance(value, int)):
            ws.write_string(r, c, self.yes if value else self.no)
        elif kind in ("int", "decimal", "money", "percent") and isinstance(value, (int, float, Decimal)):
            if isinstance(value, int) and abs(value) >= _MAX_EXACT_INT:
                ws.write_string(r, c, str(value))  # would lose digits as an Excel number
            elif not math.isfinite(value):
                return  # NaN/Infinity: leave the cell blank
            else:
                ws.write_number(r, c, float(value), formats.get(kind))
        elif kind in ("date", "datetime") and isinstance(value, date):
            if isinstance(value, datetime):
                value = _to_wib(value)
                if kind == "date":
                    value = value.date()
            if value.year < 1900:  # before Excel's epoch: keep it readable as text
                ws.write_string(r, c, format_date(value) if kind == "date" else format_datetime(value))
            else:
                ws.write_datetime(r, c, value, formats[kind])
        else:  # text, or a value that does not fit its kind: always plain text, never a formula
            text = value if isinstance(value, str) else str(value)
            ws.write_string(r, c, text, self.wrapped if "\n" in text else None)

    def _merged(self, row: int, last_col: int, text: str, fmt) -> None:
        if last_col > 0:
            self.ws.merge_range(row, 0, row, last_col, "", fmt)
        self.ws.write_string(row, 0, text, fmt)

    def close(self, tmp: Path, final: Path) -> None:
        last_row = max(self.next_row - 1, self.header_row)
        self.ws.autofilter(self.header_row, 0, last_row, len(self.columns) - 1)
        if self.letterhead:  # the signature block, under the right-hand columns
            first_col = max(0, len(self.columns) - 3)
            centred = self.wb.add_format({"align": "center"})
            for i, line in enumerate(self.letterhead.signature, start=last_row + 2):
                if len(self.columns) - 1 > first_col:
                    self.ws.merge_range(i, first_col, i, len(self.columns) - 1, "", centred)
                self.ws.write_string(i, first_col, line, centred)
        self.wb.close()
        os.replace(tmp, final)


def _discard(held: list[xlsx_process.SheetWorker], tmp: Path) -> None:
    for worker in held:
        worker.kill()   # before the file goes: the child may still be writing it
    tmp.unlink(missing_ok=True)


async def write_xlsx(path: Path, *, sheet_title: str, title: str, subtitle_lines: list[str],
                     columns: list[ExportColumn], chunks: AsyncIterator[list[Sequence[Any]]],
                     on_progress: Callable[[int], None] | None = None,
                     letterhead: Letterhead | None = None, print_setup: PrintSetup | None = None) -> int:
    """Stream ``chunks`` of row tuples into a one-sheet xlsx at ``path``; return the rows written.

    Each row holds one Python value per column (str, int, Decimal, float, date, datetime, bool, None).
    Writing chunk N in the writer's process overlaps with fetching chunk N+1 on the event loop, so a
    yielded list must not be mutated afterwards. ``on_progress(total_rows_written)`` runs on the
    event loop after each chunk. ``print_setup`` makes it print to the paper (apply_print_setup),
    its column headings repeated on every page. The file appears at ``path`` only when complete (written as
    ``<path>.part`` and renamed); on error or cancellation the writer's process is ended and the partial
    file removed.
    """
    if not columns:
        raise ValueError("an export needs at least one column")
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    loop = asyncio.get_running_loop()
    # One thread, FIFO: the requests to the child stay ordered, and cleanup queued after a failure
    # runs only once any in-flight request has ended.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="xlsx-export")
    held: list[xlsx_process.SheetWorker] = []   # the child, once taken

    def send(operation: str, *arguments: Any) -> Any:
        if not held:
            held.append(xlsx_process.take())
        return held[0].call(operation, arguments)

    pending: asyncio.Future[int] | None = None
    written = 0
    try:
        await loop.run_in_executor(executor, send, "open", tmp, sheet_title, title, list(subtitle_lines),
                                   list(columns), letterhead, print_setup)
        async for chunk in chunks:
            if pending is not None:
                written += await pending
                if on_progress:
                    on_progress(written)
            pending = loop.run_in_executor(executor, send, "rows", chunk)
        if pending is not None:
            written += await pending
            pending = None
            if on_progress:
                on_progress(written)
        await loop.run_in_executor(executor, send, "close", tmp, path)
        await loop.run_in_executor(executor, xlsx_process.give_back, held.pop())
    except BaseException:
        if pending is not None:
            pending.cancel()  # its outcome no longer matters
        for worker in held:
            worker.process.kill()   # the in-flight request ends at once; _discard waits for the child
        executor.submit(_discard, held, tmp)
        raise
    finally:
        executor.shutdown(wait=False)
    return written
