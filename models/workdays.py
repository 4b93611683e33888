"""Working days of the office: Monday to Friday (the five-day week of Perpres 21/2023), less the
national holidays, cuti bersama and libur daerah of the Hari Libur table (models/holidays.py).

Every deadline counted in working days (PATEN register layanan, permintaan data, cuti, ...) goes
through `add_working_days`, so a deadline around Idul Fitri or Natal lands where the office really
works again. The calendar is read from the database at start-up (core.seed) and again whenever a
Hari Libur row is written, and kept here as a set: `derive()` of a model is synchronous and cannot
ask the database. A caller may pass its own `holidays` (a test, or the calendar before a change).
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_calendar: frozenset[date] = frozenset()


def holidays() -> frozenset[date]:
    """The holidays the office knows now (the Hari Libur table as last loaded)."""
    return _calendar


def set_holidays(days: Collection[date]) -> frozenset[date]:
    """Replace the known holidays (models.holidays.load_holidays); returns the ones before."""
    global _calendar
    before, _calendar = _calendar, frozenset(days)
    return before


def is_working_day(day: date, holidays: Collection[date] | None = None) -> bool:
    off = _calendar if holidays is None else holidays
    return day.weekday() < 5 and day not in off


def add_working_days(start: date, days: int, holidays: Collection[date] | None = None) -> date:
    """The date `days` working days after `start` (start itself not counted)."""
    off = _calendar if holidays is None else holidays
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current, off):
            remaining -= 1
    return current


def subtract_working_days(start: date, days: int, holidays: Collection[date] | None = None) -> date:
    """The date `days` working days before `start` (start itself not counted)."""
    off = _calendar if holidays is None else holidays
    current = start
    remaining = days
    while remaining > 0:
        current -= timedelta(days=1)
        if is_working_day(current, off):
            remaining -= 1
    return current


def count_working_days(first: date, last: date, holidays: Collection[date] | None = None) -> int:
    """Working days from `first` to `last`, both included; 0 when `last` is before `first`."""
    if last < first:
        return 0
    off = _calendar if holidays is None else holidays
    full_weeks, rest = divmod((last - first).days + 1, 7)
    count = full_weeks * 5
    for offset in range(rest):
        if (first + timedelta(days=full_weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count - sum(1 for day in off if first <= day <= last and day.weekday() < 5)
