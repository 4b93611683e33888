"""Working days of the office: Monday to Friday (the five-day week of Perpres 21/2023).

National holidays and cuti bersama are not known to the panel, so they count as working days; a
deadline computed here can be a day or two early around a holiday, never late.
"""
from __future__ import annotations

from datetime import date, timedelta


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days after `start` (start itself not counted)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def count_working_days(first: date, last: date) -> int:
    """Working days from `first` to `last`, both included; 0 when `last` is before `first`."""
    if last < first:
        return 0
    full_weeks, rest = divmod((last - first).days + 1, 7)
    count = full_weeks * 5
    for offset in range(rest):
        if is_working_day(first + timedelta(days=full_weeks * 7 + offset)):
            count += 1
    return count
