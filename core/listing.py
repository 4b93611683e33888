"""What a grid shows: the query built from search, filters and sort (whitelisted), paged on the
server, and the same query streamed in chunks for the export. One query builder for both, so the
export is exactly what the grid shows.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, AsyncIterator

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

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


def _search_q(spec: TableSpec, text: str) -> Q | None:
    """Every word must appear in at least one search field."""
    words = text.split()
    if not words or not spec.search:
        return None
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
    qs = access.scope(actor, spec, spec.model.filter(deleted_at__isnull=True))
    if query.parent is not None:
        fk, parent_id = query.parent
        if spec.is_fk(fk):
            qs = qs.filter(**{f'{fk}_id': parent_id})
    for q in (_search_q(spec, query.search), *(_filter_q(spec, n, v) for n, v in query.filters.items())):
        if q is not None:
            qs = qs.filter(q)
    return qs.order_by(*_ordering(spec, query.sort))


async def related_labels(spec: TableSpec, name: str, ids: set[int]) -> dict[int, str]:
    """Labels of the rows a foreign key points at, in one query."""
    if not ids:
        return {}
    target = related_spec(spec, name)
    rows = await target.model.filter(id__in=list(ids))
    return {row.id: row_label(target, row) for row in rows}


def row_label(spec: TableSpec, row) -> str:
    values = {name: display(f, getattr(row, name, None)) if f.has_db_field and not spec.is_fk(name) else ''
              for name, f in spec.fields_map.items()}
    return spec.row_label.format_map(values).strip()


async def fetch_page(spec: TableSpec, actor: Actor, query: ListQuery) -> Page:
    qs = build_queryset(spec, actor, query)
    total = await qs.count()
    page_count = max(1, -(-total // query.page_size))
    page = min(max(1, query.page), page_count)
    rows = await qs.offset((page - 1) * query.page_size).limit(query.page_size)
    return Page(await display_rows(spec, rows), total, page, query.page_size)


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


async def export_chunks(spec: TableSpec, actor: Actor, query: ListQuery, columns: list[str],
                        chunk_size: int = 2000) -> AsyncIterator[list[tuple]]:
    """Every row of the query (all pages), as typed tuples of `columns`, a chunk at a time."""
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
