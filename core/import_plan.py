"""The plan of an import: every row of a file already read (core.import_cells.Table) checked as a
save would check it, its duplicates found, and what would happen to it; nothing is written.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from core import access, records
from core.access import Action, Actor
from core.import_cells import ChoiceCodes, choice_codes, memo_parse, typed_cell
from core.import_sheet import ImportFileError, Table
from core.import_keys import ForeignKeys, key_attr, key_is_unique_in_db, key_text, natural_key_of, stored_keys
from core.import_mapping import Mapping, map_columns
from core.import_policy import is_file_column, require_import, required_fields
from core.memory import full_collections_held_during
from core.records import GENERAL
from core.visible_rows import visible_rows
from core.turns import in_turns
from locales import t
from forms.fields import FieldKind, kind_of
from forms.indonesian import ParseError, format_number
from models.base import known_keys
from models.table import TableSpec


Progress = Callable[[int, int], None]   # on_progress(rows done, rows in all)


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
    skipped: list[str] = field(default_factory=list)   # headers of the file columns read past (files' names)
    mapped: list[tuple[str, str | None]] = field(default_factory=list)   # (header, field or None) not labels
    codes: dict[str, ChoiceCodes] = field(default_factory=dict)          # field → its column's codes of choices

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
        text = ', '.join(parts)
        if self.skipped:
            text += '. ' + t('impor.ringkasan.kolom_berkas_dilewati', kolom=', '.join(self.skipped))
        return text


class RowProgress:
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


@full_collections_held_during   # the plan's objects: core.memory
async def plan_rows(spec: TableSpec, actor: Actor, table: Table, filename: str,
                    on_duplicate: OnDuplicate = OnDuplicate.SKIP, *, parent: tuple[str, int] | None = None,
                    on_progress: Progress | None = None, mapping: Mapping | None = None,
                    ask_mapping: bool = False) -> ImportPlan:
    """Check every row of a file already read (`table`, with the columns of
    core.import_policy.accepted_labels, and UNMAPPED ones that `mapping` maps) as a save would,
    without writing anything. An enum column's codes (L/P, 1–4) are read as its choices.

    Raises AccessDenied (no right to add or edit this table), MappingNeeded (a header that is no
    label and that `mapping` does not map, two columns for one field, or `ask_mapping`) and
    ImportFileError (a required column is missing). Row problems are in the plan, per row and field.
    `parent` fixes the parent of a child table's rows (an import into the disposisi of one surat).
    `on_progress(done, total)` gets the rows checked so far, from (0, total) to (total, total),
    at every turn of the event loop in each pass over them (core.turns).
    """
    require_import(actor, spec)
    table, mapped = map_columns(spec, table, mapping, ask=ask_mapping)
    table, skipped = await _without_file_columns(spec, table)
    names = [name for name, _ in table.columns]
    missing = [spec.label_of(name) for name in required_fields(spec, actor, parent) if name not in names]
    if missing:
        raise ImportFileError(t('impor.kolom_wajib_tidak_ada', kolom=', '.join(missing), tabel=spec.label))
    codes = {name: found for index, name in enumerate(names)
             if (found := choice_codes(spec.field(name), (cells[index] for _, cells in table.rows))).choices}
    plan = ImportPlan(spec, filename, on_duplicate, table.columns, table.header_row, [], skipped, mapped, codes)
    progress = RowProgress(on_progress, len(table.rows))   # half for the cells, half for the updates and rules
    fks = {name: await ForeignKeys(spec, name).load(actor) for name in names if spec.is_fk(name)}
    kinds = [kind_of(spec.field(name)) for name in names]
    new_row, parse = records.row_factory(spec), memo_parse()
    may_add = access.can(actor, Action.TAMBAH, spec)
    keys: set[tuple] = set()
    # every pass over the rows lets other users' requests run, and the progress be shown (core.turns)
    async for number, cells in in_turns(table.rows, lambda done, of: progress.part(0, .5, done, of)):
        values, errors = _values(spec, names, kinds, fks, codes, cells, parent)
        row = new_row()
        _, parse_errors = records.apply_values(spec, actor, row, values, creating=True, parse=parse)
        outcome = RowOutcome(number, cells, row=row, errors=parse_errors | errors)   # the cell's own message wins
        if not outcome.errors and (key := natural_key_of(spec, row)) is not None:
            outcome.key = key
            keys.add(key)
        plan.rows.append(outcome)
    stored = await stored_keys(spec, keys)
    updating = await _match_keys(plan, stored)
    progress.part(0, .5, 1, 1)
    rules_from = .5 + .5 * updating / (updating + len(plan.rows))
    await _load_updates(plan, actor, fks, names, kinds, parent,
                        lambda done, of: progress.part(.5, rules_from, done, of))
    with known_keys(spec.model, tuple(key_attr(spec, name) for name in spec.natural_key), stored):
        # the table's rules; a uniqueness rule on the key asks `stored`
        async for outcome in in_turns(plan.rows, lambda done, of: progress.part(rules_from, 1, done, of)):
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


async def _without_file_columns(spec: TableSpec, table: Table) -> tuple[Table, list[str]]:
    """The table without its file columns (an export's files' names), and the headers of those that
    named a file (the preview says they were read past): a record's files are never touched by an import."""
    kept = [index for index, (name, _) in enumerate(table.columns) if not is_file_column(spec, name)]
    if len(kept) == len(table.columns):
        return table, []
    dropped = [index for index in range(len(table.columns)) if index not in kept]
    named: set[int] = set()
    rows = []
    async for number, cells in in_turns(table.rows):
        named.update(index for index in dropped if cells[index] is not None)
        rows.append((number, [cells[index] for index in kept]))
    skipped = [table.columns[index][1] for index in dropped if index in named]
    return Table(table.header_row, [table.columns[index] for index in kept], rows), skipped


def _values(spec: TableSpec, names: list[str], kinds: list[FieldKind], fks: dict[str, ForeignKeys],
            codes: dict[str, ChoiceCodes], cells: list[Any],
            parent: tuple[str, int] | None) -> tuple[dict[str, Any], dict[str, str]]:
    """One row's cells as values for core.records.apply_values: typed cells adapted, codes as their
    choices, foreign keys as ids."""
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, kind, cell in zip(names, kinds, cells):
        try:
            value = typed_cell(kind, cell)
            if name in codes:
                value = codes[name](value)
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


async def _match_keys(plan: ImportPlan, stored: dict[tuple, list[tuple[int, bool]]]) -> int:
    """Duplicates: within the file (an error), and with stored rows (skip, update, or an error).
    Returns how many rows update a stored one."""
    spec = plan.spec
    unique_in_db = key_is_unique_in_db(spec)
    first_with: dict[tuple, int] = {}
    updating = 0
    async for outcome in in_turns(plan.rows):
        key = outcome.key
        if key is None or outcome.errors:
            continue
        if key in first_with:
            outcome.errors = {GENERAL: t('impor.baris.ganda_di_berkas', baris=first_with[key],
                                         kunci=key_text(spec, key))}
            continue
        first_with[key] = outcome.number
        live = [row_id for row_id, deleted in stored.get(key, []) if not deleted]
        in_trash = [row_id for row_id, deleted in stored.get(key, []) if deleted]
        if len(live) > 1:
            outcome.errors = {GENERAL: t('impor.baris.ganda_tersimpan', tabel=spec.label, kunci=key_text(spec, key))}
        elif live:
            outcome.status = Status.SKIP if plan.on_duplicate == OnDuplicate.SKIP else Status.UPDATE
            outcome.stored_id = live[0]
            updating += outcome.status == Status.UPDATE
        elif in_trash and unique_in_db:
            outcome.errors = {GENERAL: t('impor.baris.di_sampah', kunci=key_text(spec, key))}
    return updating


async def _load_updates(plan: ImportPlan, actor: Actor, fks: dict[str, ForeignKeys], names: list[str],
                        kinds: list[FieldKind], parent: tuple[str, int] | None, on_progress: Progress) -> None:
    """The stored rows that the file updates: loaded (a query per 500), given the file's values and checked."""
    spec = plan.spec
    updating = [o for o in plan.rows if o.status == Status.UPDATE and not o.errors]
    if not updating:
        return
    stored: dict[int, Any] = {}
    ids = [o.stored_id for o in updating]
    for start in range(0, len(ids), 500):
        query = visible_rows(actor, spec, id__in=ids[start:start + 500])
        stored.update({row.id: row for row in await query})
    may_edit = access.can(actor, Action.UBAH, spec)
    async for outcome in in_turns(updating, on_progress):
        row = stored.get(outcome.stored_id)
        if row is None or not may_edit or not access.can(actor, Action.UBAH, spec, row):
            outcome.errors = {GENERAL: t('impor.baris.tidak_berhak_ubah', kunci=key_text(spec, outcome.key))}
            continue
        before = records.stored_values(spec, row)
        values, errors = _values(spec, names, kinds, fks, plan.codes, outcome.cells, parent)
        _, parse_errors = records.apply_values(spec, actor, row, values, creating=False)
        outcome.row, outcome.before, outcome.errors = row, before, parse_errors | errors
        if not outcome.errors and records.stored_values(spec, row) == before:
            outcome.status = Status.SAME
