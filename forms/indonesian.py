"""Indonesian formats: dates as dd/mm/yyyy, numbers as 1.250.000,50, money as Rp 1.250.000."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from locales import t
from models.formats import format_number, format_rupiah  # noqa: F401  (offered here with the other formats)

WIB = ZoneInfo('Asia/Jakarta')

MONTHS = t('formulir.tanggal.bulan').split(',')   # January first, for titles

_DATE = re.compile(r'^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$')
_ISO_DATE = re.compile(r'^\s*(\d{4})-(\d{2})-(\d{2})\s*$')


class ParseError(ValueError):
    """A value typed by a user that cannot be read; the message is shown beside the field."""


def parse_date(text: str) -> date:
    """`31/12/2026` (also `31-12-2026`, `31.12.2026`, and ISO `2026-12-31` from date pickers)."""
    if match := _DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ParseError(t('formulir.galat.tanggal'))
    try:
        return date(year, month, day)
    except ValueError:
        raise ParseError(t('formulir.galat.tanggal_tidak_ada', tanggal=text.strip())) from None


def format_date(value: date | None) -> str:
    if value is None:
        return ''
    if isinstance(value, datetime):
        value = value.astimezone(WIB) if value.tzinfo else value
    # strftime's text at half its cost (every grid cell), keeping the zeros of a year before 1000
    # that strftime's %Y drops on Linux: 01/01/0001, not 01/01/1 (which would not read back)
    return f'{value.day:02d}/{value.month:02d}/{value.year:04d}'


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ''
    if value.tzinfo:
        value = value.astimezone(WIB)
    return f'{format_date(value)} {value.hour:02d}:{value.minute:02d}'


def format_long_date(value: date) -> str:
    """`28 November 2026`, for titles."""
    return f'{value.day} {MONTHS[value.month - 1]} {value.year}'


def parse_decimal(text: str) -> Decimal:
    """`1.250.000,50`, `1250000,5`, `Rp 1.250.000` and plain `1250000.50` are all read."""
    cleaned = text.strip().replace('Rp', '').replace('rp', '').replace(' ', '').replace('\u00a0', '')
    if not cleaned:
        raise ParseError(t('formulir.galat.isi_angka'))
    if ',' in cleaned:
        cleaned = cleaned.replace('.', '').replace(',', '.')
    elif cleaned.count('.') > 1 or re.fullmatch(r'-?\d{1,3}(\.\d{3})+', cleaned):
        cleaned = cleaned.replace('.', '')  # dots as thousands separators: 1.250.000
    if not re.fullmatch(r'-?\d+(\.\d+)?', cleaned):
        raise ParseError(t('formulir.galat.angka'))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ParseError(t('formulir.galat.angka')) from None


def parse_int(text: str) -> int:
    cleaned = text.strip().replace('.', '') if re.fullmatch(r'\s*-?\d{1,3}(\.\d{3})+\s*', text) else text.strip()
    if not re.fullmatch(r'-?\d+', cleaned):
        raise ParseError(t('formulir.galat.bilangan_bulat'))
    return int(cleaned)
