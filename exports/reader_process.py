"""An uploaded table is read in a child process with a memory and a time limit, so that no file, not
even one nobody foresaw, can take the web process down with it (a reader that aborts, runs out of
memory or never ends takes only its child).

    table = read_table_in_child(data, 'surat.xlsx', labels, max_rows=100_000, max_bytes=10 << 20)

The child is `python -m exports.reader_process`, a fresh interpreter (not multiprocessing: its spawn
would import main.py again, and start a second server): it limits its own address space (RLIMIT_AS)
and CPU time (RLIMIT_CPU), reads the request from stdin, runs exports.xlsx_import.read_table and
writes back either the refusal's message or the table, its rows in pieces of ROWS_PER_PIECE so that
taking them back never holds the event loop long. The parent kills it after READ_SECONDS. A child
that dies, is killed or answers nonsense becomes an ImportFileError with an Indonesian message.

Call it from a worker thread (it waits for the child).
"""
from __future__ import annotations

import io
import logging
import math
import pickle
import resource
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from core.import_sheet import ImportFileError, Table
from exports.xlsx_import import read_table
from locales import t

__all__ = ['READ_MEMORY_BYTES', 'READ_SECONDS', 'read_table_in_child']

READ_MEMORY_BYTES = 1536 << 20   # the child's address space; 100 000 rows of 18 columns peak near 450 MB
READ_SECONDS = 120               # wall time (and CPU time) one file may take to read
ROWS_PER_PIECE = 2000            # rows per answer piece
PROJECT_ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger('panel')


def read_table_in_child(data: bytes, filename: str, labels: dict[str, str | None], *, max_rows: int,
                        max_bytes: int) -> Table:
    """exports.xlsx_import.read_table, in a child process; raises ImportFileError as it does, and
    when the child runs out of memory or time."""
    request = pickle.dumps((data, filename, labels, max_rows, max_bytes), protocol=pickle.HIGHEST_PROTOCOL)
    cpu_seconds = math.ceil(READ_SECONDS) + 5   # for a child left alone; the wall time ends it first
    command = [sys.executable, '-m', 'exports.reader_process', str(READ_MEMORY_BYTES), str(cpu_seconds)]
    try:
        done = subprocess.run(command, input=request, capture_output=True, timeout=READ_SECONDS,
                              cwd=PROJECT_ROOT, check=False)
    except subprocess.TimeoutExpired:   # subprocess.run has killed the child
        log.warning('import reader: %s took over %s s, stopped', filename, READ_SECONDS)
        raise ImportFileError(t('impor.berkas.terlalu_lama', detik=READ_SECONDS)) from None
    if done.returncode != 0:
        log.warning('import reader: %s ended the child with %s: %s', filename, done.returncode,
                    done.stderr[-2000:].decode(errors='replace'))
        raise ImportFileError(t('impor.berkas.terlalu_berat'))
    try:
        return _answer(io.BytesIO(done.stdout))
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as error:
        log.warning('import reader: %s: unreadable answer (%s)', filename, error)
        raise ImportFileError(t('impor.berkas.terlalu_berat')) from None


class _Values(pickle.Unpickler):
    """Takes back plain data and the date and time values of cells, nothing else."""
    ALLOWED = {('datetime', kind.__name__): kind for kind in (datetime, date, time, timedelta)}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.ALLOWED:
            return self.ALLOWED[module, name]
        raise pickle.UnpicklingError(f'{module}.{name} is no cell value')


def _answer(stream: BinaryIO) -> Table:
    head = _Values(stream).load()
    if head[0] == 'refused':
        raise ImportFileError(str(head[1]))
    _, header_row, columns, count = head
    table = Table(header_row=int(header_row), columns=[(str(key), str(text)) for key, text in columns])
    while len(table.rows) < count:
        table.rows.extend(_Values(stream).load())   # a piece at a time: the event loop gets its turns
    return table


def _serve(memory: int, cpu_seconds: int, request: BinaryIO, answer: BinaryIO) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    data, filename, labels, max_rows, max_bytes = pickle.load(request)
    try:
        table = read_table(data, filename, labels, max_rows=max_rows, max_bytes=max_bytes)
    except ImportFileError as refusal:
        pickle.dump(('refused', str(refusal)), answer)
        return
    pickle.dump(('table', table.header_row, table.columns, len(table.rows)), answer)
    for start in range(0, len(table.rows), ROWS_PER_PIECE):
        pickle.dump(table.rows[start:start + ROWS_PER_PIECE], answer, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == '__main__':
    _serve(int(sys.argv[1]), int(sys.argv[2]), sys.stdin.buffer, sys.stdout.buffer)
