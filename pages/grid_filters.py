"""The grid's filter panel: one input a filterable column, and Keadaan (the state filter: still open,
past its deadline) for a table whose model says which rows are, read back as the filters of a ListQuery;
and the same filters in the columns' headers (AG Grid community's text, number and date filters),
which only edit the panel's inputs, so a header filter is the panel's server-side filter."""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from nicegui import ui

from core.access import Actor
from core.listing.link import state_label
from core.visible_rows import fk_options
from locales import t
from forms.fields import display, enum_choices, kind_of, to_python
from forms.filters import filter_of
from forms.indonesian import ParseError
from pages.reference_picker import search_on_server, too_long_to_list
from pages.widgets import date_input
from models.table import STATE_FILTER, TableSpec


class FilterPanel:
    """Per-column filters: text contains, enum in, date or number range, foreign key.

    Values of a link that could not be read (core.listing.read_link_filters) are named in a notice
    and beside their input. A filter of which nothing could be read holds the grid back: it shows
    no rows (rather than more rows than the link asked for) until the filters are applied again
    once readable, or cleared."""

    def __init__(self, spec: TableSpec, actor: Actor, prefix: str = '') -> None:
        self.prefix = prefix
        self.spec = spec
        self.actor = actor
        self.inputs: dict[str, Any] = {}
        self.unusable: set[str] = set()   # filters of the link of which nothing could be read

    async def build(self) -> None:
        self.link_notice = ui.label().classes('w-full text-warning').mark(f'{self.prefix}filter-tautan')
        self.link_notice.set_visibility(False)
        with ui.row().classes('w-full items-start gap-3'):
            if self.spec.states():   # first: the question most asked of a table with a deadline
                self.inputs[STATE_FILTER] = _state(self)
            for name in self.spec.filters_for(self.actor):   # not an Operator Desa's desa: theirs only
                build = FILTER_WIDGETS[filter_of(self.spec.field(name)).widget]
                self.inputs[name] = await build(self, name, self.spec.label_of(name))
            for element in self.inputs.values():
                if not isinstance(element, tuple):   # a choice made by the person replaces the link's message
                    element.on_value_change(lambda e: setattr(e.sender, 'error', None))

    def label(self, name: str) -> str:
        """A filter's name as the panel shows it: its column's, or 'Keadaan'."""
        return t('keadaan.label') if name == STATE_FILTER else self.spec.label_of(name)

    def marker(self, name: str) -> str:
        """The marker of a filter's input (of a range's bound: `<name>-dari`, `<name>-sampai`)."""
        return f'{self.prefix}filter-{name}'

    def holds_back(self) -> bool:
        """Does a filter of the link, of which nothing could be read, still hold the grid back?"""
        return bool(self.unusable)

    def values(self) -> dict[str, Any] | None:
        """The filters as a dict for ListQuery; None when an input cannot be read (its message is shown)."""
        result: dict[str, Any] = {}
        ok = True
        for name, element in self.inputs.items():
            if isinstance(element, tuple):
                field = self.spec.field(name)
                bounds = []
                for part in element:
                    part.error = None
                    try:
                        bounds.append(to_python(field, part.value))
                    except ParseError as error:
                        part.error = str(error)
                        ok = False
                        bounds.append(None)
                if any(b is not None for b in bounds):
                    result[name] = tuple(bounds)
            elif name in self.unusable and element.error:
                ok = False   # still the link's value that could not be read
            elif element.value not in (None, '', []):
                result[name] = element.value
        if ok and self.unusable:
            self.unusable.clear()   # readable now: what is applied next is the person's choice
            self.link_notice.set_visibility(False)
        return result if ok else None

    def fill(self, filters: dict[str, Any], unreadable: dict[str, list[str]] | None = None) -> None:
        """Show filters that came with the link (or a saved view) in their inputs, and the link's
        values that could not be read beside them and in the notice."""
        for name, value in filters.items():
            element = self.inputs.get(name)
            if isinstance(element, tuple):
                for part, bound in zip(element, value):
                    part.value = display(self.spec.field(name), bound) if bound is not None else None
            elif element is not None:
                element.value = value
        named = []
        for name, values in (unreadable or {}).items():
            element = self.inputs.get(name)
            if element is None:
                continue
            shown = ', '.join(t('grid.filter.kutip', nilai=value) for value in values)
            named.append(t('grid.filter.tautan_kolom', kolom=self.label(name), nilai=shown))
            if name not in filters:
                self.unusable.add(name)
            if isinstance(element, tuple):   # the text as given: its message comes beside the bound
                for part, text in zip(element, values[0].partition('..')[::2]):
                    part.value = text.strip() or None
            elif name in filters:
                element.error = t('grid.filter.tautan_diabaikan', nilai=shown)
            else:
                element.error = t('grid.filter.tautan_tidak_dimengerti', nilai=shown)
        if named:
            named_text = ', '.join(named)
            self.link_notice.text = t('grid.filter.tautan_tertahan', filter=named_text) if self.unusable \
                else t('grid.filter.tautan_sebagian', filter=named_text)
            self.link_notice.set_visibility(True)
            self.values()   # the message of a range's unreadable bound, beside it

    def set_value(self, name: str, value: Any) -> None:
        """One filter's input set to a value as ListQuery holds it (a range as (low, high)), or
        emptied by None: what a header filter changes."""
        element = self.inputs.get(name)
        if element is None:
            return
        self.unusable.discard(name)
        if isinstance(element, tuple):
            for part, bound in zip(element, value or (None, None)):
                part.value = display(self.spec.field(name), bound) if bound is not None else None
                part.error = None
        else:
            element.value = value
            element.error = None

    def clear(self) -> None:
        self.unusable.clear()
        self.link_notice.set_visibility(False)
        for name, element in self.inputs.items():
            for part in element if isinstance(element, tuple) else (element,):
                part.value = [] if getattr(part, 'multiple', False) else '' if name == STATE_FILTER else None
                if hasattr(part, 'error'):
                    part.error = None


# ---- the input of each kind of filter (forms/filters.py names it: FilterKind.widget) -------------

async def _text(panel: FilterPanel, name: str, label: str) -> ui.input:
    return ui.input(label).props('dense clearable').mark(panel.marker(name))


async def _choices(panel: FilterPanel, name: str, label: str) -> ui.select:
    return ui.select(enum_choices(panel.spec.field(name)), label=label, multiple=True) \
        .props('dense clearable use-chips').classes('min-w-[12rem]').mark(panel.marker(name))


async def _references(panel: FilterPanel, name: str, label: str) -> ui.select:
    options = await fk_options(panel.spec, name, panel.actor)
    element = ui.select(options, label=label, multiple=True, with_input=True) \
        .props('dense clearable use-chips').classes('min-w-[14rem]').mark(panel.marker(name))
    return search_on_server(element, panel.spec, name, panel.actor) if too_long_to_list(options) else element


async def _yes_no(panel: FilterPanel, name: str, label: str) -> ui.select:
    return ui.select({True: t('common.ya'), False: t('common.tidak')}, label=label) \
        .props('dense clearable').mark(panel.marker(name))


async def _range(panel: FilterPanel, name: str, label: str) -> tuple[ui.element, ui.element]:
    make = date_input if kind_of(panel.spec.field(name)).name == 'date' else ui.input
    with ui.row().classes('gap-1 no-wrap'):
        low = make(t('grid.filter.dari', kolom=label)).props('dense').classes('w-36').mark(panel.marker(f'{name}-dari'))
        high = make(t('grid.filter.sampai', kolom=label)).props('dense').classes('w-36').mark(panel.marker(f'{name}-sampai'))
    return low, high


def _state(panel: FilterPanel) -> ui.select:
    """Keadaan: every row ('' , Semua), or the states the table has (models.table.STATE_FILTER)."""
    options = {'': t('keadaan.semua'), **{state.value: state_label(state) for state in panel.spec.states()}}
    return ui.select(options, value='', label=t('keadaan.label')).props('dense') \
        .classes('min-w-[12rem]').mark(panel.marker(STATE_FILTER))


FILTER_WIDGETS = {'text': _text, 'choices': _choices, 'references': _references, 'yes_no': _yes_no, 'range': _range}


# ---- the filters in the columns' headers ---------------------------------------------------------

_NUMBERS = {'int': int, 'float': float, 'decimal': lambda v: Decimal(str(v)), 'money': lambda v: Decimal(str(v))}
_RANGE_OPTIONS = ['inRange', 'equals', 'greaterThanOrEqual', 'lessThanOrEqual']
# No rows are filtered in the browser (the page holds the server's rows, as text): the filter is
# only a way to edit the query, so every row passes it there (AG Grid's enableFilterHandlers).
_PASS = '() => true'


def header_filter(field: Any) -> dict[str, Any] | None:
    """The AG Grid column filter of a field's header (its `filter` and `filterParams`): text that
    contains, or a range of dates or numbers; None for the kinds only the panel filters (choices,
    references, yes/no, percentages)."""
    kind = kind_of(field)
    params: dict[str, Any] = {'buttons': ['reset', 'apply'], 'closeOnApply': True, 'maxNumConditions': 1}
    if kind.filter == 'contains':
        return {'filter': {'component': 'agTextColumnFilter', ':doesFilterPass': _PASS},
                'filterParams': {**params, 'filterOptions': ['contains']}}
    if kind.filter == 'range' and kind.name in ('date', *_NUMBERS):
        component = 'agDateColumnFilter' if kind.name == 'date' else 'agNumberColumnFilter'
        return {'filter': {'component': component, ':doesFilterPass': _PASS},
                'filterParams': {**params, 'filterOptions': _RANGE_OPTIONS, 'inRangeInclusive': True}}
    return None


def header_model(spec: TableSpec, names: list[str], filters: dict[str, Any]) -> dict[str, Any]:
    """The query's filters of these columns as AG Grid's filter model, for the headers to show."""
    model = {}
    for name in names:
        value = filters.get(name)
        if value in (None, '', (None, None)):
            continue
        kind = kind_of(spec.field(name)).name
        if isinstance(value, str):
            model[name] = {'filterType': 'text', 'type': 'contains', 'filter': value}
            continue
        low, high = value
        if kind == 'date':
            iso = lambda d: f'{d.isoformat()} 00:00:00' if d is not None else None   # noqa: E731
            entry = {'filterType': 'date', 'dateFrom': iso(low if low is not None else high), 'dateTo': iso(high)}
        else:
            number = lambda n: float(n) if isinstance(n, Decimal) else n   # noqa: E731
            entry = {'filterType': 'number', 'filter': number(low if low is not None else high),
                     'filterTo': number(high)}
        if low is not None and high is not None:
            entry['type'] = 'equals' if low == high else 'inRange'
        else:
            entry['type'] = 'greaterThanOrEqual' if low is not None else 'lessThanOrEqual'
        model[name] = entry
    return model


def from_header_model(spec: TableSpec, names: list[str], model: Any) -> dict[str, Any]:
    """AG Grid's filter model, as the browser sent it, read back as the query's filters of these
    columns (None: no filter). Anything else of the model (another column, an unknown type, a
    value that is no date or number) is left out."""
    model = model if isinstance(model, dict) else {}
    result: dict[str, Any] = {}
    for name in names:
        entry = model.get(name)
        result[name] = _read_entry(kind_of(spec.field(name)).name, entry) if isinstance(entry, dict) else None
    return result


def _read_entry(kind: str, entry: dict[str, Any]) -> Any:
    kind_of_type = entry.get('type')
    if entry.get('filterType') == 'text':
        text = entry.get('filter')
        return text.strip() or None if isinstance(text, str) and kind_of_type == 'contains' else None
    try:
        if entry.get('filterType') == 'date' and kind == 'date':
            first, second = (date.fromisoformat(str(entry[key])[:10]) if entry.get(key) else None
                             for key in ('dateFrom', 'dateTo'))
        elif entry.get('filterType') == 'number' and kind in _NUMBERS:
            first, second = (_NUMBERS[kind](entry[key]) if isinstance(entry.get(key), (int, float))
                             and not isinstance(entry.get(key), bool) else None for key in ('filter', 'filterTo'))
        else:
            return None
    except (ValueError, InvalidOperation, OverflowError):
        return None
    if first is None:
        return None
    return {'inRange': (first, second), 'equals': (first, first), 'greaterThanOrEqual': (first, None),
            'lessThanOrEqual': (None, first)}.get(kind_of_type)
