"""Undo of a batch (an import, a paste) in one step, from its audit entries: created rows go to the
trash, edited rows get their old values back, in bulk, unless a row was changed again since. And
redo of an undone grid batch (Ctrl+Y): its values written again through save_batch.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from core import access, audit
from core.access import Action, Actor
from core.record_bulk import audit_many, chunks, has_after_write
from core.record_checks import GENERAL, stale_message
from core.record_writes import BatchItem, save_batch
from locales import t
from models.audit import AuditAction, AuditEntry
from models.table import TABLES, TableSpec


class UndoRefused(Exception):
    """A batch cannot be undone (or redone); the message says why."""


# rows a batch brought into the grid: created, or taken back out of the trash by a redo; undone to the trash
BROUGHT_IN = (AuditAction.TAMBAH, AuditAction.PULIHKAN)


def _may_undo(actor: Actor, entry: AuditEntry, spec: TableSpec) -> bool:
    """Undoing a creation deletes the row: it needs the right to delete, except for whoever added
    the batch, who may take back their own rows with the right to add them."""
    if entry.aksi not in BROUGHT_IN:
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
            action = Action.HAPUS if entry.aksi in BROUGHT_IN else Action.UBAH
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
            if entry.aksi in BROUGHT_IN:
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


async def redo_group(actor: Actor, group: str) -> tuple[int, str]:
    """Do again a grid batch (a paste, a cell, a fill, a bulk edit) that `undo_group` undid: edited
    rows get the batch's values again through save_batch, checked as a save against the version read
    now; rows the undo put in the trash come back out of it. Refused, with nothing written, when a
    row was changed after the undo. All in one new group, so the redo can be undone in its turn.
    Returns the rows redone and that group."""
    entries = await AuditEntry.filter(kelompok=group).order_by('id')
    undone = [entry for entry in entries if entry.aksi == AuditAction.BATAL and entry.baris_id is not None]
    done = [entry for entry in entries
            if entry.aksi in (*BROUGHT_IN, AuditAction.UBAH) and entry.baris_id is not None]
    if not undone or not done:
        raise UndoRefused(t('grid.ulang.belum_dibatalkan'))
    by_table: dict[str, dict[int, list[AuditEntry]]] = {}
    for entry in done:
        by_table.setdefault(entry.tabel, {}).setdefault(entry.baris_id, []).append(entry)
    versions: dict[tuple[str, int], int] = {}
    for table, rows in by_table.items():   # versions first: a write after this read fails save_batch's check
        for chunk in chunks(list(rows)):
            for row_id, version in await TABLES[table].model.filter(id__in=chunk).values_list('id', 'version'):
                versions[(table, row_id)] = version
    last_undo = max(entry.id for entry in undone)
    for table, rows in by_table.items():
        for chunk in chunks(list(rows)):
            later = await AuditEntry.filter(tabel=table, baris_id__in=chunk, id__gt=last_undo) \
                .order_by('id').first()
            if later is not None:
                raise UndoRefused(t('grid.ulang.diubah_lagi', tabel=TABLES[table].label, nomor=later.baris_id))
    new_group = uuid.uuid4().hex
    count = 0
    async with in_transaction():
        for table, rows in by_table.items():
            spec = TABLES[table]
            read = {row_id: versions.get((table, row_id)) for row_id in rows}
            if None in read.values():
                raise UndoRefused(f'{spec.label}: {stale_message()}')
            brought_in = [row_id for row_id, logged in rows.items() if logged[0].aksi in BROUGHT_IN]
            await _take_out_of_trash(actor, spec, brought_in, read, rows, new_group)
            items = []
            for row_id, logged in rows.items():
                values: dict[str, Any] = {}
                for entry in logged:
                    if entry.aksi == AuditAction.UBAH:
                        values.update({_field_name(spec, name): audit.from_json(spec, name, value)
                                       for name, value in (entry.sesudah or {}).items()})
                if values:   # a row taken out of the trash is one version further
                    version = read[row_id] + 1 if row_id in brought_in else read[row_id]
                    items.append(BatchItem(values, row_id=row_id, version=version))
            if items:
                result = await save_batch(spec, actor, items, group=new_group)
                if not result.ok:
                    index, errors = next(iter(result.errors.items()))
                    message = errors.get(GENERAL) or next(iter(errors.values()))
                    raise UndoRefused(t('grid.ulang.ditolak', tabel=spec.label, nomor=items[index].row_id,
                                        pesan=message))
            count += len(rows)
    return count, new_group


def _field_name(spec: TableSpec, column: str) -> str:
    """An audit entry's key (a foreign key logged as its column, klasifikasi_id) as the form's field name."""
    name = column.removesuffix('_id')
    return name if column != name and spec.is_fk(name) else column


async def _take_out_of_trash(actor: Actor, spec: TableSpec, row_ids: list[int], versions: dict[int, int],
                             logged: dict[int, list[AuditEntry]], group: str) -> None:
    """Rows a batch created and its undo put in the trash come back, as they were (one PULIHKAN each)."""
    if not row_ids:
        return
    for row_id in row_ids:
        if not _may_undo(actor, logged[row_id][0], spec):
            raise access.AccessDenied(access.refusal(Action.HAPUS, spec.label))
    now_visible = 0
    for chunk in chunks(row_ids):
        in_scope = access.scope(actor, spec, spec.model.filter(id__in=chunk, deleted_at__isnull=False))
        now_visible += await in_scope.count()
    if now_visible != len(row_ids):
        raise UndoRefused(t('grid.ulang.tidak_di_sampah', tabel=spec.label))
    for row_id in row_ids:
        version = versions[row_id]
        if await spec.model.filter(id=row_id, version=version, deleted_at__isnull=False).update(
                deleted_at=None, version=version + 1, updated_by=actor.username) != 1:
            raise UndoRefused(f'{spec.label} #{row_id}: {stale_message()}')
    await audit_many(actor.username, [dict(aksi=AuditAction.PULIHKAN, tabel=spec.name, baris_id=row_id, kelompok=group)
                                      for row_id in row_ids])
    if has_after_write(spec):
        for chunk in chunks(row_ids):
            for row in await spec.model.filter(id__in=chunk):
                await row.after_write()
