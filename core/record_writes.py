"""Writes of one row at a time, as a form, a grid cell or a paste makes them: create or edit (`save`),
a quick action, a batch written all or nothing, delete to the trash and restore from it. Each
checks the role matrix on the server, checks the values (core.record_checks), the foreign keys and
the table's own rules, and writes with an optimistic lock and its audit entry in one transaction.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import access, audit, record_files
from core.access import Action, Actor
from core.record_checks import (GENERAL, apply_values, clash_message, db_columns, stale_message, stored_values,
                                 writable_fields)
from core.visible_rows import visible_rows
from locales import t
from models.audit import AuditAction, AuditEntry
from models.table import TABLES, TableSpec, related_table


@dataclass
class WriteResult:
    errors: dict[str, str] = field(default_factory=dict)
    row: Any = None
    conflict: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


class RecordNotFound(Exception):
    pass


async def _fk_error(spec: TableSpec, actor: Actor, name: str, value: int | None, before: Any) -> str | None:
    """A foreign key must point at a live row; a value the save changes, at one the actor sees (the
    row scope: another desa's row, a letter marked Rahasia), as the form's choices offer them."""
    if value is None or not spec.is_fk(name):
        return None
    target = spec.field(name).related_model
    if not await target.filter(id=value, deleted_at__isnull=True).exists():
        return t('rekaman.pilihan_hilang')
    if value != before and spec.choice_scope(actor, name) is None \
            and not await visible_rows(actor, related_table(spec, name), id=value).exists():
        return t('rekaman.pilihan_hilang')
    return None


async def load_row(spec: TableSpec, actor: Actor, row_id: int):
    """A row the actor may see, or RecordNotFound (also for rows outside their scope)."""
    row = await visible_rows(actor, spec, id=row_id).first()
    if row is None:
        raise RecordNotFound(t('rekaman.tidak_ditemukan', tabel=spec.label))
    return row


@dataclass
class _Prepared:
    """A row with the user's values applied and checked, not yet written."""
    row: Any
    creating: bool
    failure: WriteResult | None = None
    before: dict[str, Any] = field(default_factory=dict)


async def _prepare(spec: TableSpec, actor: Actor, values: dict[str, Any], row_id: int | None,
                   version: int | None) -> _Prepared:
    creating = row_id is None
    action = Action.TAMBAH if creating else Action.UBAH
    access.require(actor, action, spec)
    before: dict[str, Any] = {}
    if creating:
        row = spec.model()
    else:
        row = await load_row(spec, actor, row_id)
        before = {name: getattr(row, name) for name in db_columns(spec)}
        access.require(actor, Action.UBAH, spec, row)
        if version is not None and row.version != version:
            return _Prepared(row, creating, WriteResult({GENERAL: stale_message()}, row, conflict=True))
    parsed, errors = apply_values(spec, actor, row, values, creating)
    for name in parsed:
        if name not in errors and spec.is_fk(name):
            if message := await _fk_error(spec, actor, name, getattr(row, f'{name}_id'), before.get(f'{name}_id')):
                errors[name] = message
    errors = {name: errors[name] for name in writable_fields(spec) if name in errors} | errors  # in form order
    errors = errors or await record_files.attach_errors(spec, actor, row, before) or await row.check_rules() \
        or await row.check_actor_rules(actor, before)
    if errors:
        return _Prepared(row, creating, WriteResult(errors, row))
    if not access.can(actor, action, spec, row):
        raise access.AccessDenied(access.refusal(action, spec.label))
    return _Prepared(row, creating, before=before)


async def _write(spec: TableSpec, actor: Actor, prepared: _Prepared, group: str | None = None) -> WriteResult | None:
    """Write one prepared row inside the caller's transaction, and log it; a conflict comes back as a result."""
    row = prepared.row
    if prepared.creating:
        row.created_by = row.updated_by = actor.username
        await row.save()
        after = stored_values(spec, row)   # after save: what save() makes (a nomor surat keluar) is logged too
        await audit.record(actor.username, AuditAction.TAMBAH, table=spec.name, row_id=row.id,
                           after=audit.snapshot(after), group=group)
    else:
        after = stored_values(spec, row)
        changes = dict(after)
        changes.update(version=row.version + 1, updated_by=actor.username, updated_at=datetime.now(timezone.utc))
        if await spec.model.filter(id=row.id, version=row.version).update(**changes) != 1:
            return WriteResult({GENERAL: stale_message()}, await spec.model.get_or_none(id=row.id), conflict=True)
        row.version += 1
        old, new = audit.changes(prepared.before, after)
        await audit.record(actor.username, AuditAction.UBAH, table=spec.name, row_id=row.id,
                           before=old, after=new, group=group)
    await row.after_write()
    return None


async def save(spec: TableSpec, actor: Actor, values: dict[str, Any], row_id: int | None = None,
               version: int | None = None) -> WriteResult:
    """Create (row_id None) or edit a row from raw values (text or widget values) keyed by field name.

    Raises access.AccessDenied when the role matrix forbids it. Only the table's form fields that
    are not read-only are taken from `values`; anything else is ignored.
    """
    prepared = await _prepare(spec, actor, values, row_id, version)
    if prepared.failure:
        return prepared.failure
    try:
        async with in_transaction():
            if conflict := await _write(spec, actor, prepared):
                return conflict
    except IntegrityError:
        return WriteResult({GENERAL: clash_message()}, prepared.row)
    return WriteResult({}, prepared.row)


async def quick_action(spec: TableSpec, actor: Actor, row_id: int, version: int | None = None) -> WriteResult:
    """Apply the table's quick action to one row. Raises access.AccessDenied when the role matrix
    forbids editing the table, RecordNotFound for a row outside the actor's scope."""
    action = spec.quick_action
    access.require(actor, Action.UBAH, spec)
    if action is None:
        raise access.AccessDenied(access.refusal(Action.UBAH, spec.label))
    row = await load_row(spec, actor, row_id)
    current = getattr(row, action.field)
    if current != action.before:
        shown = current.value if isinstance(current, Enum) else current
        return WriteResult({action.field: t('rekaman.aksi_cepat.tidak_berlaku', tabel=spec.label, nilai=shown)}, row)
    return await save(spec, actor, {action.field: action.after.value}, row_id=row_id, version=version)


@dataclass
class BatchItem:
    values: dict[str, Any]
    row_id: int | None = None
    version: int | None = None


@dataclass
class BatchResult:
    errors: dict[int, dict[str, str]] = field(default_factory=dict)   # item index -> field -> message
    rows: list[Any] = field(default_factory=list)
    group: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


class _Abort(Exception):
    def __init__(self, index: int, result: WriteResult) -> None:
        self.index, self.result = index, result


async def save_batch(spec: TableSpec, actor: Actor, items: list[BatchItem], group: str | None = None) -> BatchResult:
    """Several creates/edits (a paste, an import), all checked first and written all-or-nothing.
    Their audit entries share one group, so the whole batch can be undone in one step."""
    group = group or uuid.uuid4().hex
    prepared: list[_Prepared] = []
    result = BatchResult()
    for index, item in enumerate(items):
        try:
            one = await _prepare(spec, actor, item.values, item.row_id, item.version)
        except RecordNotFound as error:
            result.errors[index] = {GENERAL: str(error)}
            continue
        if one.failure:
            result.errors[index] = one.failure.errors
        prepared.append(one)
    if result.errors:
        return result
    try:
        async with in_transaction():
            for index, one in enumerate(prepared):
                if conflict := await _write(spec, actor, one, group):
                    raise _Abort(index, conflict)
    except _Abort as abort:
        return BatchResult({abort.index: abort.result.errors})
    except IntegrityError:
        return BatchResult({0: {GENERAL: clash_message()}})
    return BatchResult(rows=[one.row for one in prepared], group=group)


async def delete(spec: TableSpec, actor: Actor, row_id: int, version: int | None = None) -> WriteResult:
    """Soft delete: the row gets deleted_at and disappears from grids and exports."""
    access.require(actor, Action.HAPUS, spec)
    row = await load_row(spec, actor, row_id)
    access.require(actor, Action.HAPUS, spec, row)
    if version is not None and row.version != version:
        return WriteResult({GENERAL: t('rekaman.hapus_sudah_diubah')}, row, conflict=True)
    if refusal := await row.check_removal():
        return WriteResult({GENERAL: refusal}, row)
    now = datetime.now(timezone.utc)
    group = uuid.uuid4().hex  # the row and its children, deleted (and restored) together
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=now, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: stale_message()}, await spec.model.get_or_none(id=row.id), conflict=True)
        row.deleted_at = now
        await audit.record(actor.username, AuditAction.HAPUS, table=spec.name, row_id=row.id,
                           before=audit.snapshot(stored_values(spec, row)), group=group)
        await row.after_write()
        for child_table in spec.children:
            child = TABLES[child_table]
            children = child.model.filter(**{f'{child.parent}_id': row.id}, deleted_at__isnull=True)
            for child_id in await children.values_list('id', flat=True):
                await audit.record(actor.username, AuditAction.HAPUS, table=child.name, row_id=child_id,
                                   group=group, note=t('rekaman.bersama', tabel=spec.label, nomor=row.id))
            await children.update(deleted_at=now, updated_by=actor.username)
    return WriteResult({}, row)


TRASH_LIMIT = 500


async def trash(spec: TableSpec, actor: Actor) -> list:
    """The deleted rows this actor may restore, newest first."""
    access.require(actor, Action.HAPUS, spec)
    qs = access.scope(actor, spec, spec.model.filter(deleted_at__isnull=False))
    return await qs.order_by('-deleted_at', '-id').limit(TRASH_LIMIT)


async def restore(spec: TableSpec, actor: Actor, row_id: int) -> WriteResult:
    """Bring a row back from the trash (Sampah), with the children deleted together with it."""
    access.require(actor, Action.HAPUS, spec)
    row = await access.scope(actor, spec, spec.model.filter(id=row_id, deleted_at__isnull=False)).first()
    if row is None:
        raise RecordNotFound(t('rekaman.tidak_di_sampah', tabel=spec.label))
    access.require(actor, Action.HAPUS, spec, row)
    if refusal := await row.check_removal():
        return WriteResult({GENERAL: refusal}, row)
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=None, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: stale_message()}, row, conflict=True)
        deletion = await AuditEntry.filter(tabel=spec.name, baris_id=row.id, aksi=AuditAction.HAPUS) \
            .order_by('-id').first()
        if deletion and deletion.kelompok:
            for entry in await AuditEntry.filter(kelompok=deletion.kelompok).exclude(id=deletion.id):
                await TABLES[entry.tabel].model.filter(id=entry.baris_id).update(deleted_at=None,
                                                                                  updated_by=actor.username)
                await audit.record(actor.username, AuditAction.PULIHKAN, table=entry.tabel, row_id=entry.baris_id,
                                   note=t('rekaman.bersama', tabel=spec.label, nomor=row.id))
        row.deleted_at = None
        row.version += 1
        await audit.record(actor.username, AuditAction.PULIHKAN, table=spec.name, row_id=row.id)
        await row.after_write()
    return WriteResult({}, row)


async def form_values(spec: TableSpec, row) -> dict[str, Any]:
    """A row's current values for a form: FKs as ids."""
    return {name: getattr(row, f'{name}_id' if spec.is_fk(name) else name) for name in spec.form}
