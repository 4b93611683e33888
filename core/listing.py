"""What a grid shows: the query built from search, filters and sort (whitelisted), paged on the
server, and the same query streamed in chunks for the export. One query builder for both, so the
export is exactly what the grid shows.

Speed at a million rows (docs/design.md §Speed; measured by bench/grid.py and bench/export.py):
- A table may have a full-text index, `<table>_fts` (SQLite FTS5, made by a migration). When it
  exists the search uses it: every word must match a word (or the start of one) in a search field.
  Without it the search is `icontains`, a scan of the whole table. Rows edited since the last
  search are re-indexed first (the migration says why there is no UPDATE trigger).
- The count avoids scanning live rows where it can: no filter at all is "all rows minus deleted
  rows", and a search alone is "index matches minus deleted matches"; both read indexes only.
- A page in the second half of the result is read in the reversed order, so the last page costs
  what the first does; a search with many matches walks the sort column's index.
- The export reads the same query in keyset chunks (no OFFSET), as raw rows through the
  connection with bound parameters, converting the values itself (Tortoise's own conversion
  of dates is the slow part of a big read).

Speed of a small page (at 10k rows the SQL of a page takes well under a millisecond, so the fixed
cost around it counts): the count and the page are one hand-off to the SQLite driver's thread
(`_run`); the SQL text of a query is built by Tortoise once per shape and then only bound to new
values (`_compiled`); the labels of the foreign keys shown are joined into the page's query; a page
reads only the fields it shows and converts a value only when it is shown (`_row_class`).
"""
from __future__ import annotations

import contextvars
import inspect
import operator
import re
import sqlite3
import threading
from collections import OrderedDict
from string import Formatter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from operator import attrgetter, itemgetter
from typing import Any, AsyncIterator, Callable, Generator

from pypika_tortoise.terms import Criterion, Term, ValueWrapper
from tortoise import fields as tortoise_fields
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.expressions import Q, RawSQL
from tortoise import filters as tortoise_filters
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core import access
from core.access import Actor
from forms.fields import display, kind_of
from forms.indonesian import format_date
from models.base import RecordModel
from models.table import TableSpec, related_table

PAGE_SIZES = (25, 50, 100)


@dataclass(frozen=True)
class ListQuery:
    search: str = ''
    filters: dict[str, Any] = field(default_factory=dict)
    sort: tuple[tuple[str, bool], ...] = ()      # (field, descending), whitelisted by the table's columns
    page: int = 1
    page_size: int = PAGE_SIZES[0]
    parent: tuple[str, int] | None = None        # (fk field, id): the children of one row

    def with_(self, **changes) -> 'ListQuery':
        return replace(self, **changes)


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


related_spec = related_table


def _filter_q(spec: TableSpec, name: str, value: Any) -> Q | None:
    """One per-column filter as a Q; filters on fields not whitelisted are ignored."""
    if name not in spec.filters or value in (None, '', [], ()):
        return None
    kind = kind_of(spec.field(name))
    if kind.filter == 'contains':
        return Q(**{f'{name}__icontains': str(value).strip()})
    if kind.filter == 'in':
        values = [value] if isinstance(value, (str, Enum)) else list(value)
        return Q(**{f'{name}__in': [v.value if isinstance(v, Enum) else v for v in values]})
    if kind.filter == 'fk':
        ids = [value] if isinstance(value, int) else [int(v) for v in value]
        return Q(**{f'{name}_id__in': ids})
    if kind.filter == 'bool':
        return Q(**{name: bool(value)})
    if kind.filter == 'range':
        low, high = value
        q = Q()
        if low is not None:
            q &= Q(**{f'{name}__gte': low})
        if high is not None:
            q &= Q(**{f'{name}__lte': high})
        return q
    return None


# ---- full-text search ------------------------------------------------------------------------
_WORD = re.compile(r'[^\W_]+')
_fts_tables: dict[tuple[str, str], str | None] = {}   # (database, table) -> its FTS table, if any
_fts_columns: dict[tuple[str, str], list[str]] = {}


def _db(spec: TableSpec):
    return spec.model._meta.db


def _db_key(spec: TableSpec) -> tuple[str, str]:
    db = _db(spec)
    return (str(getattr(db, 'filename', None) or id(db)), spec.name)


async def _detect_fts(spec: TableSpec) -> str | None:
    """The table's FTS5 index (`<table>_fts` with its `<table>_fts_sync`, SQLite only), looked up
    once per database."""
    key = _db_key(spec)
    if key not in _fts_tables:
        db = _db(spec)
        name = None
        if db.capabilities.dialect == 'sqlite' and spec.search:
            _, rows = await db.execute_query(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                [f'{spec.name}_fts', f'{spec.name}_fts_sync'])
            if rows[0][0] == 2:
                name = f'{spec.name}_fts'
                _, info = await db.execute_query(f'PRAGMA table_info("{name}")')
                _fts_columns[key] = [row[1] for row in info]
        _fts_tables[key] = name
    return _fts_tables[key]


def _edit_marks(spec: TableSpec, fts: str) -> str:
    """SQL for (the latest edit of a row, the latest edit already indexed), as two columns."""
    return (f'(SELECT max(julianday("updated_at")) FROM "{spec.name}" WHERE "version" > 1), '
            f'(SELECT "seen" FROM "{fts}_sync" WHERE "id" = 1)')


def _stale(top: float | None, seen: float | None) -> bool:
    return top is not None and (seen is None or top > seen)


async def _sync_fts(spec: TableSpec, fts: str, marks: tuple | None = None) -> None:
    """Re-index the rows edited since the last sync (see the migration that made the index):
    new and deleted rows are indexed by triggers, edits here, before a search reads the index."""
    table, db = spec.name, _db(spec)
    if marks is None:
        _, rows = await db.execute_query(f'SELECT {_edit_marks(spec, fts)}')
        marks = (rows[0][0], rows[0][1])
    top, seen = marks
    if not _stale(top, seen):
        return
    edited = f'FROM "{table}" WHERE "version" > 1 AND julianday("updated_at") > ? AND julianday("updated_at") <= ?'
    columns = ', '.join(f'"{name}"' for name in _fts_columns[_db_key(spec)])
    bounds = [seen or 0, top]
    async with in_transaction(spec.model._meta.default_connection) as connection:
        await connection.execute_query(f'DELETE FROM "{fts}" WHERE rowid IN (SELECT "id" {edited})', bounds)
        await connection.execute_query(f'INSERT INTO "{fts}" (rowid, {columns}) SELECT "id", {columns} {edited}', bounds)
        await connection.execute_query(f'UPDATE "{fts}_sync" SET "seen" = ? WHERE "id" = 1', [top])


async def _search_index(spec: TableSpec, query: ListQuery) -> str | None:
    """The FTS table to search, brought up to date, when the query searches and the table has one."""
    fts = await _detect_fts(spec)
    if fts and match_expression(query.search):
        await _sync_fts(spec, fts)
    return fts


def _fts_table(spec: TableSpec) -> str | None:
    """The FTS table when `_detect_fts` has found one for this database (sync, for build_queryset)."""
    return _fts_tables.get(_db_key(spec)) if spec.search else None


def match_expression(text: str) -> str | None:
    """The FTS5 query for a search text: every word as a phrase of its tokens, the last token a
    prefix (`005/12` -> `"005 12"*`); None when no word has a letter or digit."""
    phrases = []
    for word in text.split():
        tokens = _WORD.findall(word)
        if tokens:
            phrases.append('"' + ' '.join(tokens) + '"*')
    return ' '.join(phrases) or None


class _FtsIds(Term):
    """`(SELECT rowid FROM <fts> WHERE <fts> MATCH ?)`, with the match bound as a parameter."""

    def __init__(self, fts_table: str, match: str) -> None:
        super().__init__()
        self.fts_table = fts_table
        self.match = match

    def get_sql(self, ctx) -> str:
        return (f'(SELECT rowid FROM "{self.fts_table}" WHERE "{self.fts_table}" MATCH '
                f'{ValueWrapper(self.match).get_sql(ctx)})')


def _search_q(spec: TableSpec, text: str) -> Q | None:
    """Every word must appear in at least one search field (through the FTS index when there is one)."""
    words = text.split()
    if not words or not spec.search:
        return None
    fts, match = _fts_table(spec), match_expression(text)
    if fts and match:
        return Q(id__in=_FtsIds(fts, match))
    q = Q()
    for word in words:
        any_field = Q()
        for name in spec.search:
            any_field |= Q(**{f'{name}__icontains': word})
        q &= any_field
    return q


_orderings: dict[tuple, tuple[str, ...]] = {}


def _ordering(spec: TableSpec, sort: tuple[tuple[str, bool], ...]) -> list[str]:
    """The ORDER BY keys of a sort (whitelisted by the table's columns; its default ordering when
    none is allowed), a foreign key sorted by its table's first ordering field, `id` last."""
    cache_key = (spec.name, id(spec.model), spec.columns, spec.ordering, sort)
    if cache_key in _orderings:
        return list(_orderings[cache_key])
    keys: list[str] = []
    allowed = spec.sortable()
    chosen = [(name, desc) for name, desc in sort if name in allowed] or \
             [(key.lstrip('-'), key.startswith('-')) for key in spec.ordering]
    for name, descending in chosen:
        path = name
        if spec.is_fk(name):
            target = related_spec(spec, name)
            path = f'{name}__{target.ordering[0].lstrip("-")}'
        keys.append(('-' if descending else '') + path)
    keys.append('-id' if chosen and chosen[-1][1] else 'id')
    if len(_orderings) < 4096:      # sorts are whitelisted column names: a bounded set
        _orderings[cache_key] = tuple(keys)
    return keys


def build_queryset(spec: TableSpec, actor: Actor, query: ListQuery) -> QuerySet:
    """The rows an actor sees for a query: not deleted, in their scope, searched, filtered, sorted."""
    return _filtered(spec, actor, query).order_by(*_ordering(spec, query.sort))


def _filtered(spec: TableSpec, actor: Actor, query: ListQuery, search: bool = True) -> QuerySet:
    qs, where = _scoped(spec, actor, query, search)
    for q in where:
        qs = qs.filter(q)
    return qs


def _scoped(spec: TableSpec, actor: Actor, query: ListQuery, search: bool = True) -> tuple[QuerySet, list[Q]]:
    """The rows an actor may see (not deleted, in their scope), and the query's conditions on them
    (parent, search, filters): `_filtered` applies them; a compiled query only reads them."""
    qs = access.scope(actor, spec, spec.model.filter(deleted_at__isnull=True))
    where = []
    if query.parent is not None:
        fk, parent_id = query.parent
        if spec.is_fk(fk):
            where.append(Q(**{f'{fk}_id': parent_id}))
    for q in (_search_q(spec, query.search) if search else None,
              *(_filter_q(spec, n, v) for n, v in query.filters.items())):
        if q is not None:
            where.append(q)
    return qs, where


def _narrowed(spec: TableSpec, actor: Actor, query: ListQuery) -> bool:
    """Does anything but the search narrow the rows (a parent, a filter, an Operator Desa's scope)?"""
    scoped = actor.is_desa_operator and spec.desa_field is not None
    return scoped or (query.parent is not None and spec.is_fk(query.parent[0])) or \
        any(_filter_q(spec, n, v) is not None for n, v in query.filters.items())


# ---- the statements of a count and a page, run in one round trip ----------------------------------
# A count and its page are written as a generator of statements: it yields (sql, params), is sent
# the rows, and returns its result. `_run` runs all of one generator's statements in a single
# hand-off to the SQLite driver's thread (each hand-off costs about as much CPU as a small query);
# on PostgreSQL, or if the driver is not the expected aiosqlite, it awaits them one by one.
Statements = Generator[tuple[str, list], list, Any]


@dataclass(frozen=True)
class _Stale:
    """The full-text index misses edits made since the last search: (latest edit, latest indexed)."""
    marks: tuple


async def _run(spec: TableSpec, steps: Statements) -> Any:
    """Run a generator of statements (see above) against the table's database; its result."""
    db = _db(spec)
    if db.capabilities.dialect == 'sqlite':
        async with db.acquire_connection() as connection:     # Tortoise's lock on the connection
            thread = _sqlite_thread(connection)
            if thread is not None:
                execute, raw = thread
                try:   # the Tortoise context (its connections) goes with the generator to the thread
                    return await execute(contextvars.copy_context().run, _drive, steps, raw)
                except sqlite3.OperationalError as error:
                    raise OperationalError(error) from error
                except sqlite3.IntegrityError as error:
                    raise IntegrityError(error) from error
    rows = None
    while True:
        try:
            sql, params = steps.send(rows)
        except StopIteration as done:
            return done.value
        _, rows = await db.execute_query(sql, params)


def _sqlite_thread(connection) -> tuple[Callable, sqlite3.Connection] | None:
    """How to run a function in an aiosqlite connection's own thread, with its sqlite3 connection
    (aiosqlite's `_execute` and `_conn`, there since its first versions); None for anything else."""
    execute, raw = getattr(connection, '_execute', None), getattr(connection, '_conn', None)
    return (execute, raw) if callable(execute) and isinstance(raw, sqlite3.Connection) else None


def _drive(steps: Statements, connection: sqlite3.Connection) -> Any:
    """Run every statement of `steps` on a sqlite3 connection (in the driver's thread), the rows
    as plain tuples (the connection's own rows are sqlite3.Row, slower to make and to read)."""
    cursor = connection.cursor()
    cursor.row_factory = None
    try:
        rows = None
        while True:
            try:
                sql, params = steps.send(rows)
            except StopIteration as done:
                return done.value
            rows = cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def _count_steps(spec: TableSpec, actor: Actor, query: ListQuery, fts: str | None) -> Statements:
    """How many rows the query gives, and the table's highest id when the count came from the
    index (see the module docstring), in one statement; `_Stale` when the index must be brought
    up to date first."""
    table = spec.name
    top = f'(SELECT max("id") FROM "{table}")'
    deleted = f'SELECT count(*) FROM "{table}" WHERE "deleted_at" IS NOT NULL'
    if not _narrowed(spec, actor, query):
        match = match_expression(query.search) if fts else None
        if not query.search.split():
            (total, deleted_count, highest), = yield f'SELECT (SELECT count(*) FROM "{table}"), ({deleted}), {top}', []
            return total - deleted_count, highest
        if match:
            # the index's freshness comes in the same statement
            matches = f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH ?'
            (found, deleted_count, highest, edited, seen), = yield (
                f'SELECT (SELECT count(*) FROM "{fts}" WHERE "{fts}" MATCH ?), '
                f'({deleted} AND +"id" IN ({matches})), {top}, {_edit_marks(spec, fts)}', [match, match])
            if _stale(edited, seen):
                return _Stale((edited, seen))
            return found - deleted_count, highest
    sql, params = _compiled(*_scoped(spec, actor, query), fields=('id',))
    (total,), = yield f'SELECT count(*) FROM ({sql}) AS "_rows"', params
    return total, None


async def _counted(spec: TableSpec, actor: Actor, query: ListQuery, steps) -> Any:
    """Run `steps(fts)` (a generator that starts with `_count_steps`) with the full-text index up
    to date: when the count finds it stale, re-index the edited rows and run it again."""
    fts = await _detect_fts(spec)
    if fts and match_expression(query.search) and _narrowed(spec, actor, query):
        await _sync_fts(spec, fts)     # the count reads the query itself, not the index's marks
    result = await _run(spec, steps(fts))
    while isinstance(result, _Stale):      # again if someone edited a row in between
        await _sync_fts(spec, fts, result.marks)
        result = await _run(spec, steps(fts))
    return result


async def count_rows(spec: TableSpec, actor: Actor, query: ListQuery) -> int:
    """How many rows the query gives, reading only indexes where it can (see the module docstring)."""
    return (await _counted(spec, actor, query, lambda fts: _count_steps(spec, actor, query, fts)))[0]


def _reverse(keys: list[str]) -> list[str]:
    return [key[1:] if key.startswith('-') else f'-{key}' for key in keys]


def _indexed(spec: TableSpec, name: str) -> bool:
    """Is `name` the first column of an index of the table (so that ORDER BY can walk it)?"""
    f = spec.fields_map.get(name)
    if f is None:
        return False
    meta = spec.model._meta
    return bool(f.pk or f.index or f.unique or any(
        tuple(group)[:1] == (name,) for group in (*meta.indexes, *meta.unique_together)
        if isinstance(group, (tuple, list))))


# Walking the sort index beats reading every match and sorting them when the page lies near the
# start of the order and the matches are many: rows walked ~ (offset+limit) * rows / matches,
# against matches * ~2.5 (a lookup and a sort step each).
_WALK_FACTOR = 2.5


async def fetch_page(spec: TableSpec, actor: Actor, query: ListQuery) -> Page:
    """One page of the grid: the count, the page's rows and their display text."""
    total, page, raw = await _counted(spec, actor, query, lambda fts: _page_steps(spec, actor, query, fts))
    rows, labels = _page_rows(spec, raw)
    row = _row_class(spec, _page_fields(spec))
    return Page(_display(spec, rows, labels, row.reader, row), total, page, query.page_size)


def _page_steps(spec: TableSpec, actor: Actor, query: ListQuery, fts: str | None) -> Statements:
    """The count, then the page's raw rows in the grid's order (see `_page_rows`): (total, page
    number, raw rows)."""
    counted = yield from _count_steps(spec, actor, query, fts)
    if isinstance(counted, _Stale):
        return counted
    total, top = counted
    page_count = max(1, -(-total // query.page_size))
    page = min(max(1, query.page), page_count)
    keys = _ordering(spec, query.sort)
    start, end = (page - 1) * query.page_size, min(total, page * query.page_size)
    reverse = start > total - end          # second half: read from the end of the order
    if reverse:
        keys, start, end = _reverse(keys), total - end, total - start
    if end <= start:
        return total, page, []
    qs, where = _scoped(spec, actor, query)
    annotations = {}
    match = match_expression(query.search) if fts else None
    if match and top is not None and _indexed(spec, keys[0].lstrip('-')):
        if end * top < _WALK_FACTOR * total * total:
            # `+id IN (...)`: SQLite must then walk the sort index and test each row against the matches
            qs, where = _scoped(spec, actor, query, search=False)
            annotations = {'_fts_id': RawSQL(f'+"{spec.name}"."id"')}
            where.append(Q(_fts_id__in=_FtsIds(fts, match)))
    names, joined = _page_fields(spec), _page_labels(spec)
    columns = [*names, *(f'{name}__{f}' for name, fields, _ in joined for f in fields)]
    raw = yield _compiled(qs, where, annotations=annotations, order=keys, offset=start, limit=end - start,
                          fields=columns)
    return total, page, raw[::-1] if reverse else raw


_joined_labels: dict[tuple, list] = {}


def _page_labels(spec: TableSpec) -> list[tuple[str, list[str], Callable[[tuple], str]]]:
    """Per foreign key the grid shows: its name, the related table's label fields (joined into
    the page's query) and the function making the label of their values (made once per table)."""
    key = (spec.name, id(spec.model), spec.columns)
    if key not in _joined_labels:
        _joined_labels[key] = [(name, *_label_maker(related_spec(spec, name))) for name in _column_formatters(spec)[0]]
    return _joined_labels[key]


def _page_rows(spec: TableSpec, raw: list) -> tuple[list, dict[str, dict[int, str]]]:
    """The raw rows of a page (`_page_fields`, then the labels' fields of `_page_labels`; read
    through `_row_class`), and the labels of the foreign keys (name -> id -> label)."""
    names = _page_fields(spec)
    labels: dict[str, dict[int, str]] = {}
    at = len(names)
    for name, fields, label in _page_labels(spec):
        labels[name] = found = {}
        key = names.index(f'{name}_id')
        for values in raw:
            target = values[key]
            if target is not None and target not in found:
                found[target] = label([values[at + i] for i in range(len(fields))])
        at += len(fields)
    return list(raw), labels


_fields_read: dict[tuple, tuple[str, ...]] = {}


def _page_fields(spec: TableSpec) -> tuple[str, ...]:
    """The fields a grid page reads: its id, version, columns and Operator Desa scope; every
    field when the table has its own `is_overdue` (which may read any of them)."""
    key = (spec.name, id(spec.model), spec.columns)
    if key not in _fields_read:
        if spec.model.is_overdue is not RecordModel.is_overdue:
            names = list(spec.model._meta.fields_db_projection)
        else:
            names = ['id', 'version', *(f'{name}_id' if spec.is_fk(name) else name for name in spec.columns)]
            if spec.desa_field:
                names.append(f'{spec.desa_field}_id')
        _fields_read[key] = tuple(dict.fromkeys(names))
    return _fields_read[key]


def _attribute_converter(meta, column: str, f, raw: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Raw column value -> the model instance's attribute: `raw` (`_raw_converter`), then what
    Tortoise's `_init_from_db` does with the column. Shortcuts where that is known to change
    nothing: a date `raw` made is kept as it is; an enum's value becomes its member directly."""
    if any(column == native for native, _, _ in meta.db_native_fields):
        return raw
    if any(column == default for default, _, _ in meta.db_default_fields):
        return lambda v: None if v is None else f.field_type(raw(v))
    if type(f) is tortoise_fields.DateField:     # to_python_value keeps a date as it is
        return raw
    members = getattr(getattr(f, 'enum_type', None), '_value2member_map_', None)
    if members is not None and kind_of(f).name == 'enum':    # to_python_value is enum_type(value)
        return lambda v: members[v] if v in members else f.to_python_value(raw(v))
    return lambda v: f.to_python_value(raw(v))


_row_classes: dict[tuple, type] = {}


def _row_class(spec: TableSpec, names: tuple[str, ...]) -> type:
    """The class of a page's rows for a table and the fields read, made once: a raw row whose
    attributes are converted when first read to what the model instance Tortoise would make holds
    (`_raw_converter`, then what `_init_from_db` does). Anything else read from a row (as
    `is_overdue` may) is the model's own: its methods, properties and constants, bound to the row.
    `Row.reader(name)` reads one attribute from the raw row itself, without making a Row."""
    key = (spec.name, id(spec.model), names)
    if key not in _row_classes:
        meta = spec.model._meta
        model, index, convert = spec.model, {}, {}
        for i, name in enumerate(names):
            column, raw, f = meta.fields_db_projection[name], _raw_converter(spec, name), spec.field(name)
            index[name] = i
            convert[name] = _attribute_converter(meta, column, f, raw)

        class Row:
            __slots__ = ('_raw', '__dict__')
            is_overdue = spec.model.is_overdue

            def __init__(self, raw) -> None:
                self._raw = raw

            def __getattr__(self, name: str) -> Any:
                if name not in index:   # anything else of the model (a method is_overdue calls)
                    attribute = inspect.getattr_static(model, name)
                    return attribute.__get__(self, model) if hasattr(attribute, '__get__') else attribute
                value = self.__dict__[name] = convert[name](self._raw[index[name]])
                return value

        def reader(name: str) -> Callable[[Any], Any]:
            """A function reading one attribute, converted, straight from a raw row (for `_display`)."""
            at, conv = index[name], convert[name]
            return itemgetter(at) if conv is _as_is else lambda raw: conv(raw[at])

        Row.reader = staticmethod(reader)
        Row.__name__ = Row.__qualname__ = f'{spec.model.__name__}Row'
        _row_classes[key] = Row
    return _row_classes[key]


async def related_labels(spec: TableSpec, name: str, ids: set[int]) -> dict[int, str]:
    """Labels of the rows a foreign key points at, in one query (only the label's columns)."""
    if not ids:
        return {}
    target = related_spec(spec, name)
    fields, label = _label_maker(target)
    sql, params = _compiled(target.model.filter(id__in=sorted(ids)), [], fields=('id', *fields))
    _, rows = await _db(target).execute_query(sql, params)
    return {row[0]: label(row[1:]) for row in rows}


_label_makers: dict[tuple[str, int], tuple[list[str], Callable[[Any], str]]] = {}


def _label_maker(spec: TableSpec) -> tuple[list[str], Callable[[tuple], str]]:
    """The fields a row's label reads, and the function from their raw values to the label
    (what `row_label` gives for the row), made once per table."""
    key = (spec.name, id(spec.model), spec.row_label)
    if key not in _label_makers:
        names = [name for name in dict.fromkeys(_template_fields(spec.row_label))
                 if name in spec.fields_map and spec.field(name).has_db_field and not spec.is_fk(name)]
        shown = [(name, _raw_converter(spec, name), kind_of(spec.field(name)).display, spec.field(name))
                 for name in names]
        # row_label fills every field of the table, '' unless shown; the template reads only its own
        blank = {name: '' for name in _template_fields(spec.row_label) if name in spec.fields_map}

        def label(values: tuple) -> str:
            filled = dict(blank)
            for (name, convert, show, f), value in zip(shown, values):
                filled[name] = show(f, convert(value))
            return spec.row_label.format_map(filled).strip()
        _label_makers[key] = (names, label)
    return _label_makers[key]


def _template_fields(template: str) -> list[str]:
    return [name for _, name, _, _ in Formatter().parse(template) if name]


def row_label(spec: TableSpec, row) -> str:
    values = {name: '' for name in spec.fields_map}
    for name in _template_fields(spec.row_label):
        f = spec.fields_map.get(name)
        if f is not None and f.has_db_field and not spec.is_fk(name):
            values[name] = display(f, getattr(row, name, None))
    return spec.row_label.format_map(values).strip()


async def display_rows(spec: TableSpec, rows: list) -> list[dict[str, Any]]:
    """Rows as the grid shows them: text per column, keyed by field name (never by user data)."""
    labels = {name: await related_labels(spec, name, {getattr(r, f'{name}_id') for r in rows} - {None})
              for name in _column_formatters(spec)[0]}
    return _display(spec, rows, labels, attrgetter)


def _display(spec: TableSpec, rows: list, labels: dict[str, dict[int, str]],
             reader: Callable[[str], Callable[[Any], Any]], as_model: Callable[[Any], Any] | None = None
             ) -> list[dict[str, Any]]:
    """`display_rows` with the foreign keys' labels given (foreign key -> id -> label).
    `reader(name)` reads an attribute of a row (`attrgetter` for model instances); `as_model`
    makes a row something with the model's `is_overdue` (model instances already are)."""
    _, shown = _column_formatters(spec)
    row_id, version = reader('id'), reader('version')
    # a column of few distinct values (a choice, yes/no, a date) is shown once per value on the page
    plan = [(name, show, f, reader(f'{name}_id') if show is None else reader(name), {} if once else None)
            for name, show, f, once in shown]
    desa = reader(f'{spec.desa_field}_id') if spec.desa_field else None
    overdue = spec.model.is_overdue is not RecordModel.is_overdue    # the default says never
    out = []
    for row in rows:
        item: dict[str, Any] = {'id': row_id(row), 'version': version(row)}
        for name, show, f, read, shown_as in plan:
            value = read(row)
            if show is None:
                item[name] = labels[name].get(value, '')
            elif shown_as is None:
                item[name] = show(f, value)
            else:
                text = shown_as.get(value)
                if text is None:
                    text = shown_as[value] = show(f, value)
                item[name] = text
        if overdue and (as_model(row) if as_model else row).is_overdue():
            item['_terlambat'] = True
        if desa:
            item['_desa_id'] = desa(row)
        out.append(item)
    return out


_formatters: dict[tuple[str, int], tuple[list[str], list[tuple]]] = {}
_SHOWN_ONCE_PER_VALUE = ('enum', 'bool', 'date', 'datetime')   # field kinds whose values repeat on a page


def _column_formatters(spec: TableSpec) -> tuple[list[str], list[tuple]]:
    """The grid's foreign-key columns, and per column (name, display function or None for a
    foreign key's label, field, shown once per value on a page), looked up in the field registry
    once per table."""
    key = (spec.name, id(spec.model), spec.columns)
    if key not in _formatters:
        fk_names = [name for name in spec.columns if spec.is_fk(name)]
        shown = []
        for name in spec.columns:
            f, kind = spec.field(name), kind_of(spec.field(name))
            shown.append((name, None if name in fk_names else kind.display, f,
                          name not in fk_names and kind.name in _SHOWN_ONCE_PER_VALUE))
        _formatters[key] = (fk_names, shown)
    return _formatters[key]


def export_value(spec: TableSpec, name: str, value: Any) -> Any:
    """A stored value as a typed export cell: enums as their label, everything else as is."""
    if isinstance(value, Enum):
        return value.value
    return value


class _After(Criterion):
    """`(a, b, id) < (?, ?, ?)` (or `>`): the rows after a keyset position, parameters bound."""

    def __init__(self, columns: list[str], values: list, descending: bool) -> None:
        super().__init__()
        self.columns, self.values, self.descending = columns, values, descending

    def get_sql(self, ctx) -> str:
        right = ','.join(ValueWrapper(value).get_sql(ctx) for value in self.values)
        return f'({",".join(self.columns)}) {"<" if self.descending else ">"} ({right})'


def _sql_of(qs: QuerySet, *criteria: Criterion) -> tuple[str, list]:
    """The SQL and bound parameters the ORM would run for `qs`, with extra WHERE criteria."""
    qs._choose_db_if_not_chosen()
    qs._make_query()
    built = qs.query
    for criterion in criteria:
        built = built.where(criterion)
    return built.get_parameterized_sql()


# ---- SQL compiled once per query shape -----------------------------------------------------------
# Building a query with Tortoise/pypika costs more than running it on a small table. A query's SQL
# text depends only on its shape (table, conditions with their lookups and the kind of each value,
# sort, whether there is a limit/offset, selected columns, the dialect), not on the values, which
# are bound parameters. So the text is built by Tortoise once per shape and kept (the last
# _COMPILED_MAX shapes); each call only computes its parameters from its conditions, encoded by
# Tortoise's own field and filter functions. The first build of a shape checks that they are exactly
# the parameters Tortoise produced; a shape whose parameters cannot be derived (a lookup or value
# not handled below) or do not match is built by Tortoise every time.

class _NotCompilable(Exception):
    """The parameters of this query cannot be derived from its filters without Tortoise."""


_COMPILED_MAX = 512
_compiled_texts: OrderedDict[tuple, str | None] = OrderedDict()   # shape -> SQL text (None: always build)
_compiled_lock = threading.Lock()
_PLAIN_OPERATORS = {operator.eq, operator.ge, operator.le, operator.gt, operator.lt, tortoise_filters.not_equal}
_LIKE_OPERATORS = {tortoise_filters.contains, tortoise_filters.insensitive_contains}
_LIST_OPERATORS = {tortoise_filters.is_in, tortoise_filters.not_in}
_NULL_OPERATORS = {tortoise_filters.is_null, tortoise_filters.not_null}


def _value_shape(value: Any) -> Any:
    """What of a filter value shapes the SQL text: the full-text table, a list's length, None or a
    bool itself (`IS NULL`), otherwise only the type."""
    if isinstance(value, _FtsIds):
        return ('fts', value.fts_table)
    if isinstance(value, Term):
        raise _NotCompilable(type(value).__name__)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ('list', len(value), tuple(sorted({type(v).__name__ for v in value})))
    if value is None or isinstance(value, bool):
        return value
    return type(value).__name__


def _filter_params(model, custom: dict, key: str, value: Any) -> list:
    """The bound parameters Tortoise makes of one filter `key=value` (see tortoise.expressions.Q)."""
    if isinstance(value, _FtsIds):
        return [value.match]
    info = model._meta.filters.get(key)
    if key in custom or info is None or 'table' in info:
        raise _NotCompilable(key)
    f = model._meta.fields_map[info['field']]
    encoded = info['value_encoder'](value, model, f) if 'value_encoder' in info else f.to_db_value(value, model)
    op = info['operator']
    if op in _PLAIN_OPERATORS:
        return [encoded]
    if op in _LIST_OPERATORS:
        return list(encoded)
    if op in _LIKE_OPERATORS:
        return [f'%{tortoise_filters.escape_like(encoded)}%']
    if op in _NULL_OPERATORS:
        return []
    raise _NotCompilable(key)


def _q_shape(model, custom, q: Q, params: list) -> tuple:
    """The shape of a Q, appending its parameters to `params` in Tortoise's order."""
    filters = []
    for key, value in q.filters.items():
        filters.append((key, _value_shape(value)))
        params.extend(_filter_params(model, custom, key, value))
    children = tuple(_q_shape(model, custom, child, params) for child in q.children)
    return q.join_type, q._is_negated, tuple(filters), children


def _compiled(base: QuerySet, where: list[Q], *, fields, annotations: dict[str, RawSQL] | None = None,
              order=(), offset: int = 0, limit: int | None = None) -> tuple[str, list]:
    """The SQL and parameters of `base` (a filtered queryset) with the conditions `where`, the
    RawSQL `annotations`, the order, offset and limit, selecting `fields` (a values_list): the SQL
    built by Tortoise once per shape (see above), the parameters derived from the conditions."""
    model, annotations = base.model, annotations or {}

    def build():
        qs = base.annotate(**annotations) if annotations else base
        for q in where:
            qs = qs.filter(q)
        qs = qs.order_by(*order) if order else qs
        qs = qs.offset(offset) if offset else qs
        return (qs.limit(limit) if limit is not None else qs).values_list(*fields)

    params: list = []
    try:
        conditions = tuple(_q_shape(model, annotations, q, params) for q in (*base._q_objects, *where))
    except Exception:    # not compilable, or a value Tortoise itself will refuse: let it build (and say so)
        return _sql_of(build())
    if limit is not None:
        params.append(limit)
    if offset:
        params.append(offset)
    shape = (model._meta.db.capabilities.dialect, model._meta.db_table, conditions,
             tuple((name, a.sql) for name, a in annotations.items()), tuple(order), tuple(fields),
             limit is not None, bool(offset))
    with _compiled_lock:      # pages are also planned in the SQLite driver's thread (see `_run`)
        if shape in _compiled_texts:
            _compiled_texts.move_to_end(shape)
            sql = _compiled_texts[shape]
            if sql is not None:
                return sql, params
    sql, built = _sql_of(build())
    with _compiled_lock:
        _compiled_texts[shape] = sql if list(built) == params else None
        if len(_compiled_texts) > _COMPILED_MAX:
            _compiled_texts.popitem(last=False)
    return sql, built


def _keyset(spec: TableSpec, keys: list[str]) -> tuple[list[str], bool] | None:
    """The key columns and direction when the order allows keyset paging with one row-value
    comparison: plain NOT NULL columns of the table, all in one direction."""
    names = [key.lstrip('-') for key in keys]
    directions = {key.startswith('-') for key in keys}
    if len(directions) != 1 or any('__' in name or name not in spec.fields_map or
                                   (spec.field(name).null and not spec.field(name).pk) for name in names):
        return None
    return names, directions.pop()


_AS_IS = (tortoise_fields.CharField, tortoise_fields.TextField, tortoise_fields.IntField,
          tortoise_fields.SmallIntField, tortoise_fields.BigIntField, tortoise_fields.FloatField)


def _as_is(value: Any) -> Any:
    return value


def _raw_converter(spec: TableSpec, name: str) -> Callable[[Any], Any]:
    """Raw column value -> the export value, without Tortoise's (slow) per-value conversion."""
    f = spec.field(name)
    if isinstance(f, tortoise_fields.DatetimeField):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(f, tortoise_fields.DateField):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(f, tortoise_fields.DecimalField):
        return lambda v: v if v is None or isinstance(v, Decimal) else Decimal(str(v))
    if isinstance(f, tortoise_fields.BooleanField):
        return lambda v: v if v is None else bool(v)
    if kind_of(f).name == 'enum':
        return lambda v: v.value if isinstance(v, Enum) else v   # stored as the enum's value
    if isinstance(f, _AS_IS):
        return _as_is
    return lambda v: export_value(spec, name, f.to_python_value(v))


async def export_chunks(spec: TableSpec, actor: Actor, query: ListQuery, columns: list[str],
                        chunk_size: int = 2000) -> AsyncIterator[list[tuple]]:
    """Every row of the query (all pages), as typed tuples of `columns`, a chunk at a time.

    Each chunk is one short query (keyset: the rows after the last one sent), so other users'
    queries run between chunks and the cost per chunk does not grow with the depth."""
    await _search_index(spec, query)
    keys = _ordering(spec, query.sort)
    keyset = _keyset(spec, keys)
    if keyset is None:
        async for chunk in _offset_chunks(spec, actor, query, columns, chunk_size):
            yield chunk
        return
    key_names, descending = keyset
    db_columns = [f'{name}_id' if spec.is_fk(name) else name for name in columns]
    selected = db_columns + key_names
    fk_at = {i: name for i, name in enumerate(columns) if spec.is_fk(name)}
    convert = [None if i in fk_at else _raw_converter(spec, name) for i, name in enumerate(columns)]
    labels: dict[str, dict[int, str]] = {name: {} for name in fk_at.values()}
    key_columns = [f'"{spec.name}"."{spec.field(name).source_field or name}"' for name in key_names]
    queryset = build_queryset(spec, actor, query).limit(chunk_size).values_list(*selected)
    db, after, width = _db(spec), None, len(columns)
    while True:
        sql, params = _sql_of(queryset, *([after] if after is not None else []))
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
        after = _After(key_columns, [last[width + j] for j in range(len(key_names))], descending)


async def _offset_chunks(spec: TableSpec, actor: Actor, query: ListQuery, columns: list[str],
                         chunk_size: int) -> AsyncIterator[list[tuple]]:
    """The chunks of an order keyset paging cannot follow (a foreign key's label, a nullable
    column, mixed directions): OFFSET pages of model instances."""
    qs = build_queryset(spec, actor, query)
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
                else export_value(spec, name, getattr(row, name))
                for name in columns))
        yield chunk
        if len(rows) < chunk_size:
            return
        offset += chunk_size


def filters_to_url(spec: TableSpec, filters: dict[str, Any]) -> dict[str, list[str]]:
    """The inverse of filters_from_url: filters as a link's query parameters (text as people type it)."""
    params: dict[str, list[str]] = {}
    for name, value in filters.items():
        if name not in spec.filters or value in (None, '', [], ()):
            continue
        field_obj = spec.field(name)
        kind = kind_of(field_obj)
        if kind.filter == 'range':
            low, high = value
            params[name] = [f'{display(field_obj, low) if low is not None else ""}..'
                            f'{display(field_obj, high) if high is not None else ""}']
        elif kind.filter in ('in', 'fk'):
            params[name] = [str(getattr(v, 'value', v)) for v in (value if isinstance(value, (list, tuple)) else [value])]
        elif kind.filter == 'bool':
            params[name] = [display(field_obj, bool(value))]
        else:
            params[name] = [str(value)]
    return params


@dataclass(frozen=True)
class LinkFilters:
    """The filters of a link, and the values given for them that could not be read (per filter)."""
    filters: dict[str, Any]
    unreadable: dict[str, list[str]] = field(default_factory=dict)


def read_link_filters(spec: TableSpec, params: dict[str, list[str]]) -> LinkFilters:
    """Filters given in a link (`?status=Selesai&tanggal_diterima=01/11/2026..30/11/2026&klasifikasi=3`),
    read with the field registry; names not in the table's filters are ignored.

    A value that cannot be read is never dropped in silence, since dropping it would show more rows
    than the link asked for: of a choice or a reference, the values that can be read are kept (fewer
    values, fewer rows) and the others are listed in `unreadable`; a range, yes/no or text that cannot
    be read is listed whole (keeping one bound of a range would widen it too). The grid names them,
    and shows no rows for a filter of which nothing could be read (pages/grid_filters.py)."""
    from forms.fields import to_python
    from forms.indonesian import ParseError
    filters: dict[str, Any] = {}
    unreadable: dict[str, list[str]] = {}
    for name, values in params.items():
        values = [v for v in values if v.strip()]
        if name not in spec.filters or not values:
            continue
        field_obj = spec.field(name)
        kind = kind_of(field_obj)
        if kind.filter in ('in', 'fk'):
            readable = []
            for value in values:
                try:
                    parsed = to_python(field_obj, value)
                    readable.append(parsed.value if kind.filter == 'in' else parsed)
                except ParseError:
                    unreadable.setdefault(name, []).append(value)
            if readable:
                filters[name] = readable
            continue
        try:
            if kind.filter == 'range':
                low, _, high = values[0].partition('..')
                filters[name] = (to_python(field_obj, low) if low.strip() else None,
                                 to_python(field_obj, high) if high.strip() else None)
            elif kind.filter == 'bool':
                filters[name] = to_python(field_obj, values[0])
            else:
                filters[name] = values[0].strip()
        except ParseError:
            unreadable[name] = values[:1]
    return LinkFilters(filters, unreadable)


def filters_from_url(spec: TableSpec, params: dict[str, list[str]]) -> dict[str, Any]:
    """The filters of read_link_filters alone: for a saved view, whose values filters_to_url wrote."""
    return read_link_filters(spec, params).filters


def describe_query(spec: TableSpec, query: ListQuery, fk_labels: dict[str, str] | None = None) -> str:
    """The filter in words, for the export's title rows."""
    parts = []
    if query.search.strip():
        parts.append(f'pencarian "{query.search.strip()}"')
    for name, value in query.filters.items():
        if name not in spec.filters or value in (None, '', [], ()):
            continue
        label = spec.label_of(name)
        kind = kind_of(spec.field(name))
        if kind.filter == 'range':
            low, high = value
            show = format_date if isinstance(low or high, (date, datetime)) else (lambda v: '' if v is None else str(v))
            parts.append(f'{label} {show(low) or "…"} s.d. {show(high) or "…"}')
        elif kind.filter == 'fk':
            parts.append(f'{label} = {(fk_labels or {}).get(name, value)}')
        elif kind.filter == 'in':
            values = [value] if isinstance(value, str) else value
            parts.append(f'{label}: {", ".join(str(getattr(v, "value", v)) for v in values)}')
        else:
            parts.append(f'{label} memuat "{value}"')
    return '; '.join(parts) if parts else 'semua data'
