"""Every use the grid's query builder makes of Tortoise's and aiosqlite's private workings, behind
one switch: USE_DRIVER_INTERNALS. Off, the grid takes the plain ORM path (model instances, the
ORM's own count and SQL, one statement at a time) and gives the same rows, only slower at a small
page (tests/test_listing_compiled.py runs both). A library upgrade that breaks one of these is a
one-line decision: turn the switch off.

What the switch turns on (docs/design.md §Speed):
- `run`: the statements of a count and its page go to the SQLite driver's thread in one hand-off
  (aiosqlite's `_execute` and `_conn`); each hand-off costs about as much CPU as a small query.
- `compiled`: the SQL text of a query is built by Tortoise once per shape and then only bound to
  new values (Q's `filters`, `children`, `_is_negated`; the queryset's `_q_objects`; the model's
  filter table `_meta.filters`).
- `sql_of`: a queryset's SQL and parameters, with an extra criterion (`_make_query`, `.query`);
  the export reads by keyset through it.
- `attribute_converter`: a raw column value made into what Tortoise's `Model._init_from_db` puts on
  a model instance, so that a page's rows are converted only when shown.
- Counts kept per connection (`_drive`, `_kept_count`): a count is asked again only after the
  database changed, on SQLite.
- A reader beside Tortoise's connection (`reader_of`, on SQLite): grid pages and their counts do not
  wait for another user's transaction (Tortoise's `_connection`, `filename`).
"""
from __future__ import annotations

import asyncio
import contextvars
import operator
import sqlite3
import sys
import threading
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Generator

from pypika_tortoise.terms import Criterion, Term, ValueWrapper
from tortoise import fields as tortoise_fields
from tortoise import filters as tortoise_filters
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from forms.fields import kind_of
from models.table import TableSpec

USE_DRIVER_INTERNALS = True


def database(spec: TableSpec):
    """The Tortoise client of the table's database."""
    return spec.model._meta.db


# ---- a query as the grid describes it ----------------------------------------------------------

@dataclass(slots=True)
class Select:
    """A query the ORM can make: `base` (a filtered queryset) with the conditions `where`, the
    RawSQL `annotations`, the order, offset and limit, selecting `fields` (as a values_list), or
    counting its rows."""
    base: QuerySet
    where: list[Q] = field(default_factory=list)
    fields: tuple[str, ...] = ('id',)
    annotations: dict[str, RawSQL] = field(default_factory=dict)
    order: tuple[str, ...] = ()
    offset: int = 0
    limit: int | None = None
    count: bool = False

    def queryset(self):
        """The plain ORM query (a values_list)."""
        qs = self.base.annotate(**self.annotations) if self.annotations else self.base
        for q in self.where:
            qs = qs.filter(q)
        qs = qs.order_by(*self.order) if self.order else qs
        qs = qs.offset(self.offset) if self.offset else qs
        return (qs.limit(self.limit) if self.limit is not None else qs).values_list(*self.fields)

    def statement(self) -> tuple[str, list]:
        """Its SQL and parameters (see `compiled`)."""
        sql, params = compiled(self)
        return (f'SELECT count(*) FROM ({sql}) AS "_rows"', params) if self.count else (sql, params)


async def fetch(spec: TableSpec, select: Select) -> list:
    """The rows of a Select: raw column values with the switch on, the ORM's values otherwise."""
    if USE_DRIVER_INTERNALS:
        _, rows = await database(spec).execute_query(*select.statement())
        return rows
    if select.count:
        return [(await _plain_count(select),)]
    return list(await select.queryset())


async def _plain_count(select: Select) -> int:
    qs = select.base
    for q in select.where:
        qs = qs.filter(q)
    return await qs.count()


# ---- the statements of a count and a page, run in one round trip ---------------------------------
# A count and its page are written as a generator of statements: it yields (sql, params) or a
# Select, is sent the rows, and returns its result. `run` runs all of one generator's statements in
# a single hand-off to the SQLite driver's thread; on PostgreSQL, if the driver is not the expected
# aiosqlite, or with the switch off, it awaits them one by one.
Statements = Generator['tuple[str, list] | Select', list, Any]


async def run(spec: TableSpec, steps: Statements) -> Any:
    """Run a generator of statements (see above) against the table's database; its result."""
    db = database(spec)
    if USE_DRIVER_INTERNALS and db.capabilities.dialect == 'sqlite':
        reader = reader_of(db)
        if reader is not None:
            try:
                return await reader.run(steps)
            except sqlite3.OperationalError as error:
                raise OperationalError(error) from error
        async with db.acquire_connection() as connection:     # Tortoise's lock on the connection
            thread = sqlite_thread(connection)
            if thread is not None:
                execute, raw = thread
                with _kept_counts_lock:
                    kept = _kept_counts.setdefault(connection, OrderedDict())
                try:   # the Tortoise context (its connections) goes with the generator to the thread
                    return await execute(contextvars.copy_context().run, _drive, steps, raw, kept)
                except sqlite3.OperationalError as error:
                    raise OperationalError(error) from error
                except sqlite3.IntegrityError as error:
                    raise IntegrityError(error) from error
    rows = None
    while True:
        try:
            statement = steps.send(rows)
        except StopIteration as done:
            return done.value
        if isinstance(statement, Select):
            rows = await fetch(spec, statement)
        else:
            _, rows = await db.execute_query(*statement)


# ---- counts kept until the database changes (SQLite) ------------------------------------------------
# A filtered count reads every matching row (at 1M rows a broad filter takes seconds), and paging
# through the same filter asks the same count on every page change. So `_drive` keeps each count
# with the connection's change mark: the rows its own statements changed (total_changes(), which
# counts every INSERT, UPDATE and DELETE on the connection, by any code path, triggers included)
# and whether another connection committed since (PRAGMA data_version: another process, a console
# command). Any write moves the mark, so a kept count is never stale; it only saves the work while
# nothing changes, which is what paging and sorting are. Kept per aiosqlite connection (weakly: a
# closed database takes its counts with it), the last COUNTS_KEPT counts of each.
COUNTS_KEPT = 256
_CHANGE_MARK = 'SELECT total_changes(), data_version FROM pragma_data_version'
_kept_counts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # aiosqlite connection -> OrderedDict
_kept_counts_lock = threading.Lock()


def _kept_count(kept: OrderedDict, cursor: sqlite3.Cursor, sql: str, params: list) -> list:
    """The rows of a count statement: kept ones while the database has not changed, else counted."""
    mark = cursor.execute(_CHANGE_MARK).fetchone()
    key = (sql, tuple(params))
    with _kept_counts_lock:
        found = kept.get(key)
        if found is not None and found[0] == mark:
            kept.move_to_end(key)
            return found[1]
    rows = cursor.execute(sql, params).fetchall()
    with _kept_counts_lock:
        kept[key] = (mark, rows)
        while len(kept) > COUNTS_KEPT:
            kept.popitem(last=False)
    return rows


# ---- a reader beside Tortoise's connection (SQLite) ----------------------------------------------
# Tortoise keeps one connection to a SQLite file, and a transaction holds it: while an import wrote
# 100k rows in one transaction (15 s), every other user's grid page waited for it. The file is in
# WAL mode (Tortoise's default), where a reader never waits for a writer and sees what was committed
# when its read began. So a grid page and its count are read on a second connection to the same file
# (query_only), all statements of one hand-off in one read transaction (the count and its page see
# the same rows), on one thread for every reader. Not inside a transaction (there `database` is the
# transaction's client, whose own writes the page must see), not for an in-memory database, and not
# before Tortoise has opened its connection. One reader per Tortoise connection, kept weakly: a
# connection that is closed and opened again (a test's fresh database) gets a new one.
_readers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # aiosqlite connection -> Reader
_readers_lock = threading.Lock()
_reader_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix='sqlite-reader')

# The reader's thread and the event loop share one interpreter lock. sqlite3 gives it up while SQLite
# works and takes it back after, many times for one page, and a thread that asks for it waits up to
# the switch interval (5 ms by default) whenever the loop is busy in Python. During a 100k-row
# import (the loop busy for 30 s) a grid page waited up to 4.6 s so, its reader using 15 ms of CPU
# (bench 10, 2026-12-04). The app hands the lock over every READER_SWITCH_SECONDS instead: the worst
# page change during that import was 0.23-0.25 s, the p95 25 ms instead of 48 ms, and the import
# took about 4 % longer.
READER_SWITCH_SECONDS = 0.0005


def hand_over_quickly() -> None:
    """Let a thread waiting for the interpreter (the reader) have it within READER_SWITCH_SECONDS:
    called once by the app at start (main.py), and by the benchmarks that stand for it."""
    sys.setswitchinterval(READER_SWITCH_SECONDS)


class Reader:
    """A read-only sqlite3 connection to a Tortoise client's file, used on the readers' thread."""

    def __init__(self, filename: str) -> None:
        self.connection = sqlite3.connect(filename, check_same_thread=False, isolation_level=None)
        self.connection.execute('PRAGMA query_only = ON')
        self.kept: OrderedDict = OrderedDict()

    async def run(self, steps: Statements) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(_reader_thread, contextvars.copy_context().run, self._snapshot, steps)

    def _snapshot(self, steps: Statements) -> Any:
        self.connection.execute('BEGIN')
        try:
            return _drive(steps, self.connection, self.kept)
        finally:
            self.connection.execute('COMMIT')


def reader_of(db) -> Reader | None:
    """The reader of a Tortoise SQLite client outside a transaction, or None (see above)."""
    connection, filename = getattr(db, '_connection', None), getattr(db, 'filename', None)
    if connection is None or not filename or filename == ':memory:' or filename.startswith('file:') \
            or isinstance(db, TransactionalDBClient):
        return None
    with _readers_lock:
        reader = _readers.get(connection)
        if reader is None:
            reader = _readers[connection] = Reader(filename)
            weakref.finalize(connection, reader.connection.close)
    return reader


async def trace_reads(db, callback: Callable[[str], None] | None) -> None:
    """sqlite3's trace callback on the connection(s) grid pages are read with (the benchmarks and tests
    see the SQL the listing sends); None takes it off."""
    async with db.acquire_connection() as connection:
        await connection._execute(connection._conn.set_trace_callback, callback)
    reader = reader_of(db)
    if reader is not None:
        reader.connection.set_trace_callback(callback)


def sqlite_thread(connection) -> tuple[Callable, sqlite3.Connection] | None:
    """How to run a function in an aiosqlite connection's own thread, with its sqlite3 connection
    (aiosqlite's `_execute` and `_conn`, there since its first versions); None for anything else."""
    execute, raw = getattr(connection, '_execute', None), getattr(connection, '_conn', None)
    return (execute, raw) if callable(execute) and isinstance(raw, sqlite3.Connection) else None


def _drive(steps: Statements, connection: sqlite3.Connection, kept: OrderedDict) -> Any:
    """Run every statement of `steps` on a sqlite3 connection (in the driver's thread), the rows
    as plain tuples (the connection's own rows are sqlite3.Row, slower to make and to read); a
    count (Select with count) is answered from `kept` while the database has not changed."""
    cursor = connection.cursor()
    cursor.row_factory = None
    try:
        rows = None
        while True:
            try:
                statement = steps.send(rows)
            except StopIteration as done:
                return done.value
            sql, params = statement.statement() if isinstance(statement, Select) else statement
            if isinstance(statement, Select) and statement.count:
                rows = _kept_count(kept, cursor, sql, params)
            else:
                rows = cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


# ---- SQL compiled once per query shape -----------------------------------------------------------
# Building a query with Tortoise/pypika costs more than running it on a small table. A query's SQL
# text depends only on its shape (table, conditions with their lookups and the kind of each value,
# sort, whether there is a limit/offset, selected columns, the dialect), not on the values, which
# are bound parameters. So the text is built by Tortoise once per shape and kept (the last
# _COMPILED_MAX shapes); each call only computes its parameters from its conditions, encoded by
# Tortoise's own field and filter functions. The first build of a shape checks that they are exactly
# the parameters Tortoise produced; a shape whose parameters cannot be derived (a lookup or value
# not handled below) or do not match is built by Tortoise every time.

class BoundTerm(Term):
    """A term of a condition's value (`id__in=<term>`) whose SQL text depends only on `shape` and
    whose bound parameters are `params` (the full-text search's matches)."""
    shape: tuple = ()
    params: list = []


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
    """What of a filter value shapes the SQL text: a bound term's shape, a list's length, None or a
    bool itself (`IS NULL`), otherwise only the type."""
    if isinstance(value, BoundTerm):
        return value.shape
    if isinstance(value, Term):
        raise _NotCompilable(type(value).__name__)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ('list', len(value), tuple(sorted({type(v).__name__ for v in value})))
    if value is None or isinstance(value, bool):
        return value
    return type(value).__name__


def _filter_params(model, custom: dict, key: str, value: Any) -> list:
    """The bound parameters Tortoise makes of one filter `key=value` (see tortoise.expressions.Q)."""
    if isinstance(value, BoundTerm):
        return list(value.params)
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


def compiled(select: Select) -> tuple[str, list]:
    """The SQL and parameters of a Select's rows: the SQL built by Tortoise once per shape (see
    above), the parameters derived from the conditions."""
    base, where, annotations, limit, offset = select.base, select.where, select.annotations, select.limit, select.offset
    model = base.model
    params: list = []
    try:
        conditions = tuple(_q_shape(model, annotations, q, params) for q in (*base._q_objects, *where))
    except Exception:    # not compilable, or a value Tortoise itself will refuse: let it build (and say so)
        return sql_of(select.queryset())
    if limit is not None:
        params.append(limit)
    if offset:
        params.append(offset)
    shape = (model._meta.db.capabilities.dialect, model._meta.db_table, conditions,
             tuple((name, a.sql) for name, a in annotations.items()), tuple(select.order), tuple(select.fields),
             limit is not None, bool(offset))
    with _compiled_lock:      # pages are also planned in the SQLite driver's thread (see `run`)
        if shape in _compiled_texts:
            _compiled_texts.move_to_end(shape)
            sql = _compiled_texts[shape]
            if sql is not None:
                return sql, params
    sql, built = sql_of(select.queryset())
    with _compiled_lock:
        _compiled_texts[shape] = sql if list(built) == params else None
        if len(_compiled_texts) > _COMPILED_MAX:
            _compiled_texts.popitem(last=False)
    return sql, built


def sql_of(qs: QuerySet, *criteria: Criterion) -> tuple[str, list]:
    """The SQL and bound parameters the ORM would run for `qs`, with extra WHERE criteria."""
    qs._choose_db_if_not_chosen()
    qs._make_query()
    built = qs.query
    for criterion in criteria:
        built = built.where(criterion)
    return built.get_parameterized_sql()


class After(Criterion):
    """`(a, b, id) < (?, ?, ?)` (or `>`): the rows after a keyset position, parameters bound."""

    def __init__(self, columns: list[str], values: list, descending: bool) -> None:
        super().__init__()
        self.columns, self.values, self.descending = columns, values, descending

    def get_sql(self, ctx) -> str:
        right = ','.join(ValueWrapper(value).get_sql(ctx) for value in self.values)
        return f'({",".join(self.columns)}) {"<" if self.descending else ">"} ({right})'


# ---- a raw column value as the model instance holds it --------------------------------------------

def attribute_converter(meta, column: str, f, raw: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Raw column value -> the model instance's attribute: `raw` (the listing's own conversion of a
    raw value), then what Tortoise's `_init_from_db` does with the column. Shortcuts where that is
    known to change nothing: a date `raw` made is kept as it is; an enum's value becomes its
    member directly."""
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
