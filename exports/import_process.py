"""An import runs in a process of its own (exports/import_child.py), so that checking and writing
100 000 rows, which is Python work that holds the interpreter, never slows another user's page
change in the web process (issue #13 (g)).

    plan, _ = await import_in_child(spec, actor, data, 'surat.xlsx', on_check=progress)     # the preview
    plan, result = await import_in_child(spec, actor, data, 'surat.xlsx', write=True, ...)  # checked again, written

The child is a fresh interpreter (`python -m exports.import_child`, as the file reader and the xlsx
writer are: a multiprocessing spawn would import main.py again), started for one import and owned by
it: it opens its own connection to the app's database, with the administrator's tables as they are
now, checks the rows with the actor as the web process loaded them, and, with `write`, writes a plan
without errors all or nothing (core.importer.write_import). Its progress comes back as it goes and is
handed to `on_check`/`on_write` on the event loop; the plan comes back for the preview without the
model rows, in pieces, so that taking it back never holds the event loop long.

Cancelling the awaiting task (the dialog's Batalkan, the page closed) kills the child: its transaction
is never committed, so nothing is written. The child commits only when told to (COMMIT, once every
row is written); from then on a cancel comes too late, and the import returns as saved.
A refusal raises here what it raised in the child (MappingNeeded, ImportFileError, AccessDenied,
BulkRefused); a child that ends without an answer raises ImportFileError with impor.terhenti.
"""
from __future__ import annotations

import asyncio
import logging
import pickle
import sys
from pathlib import Path
from typing import Any

from core.access import AccessDenied, Actor
from core.config import load_settings
from core.import_mapping import Mapping, MappingNeeded
from core.import_plan import ImportPlan, OnDuplicate, Progress
from core.import_policy import require_import
from core.import_sheet import ImportFileError
from core.import_write import ImportResult
from core.record_bulk import BulkRefused
from exports.import_child import COMMIT, LENGTH, pace
from locales import t
from models.table import TableSpec

__all__ = ['import_in_child']

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FRAME_LIMIT = 1 << 30     # a frame longer than this is no answer of ours

log = logging.getLogger('panel')


async def import_in_child(spec: TableSpec, actor: Actor, data: bytes, filename: str,
                          on_duplicate: OnDuplicate = OnDuplicate.SKIP, *, parent: tuple[str, int] | None = None,
                          mapping: Mapping | None = None, ask_mapping: bool = False, write: bool = False,
                          on_check: Progress | None = None,
                          on_write: Progress | None = None) -> tuple[ImportPlan, ImportResult | None]:
    """exports.import_files.plan_import (the arguments are its own) in the child, and with `write`
    core.importer.write_import of the plan when it has no errors. Returns the plan as the preview
    shows it (its rows without their model rows) and the result, None when nothing was written."""
    require_import(actor, spec)   # refused here already, without starting a process
    request = pickle.dumps((load_settings().database_url, pace(), spec.name, actor, data, filename, on_duplicate,
                            parent, mapping, ask_mapping, write), protocol=pickle.HIGHEST_PROTOCOL)
    child = await asyncio.create_subprocess_exec(sys.executable, '-m', 'exports.import_child', cwd=PROJECT_ROOT,
                                                 stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    answer = Answer(child, spec, {'check': on_check, 'write': on_write})
    reading = asyncio.ensure_future(answer.read(len(request).to_bytes(LENGTH, 'little') + request))
    try:
        while True:
            try:
                return await asyncio.shield(reading)
            except asyncio.CancelledError:
                if not answer.committing:
                    reading.cancel()
                    raise
                asyncio.current_task().uncancel()   # too late to cancel: the import is being committed
    finally:
        if child.returncode is None:
            try:
                child.kill()   # cancelled, or an answer we could not read: its transaction is never committed
            except ProcessLookupError:
                pass
        await asyncio.shield(child.wait())


class Answer:
    """What the child says, frame by frame, until its plan and result."""

    def __init__(self, child: asyncio.subprocess.Process, spec: TableSpec,
                 progress: dict[str, Progress | None]) -> None:
        self.child, self.spec, self.progress = child, spec, progress
        self.committing = False   # the child was told to commit: from here on it cannot be cancelled

    async def read(self, request: bytes) -> tuple[ImportPlan, ImportResult | None]:
        await self.send(request)
        plan: ImportPlan | None = None
        rows: list = []
        while True:
            frame = await _frame(self.child.stdout)
            if frame[0] == 'progress':
                if (report := self.progress.get(frame[1])) is not None:
                    report(frame[2], frame[3])
            elif frame[0] == 'ready':
                self.committing = True
                await self.send(COMMIT)
            elif frame[0] == 'plan':
                plan = frame[1]
                plan.spec = self.spec
            elif frame[0] == 'rows':
                rows.extend(frame[1])
            elif frame[0] == 'result' and plan is not None:
                plan.rows = rows
                return plan, frame[1]
            elif frame[0] == 'error':
                _raise(*frame[1:])
            else:
                raise ImportFileError(t('impor.terhenti'))

    async def send(self, data: bytes) -> None:
        try:
            self.child.stdin.write(data)
            await self.child.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):   # the child has ended; its answer says how
            pass


def _raise(kind: str, message: str, headers: Any) -> None:
    if kind == 'mapping':
        raise MappingNeeded(message, headers)
    if kind == 'file':
        raise ImportFileError(message)
    if kind == 'access':
        raise AccessDenied(message)
    if kind == 'refused':
        raise BulkRefused(message)
    log.error('import child: %s', message)
    raise ImportFileError(t('impor.terhenti'))


async def _frame(stream: asyncio.StreamReader) -> tuple:
    try:
        length = int.from_bytes(await stream.readexactly(LENGTH), 'little')
        if length > FRAME_LIMIT:
            raise ValueError(length)
        return pickle.loads(await stream.readexactly(length))
    except (asyncio.IncompleteReadError, ValueError, pickle.UnpicklingError, EOFError) as error:
        log.warning('import child: ended without an answer (%s)', type(error).__name__)
        raise ImportFileError(t('impor.terhenti')) from None
