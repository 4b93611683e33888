"""Indonesian input and display: dates dd/mm/yyyy, numbers 1.250.000,50, Rupiah."""
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from forms.indonesian import (ParseError, format_date, format_datetime, format_long_date, format_number,
                              format_rupiah, parse_date, parse_decimal, parse_int)


@pytest.mark.parametrize('text, expected', [
    ('31/12/2026', date(2026, 12, 31)), ('1/2/2026', date(2026, 2, 1)), ('05-11-2026', date(2026, 11, 5)),
    ('05.11.2026', date(2026, 11, 5)), (' 29/02/2028 ', date(2028, 2, 29)), ('2026-12-31', date(2026, 12, 31)),
])
def test_dates_are_read_day_first(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize('text, message', [
    ('31/02/2026', 'tidak ada di kalender'), ('29/02/2027', 'tidak ada di kalender'),
    ('12/31/2026', 'tidak ada di kalender'), ('lusa', 'Tanggal tidak dikenal'), ('2026/12/31', 'Tanggal tidak dikenal'),
    ('', 'Tanggal tidak dikenal'),
])
def test_bad_dates_say_why_in_indonesian(text, message):
    with pytest.raises(ParseError, match=message):
        parse_date(text)


def test_dates_are_shown_day_first_in_wib():
    assert format_date(date(2026, 1, 5)) == '05/01/2026'
    assert format_date(None) == ''
    late_utc = datetime(2026, 11, 28, 20, 0, tzinfo=timezone.utc)   # 03:00 the next day in WIB
    assert format_datetime(late_utc) == '29/11/2026 03:00'
    assert format_long_date(date(2026, 8, 17)) == '17 Agustus 2026'


@pytest.mark.parametrize('day', [date(1, 1, 1), date(999, 12, 31), date(2026, 3, 5), date(9999, 12, 31)])
def test_a_date_is_shown_with_four_year_digits_and_reads_back(day):
    """strftime's %Y drops the zeros of a year before 1000 (`01/01/1`), which reads back as nothing."""
    shown = format_date(day)
    assert len(shown) == 10 and parse_date(shown) == day
    assert format_date(date(1, 1, 1)) == '01/01/0001'
    assert format_datetime(datetime(1, 1, 1, 8, 30)) == '01/01/0001 08:30'


@pytest.mark.parametrize('text, expected', [
    ('1.250.000,50', Decimal('1250000.50')), ('1250000,5', Decimal('1250000.5')), ('Rp 1.250.000', Decimal('1250000')),
    ('8.000,01', Decimal('8000.01')), ('1250000.50', Decimal('1250000.50')), ('1.000', Decimal('1000')),
    ('-2.500', Decimal('-2500')), ('0', Decimal('0')), ('Rp1.000.000,00', Decimal('1000000.00')),
])
def test_indonesian_numbers(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize('text', ['', 'satu juta', '1,2,3', '1.2.3,4,5', '12a'])
def test_bad_numbers(text):
    with pytest.raises(ParseError):
        parse_decimal(text)


def test_integers():
    assert parse_int('12') == 12
    assert parse_int('1.500') == 1500
    for bad in ('1,5', 'dua', '1.5'):
        with pytest.raises(ParseError, match='bilangan bulat'):
            parse_int(bad)


def test_money_and_numbers_are_shown_the_indonesian_way():
    assert format_rupiah(Decimal('1250000')) == 'Rp 1.250.000'
    assert format_rupiah(Decimal('1250000.50')) == 'Rp 1.250.000,50'
    assert format_rupiah(None) == ''
    assert format_number(Decimal('8000.01'), 2) == '8.000,01'
    assert format_number(1234567) == '1.234.567'
