"""The xlsx writer's own process: every workbook `write_xlsx` makes is written by a child process, so
that writing it (xlsxwriter is pure Python and holds the interpreter for as long as it runs) never
slows another user's page change in the web process (issue #13 (g)).

    worker = take()                          # an idle child, or a new one (on a worker thread)
    worker.call('open', (tmp, 'Surat Masuk', title, subtitles, columns, None, None))
    worker.call('rows', (rows,))             # -> rows written
    worker.call('close', (tmp, final))       # the file appears at `final` only now
    give_back(worker)                        # or worker.kill() when the export failed or was cancelled

The child is `python -m exports.xlsx_child`, a fresh interpreter like exports.reader_process (a
multiprocessing spawn would import main.py again, and start a second server). It reads requests from
stdin (a length, then a pickle made by the web process) and answers each with one JSON line: the
result, or the error's kind and message, which `call` raises again in the web process (ValueError
and OSError as themselves, so a caller sees what it saw when the writer ran in-process). The rows
reach it as the values they are (str, int, Decimal, date, datetime, bool, None); the database is
read by the web process, the writing is the child's.

The web process keeps up to IDLE_WORKERS children between exports (starting one takes about a fifth
of a second), and ends them when it exits: a child also ends by itself when its stdin closes. A child
whose request failed is killed, never reused: its workbook is in an unknown state. Each child has its
own scratch folder for xlsxwriter's temporary files, removed with the child, killed or not.

Calls block: make them from a worker thread (write_xlsx has one per export).
"""
from __future__ import annotations

import atexit
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ['IDLE_WORKERS', 'LENGTH', 'SheetWorker', 'close_idle_workers', 'give_back', 'take']

IDLE_WORKERS = 2          # children kept between exports
LENGTH = 8                # bytes of a request's length
PROJECT_ROOT = Path(__file__).resolve().parent.parent
_ERRORS: dict[str, type[Exception]] = {'ValueError': ValueError, 'OSError': OSError}

_idle: list[SheetWorker] = []
_idle_lock = threading.Lock()


class SheetWorker:
    """One child process that writes workbooks, one request at a time."""

    def __init__(self) -> None:
        # xlsxwriter keeps a sheet's rows in a temporary file until the workbook is closed; a killed child
        # cannot remove it, so each child gets a folder of its own that goes with the child
        self.scratch = tempfile.mkdtemp(prefix='panel-xlsx-')
        self.process = subprocess.Popen([sys.executable, '-m', 'exports.xlsx_child', self.scratch], cwd=PROJECT_ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)   # stderr: the server's log

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def call(self, operation: str, arguments: tuple) -> Any:
        """Send one request and wait for its answer; raises what the child raised."""
        request = pickle.dumps((operation, arguments), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.process.stdin.write(len(request).to_bytes(LENGTH, 'little') + request)
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except (BrokenPipeError, ValueError):   # the child ended, or was killed and its pipes closed
            line = b''
        if not line:
            raise RuntimeError(f'the xlsx writer process ended ({self.process.poll()})')
        answer = json.loads(line)
        if 'error' in answer:
            raise _ERRORS.get(answer['error'], RuntimeError)(answer['message'])
        return answer['result']

    def kill(self) -> None:
        """End the child now (a failed or cancelled export); safe to call twice."""
        if self.alive:
            self.process.kill()
        self.process.wait()
        self._close_pipes()

    def stop(self) -> None:
        """Let an idle child end by closing its stdin."""
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:
                pass
        shutil.rmtree(self.scratch, ignore_errors=True)


def take() -> SheetWorker:
    """An idle child, or a new one."""
    with _idle_lock:
        while _idle:
            worker = _idle.pop()
            if worker.alive:
                return worker
    return SheetWorker()


def give_back(worker: SheetWorker) -> None:
    """Keep a child whose export ended well for the next one (up to IDLE_WORKERS)."""
    with _idle_lock:
        if worker.alive and len(_idle) < IDLE_WORKERS:
            _idle.append(worker)
            return
    worker.stop()


def close_idle_workers() -> None:
    """End the idle children and wait for them (at exit; the benchmarks, to count their CPU time)."""
    with _idle_lock:
        ending = list(_idle)
        _idle.clear()
    for worker in ending:
        worker.stop()


atexit.register(close_idle_workers)
