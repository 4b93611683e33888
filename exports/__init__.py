"""Exports: the one streaming xlsx writer used by every export in the app."""

from .xlsx_writer import (
    KINDS,
    ExportColumn,
    Letterhead,
    export_filename,
    sanitize_sheet_title,
    write_xlsx,
)

__all__ = ["KINDS", "ExportColumn", "Letterhead", "export_filename", "sanitize_sheet_title", "write_xlsx"]
