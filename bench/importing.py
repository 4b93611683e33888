"""Benchmark 3: import n surat masuk through the real import path, against the fastest reader
plus a raw executemany.

App: `exports.import_files.plan_import` (read, parse, check every row as a save would) then
`core.importer.write_import` (one transaction), into an empty migrated database, from the app's own export of
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
    from tortoise.context import TortoiseContext

    from bench.grid import actor
    from core.database import tortoise_config
    from core.importer import write_import
    from exports.import_files import plan_import
    from models.table import TABLES, check_tables

    check_tables()
    spec = TABLES['surat_masuk']
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{target}'))
        start, cpu = time.perf_counter(), cpu_seconds()
        plan = await plan_import(spec, actor(), source.read_bytes(), source.name)
        if not plan.ok:
            bad = [row for row in plan.rows if getattr(row, 'errors', None)][:3]
            raise RuntimeError(f'the import plan has errors: {bad}')
        result = await write_import(spec, actor(), plan)
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


def run(report: Report, n: int) -> None:
    print(f'\n[3] Import of {n:,} surat masuk: plan_import + write_import vs python-calamine + executemany')
    reason = available()
    if reason:
        print(f'  skipped: {reason}')
        report.add(Figure(f'import {n:,} rows vs calamine + executemany', None, 2.5, detail=f'skipped: {reason}'))
        return
    with tempfile.TemporaryDirectory(prefix='bench-import-') as tmp:
        tmp_path = Path(tmp)
        source = asyncio.run(_export_file(n, tmp_path / 'data'))
        targets = {}
        for side in ('raw', 'app'):
            targets[side] = tmp_path / f'{side}.sqlite3'
            shutil.copyfile(empty_database(), targets[side])
        raw = _in_subprocess('raw', source, targets['raw'])
        app = _in_subprocess('app', source, targets['app'])
    assert raw['rows'] == app['rows'] == n, (raw['rows'], app['rows'])
    report.add(Figure(f'import {n:,} rows, CPU time vs calamine + executemany', app['cpu'] / raw['cpu'], 2.5,
                      detail=f'CPU app {app["cpu"]:.1f} s, raw {raw["cpu"]:.1f} s; wall app {app["seconds"]:.1f} s, '
                             f'raw {raw["seconds"]:.1f} s'))


if __name__ == '__main__':
    side, source_path, target_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    outcome = asyncio.run(_app(source_path, target_path)) if side == 'app' else _raw(source_path, target_path)
    print(json.dumps(outcome))
