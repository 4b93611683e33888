"""What a grid shows: the query built from search, filters and sort (whitelisted), paged on the
server, and the same query streamed in chunks for the export. One query builder for both, so the
export is exactly what the grid shows.

Speed at a million rows (DESIGN §4; measured by bench/grid.py and bench/export.py):
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
"""
from __future__ import annotations

import re
from string import Formatter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, AsyncIterator, Callable

from pypika_tortoise.terms import Criterion, Term, ValueWrapper
from tortoise import fields as tortoise_fields
from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core import access
from core.access import Actor
from forms.fields import display, kind_of
from forms.indonesian import format_date
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


def _ordering(spec: TableSpec, sort: tuple[tuple[str, bool], ...]) -> list[str]:
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
    return keys


def build_queryset(spec: TableSpec, actor: Actor, query: ListQuery) -> QuerySet:
    """The rows an actor sees for a query: not deleted, in their scope, searched, filtered, sorted."""
    return _filtered(spec, actor, query).order_by(*_ordering(spec, query.sort))


def _filtered(spec: TableSpec, actor: Actor, query: ListQuery, search: bool = True) -> QuerySet:
    qs = access.scope(actor, spec, spec.model.filter(deleted_at__isnull=True))
    if query.parent is not None:
        fk, parent_id = query.parent
        if spec.is_fk(fk):
            qs = qs.filter(**{f'{fk}_id': parent_id})
    for q in (_search_q(spec, query.search) if search else None,
              *(_filter_q(spec, n, v) for n, v in query.filters.items())):
        if q is not None:
            qs = qs.filter(q)
    return qs


def _narrowed(spec: TableSpec, actor: Actor, query: ListQuery) -> bool:
    """Does anything but the search narrow the rows (a parent, a filter, an Operator Desa's scope)?"""
    scoped = actor.is_desa_operator and spec.desa_field is not None
    return scoped or (query.parent is not None and spec.is_fk(query.parent[0])) or \
        any(_filter_q(spec, n, v) is not None for n, v in query.filters.items())


async def _scalars(spec: TableSpec, sql: str, params: list) -> tuple:
    _, rows = await _db(spec).execute_query(sql, params)
    return tuple(rows[0])


async def _count_and_top(spec: TableSpec, actor: Actor, query: ListQuery, fts: str | None) -> tuple[int, int | None]:
    """How many rows the query gives, and the table's highest id when the count came from the
    index (see the module docstring); one round trip where it can."""
    table = spec.name
    top = f'(SELECT max("id") FROM "{table}")'
    deleted = f'SELECT count(*) FROM "{table}" WHERE "deleted_at" IS NOT NULL'
    if not _narrowed(spec, actor, query):
        match = match_expression(query.search) if fts else None
        if not query.search.split():
            total, deleted_count, highest = await _scalars(
                spec, f'SELECT (SELECT count(*) FROM "{table}"), ({deleted}), {top}', [])
            return total - deleted_count, highest
        if match:
            # the index's freshness comes in the same round trip; when rows were edited since the
            # last search they are re-indexed and the count is read again
            matches = f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH ?'
            found, deleted_count, highest, edited, seen = await _scalars(
                spec, f'SELECT (SELECT count(*) FROM "{fts}" WHERE "{fts}" MATCH ?), '
                      f'({deleted} AND +"id" IN ({matches})), {top}, {_edit_marks(spec, fts)}', [match, match])
            if _stale(edited, seen):
                await _sync_fts(spec, fts, (edited, seen))
                return await _count_and_top(spec, actor, query, fts)
            return found - deleted_count, highest
    if fts and match_expression(query.search):
        await _sync_fts(spec, fts)
    return await _filtered(spec, actor, query).count(), None


async def count_rows(spec: TableSpec, actor: Actor, query: ListQuery) -> int:
    """How many rows the query gives, reading only indexes where it can (see the module docstring)."""
    return (await _count_and_top(spec, actor, query, await _detect_fts(spec)))[0]


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
    fts = await _detect_fts(spec)
    total, top = await _count_and_top(spec, actor, query, fts)
    page_count = max(1, -(-total // query.page_size))
    page = min(max(1, query.page), page_count)
    keys = _ordering(spec, query.sort)
    start, end = (page - 1) * query.page_size, min(total, page * query.page_size)
    reverse = start > total - end          # second half: read from the end of the order
    if reverse:
        keys, start, end = _reverse(keys), total - end, total - start
    qs = _filtered(spec, actor, query)
    match = match_expression(query.search) if fts else None
    if match and top is not None and _indexed(spec, keys[0].lstrip('-')):
        if end * top < _WALK_FACTOR * total * total:
            # `+id IN (...)`: SQLite must then walk the sort index and test each row against the matches
            qs = _filtered(spec, actor, query, search=False) \
                .annotate(_fts_id=RawSQL(f'+"{spec.name}"."id"')).filter(_fts_id__in=_FtsIds(fts, match))
    rows = await _models(spec, qs.order_by(*keys).offset(start).limit(end - start)) if end > start else []
    if reverse:
        rows.reverse()
    return Page(await display_rows(spec, rows), total, page, query.page_size)


async def _models(spec: TableSpec, qs: QuerySet) -> list:
    """The rows of `qs` as model instances, read as raw rows and converted by `_raw_converter`
    (Tortoise's own per-value parsing of dates is most of the cost of a read)."""
    projection = list(spec.model._meta.fields_db_projection.items())
    convert = [_raw_converter(spec, name) for name, _ in projection]
    sql, params = _sql_of(qs.values_list(*(name for name, _ in projection)))
    _, rows = await _db(spec).execute_query(sql, params)
    make = spec.model._init_from_db
    return [make(**{column: convert[i](row[i]) for i, (_, column) in enumerate(projection)}) for row in rows]


async def related_labels(spec: TableSpec, name: str, ids: set[int]) -> dict[int, str]:
    """Labels of the rows a foreign key points at, in one query."""
    if not ids:
        return {}
    target = related_spec(spec, name)
    rows = await _models(target, target.model.filter(id__in=list(ids)))
    return {row.id: row_label(target, row) for row in rows}


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
    fk_names = [name for name in spec.columns if spec.is_fk(name)]
    labels = {name: await related_labels(spec, name, {getattr(r, f'{name}_id') for r in rows} - {None})
              for name in fk_names}
    out = []
    for row in rows:
        item: dict[str, Any] = {'id': row.id, 'version': row.version}
        for name in spec.columns:
            if name in labels:
                item[name] = labels[name].get(getattr(row, f'{name}_id'), '')
            else:
                item[name] = display(spec.field(name), getattr(row, name))
        if row.is_overdue():
            item['_terlambat'] = True
        if spec.desa_field:
            item['_desa_id'] = getattr(row, f'{spec.desa_field}_id')
        out.append(item)
    return out


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
        return lambda v: v
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
            params[name] = ['Ya' if value else 'Tidak']
        else:
            params[name] = [str(value)]
    return params


def filters_from_url(spec: TableSpec, params: dict[str, list[str]]) -> dict[str, Any]:
    """Filters given in a link (`?status=Selesai&tanggal_diterima=01/11/2026..30/11/2026&klasifikasi=3`),
    read with the field registry; names not in the table's filters and unreadable values are ignored."""
    from forms.fields import to_python
    from forms.indonesian import ParseError
    filters: dict[str, Any] = {}
    for name, values in params.items():
        if name not in spec.filters or not values:
            continue
        field_obj = spec.field(name)
        kind = kind_of(field_obj)
        try:
            if kind.filter == 'range':
                low, _, high = values[0].partition('..')
                filters[name] = (to_python(field_obj, low) if low.strip() else None,
                                 to_python(field_obj, high) if high.strip() else None)
            elif kind.filter == 'in':
                filters[name] = [to_python(field_obj, v).value for v in values]
            elif kind.filter == 'fk':
                filters[name] = [to_python(field_obj, v) for v in values]
            elif kind.filter == 'bool':
                filters[name] = to_python(field_obj, values[0])
            else:
                filters[name] = values[0].strip()
        except (ParseError, AttributeError):
            continue
    return filters


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
