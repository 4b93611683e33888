"""How an import takes a spreadsheet cell that is already typed (a number, a date, a boolean, as the
xlsx reader hands it over): each kind of field says it in its `import_cell` (forms/fields.py), and
gives back what the registry's `to_python` takes for that kind. Empty cells, text, and times of
day never come here: the import passes them on as text (core.import_cells.typed_cell).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from locales import t
from forms.indonesian import WIB, ParseError, format_date, format_datetime


def as_is(value: Any) -> Any:
    """The cell as it is: `to_python` takes it (a whole number in a number field, and the like)."""
    return value


def _as_written(value: Any, decimal_mark: str) -> str:
    """A typed cell as the text Excel showed; numbers of 15 digits or more lost digits in Excel."""
    if isinstance(value, bool):
        return t('common.ya') if value else t('common.tidak')
    if isinstance(value, float):
        if abs(value) >= 1e15:
            raise ParseError(t('impor.sel.angka_terlalu_panjang'))
        if value.is_integer():
            return str(int(value))
        return repr(value).replace('.', decimal_mark)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def text_cell(value: Any) -> str:
    """Text fields: the cell as Excel showed it, 12,5 with a decimal comma."""
    return _as_written(value, ',')


def reference_cell(value: Any) -> str:
    """A foreign key: written as a code or a label is looked up as text, 1.5 with its point."""
    return _as_written(value, '.')


def date_cell(value: Any) -> Any:
    return value.date() if isinstance(value, datetime) else value


def datetime_cell(value: Any) -> Any:
    """A date is its midnight; a time without a zone is the office's (WIB)."""
    if isinstance(value, date):
        if not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        return value if value.tzinfo else value.replace(tzinfo=WIB)
    return value


def number_cell(value: Any) -> Any:
    """Excel keeps 15 significant digits; binary noise like 0.30000000000000004 is dropped."""
    if isinstance(value, float):
        return Decimal(f'{value:.15g}')
    return value


def bool_cell(value: Any) -> Any:
    """1 and 0 are Ya and Tidak."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value in (0, 1):
        return bool(value)
    return value


def choice_cell(value: Any) -> Any:
    """A whole number is the choice written with those digits (an IntEnum's value, a code)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value
