"""Benchmark 7: a Rekap of surat masuk (issue #19), exactly as the Rekap dialog makes it.

The app side is `core.rekap.make_rekap`: rows by Status, columns by the month of Tanggal Diterima,
the number of rows, with subtotals and totals; the GROUP BY over the grid's own query (scope, not
deleted) in SQL, then pandas' pivot_table, the labels, and each figure's grid filters. The raw side
is the same GROUP BY written by hand in plain `sqlite3` on the same file, the rows fetched and
nothing more. Both are measured alternately in the same run; the ratio is taken in wall time (the
rekap's wait is what a person feels) and shown beside the ratio in CPU time (bench.common.paired).
Target: the rekap ≤ 3× the raw GROUP BY from 100k rows up (issue #19 sets it at 1M). At 10k rows the
GROUP BY takes a few milliseconds and the rekap's fixed cost (pandas' pivot_table with margins over
some hundred month columns, tens of milliseconds) is the figure: shown, without a target.
"""
from __future__ import annotations

import sqlite3
import time

from bench.common import Figure, Report, ms, paired
from bench.datagen import database
from bench.grid import actor

TARGET = 3.0
TARGET_FROM = 100_000   # rows
RAW_SQL = ("SELECT status, strftime('%Y-%m', tanggal_diterima), count(*) FROM surat_masuk "
           'WHERE deleted_at IS NULL GROUP BY 1, 2')


async def run(report: Report, sizes: list[int], repeat: int) -> None:
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.listing import ListQuery
    from core.rekap import MONTH, Dimension, RekapChoice, make_rekap
    from models.table import TABLES, check_tables

    check_tables()
    spec, who = TABLES['surat_masuk'], actor()
    choice = RekapChoice((Dimension('status'),), Dimension('tanggal_diterima', MONTH))
    print('\n[7] Rekap: surat masuk by Status × month of Tanggal Diterima, count, subtotals and totals')
    for n in sizes:
        start = time.perf_counter()
        path = database(n)
        print(f'  {n:,} rows: data ready in {time.perf_counter() - start:.1f} s ({path.name})', flush=True)
        raw = sqlite3.connect(path, check_same_thread=False)
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(f'sqlite://{path}'))
            rekap = await make_rekap(spec, who, ListQuery(), choice)
            groups = raw.execute(RAW_SQL).fetchall()
            assert rekap.total.value == sum(row[2] for row in groups) == n, (rekap.total.value, n)
            m = await paired(lambda: make_rekap(spec, who, ListQuery(), choice),
                             lambda: raw.execute(RAW_SQL).fetchall(), repeat)
            report.add(Figure(f'rekap {n:,} rows (status × month, {len(groups)} groups) vs raw sqlite3 GROUP BY',
                              m.app_wall / m.raw_wall, TARGET if n >= TARGET_FROM else None,
                              detail=f'wall app {ms(m.app_wall)}, raw {ms(m.raw_wall)}; CPU app {ms(m.app_cpu)}, '
                                     f'raw {ms(m.raw_cpu)} ({m.app_cpu / m.raw_cpu:.2f}×); median of {repeat}'))
        raw.close()
