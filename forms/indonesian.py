"""Indonesian formats: dates as dd/mm/yyyy, numbers as 1.250.000,50, money as Rp 1.250.000."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from locales import t
from models.clock import WIB, office_today  # noqa: F401  (WIB is offered here with the formats that show it)
from models.formats import format_number, format_rupiah  # noqa: F401  (offered here with the other formats)
from models.workdays import add_working_days, subtract_working_days


MONTHS = t('formulir.tanggal.bulan').split(',')   # January first, for titles

_SEPARATORS = r'[/.\-\s]'
_DATE = re.compile(rf'^(\d{{1,2}}){_SEPARATORS}+(\d{{1,2}}){_SEPARATORS}+(\d{{4}}|\d{{2}})$')
_DIGITS = re.compile(r'^(\d{2})(\d{2})(\d{4}|\d{2})$')           # 02122026, 021226
_ISO_DATE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')
_NAMED_MONTH = re.compile(rf'^(\d{{1,2}}){_SEPARATORS}*([^\W\d_]+)\.?{_SEPARATORS}*(\d{{4}}|\d{{2}})$')
_WORKING_DAYS = re.compile(r'^([+-])\s*(\d{1,3})$')
# Month names as typed besides the catalogue's: English (letters from abroad, spreadsheets set to
# English), the old spellings still on stamps and letterheads, and the usual short forms of Agustus
_MONTH_SPELLINGS = (
    *((name.casefold(), number) for number, name in enumerate(MONTHS, 1)),
    *((name, number) for number, name in enumerate(
        ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
         'november', 'december'), 1)),
    ('pebruari', 2), ('nopember', 11))
_SHORT_MONTHS = {'agt': 8, 'ags': 8}
_TWO_DIGIT_YEAR_AHEAD = 20   # '85' is 1985 (a birth date), '26' and '40' are 20yy


def today() -> date:
    """The office's date (models.clock); tests replace it to fix the day `hari ini` and `+3` are read from."""
    return office_today()


class ParseError(ValueError):
    """A value typed by a user that cannot be read; the message is shown beside the field."""


def parse_date(text: str) -> date:
    """A date as people type it: `2/12/26`, `2-12-2026`, `2.12.2026`, `02122026`, `021226`,
    `2 Des 2026` (also `2 Desember 26`, `2 Dec 2026`), `hari ini`, `kemarin`, `besok`, `+3` / `-2`
    (working days from today) and ISO `2026-12-02` from date pickers. Day first, always."""
    cleaned = ' '.join(text.split()).casefold()
    if relative := _relative_day(cleaned):
        return relative
    if match := _DATE.match(cleaned) or _DIGITS.match(cleaned):
        day, month, year = int(match[1]), int(match[2]), _full_year(match[3])
    elif match := _ISO_DATE.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif (match := _NAMED_MONTH.match(cleaned)) and (month := _month_named(match[2])):
        day, year = int(match[1]), _full_year(match[3])
    else:
        raise ParseError(t('formulir.galat.tanggal'))
    try:
        return date(year, month, day)
    except ValueError:
        raise ParseError(t('formulir.galat.tanggal_tidak_ada', tanggal=text.strip())) from None


def _relative_day(cleaned: str) -> date | None:
    words = {t('formulir.tanggal.hari_ini'): 0, t('formulir.tanggal.kemarin'): -1, t('formulir.tanggal.besok'): 1}
    for word, days in words.items():
        if cleaned == word.casefold():
            return today() + timedelta(days=days)
    if match := _WORKING_DAYS.match(cleaned):
        days = int(match[2])
        return add_working_days(today(), days) if match[1] == '+' else subtract_working_days(today(), days)
    return None


def _full_year(digits: str) -> int:
    """Two digits are this century's year unless that is over 20 years ahead (then the last century's)."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year - 100 if year > today().year + _TWO_DIGIT_YEAR_AHEAD else year


def _month_named(word: str) -> int | None:
    """`des`, `desember`, `dec`, `sept`, `agt`: a month's name, or its first three letters or more."""
    if word in _SHORT_MONTHS:
        return _SHORT_MONTHS[word]
    found = {number for name, number in _MONTH_SPELLINGS if len(word) >= 3 and name.startswith(word)}
    return found.pop() if len(found) == 1 else None


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
