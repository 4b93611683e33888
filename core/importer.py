"""Import of an Excel (xlsx) or CSV file into any registered table, all or nothing.

    plan = await plan_import(spec, actor, data, 'surat.xlsx', OnDuplicate.SKIP)   # read and check; writes nothing
    result = await write_import(spec, actor, plan)                                 # one transaction, one undo group

Columns are found by their Indonesian labels (exports.xlsx_import); every cell goes through the
field registry (typed Excel cells are taken as they are); foreign keys are found by the row label
or code of the row they point at; every row is checked like a single save (core.records.apply_values,
then the table's own rules and the role matrix), in memory where possible. Rows whose natural key
(TableSpec.natural_key) is already stored are skipped or updated, as the user chooses. Nothing is
written unless every row passes; then core.records.write_bulk writes them with executemany, one
audit entry per row plus one IMPOR entry, all in one group that undo_group takes back in one step.

Both steps take an optional `on_progress(done, total)`, called on the event loop with growing row
counts that end at (total, total), so a page can show a progress bar; between two calls the event
loop gets its turn (the file itself is read in a child process with a memory and a time limit,
exports.reader_process, waited for on a worker thread), so the page stays responsive and no file
can take the server down.

Limits: IMPORT_MAX_MB (default 10) and IMPORT_MAX_ROWS (default 100000), read at every import.
"""
from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from string import Formatter
from typing import Any

from core import access, records, user_files
from core.access import Action, Actor
from core.records import GENERAL
from core.texts import t
from exports.table_export import OFFICE, export_columns
from exports.reader_process import read_table_in_child
from exports.xlsx_import import ImportFileError, Table, normalize_label
from exports.xlsx_writer import ExportColumn, write_xlsx
from forms.fields import display, enum_choices, kind_of, to_python
from forms.indonesian import WIB, ParseError, format_date, format_datetime, format_number
from models.base import known_keys
from models.table import TableSpec, related_table

__all__ = ['ImportFileError', 'ImportPlan', 'ImportResult', 'OnDuplicate', 'Progress', 'Status', 'failing_rows_file',
           'limits', 'may_import', 'plan_import', 'shown_cell', 'template_file', 'write_import']

YIELD_EVERY = 500                     # rows checked between two turns of the event loop (and two progress calls)
Progress = Callable[[int, int], None]   # on_progress(rows done, rows in all)


def reason_header() -> str:
    """The reason column of the failing-rows file (skipped on import)."""
    return t('impor.kolom.alasan')


def source_row_header() -> str:
    """Its row-number column (skipped on import too)."""
    return t('impor.kolom.baris_asal')


class OnDuplicate(str, Enum):
    """What happens to a row whose natural key is already stored."""
    SKIP = 'lewati'
    UPDATE = 'perbarui'


class Status(str, Enum):
    """What the import does with a row; `text` is how the preview names it."""
    NEW = 'baru'
    UPDATE = 'diperbarui'
    SAME = 'sama'
    SKIP = 'dilewati'
    ERROR = 'bermasalah'

    @property
    def text(self) -> str:
        return t(f'impor.status.{self.value}')


def limits() -> tuple[int, int]:
    """(bytes, rows) one import may hold; from IMPORT_MAX_MB and IMPORT_MAX_ROWS."""
    megabytes = float(os.environ.get('IMPORT_MAX_MB') or 10)
    rows = int(os.environ.get('IMPORT_MAX_ROWS') or 100_000)
    return int(megabytes * 1024 * 1024), rows


def may_import(actor: Actor | None, spec: TableSpec) -> bool:
    """Import adds rows (tambah) or updates them (ubah): either right opens it."""
    return access.can(actor, Action.TAMBAH, spec) or access.can(actor, Action.UBAH, spec)


def refusal(spec: TableSpec) -> str:
    return t('impor.ditolak', tabel=spec.label)


def require_import(actor: Actor | None, spec: TableSpec) -> None:
    if not may_import(actor, spec):
        raise access.AccessDenied(refusal(spec))


@dataclass
class RowOutcome:
    number: int                                   # the row's number in the uploaded file
    cells: list[Any]                              # as read, in the order of the plan's columns
    status: Status = Status.NEW
    errors: dict[str, str] = field(default_factory=dict)   # field name (or GENERAL) -> message
    row: Any = None                               # the checked row (new, or the stored one with the file's values)
    key: tuple | None = None                      # its natural key (None when a part is empty)
    stored_id: int | None = None                  # the stored row with the same natural key
    before: dict[str, Any] | None = None          # stored values of a row that is updated


@dataclass
class ImportPlan:
    """What an import would do, row by row; nothing is written while planning."""
    spec: TableSpec
    filename: str
    on_duplicate: OnDuplicate
    columns: list[tuple[str, str]]                # (field name, header as written in the file)
    header_row: int
    rows: list[RowOutcome]

    def count(self, status: Status) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def failing(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.errors]

    @property
    def ok(self) -> bool:
        return not any(row.errors for row in self.rows)

    def reason(self, outcome: RowOutcome) -> str:
        """The messages of one row as one line: 'Tanggal Surat: …; No. Agenda: …'."""
        return '; '.join(message if name == GENERAL or name not in self.spec.fields_map
                         else f'{self.spec.label_of(name)}: {message}'
                         for name, message in outcome.errors.items())

    def summary(self) -> str:
        parts = [t('impor.ringkasan.baru', n=format_number(self.count(Status.NEW)))]
        if self.count(Status.UPDATE):
            parts.append(t('impor.ringkasan.diperbarui', n=format_number(self.count(Status.UPDATE))))
        if self.count(Status.SAME):
            parts.append(t('impor.ringkasan.sama', n=format_number(self.count(Status.SAME))))
        if self.count(Status.SKIP):
            parts.append(t('impor.ringkasan.dilewati', n=format_number(self.count(Status.SKIP))))
        if self.failing:
            parts.append(t('impor.ringkasan.bermasalah', n=format_number(len(self.failing))))
        return ', '.join(parts)


@dataclass
class ImportResult:
    group: str
    created: int
    updated: int
    skipped: int

    def message(self, spec: TableSpec) -> str:
        parts = [t('impor.ringkasan.ditambahkan', n=format_number(self.created))]
        if self.updated:
            parts.append(t('impor.ringkasan.diperbarui', n=format_number(self.updated)))
        if self.skipped:
            parts.append(t('impor.ringkasan.dilewati', n=format_number(self.skipped)))
        return t('impor.hasil', tabel=spec.label, rincian=', '.join(parts))


# ---- which columns a file may have -----------------------------------------------------------------

def accepted_labels(spec: TableSpec) -> dict[str, str | None]:
    """Header label → field name for the fields a file gives values for; the table's other columns
    (derived values, as an export writes them) and our failing-rows columns are known and skipped."""
    writable = set(records.writable_fields(spec))
    labels: dict[str, str | None] = {}
    for name in export_columns(spec):
        labels.setdefault(spec.label_of(name), name if name in writable else None)
    labels.setdefault(source_row_header(), None)
    labels.setdefault(reason_header(), None)
    return labels


def required_fields(spec: TableSpec, actor: Actor, parent: tuple[str, int] | None) -> list[str]:
    """Fields without which no row can be saved (no default), less those the import fills itself."""
    names = []
    for name in records.writable_fields(spec):
        f = spec.field(name)
        if f.null or f.default is not None:
            continue
        if parent and name == parent[0] or actor.is_desa_operator and name == spec.desa_field:
            continue
        names.append(name)
    return names


# ---- cells -------------------------------------------------------------------------------------------

def _typed_cell(kind: str, value: Any) -> Any:
    """An Excel cell that is already typed (date, number, boolean) turned into what the field registry
    takes for this kind of field; text is left for the registry to parse."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (time, timedelta)):
        return str(value)
    if kind in ('text', 'longtext', 'fk'):
        if isinstance(value, bool):
            return t('common.ya') if value else t('common.tidak')
        if isinstance(value, float):
            if abs(value) >= 1e15:
                raise ParseError(t('impor.sel.angka_terlalu_panjang'))
            if value.is_integer():
                return str(int(value))
            return repr(value) if kind == 'fk' else repr(value).replace('.', ',')   # 12,5 as Excel showed it
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        return str(value)
    if kind == 'date' and isinstance(value, datetime):
        return value.date()
    if kind == 'datetime' and isinstance(value, date):
        if not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        return value if value.tzinfo else value.replace(tzinfo=WIB)
    if kind in ('decimal', 'money', 'float') and isinstance(value, float) and not isinstance(value, bool):
        return Decimal(f'{value:.15g}')   # Excel keeps 15 significant digits; drop binary noise like 0.30000000000000004
    if kind == 'bool' and isinstance(value, (int, float)) and not isinstance(value, bool) and value in (0, 1):
        return bool(value)
    if kind == 'enum' and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value


def shown_cell(value: Any) -> str:
    """A cell as the preview shows it."""
    if value is None:
        return ''
    if isinstance(value, bool):
        return t('common.ya') if value else t('common.tidak')
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def memo_parse() -> Callable[[Any, Any], Any]:
    """The registry's `to_python`, remembering what each text of a non-text column gave: an import's
    dates, numbers and choices repeat a lot, and the registry parses each in a few microseconds."""
    remembered: dict[tuple[int, str], tuple[bool, Any]] = {}
    worth_it: dict[int, bool] = {}

    def parse(field_obj, raw: Any) -> Any:
        if (memo := worth_it.get(id(field_obj))) is None:
            memo = worth_it[id(field_obj)] = kind_of(field_obj).name not in ('text', 'longtext')
        if not memo or not isinstance(raw, str):
            return to_python(field_obj, raw)
        key = (id(field_obj), raw)
        if (found := remembered.get(key)) is None:
            try:
                found = (True, to_python(field_obj, raw))
            except ParseError as error:
                found = (False, str(error))
            if len(remembered) < 100_000:
                remembered[key] = found
        if not found[0]:
            raise ParseError(found[1])
        return found[1]
    return parse


# ---- foreign keys by their label -------------------------------------------------------------------

def _template_fields(template: str) -> list[str]:
    return [name for _, name, _, _ in Formatter().parse(template) if name]


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
        qs = access.scope(actor, target, target.model.filter(deleted_at__isnull=True))
        text_fields = [n for n in dict.fromkeys([*_template_fields(target.row_label), *target.search,
                                                  *target.natural_key])
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


# ---- natural keys ------------------------------------------------------------------------------------

def _key_attr(spec: TableSpec, name: str) -> str:
    return f'{name}_id' if spec.is_fk(name) else name


def natural_key_of(spec: TableSpec, row) -> tuple | None:
    """The row's natural key, or None when a part of it is empty (such a row never matches)."""
    if not spec.natural_key:
        return None
    key = tuple(getattr(row, _key_attr(spec, name)) for name in spec.natural_key)
    return None if any(part is None or part == '' for part in key) else tuple(
        part.value if isinstance(part, Enum) else part for part in key)


def _key_is_unique_in_db(spec: TableSpec) -> bool:
    """Whether the database itself refuses a second row with the key, deleted rows included."""
    names = {_key_attr(spec, name) for name in spec.natural_key}
    meta = spec.model._meta
    if len(names) == 1 and getattr(spec.fields_map.get(spec.natural_key[0]), 'unique', False):
        return True
    return any({_key_attr(spec, n) for n in together} == names for together in meta.unique_together)


async def stored_keys(spec: TableSpec, keys: set[tuple]) -> dict[tuple, list[tuple[int, bool]]]:
    """The stored rows having one of `keys` as natural key: key -> [(id, deleted)], in a few queries
    for any number of keys (the most varied part of the key is asked for 2000 values at a time).
    Plain SQL with bound parameters: building 100 000 parameters through the query builder took
    longer than the queries."""
    if not keys or not spec.natural_key:
        return {}
    meta = spec.model._meta
    db = meta.db
    attrs = [_key_attr(spec, name) for name in spec.natural_key]
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
        for row in (await db.execute_query(sql, params))[1]:
            row = tuple(row)
            parts = (convert(value) for convert, value in zip(to_python, row))
            key = tuple(part.value if isinstance(part, Enum) else part for part in parts)
            if key in keys:
                found.setdefault(key, []).append((row[-2], bool(row[-1])))
    return found


def _key_text(spec: TableSpec, key: tuple) -> str:
    return ', '.join(f'{spec.label_of(name)} {value}' for name, value in zip(spec.natural_key, key))


# ---- progress ----------------------------------------------------------------------------------------

class _Progress:
    """Progress through work that goes over the same rows more than once, reported in rows: a share
    of the work is given to each pass, so 'baris 1.200 dari 5.000' is 24 % of it whatever the pass.
    Counts only grow; the last report is (rows, rows)."""

    def __init__(self, on_progress: Progress | None, rows: int) -> None:
        self.on_progress, self.rows, self.last = on_progress, rows, -1

    def part(self, start: float, end: float, done: int, of: int) -> None:
        """`done` of `of` items of the pass that is the work from `start` to `end` (fractions)."""
        if self.on_progress is None:
            return
        count = min(self.rows, int((start + (end - start) * (done / of if of else 1)) * self.rows))
        if count > self.last:
            self.last = count
            self.on_progress(count, self.rows)


# ---- planning: read and check every row, write nothing ---------------------------------------------

async def plan_import(spec: TableSpec, actor: Actor, data: bytes, filename: str,
                      on_duplicate: OnDuplicate = OnDuplicate.SKIP, *, parent: tuple[str, int] | None = None,
                      on_progress: Progress | None = None) -> ImportPlan:
    """Read the file and check every row as a save would, without writing anything.

    Raises AccessDenied (no right to add or edit this table) and ImportFileError (a file that
    cannot be imported at all: its message says why). Row problems are in the plan, per row and field.
    `parent` fixes the parent of a child table's rows (an import into the disposisi of one surat).
    `on_progress(done, total)` gets the rows checked so far, from (0, total) once the file is read
    (in a child process) to (total, total), every YIELD_EVERY rows of each pass over them.
    """
    require_import(actor, spec)
    max_bytes, max_rows = limits()
    table: Table = await asyncio.to_thread(read_table_in_child, data, filename, accepted_labels(spec),
                                           max_rows=max_rows, max_bytes=max_bytes)
    names = [name for name, _ in table.columns]
    missing = [spec.label_of(name) for name in required_fields(spec, actor, parent) if name not in names]
    if missing:
        raise ImportFileError(t('impor.kolom_wajib_tidak_ada', kolom=', '.join(missing), tabel=spec.label))
    plan = ImportPlan(spec, filename, on_duplicate, table.columns, table.header_row,
                      [RowOutcome(number, cells) for number, cells in table.rows])
    progress = _Progress(on_progress, len(plan.rows))   # half for the cells, half for the updates and rules
    fks = {name: await ForeignKeys(spec, name).load(actor) for name in names if spec.is_fk(name)}
    kinds = [kind_of(spec.field(name)).name for name in names]
    new_row, parse = records.row_factory(spec), memo_parse()
    may_add = access.can(actor, Action.TAMBAH, spec)
    for index, outcome in enumerate(plan.rows):
        if index % YIELD_EVERY == 0:
            progress.part(0, .5, index, len(plan.rows))
            await asyncio.sleep(0)   # let other users' requests run, and the progress be shown
        values, errors = _values(spec, names, kinds, fks, outcome.cells, parent)
        row = new_row()
        _, parse_errors = records.apply_values(spec, actor, row, values, creating=True, parse=parse)
        outcome.row, outcome.errors = row, parse_errors | errors   # the cell's own message wins
        if not outcome.errors:
            outcome.key = natural_key_of(spec, row)
    stored = await stored_keys(spec, {o.key for o in plan.rows if o.key is not None})
    _match_keys(plan, stored)
    progress.part(0, .5, 1, 1)
    updating = sum(1 for o in plan.rows if o.status == Status.UPDATE and not o.errors)
    rules_from = .5 + .5 * updating / (updating + len(plan.rows))
    await _load_updates(plan, actor, fks, names, kinds, parent,
                        lambda done, of: progress.part(.5, rules_from, done, of))
    with known_keys(spec.model, tuple(_key_attr(spec, name) for name in spec.natural_key), stored):
        for index, outcome in enumerate(plan.rows):   # the table's rules; a uniqueness rule on the key asks `stored`
            if index % YIELD_EVERY == 0:
                progress.part(rules_from, 1, index, len(plan.rows))
                await asyncio.sleep(0)
            if outcome.errors or outcome.status in (Status.SKIP, Status.SAME):
                continue
            if outcome.status == Status.NEW and not may_add:
                outcome.errors = {GENERAL: access.refusal(Action.TAMBAH, spec.label)}
                continue
            row = outcome.row
            outcome.errors = await row.check_rules() or await row.check_actor_rules(actor, outcome.before or {})
            action = Action.TAMBAH if outcome.status == Status.NEW else Action.UBAH
            if not outcome.errors and not access.can(actor, action, spec, row):
                outcome.errors = {GENERAL: access.refusal(action, spec.label)}
    for outcome in plan.rows:
        if outcome.errors:
            outcome.status = Status.ERROR
    progress.part(0, 1, 1, 1)
    return plan


def _values(spec: TableSpec, names: list[str], kinds: list[str], fks: dict[str, ForeignKeys],
            cells: list[Any], parent: tuple[str, int] | None) -> tuple[dict[str, Any], dict[str, str]]:
    """One row's cells as values for core.records.apply_values: typed cells adapted, foreign keys as ids."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, kind, cell in zip(names, kinds, cells):
        try:
            value = _typed_cell(kind, cell)
            if name in fks and value is not None:
                value = fks[name].find(str(value))
        except ParseError as error:
            errors[name] = str(error)
            continue
        values[name] = value
    if parent:
        name, parent_id = parent
        if values.get(name) not in (None, parent_id):
            errors[name] = t('impor.baris.induk_lain', induk=spec.label_of(name))
        values[name] = parent_id
    return values, errors


def _match_keys(plan: ImportPlan, stored: dict[tuple, list[tuple[int, bool]]]) -> None:
    """Duplicates: within the file (an error), and with stored rows (skip, update, or an error)."""
    spec = plan.spec
    unique_in_db = _key_is_unique_in_db(spec)
    first_with: dict[tuple, int] = {}
    for outcome in plan.rows:
        key = outcome.key
        if key is None or outcome.errors:
            continue
        if key in first_with:
            outcome.errors = {GENERAL: t('impor.baris.ganda_di_berkas', baris=first_with[key],
                                         kunci=_key_text(spec, key))}
            continue
        first_with[key] = outcome.number
        live = [row_id for row_id, deleted in stored.get(key, []) if not deleted]
        in_trash = [row_id for row_id, deleted in stored.get(key, []) if deleted]
        if len(live) > 1:
            outcome.errors = {GENERAL: t('impor.baris.ganda_tersimpan', tabel=spec.label, kunci=_key_text(spec, key))}
        elif live:
            outcome.status = Status.SKIP if plan.on_duplicate == OnDuplicate.SKIP else Status.UPDATE
            outcome.stored_id = live[0]
        elif in_trash and unique_in_db:
            outcome.errors = {GENERAL: t('impor.baris.di_sampah', kunci=_key_text(spec, key))}


async def _load_updates(plan: ImportPlan, actor: Actor, fks: dict[str, ForeignKeys], names: list[str],
                        kinds: list[str], parent: tuple[str, int] | None, on_progress: Progress) -> None:
    """The stored rows that the file updates: loaded (a query per 500), given the file's values and checked."""
    spec = plan.spec
    updating = [o for o in plan.rows if o.status == Status.UPDATE and not o.errors]
    if not updating:
        return
    stored: dict[int, Any] = {}
    ids = [o.stored_id for o in updating]
    for start in range(0, len(ids), 500):
        query = access.scope(actor, spec, spec.model.filter(id__in=ids[start:start + 500], deleted_at__isnull=True))
        stored.update({row.id: row for row in await query})
    may_edit = access.can(actor, Action.UBAH, spec)
    for index, outcome in enumerate(updating):
        if index % YIELD_EVERY == 0:
            on_progress(index, len(updating))
            await asyncio.sleep(0)
        row = stored.get(outcome.stored_id)
        if row is None or not may_edit or not access.can(actor, Action.UBAH, spec, row):
            outcome.errors = {GENERAL: t('impor.baris.tidak_berhak_ubah', kunci=_key_text(spec, outcome.key))}
            continue
        before = records.stored_values(spec, row)
        values, errors = _values(spec, names, kinds, fks, outcome.cells, parent)
        _, parse_errors = records.apply_values(spec, actor, row, values, creating=False)
        outcome.row, outcome.before, outcome.errors = row, before, parse_errors | errors
        if not outcome.errors and records.stored_values(spec, row) == before:
            outcome.status = Status.SAME


# ---- writing -------------------------------------------------------------------------------------------

async def write_import(spec: TableSpec, actor: Actor, plan: ImportPlan, *,
                       on_progress: Progress | None = None) -> ImportResult:
    """Write a plan without errors, all or nothing, in one transaction and one undo group.
    Raises AccessDenied, or records.BulkRefused (nothing written) when the data changed meanwhile.
    `on_progress(done, total)` gets the rows written so far, after each chunk (the rows, then their
    audit entries, each a share of the work), and (total, total) once the transaction is committed."""
    require_import(actor, spec)
    if not plan.ok:
        raise records.BulkRefused(t('impor.masih_bermasalah'))
    creates = [o.row for o in plan.rows if o.status == Status.NEW]
    updates = [(o.row, o.before) for o in plan.rows if o.status == Status.UPDATE]
    if creates:
        access.require(actor, Action.TAMBAH, spec)
    if updates:
        access.require(actor, Action.UBAH, spec)
    keys = {o.key for o in plan.rows if o.status == Status.NEW and o.key is not None}
    unique_in_db = _key_is_unique_in_db(spec)

    async def nobody_added_them_meanwhile() -> None:
        clash = [key for key, found in (await stored_keys(spec, keys)).items()
                 if unique_in_db or any(not deleted for _, deleted in found)]
        if clash:
            raise records.BulkRefused(t('impor.baru_saja_disimpan', tabel=spec.label, kunci=_key_text(spec, clash[0])))
    group = uuid.uuid4().hex
    result = ImportResult(group, len(creates), len(updates), plan.count(Status.SKIP))
    rows = len(creates) + len(updates)
    progress = _Progress(on_progress, rows)
    steps, written = 2 * rows + 2, 0          # each row, its audit entry, the import's own entry, the commit

    def wrote(count: int) -> None:
        nonlocal written
        written += count
        progress.part(0, 1, written, steps)
    progress.part(0, 1, 0, steps)
    await records.write_bulk(spec, actor, creates, updates, group=group,
                             note=t('impor.catatan.baris', berkas=plan.filename)[:200],
                             summary=t('impor.catatan.impor', hasil=result.message(spec), berkas=plan.filename),
                             guard=nobody_added_them_meanwhile, on_chunk=wrote)
    progress.part(0, 1, 1, 1)
    return result


# ---- files to download: the failing rows, and the template ---------------------------------------------

async def _one_chunk(rows: list[tuple]) -> AsyncIterator[list[tuple]]:
    for start in range(0, len(rows), 2000):
        yield rows[start:start + 2000]


async def failing_rows_file(plan: ImportPlan, actor: Actor) -> user_files.UserFile:
    """The rows that failed, as they were in the file, with their row number and an 'Alasan' column:
    fix them there and upload that file again (both extra columns are skipped on import)."""
    spec = plan.spec
    columns = [ExportColumn(source_row_header(), 'int', width=10)]
    columns += [ExportColumn(header, kind_of(spec.field(name)).export) for name, header in plan.columns]
    columns.append(ExportColumn(reason_header(), 'text', width=60))
    rows = [(o.number, *o.cells, plan.reason(o)) for o in plan.failing]
    now = datetime.now(WIB)
    with user_files.new(actor.user_id, t('impor.pratinjau.nama_berkas_bermasalah', tabel=spec.name)) as made:
        await write_xlsx(made.path, sheet_title=spec.label, title=t('impor.gagal.judul', tabel=spec.label),
                         subtitle_lines=[t('impor.gagal.diperiksa', berkas=plan.filename, waktu=format_datetime(now),
                                           pengguna=actor.username),
                                         t('impor.gagal.petunjuk', alasan=reason_header(), baris=source_row_header())],
                         columns=columns, chunks=_one_chunk(rows))
    return made


def natural_key_text(spec: TableSpec) -> str:
    """The columns by which a stored row is recognised: 'Tahun + No. Agenda'."""
    return ' + '.join(spec.label_of(n) for n in spec.natural_key)


def template_filename(spec: TableSpec) -> str:
    """'templat_impor_surat_masuk.xlsx'."""
    return t('impor.templat.nama_berkas', tabel=spec.name) + '.xlsx'


async def template_file(spec: TableSpec, actor: Actor) -> user_files.UserFile:
    """An empty sheet with the form's labels as headers and, above them, how to fill it in."""
    require_import(actor, spec)
    names = records.writable_fields(spec)
    required = ', '.join(spec.label_of(n) for n in required_fields(spec, actor, None))
    lines = [OFFICE, t('impor.templat.cara_mengisi'), t('impor.templat.kolom_wajib', kolom=required)]
    if spec.natural_key:
        lines.append(t('impor.templat.data_sudah_ada', kunci=natural_key_text(spec)))
    for name in names:
        f = spec.field(name)
        if kind_of(f).name == 'enum':
            lines.append(t('impor.templat.pilihan', kolom=spec.label_of(name), pilihan=', '.join(enum_choices(f))))
        elif spec.is_fk(name):
            lines.append(await _how_to_name(spec, name, actor))
    columns = [ExportColumn(spec.label_of(n), kind_of(spec.field(n)).export) for n in names]
    with user_files.new(actor.user_id, template_filename(spec)) as made:
        await write_xlsx(made.path, sheet_title=spec.label, title=t('impor.templat.judul', tabel=spec.label),
                         subtitle_lines=lines, columns=columns, chunks=_one_chunk([]))
    return made


async def _how_to_name(spec: TableSpec, name: str, actor: Actor) -> str:
    """How a foreign key is written, with an example from its table: 'Klasifikasi: tulis seperti di
    daftar Klasifikasi Arsip, misalnya "000 Umum", atau Kode-nya saja.'"""
    from core.listing import row_label
    target = related_table(spec, name)
    text = t('impor.templat.rujukan', kolom=spec.label_of(name), tabel=target.label)
    qs = access.scope(actor, target, target.model.filter(deleted_at__isnull=True))
    if example := await qs.order_by(*target.ordering, 'id').first():
        text += t('impor.templat.rujukan_contoh', contoh=row_label(target, example))
    if len(target.natural_key) == 1 and not target.is_fk(target.natural_key[0]):
        text += t('impor.templat.rujukan_kunci', kunci=target.label_of(target.natural_key[0]))
    return text + '.'
