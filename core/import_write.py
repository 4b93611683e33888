"""The write of an import plan without errors: all or nothing, in one transaction and one undo group
(core.records.write_bulk), after a last look that nobody stored the same rows meanwhile.
"""
from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from core import access, records
from core.access import Action, Actor
from core.import_keys import key_is_unique_in_db, key_text, stored_keys
from core.import_plan import ImportPlan, Progress, RowProgress, Status
from core.import_policy import require_import
from core.memory import full_collections_held_during
from core.turns import in_turns
from locales import t
from forms.indonesian import format_number
from models.table import TableSpec


@dataclass
class ImportResult:
    group: str
    created: int
    updated: int
    skipped: int

    def message(self, spec: TableSpec) -> str:
        parts = [t('impor.ringkasan.ditambahkan', n=format_number(self.created))]
        if self.updated:
            parts.append(t('impor.ringkasan.diperbarui', n=format_number(self.updated)))
        if self.skipped:
            parts.append(t('impor.ringkasan.dilewati', n=format_number(self.skipped)))
        return t('impor.hasil', tabel=spec.label, rincian=', '.join(parts))


@full_collections_held_during   # the rows' values and audit entries: core.memory
async def write_import(spec: TableSpec, actor: Actor, plan: ImportPlan, *,
                       on_progress: Progress | None = None,
                       before_commit: Callable[[], Awaitable[None]] | None = None) -> ImportResult:
    """Write a plan without errors, all or nothing, in one transaction and one undo group.
    Raises AccessDenied, or records.BulkRefused (nothing written) when the data changed meanwhile.
    `on_progress(done, total)` gets the rows written so far, after each chunk (the rows, then their
    audit entries, each a share of the work), and (total, total) once the transaction is committed.
    `before_commit` runs last inside the transaction (core.records.write_bulk)."""
    require_import(actor, spec)
    if not plan.ok:
        raise records.BulkRefused(t('impor.masih_bermasalah'))
    creates, updates, keys, skipped = [], [], set(), 0
    async for outcome in in_turns(plan.rows):
        if outcome.status == Status.NEW:
            creates.append(outcome.row)
            if outcome.key is not None:
                keys.add(outcome.key)
        elif outcome.status == Status.UPDATE:
            updates.append((outcome.row, outcome.before))
        elif outcome.status == Status.SKIP:
            skipped += 1
    if creates:
        access.require(actor, Action.TAMBAH, spec)
    if updates:
        access.require(actor, Action.UBAH, spec)
    unique_in_db = key_is_unique_in_db(spec)

    async def nobody_added_them_meanwhile() -> None:
        clash = [key for key, found in (await stored_keys(spec, keys)).items()
                 if unique_in_db or any(not deleted for _, deleted in found)]
        if clash:
            raise records.BulkRefused(t('impor.baru_saja_disimpan', tabel=spec.label, kunci=key_text(spec, clash[0])))
    group = uuid.uuid4().hex
    result = ImportResult(group, len(creates), len(updates), skipped)
    rows = len(creates) + len(updates)
    progress = RowProgress(on_progress, rows)
    steps, written = 2 * rows + 2, 0          # each row, its audit entry, the import's own entry, the commit

    def wrote(count: int) -> None:
        nonlocal written
        written += count
        progress.part(0, 1, written, steps)
    progress.part(0, 1, 0, steps)
    await records.write_bulk(spec, actor, creates, updates, group=group,
                             note=t('impor.catatan.baris', berkas=plan.filename)[:200],
                             summary=t('impor.catatan.impor', hasil=result.message(spec), berkas=plan.filename),
                             guard=nobody_added_them_meanwhile, on_chunk=wrote, before_commit=before_commit)
    progress.part(0, 1, 1, 1)
    return result
