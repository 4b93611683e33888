"""The cells of an uploaded table (core.import_sheet.Table): how a typed cell becomes what the field
registry takes (each kind's `import_cell`, forms/typed_cells.py), how an office's codes for a
choice (L/P, 1–4) are read as the choices, how the registry's parser is remembered for cells that
repeat, and how the preview shows a cell.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Callable

from tortoise.fields import Field

from locales import t
from forms.fields import FieldKind, enum_choices, kind_of, to_python
from forms.indonesian import ParseError, format_date, format_datetime


def typed_cell(kind: FieldKind, value: Any) -> Any:
    """An Excel cell that is already typed (date, number, boolean) turned into what the field registry
    takes for this kind of field (its `import_cell`); text is left for the registry to parse."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (time, timedelta)):
        return str(value)
    return kind.import_cell(value)


@dataclass
class ChoiceCodes:
    """How one column of a file writes the choices of an enum field when not as the choices
    themselves: code (as compared: casefolded, a whole number as its digits) → the choice."""
    choices: dict[str, str] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)   # code → as the file first wrote it (the preview)

    def __call__(self, value: Any) -> Any:
        """A cell already through its kind's `import_cell`: its choice when it is a code, else itself."""
        if not self.choices or value is None:
            return value
        return self.choices.get(_code_key(value), value)

    def pairs(self) -> list[tuple[str, str]]:
        """(as written, choice), in the order of the choices, for the preview."""
        return [(self.written[code], choice) for code, choice in self.choices.items()]


def choice_codes(field_obj: Field, cells: Iterable[Any]) -> ChoiceCodes:
    """The codes one column uses for an enum field's choices, read from all its cells, only for an
    import (a form's typed input keeps to the choices). A cell that is a choice (or its name) is
    left alone. Whole numbers from 1 to N are the Nth choice when every cell of the column is one
    and none is a choice itself (an SKM answer 1–4 stays what it is). Other text is the one choice
    that it abbreviates: a prefix ('L' of 'Laki-laki', 'Wira' of 'Wirausaha'), the initials of its
    words ('SR' of 'Sangat Rahasia'), or a word for a one-letter choice ('Laki-laki' for 'L'); a
    code that fits two choices is left to the registry, which names the choices."""
    codes = ChoiceCodes()
    if kind_of(field_obj).name != 'enum':
        return codes
    choices = enum_choices(field_obj)
    direct = {choice.casefold() for choice in choices} | {member.name.casefold() for member in field_obj.enum_type}
    written: dict[str, str] = {}
    # each distinct cell once, in the order first met: a column of 100 000 rows holds a few (a bool and
    # the int it equals stay apart)
    for _, cell in dict.fromkeys((type(cell), cell) for cell in cells):
        if cell is not None and (key := _code_key(cell)) and key not in written:
            written[key] = shown_cell(cell)
    if not written.keys() - direct:
        return codes
    if all(key.isdigit() and 1 <= int(key) <= len(choices) for key in written) and not written.keys() & direct:
        codes.choices = {key: choices[int(key) - 1] for key in written}
    else:
        for key in written.keys() - direct:
            fitting = [choice for choice in choices if _abbreviates(key, choice.casefold())]
            if len(fitting) == 1:
                codes.choices[key] = fitting[0]
    codes.choices = dict(sorted(codes.choices.items(), key=lambda item: (choices.index(item[1]), item[0])))
    codes.written = {key: written[key] for key in codes.choices}
    return codes


def _code_key(value: Any) -> str:
    if isinstance(value, bool):
        return ''
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, str)):
        return ' '.join(str(value).split()).casefold()
    return ''


def _abbreviates(code: str, choice: str) -> bool:
    initials = ''.join(word[0] for word in re.split(r'[\s/-]+', choice) if word)
    return (choice.startswith(code) or (len(code) > 1 and code == initials)
            or (len(choice) == 1 and code.startswith(choice)))


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
