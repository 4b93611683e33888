"""The one write path: every create, edit, inline edit and delete goes through here, whatever the
page. It checks the role matrix on the server, parses Indonesian input with the field registry,
validates (required, length, ranges, enums, foreign keys, the table's own rules), and writes with
an optimistic lock. Invalid input writes nothing and comes back as messages per field.
"""
from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from enum import Enum
from operator import attrgetter
from typing import Any, Awaitable, Callable

from tortoise import fields as tortoise_fields
from tortoise import timezone as tortoise_timezone
from tortoise.exceptions import IntegrityError, ValidationError
from tortoise.expressions import F, Q
from tortoise.fields import Field
from tortoise.fields.data import CharEnumFieldInstance, IntEnumFieldInstance
from tortoise.transactions import in_transaction
from tortoise.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator

from core import access, audit
from core.access import Action, Actor
from locales import t
from forms.fields import kind_of, to_python
from forms.indonesian import ParseError, format_number
from models.audit import AuditAction, AuditEntry
from models.base import RecordModel
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
        return t('rekaman.paling_banyak_karakter', n=validator.max_length)
    if isinstance(validator, MinValueValidator):
        if validator.min_value == 0:
            return t('rekaman.tidak_negatif')
        return t('rekaman.paling_kecil', n=format_number(validator.min_value))
    if isinstance(validator, MaxValueValidator):
        return t('rekaman.paling_besar', n=format_number(validator.max_value))
    return str(error)


@dataclass(frozen=True)
class _Slot:
    """What the write path needs of one field, worked out once per table (an import asks 100 000 times)."""
    name: str
    attr: str                  # the attribute that holds the value: 'klasifikasi_id' for a foreign key
    field: Field
    kind: str
    fk: bool
    low: Any = None            # an int column's range
    high: Any = None


@dataclass(frozen=True)
class _Layout:
    """A table's slots, by name and in form order, for as long as its form stays the same."""
    form: tuple[str, ...]
    readonly: tuple[str, ...]
    slots: dict[str, _Slot]
    writable: tuple[_Slot, ...]
    columns: tuple[str, ...]       # what a save writes (_db_columns)


_layouts: dict[int, _Layout] = {}


def _layout(spec: TableSpec) -> _Layout:
    found = _layouts.get(id(spec))
    if found is None or found.form is not spec.form or found.readonly is not spec.readonly:
        slots = {}
        for name in spec.fields_map:
            field_obj, fk = spec.field(name), spec.is_fk(name)
            try:
                kind = kind_of(field_obj).name
            except LookupError:
                continue   # relations and the like: never typed
            constraints = field_obj.constraints
            slots[name] = _Slot(name, f'{name}_id' if fk else name, field_obj, kind, fk,
                                constraints.get('ge'), constraints.get('le'))
        found = _layouts[id(spec)] = _Layout(
            spec.form, spec.readonly, slots, tuple(slots[name] for name in spec.form if name not in spec.readonly),
            tuple(slots[name].attr for name in spec.form))
    return found


def _slot(spec: TableSpec, name: str) -> _Slot:
    return _layout(spec).slots[name]


def _check(slot: _Slot, value: Any) -> str | None:
    field_obj = slot.field
    if value is None:
        if not field_obj.null and field_obj.default is None:
            return t('rekaman.wajib')
        return None
    if slot.fk:
        return None
    if slot.kind in ('decimal', 'money') and isinstance(value, Decimal):
        digits = field_obj.max_digits - field_obj.decimal_places
        if abs(value) >= Decimal(10) ** digits:
            return t('rekaman.angka_terlalu_besar')
        if value.as_tuple().exponent < -field_obj.decimal_places:
            return t('rekaman.angka_di_belakang_koma', n=field_obj.decimal_places)
    if slot.kind == 'int' and (slot.low is not None and value < slot.low or slot.high is not None and value > slot.high):
        return t('rekaman.angka_di_luar_batas')
    for validator in field_obj.validators:
        try:
            validator(value)
        except ValidationError as error:
            return _validator_message(field_obj, validator, error)
    return None


def field_error(spec: TableSpec, name: str, value: Any) -> str | None:
    """Required, length, range and the field's own validators, as an Indonesian message."""
    return _check(_slot(spec, name), value)


async def _fk_error(spec: TableSpec, name: str, value: int | None) -> str | None:
    if value is None or not spec.is_fk(name):
        return None
    target = spec.field(name).related_model
    if not await target.filter(id=value, deleted_at__isnull=True).exists():
        return t('rekaman.pilihan_hilang')
    return None


async def load_row(spec: TableSpec, actor: Actor, row_id: int):
    """A row the actor may see, or RecordNotFound (also for rows outside their scope)."""
    row = await access.scope(actor, spec, spec.model.filter(id=row_id, deleted_at__isnull=True)).first()
    if row is None:
        raise RecordNotFound(t('rekaman.tidak_ditemukan', tabel=spec.label))
    return row


def writable_fields(spec: TableSpec) -> list[str]:
    """The fields a person may give a value for: the form's, less the read-only (derived) ones."""
    return [name for name in spec.form if name not in spec.readonly]


def apply_values(spec: TableSpec, actor: Actor, row, values: dict[str, Any], creating: bool,
                 parse: Callable[[Field, Any], Any] = to_python) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse `values` with the field registry, put them on `row` (foreign keys by id), derive, and
    check every writable field (required, length, range). No database access: the caller checks
    that foreign keys exist and runs the table's rules. Returns the parsed values and the messages.
    `parse` is the registry's `to_python`, or an import's memo of it (its cells repeat a lot)."""
    layout = _layout(spec)
    slots = layout.writable
    errors: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for slot in slots:
        if slot.name not in values:
            continue
        try:
            parsed[slot.name] = parse(slot.field, values[slot.name])
        except ParseError as error:
            errors[slot.name] = str(error)
    for name, value in spec.fixed_values(actor).items():   # an Operator Desa's own desa
        if parsed.get(name) not in (None, value):
            errors[name] = t('rekaman.desa_sendiri')
        parsed[name] = value
    for name, value in parsed.items():
        slot = layout.slots[name]
        field_obj = slot.field
        if value is None and not field_obj.null and field_obj.default is not None:
            value = field_obj.default() if callable(field_obj.default) else field_obj.default  # emptied: back to default
        if row._await_when_save:
            setattr(row, slot.attr, value)
        else:   # what Model.__setattr__ does for a column when no async default is pending, at a sixth of the cost
            object.__setattr__(row, slot.attr, value)
    row.derive()
    for slot in slots:
        if slot.name in errors:
            continue
        value = getattr(row, slot.attr)
        if creating and value is None and slot.name not in parsed:
            default = slot.field.default
            value = default() if callable(default) else default
        if message := _check(slot, value):
            errors[slot.name] = message
    return parsed, errors


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
            return _Prepared(row, creating, WriteResult({GENERAL: _stale()}, row, conflict=True))
    parsed, errors = apply_values(spec, actor, row, values, creating)
    for name in parsed:
        if name not in errors and spec.is_fk(name):
            if message := await _fk_error(spec, name, getattr(row, f'{name}_id')):
                errors[name] = message
    errors = {name: errors[name] for name in writable_fields(spec) if name in errors} | errors  # in form order
    errors = errors or await row.check_rules() or await row.check_actor_rules(actor, before)
    if errors:
        return _Prepared(row, creating, WriteResult(errors, row))
    if not access.can(actor, action, spec, row):
        raise access.AccessDenied(access.refusal(action, spec.label))
    return _Prepared(row, creating, before=before)


def stored_values(spec: TableSpec, row) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _db_columns(spec)}


def _snapshot(spec: TableSpec, row) -> dict[str, Any]:
    """audit.snapshot(stored_values(spec, row)), with plain text and numbers passed straight through."""
    json_value = audit.json_value
    return {name: value if value is None or type(value) in (str, int) else json_value(value)
            for name in _layout(spec).columns for value in (getattr(row, name),)}


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
            return WriteResult({GENERAL: _stale()}, await spec.model.get_or_none(id=row.id), conflict=True)
        row.version += 1
        old, new = audit.changes(prepared.before, after)
        await audit.record(actor.username, AuditAction.UBAH, table=spec.name, row_id=row.id,
                           before=old, after=new, group=group)
    await row.after_write()
    return None


def _stale() -> str:
    return t('rekaman.sudah_diubah')


def _clash() -> str:
    return t('rekaman.bentrok')


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
        return WriteResult({GENERAL: _clash()}, prepared.row)
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
        return BatchResult({0: {GENERAL: _clash()}})
    return BatchResult(rows=[one.row for one in prepared], group=group)


def _db_columns(spec: TableSpec) -> list[str]:
    """Columns a save writes: the form's fields (FKs by their `_id` column) and derived read-only ones."""
    return list(_layout(spec).columns)


async def delete(spec: TableSpec, actor: Actor, row_id: int, version: int | None = None) -> WriteResult:
    """Soft delete: the row gets deleted_at and disappears from grids and exports."""
    access.require(actor, Action.HAPUS, spec)
    row = await load_row(spec, actor, row_id)
    access.require(actor, Action.HAPUS, spec, row)
    if version is not None and row.version != version:
        return WriteResult({GENERAL: t('rekaman.hapus_sudah_diubah')}, row, conflict=True)
    now = datetime.now(timezone.utc)
    group = uuid.uuid4().hex  # the row and its children, deleted (and restored) together
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=now, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: _stale()}, await spec.model.get_or_none(id=row.id), conflict=True)
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
    async with in_transaction():
        updated = await spec.model.filter(id=row.id, version=row.version).update(
            deleted_at=None, version=row.version + 1, updated_by=actor.username)
        if updated != 1:
            return WriteResult({GENERAL: _stale()}, row, conflict=True)
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


class UndoRefused(Exception):
    """A batch cannot be undone; the message says why."""


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


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
        for chunk in _chunks(row_ids):
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
            for chunk in _chunks(row_ids):
                await TABLES[table].model.filter(id__in=chunk).update(
                    deleted_at=now, version=F('version') + 1, updated_by=actor.username)
        for entry in entries:
            if entry.baris_id is None and entry.aksi == AuditAction.IMPOR:
                logged.append(dict(aksi=AuditAction.BATAL, tabel=entry.tabel, kelompok=group,
                                   keterangan=t('rekaman.batalkan.impor', n=len(rows))))
        await audit_many(actor.username, logged)
        for table in {entry.tabel for entry in rows}:
            spec = TABLES[table]
            if _has_after_write(spec):
                for chunk in _chunks([row_id for (t, row_id) in first_entry if t == table]):
                    for row in await spec.model.filter(id__in=chunk):
                        await row.after_write()
    return len(rows)


# ---- the bulk path: an import of many rows, checked in memory and written with executemany ----

BULK_CHUNK = 5000   # rows per executemany; the event loop gets a turn between two


class BulkRefused(Exception):
    """A bulk write was rolled back and nothing was written; the message says why (shown as is)."""


def row_factory(spec: TableSpec) -> Callable[[], Any]:
    """New unsaved rows carrying the model's defaults, cheaply: building a Tortoise instance the
    usual way costs about 75 µs, and an import may need 100 000 of them."""
    model = spec.model
    state = dict(model().__dict__)

    def new_row():
        row = model.__new__(model)
        row.__dict__.update(state)
        row.__dict__['_await_when_save'] = {}
        return row
    return new_row


def _has_after_write(spec: TableSpec) -> bool:
    return spec.model.after_write is not RecordModel.after_write


def _is_postgres(conn) -> bool:
    return conn.capabilities.dialect == 'postgres'


def placeholders(conn, count: int, start: int = 0) -> list[str]:
    """Bound-parameter marks for hand-written SQL: $1, $2 … on PostgreSQL, ? on SQLite."""
    return [f'${start + i + 1}' for i in range(count)] if _is_postgres(conn) else ['?'] * count


async def _reserve_ids(conn, spec: TableSpec, count: int) -> list[int]:
    """`count` new primary keys for the table, reserved in one query inside the transaction."""
    table, pk = spec.name, spec.model._meta.db_pk_column
    if _is_postgres(conn):
        _, rows = await conn.execute_query(
            f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', '{pk}')) AS id FROM generate_series(1, $1)",
            [count])
        return [row['id'] for row in rows]
    # SQLite: the transaction holds the connection, so nothing else inserts until it ends
    _, rows = await conn.execute_query(f'SELECT MAX("{pk}") AS top FROM "{table}"')
    top = rows[0]['top'] or 0
    _, rows = await conn.execute_query('SELECT seq FROM sqlite_sequence WHERE name = ?', [table])
    if rows:
        top = max(top, rows[0]['seq'] or 0)   # AUTOINCREMENT never reuses an id
    return list(range(top + 1, top + 1 + count))


_AS_IS = (tortoise_fields.CharField, tortoise_fields.TextField, tortoise_fields.IntField, tortoise_fields.SmallIntField,
          tortoise_fields.BigIntField, tortoise_fields.DecimalField, tortoise_fields.DateField,
          tortoise_fields.BooleanField, tortoise_fields.FloatField)


def _to_db(field_obj: Field) -> Callable[[Any, Any], Any]:
    """How a checked value goes to the database driver. Plain values go as they are (the checks ran
    already; Field.to_db_value would run the validators a second time); the rest as Tortoise does."""
    if isinstance(field_obj, (CharEnumFieldInstance, IntEnumFieldInstance)):
        return lambda value, row: value.value if isinstance(value, Enum) else field_obj.to_db_value(value, row)
    if isinstance(field_obj, (*_AS_IS, tortoise_fields.DatetimeField)):
        return _as_is    # datetimes are aware; write_bulk stamps created_at/updated_at itself, once per batch
    return field_obj.to_db_value


def _as_is(value: Any, row: Any) -> Any:
    return value


async def _insert_rows(conn, spec: TableSpec, rows: list, on_chunk: Callable[[int], None] | None = None) -> None:
    executor = conn.executor_class(spec.model, conn)
    names = executor.regular_columns_all
    converters = [(i, _to_db(spec.model._meta.fields_map[name])) for i, name in enumerate(names)]
    converters = [(i, convert) for i, convert in converters if convert is not _as_is]
    get = attrgetter(*names)
    for chunk in _chunks(rows, BULK_CHUNK):
        values = []
        for row in chunk:
            value = list(get(row))
            for i, convert in converters:
                value[i] = convert(value[i], row)
            values.append(value)
        await conn.execute_many(executor.insert_query_all, values)
        if on_chunk:
            on_chunk(len(chunk))


async def _update_rows(conn, spec: TableSpec, actor: Actor, updates: list[tuple[Any, dict[str, Any]]],
                      on_chunk: Callable[[int], None] | None = None) -> None:
    """Write edited rows, refusing all of them if any was saved by someone else since it was read."""
    table, pk = spec.name, spec.model._meta.db_pk_column
    read_version = {row.id: row.version for row, _ in updates}
    for chunk in _chunks(list(read_version)):
        lock = ' FOR UPDATE' if _is_postgres(conn) else ''
        sql = f'SELECT "{pk}" AS id, "version" FROM "{table}" WHERE "{pk}" IN ({",".join(placeholders(conn, len(chunk)))}){lock}'
        _, stored = await conn.execute_query(sql, chunk)
        for found in stored:
            if found['version'] != read_version[found['id']]:
                raise BulkRefused(f'{spec.label} #{found["id"]}: {_stale()}')
    fields_map, db_column = spec.model._meta.fields_map, spec.model._meta.fields_db_projection
    columns = _db_columns(spec) + ['version', 'updated_by', 'updated_at']
    assignments = ', '.join(f'"{db_column[name]}" = {mark}'
                            for name, mark in zip(columns, placeholders(conn, len(columns))))
    where_id, where_version = placeholders(conn, 2, start=len(columns))
    sql = f'UPDATE "{table}" SET {assignments} WHERE "{pk}" = {where_id} AND "version" = {where_version}'
    now = tortoise_timezone.localtime()
    converters = [_to_db(fields_map[name]) for name in columns]
    for chunk in _chunks(updates, BULK_CHUNK):
        values = []
        for row, _ in chunk:
            old_version = row.version
            row.version, row.updated_by, row.updated_at = old_version + 1, actor.username, now
            values.append([convert(getattr(row, name), row) for convert, name in zip(converters, columns)]
                          + [row.id, old_version])
        await conn.execute_many(sql, values)   # the event loop runs between chunks
        if on_chunk:
            on_chunk(len(chunk))


async def audit_many(user: str, entries: list[dict[str, Any]], on_chunk: Callable[[int], None] | None = None) -> None:
    """Many audit entries in one executemany (inside the caller's transaction): keys as AuditEntry's
    fields (aksi, tabel, baris_id, sebelum, sesudah, kelompok, keterangan)."""
    if not entries:
        return
    conn = AuditEntry._meta.db
    executor = conn.executor_class(AuditEntry, conn)
    fields_map = AuditEntry._meta.fields_map
    common = {'waktu': fields_map['waktu'].to_db_value(tortoise_timezone.localtime(), AuditEntry),  # as a save stamps it
              'pengguna': user[:50]}
    encode = {name: fields_map[name].encoder for name in ('sebelum', 'sesudah')}   # what JSONField.to_db_value does
    columns = executor.regular_columns
    for chunk in _chunks(entries, BULK_CHUNK):
        values = []
        for entry in chunk:
            item = common | entry
            if item.get('keterangan'):
                item['keterangan'] = item['keterangan'][:500]
            item['aksi'] = item['aksi'].value
            for name, encoder in encode.items():
                if item.get(name) is not None:
                    item[name] = encoder(item[name])
            values.append([item.get(name) for name in columns])
        await conn.execute_many(executor.insert_query, values)   # the event loop runs between chunks
        if on_chunk:
            on_chunk(len(chunk))


async def write_bulk(spec: TableSpec, actor: Actor, creates: list, updates: list[tuple[Any, dict[str, Any]]], *,
                     group: str, note: str | None = None, summary: str | None = None,
                     guard: Callable[[], Awaitable[None]] | None = None,
                     on_chunk: Callable[[int], None] | None = None) -> None:
    """Write rows already checked like a single save (see `apply_values` and the table's rules), all or
    nothing, in one transaction: ids reserved in one query, rows written with executemany, one audit
    entry per row (`note` as its remark) and, with `summary`, one IMPOR entry, all in `group`, so
    that `undo_group` undoes them in one step. `updates` pairs each edited row with its stored values.
    `guard` runs first inside the transaction (a last check that may raise BulkRefused).
    `on_chunk(n)` runs after each executemany with the rows or audit entries it wrote (a progress bar).
    Raises BulkRefused when nothing was written."""
    username = actor.username
    try:
        async with in_transaction() as conn:
            if guard is not None:
                await guard()
            logged: list[dict[str, Any]] = []
            now = tortoise_timezone.localtime()   # what a single save stamps, once for the whole batch
            if creates:
                stamps = {'created_by': username, 'updated_by': username, 'created_at': now, 'updated_at': now}
                for row, row_id in zip(creates, await _reserve_ids(conn, spec, len(creates))):
                    row.__dict__.update(stamps, id=row_id)   # plain columns: no async default is pending
                await _insert_rows(conn, spec, creates, on_chunk)
                for chunk in _chunks(creates, BULK_CHUNK):
                    logged.extend({'aksi': AuditAction.TAMBAH, 'tabel': spec.name, 'baris_id': row.id,
                                   'kelompok': group, 'sesudah': _snapshot(spec, row), 'keterangan': note}
                                  for row in chunk)
                    await asyncio.sleep(0)
            if updates:
                await _update_rows(conn, spec, actor, updates, on_chunk)
                for row, before in updates:
                    old, new = audit.changes(before, stored_values(spec, row))
                    logged.append(dict(aksi=AuditAction.UBAH, tabel=spec.name, baris_id=row.id, kelompok=group,
                                       sebelum=old or None, sesudah=new or None, keterangan=note))
            if summary:
                logged.append(dict(aksi=AuditAction.IMPOR, tabel=spec.name, kelompok=group, keterangan=summary))
            await audit_many(username, logged, on_chunk)
            if _has_after_write(spec):
                for row in [*creates, *(row for row, _ in updates)]:
                    row._saved_in_db = True
                    await row.after_write()
    except IntegrityError:
        raise BulkRefused(_clash()) from None


async def form_values(spec: TableSpec, row) -> dict[str, Any]:
    """A row's current values for a form: FKs as ids."""
    return {name: getattr(row, f'{name}_id' if spec.is_fk(name) else name) for name in spec.form}
