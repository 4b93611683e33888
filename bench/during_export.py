"""Benchmark 10: another user's page change while an export or an import runs (issue #13 (g)).

What the second user waits for is `core.listing.fetch_page` of the next grid page, awaited on the
web process's event loop (pages/table_view.py makes that call) while the first user's export or
import runs in the same process, as it does in the app. Measured on bench/datagen.py's surat masuk:
- **Idle:** page changes (pages 2–6 in turn, one every PACE seconds) with nothing else running.
- **During an export:** the same page changes while `exports.table_export.export_table` writes all n
  rows to xlsx (the grid's Ekspor Excel).
- **During an import:** the same while `exports.import_process.import_in_child` checks and writes an
  xlsx of n changed rows (the export of the same rows from another seed, so every row is an update) in
  the import's own process, as the Impor dialog's Impor does.
The three are alternated `rounds` times; each figure is the median page change during the work
against the median idle page change of the same run (target ≤ 1.5×), the mean, p95 and the worst
beside (the median alone hides a long tail: fewer, slower changes fit in the same time); the
export's and the import's own wall and CPU time (this process and its ended children) are printed.

    python -m bench --only during_export [--quick]    # 100k rows (--quick: 20k)
"""
from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import Figure, Report, cpu_seconds, ms, quantile
from bench.datagen import SEED, database
from bench.grid import PAGE_SIZE, actor

TARGET = 1.5
PACE = 0.05        # seconds between two page changes of the second user
IDLE_CHANGES = 40


async def _page_changes(spec, who, until_done: asyncio.Task | None) -> list[float]:
    """Wall times of page changes, one every PACE seconds: IDLE_CHANGES of them, or while the task runs."""
    from core.listing import ListQuery, fetch_page
    walls: list[float] = []
    page = 2
    while (until_done is None and len(walls) < IDLE_CHANGES) or (until_done is not None and not until_done.done()):
        start = time.perf_counter()
        shown = await fetch_page(spec, who, ListQuery(page=page, page_size=PAGE_SIZE))
        walls.append(time.perf_counter() - start)
        assert len(shown.rows) == PAGE_SIZE, len(shown.rows)
        page = 2 + (page - 1) % 5
        await asyncio.sleep(PACE)   # the second user's pace between two clicks
    return walls


async def _export(spec, who) -> None:
    from core.listing import ListQuery
    from exports.table_export import export_table
    made, _ = await export_table(spec, who, ListQuery())
    made.path.unlink(missing_ok=True)


async def _import(spec, who, source: Path) -> None:
    """As the dialog's Impor: checked and written by the import's own process (exports.import_process)."""
    from core.import_plan import OnDuplicate
    from exports.import_process import import_in_child
    plan, result = await import_in_child(spec, who, source.read_bytes(), source.name, OnDuplicate.UPDATE, write=True)
    if result is None:
        raise RuntimeError('the import plan has errors')


async def _import_source(n: int, out_dir: Path) -> Path:
    """The app's export of n surat masuk of another seed: the same agenda numbers, other contents."""
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.listing import ListQuery
    from exports.table_export import export_table
    from models.table import TABLES
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{database(n, SEED + 1)}'))
        made, _ = await export_table(TABLES['surat_masuk'], actor(), ListQuery(sort=(('no_agenda', False),)))
    return made.path


async def run(report: Report, n: int, rounds: int) -> None:
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from exports.xlsx_process import close_idle_workers
    from models.table import TABLES, check_tables

    from core.listing.driver import hand_over_quickly
    check_tables()
    hand_over_quickly()   # as the app does at start (main.py)
    spec = TABLES['surat_masuk']
    who = actor()
    print(f'\n[10] A second user\'s page change while {n:,} rows are exported or imported (median of the changes, '
          f'{rounds} alternated rounds)')
    with tempfile.TemporaryDirectory(prefix='bench-during-') as tmp:
        tmp_path = Path(tmp)
        os.environ['DATA_DIR'] = str(tmp_path / 'data')
        os.environ.setdefault('IMPORT_MAX_ROWS', str(max(n, 100_000)))
        os.environ.setdefault('IMPORT_MAX_MB', '500')
        source = await _import_source(n, tmp_path / 'data')
        target = tmp_path / 'panel.sqlite3'
        shutil.copyfile(database(n), target)
        os.environ['DATABASE_URL'] = f'sqlite://{target}'   # the import's process opens it by the app's setting
        walls: dict[str, list[float]] = {'idle': [], 'export': [], 'import': []}
        seconds: dict[str, list[float]] = {'export': [], 'import': []}
        cpu: dict[str, list[float]] = {'export': [], 'import': []}
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(f'sqlite://{target}'))
            for round_ in range(rounds):
                walls['idle'] += await _page_changes(spec, who, None)
                for name, work in (('export', lambda: _export(spec, who)), ('import', lambda: _import(spec, who, source))):
                    start, used = time.perf_counter(), cpu_seconds()
                    task = asyncio.create_task(work())
                    walls[name] += await _page_changes(spec, who, task)
                    await task
                    close_idle_workers()   # the export's writer process ends: its CPU time is counted
                    seconds[name].append(time.perf_counter() - start)
                    cpu[name].append(cpu_seconds() - used)
                print(f'  round {round_ + 1}: idle {ms(statistics.median(walls["idle"]))}, export '
                      f'{seconds["export"][-1]:.1f} s, import {seconds["import"][-1]:.1f} s', flush=True)
    idle = statistics.median(walls['idle'])
    print(f'  load average {os.getloadavg()[0]:.1f}; idle page change median {ms(idle)}, p95 {ms(quantile(walls["idle"], .95))} '
          f'({len(walls["idle"])} changes)')
    for name in ('export', 'import'):
        during = statistics.median(walls[name])
        report.add(Figure(f'page change during a {n:,}-row {name} vs idle', during / idle, TARGET,
                          detail=f'median {ms(during)} vs {ms(idle)}; mean {ms(statistics.fmean(walls[name]))} vs '
                                 f'{ms(statistics.fmean(walls["idle"]))}; p95 {ms(quantile(walls[name], .95))} vs '
                                 f'{ms(quantile(walls["idle"], .95))}; worst {ms(max(walls[name]))}; {len(walls[name])} '
                                 f'changes during {name}s of {statistics.median(seconds[name]):.1f} s wall, '
                                 f'{statistics.median(cpu[name]):.1f} s CPU'))
