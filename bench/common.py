"""Timing and reporting helpers shared by the benchmarks."""
from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Awaitable, Callable

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """One line of the results table: what was measured, against what, and the target."""
    name: str
    value: float | None
    target: float | None
    unit: str = '×'
    detail: str = ''
    lower_is_better: bool = True

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value <= self.target if self.lower_is_better else self.value >= self.target

    def row(self) -> str:
        value = '–' if self.value is None else f'{self.value:.2f}{self.unit}'
        target = '–' if self.target is None else f'{"≤" if self.lower_is_better else "≥"} {self.target:g}{self.unit}'
        met = {True: 'yes', False: 'NO', None: '–'}[self.met]
        return f'| {self.name} | {value} | {target} | {met} | {self.detail} |'


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print('  ' + figure.row(), flush=True)
        return figure

    def table(self) -> str:
        lines = ['| figure | measured | target | met | detail |', '|---|---|---|---|---|']
        return '\n'.join(lines + [f.row() for f in self.figures])


def machine() -> str:
    cpu = ''
    try:
        for line in Path('/proc/cpuinfo').read_text().splitlines():
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    except OSError:
        pass
    memory = ''
    try:
        kib = int(Path('/proc/meminfo').read_text().split()[1])
        memory = f', {kib / 1024 / 1024:.0f} GiB'
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3
    return (f'{cpu or platform.processor()} ({os.cpu_count()} cores{memory}), {platform.system()} '
            f'{platform.release()}, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}')


def now_text() -> str:
    return datetime.now().strftime('%Y-%m-%d %H:%M')


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The median of `repeat` timed calls, in seconds (one untimed warm-up call first)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


async def best_of_async(fn: Callable[[], Awaitable[object]], repeat: int) -> float:
    await fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        await fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@dataclass
class Paired:
    """Medians of the app and the raw baseline: wall-clock and CPU time (all threads)."""
    app_wall: float
    raw_wall: float
    app_cpu: float
    raw_cpu: float


async def paired(app: Callable[[], Awaitable[object]], raw: Callable[[], object], repeat: int) -> Paired:
    """The app and the raw baseline measured alternately, so that noise from other processes on
    the machine hits both alike. CPU time (cpu_seconds: every thread of this process and its ended children, so
    also the database driver's thread) is what the figures compare: on a shared 2-core machine the
    wall clock of a call made of several thread hand-offs grows with everyone else's load."""
    await app()
    raw()
    app_wall, raw_wall, app_cpu, raw_cpu = [], [], [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_seconds()
        await app()
        app_wall.append(time.perf_counter() - start)
        app_cpu.append(cpu_seconds() - cpu)
        start, cpu = time.perf_counter(), cpu_seconds()
        raw()
        raw_wall.append(time.perf_counter() - start)
        raw_cpu.append(cpu_seconds() - cpu)
    med = statistics.median
    return Paired(med(app_wall), med(raw_wall), med(app_cpu), med(raw_cpu))


def quantile(values: list[float], q: float) -> float:
    """The q-quantile of the values (nearest rank; NaN for none): `quantile(waits, .95)` is the p95."""
    if not values:
        return float('nan')
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def cpu_seconds() -> float:
    """CPU time of this process (every thread) and of its children that have ended: the import
    reads each upload in a child process (exports/reader_process.py), whose work counts too."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def ms(seconds: float) -> str:
    return f'{seconds * 1000:.1f} ms'


def rss_mib(pid: int | str = 'self') -> float:
    """Resident memory of a process now, in MiB (Linux /proc)."""
    for line in Path(f'/proc/{pid}/status').read_text().splitlines():
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mib(pid: int | str = 'self') -> float:
    """Peak resident memory of a process so far, in MiB (VmHWM)."""
    for line in Path(f'/proc/{pid}/status').read_text().splitlines():
        if line.startswith('VmHWM:'):
            return int(line.split()[1]) / 1024
    return 0.0
