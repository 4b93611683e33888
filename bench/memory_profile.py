"""What the server's memory after benchmark 4's crowd consists of (bench/profiles/memory-after-disconnect.txt).

    python -m bench.memory_profile [--users 50] [--operations 6] [--tracemalloc FRAMES] [--pythonmalloc malloc] [--out DIR]

Benchmark 4's two rounds (bench/concurrency.py: warm-up, one editor alone, then N users log in,
work and leave, twice) against the app served by bench/memory_probe.py, which dumps its memory on
SIGUSR1: idle (before the crowd), with all connected, and after all left, each round. Prints the
comparison; the dumps stay in --out. With --tracemalloc the server traces allocations from the idle
dump on (slower, and tracemalloc's own memory is in RSS: take the RSS figures from a run without).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.common import ROOT
from bench.concurrency import drive, prepare
from bench.startup import app_env, free_port, stop_server, wait_until_served

LABELS = ('idle', 'round1_connected', 'round1_after', 'round2_connected', 'round2_after')
MIB = 1024 * 1024


def asker(out: Path, pid: int):
    async def probe(label: str) -> None:
        (out / 'request').write_text(label)
        os.kill(pid, signal.SIGUSR1)
        deadline = time.monotonic() + 120
        while not (out / f'{label}.done').exists():
            if time.monotonic() > deadline:
                raise TimeoutError(f'no memory dump {label}')
            await asyncio.sleep(0.2)
    return probe


def collect(users: int, operations: int, out: Path, trace: int, pythonmalloc: str = '') -> dict:
    with tempfile.TemporaryDirectory(prefix='bench-memory-') as tmp:
        data_dir = Path(tmp) / 'data'
        asyncio.run(prepare(data_dir, users + 1))
        port = free_port()
        env = app_env(data_dir, port)
        env['SESSION_IDLE_MINUTES'] = '120'
        env['BENCH_MEMORY_DIR'] = str(out)
        if trace:
            env['BENCH_TRACEMALLOC'] = str(trace)
        if pythonmalloc:
            env['PYTHONMALLOC'] = pythonmalloc
        server = subprocess.Popen([sys.executable, '-m', 'bench.memory_probe'], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_served(f'http://127.0.0.1:{port}/login', server)
            result = asyncio.run(drive(f'http://127.0.0.1:{port}', users, operations, server.pid,
                                       probe=asker(out, server.pid)))
        finally:
            stop_server(server)
    return result


def load(out: Path) -> dict[str, dict]:
    return {label: json.loads((out / f'{label}.json').read_text()) for label in LABELS if (out / f'{label}.json').exists()}


def kib(value: float) -> str:
    return f'{value / 1024:8.1f}'


def mib(value: float) -> str:
    return f'{value / MIB:8.1f}'


def table(dumps: dict[str, dict]) -> list[str]:
    labels = list(dumps)
    head = '  ' + ' ' * 52 + ''.join(f'{label.replace("round", "r"):>16}' for label in labels)
    lines = [head]

    def row(name: str, values: list[str]) -> None:
        lines.append(f'  {name:<52}' + ''.join(f'{v:>16}' for v in values))

    row('RSS before the dump\'s gc.collect() [MiB]', [kib(d['status_before_collect']['VmRSS']) for d in dumps.values()])
    for key in ('VmRSS', 'RssAnon', 'RssFile'):
        row(f'{key} [MiB]', [kib(d['status'][key]) for d in dumps.values()])
    row('threads', [str(d['status']['Threads']) for d in dumps.values()])
    lines.append('  resident, by kind of mapping (/proc/self/smaps) [MiB]')
    kinds = sorted({k for d in dumps.values() for k in d['smaps']},
                   key=lambda k: -max(d['smaps'].get(k, 0) for d in dumps.values()))
    for kind in kinds:
        if max(d['smaps'].get(kind, 0) for d in dumps.values()) >= 512:
            row('  ' + kind[:50], [kib(d['smaps'].get(kind, 0)) for d in dumps.values()])
    lines.append('  pymalloc (sys._debugmallocstats) [MiB]')
    for name, key in (('arenas held (x 1 MiB)', 'arenas allocated current'),
                      ('bytes in allocated blocks', 'bytes in allocated blocks'),
                      ('bytes in available blocks (free in used pools)', 'bytes in available blocks'),
                      ('bytes in unused pools (free pools in arenas)', 'bytes in unused pools')):
        row('  ' + name, [(mib(d['pymalloc'].get(key, 0)) if 'arenas' not in key
                           else str(d['pymalloc'].get(key, 0))) for d in dumps.values()])
    row('  arenas allocated total (ever) / reclaimed', [f'{d["pymalloc"].get("arenas allocated total", 0)}/'
                                                       f'{d["pymalloc"].get("arenas reclaimed", 0)}' for d in dumps.values()])
    row('  allocated blocks (sys.getallocatedblocks)', [str(d['allocated_blocks']) for d in dumps.values()])
    lines.append('  glibc malloc (mallinfo2, malloc_info) [MiB]')
    row('  in use (uordblks)', [mib(d['mallinfo2']['uordblks']) for d in dumps.values()])
    row('  free, kept in arenas (fordblks)', [mib(d['mallinfo2']['fordblks']) for d in dumps.values()])
    row('  mmap\'d large chunks (hblkhd)', [mib(d['mallinfo2']['hblkhd']) for d in dumps.values()])
    row('  arenas (count) / system bytes of all arenas', [
        f'{sum(1 for a in d["malloc_arenas"] if a["nr"] >= 0)}/{mib(sum(a.get("system", 0) for a in d["malloc_arenas"])).strip()}'
        for d in dumps.values()])
    row('SQLite memory_used (all connections) [MiB]', [mib(d['sqlite'].get('memory_used', 0)) for d in dumps.values()])
    row('gc-tracked objects', [str(d['gc_objects']) for d in dumps.values()])
    for key in sorted({k for d in dumps.values() for k in d['app']}):
        row(key[:52], [str(d['app'].get(key, '')) for d in dumps.values()])
    return lines


def type_diff(before: dict, after: dict, top: int = 30) -> list[str]:
    keys = set(before['gc_types']) | set(after['gc_types'])
    diff = sorted(((after['gc_types'].get(k, 0) - before['gc_types'].get(k, 0), k) for k in keys), reverse=True)
    lines = [f'  {n:+9d}  {k}  ({before["gc_types"].get(k, 0)} -> {after["gc_types"].get(k, 0)})' for n, k in diff[:top] if n]
    lines += [f'  {n:+9d}  {k}' for n, k in diff[-5:] if n < 0]
    return lines


def trace_lines(out: Path, label: str, top: int = 25) -> list[str]:
    path = out / f'{label}.tracemalloc'
    if not path.exists():
        return []
    snapshot = tracemalloc.Snapshot.load(str(path)).filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, '<frozen importlib._bootstrap*>')])
    total = sum(s.size for s in snapshot.statistics('filename'))
    lines = [f'  {label}: alive, allocated since the idle dump: {total / MIB:.1f} MiB in '
             f'{sum(s.count for s in snapshot.statistics("filename"))} blocks', '  by file:']
    for stat in snapshot.statistics('filename')[:top]:
        lines.append(f'    {stat.size / MIB:7.2f} MiB {stat.count:8d} blocks  {_short(stat.traceback[0].filename)}')
    lines.append('  by line:')
    for stat in snapshot.statistics('lineno')[:top]:
        frame = stat.traceback[0]
        lines.append(f'    {stat.size / MIB:7.2f} MiB {stat.count:8d} blocks  {_short(frame.filename)}:{frame.lineno}')
    lines.append('  largest by whole traceback (innermost frame last, app frames marked *):')
    for stat in snapshot.statistics('traceback')[:8]:
        lines.append(f'    {stat.size / MIB:7.2f} MiB {stat.count:8d} blocks')
        for frame in list(stat.traceback)[-TRACE_SHOWN:]:
            mark = '*' if str(ROOT) in frame.filename and '.venv' not in frame.filename else ' '
            lines.append(f'       {mark} {_short(frame.filename)}:{frame.lineno}')
    return lines


TRACE_SHOWN = 8


def _short(filename: str) -> str:
    for prefix in (str(ROOT / '.venv' / 'lib' / 'python3.11' / 'site-packages') + '/', str(ROOT) + '/',
                   '/root/.pyenv/versions/3.11.7/lib/python3.11/'):
        if filename.startswith(prefix):
            return filename[len(prefix):]
    return filename


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='python -m bench.memory_profile', description=__doc__.splitlines()[0])
    parser.add_argument('--users', type=int, default=50)
    parser.add_argument('--operations', type=int, default=6)
    parser.add_argument('--tracemalloc', type=int, default=0, metavar='FRAMES',
                        help='trace allocations from the idle dump on, keeping FRAMES frames each')
    parser.add_argument('--pythonmalloc', default='', help="the server's PYTHONMALLOC (e.g. malloc: no pymalloc arenas)")
    parser.add_argument('--out', type=Path, default=None)
    parser.add_argument('--report-only', action='store_true', help='only print the report of the dumps in --out')
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix='bench-memory-dumps-'))
    out.mkdir(parents=True, exist_ok=True)
    if not args.report_only:
        start = time.monotonic()
        result = collect(args.users, args.operations, out, args.tracemalloc, args.pythonmalloc)
        print(f'collected in {time.monotonic() - start:.0f} s into {out}; bench RSS idle {result["idle"]:.1f}, '
              f'with all {result["with_all"]:.1f}, after {result["after"]:.1f}, after last {result["after_last"]:.1f} MiB')
    dumps = load(out)
    lines = table(dumps)
    if 'idle' in dumps and 'round1_after' in dumps:
        lines += ['', '  gc-tracked objects by type, round1_after - idle (top growth):']
        lines += type_diff(dumps['idle'], dumps['round1_after'])
        lines += ['', '  gc-tracked objects by type, round1_connected - idle (top growth):']
        lines += type_diff(dumps['idle'], dumps['round1_connected'], 15)
    if 'round1_after' in dumps and 'round2_after' in dumps:
        lines += ['', '  gc-tracked objects by type, round2_after - round1_after:']
        lines += type_diff(dumps['round1_after'], dumps['round2_after'], 15)
    for label in ('round1_after', 'round2_after'):
        survivors = dumps.get(label, {}).get('new_survivors')
        if survivors:
            lines += ['', f'  {label}: gc-tracked objects made since the idle dump and still alive: {survivors["count"]}',
                      '  by type (count, sys.getsizeof bytes):']
            for name, (n, size) in sorted(survivors['by_type'].items(), key=lambda kv: -kv[1][1])[:25]:
                lines.append(f'    {n:7d} {size:10d}  {name}')
            lines.append('  what refers to them ("(new)": the referrer is new too):')
            for name, n in list(survivors['owners'].items())[:25]:
                lines.append(f'    {n:7d}  {name}')
    for label in LABELS[1:]:
        lines += trace_lines(out, label)
    print('\n'.join(lines))
    return 0


if __name__ == '__main__':
    sys.exit(main())
