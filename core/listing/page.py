"""One page of the grid: the count and the page's rows with their display text.

- The count avoids scanning live rows where it can: no filter at all is "all rows minus deleted
  rows", and a search alone is "index matches minus deleted matches"; both read indexes only.
- A page in the second half of the result is read in the reversed order, so the last page costs
  what the first does; a search with many matches walks the sort column's index.
- The count and the page are one hand-off to the SQLite driver's thread (driver.run), the
  foreign keys' labels are joined into the page's query, and a page reads only the fields it shows
  and converts a value only when it is shown (ListingPlan.row_class).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from tortoise.expressions import Q, RawSQL

from core.access import Actor
from core.listing import driver
from core.listing.driver import Select, Statements
from core.listing.plan import plan_of
from core.listing.query import ListQuery, Page, filtered, narrowed, ordering, scoped
from core.listing.rows import display_rows, page_rows, shown_rows
from core.listing.search import (FtsIds, detect_fts, edit_marks, index_covers, match_expression, stale, sync_fts,
                                 uses_index)
from forms.filters import filter_of, given
from models.table import TableSpec


@dataclass(frozen=True)
class _Stale:
    """The full-text index misses edits made since the last search: (latest edit, latest indexed)."""
    marks: tuple


def _count_steps(spec: TableSpec, actor: Actor, query: ListQuery, fts: str | None) -> Statements:
    """How many rows the query gives, and the table's highest id when the count came from the
    index (see the module docstring), in one statement; `_Stale` when the index must be brought
    up to date first."""
    table = spec.name
    top = f'(SELECT max("id") FROM "{table}")'
    deleted = f'SELECT count(*) FROM "{table}" WHERE "deleted_at" IS NOT NULL'
    if not narrowed(spec, actor, query):
        match = match_expression(query.search) if fts else None
        if not query.search.split():
            (total, deleted_count, highest), = yield f'SELECT (SELECT count(*) FROM "{table}"), ({deleted}), {top}', []
            return total - deleted_count, highest
        if match:
            # the index's freshness comes in the same statement
            matches = f'SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH ?'
            (found, deleted_count, highest, edited, seen), = yield (
                f'SELECT (SELECT count(*) FROM "{fts}" WHERE "{fts}" MATCH ?), '
                f'({deleted} AND +"id" IN ({matches})), {top}, {edit_marks(spec, fts)}', [match, match])
            if stale(edited, seen):
                return _Stale((edited, seen))
            return found - deleted_count, highest
    qs, where = scoped(spec, actor, query)
    (total,), = yield Select(qs, where, count=True)
    return total, None


async def _counted(spec: TableSpec, actor: Actor, query: ListQuery, steps: Callable[[str | None], Statements]) -> Any:
    """Run `steps(fts)` (a generator that starts with `_count_steps`) with the full-text index up
    to date: when the count finds it stale, re-index the edited rows and run it again."""
    fts = await detect_fts(spec)
    if fts and uses_index(query.search) and (narrowed(spec, actor, query) or not index_covers(spec)
                                             or match_expression(query.search) is None):
        await sync_fts(spec, fts)     # the count reads the query itself (search_q), not the index's marks
    if fts and not index_covers(spec):
        fts = None                    # no shortcut through the index alone (search.index_covers)
    result = await driver.run(spec, steps(fts))
    while isinstance(result, _Stale):      # again if someone edited a row in between
        await sync_fts(spec, fts, result.marks)
        result = await driver.run(spec, steps(fts))
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


@dataclass(frozen=True)
class _Window:
    """Where a page lies in the result: its number, its rows' order and their slice of it, read
    from the end of the order when `reverse` (then the rows come back reversed)."""
    page: int
    keys: list[str]
    start: int
    end: int
    reverse: bool


def _window(spec: TableSpec, query: ListQuery, total: int) -> _Window:
    page_count = max(1, -(-total // query.page_size))
    page = min(max(1, query.page), page_count)
    keys = ordering(spec, query.sort)
    start, end = (page - 1) * query.page_size, min(total, page * query.page_size)
    reverse = start > total - end          # second half: read from the end of the order
    if reverse:
        keys, start, end = _reverse(keys), total - end, total - start
    return _Window(page, keys, start, end, reverse)


async def fetch_page(spec: TableSpec, actor: Actor, query: ListQuery) -> Page:
    """One page of the grid: the count, the page's rows and their display text."""
    if not driver.USE_DRIVER_INTERNALS:
        return await _plain_page(spec, actor, query)
    total, page, raw = await _counted(spec, actor, query, lambda fts: _page_steps(spec, actor, query, fts))
    rows, labels = page_rows(spec, raw)
    row = plan_of(spec).row_class
    return Page(shown_rows(spec, rows, labels, row.reader, row), total, page, query.page_size)


async def _plain_page(spec: TableSpec, actor: Actor, query: ListQuery) -> Page:
    """`fetch_page` on the plain ORM path: model instances, shown by display_rows."""
    total = await count_rows(spec, actor, query)
    at = _window(spec, query, total)
    rows = []
    if at.end > at.start:
        rows = await filtered(spec, actor, query).order_by(*at.keys).offset(at.start).limit(at.end - at.start)
    return Page(await display_rows(spec, rows[::-1] if at.reverse else rows), total, at.page, query.page_size)


def _sqlite(spec: TableSpec) -> bool:
    """`+column` keeps SQLite from using an index on the column; PostgreSQL plans for itself."""
    return driver.database(spec).capabilities.dialect == 'sqlite'


def _choices_unindexed(spec: TableSpec, query: ListQuery) -> tuple[dict[str, RawSQL], list[Q], ListQuery] | None:
    """The query's choice filters on the table's own columns as conditions on `+"<column>"` (an
    expression no index serves), with the annotations they need and the query without them; None
    when it has none."""
    annotations, conditions, rest = {}, [], dict(query.filters)
    for name, value in query.filters.items():
        if name in spec.filters and given(value) and not spec.is_fk(name) and filter_of(spec.field(name)).name == 'in':
            plain = f'_plain_{name}'
            annotations[plain] = RawSQL(f'+"{spec.name}"."{spec.field(name).source_field or name}"')
            conditions.append(filter_of(spec.field(name)).condition(plain, value))
            del rest[name]
    return (annotations, conditions, query.with_(filters=rest)) if conditions else None


def _page_steps(spec: TableSpec, actor: Actor, query: ListQuery, fts: str | None) -> Statements:
    """The count, then the page's raw rows in the grid's order (see rows.page_rows): (total, page
    number, raw rows)."""
    counted = yield from _count_steps(spec, actor, query, fts)
    if isinstance(counted, _Stale):
        return counted
    total, top = counted
    at = _window(spec, query, total)
    keys, start, end = at.keys, at.start, at.end
    if end <= start:
        return total, at.page, []
    qs, where = scoped(spec, actor, query)
    annotations = {}
    match = match_expression(query.search) if fts else None
    if match and top is not None and _indexed(spec, keys[0].lstrip('-')):
        if end * top < _WALK_FACTOR * total * total:
            # `+id IN (...)`: SQLite must then walk the sort index and test each row against the matches
            qs, where = scoped(spec, actor, query, search=False)
            annotations = {'_fts_id': RawSQL(f'+"{spec.name}"."id"')}
            where.append(Q(_fts_id__in=FtsIds(fts, match)))
    elif not match and _sqlite(spec) and _indexed(spec, keys[0].lstrip('-')) and \
            (walked := _choices_unindexed(spec, query)):
        (rows,), = yield f'SELECT max("id") FROM "{spec.name}"', []
        if rows and end * rows < _WALK_FACTOR * total * total:
            # a broad choice filter (Status Selesai: most of the table) as `+status IN (...)`: SQLite
            # walks the sort index and tests each row, instead of sorting every matching row
            annotations, conditions, rest = walked
            qs, where = scoped(spec, actor, rest)
            where += conditions
    plan = plan_of(spec)
    columns = (*plan.page_fields, *(f'{name}__{f}' for name, fields, _ in plan.page_labels for f in fields))
    raw = yield Select(qs, where, annotations=annotations, order=tuple(keys), offset=start, limit=end - start,
                       fields=columns)
    return total, at.page, raw[::-1] if at.reverse else raw
