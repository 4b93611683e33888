"""The import's own process (exports/import_process.py starts it): `python -m exports.import_child`.

It reads one request from stdin (a pickle the web process made: the database, the table's name, the
actor as the web process checked them, the file and the choices of the dialog), checks every row as
exports.import_files.plan_import does and, when asked and the plan has no errors, writes it with
core.importer.write_import: all or nothing, in one transaction on its own database connection. A
child that is killed (the person cancelled, the app stopped) never commits, so nothing is written.

Its answers go to stdout as frames (a length of LENGTH bytes, then a pickle):
('progress', phase, done, total) at most every PROGRESS_SECONDS and at the end of each phase
('check', then 'write'); then the plan without its rows, the rows in pieces of ROWS_PER_PIECE, and the
result; or ('error', kind, message, headers) for a refusal the dialog shows. Anything the code
prints goes to stderr (the server's log), never between the frames.

Cancelling stays all or nothing to the end: with every row written but not yet committed, the child
sends ('ready',) and commits only when the web process answers COMMIT on stdin. Until then a
Batalkan kills it and the transaction is rolled back; after it, the import is saved and says so.
"""
from __future__ import annotations

import asyncio
import logging
import math
import os
import pickle
import sys
import time
import traceback
from dataclasses import replace
from typing import Any, BinaryIO

LENGTH = 8                # bytes of a frame's length
ROWS_PER_PIECE = 2000     # rows of the plan per frame: taking one back holds the web process's loop briefly
PROGRESS_SECONDS = 0.1    # at most this often a progress frame

COMMIT = b'c'              # the web process's go-ahead to commit the import's transaction

log = logging.getLogger('panel')


class Cancelled(Exception):
    """The web process let the import go (Batalkan) before it was committed."""


def pace() -> dict[str, float]:
    """How the work is paced in the web process: how often it takes turns (core.turns), how many rows
    one executemany writes (core.record_bulk) and how often progress is reported. The child works at
    the same pace (set_pace), so what a page shows does not depend on where the work runs."""
    from core import record_bulk, turns
    return {'turn_seconds': turns.TURN_SECONDS, 'bulk_chunk': record_bulk.BULK_CHUNK,
            'progress_seconds': PROGRESS_SECONDS}


def set_pace(values: dict[str, float]) -> None:
    global PROGRESS_SECONDS
    from core import record_bulk, turns
    turns.TURN_SECONDS, record_bulk.BULK_CHUNK = values['turn_seconds'], int(values['bulk_chunk'])
    PROGRESS_SECONDS = values['progress_seconds']


class Frames:
    """The frames to the web process, on a stdout that nothing else writes to."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out

    def send(self, *frame: Any) -> None:
        body = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
        self.out.write(len(body).to_bytes(LENGTH, 'little') + body)
        self.out.flush()

    async def go_ahead(self) -> None:
        """Last inside the import's transaction: ask the web process whether to commit, and wait for
        its answer. No answer (Batalkan closed our stdin, or killed us) rolls everything back."""
        self.send('ready')
        if await asyncio.to_thread(sys.stdin.buffer.read, 1) != COMMIT:
            raise Cancelled('the web process did not let the import commit')

    def progress(self, phase: str):
        """on_progress of one phase: its first and last report, and one every PROGRESS_SECONDS."""
        sent = -math.inf

        def report(done: int, total: int) -> None:
            nonlocal sent
            now = time.monotonic()
            if done >= total or now - sent >= PROGRESS_SECONDS:   # read at each call: set_pace
                sent = now
                self.send('progress', phase, done, total)
        return report


def shown_plan(plan) -> tuple[Any, list]:
    """The plan as the dialog shows it, and its rows: no table (the web process has its own) and no
    model rows or stored values, which only the write needed."""
    rows = [replace(outcome, row=None, before=None, key=None) for outcome in plan.rows]
    return replace(plan, spec=None, rows=[]), rows


async def run(request: tuple, frames: Frames) -> None:
    from core.access import AccessDenied
    from core.import_mapping import MappingNeeded
    from core.import_sheet import ImportFileError
    from core.import_write import write_import
    from core.lifecycle import attached_database
    from core.record_bulk import BulkRefused
    from exports.import_files import plan_import
    from models.table import TABLES

    database_url, paced, table, actor, data, filename, on_duplicate, parent, mapping, ask_mapping, write = request
    set_pace(paced)
    try:
        async with attached_database(database_url):
            spec = TABLES[table]
            plan = await plan_import(spec, actor, data, filename, on_duplicate, parent=parent, mapping=mapping,
                                     ask_mapping=ask_mapping, on_progress=frames.progress('check'))
            result = None
            if write and plan.ok:
                result = await write_import(spec, actor, plan, on_progress=frames.progress('write'),
                                            before_commit=frames.go_ahead)
    except MappingNeeded as needed:
        frames.send('error', 'mapping', str(needed), needed.headers)
        return
    except ImportFileError as error:
        frames.send('error', 'file', str(error), None)
        return
    except AccessDenied as error:
        frames.send('error', 'access', str(error), None)
        return
    except BulkRefused as error:
        frames.send('error', 'refused', str(error), None)
        return
    except Cancelled:
        return   # rolled back; the web process has gone on without us
    head, rows = shown_plan(plan)
    frames.send('plan', head, len(rows))
    for start in range(0, len(rows), ROWS_PER_PIECE):
        frames.send('rows', rows[start:start + ROWS_PER_PIECE])
    frames.send('result', result)


def main() -> int:
    out = os.fdopen(os.dup(sys.stdout.fileno()), 'wb')   # the frames' own copy of stdout …
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())      # … and whatever else is printed goes to the log
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    frames = Frames(out)
    request = pickle.loads(sys.stdin.buffer.read(int.from_bytes(sys.stdin.buffer.read(LENGTH), 'little')))
    try:
        asyncio.run(run(request, frames))
    except Exception as error:   # noqa: BLE001 - a fault of ours: logged here, named to the web process
        traceback.print_exc(file=sys.stderr)
        frames.send('error', 'fault', f'{type(error).__name__}: {error}', None)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
