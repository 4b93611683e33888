"""Benchmark 2: export every surat masuk through the real export path, against raw xlsxwriter.

App: `exports.table_export.export_table` (access check, the grid's query in keyset chunks, the one
streaming writer, whose workbook is written by its child process), for a Kepala with no filter: every row.
Raw: xlsxwriter constant_memory writing the same columns of the same rows, typed the same way
(numbers, dates, text), from a list of tuples already in memory.

The time compared is CPU time (all threads of the process): on this shared 2-core machine the
wall clock of the same export varied by half between runs, CPU time far less; the wall times are
printed beside it. The app's CPU time counts the writer's child process too (it is ended before the
time is read, so that its CPU time is in RUSAGE_CHILDREN). Each run is its own subprocess, so its peak RSS (VmHWM)
is its own: growth = peak - RSS just before the export starts (for raw, after the rows are in memory),
plus, for the app, the whole peak RSS of the writer's child process. The app's file is then opened with
openpyxl (read-only) and a few cells and their types are checked.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from bench.common import ROOT, Figure, Report, cpu_seconds, peak_rss_mib, rss_mib
from bench.datagen import database


def _reset_peak() -> float:
    """Reset this process's peak RSS to its current RSS (Linux clear_refs 5); returns the RSS."""
    try:
        Path('/proc/self/clear_refs').write_text('5')
    except OSError:
        pass
    return rss_mib()


def _columns():
    from exports.table_export import export_columns
    from forms.fields import kind_of
    from models.table import TABLES, check_tables
    check_tables()
    spec = TABLES['surat_masuk']
    names = export_columns(spec)
    return spec, names, [kind_of(spec.field(name)).export for name in names]


async def _app(n: int, out_dir: Path) -> dict:
    from tortoise.context import TortoiseContext

    from bench.grid import actor
    from core.database import tortoise_config
    from core.listing import ListQuery
    from exports.table_export import export_table
    from exports.xlsx_process import close_idle_workers

    spec, _, _ = _columns()
    os.environ['DATA_DIR'] = str(out_dir)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{database(n)}'))
        before = _reset_peak()
        start, cpu = time.perf_counter(), cpu_seconds()
        made, count = await export_table(spec, actor(), ListQuery())
        seconds = time.perf_counter() - start
        close_idle_workers()   # the writer's child ends: its CPU time and peak RSS are counted
        cpu = cpu_seconds() - cpu
    writer_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {'seconds': seconds, 'cpu': cpu, 'rows': count, 'rss_before': before, 'peak': peak_rss_mib(),
            'writer_peak': writer_peak, 'path': str(made.path)}


def _rows_in_memory(n: int) -> list[tuple]:
    """The exported columns of every row, typed as the export types them, read with sqlite3."""
    import sqlite3
    spec, names, kinds = _columns()
    connection = sqlite3.connect(database(n))
    labels = {i: f'{kode} {nama}' for i, kode, nama in connection.execute('SELECT id, kode, nama FROM klasifikasi_arsip')}
    columns = [f'{name}_id' if spec.is_fk(name) else name for name in names]
    rows = []
    for raw in connection.execute(f'SELECT {", ".join(columns)} FROM surat_masuk WHERE deleted_at IS NULL '
                                  'ORDER BY tanggal_diterima DESC, no_agenda DESC, id DESC'):
        row = []
        for name, kind, value in zip(names, kinds, raw):
            if spec.is_fk(name):
                value = labels.get(value)
            elif kind == 'date' and value is not None:
                value = date.fromisoformat(value)
            elif kind == 'datetime' and value is not None:
                value = datetime.fromisoformat(value).replace(tzinfo=None)
            row.append(value)
        rows.append(tuple(row))
    connection.close()
    return rows


def _raw(n: int, out_dir: Path) -> dict:
    import xlsxwriter
    _, names, kinds = _columns()
    rows = _rows_in_memory(n)
    before = _reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    wb = xlsxwriter.Workbook(str(out_dir / 'raw.xlsx'), {'constant_memory': True, 'strings_to_formulas': False,
                                                        'strings_to_urls': False})
    ws = wb.add_worksheet('Surat Masuk')
    date_format = wb.add_format({'num_format': 'dd/mm/yyyy'})
    time_format = wb.add_format({'num_format': 'dd/mm/yyyy hh:mm'})
    for c, name in enumerate(names):
        ws.write_string(0, c, name)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            kind = kinds[c]
            if kind == 'int':
                ws.write_number(r, c, value)
            elif kind == 'date':
                ws.write_datetime(r, c, value, date_format)
            elif kind == 'datetime':
                ws.write_datetime(r, c, value, time_format)
            else:
                ws.write_string(r, c, value)
    wb.close()
    return {'seconds': time.perf_counter() - start, 'cpu': time.process_time() - cpu, 'rows': len(rows), 'rss_before': before, 'peak': peak_rss_mib()}


def check_file(path: str, rows: int) -> str:
    """Open the export with openpyxl (read-only) and check the header, a few cells and their types."""
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.active
    header = None
    checked = 0
    for r, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if header is None:
            if values and values[0] == 'No. Agenda':
                header = list(values)
            continue
        assert isinstance(values[0], int), values
        assert isinstance(values[header.index('Tanggal Diterima')], datetime), values
        assert isinstance(values[header.index('Perihal')], str), values
        checked += 1
        if checked == 5:
            break
    assert header is not None and checked == min(5, rows), 'header or rows missing'
    assert sheet.max_row is None or sheet.max_row >= rows
    book.close()
    return f'opens; {checked} rows checked (int, date, text)'


def _in_subprocess(side: str, n: int) -> dict:
    with tempfile.TemporaryDirectory(prefix='bench-export-') as out:
        result = subprocess.run([sys.executable, '-m', 'bench.export', side, str(n), out], cwd=ROOT,
                                capture_output=True, text=True, timeout=3600)
        if result.returncode != 0:
            raise RuntimeError(f'export {side} {n} failed:\n{result.stderr[-3000:]}')
        data = json.loads(result.stdout.strip().splitlines()[-1])
        if side == 'app':
            data['check'] = check_file(data['path'], data['rows'])
        return data


def run(report: Report, sizes: list[int]) -> None:
    print('\n[2] Export of every surat masuk: export_table vs raw xlsxwriter constant_memory from memory')
    for n in sizes:
        database(n)   # built outside the timed subprocesses
        raw = _in_subprocess('raw', n)
        app = _in_subprocess('app', n)
        assert app['rows'] == raw['rows'] == n, (app['rows'], raw['rows'])
        growth = app['peak'] - app['rss_before'] + app['writer_peak']
        report.add(Figure(f'export {n:,} rows, CPU time vs raw xlsxwriter', app['cpu'] / raw['cpu'], 1.3,
                          detail=f'CPU app {app["cpu"]:.1f} s, raw {raw["cpu"]:.1f} s; wall app {app["seconds"]:.1f} s, '
                                 f'raw {raw["seconds"]:.1f} s (wall ratio {app["seconds"] / raw["seconds"]:.2f}×); '
                                 f'{app["check"]}'))
        report.add(Figure(f'export {n:,} rows, peak RSS growth', growth, 100, unit=' MiB',
                          detail=f'web process {app["rss_before"]:.0f} → {app["peak"]:.0f} MiB peak, the writer\'s '
                                 f'process {app["writer_peak"]:.0f} MiB peak '
                                 f'(raw: +{raw["peak"] - raw["rss_before"]:.0f} MiB)'))


if __name__ == '__main__':
    side, size, directory = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    if side == 'app':
        import asyncio
        outcome = asyncio.run(_app(size, directory))
    else:
        outcome = _raw(size, directory)
    print(json.dumps(outcome))
