"""The grid's filter panel: one input a filterable column, read back as the filters of a ListQuery."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core.access import Actor
from core.visible_rows import fk_options
from locales import t
from forms.fields import display, enum_choices, kind_of, to_python
from forms.filters import filter_of
from forms.indonesian import ParseError
from pages.widgets import date_input
from models.table import TableSpec


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
            for name in self.spec.filters_for(self.actor):   # not an Operator Desa's desa: theirs only
                build = FILTER_WIDGETS[filter_of(self.spec.field(name)).widget]
                element = self.inputs[name] = await build(self, name, self.spec.label_of(name))
                if not isinstance(element, tuple):   # a choice made by the person replaces the link's message
                    element.on_value_change(lambda e: setattr(e.sender, 'error', None))

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
            field = self.spec.field(name)
            if isinstance(element, tuple):
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
            named.append(t('grid.filter.tautan_kolom', kolom=self.spec.label_of(name), nilai=shown))
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

    def clear(self) -> None:
        self.unusable.clear()
        self.link_notice.set_visibility(False)
        for element in self.inputs.values():
            for part in element if isinstance(element, tuple) else (element,):
                part.value = [] if getattr(part, 'multiple', False) else None
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
    return ui.select(options, label=label, multiple=True, with_input=True) \
        .props('dense clearable use-chips').classes('min-w-[14rem]').mark(panel.marker(name))


async def _yes_no(panel: FilterPanel, name: str, label: str) -> ui.select:
    return ui.select({True: t('common.ya'), False: t('common.tidak')}, label=label) \
        .props('dense clearable').mark(panel.marker(name))


async def _range(panel: FilterPanel, name: str, label: str) -> tuple[ui.element, ui.element]:
    make = date_input if kind_of(panel.spec.field(name)).name == 'date' else ui.input
    with ui.row().classes('gap-1 no-wrap'):
        low = make(t('grid.filter.dari', kolom=label)).props('dense').classes('w-36').mark(panel.marker(f'{name}-dari'))
        high = make(t('grid.filter.sampai', kolom=label)).props('dense').classes('w-36').mark(panel.marker(f'{name}-sampai'))
    return low, high


FILTER_WIDGETS = {'text': _text, 'choices': _choices, 'references': _references, 'yes_no': _yes_no, 'range': _range}
