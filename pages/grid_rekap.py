"""The grid's Rekap (issue #19): a dialog that summarises the rows the grid shows (its search,
filters and the reader's scope: core.rekap reads the listing's own query) per value of one or two
columns and across one more, as a table with subtotals and a total and as a bar chart.

Each figure is a link to the grid searched as it was and filtered to its rows (core.listing.grid_link:
a month is the range of its dates), so it opens in this tab or, as any link, in another. The choice can be kept
with a saved view (pages/grid_views.py), which opens the Rekap again when it is applied; the Excel
file of the rekap (exports/rekap_export.py) is offered to whoever may ekspor the table and refused
on the server to anyone else. The Rekap itself needs only lihat: it shows nothing the grid does not.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from nicegui import ui

from core.access import AccessDenied, Action, Actor, can
from core.listing import describe_query, grid_link
from core.rekap import (COUNT, Dimension, Measure, Rekap, RekapChoice, RekapError, dimension_options, filter_labels,
                        make_rekap, measure_options, read_choice)
from exports.rekap_export import export_rekap
from forms.indonesian import format_number, format_rupiah
from locales import t
from models.table import TableSpec
from pages import downloads

if TYPE_CHECKING:
    from pages.grid_host import GridHost
    from pages.grid_phone import PhoneMenu

MAX_SHOWN_LINES = 1000     # the table in the dialog; the Excel file holds every line
MAX_CHART_BARS = 40        # groups in the chart: more bars than this are read from the table
COUNT_JS = 'v => v == null ? "" : v.toLocaleString("id-ID")'   # 1.200, as on the page (pages/dashboard.py)
# A figure is a link to the grid filtered to its rows; a subtotal's and the total's line are bold.
CELL_SLOT = r'''
<q-td :props="props" :class="props.row.tebal ? 'text-weight-bold' : ''">
  <a v-if="props.value && props.value.tautan" :href="props.value.tautan" class="text-primary">{{ props.value.teks }}</a>
  <span v-else-if="props.value && typeof props.value === 'object'">{{ props.value.teks }}</span>
  <span v-else>{{ props.value }}</span>
</q-td>'''

_last_choice: WeakKeyDictionary[Any, RekapChoice] = WeakKeyDictionary()   # per grid: offered again on reopening


def shown_figure(kind: str, value: Any) -> str:
    """A figure in Indonesian: 1.250, Rp 1.250.000, 12,50; nothing for an average of no values."""
    if value is None:
        return ''
    if kind == 'money':
        return format_rupiah(value)
    return format_number(value, 2 if kind == 'decimal' else 0)


def table_of(rekap: Rekap) -> tuple[list[dict], list[dict]]:
    """The QTable's columns and rows: the row columns' labels, then each figure with its link."""
    spec, headings = rekap.spec, rekap.row_headings()
    columns = [{'name': f'r{i}', 'label': heading, 'field': f'r{i}', 'align': 'left'}
               for i, heading in enumerate(headings)]
    columns += [{'name': f'v{i}', 'label': heading, 'field': f'v{i}', 'align': 'right'}
                for i, heading in enumerate(rekap.column_labels)]
    rows = []
    for n, line in enumerate(rekap.lines[:MAX_SHOWN_LINES - 1] + rekap.lines[-1:] if len(rekap.lines) > MAX_SHOWN_LINES
                             else rekap.lines):
        labels = {'baris': line.labels, 'subtotal': (line.labels[0], t('rekap.jumlah')),
                  'total': (t('rekap.jumlah'), *('',) * (len(headings) - 1))}[line.kind]
        row: dict[str, Any] = {'id': n, 'tebal': line.kind != 'baris'}
        row.update({f'r{i}': label for i, label in enumerate(labels)})
        row.update({f'v{i}': {'teks': shown_figure(rekap.value_kind, cell.value),
                              'tautan': grid_link(spec, cell.filters, rekap.query.search)
                              if cell.filters is not None else ''}
                    for i, cell in enumerate(line.cells)})
        rows.append(row)
    return columns, rows


def chart_of(rekap: Rekap) -> dict[str, Any]:
    """The ECharts bar chart: a bar per line (per column value when there is a column)."""
    lines = [line for line in rekap.lines if line.kind == 'baris'][:MAX_CHART_BARS]
    categories = [' – '.join(label for label in line.labels if label) for line in lines]
    spread = rekap.column_labels[:-1]
    if spread:
        series = [{'name': heading, 'type': 'bar', 'stack': 'rekap',
                   'data': [_number(line.cells[i].value) for line in lines]} for i, heading in enumerate(spread)]
    else:
        series = [{'name': rekap.column_labels[-1], 'type': 'bar', 'data': [_number(line.cells[-1].value)
                                                                            for line in lines]}]
    return {'tooltip': {'trigger': 'axis', ':valueFormatter': COUNT_JS},
            'legend': {'type': 'scroll', 'top': 0},
            'grid': {'left': 8, 'right': 10, 'bottom': 8, 'top': 36, 'containLabel': True},
            'xAxis': {'type': 'category', 'data': categories, 'axisLabel': {'interval': 0, 'rotate': 30}},
            'yAxis': {'type': 'value', 'axisLabel': {':formatter': COUNT_JS}},
            'series': series}


def _number(value: Any) -> float | int | None:
    return None if value is None else value if isinstance(value, int) else float(value)


class RekapDialog:
    """The choice (rows by, then by, columns by, the figure), the table and the chart, and the
    buttons to keep the choice in a view and to export it."""

    def __init__(self, view: GridHost, choice: RekapChoice | None) -> None:
        self.view = view
        spec, actor = view.spec, view.actor
        self.dimensions, self.measures = dimension_options(spec, actor), measure_options(spec, actor)
        choice = choice or _last_choice.get(view)
        if choice is None or read_choice(spec, choice.to_state(), actor) is None:   # e.g. a view kept under other rights
            choice = RekapChoice((Dimension.from_key(next(iter(self.dimensions))),))
        self.choice: RekapChoice | None = None    # the one shown
        self.shows = 0                            # rekaps started; only the latest may be shown
        m = view.m
        with ui.dialog() as self.dialog, ui.card().classes('w-full max-w-5xl'):
            ui.label(t('rekap.judul', tabel=spec.label)).classes('text-h6')
            self.described = ui.label().classes('text-body2 text-grey-8').mark(m('rekap-filter'))
            with ui.row().classes('w-full items-end gap-2'):
                self.first = self.select(t('rekap.baris'), self.dimensions, choice.rows[0].key, 'rekap-baris-1')
                self.second = self.select(t('rekap.lalu'), self.dimensions,
                                          choice.rows[1].key if len(choice.rows) > 1 else None, 'rekap-baris-2', True)
                self.across = self.select(t('rekap.kolom'), self.dimensions,
                                          choice.column.key if choice.column else None, 'rekap-kolom', True)
                self.value = self.select(t('rekap.nilai'), self.measures, choice.value.key, 'rekap-nilai')
            self.message = ui.label().classes('text-negative').mark(m('rekap-pesan'))
            self.note = ui.label().classes('text-caption text-grey-7').mark(m('rekap-catatan'))
            self.results = ui.column().classes('w-full')
            with ui.row().classes('w-full justify-end'):
                if not view.query.parent:
                    ui.button(t('rekap.simpan_tampilan'), icon='bookmark_add', on_click=self.save_view) \
                        .props('flat').mark(m('rekap-simpan-tampilan'))
                if can(actor, Action.EKSPOR, spec):
                    ui.button(t('common.ekspor_excel'), icon='download', on_click=self.export) \
                        .props('outline').mark(m('rekap-ekspor'))
                ui.button(t('common.tutup'), on_click=self.dialog.close).mark(m('rekap-tutup'))

    def select(self, label: str, options: dict[str, str], value: str | None, marker: str,
               optional: bool = False) -> ui.select:
        return ui.select(options, label=label, value=value, clearable=optional, on_change=self.show) \
            .props('outlined dense').classes('min-w-[12rem]').mark(self.view.m(marker))

    def chosen(self) -> RekapChoice | None:
        """The choice in the selects, or None (and why, beside them) when it is not a whole one."""
        rows = [key for key in (self.first.value, self.second.value) if key]
        keys = [*rows, *([self.across.value] if self.across.value else [])]
        if not rows or self.value.value not in self.measures:
            self.message.text = t('rekap.pilih_baris')
            return None
        if len(set(keys)) != len(keys):
            self.message.text = t('rekap.kolom_berulang')
            return None
        self.message.text = ''
        return RekapChoice(tuple(Dimension.from_key(k) for k in rows),
                           Dimension.from_key(self.across.value) if self.across.value else None,
                           Measure.from_key(self.value.value or COUNT))

    async def show(self) -> None:
        """Make the rekap of what the grid shows now, for the actor reloaded from the session."""
        choice = self.chosen()
        if choice is None:
            return
        self.shows += 1
        ticket = self.shows
        actor = await self.view.fresh_actor()
        if actor is None:
            return
        spec, query = self.view.spec, self.view.query
        try:
            rekap = await make_rekap(spec, actor, query, choice)
            described = describe_query(spec, query, await filter_labels(spec, query))
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        except RekapError as error:
            self.message.text = str(error)
            return
        if ticket != self.shows:
            return   # a later choice overtook this one
        self.choice = _last_choice[self.view] = choice
        self.described.text = t('ekspor.daftar.filter', filter=described)
        notes = []
        if len(rekap.lines) > MAX_SHOWN_LINES:
            notes.append(t('rekap.terpotong', n=format_number(MAX_SHOWN_LINES)))
        self.note.text = ' '.join(notes)
        columns, rows = table_of(rekap)
        self.results.clear()
        with self.results:
            ui.label(t('rekap.total', nilai=shown_figure(rekap.value_kind, rekap.total.value))) \
                .classes('text-subtitle1').mark(self.view.m('rekap-total'))
            table = ui.table(columns=columns, rows=rows, row_key='id', pagination=0) \
                .props('dense flat bordered separator=cell virtual-scroll').classes('w-full') \
                .style('max-height: 50vh').mark(self.view.m('rekap-tabel'))
            table.add_slot('body-cell', CELL_SLOT)
            ui.echart(chart_of(rekap)).classes('w-full h-72').mark(self.view.m('rekap-grafik'))

    async def save_view(self) -> None:
        """Name a view of the grid's search and filters with this rekap (pages/grid_views.py)."""
        if self.choice is not None:
            await self.view.ask_view_name(rekap=self.choice)

    async def export(self) -> None:
        actor = await self.view.allowed(Action.EKSPOR)
        if actor is None or self.choice is None:
            return
        try:
            made, lines = await export_rekap(self.view.spec, actor, self.view.query, self.choice)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        except RekapError as error:
            self.message.text = str(error)
            return
        ui.notify(t('rekap.ekspor.selesai', n=format_number(lines)), type='positive')
        ui.download.from_url(downloads.link(made))


async def open_rekap(view: GridHost, choice: RekapChoice | None = None) -> RekapDialog:
    """Open the Rekap of the grid, with this choice (a saved view's), else the last one made on
    this grid, else rows by the first column offered; it is made at once."""
    dialog = RekapDialog(view, choice)
    # made anew each time (the grid's query may have changed), so a closed one goes
    dialog.dialog.on_value_change(lambda e: None if e.value else dialog.dialog.delete())
    dialog.dialog.open()
    await dialog.show()
    return dialog


def offers_rekap(actor: Actor, view: GridHost) -> bool:
    return not view.query.parent and can(actor, Action.LIHAT, view.spec) and bool(dimension_options(view.spec, actor))


def add_rekap_button(view: GridHost, more: PhoneMenu) -> None:
    """'Rekap' beside the grid's export actions (the 'Lainnya' menu, the ⋮ menu on a phone), for
    whoever sees the grid, on a table that has a column to group by."""
    if offers_rekap(view.actor, view):
        more.secondary(t('rekap.tombol'), 'table_chart', lambda: open_rekap(view), 'rekap') \
            .tooltip(t('rekap.keterangan'))
