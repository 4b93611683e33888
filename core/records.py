"""The one write path: every create, edit, inline edit and delete goes through here, whatever the
page. It checks the role matrix on the server, parses Indonesian input with the field registry,
validates (required, length, ranges, enums, foreign keys, the table's own rules), and writes with
an optimistic lock. Invalid input writes nothing and comes back as messages per field.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError, ValidationError
from tortoise.expressions import Q
from tortoise.fields import Field
from tortoise.transactions import in_transaction
from tortoise.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator

from core import access, audit
from core.access import Action, Actor
from forms.fields import kind_of, to_python
from forms.indonesian import ParseError, format_number
from models.audit import AuditAction, AuditEntry
from models.table import TABLES, TableSpec

GENERAL = '_'  # key of a message that belongs to no single field


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


def _validator_message(field_obj: Field, validator: Any, error: ValidationError) -> str:
    if isinstance(validator, MaxLengthValidator):
        return f'Paling banyak {validator.max_length} karakter.'
    if isinstance(validator, MinValueValidator):
        if validator.min_value == 0:
            return 'Tidak boleh negatif.'
        return f'Paling kecil {format_number(validator.min_value)}.'
    if isinstance(validator, MaxValueValidator):
        return f'Paling besar {format_number(validator.max_value)}.'
    return str(error)


def field_error(spec: TableSpec, name: str, value: Any) -> str | None:
    """Required, length, range and the field's own validators, as an Indonesian message."""
    field_obj = spec.field(name)
    if value is None:
        if not field_obj.null and field_obj.default is None:
            return 'Wajib diisi.'
        return None
    if spec.is_fk(name):
        return None
    kind = kind_of(field_obj)
    if kind.name in ('decimal', 'money') and isinstance(value, Decimal):
        digits = field_obj.max_digits - field_obj.decimal_places
        if abs(value) >= Decimal(10) ** digits:
            return 'Angka terlalu besar.'
        if value.as_tuple().exponent < -field_obj.decimal_places:
            return f'Paling banyak {field_obj.decimal_places} angka di belakang koma.'
    constraints = field_obj.constraints
    if kind.name == 'int' and ('ge' in constraints and value < constraints['ge'] or
                               'le' in constraints and value > constraints['le']):
        return 'Angka di luar batas.'
    for validator in field_obj.validators:
        try:
            validator(value)
        except ValidationError as error:
            return _validator_message(field_obj, validator, error)
    return None


async def _fk_error(spec: TableSpec, name: str, value: int | None) -> str | None:
    if value is None or not spec.is_fk(name):
        return None
    target = spec.field(name).related_model
    if not await target.filter(id=value, deleted_at__isnull=True).exists():
        return 'Pilihan tidak ada (mungkin sudah dihapus). Pilih lagi dari daftar.'
    return None


async def load_row(spec: TableSpec, actor: Actor, row_id: int):
    """A row the actor may see, or RecordNotFound (also for rows outside their scope)."""
    row = await access.scope(actor, spec, spec.model.filter(id=row_id, deleted_at__isnull=True)).first()
    if row is None:
        raise RecordNotFound(f'Data {spec.label} tidak ditemukan (mungkin sudah dihapus).')
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
        before = {name: getattr(row, name) for name in _db_columns(spec)}
        access.require(actor, Action.UBAH, spec, row)
        if version is not None and row.version != version:
            return _Prepared(row, creating, WriteResult({GENERAL: STALE}, row, conflict=True))
    writable = [name for name in spec.form if name not in spec.readonly]
    errors: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for name in writable:
        if name not in values:
            continue
        try:
            parsed[name] = to_python(spec.field(name), values[name])
        except ParseError as error:
            errors[name] = str(error)
    if actor.is_desa_operator and spec.desa_field:
        chosen = parsed.get(spec.desa_field)
        if chosen is not None and chosen != actor.desa_id:
            errors[spec.desa_field] = 'Anda hanya bisa mengisi data desa Anda sendiri.'
        parsed[spec.desa_field] = actor.desa_id
    for name, value in parsed.items():
        field_obj = spec.field(name)
        if value is None and not field_obj.null and field_obj.default is not None:
            value = field_obj.default() if callable(field_obj.default) else field_obj.default  # emptied: back to default
        setattr(row, f'{name}_id' if spec.is_fk(name) else name, value)
    row.derive()
    for name in writable:
        if name in errors:
            continue
        value = getattr(row, f'{name}_id' if spec.is_fk(name) else name)
        if creating and value is None and name not in parsed:
            default = spec.field(name).default
            value = default() if callable(default) else default
        message = field_error(spec, name, value) or await _fk_error(spec, name, value if name in parsed else None)
        if message:
            errors[name] = message
    errors = errors or await row.check_rules() or await row.check_actor_rules(actor, before)
    if errors:
        return _Prepared(row, creating, WriteResult(errors, row))
    if not access.can(actor, action, spec, row):
        raise access.AccessDenied(access.MESSAGES[action].format(table=spec.label))
    return _Prepared(row, creating, before=before)


def stored_values(spec: TableSpec, row) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _db_columns(spec)}


async def _write(spec: TableSpec, actor: Actor, prepared: _Prepared, group: str | None = None) -> WriteResult | None:
    """Write one prepared row inside the caller's transaction, and log it; a conflict comes back as a result."""
    row = prepared.row
    after = stored_values(spec, row)
    if prepared.creating:
        row.created_by = row.updated_by = actor.username
        await row.save()
        await audit.record(actor.username, AuditAction.TAMBAH, table=spec.name, row_id=row.id,
                           after=audit.snapshot(after), group=group)
    else:
        changes = dict(after)
        changes.update(version=row.version + 1, updated_by=actor.username, updated_at=datetime.now(timezone.utc))
        if await spec.model.filter(id=row.id, version=row.version).update(**changes) != 1:
            return WriteResult({GENERAL: STALE}, await spec.model.get_or_none(id=row.id), conflict=True)
        row.version += 1
        old, new = audit.changes(prepared.before, after)
        await audit.record(actor.username, AuditAction.UBAH, table=spec.name, row_id=row.id,
                           before=old, after=new, group=group)
    await row.after_write()
    return None


STALE = 'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat perubahan terbaru.'
CLASH = 'Data bentrok dengan data lain yang sudah ada (nomor ganda?). Periksa lagi.'


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
        return WriteResult({GENERAL: CLASH}, prepared.row)
    return WriteResult({}, prepared.row)


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
        return BatchResult({0: {GENERAL: CLASH}})
    return BatchResult(rows=[one.row for one in prepared], group=group)


def _db_columns(spec: TableSpec) -> list[str]:
    """Columns a save writes: the form's fields (FKs by their `_id` column) and derived read-only ones."""
    names = []
    for name in spec.form:
        names.append(f'{name}_id' if spec.is_fk(name) else name)
    return names


async def delete(spec: TableSpec, actor: Actor, row_id: int, version: int | None = None) -> WriteResult:
    """Soft delete: the row gets deleted_at and disappears from grids and exports."""
    access.require(actor, Action.HAPUS, spec)
    row = await load_row(spec, actor, row_id)
    access.require(actor, Action.HAPUS, spec, row)
    if version is not None and row.version != version:
        return WriteResult({GENERAL: 'Data ini sudah diubah orang lain. Muat ulang dulu sebelum menghapus.'},
                           row, conflict=True)
    now = datetime.now(timezone.utc)
    group = uuid.uuid4().hex  # the row and its children, deleted (and restored) together
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=now, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: STALE}, await spec.model.get_or_none(id=row.id), conflict=True)
        row.deleted_at = now
        await audit.record(actor.username, AuditAction.HAPUS, table=spec.name, row_id=row.id,
                           before=audit.snapshot(stored_values(spec, row)), group=group)
        await row.after_write()
        for child_table in spec.children:
            child = TABLES[child_table]
            children = child.model.filter(**{f'{child.parent}_id': row.id}, deleted_at__isnull=True)
            for child_id in await children.values_list('id', flat=True):
                await audit.record(actor.username, AuditAction.HAPUS, table=child.name, row_id=child_id,
                                   group=group, note=f'bersama {spec.label} #{row.id}')
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
        raise RecordNotFound(f'Data {spec.label} tidak ada di sampah.')
    access.require(actor, Action.HAPUS, spec, row)
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=None, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: STALE}, row, conflict=True)
        deletion = await AuditEntry.filter(tabel=spec.name, baris_id=row.id, aksi=AuditAction.HAPUS) \
            .order_by('-id').first()
        if deletion and deletion.kelompok:
            for entry in await AuditEntry.filter(kelompok=deletion.kelompok).exclude(id=deletion.id):
                await TABLES[entry.tabel].model.filter(id=entry.baris_id).update(deleted_at=None,
                                                                                  updated_by=actor.username)
                await audit.record(actor.username, AuditAction.PULIHKAN, table=entry.tabel, row_id=entry.baris_id,
                                   note=f'bersama {spec.label} #{row.id}')
        row.deleted_at = None
        row.version += 1
        await audit.record(actor.username, AuditAction.PULIHKAN, table=spec.name, row_id=row.id)
        await row.after_write()
    return WriteResult({}, row)


class UndoRefused(Exception):
    """A batch cannot be undone; the message says why."""


async def undo_group(actor: Actor, group: str) -> int:
    """Undo a whole import or paste in one step: created rows go to the trash, edited rows get their
    old values back. Refused when a row was changed again after the batch. Returns the rows undone."""
    entries = await AuditEntry.filter(kelompok=group).order_by('-id')
    if not entries:
        raise UndoRefused('Kelompok perubahan ini tidak ditemukan.')
    if any(entry.aksi == AuditAction.BATAL for entry in entries):
        raise UndoRefused('Perubahan ini sudah dibatalkan.')
    for entry in entries:
        spec = TABLES[entry.tabel]
        access.require(actor, Action.HAPUS if entry.aksi == AuditAction.TAMBAH else Action.UBAH, spec)
        later = AuditEntry.filter(Q(kelompok__isnull=True) | ~Q(kelompok=group),
                                  tabel=entry.tabel, baris_id=entry.baris_id, id__gt=entry.id)
        if await later.exists():
            raise UndoRefused(f'Data {spec.label} #{entry.baris_id} sudah diubah lagi sesudahnya; '
                              'pembatalan dihentikan agar perubahan itu tidak hilang.')
    now = datetime.now(timezone.utc)
    async with in_transaction():
        for entry in entries:
            spec = TABLES[entry.tabel]
            row = await spec.model.get(id=entry.baris_id)
            if entry.aksi == AuditAction.TAMBAH:
                changes = {'deleted_at': now}
            else:
                changes = {name: audit.from_json(spec, name, value) for name, value in (entry.sebelum or {}).items()}
            await spec.model.filter(id=row.id).update(**changes, version=row.version + 1, updated_by=actor.username)
            await audit.record(actor.username, AuditAction.BATAL, table=spec.name, row_id=row.id,
                               before=entry.sesudah, after=entry.sebelum, group=group)
            await (await spec.model.get(id=row.id)).after_write()
    return len(entries)


async def form_values(spec: TableSpec, row) -> dict[str, Any]:
    """A row's current values for a form: FKs as ids."""
    return {name: getattr(row, f'{name}_id' if spec.is_fk(name) else name) for name in spec.form}
