"""The office's day. Kecamatan Candipuro keeps WIB (UTC+7): from 17:00 UTC on, the server's own
date (Python's date.today on a machine kept in UTC) is still yesterday there. Every rule that reads
"today" (a date in the future refused, a deadline passed, a default date, the year of a new row)
and every screen that prints it reads this one clock, so a row saved at 00:30 WIB is dated the day
the clerk sees on the wall, and a test that asks for "today" gets the day the panel uses."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

WIB = ZoneInfo('Asia/Jakarta')


def office_today() -> date:
    """The date in Candipuro now."""
    return datetime.now(WIB).date()
