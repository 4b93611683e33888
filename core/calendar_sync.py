"""The holiday calendar kept in step across app processes.

models.workdays holds the Hari Libur table in memory, because a model's synchronous `derive()`
counts working days without asking the database. The process that writes a Hari Libur row reloads
it at once (models.holidays.HariLibur.after_write) and moves the open deadlines in the database.
Another process behind the same nginx (deploy/) learns of the change here: it reads the calendar
again every minute, so its new deadlines agree with the first one's within that minute, without a
restart and without a message bus.
"""
from __future__ import annotations

import logging

from core.backup import run_regularly
from models import workdays
from models.holidays import load_holidays

log = logging.getLogger(__name__)

RELOAD_SECONDS = 60.0


async def reload_calendar() -> int:
    """Read the Hari Libur table again; returns how many days came or went."""
    before = await load_holidays()
    return len(before ^ workdays.holidays())


async def keep_calendar_fresh() -> None:
    """Runs while the app runs (also when DAILY_MAINTENANCE=0: it is not maintenance)."""
    await run_regularly(reload_calendar, RELOAD_SECONDS,
                        lambda n: log.info('Hari libur: %d tanggal berubah di proses lain', n), maintenance=False)
