"""Benchmark 8: filtering and sorting a column the administrator added is as fast as a built-in one (issue #19).

The database is bench/datagen.py's surat masuk of n rows, copied (the cached file stays as it is).
On the copy the administrator adds a *bilangan* column marked *sering dicari* through
`core.structure.add_column`, exactly as Pengaturan → Struktur data does (ALTER TABLE, CREATE INDEX,
its description and audit entry, the field attached to the model and the table's description).
One plain SQL UPDATE fills it for every row with the row's Tanggal Diterima written as a number,
yyyymmdd (2026-03-15 → 20260315).

Why Tanggal Diterima: the built-in side must be a column the grid lets a person filter by a range
and sort, with an index, and surat masuk's filterable columns are asal_surat, tanggal_diterima,
sifat, urgensi, status and klasifikasi; No. Agenda is indexed but not a grid filter, so a filter on it
would be ignored. Tanggal Diterima is a range filter and is indexed (the index on (tanggal_diterima,
no_agenda) starts with it). Why yyyymmdd: it maps each date to a number in the same order, so both
columns have the same distribution, the same ties and the same rows in every range, and the two
pages must hold the same rows in the same order (checked).

What the figure shows on SQLite (when this was written): a *bilangan* column is a DecimalField,
which Tortoise stores there as VARCHAR(40) and compares and sorts as `CAST(column AS NUMERIC)`
(right in value, but a plain index on the column cannot serve that expression), so the grid's filter
and sort on it scan and sort the rows, where the built-in date walks its index. The raw side of the
added column is the query written by hand on the column itself (no CAST: the eight digits of every
value make text order and number order the same here), which its index serves: what the page could
cost.

Measured, alternately and repeated (bench.common.paired, and `paired_async` here where both sides
are awaited), the grid's own page fetch (`core.listing.fetch_page` with a ListQuery, the call
pages/table_view.py makes): (a) a range filter on one year and a sort newest first on the added
column, against (b) the same range and sort on Tanggal Diterima. The ratio added/built-in is in wall
time (the wait a person feels), with the CPU ratio beside it. Target: added ≤ 1.25× built-in from
100k rows up. For context, each side is also measured against the same page written by hand in plain
`sqlite3` on the same file (the count and the 25 rows, as bench/grid.py does), without a target.

    python -m bench.added_column [--quick]      # on its own; 100k and 1M rows (--quick: 10k and 100k)
"""
from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import statistics
import time
from datetime import date
from decimal import Decimal
from typing import Awaitable, Callable

from bench.common import Figure, Paired, Report, cpu_seconds, machine, ms, now_text, paired
from bench.datagen import bench_dir, database
from bench.grid import COLUMNS, PAGE_SIZE, actor

TABLE = 'surat_masuk'
BUILT_IN = 'tanggal_diterima'
LABEL = 'Tanggal Diterima Angka'       # the added column's label; its name becomes x_<slug>
YEAR = 2021                            # the range: one year of ten, about a tenth of the rows
TARGET = 1.25
TARGET_FROM = 100_000                  # rows
FILL_SQL = (f'UPDATE "{TABLE}" SET "{{column}}" = '
            f"CAST(strftime('%Y%m%d', \"{BUILT_IN}\") AS INTEGER)")


def administrator():
    from core.access import Actor, RoleKind
    return Actor('bench-admin', 'Administrator', RoleKind.ADMINISTRATOR)


class RawPage:
    """The page of a range filter and a sort, newest first, written by hand against sqlite3."""

    def __init__(self, path, column: str, low, high, numeric: bool = False) -> None:
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.params = [low, high]
        # a number kept as text (Tortoise's DecimalField on SQLite) is compared and sorted as a number
        value = f'CAST(s."{column}" AS NUMERIC)' if numeric else f's."{column}"'
        bound = 'CAST(? AS NUMERIC)' if numeric else '?'
        where = f's.deleted_at IS NULL AND {value} >= {bound} AND {value} <= {bound}'
        self.count_sql = f'SELECT count(*) FROM {TABLE} s WHERE {where}'
        cols = ', '.join(f's.{c}' for c in COLUMNS)
        self.page_sql = (f"SELECT {cols}, k.kode || ' ' || k.nama FROM {TABLE} s "
                         f'LEFT JOIN klasifikasi_arsip k ON k.id = s.klasifikasi_id WHERE {where} '
                         f'ORDER BY {value} DESC, s.id DESC LIMIT ? OFFSET 0')

    def page(self) -> tuple[int, list]:
        total = self.connection.execute(self.count_sql, self.params).fetchone()[0]
        return total, self.connection.execute(self.page_sql, [*self.params, PAGE_SIZE]).fetchall()


async def add_and_fill() -> str:
    """Add the column as the administrator does and fill it; its name."""
    from core.structure import add_column
    from models.structure import JenisKolom
    from tortoise import connections

    kolom = await add_column(administrator(), TABLE, LABEL, JenisKolom.BILANGAN, dicari=True)
    connection = connections.get('default')
    await connection.execute_script(FILL_SQL.format(column=kolom.nama))
    return kolom.nama


async def paired_async(app: Callable[[], Awaitable[object]], baseline: Callable[[], Awaitable[object]],
                       repeat: int) -> Paired:
    """bench.common.paired for a baseline that is awaited too (the built-in column's page): the two
    alternately, one warm-up call each, the medians of wall and CPU time."""
    await app()
    await baseline()
    app_wall, base_wall, app_cpu, base_cpu = [], [], [], []
    for _ in range(repeat):
        for call, wall, cpu in ((app, app_wall, app_cpu), (baseline, base_wall, base_cpu)):
            start, used = time.perf_counter(), cpu_seconds()
            await call()
            wall.append(time.perf_counter() - start)
            cpu.append(cpu_seconds() - used)
    med = statistics.median
    return Paired(med(app_wall), med(base_wall), med(app_cpu), med(base_cpu))


def detail(m, left: str, right: str, repeat: int) -> str:
    return (f'wall {left} {ms(m.app_wall)}, {right} {ms(m.raw_wall)}; CPU {left} {ms(m.app_cpu)}, '
            f'{right} {ms(m.raw_cpu)} ({m.app_cpu / m.raw_cpu:.2f}×); median of {repeat}')


async def run(report: Report, sizes: list[int], repeat: int) -> None:
    from tortoise.context import TortoiseContext

    from core import structure
    from core.database import tortoise_config
    from core.listing import ListQuery, fetch_page
    from models.table import TABLES, check_tables

    check_tables()
    spec, who = TABLES[TABLE], actor()
    low, high = date(YEAR, 1, 1), date(YEAR, 12, 31)
    number_low, number_high = (Decimal(day.strftime('%Y%m%d')) for day in (low, high))
    print(f'\n[8] Added column: range {low}..{high} and sort newest first, on a bilangan column the administrator '
          f'added (indexed) vs on Tanggal Diterima; {PAGE_SIZE} rows, count, display text')
    for n in sizes:
        start = time.perf_counter()
        path = bench_dir() / f'added_column_{n}.sqlite3'
        shutil.copyfile(database(n), path)
        try:
            async with TortoiseContext() as ctx:
                await ctx.init(config=tortoise_config(f'sqlite://{path}'))
                try:
                    name = await add_and_fill()
                    print(f'  {n:,} rows: column {name} added and filled in {time.perf_counter() - start:.1f} s',
                          flush=True)
                    await measure(report, n, repeat, spec, who, path, name, (number_low, number_high), (low, high),
                                  ListQuery, fetch_page)
                finally:
                    structure.forget()       # the model and TABLES as they were, for the next database
        finally:
            path.unlink(missing_ok=True)


async def measure(report, n, repeat, spec, who, path, name, number_range, date_range, ListQuery, fetch_page) -> None:
    added_query = ListQuery(filters={name: number_range}, sort=((name, True),), page_size=PAGE_SIZE)
    built_in_query = ListQuery(filters={BUILT_IN: date_range}, sort=((BUILT_IN, True),), page_size=PAGE_SIZE)
    # the raw side binds what Tortoise binds: a Decimal as text (tortoise/backends/sqlite/executor.py)
    raw_added = RawPage(path, name, *(str(value) for value in number_range), numeric=True)
    raw_built_in = RawPage(path, BUILT_IN, *(value.isoformat() for value in date_range))
    try:
        added, built_in = await fetch_page(spec, who, added_query), await fetch_page(spec, who, built_in_query)
        assert 0 < added.total < n, (added.total, n)
        assert added.total == built_in.total, (added.total, built_in.total)
        assert [r['id'] for r in added.rows] == [r['id'] for r in built_in.rows], 'added and built-in pages differ'
        for page, raw in ((added, raw_added), (built_in, raw_built_in)):
            total, rows = raw.page()
            assert page.total == total and [r['id'] for r in page.rows] == [r[0] for r in rows], 'app and raw differ'
        m = await paired_async(lambda: fetch_page(spec, who, added_query),
                             lambda: fetch_page(spec, who, built_in_query), repeat)
        report.add(Figure(f'added column {n:,} rows, filter + sort vs the same on a built-in column (wall)',
                          m.app_wall / m.raw_wall, TARGET if n >= TARGET_FROM else None,
                          detail=detail(m, 'added', 'built-in', repeat) + f'; {added.total:,} matches'))
        for label, query, raw in (('added', added_query, raw_added), ('built-in', built_in_query, raw_built_in)):
            m = await paired(lambda: fetch_page(spec, who, query), raw.page, repeat)
            report.add(Figure(f'added column {n:,} rows: {label} column page vs raw sqlite3 (wall)',
                              m.app_wall / m.raw_wall, None, detail=detail(m, 'app', 'raw', repeat)))
    finally:
        raw_added.connection.close()
        raw_built_in.connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='python -m bench.added_column', description=__doc__.splitlines()[0])
    parser.add_argument('--quick', action='store_true', help='10k and 100k rows (no 1M-row run)')
    parser.add_argument('--sizes', help='comma-separated row counts, instead of the defaults')
    args = parser.parse_args(argv)
    sizes = ([int(size) for size in args.sizes.split(',')] if args.sizes else
             [10_000, 100_000] if args.quick else [100_000, 1_000_000])
    report = Report()
    print(f'Machine: {machine()}\nDate: {now_text()}\nMode: {"quick" if args.quick else "full"}', flush=True)
    asyncio.run(run(report, sizes, repeat=21 if args.quick else 51))   # a page costs milliseconds: many samples
    print('\n' + report.table())
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
