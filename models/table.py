"""The declarative description of a table (labels, list columns, search, filters, ordering),
and the registry of every table the panel serves.

A table is registered by decorating its model with `@table(...)`. `check_tables()` runs at
start-up and fails loudly on a typo, like Django's admin checks.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from string import Formatter
from typing import TYPE_CHECKING, Any

from tortoise.expressions import Q
from tortoise.fields import Field
from tortoise.fields.relational import ForeignKeyFieldInstance

from models.process_map import PROCESS_BY_CODE, Section

if TYPE_CHECKING:
    from models.base import RecordModel


# The grid's built-in filter of a row's state, beside the per-column ones: `?keadaan=lewat_batas`.
# Its rows are the model's own open_filter / overdue_filter (models.base.RecordModel), so the home
# page's counts, 'Untuk saya' and the grid say "still open" and "overdue" once. No field may bear
# the name (check_tables, T012).
STATE_FILTER = 'keadaan'


class Keadaan(str, Enum):
    """The values of STATE_FILTER: still open (work remains), or open past its deadline."""
    TERBUKA = 'terbuka'
    LEWAT_BATAS = 'lewat_batas'


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
    # whom the button is shown to, beyond the ubah right (actor, spec) -> bool; the server still decides
    offered_to: Callable[[Any, 'TableSpec'], bool] | None = None


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
    hints: dict[str, str] = field(default_factory=dict)  # a help text shown under a field's input
    archived: bool = False                     # read-only: seen and exported, never written (a table the
                                               # administrator archived, core/structure.archive_table)
    off_report: tuple[str, ...] = ()           # fields the register's report-format Excel leaves out (columns
                                               # the administrator added without "Tampil di format laporan")
    desa_entry: bool = False                   # Operator Desa fill it for their desa even where the process
                                               # is not theirs (a table the administrator made per desa)
    children: tuple[str, ...] = field(default=())  # filled in by check_tables()

    @property
    def derived(self) -> dict[str, object]:
        """What a service derives from this description alone, made once per description, as Django's
        Options (core/listing/plan.py: the grid's plan). Not a field: a replace()d description starts
        without it, and asdict() and == leave it out."""
        return self.__dict__.setdefault('_derived', {})

    @property
    def name(self) -> str:
        return self.model._meta.db_table

    @property
    def fields_map(self) -> dict[str, Field]:
        return self.model._meta.fields_map

    def field(self, name: str) -> Field:
        return self.fields_map[name]

    def order_keys(self, chosen: list[tuple[str, bool]] | None = None) -> list[str]:
        """ORDER BY keys of (name, descending) pairs, by default the table's own ordering: a foreign
        key sorted by its table's first ordering field (Tortoise cannot order by a relation), `id`
        last so that equal rows keep one order."""
        pairs = chosen or [(key.lstrip('-'), key.startswith('-')) for key in self.ordering]
        keys = []
        for name, descending in pairs:
            path = f'{name}__{related_table(self, name).ordering[0].lstrip("-")}' if self.is_fk(name) else name
            keys.append(('-' if descending else '') + path)
        keys.append('-id' if pairs and pairs[-1][1] else 'id')
        return keys

    def label_of(self, name: str) -> str:
        return self.field(name).description or name.replace('_', ' ').capitalize()

    def is_fk(self, name: str) -> bool:
        return isinstance(self.fields_map.get(name), ForeignKeyFieldInstance)

    @property
    def owner_section(self) -> Section | None:
        """The section that owns the table: its own `owner`, else its process's owner in the map."""
        if self.owner is not None or self.process is None:
            return self.owner
        return PROCESS_BY_CODE[self.process].owner

    def sortable(self) -> set[str]:
        """The whitelist of sort keys: exactly the shown columns."""
        return set(self.columns)

    # ---- what one actor sees of the table, as Django's get_list_display(request) ----------------
    # `actor` is core.access.Actor (is_desa_operator, desa_id). The Operator Desa rule is written
    # here once: their rows are their own desa's, whose column they neither see, filter nor choose.
    def fixed_values(self, actor) -> dict[str, int | None]:
        """Fields this actor never chooses, with the value they always get (an Operator Desa's desa)."""
        if actor.is_desa_operator and self.desa_field is not None:
            return {self.desa_field: actor.desa_id}
        return {}

    def row_scope(self, actor) -> dict[str, int]:
        """The filter that limits this table's rows to the ones the actor may see ({} for all)."""
        return {f'{name}_id': -1 if value is None else value for name, value in self.fixed_values(actor).items()}

    def columns_for(self, actor) -> tuple[str, ...]:
        """The grid columns this actor is shown."""
        fixed = self.fixed_values(actor)
        return tuple(name for name in self.columns if name not in fixed)

    def filters_for(self, actor) -> tuple[str, ...]:
        """The filters this actor is offered."""
        fixed = self.fixed_values(actor)
        return tuple(name for name in self.filters if name not in fixed)

    def choice_scope(self, actor, name: str) -> dict[str, int] | None:
        """For a foreign key the actor picks in the form: the one row a fixed value allows
        ({'id': …}), or None when the target table's own row scope applies."""
        fixed = self.fixed_values(actor)
        if name in fixed:
            return {'id': -1 if fixed[name] is None else fixed[name]}
        return None

    # ---- the row's state (STATE_FILTER) ---------------------------------------------------------
    def states(self) -> tuple[Keadaan, ...]:
        """The states this table can filter by: those its model has a filter for."""
        return tuple(state for state in Keadaan if self.state_condition(state) is not None)

    def state_condition(self, state: Keadaan | str) -> Q | None:
        """The rows in a state (the model's open_filter or overdue_filter, read now, so `office_today()`
        is today's); None for a state the table has not or a value that is no state."""
        try:
            state = Keadaan(state)
        except ValueError:
            return None
        return self.model.open_filter() if state == Keadaan.TERBUKA else self.model.overdue_filter()

    @property
    def label_fields(self) -> list[str]:
        """The fields `row_label` names, in its order: '{kode} {nama}' reads ['kode', 'nama']."""
        return [name for _, name, _, _ in Formatter().parse(self.row_label) if name]

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
    `<fk>_id` columns (the FK itself stands for them). Files come last (a KIB's photo after the
    fields its subclass adds), where the form has room for their thumbnails."""
    from models.base import FilesField, RecordModel
    names = []
    for name, f in spec.fields_map.items():
        if name in RecordModel.SYSTEM_FIELDS or f.generated or getattr(f, 'reference', None) is not None:
            continue
        if not f.has_db_field and not spec.is_fk(name):
            continue  # reverse relations
        names.append(name)
    return sorted(names, key=lambda name: isinstance(spec.fields_map[name], FilesField))


def export_columns(spec: TableSpec) -> list[str]:
    """The grid's columns, then the rest of the form's fields: the file holds the whole record."""
    return [*spec.columns, *(name for name in spec.form if name not in spec.columns)]


def report_columns(spec: TableSpec) -> list[str]:
    """The columns of a register's report-format Excel: the export's, less what is kept off the report."""
    return [name for name in export_columns(spec) if name not in spec.off_report]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the descriptions, in the style of Django's checks framework: an id that
    can be looked up (T001…), what is wrong, and how to mend it."""
    id: str
    message: str
    hint: str = ''

    def __str__(self) -> str:
        return f'{self.id} {self.message}' + (f' (hint: {self.hint})' if self.hint else '')


_LISTS = ('columns', 'search', 'filters', 'form', 'readonly', 'natural_key')


def _check_names(name: str, spec: TableSpec) -> list[Problem]:
    known = spec.fields_map
    problems = [Problem('T001', f'{name}.{option}: no field {field_name!r}', f'one of {", ".join(known)}')
                for option in _LISTS for field_name in getattr(spec, option) if field_name not in known]
    problems += [Problem('T002', f'{name}.ordering: no field {key!r}', "a field name, '-' first for descending")
                 for key in spec.ordering if key.lstrip('-') not in known]
    return problems


def _check_search_and_keys(name: str, spec: TableSpec) -> list[Problem]:
    known = spec.fields_map
    problems = [Problem('T003', f'{name}.search: {field_name!r} is a relation; search its text fields instead')
                for field_name in spec.search if field_name in known and spec.is_fk(field_name)]
    problems += [Problem('T004', f'{name}.natural_key: {field_name!r} is not a field of the form',
                         'a natural key is typed by people, so it must be in the form')
                 for field_name in spec.natural_key if field_name in known and field_name not in spec.form]
    if len(set(spec.natural_key)) != len(spec.natural_key):
        problems.append(Problem('T005', f'{name}.natural_key: a field is named twice'))
    return problems


def _check_place(name: str, spec: TableSpec) -> list[Problem]:
    if spec.process is None and spec.owner is None:
        return [Problem('T006', f'{name}: a reference table needs an owner section',
                        'give it process=<code of the map> or owner=Section.<...>')]
    if spec.process is not None and spec.process not in PROCESS_BY_CODE:
        return [Problem('T007', f'{name}.process: no process {spec.process!r} in the map',
                        f'one of {", ".join(PROCESS_BY_CODE)}')]
    return []


def _check_relations(name: str, spec: TableSpec) -> list[Problem]:
    problems = []
    if spec.quick_action and spec.quick_action.field not in spec.fields_map:
        problems.append(Problem('T008', f'{name}.quick_action: no field {spec.quick_action.field!r}'))
    for option in ('desa_field', 'parent'):
        value = getattr(spec, option)
        if value is not None and not spec.is_fk(value):
            problems.append(Problem('T009', f'{name}.{option}: {value!r} is not a foreign key'))
    for fk_name in (n for n in spec.fields_map if spec.is_fk(n)):
        try:
            related_table(spec, fk_name)
        except TableConfigError as error:
            problems.append(Problem('T010', str(error), 'decorate the model it points at with @table(...)'))
    return problems


def _check_row_label(name: str, spec: TableSpec) -> list[Problem]:
    try:
        spec.row_label.format_map({k: '' for k in spec.fields_map})
    except (KeyError, ValueError) as error:
        return [Problem('T011', f'{name}.row_label: {error}', 'each {placeholder} must be a field name')]
    return []


def _check_reserved(name: str, spec: TableSpec) -> list[Problem]:
    if STATE_FILTER in spec.fields_map:
        return [Problem('T012', f'{name}.{STATE_FILTER}: the name is the grid\'s state filter (STATE_FILTER)',
                        'give the field another name')]
    return []


TABLE_CHECKS = (_check_names, _check_search_and_keys, _check_place, _check_relations, _check_row_label,
                _check_reserved)


def table_problems() -> list[Problem]:
    """Every problem of every table description, all at once; changes nothing."""
    return [problem for name, spec in TABLES.items() for check in TABLE_CHECKS for problem in check(name, spec)]


def finish_tables() -> None:
    """Import every model module (each table registers itself) and fill in what a description
    derives: the default form fields and the child tables. Idempotent."""
    import importlib

    from models import MODEL_MODULES
    for module in MODEL_MODULES:
        importlib.import_module(module)
    children: dict[str, list[str]] = {}
    for name, spec in TABLES.items():
        if not spec.form:
            spec.form = tuple(editable_fields(spec))
        if spec.parent and spec.is_fk(spec.parent):
            try:
                children.setdefault(related_table(spec, spec.parent).name, []).append(name)
            except TableConfigError:
                pass  # reported by T010
    for parent_name, child_names in children.items():
        if parent_name in TABLES:
            TABLES[parent_name].children = tuple(child_names)


def check_tables() -> None:
    """At start-up: finish the descriptions, then fail loudly with every problem found."""
    finish_tables()
    problems = table_problems()
    if problems:
        raise TableConfigError('Table descriptions are wrong:\n  ' + '\n  '.join(map(str, problems)))
