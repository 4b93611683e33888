"""How an import recognises rows: a foreign key by what people write for the row it points at (its
label, its code, one of its text fields), and a row already stored by its natural key
(TableSpec.natural_key), asked of the database in a few queries for any number of rows.
"""
from __future__ import annotations

from enum import Enum

from core import records
from core.access import Actor
from core.import_sheet import normalize_label
from core.turns import in_turns
from core.visible_rows import visible_rows
from locales import t
from forms.fields import display, kind_of
from forms.indonesian import ParseError
from models.table import TableSpec, related_table


class ForeignKeys:
    """The rows one foreign key may point at, found by what people write: the row's label as the grid
    and the export show it ('000 Umum'), its natural key ('000', '35.08.03.2001'), or one of its text
    fields used in the label or search ('Umum', 'Jugosari', an older spelling in the alias).
    Built with one query per column, once per import."""

    def __init__(self, spec: TableSpec, name: str) -> None:
        self.spec, self.name = spec, name
        self.target = related_table(spec, name)
        self.exact: dict[str, set[int]] = {}     # the label and natural key: matched first
        self.loose: dict[str, set[int]] = {}     # single text fields: used when unambiguous

    async def load(self, actor: Actor) -> ForeignKeys:
        from core.listing import row_label
        target = self.target
        # scoped like the grid; an Operator Desa's own desa is enforced by apply_values, with its own message
        qs = visible_rows(actor, target)
        text_fields = [n for n in dict.fromkeys([*target.label_fields, *target.search, *target.natural_key])
                       if n in target.fields_map and not target.is_fk(n)
                       and kind_of(target.field(n)).name in ('text', 'int')]
        for row in await qs:
            keys = {row_label(target, row)}
            if len(target.natural_key) == 1 and not target.is_fk(target.natural_key[0]):
                keys.add(display(target.field(target.natural_key[0]), getattr(row, target.natural_key[0])))
            for key in keys:
                self.exact.setdefault(normalize_label(key), set()).add(row.id)
            for n in text_fields:
                if (value := getattr(row, n)) not in (None, ''):
                    self.loose.setdefault(normalize_label(value), set()).add(row.id)
        return self

    def find(self, text: str) -> int:
        key = normalize_label(text)
        for index in (self.exact, self.loose):
            ids = index.get(key)
            if ids and len(ids) == 1:
                return next(iter(ids))
            if ids:
                raise ParseError(t('impor.sel.rujukan_ganda', teks=text, tabel=self.target.label))
        raise ParseError(t('impor.sel.rujukan_tidak_ada', teks=text, tabel=self.target.label))


def key_attr(spec: TableSpec, name: str) -> str:
    return f'{name}_id' if spec.is_fk(name) else name


def natural_key_of(spec: TableSpec, row) -> tuple | None:
    """The row's natural key, or None when a part of it is empty (such a row never matches)."""
    if not spec.natural_key:
        return None
    key = tuple(getattr(row, key_attr(spec, name)) for name in spec.natural_key)
    return None if any(part is None or part == '' for part in key) else tuple(
        part.value if isinstance(part, Enum) else part for part in key)


def key_is_unique_in_db(spec: TableSpec) -> bool:
    """Whether the database itself refuses a second row with the key, deleted rows included."""
    names = {key_attr(spec, name) for name in spec.natural_key}
    meta = spec.model._meta
    if len(names) == 1 and getattr(spec.fields_map.get(spec.natural_key[0]), 'unique', False):
        return True
    return any({key_attr(spec, n) for n in together} == names for together in meta.unique_together)


async def stored_keys(spec: TableSpec, keys: set[tuple]) -> dict[tuple, list[tuple[int, bool]]]:
    """The stored rows having one of `keys` as natural key: key -> [(id, deleted)], in a few queries
    for any number of keys (the most varied part of the key is asked for 2000 values at a time).
    Plain SQL with bound parameters: building 100 000 parameters through the query builder took
    longer than the queries."""
    if not keys or not spec.natural_key:
        return {}
    meta = spec.model._meta
    db = meta.db
    attrs = [key_attr(spec, name) for name in spec.natural_key]
    to_python = [meta.fields_map[attr].to_python_value for attr in attrs]
    distinct = [sorted({key[i] for key in keys}, key=repr) for i in range(len(attrs))]
    widest = max(range(len(attrs)), key=lambda i: len(distinct[i]))
    columns = ', '.join(f'"{meta.fields_db_projection[attr]}"' for attr in attrs)
    found: dict[tuple, list[tuple[int, bool]]] = {}
    for start in range(0, len(distinct[widest]), 2000):
        asked = {widest: distinct[widest][start:start + 2000]}
        asked.update({i: values for i, values in enumerate(distinct) if i != widest and len(values) <= 100})
        conditions, params = [], []
        for i, values in asked.items():
            marks = records.placeholders(db, len(values), start=len(params))
            conditions.append(f'"{meta.fields_db_projection[attrs[i]]}" IN ({", ".join(marks)})')
            params.extend(values)
        sql = (f'SELECT {columns}, "{meta.db_pk_column}" AS id, "deleted_at" IS NOT NULL AS deleted '
               f'FROM "{meta.db_table}" WHERE {" AND ".join(conditions)}')
        async for row in in_turns((await db.execute_query(sql, params))[1]):
            row = tuple(row)
            parts = (convert(value) for convert, value in zip(to_python, row))
            key = tuple(part.value if isinstance(part, Enum) else part for part in parts)
            if key in keys:
                found.setdefault(key, []).append((row[-2], bool(row[-1])))
    return found


def key_text(spec: TableSpec, key: tuple) -> str:
    return ', '.join(f'{spec.label_of(name)} {value}' for name, value in zip(spec.natural_key, key))
