"""The grid's columns: which of the table's columns this person is shown, and their definitions for
AG Grid (header with the sort marks, width by the field's kind, inline editor, header filter,
alignment, the key column kept on the left)."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core.access import Action, can
from forms.fields import enum_choices, kind_of
from locales import t
from pages.grid_filters import header_filter, header_model
from pages.grid_host import GridHost
from pages.grid_phone import PHONE, key_column

SORT_MARK = {False: '▲', True: '▼'}

# Widths by the field's kind, so that a table fits what it holds on first open: long text takes
# the room that is left (flex), dates and codes are narrow. A width the person set wins.
_FIXED = {'date': 105, 'datetime': 150, 'int': 90, 'decimal': 120, 'float': 120, 'money': 140,
          'percent': 100, 'enum': 110, 'bool': 90, 'files': 90}
_KEY_WIDTH = 220   # the key column, kept on the left: wide enough to read, not the whole grid

# AG Grid's own texts (its localeText keys), each in the catalogue as grid.aggrid.<key>
GRID_TEXTS = ('loadingOoo', 'noRowsToShow', 'page', 'of', 'to', 'more', 'next', 'last', 'first', 'previous',
              'pageLastRowUnknown', 'pageSizeSelectorLabel', 'filterOoo', 'equals', 'notEqual', 'contains',
              'notContains', 'startsWith', 'endsWith', 'blank', 'notBlank', 'lessThan', 'greaterThan',
              'lessThanOrEqual', 'greaterThanOrEqual', 'inRange', 'inRangeStart', 'inRangeEnd', 'before', 'after',
              'andCondition', 'orCondition', 'applyFilter', 'resetFilter', 'clearFilter', 'cancelFilter',
              'dateFormatOoo', 'empty', 'columnFilter', 'ariaFilterInput', 'ariaFilterValue',
              'ariaFilteringOperator', 'ariaFilterColumn', 'ariaFilterMenuOpen', 'ariaSortableColumn',
              'ariaColumnFiltered', 'ariaRowSelect', 'ariaSearch')


def locale_text() -> dict[str, str]:
    """AG Grid's texts in the person's language ("Memuat…", "Tidak ada data.", the filters' words)."""
    return {key: t(f'grid.aggrid.{key}') for key in GRID_TEXTS}


def keep_option(grid: ui.aggrid, name: str, value: Any) -> None:
    """The element's copy of a grid option set to what the grid in the browser has been sent through
    AG Grid's API, without an update: an update would build the grid anew. Kept in step so that a
    grid drawn again (a new page of the same client, any later update) shows the same."""
    with grid.props.suspend_updates():
        grid.options[name] = value


def send_option(grid: ui.aggrid, name: str, value: Any) -> None:
    """One option of the grid in the browser changed in place (AG Grid's setGridOption), which
    keeps its instance: its columns are not built and measured again."""
    keep_option(grid, name, value)
    grid.run_grid_method('setGridOption', name, value)


def send_columns(grid: ui.aggrid, column_defs: list[dict[str, Any]]) -> None:
    """The column definitions, sent only when they differ from those the grid has (a sort's marks
    in the headers, a column hidden or shown): a page change or a search sends none."""
    if column_defs != grid.options.get('columnDefs'):
        send_option(grid, 'columnDefs', column_defs)


def column_width(field: Any) -> dict[str, Any]:
    """The width of a column by its field's kind: fixed for dates, numbers, choices and files,
    a share of the room left (flex) for text, twice as much for long text."""
    kind = kind_of(field)
    if kind.name in _FIXED:
        return {'width': _FIXED[kind.name]}
    if kind.name == 'text' and (getattr(field, 'max_length', None) or 1000) <= 32:
        return {'width': 130}   # codes: NIK, NIP, kode
    long = kind.name == 'longtext' or (getattr(field, 'max_length', None) or 1000) > 200
    return {'flex': 2, 'minWidth': 200} if long else {'flex': 1, 'minWidth': 130}


class Columns(GridHost):
    """Part of TableView (pages/table_view.py): its column definitions."""

    def shown_columns(self) -> list[str]:
        """The table's columns this actor is shown (TableSpec.columns_for: an Operator Desa's rows
        are all of their own desa, so not its column), less the parent's in a child grid."""
        return [name for name in self.spec.columns_for(self.actor)
                if not (self.query.parent and name == self.query.parent[0])]

    def inline_editable(self, name: str | None) -> bool:
        """May this person edit the column in the grid's cell (a double click, F2 or Enter)?"""
        if name not in self.spec.columns or not can(self.actor, Action.UBAH, self.spec):
            return False
        return (kind_of(self.spec.field(name)).inline and not self.spec.is_fk(name)
                and name in self.spec.form and name not in self.spec.readonly)

    def header_filtered(self) -> list[str]:
        """The shown columns with a filter in their header (text, dates, numbers); the others'
        filters are in the filter panel only."""
        shown = self.shown_columns()
        return [name for name in self.spec.filters_for(self.actor)
                if name in shown and header_filter(self.spec.field(name))]

    def grid_state(self) -> dict[str, Any]:
        """What the grid shows of the query when it is drawn again: the header filters."""
        return {'filter': {'filterModel': header_model(self.spec, self.header_filtered(), self.query.filters)}}

    def column_defs(self) -> list[dict[str, Any]]:
        sort = self.query.sort
        shown = self.shown_columns()
        pinned = key_column(self.spec, shown)
        filtered = set(self.header_filtered())
        quick = self.quick_column()
        columns = [quick] if quick else []
        for name in shown:
            field = self.spec.field(name)
            kind = kind_of(field)
            header = self.spec.label_of(name)
            for place, (sorted_name, descending) in enumerate(sort, start=1):
                if sorted_name == name:
                    header += f' {SORT_MARK[descending]}' + (str(place) if len(sort) > 1 else '')
            column: dict[str, Any] = {'headerName': header, 'field': name, 'sortable': False,
                                      'headerTooltip': t('grid.toolbar.urutkan'), 'hide': name in self.hidden,
                                      **column_width(field)}
            if name in self.widths:
                column.pop('flex', None)
                column['width'] = self.widths[name]
            editable = self.inline_editable(name)
            column['editable'] = editable
            if editable and kind.name == 'enum':
                column['cellEditor'] = 'agSelectCellEditor'
                column['cellEditorParams'] = {'values': ([''] if field.null else []) + enum_choices(field)}
            if kind.numeric:
                column['type'] = 'rightAligned'
            if name in filtered:
                column.update(header_filter(field))
            if name == pinned:   # kept on the left on every screen; on a phone at most 40% of it, wrapped
                column[':pinned'] = "'left'"
                column.pop('flex', None)
                column.setdefault('width', _KEY_WIDTH)
                column[':maxWidth'] = f'{PHONE} ? Math.round(window.innerWidth * 0.4) : undefined'
                column[':wrapText'] = PHONE
                column[':autoHeight'] = PHONE
                column[':cellStyle'] = f"{PHONE} ? {{lineHeight: '1.4', paddingTop: '12px', paddingBottom: '12px'}} : undefined"
            columns.append(column)
        return columns
