"""A grid's query: the search, the per-column filters, the state filter (Keadaan: still open, or past
its deadline, as the table's model says) and the sort a person chose (whitelisted by the table's
description), and the rows an actor sees for it."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from core import access
from core.access import Actor
from core.listing.plan import plan_of
from core.listing.search import search_q
from core.visible_rows import visible_rows
from forms.filters import filter_of, given
from models.table import STATE_FILTER, TableSpec

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


def filter_q(spec: TableSpec, name: str, value: Any) -> Q | None:
    """One per-column filter, or the state filter (models.table.STATE_FILTER), as a Q; filters on
    fields not whitelisted, and a state the table has not, are ignored."""
    if name == STATE_FILTER:
        return spec.state_condition(value) if given(value) else None
    if name not in spec.filters or not given(value):
        return None
    return filter_of(spec.field(name)).condition(name, value)


def ordering(spec: TableSpec, sort: tuple[tuple[str, bool], ...]) -> list[str]:
    """The ORDER BY keys of a sort (see ListingPlan.ordering)."""
    return plan_of(spec).ordering(sort)


def build_queryset(spec: TableSpec, actor: Actor, query: ListQuery) -> QuerySet:
    """The rows an actor sees for a query: not deleted, in their scope, searched, filtered, sorted."""
    return filtered(spec, actor, query).order_by(*ordering(spec, query.sort))


def filtered(spec: TableSpec, actor: Actor, query: ListQuery, search: bool = True) -> QuerySet:
    qs, where = scoped(spec, actor, query, search)
    for q in where:
        qs = qs.filter(q)
    return qs


def scoped(spec: TableSpec, actor: Actor, query: ListQuery, search: bool = True) -> tuple[QuerySet, list[Q]]:
    """The rows an actor may see (not deleted, in their scope), and the query's conditions on them
    (parent, search, filters): `filtered` applies them; a compiled query only reads them."""
    qs = visible_rows(actor, spec)
    where = []
    if query.parent is not None:
        fk, parent_id = query.parent
        if spec.is_fk(fk):
            where.append(Q(**{f'{fk}_id': parent_id}))
    for q in (search_q(spec, query.search) if search else None,
              *(filter_q(spec, n, v) for n, v in query.filters.items())):
        if q is not None:
            where.append(q)
    return qs, where


def narrowed(spec: TableSpec, actor: Actor, query: ListQuery) -> bool:
    """Does anything but the search narrow the rows (a parent, a filter, the actor's row scope)?"""
    return access.is_scoped(actor, spec) or (query.parent is not None and spec.is_fk(query.parent[0])) or \
        any(filter_q(spec, n, v) is not None for n, v in query.filters.items())
