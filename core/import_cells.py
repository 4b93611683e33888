"""The cells of an uploaded table (core.import_sheet.Table): how a typed cell becomes what the field
registry takes (each kind's `import_cell`, forms/typed_cells.py), how the registry's parser is
remembered for cells that repeat, and how the preview shows a cell.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Callable

from locales import t
from forms.fields import FieldKind, kind_of, to_python
from forms.indonesian import ParseError, format_date, format_datetime


def typed_cell(kind: FieldKind, value: Any) -> Any:
    """An Excel cell that is already typed (date, number, boolean) turned into what the field registry
    takes for this kind of field (its `import_cell`); text is left for the registry to parse."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (time, timedelta)):
        return str(value)
    return kind.import_cell(value)


def shown_cell(value: Any) -> str:
    """A cell as the preview shows it."""
    if value is None:
        return ''
    if isinstance(value, bool):
        return t('common.ya') if value else t('common.tidak')
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def memo_parse() -> Callable[[Any, Any], Any]:
    """The registry's `to_python`, remembering what each text of a non-text column gave: an import's
    dates, numbers and choices repeat a lot, and the registry parses each in a few microseconds."""
    remembered: dict[tuple[int, str], tuple[bool, Any]] = {}
    worth_it: dict[int, bool] = {}

    def parse(field_obj, raw: Any) -> Any:
        if (memo := worth_it.get(id(field_obj))) is None:
            memo = worth_it[id(field_obj)] = kind_of(field_obj).name not in ('text', 'longtext')
        if not memo or not isinstance(raw, str):
            return to_python(field_obj, raw)
        key = (id(field_obj), raw)
        if (found := remembered.get(key)) is None:
            try:
                found = (True, to_python(field_obj, raw))
            except ParseError as error:
                found = (False, str(error))
            if len(remembered) < 100_000:
                remembered[key] = found
        if not found[0]:
            raise ParseError(found[1])
        return found[1]
    return parse
