"""The holiday calendar kept in step across app processes.

models.workdays holds the Hari Libur table in memory, because a model's synchronous `derive()`
counts working days without asking the database. The process that writes a Hari Libur row reloads
it at once (models.holidays.HariLibur.after_write) and moves the open deadlines in the database.
Another process behind the same nginx (deploy/) learns of the change here: it reads the calendar
again every minute, so its new deadlines agree with the first one's within that minute, without a
restart and without a message bus.

The same minute's check notices a new day: then every table derives again what changes as the days
pass (models.holidays.refresh_all_clocks), e.g. an evaluasi APBDes left without a result becomes
Berlaku dengan Sendirinya on the morning after its deadline, though nobody edits it. The first check,
at start-up, does it too. Two processes may both do it; it writes only what changed.
"""
from __future__ import annotations

import logging
from datetime import date

from core.backup import run_regularly
from models import workdays
from models.clock import office_today
from models.holidays import load_holidays, refresh_all_clocks

log = logging.getLogger(__name__)

RELOAD_SECONDS = 60.0


_clocks_day: date | None = None


async def reload_calendar() -> int:
    """Read the Hari Libur table again, and on a new day refresh the clocks; returns how many days
    came or went."""
    global _clocks_day
    before = await load_holidays()
    if _clocks_day != office_today():
        changed = await refresh_all_clocks()
        _clocks_day = office_today()
        if changed:
            log.info('Tenggat: %d baris berubah karena hari berganti', changed)
    return len(before ^ workdays.holidays())


async def keep_calendar_fresh() -> None:
    """Runs while the app runs (also when DAILY_MAINTENANCE=0: it is not maintenance)."""
    await run_regularly(reload_calendar, RELOAD_SECONDS,
                        lambda n: log.info('Hari libur: %d tanggal berubah di proses lain', n), maintenance=False)
