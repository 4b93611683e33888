"""Dates as people type them (issue #17): short years, dashes and dots, digits only, month names in
Indonesian or English, `hari ini` / `kemarin` / `besok` and `+3` / `-2` working days, all read by
forms.indonesian.parse_date (every date input, grid cell, paste and import), with "today" fixed."""
from datetime import date, timedelta

import pytest

from forms import indonesian
from forms.fields import to_python
from forms.indonesian import ParseError, format_date, parse_date
from models.persuratan import SuratMasuk
from models.workdays import add_working_days, subtract_working_days

TODAY = date(2026, 12, 3)   # a Thursday


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(indonesian, 'today', lambda: TODAY)


@pytest.mark.parametrize('text', [
    '2/12/26', '02/12/26', '2-12-2026', '2.12.2026', '2 12 2026', '02122026', '021226', ' 2/12/2026 ',
    '2 Des 2026', '2 des 2026', '2 DES 26', '2 Desember 2026', '2 desember 26', '2-Des-2026', '2 Des. 2026',
    '2 Dec 2026', '2 december 2026', '2026-12-02',
])
def test_the_second_of_december_typed_every_way(text):
    assert parse_date(text) == date(2026, 12, 2)
    assert format_date(parse_date(text)) == '02/12/2026'


@pytest.mark.parametrize('text, expected', [
    ('17 Agustus 2026', date(2026, 8, 17)), ('17 agu 26', date(2026, 8, 17)), ('17 Agt 2026', date(2026, 8, 17)),
    ('17 aug 2026', date(2026, 8, 17)), ('5 Mei 2026', date(2026, 5, 5)), ('5 May 2026', date(2026, 5, 5)),
    ('1 Okt 2026', date(2026, 10, 1)), ('1 Oct 2026', date(2026, 10, 1)), ('3 Sept 2026', date(2026, 9, 3)),
    ('10 Nopember 2026', date(2026, 11, 10)), ('1 Pebruari 2027', date(2027, 2, 1)), ('9 jan 27', date(2027, 1, 9)),
])
def test_month_names_and_their_short_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize('text, expected', [
    ('hari ini', TODAY), ('Hari Ini', TODAY), (' hari  ini ', TODAY),
    ('kemarin', date(2026, 12, 2)), ('besok', date(2026, 12, 4)), ('BESOK', date(2026, 12, 4)),
    ('+0', TODAY), ('+1', date(2026, 12, 4)), ('+3', date(2026, 12, 8)), ('+ 5', date(2026, 12, 10)),
    ('-1', date(2026, 12, 2)), ('-2', date(2026, 12, 1)), ('-4', date(2026, 11, 27)),
])
def test_words_and_working_days_from_today(text, expected):
    """+3 on a Thursday skips the weekend (Fri, Mon, Tue); -4 goes back over it (Wed, Tue, Mon, Fri)."""
    assert parse_date(text) == expected


def test_today_moves_with_the_clock(monkeypatch):
    monkeypatch.setattr(indonesian, 'today', lambda: date(2027, 1, 1))   # a Friday
    assert parse_date('hari ini') == date(2027, 1, 1)
    assert parse_date('kemarin') == date(2026, 12, 31)
    assert parse_date('+1') == date(2027, 1, 4)


def test_a_two_digit_year_is_this_century_unless_too_far_ahead():
    assert parse_date('1/1/00') == date(2000, 1, 1)
    assert parse_date('1/1/46') == date(2046, 1, 1)          # 20 years ahead of 2026: still 20yy
    assert parse_date('12/03/85') == date(1985, 3, 12)       # a birth date, not 2085
    assert parse_date('120385') == date(1985, 3, 12)


@pytest.mark.parametrize('text', ['', 'x', 'besoknya', 'lusa kemarin', '2026/12/31', '2/12', '2/12/202',
                                  '2 Ju 2026', '2 Desemberr 2026', '2 xyz 2026', '+', '+3x', '1234567', '2/12/26/1'])
def test_what_is_not_a_date_is_refused_plainly(text):
    with pytest.raises(ParseError) as refused:
        parse_date(text)
    assert str(refused.value) == 'Tanggal tidak dikenal: tulis seperti 02/12/2026'
    assert 'hh/bb/tttt' not in str(refused.value)


@pytest.mark.parametrize('text', ['31/02/2026', '310226', '29 Feb 2027', '32122026'])
def test_a_day_not_in_the_calendar_says_so(text):
    with pytest.raises(ParseError, match='tidak ada di kalender'):
        parse_date(text)


def test_the_form_and_the_import_read_dates_through_the_field_registry():
    field = SuratMasuk._meta.fields_map['tanggal_diterima']
    assert to_python(field, '2 Des 26') == date(2026, 12, 2)
    assert to_python(field, '+3') == date(2026, 12, 8)


def test_working_days_back_mirror_working_days_ahead():
    for start in (date(2026, 11, 30) + timedelta(days=i) for i in range(7)):
        for days in range(0, 12):
            back = subtract_working_days(start, days)
            assert (start - back).days >= days
            if start.weekday() < 5:
                assert add_working_days(back, days) == start
