"""The one field registry: Tortoise field class → how it is parsed, shown, filtered, exported and edited,
how it goes to and comes from the database, and how an import takes a typed spreadsheet cell.

Looked up along the field class's MRO, so a subclass (MoneyField of DecimalField) can have its own
entry and anything else falls back to its parent's. A new field type is one `FieldKind` entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Callable

from tortoise import fields
from tortoise.fields import Field
from tortoise.fields.data import CharEnumFieldInstance, IntEnumFieldInstance
from tortoise.fields.relational import ForeignKeyFieldInstance

from locales import t
from forms import indonesian as fmt
from forms import typed_cells as cell
from forms.indonesian import ParseError
from models.base import FilesField, LongTextField, MoneyField, PercentField


@dataclass(frozen=True)
class FieldKind:
    name: str
    export: str                                   # ExportColumn kind of exports.xlsx_writer
    filter: str                                   # 'contains' | 'in' | 'range' | 'fk' | 'bool'
    parse: Callable[[Field, str], Any]            # text typed by a person → Python value (raises ParseError)
    display: Callable[[Field, Any], str]          # Python value → text in a grid cell or an input
    widget: str                                   # 'input' | 'textarea' | 'date' | 'select' | 'checkbox'
    inline: bool = True                           # may be edited in a grid cell
    numeric: bool = False                         # right-aligned in the grid
    written_as_is: bool = False                   # a checked value goes to the database driver as it is
    read_as_is: bool = False                      # what the driver gives back is already the Python value
    import_cell: Callable[[Any], Any] = cell.as_is   # a typed spreadsheet cell → what to_python takes


# Characters no text may hold, on every write path (form, cell, paste, import, names in Pengaturan):
# the controls (NUL, ESC, DEL, the C1 range, …; a tab or a line break only in long text), the bidi
# controls that reorder what is shown (U+202A–U+202E, U+2066–U+2069) and the invisible direction
# marks (U+200E, U+200F, U+061C), which make one name look like another in the grid and the audit
# log, and lone surrogates (no UTF-8 exists for them). Letters of any script, emoji with their
# zero-width joiner and the non-breaking space are ordinary text.
_HIDDEN = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]')
_LINE_BREAK = re.compile('\r\n?|[\u2028\u2029]')        # as \n, the one line break stored
_BREAK_ON_ONE_LINE = re.compile(r'\s*[\t\n]\s*')           # a tab or a line break where text is one line


def plain_text(text: str, *, multiline: bool) -> str:
    """Text as typed, trimmed; line breaks as \\n in long text, one space each in one-line text.
    Raises ParseError, naming the first hidden character and its place, for a character of _HIDDEN."""
    if found := _HIDDEN.search(text):
        raise ParseError(t('formulir.galat.karakter_tersembunyi', kode=f'U+{ord(found.group()):04X}',
                           posisi=found.start() + 1))
    text = _LINE_BREAK.sub('\n', text).strip()
    return text if multiline else _BREAK_ON_ONE_LINE.sub(' ', text)


def shown_safely(text: str) -> str:
    """Text that is kept as given (a failed login's name in the audit log), its hidden characters
    written out as \\u202e so they cannot spoof what is shown."""
    return _HIDDEN.sub(lambda found: f'\\u{ord(found.group()):04x}', text)


def _text(field: Field, text: str) -> str:
    return plain_text(text, multiline=False)


def _long_text(field: Field, text: str) -> str:
    return plain_text(text, multiline=True)


def _show(field: Field, value: Any) -> str:
    return '' if value is None else str(value)


def _parse_enum(field: Field, text: str) -> Enum:
    text = text.strip()
    for member in field.enum_type:
        if text.casefold() in (str(member.value).casefold(), member.name.casefold()):
            return member
    choices = ', '.join(str(m.value) for m in field.enum_type)
    raise ParseError(t('formulir.galat.pilih_salah_satu', pilihan=choices))


def _show_enum(field: Field, value: Any) -> str:
    if value is None:
        return ''
    return str(value.value if isinstance(value, Enum) else value)


def _parse_bool(field: Field, text: str) -> bool:
    lowered = text.strip().casefold()
    if lowered in ('ya', 'y', 'true', '1', 'benar', t('common.ya').casefold()):
        return True
    if lowered in ('tidak', 't', 'false', '0', 'salah', t('common.tidak').casefold()):
        return False
    raise ParseError(t('formulir.galat.ya_tidak', ya=t('common.ya'), tidak=t('common.tidak')))


def _show_bool(field: Field, value: Any) -> str:
    return '' if value is None else t('common.ya') if value else t('common.tidak')


def _parse_fk(field: Field, text: str) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise ParseError(t('formulir.galat.pilih_dari_daftar')) from None
    if not 0 < value < 2 ** 31:
        raise ParseError(t('formulir.galat.pilih_dari_daftar'))
    return value


def _parse_datetime(field: Field, text: str) -> datetime:
    parts = text.strip().split()
    day = fmt.parse_date(parts[0])
    hour, minute = 0, 0
    if len(parts) > 1:
        try:
            hour, minute = (int(p) for p in parts[1].replace('.', ':').split(':')[:2])
            return datetime(day.year, day.month, day.day, hour, minute, tzinfo=fmt.WIB)
        except ValueError:
            raise ParseError(t('formulir.galat.waktu')) from None
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=fmt.WIB)



def _parse_percent(field: Field, text: str) -> Decimal:
    """`12,5`, `12,5%` and `12,5 %` are 12.5 percentage points."""
    return fmt.parse_decimal(text.strip().removesuffix('%'))


def _show_percent(field: Field, value: Any) -> str:
    """`12,5%`: the field's decimals, without trailing zeros."""
    if value is None:
        return ''
    text = fmt.format_number(value, field.decimal_places)
    return (text.rstrip('0').rstrip(',') if ',' in text else text) + '%'


# The files kind: what a FilesField holds is the list of its files' descriptions (models/base.py). Only
# an upload makes one (core/record_files.py); here a description is checked for its shape, so nothing
# else can sneak into the column. The bytes are in core/file_store.py, named by SHA256.
SHA256 = re.compile('[0-9a-f]{64}')
FILE_NAME_MAX = 200


def safe_file_name(name: str) -> str:
    """A file's name as kept and shown: plain one-line text, no folder parts, no hidden characters.
    Raises ParseError naming what is wrong (a name with `../`, a NUL, a right-to-left override)."""
    if not isinstance(name, str) or not name.strip():
        raise ParseError(t('berkas.galat.nama_kosong'))
    if _HIDDEN.search(name):
        raise ParseError(t('berkas.galat.nama_tersembunyi'))
    name = plain_text(name, multiline=False)
    if '/' in name or '\\' in name or name in ('.', '..') or name.startswith('.'):
        raise ParseError(t('berkas.galat.nama_folder'))
    if len(name) > FILE_NAME_MAX:
        raise ParseError(t('berkas.galat.nama_panjang', n=FILE_NAME_MAX))
    return name


def _parse_files(field: Field, raw: Any) -> list[dict] | None:
    if isinstance(raw, str):
        raise ParseError(t('berkas.galat.lewat_unggah'))
    if not isinstance(raw, (list, tuple)):
        raise ParseError(t('berkas.galat.bentuk'))
    files = []
    for item in raw:
        if not isinstance(item, dict) or not SHA256.fullmatch(str(item.get('sha256', ''))) \
                or not isinstance(item.get('ukuran'), int) or isinstance(item.get('ukuran'), bool) \
                or item['ukuran'] <= 0 or not isinstance(item.get('jenis'), str):
            raise ParseError(t('berkas.galat.bentuk'))
        files.append({'sha256': item['sha256'], 'nama': safe_file_name(item.get('nama')),
                      'ukuran': item['ukuran'], 'jenis': item['jenis']})
    if not getattr(field, 'many', True) and len(files) > 1:
        raise ParseError(t('berkas.galat.satu_saja'))
    return files or None


def _show_files(field: Field, value: Any) -> str:
    """The grid's paper-clip with the count: `📎 2`."""
    return f'📎 {len(value)}' if value else ''


def format_size(size: int) -> str:
    """A file's size as a person reads it: `850 KB`, `2,4 MB`."""
    if size < 1024 * 1024:
        return f'{fmt.format_number(max(1, round(size / 1024)))} KB'
    return f"{fmt.format_number(Decimal(size) / (1024 * 1024), 1).removesuffix(',0')} MB"


def file_names(field: Field, value: Any) -> str | None:
    """The files' names, one per line: what the Excel export writes in a files column."""
    return '\n'.join(item['nama'] for item in value) if value else None


TEXT = FieldKind('text', 'text', 'contains', _text, _show, 'input',
                 written_as_is=True, read_as_is=True, import_cell=cell.text_cell)
REGISTRY: dict[type[Field], FieldKind] = {
    fields.CharField: TEXT,
    fields.TextField: FieldKind('text', 'text', 'contains', _long_text, _show, 'textarea',
                                written_as_is=True, read_as_is=True, import_cell=cell.text_cell),
    LongTextField: FieldKind('longtext', 'text', 'contains', _long_text, _show, 'textarea', inline=False,
                             written_as_is=True, read_as_is=True, import_cell=cell.text_cell),
    fields.IntField: FieldKind('int', 'int', 'range', lambda f, t: fmt.parse_int(t), _show, 'input', numeric=True,
                               written_as_is=True, read_as_is=True),
    fields.DecimalField: FieldKind('decimal', 'decimal', 'range', lambda f, t: fmt.parse_decimal(t),
                                   lambda f, v: fmt.format_number(v, f.decimal_places), 'input', numeric=True,
                                   written_as_is=True, import_cell=cell.number_cell),
    MoneyField: FieldKind('money', 'money', 'range', lambda f, t: fmt.parse_decimal(t),
                          lambda f, v: fmt.format_rupiah(v), 'input', numeric=True,
                          written_as_is=True, import_cell=cell.number_cell),
    PercentField: FieldKind('percent', 'percent', 'range', _parse_percent, _show_percent, 'input', numeric=True,
                            written_as_is=True, import_cell=cell.number_cell),
    fields.FloatField: FieldKind('float', 'decimal', 'range', lambda f, t: float(fmt.parse_decimal(t)),
                                 lambda f, v: fmt.format_number(v, 2), 'input', numeric=True,
                                 written_as_is=True, read_as_is=True, import_cell=cell.number_cell),
    fields.DateField: FieldKind('date', 'date', 'range', lambda f, t: fmt.parse_date(t),
                                lambda f, v: fmt.format_date(v), 'date',
                                written_as_is=True, import_cell=cell.date_cell),
    fields.DatetimeField: FieldKind('datetime', 'datetime', 'range', _parse_datetime,
                                    lambda f, v: fmt.format_datetime(v), 'input',
                                    written_as_is=True, import_cell=cell.datetime_cell),
    fields.BooleanField: FieldKind('bool', 'bool', 'bool', _parse_bool,
                                   _show_bool, 'checkbox', written_as_is=True, import_cell=cell.bool_cell),
    CharEnumFieldInstance: FieldKind('enum', 'text', 'in', _parse_enum, _show_enum, 'select',
                                     import_cell=cell.choice_cell),
    IntEnumFieldInstance: FieldKind('enum', 'text', 'in', _parse_enum, _show_enum, 'select',
                                    import_cell=cell.choice_cell),
    FilesField: FieldKind('files', 'text', '', _parse_files, _show_files, 'files', inline=False),
    ForeignKeyFieldInstance: FieldKind('fk', 'text', 'fk', _parse_fk, _show, 'select',
                                       import_cell=cell.reference_cell),
}


def kind_of(field: Field) -> FieldKind:
    """The registry entry for a field, along its class's MRO."""
    for cls in type(field).__mro__:
        if cls in REGISTRY:
            return REGISTRY[cls]
    raise LookupError(f'No field kind registered for {type(field).__name__}')


def enum_choices(field: Field) -> list[str]:
    return [str(member.value) for member in field.enum_type]


def to_python(field: Field, raw: Any) -> Any:
    """A value from a form widget or a pasted/typed cell → the Python value to store.

    Widgets may already hand over typed values (a checkbox's bool, a select's id); text goes through
    the registry's parser. Empty means None.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = kind_of(field)
    if isinstance(raw, str) or kind.name == 'files':   # files: a list of descriptions, never text
        return kind.parse(field, raw)
    if kind.name == 'enum':
        return kind.parse(field, str(raw.value if isinstance(raw, Enum) else raw))
    if kind.name == 'fk':
        return kind.parse(field, str(raw))
    if kind.name in ('int',) and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if float(raw) != int(raw):
            raise ParseError(t('formulir.galat.bilangan_bulat'))
        return int(raw)
    if kind.numeric and isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        return kind.parse(field, _typed_number(raw))   # each number kind reads it as it reads text
    if kind.name == 'date' and isinstance(raw, date):
        return raw
    if kind.name == 'bool' and isinstance(raw, bool):
        return raw
    return kind.parse(field, str(raw))


def _typed_number(value: int | float | Decimal) -> str:
    """A number as a person writes it (decimal comma, no thousands dots), so no parser takes
    0.125 for a hundred and twenty-five."""
    return format(Decimal(str(value)), 'f').replace('.', ',')


def display(field: Field, value: Any) -> str:
    return kind_of(field).display(field, value)
