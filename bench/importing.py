"""Benchmark 3: import n surat masuk through the real import path, against the fastest reader
plus a raw executemany.

App: `exports.import_process.import_in_child` with `write=True`, as the dialog's Impor: in the import's
own process, `plan_import` (read, parse, check every row as a save would) then `write_import` (one
transaction), into an empty migrated database, from the app's own export of
the n benchmark rows. Raw: python-calamine reads the same file, the cells become row tuples
(dates as ISO text), and sqlite3 `executemany` inserts them into another empty database.
Each side runs in its own subprocess; the time compared is CPU time (wall time printed beside).

When the tree has no import path yet (plan_import and write_import, from the "nothing lost"
issue), the benchmark says so and is skipped.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench.common import ROOT, Figure, Report, cpu_seconds
from bench.datagen import database, empty_database


def available() -> str | None:
    """None when the import path exists; otherwise why the benchmark is skipped."""
    try:
        from core import importer
        from exports import import_files
    except ImportError as error:
        return f'no import path in this tree yet (core/importer.py of the "nothing lost" issue): {error}'
    missing = [f'{module.__name__}.{name}' for module, name in ((import_files, 'plan_import'), (importer, 'write_import'))
               if not hasattr(module, name)]
    return f'no {", ".join(missing)}' if missing else None


async def _export_file(n: int, out_dir: Path) -> Path:
    from tortoise.context import TortoiseContext

    from bench.grid import actor
    from core.database import tortoise_config
    from core.listing import ListQuery
    from exports.table_export import export_table
    from models.table import TABLES, check_tables

    check_tables()
    os.environ['DATA_DIR'] = str(out_dir)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{database(n)}'))
        made, _ = await export_table(TABLES['surat_masuk'], actor(), ListQuery(sort=(('no_agenda', False),)))
    return made.path


async def _app(source: Path, target: Path) -> dict:
    """The dialog's Impor: the file checked and written by the import's own process, whose CPU time
    (and its reader's) is counted once it has ended."""
    from bench.grid import actor
    from exports.import_process import import_in_child
    from models.table import TABLES, check_tables

    check_tables()
    spec = TABLES['surat_masuk']
    os.environ['DATABASE_URL'] = f'sqlite://{target}'   # the import's process opens the app's database
    start, cpu = time.perf_counter(), cpu_seconds()
    plan, result = await import_in_child(spec, actor(), source.read_bytes(), source.name, write=True)
    if result is None:
        bad = [row for row in plan.rows if getattr(row, 'errors', None)][:3]
        raise RuntimeError(f'the import plan has errors: {bad}')
    return {'seconds': time.perf_counter() - start, 'cpu': cpu_seconds() - cpu, 'rows': result.created}


def _raw(source: Path, target: Path) -> dict:
    import sqlite3

    from python_calamine import CalamineWorkbook

    from demo.surat_masuk_rows import SURAT_MASUK_COLUMNS
    start, cpu = time.perf_counter(), cpu_seconds()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == 'No. Agenda')
    labels = rows[header_at]
    connection = sqlite3.connect(target)
    klasifikasi = {f'{kode} {nama}': i for i, kode, nama in connection.execute('SELECT id, kode, nama FROM klasifikasi_arsip')}
    at = {label: i for i, label in enumerate(labels)}
    stamp = datetime.now().astimezone().isoformat(sep=' ')

    def iso(value):
        return value.date().isoformat() if isinstance(value, datetime) else value.isoformat() \
            if isinstance(value, date) else value

    def text(value):
        return None if value in ('', None) else str(value)

    out = []
    for row in rows[header_at + 1:]:
        diterima = iso(row[at['Tanggal Diterima']])
        out.append((1, stamp, 'bench', stamp, 'bench', None, int(diterima[:4]), int(row[at['No. Agenda']]), diterima,
                    text(row[at['Nomor Surat']]), iso(row[at['Tanggal Surat']]), text(row[at['Asal Surat']]),
                    text(row[at['Perihal']]), text(row[at['Ringkasan Isi']]), int(row[at['Jumlah Lampiran']] or 0),
                    text(row[at['Ditujukan Kepada']]), row[at['Sifat']], row[at['Urgensi']], row[at['Status']],
                    klasifikasi.get(row[at['Klasifikasi']])))
    with connection:
        connection.executemany(f'INSERT INTO surat_masuk ({", ".join(SURAT_MASUK_COLUMNS)}) '
                               f'VALUES ({", ".join("?" * len(SURAT_MASUK_COLUMNS))})', out)
    connection.close()
    return {'seconds': time.perf_counter() - start, 'cpu': cpu_seconds() - cpu, 'rows': len(out)}


def _in_subprocess(side: str, source: Path, target: Path) -> dict:
    env = dict(os.environ, IMPORT_MAX_MB='500', IMPORT_MAX_ROWS='2000000')
    result = subprocess.run([sys.executable, '-m', 'bench.importing', side, str(source), str(target)], cwd=ROOT,
                            capture_output=True, text=True, timeout=3600, env=env)
    if result.returncode != 0:
        raise RuntimeError(f'import {side} failed:\n{result.stderr[-3000:]}')
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(report: Report, n: int, rounds: int = 3) -> None:
    print(f'\n[3] Import of {n:,} surat masuk: the import\'s own process (check + write) vs python-calamine + executemany')
    reason = available()
    if reason:
        print(f'  skipped: {reason}')
        report.add(Figure(f'import {n:,} rows vs calamine + executemany', None, 2.5, detail=f'skipped: {reason}'))
        return
    with tempfile.TemporaryDirectory(prefix='bench-import-') as tmp:
        tmp_path = Path(tmp)
        source = asyncio.run(_export_file(n, tmp_path / 'data'))
        runs: dict[str, list[dict]] = {'raw': [], 'app': []}
        for round_ in range(rounds):   # alternated, each into a fresh empty database
            for side in ('raw', 'app') if round_ % 2 == 0 else ('app', 'raw'):
                target = tmp_path / f'{side}-{round_}.sqlite3'
                shutil.copyfile(empty_database(), target)
                runs[side].append(_in_subprocess(side, source, target))
                target.unlink()
            print(f'  round {round_ + 1}: raw {runs["raw"][-1]["seconds"]:.1f} s, app {runs["app"][-1]["seconds"]:.1f} s '
                  f'wall', flush=True)
    assert all(one['rows'] == n for side in runs.values() for one in side), runs
    raw = {key: statistics.median(one[key] for one in runs['raw']) for key in ('cpu', 'seconds')}
    app = {key: statistics.median(one[key] for one in runs['app']) for key in ('cpu', 'seconds')}
    detail = (f'medians of {rounds} alternated runs, load average {os.getloadavg()[0]:.1f}: CPU app {app["cpu"]:.1f} s, '
              f'raw {raw["cpu"]:.1f} s; wall app {app["seconds"]:.1f} s, raw {raw["seconds"]:.1f} s')
    report.add(Figure(f'import {n:,} rows, CPU time vs calamine + executemany', app['cpu'] / raw['cpu'], 2.5,
                      detail=detail))
    report.add(Figure(f'import {n:,} rows, wall time vs calamine + executemany', app['seconds'] / raw['seconds'], 2.5,
                      detail=detail))


if __name__ == '__main__':
    side, source_path, target_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    outcome = asyncio.run(_app(source_path, target_path)) if side == 'app' else _raw(source_path, target_path)
    print(json.dumps(outcome))
