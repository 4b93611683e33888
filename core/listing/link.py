"""A grid's filters in a link and back (`?status=Selesai&tanggal_diterima=01/11/2026..30/11/2026`),
for links that open a grid filtered and for saved views, and the query in words for an export's
title rows. Each filter kind says how (forms/filters.py); the state filter (models.table.STATE_FILTER,
`?keadaan=lewat_batas`) is said here, by its value."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from core.listing.query import ListQuery
from forms.filters import filter_of, given
from locales import t
from models.table import STATE_FILTER, Keadaan, TableSpec


def state_label(state: Keadaan | str) -> str:
    """A state in words: 'Masih terbuka', 'Lewat batas waktu'."""
    return t(f'keadaan.nilai.{Keadaan(state).value}')


def filters_to_url(spec: TableSpec, filters: dict[str, Any]) -> dict[str, list[str]]:
    """The inverse of filters_from_url: filters as a link's query parameters (text as people type it)."""
    params: dict[str, list[str]] = {}
    for name, value in filters.items():
        if name == STATE_FILTER:
            if spec.state_condition(value) is not None:
                params[name] = [Keadaan(value).value]
            continue
        if name not in spec.filters or not given(value):
            continue
        params[name] = filter_of(spec.field(name)).to_link(spec.field(name), value)
    return params


SEARCH_PARAM = 'cari'    # a link's search text: /tabel/surat_masuk?cari=undangan&status=Selesai


def grid_link(spec: TableSpec, filters: dict[str, Any] | None = None, search: str = '') -> str:
    """The table's grid opened with these filters and this search (`/tabel/disposisi?status=...`);
    the one way a page, the home page or a Rekap figure links to rows of a grid."""
    params = [(SEARCH_PARAM, search.strip())] if search.strip() else []
    params += [(name, value) for name, values in filters_to_url(spec, filters or {}).items() for value in values]
    return f'/tabel/{spec.name}' + (f'?{urlencode(params)}' if params else '')


def link_search(params: dict[str, list[str]]) -> str:
    """The search a link asks for (SEARCH_PARAM), '' when none."""
    return next((v.strip() for v in params.get(SEARCH_PARAM, []) if v.strip()), '')


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
    and shows no rows for a filter of which nothing could be read (pages/grid_filters.py). The state
    filter is read like a choice of one: a value that is none of the table's states is unreadable."""
    filters: dict[str, Any] = {}
    unreadable: dict[str, list[str]] = {}
    for name, values in params.items():
        values = [v for v in values if v.strip()]
        if name == STATE_FILTER and spec.states() and values:
            if spec.state_condition(values[0].strip()) is None:
                unreadable[name] = values[:1]
            else:
                filters[name] = Keadaan(values[0].strip()).value
            continue
        if name not in spec.filters or not values:
            continue
        value, not_read = filter_of(spec.field(name)).from_link(spec.field(name), values)
        if value is not None:
            filters[name] = value
        if not_read:
            unreadable[name] = not_read
    return LinkFilters(filters, unreadable)


def filters_from_url(spec: TableSpec, params: dict[str, list[str]]) -> dict[str, Any]:
    """The filters of read_link_filters alone: for a saved view, whose values filters_to_url wrote."""
    return read_link_filters(spec, params).filters


def describe_query(spec: TableSpec, query: ListQuery, fk_labels: dict[str, str] | None = None) -> str:
    """The search and the filters in words, for the export's title rows; `fk_labels` holds the
    labels of the rows a foreign key's filter chose, as the page showed them."""
    parts = []
    if query.search.strip():
        parts.append(t('ekspor.filter.pencarian', teks=query.search.strip()))
    for name, value in query.filters.items():
        if name == STATE_FILTER and spec.state_condition(value) is not None:
            parts.append(t('ekspor.filter.pilihan', kolom=t('keadaan.label'), nilai=state_label(value)))
        if name not in spec.filters or not given(value):
            continue
        shown = (fk_labels or {}).get(name, value)
        parts.append(filter_of(spec.field(name)).describe(spec.label_of(name), value, shown))
    return '; '.join(parts) if parts else t('ekspor.filter.semua')
