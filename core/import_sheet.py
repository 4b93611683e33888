"""What a file reader hands the import (exports.xlsx_import, run in a child process): the Table of
typed cells under the header row, or the ImportFileError that refuses the whole file; and how
headers and labels compare. Plain data only, so that the reader's process stays small.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


UNMAPPED = '?'   # the key of a column whose header is none of the caller's labels (core.import_mapping maps it)


class ImportFileError(Exception):
    """A file that cannot be imported at all; the message says why, in Indonesian."""


@dataclass
class Table:
    """The data rows under the header, with only the columns the caller imports."""
    header_row: int                                   # row number in the file (1 = the first row)
    columns: list[tuple[str, str]]                    # (key or UNMAPPED, header as written) of each column read
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)   # (row number, cells in `columns` order)


def normalize_label(text: Any) -> str:
    """Headers are compared without case and extra spaces: ' tanggal  DITERIMA' is 'Tanggal Diterima'."""
    return ' '.join(str(text).split()).casefold()
