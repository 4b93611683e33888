"""Benchmark 9: a page change under each kind of grid filter stays flat from 10k to 1M rows (issue #13).

What a person waits for when they page through a filtered grid is `core.listing.fetch_page` for the
next page (pages/table_view.py makes that call), the first page already shown. Measured on
bench/datagen.py's surat masuk for each filter shape the grid offers on it:
- Status Selesai (a choice, about 70% of the rows),
- Sifat Biasa (a choice, about 85%),
- Asal surat memuat "desa" (contains, about a third),
- Tanggal Diterima in one year of ten (a date range, about a tenth).

Two figures per shape:
- **Flatness:** the next page at the largest size against the same at 10k rows, in wall time beside
  CPU time. Target: ≤ 3× (issue #13 (a)).
- **Overhead, for context (no target):** against the very SQL the listing ran for that page change,
  captured from the connection (sqlite3's trace callback, parameters inlined) and replayed in plain
  sqlite3 on the same file, alternately, median of `repeat`.

What keeps it flat (docs/design.md §Speed): the count of a filter is kept until the database
changes (core/listing/driver.py), and a broad choice filter is read walking the sort index as
`+status IN (...)` rather than sorting every matching row (core/listing/page.py).

    python -m bench --only filter_page [--quick]     # 10k, 100k and 1M rows (--quick: 10k and 100k)
"""
from __future__ import annotations

import sqlite3
from datetime import date

from bench.common import Figure, Report, ms, paired
from bench.datagen import database
from bench.grid import PAGE_SIZE, actor

TARGET = 3.0
SHAPES = {
    'Status Selesai (pilihan)': {'status': ['Selesai']},
    'Sifat Biasa (pilihan)': {'sifat': ['Biasa']},
    'Asal surat memuat "desa"': {'asal_surat': 'desa'},
    'Tanggal Diterima 2021 (rentang)': {'tanggal_diterima': (date(2021, 1, 1), date(2021, 12, 31))},
}


class Captured:
    """The statements the listing sends on its connection while `capturing`, to replay in sqlite3."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.capturing = False

    def __call__(self, sql: str) -> None:
        if self.capturing:
            self.statements.append(sql)


async def run(report: Report, sizes: list[int], repeat: int) -> None:
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.listing import ListQuery, fetch_page
    from core.listing.driver import trace_reads
    from models.table import TABLES, check_tables

    check_tables()
    spec = TABLES['surat_masuk']
    who = actor()
    print(f'\n[9] Filtered grid, the next page (page 2, {PAGE_SIZE} rows) under each kind of filter')
    wall: dict[str, dict[int, float]] = {name: {} for name in SHAPES}
    cpu: dict[str, dict[int, float]] = {name: {} for name in SHAPES}
    for n in sizes:
        path = database(n)
        raw = sqlite3.connect(path, check_same_thread=False)
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(f'sqlite://{path}'))
            db = spec.model._meta.db
            captured = Captured()
            await trace_reads(db, captured)
            for name, filters in SHAPES.items():
                query = ListQuery(filters=filters, page_size=PAGE_SIZE)
                first = await fetch_page(spec, who, query)                 # the page already shown
                second = query.with_(page=2)
                captured.statements, captured.capturing = [], True
                await fetch_page(spec, who, second)
                captured.capturing = False
                statements = list(captured.statements)

                def replay(statements=statements) -> None:
                    for sql in statements:
                        raw.execute(sql).fetchall()

                m = await paired(lambda second=second: fetch_page(spec, who, second), replay, repeat)
                wall[name][n], cpu[name][n] = m.app_wall, m.app_cpu
                print(f'  {n:,} rows, {name}: {first.total:,} matches; next page wall {ms(m.app_wall)} '
                      f'(CPU {ms(m.app_cpu)}); the same SQL in sqlite3 wall {ms(m.raw_wall)} '
                      f'({m.app_wall / m.raw_wall:.2f}×, {len(statements)} statements)', flush=True)
            await trace_reads(db, None)
        raw.close()
    small, big = min(sizes), max(sizes)
    for name in SHAPES:
        report.add(Figure(f'filtered next page, {name}: {big:,} / {small:,} rows', wall[name][big] / wall[name][small],
                          TARGET, detail=f'wall {ms(wall[name][big])} vs {ms(wall[name][small])}; CPU '
                                         f'{ms(cpu[name][big])} vs {ms(cpu[name][small])} '
                                         f'({cpu[name][big] / cpu[name][small]:.2f}×); median of {repeat}'))
