"""The Rekap of a grid (issue #19): the rows the grid shows, counted, summed or averaged per value
of one or two columns, and optionally spread over the values of one more, with subtotals and a
grand total, every figure carrying the grid filters that show its rows.

It reads exactly the grid's rows: the listing's own query (core.listing.query.filtered: the row
scope of an Operator Desa, the Rahasia letters hidden from whoever may not see them, the search,
the filters, a child grid's parent), so a rekap never counts a row its reader could not open.

Two steps, each where it is cheap:
- SQL groups and aggregates (one GROUP BY over the listing's query, made a subquery): per group its
  row count, the sum of the value column and its count of values, the month or year of a date
  computed by the database (strftime on SQLite, to_char on PostgreSQL). A million rows never leave
  the database; a few hundred groups do.
- pandas shapes the groups (pivot_table with margins: the column totals and the grand total; again
  per first row column for the subtotals). An average is the sum of the sums over the sum of the
  counts at every level, never an average of averages, so a subtotal is exact. A sum of Rupiah is
  added in whole sen (integers, exact) in SQL and pandas alike, never in floating point.

Labels: a foreign key's id becomes its row's label (core.listing.rows.related_labels), a choice
its stored value, yes/no as the grid shows it, a month 'Januari 2026' (forms.indonesian.MONTHS).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Any

import pandas as pd
from tortoise import fields as tortoise_fields

from core import access
from core.access import Action, Actor
from core.listing import driver, related_labels
from core.listing.query import ListQuery, filtered
from core.listing.search import search_index
from forms.fields import display, kind_of
from forms.indonesian import MONTHS
from locales import t
from models.table import TableSpec

MONTH, YEAR = 'bulan', 'tahun'          # the parts of a date a rekap groups by
COUNT, SUM, AVERAGE = 'jumlah', 'total', 'rata'
GROUPED_KINDS = ('enum', 'fk', 'bool')  # field kinds grouped by their value; a date by its month or year
VALUE_KINDS = ('int', 'decimal', 'money', 'float')
MAX_GROUPS = 20_000                     # more groups than this is no summary: the person is told
_TOTAL = '\x00total'                    # pandas' margin label, never a code of a value
_EMPTY_LAST = 1 << 30                   # the code of an empty value: after every other


class RekapError(ValueError):
    """A rekap that cannot be made as chosen; the message is for the person."""


@dataclass(frozen=True)
class Dimension:
    """A column the rows are grouped by: a field, and for a date its month or year."""
    field: str
    part: str | None = None

    @property
    def key(self) -> str:
        return f'{self.field}:{self.part}' if self.part else self.field

    @classmethod
    def from_key(cls, key: str) -> 'Dimension':
        name, _, part = str(key).partition(':')
        return cls(name, part or None)


@dataclass(frozen=True)
class Measure:
    """What each figure is: the number of rows, or the sum or average of a number column."""
    how: str = COUNT
    field: str | None = None

    @property
    def key(self) -> str:
        return f'{self.how}:{self.field}' if self.field else self.how

    @classmethod
    def from_key(cls, key: str) -> 'Measure':
        how, _, name = str(key).partition(':')
        return cls(how, name or None)


@dataclass(frozen=True)
class RekapChoice:
    """Rows by one or two columns, columns by at most one more, and the figure."""
    rows: tuple[Dimension, ...]
    column: Dimension | None = None
    value: Measure = Measure()

    def to_state(self) -> dict[str, Any]:
        """As a saved view keeps it (core.preferences)."""
        return {'baris': [d.key for d in self.rows], 'kolom': self.column.key if self.column else None,
                'nilai': self.value.key}


def _date_field(spec: TableSpec, name: str) -> bool:
    """A date column (a moment, datetime, is not offered: its month depends on the time zone)."""
    return kind_of(spec.field(name)).name == 'date'


def _offered(spec: TableSpec, actor: Actor | None) -> list[str]:
    """The grid's columns and filters this actor is shown (an Operator Desa's desa is not)."""
    names = (spec.columns_for(actor) + spec.filters_for(actor)) if actor is not None else spec.columns + spec.filters
    return [name for name in dict.fromkeys(names) if name in spec.fields_map]


def dimension_options(spec: TableSpec, actor: Actor | None = None) -> dict[str, str]:
    """The columns a rekap may group by: key -> label ('Status', 'Tanggal Diterima (bulan)')."""
    options: dict[str, str] = {}
    for name in _offered(spec, actor):
        f = spec.field(name)
        if _date_field(spec, name):
            options[Dimension(name, MONTH).key] = t('rekap.per_bulan', kolom=spec.label_of(name))
            options[Dimension(name, YEAR).key] = t('rekap.per_tahun', kolom=spec.label_of(name))
        elif kind_of(f).name in GROUPED_KINDS:
            options[name] = spec.label_of(name)
    return options


def measure_options(spec: TableSpec, actor: Actor | None = None) -> dict[str, str]:
    """The figures a rekap may show: the number of rows, the sum or average of a number column."""
    options = {COUNT: t('rekap.jumlah_baris')}
    for name in _offered(spec, actor):
        if kind_of(spec.field(name)).name in VALUE_KINDS:
            options[Measure(SUM, name).key] = t('rekap.total_dari', kolom=spec.label_of(name))
            options[Measure(AVERAGE, name).key] = t('rekap.rata_dari', kolom=spec.label_of(name))
    return options


def read_choice(spec: TableSpec, state: Any, actor: Actor | None = None) -> RekapChoice | None:
    """A choice as stored or sent (`to_state`), whitelisted by the table's options (and the
    actor's, when given); None when it is not a whole, valid choice."""
    if not isinstance(state, dict):
        return None
    dimensions, measures = dimension_options(spec, actor), measure_options(spec, actor)
    rows = [key for key in state.get('baris') or [] if isinstance(key, str)]
    column = state.get('kolom') or None
    value = state.get('nilai') or COUNT
    chosen = [*rows, *([column] if column else [])]
    if not 1 <= len(rows) <= 2 or any(key not in dimensions for key in chosen) or len(set(chosen)) != len(chosen) \
            or value not in measures:
        return None
    return RekapChoice(tuple(Dimension.from_key(k) for k in rows), Dimension.from_key(column) if column else None,
                       Measure.from_key(value))


# ---- the result ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    """One figure, and the grid filters that show its rows (None when no filter can: an empty value)."""
    value: int | Decimal | float | None
    filters: dict[str, Any] | None


@dataclass(frozen=True)
class RekapLine:
    kind: str                     # 'baris', 'subtotal' or 'total'
    labels: tuple[str, ...]       # one per row column; a subtotal names its first, the total none
    cells: tuple[Cell, ...]       # one per column value, then the line's total


@dataclass(frozen=True)
class Rekap:
    spec: TableSpec
    choice: RekapChoice
    query: ListQuery
    column_labels: tuple[str, ...]    # the column values' labels, then the total's
    lines: tuple[RekapLine, ...]
    value_kind: str                   # the ExportColumn kind of the figures: int, decimal or money

    @property
    def total(self) -> Cell:
        return self.lines[-1].cells[-1]

    def row_headings(self) -> list[str]:
        return [label_of(self.spec, d) for d in self.choice.rows]

    def figures(self) -> dict[tuple[str, ...], Any]:
        """Every figure by its line's labels and its column's heading; a subtotal's line is
        (first value, 'Jumlah'), the grand total's ('Jumlah',)."""
        found = {}
        for line in self.lines:
            labels = {'baris': line.labels, 'subtotal': (line.labels[0], t('rekap.jumlah')),
                      'total': (t('rekap.jumlah'),)}[line.kind]
            for heading, cell in zip(self.column_labels, line.cells):
                found[(*labels, heading)] = cell.value
        return found


def label_of(spec: TableSpec, dimension: Dimension) -> str:
    return dimension_options(spec).get(dimension.key, spec.label_of(dimension.field))


# ---- SQL ---------------------------------------------------------------------------------------

def _bucket_sql(dialect: str, dimension: Dimension, column: str) -> str:
    if dimension.part is None:
        return column
    if dialect == 'postgres':
        return f"to_char({column}, '{'YYYY-MM' if dimension.part == MONTH else 'YYYY'}')"
    return f"strftime('{'%Y-%m' if dimension.part == MONTH else '%Y'}', {column})"


def _scale(spec: TableSpec, measure: Measure) -> int:
    """The figure's unit in the sums: sen for Rupiah (10**decimal places of a decimal column), 1 else."""
    f = spec.field(measure.field) if measure.field else None
    return 10 ** f.decimal_places if isinstance(f, tortoise_fields.DecimalField) else 1


def _sum_sql(spec: TableSpec, measure: Measure, column: str) -> str:
    if _scale(spec, measure) == 1:
        return f'sum({column})'
    return f'sum(CAST(round({column} * {_scale(spec, measure)}) AS BIGINT))'   # whole sen: exact


async def grouped(spec: TableSpec, actor: Actor, query: ListQuery, choice: RekapChoice) -> pd.DataFrame:
    """The GROUP BY of the rekap over the grid's rows: one line per group, columns d0.. (the
    groups' values: an id, a stored choice, a yes/no, 'YYYY-MM' or 'YYYY'), `n` (rows), and for a
    sum or average `s` (the sum, in the measure's unit: see _scale) and `k` (values counted)."""
    await search_index(spec, query.search)
    dimensions = [*choice.rows, *([choice.column] if choice.column else [])]
    measure = choice.value
    names = [f'{d.field}_id' if spec.is_fk(d.field) else d.field for d in dimensions]
    if measure.field:
        names.append(measure.field)
    inner, params = driver.sql_of(filtered(spec, actor, query).values_list(*names))
    dialect = driver.database(spec).capabilities.dialect
    # values_list names its columns "0", "1", ...: the subquery's columns, in `names`' order
    keys = [_bucket_sql(dialect, d, f'"{i}"') for i, d in enumerate(dimensions)]
    figures = ['count(*)']
    if measure.field:
        value = f'"{len(dimensions)}"'
        figures += [_sum_sql(spec, measure, value), f'count({value})']
    by = ', '.join(str(i + 1) for i in range(len(keys)))
    sql = (f'SELECT {", ".join(keys + figures)} FROM ({inner}) AS "_rows" GROUP BY {by} '
           f'LIMIT {MAX_GROUPS + 1}')
    _, rows = await driver.database(spec).execute_query(sql, params)
    if len(rows) > MAX_GROUPS:
        raise RekapError(t('rekap.terlalu_banyak', n=MAX_GROUPS))
    columns = [f'd{i}' for i in range(len(keys))] + ['n'] + (['s', 'k'] if measure.field else [])
    frame = pd.DataFrame([tuple(row) for row in rows], columns=columns, dtype=object)   # None stays None
    for i, d in enumerate(dimensions):
        if kind_of(spec.field(d.field)).name == 'bool':     # SQLite's 0/1, PostgreSQL's booleans
            frame[f'd{i}'] = frame[f'd{i}'].map(lambda v: None if v is None else bool(v))
    if measure.field:
        integral = _scale(spec, measure) > 1 or kind_of(spec.field(measure.field)).name == 'int'
        frame['s'] = frame['s'].map(lambda v: 0 if v is None else int(v) if integral else float(v))
        frame['s'] = frame['s'].astype('int64' if integral else 'float64')
        frame['k'] = frame['k'].astype('int64')
    frame['n'] = frame['n'].astype('int64')
    return frame


# ---- values: their order, labels and grid filters ---------------------------------------------------

@dataclass
class _Values:
    """The values of one dimension found in the groups: in order, with their labels."""
    dimension: Dimension
    ordered: list[Any] = field(default_factory=list)
    labels: dict[Any, str] = field(default_factory=dict)
    codes: dict[Any, int] = field(default_factory=dict)    # value -> its place in `ordered`

    def code(self, value: Any) -> int:
        return _EMPTY_LAST if value is None else self.codes[value]

    def value(self, code: int) -> Any:
        return None if code == _EMPTY_LAST else self.ordered[code]

    def label(self, code: int) -> str:
        return t('rekap.kosong') if code == _EMPTY_LAST else self.labels[self.ordered[code]]


async def _values(spec: TableSpec, dimension: Dimension, found: set) -> _Values:
    f = spec.field(dimension.field)
    present = [v for v in found if v is not None]
    values = _Values(dimension)
    if dimension.part is not None:
        values.ordered = sorted(present)
        values.labels = {v: _period_label(dimension, v) for v in present}
    elif spec.is_fk(dimension.field):
        labels = await related_labels(spec, dimension.field, {int(v) for v in present})
        values.labels = {int(v): labels.get(int(v), str(v)) for v in present}
        values.ordered = sorted(values.labels, key=lambda v: (values.labels[v].casefold(), v))
    elif kind_of(f).name == 'enum':
        declared = [m.value for m in f.enum_type]
        values.ordered = sorted(present, key=lambda v: (declared.index(v) if v in declared else len(declared), str(v)))
        values.labels = {v: str(v) for v in present}
    else:   # yes/no: Ya first
        values.ordered = sorted(present, reverse=True)
        values.labels = {v: display(f, v) for v in present}
    values.codes = {v: i for i, v in enumerate(values.ordered)}
    return values


def _period_label(dimension: Dimension, bucket: str) -> str:
    if dimension.part == MONTH:
        year, month = bucket.split('-')
        return f'{MONTHS[int(month) - 1]} {int(year)}'
    return str(int(bucket))


def _period_range(dimension: Dimension, bucket: str) -> tuple[date, date]:
    if dimension.part == MONTH:
        year, month = (int(part) for part in bucket.split('-'))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(int(bucket), 1, 1), date(int(bucket), 12, 31)


def cell_filters(spec: TableSpec, base: dict[str, Any], fixed: list[tuple[Dimension, Any]]) -> dict[str, Any] | None:
    """The grid filters showing the rows of a cell: the grid's own, narrowed to the cell's values
    (a choice or a reference to that one value, a month or year to its dates, within a date range
    the grid already had). None when a value is empty or its column has no filter."""
    filters = dict(base)
    for dimension, value in fixed:
        name = dimension.field
        if value is None or name not in spec.filters:
            return None
        if dimension.part is not None:
            low, high = _period_range(dimension, value)
            had_low, had_high = base.get(name) or (None, None)
            low, high = max(low, had_low or low), min(high, had_high or high)
            filters[name] = (low, high)
        elif spec.is_fk(name):
            filters[name] = [int(value)]
        elif kind_of(spec.field(name)).name == 'enum':
            filters[name] = [value.value if isinstance(value, Enum) else value]
        else:
            filters[name] = bool(value)
    return filters


# ---- the rekap ---------------------------------------------------------------------------------------

def value_kind(spec: TableSpec, measure: Measure) -> str:
    if measure.how == COUNT:
        return 'int'
    kind = kind_of(spec.field(measure.field)).name
    if kind == 'money':
        return 'money'
    return 'int' if kind == 'int' and measure.how == SUM else 'decimal'


def _figure(spec: TableSpec, measure: Measure, n: int, s: Any = None, k: int = 0) -> int | Decimal | float | None:
    if measure.how == COUNT:
        return int(n)
    scale = _scale(spec, measure)
    if kind_of(spec.field(measure.field)).name == 'float':
        return float(s) if measure.how == SUM else (float(s) / k if k else None)
    total = Decimal(int(s)) / scale if scale > 1 else int(s)
    if measure.how == SUM:
        return total
    return (Decimal(total) / k).quantize(Decimal('0.01'), ROUND_HALF_UP) if k else None


def _pivot(frame: pd.DataFrame, index: list[str], column: str | None, values: list[str]) -> pd.DataFrame:
    """pandas' pivot_table of the groups: sums per index (and column) value, with the margins."""
    return pd.pivot_table(frame, index=index, columns=[column] if column else None, values=values,
                          aggfunc='sum', fill_value=0, margins=True, margins_name=_TOTAL, observed=True)


def _lookup(pivot: pd.DataFrame, measured: list[str], column: str | None) -> dict[str, dict[tuple, Any]]:
    """A pivot's figures as plain dicts, per measure: (row key, column code or _TOTAL) -> value
    (reading them one by one with .loc costs more than all the rest of a small rekap)."""
    found = {}
    for m in measured:
        part = pivot[m] if column else pivot[[m]]
        codes = list(part.columns) if column else [_TOTAL]
        values = part.to_numpy()
        found[m] = {(at, code): values[i, j] for i, at in enumerate(part.index) for j, code in enumerate(codes)}
    return found


async def make_rekap(spec: TableSpec, actor: Actor, query: ListQuery, choice: RekapChoice) -> Rekap:
    """The rekap of the rows the grid shows this actor for this query. Needs only `lihat`: it shows
    no more than the grid does."""
    access.require(actor, Action.LIHAT, spec)
    if read_choice(spec, choice.to_state(), actor) != choice:
        raise RekapError(t('rekap.pilihan_salah'))
    frame = await grouped(spec, actor, query, choice)
    dimensions = [*choice.rows, *([choice.column] if choice.column else [])]
    found = [await _values(spec, d, set(frame[f'd{i}'])) for i, d in enumerate(dimensions)]
    for i, values in enumerate(found):
        frame[f'c{i}'] = [values.code(v) for v in frame[f'd{i}']]
    measured = ['n', 's', 'k'] if choice.value.field else ['n']
    row_codes = [f'c{i}' for i in range(len(choice.rows))]
    column_code = f'c{len(choice.rows)}' if choice.column else None
    columns = sorted(set(frame[column_code])) if column_code and len(frame) else []
    headings = (*(found[-1].label(c) for c in columns), t('rekap.jumlah'))
    base = dict(query.filters)

    def cells(table: dict[str, dict[tuple, Any]], at: Any, fixed: list[tuple[Dimension, Any]]) -> tuple[Cell, ...]:
        made = []
        for code in [*columns, _TOTAL]:
            sums = {m: table[m][(at, code)] for m in measured} if table else dict.fromkeys(measured, 0)
            narrowed = fixed + ([(choice.column, found[-1].value(code))] if code != _TOTAL else [])
            made.append(Cell(_figure(spec, choice.value, **sums), cell_filters(spec, base, narrowed)))
        return tuple(made)

    lines: list[RekapLine] = []
    if len(frame):
        pivot = _pivot(frame, row_codes, column_code, measured)
        main = _lookup(pivot, measured, column_code)
        subtotals = _lookup(_pivot(frame, row_codes[:1], column_code, measured), measured, column_code) \
            if len(row_codes) == 2 else None
        first_codes = [c for c in pivot.index.get_level_values(0).unique() if c != _TOTAL]
        for first in sorted(first_codes):
            first_fixed = [(choice.rows[0], found[0].value(first))]
            if subtotals is None:
                lines.append(RekapLine('baris', (found[0].label(first),), cells(main, first, first_fixed)))
                continue
            for second in sorted(c for c in pivot.loc[first].index if c != _TOTAL):
                fixed = first_fixed + [(choice.rows[1], found[1].value(second))]
                lines.append(RekapLine('baris', (found[0].label(first), found[1].label(second)),
                                       cells(main, (first, second), fixed)))
            lines.append(RekapLine('subtotal', (found[0].label(first), ''), cells(subtotals, first, first_fixed)))
        total_at = (_TOTAL, '') if len(row_codes) == 2 else _TOTAL
        lines.append(RekapLine('total', ('',) * len(row_codes), cells(main, total_at, [])))
    else:
        lines.append(RekapLine('total', ('',) * len(row_codes), cells({}, None, [])))
    return Rekap(spec, choice, query, headings, tuple(lines), value_kind(spec, choice.value))


async def filter_labels(spec: TableSpec, query: ListQuery) -> dict[str, str]:
    """The labels of the rows the query's foreign-key filters chose, for describe_query."""
    labels = {}
    for name, value in query.filters.items():
        if spec.is_fk(name) and value not in (None, [], ()):
            ids = [int(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
            found = await related_labels(spec, name, set(ids))
            labels[name] = ', '.join(found.get(i, str(i)) for i in ids)
    return labels


def describe_choice(spec: TableSpec, choice: RekapChoice) -> str:
    """The choice in words, for the export's title rows: 'Baris: Desa, Status; Kolom: Tahap; Nilai: …'."""
    text = t('rekap.uraian.baris', kolom=', '.join(label_of(spec, d) for d in choice.rows))
    if choice.column:
        text += '; ' + t('rekap.uraian.kolom', kolom=label_of(spec, choice.column))
    return text + '; ' + t('rekap.uraian.nilai', nilai=measure_options(spec).get(choice.value.key, choice.value.key))
