"""The bulk path: an import of many rows, checked in memory like a single save (core.record_checks)
and written with executemany, all or nothing in one transaction, one audit entry per row.
"""
from __future__ import annotations

from enum import Enum
from operator import attrgetter
from typing import Any, Awaitable, Callable

from tortoise import timezone as tortoise_timezone
from tortoise.exceptions import IntegrityError
from tortoise.fields import Field
from tortoise.transactions import in_transaction

from core import audit
from core.access import Actor
from core.record_checks import audit_snapshot, clash_message, db_columns, stale_message, stored_values
from core.turns import in_turns
from forms.fields import kind_of
from models.audit import AuditAction, AuditEntry
from models.base import RecordModel
from models.table import TableSpec


BULK_CHUNK = 5000   # rows per executemany; the event loop gets a turn between two


class BulkRefused(Exception):
    """A bulk write was rolled back and nothing was written; the message says why (shown as is)."""


def chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


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


def has_after_write(spec: TableSpec) -> bool:
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


def _to_db(field_obj: Field) -> Callable[[Any, Any], Any]:
    """How a checked value goes to the database driver. Plain values go as they are (the checks ran
    already; Field.to_db_value would run the validators a second time); the rest as Tortoise does."""
    try:
        kind = kind_of(field_obj)
    except LookupError:
        return field_obj.to_db_value     # a kind the registry does not know (JSON): as Tortoise does
    if kind.name == 'enum':
        return lambda value, row: value.value if isinstance(value, Enum) else field_obj.to_db_value(value, row)
    if kind.written_as_is:
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
    for chunk in chunks(rows, BULK_CHUNK):
        values = []
        async for row in in_turns(chunk):   # building a chunk's values takes tens of ms: other users get turns
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
    for chunk in chunks(list(read_version)):
        lock = ' FOR UPDATE' if _is_postgres(conn) else ''
        sql = f'SELECT "{pk}" AS id, "version" FROM "{table}" WHERE "{pk}" IN ({",".join(placeholders(conn, len(chunk)))}){lock}'
        _, stored = await conn.execute_query(sql, chunk)
        for found in stored:
            if found['version'] != read_version[found['id']]:
                raise BulkRefused(f'{spec.label} #{found["id"]}: {stale_message()}')
    fields_map, db_column = spec.model._meta.fields_map, spec.model._meta.fields_db_projection
    columns = db_columns(spec) + ['version', 'updated_by', 'updated_at']
    assignments = ', '.join(f'"{db_column[name]}" = {mark}'
                            for name, mark in zip(columns, placeholders(conn, len(columns))))
    where_id, where_version = placeholders(conn, 2, start=len(columns))
    sql = f'UPDATE "{table}" SET {assignments} WHERE "{pk}" = {where_id} AND "version" = {where_version}'
    now = tortoise_timezone.localtime()
    converters = [_to_db(fields_map[name]) for name in columns]
    for chunk in chunks(updates, BULK_CHUNK):
        values = []
        async for row, _ in in_turns(chunk):
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
    for chunk in chunks(entries, BULK_CHUNK):
        values = []
        async for entry in in_turns(chunk):
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
                     on_chunk: Callable[[int], None] | None = None,
                     before_commit: Callable[[], Awaitable[None]] | None = None) -> None:
    """Write rows already checked like a single save (see `apply_values` and the table's rules), all or
    nothing, in one transaction: ids reserved in one query, rows written with executemany, one audit
    entry per row (`note` as its remark) and, with `summary`, one IMPOR entry, all in `group`, so
    that `undo_group` undoes them in one step. `updates` pairs each edited row with its stored values.
    `guard` runs first inside the transaction (a last check that may raise BulkRefused).
    `on_chunk(n)` runs after each executemany with the rows or audit entries it wrote (a progress bar).
    `before_commit` runs last inside the transaction: what it raises rolls everything back (the
    import's process asks the web process there whether the person cancelled meanwhile).
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
                async for row, row_id in in_turns(list(zip(creates, await _reserve_ids(conn, spec, len(creates))))):
                    row.__dict__.update(stamps, id=row_id)   # plain columns: no async default is pending
                await _insert_rows(conn, spec, creates, on_chunk)
                async for row in in_turns(creates):
                    logged.append({'aksi': AuditAction.TAMBAH, 'tabel': spec.name, 'baris_id': row.id,
                                   'kelompok': group, 'sesudah': audit_snapshot(spec, row), 'keterangan': note})
            if updates:
                await _update_rows(conn, spec, actor, updates, on_chunk)
                async for row, before in in_turns(updates):
                    old, new = audit.changes(before, stored_values(spec, row))
                    logged.append(dict(aksi=AuditAction.UBAH, tabel=spec.name, baris_id=row.id, kelompok=group,
                                       sebelum=old or None, sesudah=new or None, keterangan=note))
            if summary:
                logged.append(dict(aksi=AuditAction.IMPOR, tabel=spec.name, kelompok=group, keterangan=summary))
            await audit_many(username, logged, on_chunk)
            if has_after_write(spec):
                for row in [*creates, *(row for row, _ in updates)]:
                    row._saved_in_db = True
                    await row.after_write()
            if before_commit is not None:
                await before_commit()
    except IntegrityError:
        raise BulkRefused(clash_message()) from None
