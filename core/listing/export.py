"""The grid's query for the export: every row (all pages), in the grid's order, a chunk at a time.

Each chunk is one short query, so other users' queries run between chunks. With the driver's
internals (driver.USE_DRIVER_INTERNALS) the chunks are read by keyset (the rows after the last one
sent: no OFFSET, so the cost per chunk does not grow with the depth), as raw rows through the
connection with bound parameters, the values converted by the listing itself (Tortoise's own
conversion of dates is the slow part of a big read). Otherwise, and for an order keyset paging
cannot follow, they are OFFSET pages of model instances.
"""
from __future__ import annotations

from typing import Any, AsyncIterator, Callable

from core.access import Actor
from core.listing import driver
from core.listing.driver import After, database
from core.listing.plan import export_value, raw_converter
from core.listing.query import ListQuery, build_queryset, ordering
from core.listing.rows import related_labels
from core.listing.search import search_index
from forms.fields import file_names
from models.base import FilesField
from models.table import TableSpec


def _files_as_names(spec: TableSpec, columns: list[str]) -> dict[int, Callable[[Any], Any]]:
    """A files column's cell: its files' names, one per line (the list of descriptions, or the raw
    JSON the driver gives), so a person reads which scans a record has; the bytes go only into the
    zip export (exports/files_zip.py)."""
    found = {}
    for i, name in enumerate(columns):
        if isinstance(f := spec.field(name), FilesField):
            found[i] = lambda value, f=f: file_names(f, f.to_python_value(value) if isinstance(value, str) else value)
    return found


def _keyset(spec: TableSpec, keys: list[str]) -> tuple[list[str], bool] | None:
    """The key columns and direction when the order allows keyset paging with one row-value
    comparison: plain NOT NULL columns of the table, all in one direction."""
    names = [key.lstrip('-') for key in keys]
    directions = {key.startswith('-') for key in keys}
    if len(directions) != 1 or any('__' in name or name not in spec.fields_map or
                                   (spec.field(name).null and not spec.field(name).pk) for name in names):
        return None
    return names, directions.pop()


async def export_chunks(spec: TableSpec, actor: Actor, query: ListQuery, columns: list[str],
                        chunk_size: int = 2000) -> AsyncIterator[list[tuple]]:
    """Every row of the query (all pages), as typed tuples of `columns`, a chunk at a time."""
    await search_index(spec, query.search)
    keyset = _keyset(spec, ordering(spec, query.sort)) if driver.USE_DRIVER_INTERNALS else None
    if keyset is None:
        async for chunk in _offset_chunks(spec, actor, query, columns, chunk_size):
            yield chunk
        return
    key_names, descending = keyset
    db_columns = [f'{name}_id' if spec.is_fk(name) else name for name in columns]
    selected = db_columns + key_names
    fk_at = {i: name for i, name in enumerate(columns) if spec.is_fk(name)}
    files = _files_as_names(spec, columns)
    convert = [files.get(i) or (None if i in fk_at else raw_converter(spec, name)) for i, name in enumerate(columns)]
    labels: dict[str, dict[int, str]] = {name: {} for name in fk_at.values()}
    key_columns = [f'"{spec.name}"."{spec.field(name).source_field or name}"' for name in key_names]
    queryset = build_queryset(spec, actor, query).limit(chunk_size).values_list(*selected)
    db, after, width = database(spec), None, len(columns)
    while True:
        sql, params = driver.sql_of(queryset, *([after] if after is not None else []))
        _, rows = await db.execute_query(sql, params)
        if not rows:
            return
        for i, name in fk_at.items():
            missing = {row[i] for row in rows} - {None} - labels[name].keys()
            labels[name].update(await related_labels(spec, name, missing))
        chunk = []
        for row in rows:
            chunk.append(tuple(labels[fk_at[i]].get(row[i]) if convert[i] is None else convert[i](row[i])
                               for i in range(width)))
        yield chunk
        if len(rows) < chunk_size:
            return
        last = rows[-1]
        after = After(key_columns, [last[width + j] for j in range(len(key_names))], descending)


async def _offset_chunks(spec: TableSpec, actor: Actor, query: ListQuery, columns: list[str],
                         chunk_size: int) -> AsyncIterator[list[tuple]]:
    """The chunks of an order keyset paging cannot follow (a foreign key's label, a nullable
    column, mixed directions), or without the driver's internals: OFFSET pages of model instances."""
    qs = build_queryset(spec, actor, query)
    files = {columns[i]: convert for i, convert in _files_as_names(spec, columns).items()}
    offset = 0
    while True:
        rows = await qs.offset(offset).limit(chunk_size)
        if not rows:
            return
        labels = {name: await related_labels(spec, name, {getattr(r, f'{name}_id') for r in rows} - {None})
                  for name in columns if spec.is_fk(name)}
        chunk = []
        for row in rows:
            chunk.append(tuple(
                labels[name].get(getattr(row, f'{name}_id')) if name in labels
                else files[name](getattr(row, name)) if name in files
                else export_value(spec, name, getattr(row, name))
                for name in columns))
        yield chunk
        if len(rows) < chunk_size:
            return
        offset += chunk_size
