"""The declarative description of a table (labels, list columns, search, filters, ordering),
and the registry of every table the panel serves.

A table is registered by decorating its model with `@table(...)`. `check_tables()` runs at
start-up and fails loudly on a typo, like Django's admin checks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from tortoise.fields import Field
from tortoise.fields.relational import ForeignKeyFieldInstance

from models.process_map import PROCESS_BY_CODE, Section

if TYPE_CHECKING:
    from models.base import RecordModel


class TableConfigError(Exception):
    """A table description names something that does not exist."""


@dataclass(frozen=True)
class QuickAction:
    """One tap on a row that moves one field from one stored value to the next (an usulan from
    Diusulkan to Divalidasi Kades). core.records writes it through `save` like any edit, so the
    role matrix, the row's scope, the optimistic lock and the table's own rules decide, never the
    button."""
    key: str          # names its texts: grid.aksi_cepat.<key>
    field: str
    before: Enum      # the value a row must have for the action to apply
    after: Enum


@dataclass
class TableSpec:
    model: type[RecordModel]
    label: str                                 # 'Surat Masuk'
    process: str | None = None                 # process code of the map; None for reference tables
    owner: Section | None = None               # owner section of a reference table
    columns: tuple[str, ...] = ()              # grid columns, in order
    search: tuple[str, ...] = ()               # fields the global search looks in
    filters: tuple[str, ...] = ()              # per-column filters
    ordering: tuple[str, ...] = ('-id',)       # default sort; '-' for descending
    form: tuple[str, ...] = ()                 # form fields; default: every editable field
    readonly: tuple[str, ...] = ()             # shown, never typed (derived values)
    row_label: str = '{id}'                    # how a row reads in a select, e.g. '{kode} {nama}'
    desa_field: str | None = None              # FK to desa that scopes rows for Operator Desa
    parent: str | None = None                  # FK that makes this a child table (disposisi of a surat)
    natural_key: tuple[str, ...] = ()          # fields that identify a row to people, e.g. ('tahun', 'no_agenda'):
                                               # an import finds its duplicates by them (skip or update)
    quick_action: QuickAction | None = None    # a one-tap button in each row where it applies
    children: tuple[str, ...] = field(default=())  # filled in by check_tables()

    @property
    def name(self) -> str:
        return self.model._meta.db_table

    @property
    def fields_map(self) -> dict[str, Field]:
        return self.model._meta.fields_map

    def field(self, name: str) -> Field:
        return self.fields_map[name]

    def label_of(self, name: str) -> str:
        return self.field(name).description or name.replace('_', ' ').capitalize()

    def is_fk(self, name: str) -> bool:
        return isinstance(self.fields_map.get(name), ForeignKeyFieldInstance)

    def sortable(self) -> set[str]:
        """The whitelist of sort keys: exactly the shown columns."""
        return set(self.columns)

    def format_row_label(self, row) -> str:
        return self.row_label.format_map({k: getattr(row, k, '') for k in self.fields_map if not self.is_fk(k)})


TABLES: dict[str, TableSpec] = {}

# `table_description = SAME_AS_LABEL` in a model's Meta: the table's comment in the database is its
# @table label, so the name is written once, with the model.
SAME_AS_LABEL = '<the @table label>'


def table(**options) -> callable:
    """Class decorator that registers a model with its description."""
    def register(model):
        spec = TableSpec(model=model, **options)
        if model._meta.table_description == SAME_AS_LABEL:
            model._meta.table_description = spec.label
        TABLES[model._meta.db_table] = spec
        model.panel = spec
        return model
    return register


def related_table(spec: TableSpec, name: str) -> TableSpec:
    """The table a foreign key points at (works before Tortoise has resolved relations)."""
    target = spec.field(name).model_name
    class_name = target.split('.')[-1] if isinstance(target, str) else target.__name__
    for candidate in TABLES.values():
        if candidate.model.__name__ == class_name:
            return candidate
    raise TableConfigError(f'{spec.name}.{name}: points at {class_name}, which is not a registered table')


def tables_of(process_code: str) -> list[TableSpec]:
    return [spec for spec in TABLES.values() if spec.process == process_code]


def editable_fields(spec: TableSpec) -> list[str]:
    """Fields a person fills in: everything but the bookkeeping, the pk, generated values and the
    `<fk>_id` columns (the FK itself stands for them)."""
    from models.base import RecordModel
    names = []
    for name, f in spec.fields_map.items():
        if name in RecordModel.SYSTEM_FIELDS or f.generated or getattr(f, 'reference', None) is not None:
            continue
        if not f.has_db_field and not spec.is_fk(name):
            continue  # reverse relations
        names.append(name)
    return names


def check_tables() -> None:
    """Validate every description once at start-up; raise with every problem found."""
    import importlib

    from models import MODEL_MODULES
    for module in MODEL_MODULES:
        importlib.import_module(module)  # every table registers itself on import
    problems: list[str] = []
    children: dict[str, list[str]] = {}
    for name, spec in TABLES.items():
        known = spec.fields_map
        if not spec.form:
            spec.form = tuple(editable_fields(spec))
        for option in ('columns', 'search', 'filters', 'form', 'readonly', 'natural_key'):
            for field_name in getattr(spec, option):
                if field_name not in known:
                    problems.append(f'{name}.{option}: no field {field_name!r}')
        for key in spec.ordering:
            if key.lstrip('-') not in known:
                problems.append(f'{name}.ordering: no field {key!r}')
        for field_name in spec.search:
            if field_name in known and spec.is_fk(field_name):
                problems.append(f'{name}.search: {field_name!r} is a relation; search its text fields instead')
        for field_name in spec.natural_key:
            if field_name in known and field_name not in spec.form:
                problems.append(f'{name}.natural_key: {field_name!r} is not a field of the form')
        if len(set(spec.natural_key)) != len(spec.natural_key):
            problems.append(f'{name}.natural_key: a field is named twice')
        if spec.process is None and spec.owner is None:
            problems.append(f'{name}: a reference table needs an owner section')
        if spec.process is not None and spec.process not in PROCESS_BY_CODE:
            problems.append(f'{name}.process: no process {spec.process!r} in the map')
        if spec.quick_action and spec.quick_action.field not in known:
            problems.append(f'{name}.quick_action: no field {spec.quick_action.field!r}')
        for option in ('desa_field', 'parent'):
            value = getattr(spec, option)
            if value is not None and not spec.is_fk(value):
                problems.append(f'{name}.{option}: {value!r} is not a foreign key')
        for fk_name in (n for n in known if spec.is_fk(n)):
            try:
                related_table(spec, fk_name)
            except TableConfigError as error:
                problems.append(str(error))
        if spec.parent and spec.is_fk(spec.parent):
            children.setdefault(related_table(spec, spec.parent).name, []).append(name)
        try:
            spec.row_label.format_map({k: '' for k in known})
        except (KeyError, ValueError) as error:
            problems.append(f'{name}.row_label: {error}')
    if problems:
        raise TableConfigError('Table descriptions are wrong:\n  ' + '\n  '.join(problems))
    for parent_name, child_names in children.items():
        if parent_name in TABLES:
            TABLES[parent_name].children = tuple(child_names)
