"""Undo of a batch (an import, a paste) in one step, from its audit entries: created rows go to the
trash, edited rows get their old values back, in bulk, unless a row was changed again since.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from core import access, audit
from core.access import Action, Actor
from core.record_bulk import audit_many, chunks, has_after_write
from locales import t
from models.audit import AuditAction, AuditEntry
from models.table import TABLES, TableSpec


class UndoRefused(Exception):
    """A batch cannot be undone; the message says why."""


def _may_undo(actor: Actor, entry: AuditEntry, spec: TableSpec) -> bool:
    """Undoing a creation deletes the row: it needs the right to delete, except for whoever added
    the batch, who may take back their own rows with the right to add them."""
    if entry.aksi != AuditAction.TAMBAH:
        return access.can(actor, Action.UBAH, spec)
    return access.can(actor, Action.HAPUS, spec) or (
        entry.pengguna == actor.username[:50] and access.can(actor, Action.TAMBAH, spec))


async def undo_group(actor: Actor, group: str) -> int:
    """Undo a whole import or paste in one step: created rows go to the trash, edited rows get their
    old values back. Refused when a row was changed again after the batch. Returns the rows undone.
    Works in bulk (a few queries per 500 rows), so a 100 000-row import is undone in one go."""
    entries = await AuditEntry.filter(kelompok=group).order_by('-id')
    if not entries:
        raise UndoRefused(t('rekaman.batalkan.tidak_ditemukan'))
    if any(entry.aksi == AuditAction.BATAL for entry in entries):
        raise UndoRefused(t('rekaman.batalkan.sudah'))
    rows = [entry for entry in entries if entry.baris_id is not None]   # not the batch's IMPOR summary
    first_entry: dict[tuple[str, int], int] = {}
    for entry in rows:
        spec = TABLES[entry.tabel]
        if not _may_undo(actor, entry, spec):
            action = Action.HAPUS if entry.aksi == AuditAction.TAMBAH else Action.UBAH
            raise access.AccessDenied(access.refusal(action, spec.label))
        key = (entry.tabel, entry.baris_id)
        first_entry[key] = min(entry.id, first_entry.get(key, entry.id))
    by_table: dict[str, list[int]] = {}
    for table, row_id in first_entry:
        by_table.setdefault(table, []).append(row_id)
    for table, row_ids in by_table.items():
        since = min(first_entry[(table, row_id)] for row_id in row_ids)
        for chunk in chunks(row_ids):
            later = AuditEntry.filter(Q(kelompok__isnull=True) | ~Q(kelompok=group),
                                      tabel=table, baris_id__in=chunk, id__gt=since)
            for row_id, entry_id in await later.values_list('baris_id', 'id'):
                if entry_id > first_entry[(table, row_id)]:
                    raise UndoRefused(t('rekaman.batalkan.diubah_lagi', tabel=TABLES[table].label, nomor=row_id))
    now = datetime.now(timezone.utc)
    logged: list[dict[str, Any]] = []
    async with in_transaction():
        created: dict[str, list[int]] = {}
        for entry in rows:
            spec = TABLES[entry.tabel]
            if entry.aksi == AuditAction.TAMBAH:
                created.setdefault(entry.tabel, []).append(entry.baris_id)
            else:
                changes = {name: audit.from_json(spec, name, value) for name, value in (entry.sebelum or {}).items()}
                await spec.model.filter(id=entry.baris_id).update(**changes, version=F('version') + 1,
                                                                  updated_by=actor.username)
            logged.append(dict(aksi=AuditAction.BATAL, tabel=spec.name, baris_id=entry.baris_id,
                               sebelum=entry.sesudah, sesudah=entry.sebelum, kelompok=group))
        for table, row_ids in created.items():
            for chunk in chunks(row_ids):
                await TABLES[table].model.filter(id__in=chunk).update(
                    deleted_at=now, version=F('version') + 1, updated_by=actor.username)
        for entry in entries:
            if entry.baris_id is None and entry.aksi == AuditAction.IMPOR:
                logged.append(dict(aksi=AuditAction.BATAL, tabel=entry.tabel, kelompok=group,
                                   keterangan=t('rekaman.batalkan.impor', n=len(rows))))
        await audit_many(actor.username, logged)
        for table in {entry.tabel for entry in rows}:
            spec = TABLES[table]
            if has_after_write(spec):
                for chunk in chunks([row_id for (t, row_id) in first_entry if t == table]):
                    for row in await spec.model.filter(id__in=chunk):
                        await row.after_write()
    return len(rows)
