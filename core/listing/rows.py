"""Rows as the grid shows them: text per column, the labels of the rows the foreign keys point at,
and a row's own label (as a select and the export show it)."""
from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable

from core.listing import driver
from core.listing.driver import Select
from core.listing.plan import plan_of
from forms.fields import display
from models.table import TableSpec, related_table


async def related_labels(spec: TableSpec, name: str, ids: set[int]) -> dict[int, str]:
    """Labels of the rows a foreign key points at, in one query (only the label's columns)."""
    if not ids:
        return {}
    target = related_table(spec, name)
    pointed_at = target.model.filter(id__in=sorted(ids))
    if not driver.USE_DRIVER_INTERNALS:
        return {row.id: row_label(target, row) for row in await pointed_at}
    fields, label = plan_of(target).label_maker
    return {row[0]: label(row[1:]) for row in await driver.fetch(target, Select(pointed_at, fields=('id', *fields)))}


def row_label(spec: TableSpec, row) -> str:
    values = {name: '' for name in spec.fields_map}
    for name in spec.label_fields:
        f = spec.fields_map.get(name)
        if f is not None and f.has_db_field and not spec.is_fk(name):
            values[name] = display(f, getattr(row, name, None))
    return spec.row_label.format_map(values).strip()


async def display_rows(spec: TableSpec, rows: list) -> list[dict[str, Any]]:
    """Rows as the grid shows them: text per column, keyed by field name (never by user data)."""
    labels = {name: await related_labels(spec, name, {getattr(r, f'{name}_id') for r in rows} - {None})
              for name in plan_of(spec).fk_columns}
    return shown_rows(spec, rows, labels, attrgetter)


def page_rows(spec: TableSpec, raw: list) -> tuple[list, dict[str, dict[int, str]]]:
    """The raw rows of a page (the plan's `page_fields`, then the labels' fields of its
    `page_labels`; read through its `row_class`), and the labels of the foreign keys (name -> id ->
    label)."""
    plan = plan_of(spec)
    names = plan.page_fields
    labels: dict[str, dict[int, str]] = {}
    at = len(names)
    for name, fields, label in plan.page_labels:
        labels[name] = found = {}
        key = names.index(f'{name}_id')
        for values in raw:
            target = values[key]
            if target is not None and target not in found:
                found[target] = label([values[at + i] for i in range(len(fields))])
        at += len(fields)
    return list(raw), labels


def shown_rows(spec: TableSpec, rows: list, labels: dict[str, dict[int, str]],
               reader: Callable[[str], Callable[[Any], Any]], as_model: Callable[[Any], Any] | None = None
               ) -> list[dict[str, Any]]:
    """`display_rows` with the foreign keys' labels given (foreign key -> id -> label).
    `reader(name)` reads an attribute of a row (`attrgetter` for model instances); `as_model`
    makes a row something with the model's `is_overdue` (model instances already are)."""
    plan = plan_of(spec)
    row_id, version = reader('id'), reader('version')
    # a column of few distinct values (a choice, yes/no, a date) is shown once per value on the page
    columns = [(name, show, f, reader(f'{name}_id') if show is None else reader(name), {} if once else None)
               for name, show, f, once in plan.shown]
    desa = reader(f'{spec.desa_field}_id') if spec.desa_field else None
    overdue = plan.overdue
    out = []
    for row in rows:
        item: dict[str, Any] = {'id': row_id(row), 'version': version(row)}
        for name, show, f, read, shown_as in columns:
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
