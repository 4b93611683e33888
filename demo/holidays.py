"""Demo rows of the holiday calendar (models/holidays.py): the seed fills the SKB holidays of 2025
and 2026; the demo adds a libur daerah, before any deadline of the demo rows is counted.
"""
from __future__ import annotations

from datetime import date

from demo.base import DemoData, demo_rows
from models.holidays import HariLibur, JenisLibur, load_holidays

LIBUR_DAERAH = date(2025, 12, 15)   # Hari Jadi Lumajang, 15 Desember


@demo_rows(step=15)
async def holidays(demo: DemoData) -> None:
    """The kabupaten's anniversary as a libur daerah; the calendar is loaded again (demo.bulk
    writes no after_write), so the deadlines of the later makers count it."""
    if not await HariLibur.filter(tanggal=LIBUR_DAERAH).exists():
        await demo.bulk(HariLibur, [HariLibur(tanggal=LIBUR_DAERAH, nama='Hari Jadi Lumajang (contoh libur daerah)',
                                              jenis=JenisLibur.LIBUR_DAERAH, dasar='Data demo')])
    await load_holidays()
