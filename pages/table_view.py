"""The grid of any registered table: paged on the server, sorted by whitelisted columns, searched,
filtered, edited inline or in a form, deleted, and exported. Every event handler reloads the actor
from the session and goes through core.records / core.access, so a forged event changes nothing.
"""
from __future__ import annotations

from typing import Any, Callable

from nicegui import ui

from core import importer, records
from core.access import AccessDenied, Action, Actor, can, refusal
from core.listing import PAGE_SIZES, ListQuery, Page, fetch_page, row_label
from core.preferences import grid_preference
from locales import t
from forms.indonesian import format_number
from pages.record_form import ActorLoader, open_record_form
from models.table import TABLES, TableSpec
from pages.grid_export import Export
from pages.grid_bulk import SelectedRows
from pages.grid_filters import FilterPanel, from_header_model, header_model
from pages.grid_paste import PASTE_JS, PasteFromExcel
from pages.grid_columns import Columns, keep_option, locale_text, send_columns, send_option
from pages.grid_host import grid_event
from pages.grid_phone import PHONE, PhoneMenu
from pages.grid_quick_action import QUICK_COLUMN, QuickAction
from pages.grid_trash import Trash
from pages.grid_undo import UndoBanner
from pages.grid_views import ColumnsAndViews
from pages.history import show_history
from pages.print_routes import add_print_action
from pages.import_dialog import ImportDialog, import_button

# After a click on a row: tell the server which row is selected now (read from the grid itself).
SELECTION_JS = """(event) => {
  const grid = getElement(GRID_ID);
  const rows = grid && grid.api ? grid.api.getSelectedRows() : [];
  emit({selected: rows.length > 0, data: rows.length ? rows[0] : event.data});
}"""

# A click on a header sorts (with Shift: adds the column to the sort); a click on its filter button
# only opens the filter. AG Grid's event does not carry the click, and NiceGUI hands it on later, so
# the click is noted as it happens (capture phase, before AG Grid's own listeners) when the grid is
# ready, and read when the event comes.
NOTE_HEADER_CLICKS_JS = """() => {
  if (window.panelHeaderClick !== undefined) return;
  window.panelHeaderClick = {};
  document.addEventListener('click', (e) => {
    const target = e.target && e.target.closest ? e.target : null;
    if (target && target.closest('.ag-header-cell'))
      window.panelHeaderClick = {shift: e.shiftKey, filter: !!target.closest('.ag-header-cell-filter-button')};
  }, true);
}"""
HEADER_CLICK_JS = """(e) => {
  const click = window.panelHeaderClick || {};
  if (!click.filter) emit({colId: e.colId, shift: !!click.shift});
}"""

# The toolbar's buttons a little narrower than Quasar's, and its secondary buttons (outlined or flat)
# with their words only, so that it is one line at 1366 px; Tambah keeps its icon.
TOOLBAR_CSS = """
.grid-toolbar .q-btn:not(.q-btn--round) { padding-left: 8px; padding-right: 8px; }
.grid-toolbar .q-btn .q-icon.on-left { margin-right: 4px; }
.grid-toolbar .q-btn:not(.q-btn--round):not(.bg-primary) .q-icon.on-left { display: none; }
"""


def next_sort(sort: tuple[tuple[str, bool], ...], name: str, shift: bool) -> tuple[tuple[str, bool], ...]:
    """A click on a column's header: ascending, descending, then back to the table's default order.
    With Shift the column is added to the sort (or its direction changed, or it is taken out) and
    the other columns keep theirs; without, it is the only column sorted."""
    current = dict(sort).get(name)
    step = {None: False, False: True, True: None}[current]
    if not shift:
        return () if step is None else ((name, step),)
    if current is None:
        return (*sort, (name, False))
    return tuple((n, step) if n == name else (n, d) for n, d in sort if n != name or step is not None)


class ToolbarMenu:
    """The toolbar's secondary actions (Hapus, Riwayat, Sampah, Impor, the reports) in one
    'Lainnya' menu on a wide screen, so that the toolbar is one line at 1366 px; on a phone they
    are in the ⋮ menu (PhoneMenu) as before. Ekspor Excel stays a button of its own."""
    on_the_toolbar = ('ekspor',)

    def __init__(self, phone: PhoneMenu, m: Callable[[str], str]) -> None:
        self.phone = phone
        self.m = m
        with ui.button(icon='more_horiz').props(f'flat round dense aria-label="{t("grid.toolbar.lainnya_desktop")}"') \
                .classes('gt-xs').tooltip(t('grid.toolbar.lainnya_desktop')).mark(m('tombol-lainnya')) as self.button:
            self.menu = ui.menu().mark(m('menu-lainnya-desktop'))

    def add(self, text: str, icon: str, handler: Any, marker: str) -> None:
        self.phone.add(text, icon, handler, marker)

    def secondary(self, text: str, icon: str, handler: Any, marker: str, props: str = 'outline') -> ui.element:
        if marker in self.on_the_toolbar:
            return self.phone.secondary(text, icon, handler, marker, props)
        self.phone.add(text, icon, handler, marker)
        return self.item(text, icon, handler, marker, negative='negative' in props)

    def item(self, text: str, icon: str, handler: Any, marker: str, negative: bool = False) -> ui.menu_item:
        with self.menu, ui.menu_item(on_click=handler).classes('gt-xs').mark(self.m(marker)) as item:
            with ui.item_section().props('avatar'):
                ui.icon(icon, color='negative' if negative else None)
            ui.item_section(text).classes('whitespace-nowrap')
        return item

    def build(self) -> None:
        self.button.move(target_index=-1)   # last on the toolbar's line
        self.phone.build()


class TableView(Columns, ColumnsAndViews, PasteFromExcel, UndoBanner, SelectedRows, QuickAction, Trash, Export):
    """The grid, composed here: building, loading pages, sorting and the row events; the columns,
    filter panel, column chooser and saved views, paste, undo banner, quick action, trash and export
    each live in their own pages/grid_*.py, and what they use of the grid is pages/grid_host.py's
    GridHost."""

    def __init__(self, spec: TableSpec, actor: Actor, load_actor: ActorLoader, *,
                 parent: tuple[str, int] | None = None, filters: dict[str, Any] | None = None,
                 unreadable: dict[str, list[str]] | None = None, search: str = '') -> None:
        """`filters`, `unreadable` and `search` come from a link (core.listing.read_link_filters, link_search)."""
        self.spec = spec
        self.actor = actor
        self.load_actor = load_actor
        self.query = ListQuery(parent=parent, filters=filters or {}, search=search)
        self.unreadable = unreadable or {}
        self.page: Page | None = None
        self.selected: dict[str, Any] | None = None
        self.hidden: set[str] = set()
        self.widths: dict[str, int] = {}
        self.refreshes = 0   # refreshes started; only the latest may fill the grid
        self.drawn = False   # the grid has been given its first rows (with the page); later ones go by its API
        self.filters = FilterPanel(spec, actor, 'anak-' if parent else '')

    def m(self, marker: str) -> str:
        """Markers of a child grid (disposisi inside a surat) start with 'anak-'."""
        return f'anak-{marker}' if self.query.parent else marker

    # ---- building -------------------------------------------------------------------------
    async def build(self) -> None:
        spec = self.spec
        self.hidden, self.widths = await grid_preference(self.actor, spec)
        ui.add_css(TOOLBAR_CSS)
        with ui.row().classes('w-full items-center gap-1 grid-toolbar'):
            more = ToolbarMenu(PhoneMenu(self.m), self.m)   # secondary actions: one menu on any screen
            search_text = t('grid.toolbar.cari', tabel=spec.label.lower())
            self.search = ui.input(placeholder=search_text, value=self.query.search) \
                .props(f'dense outlined clearable debounce=400 aria-label="{search_text.rstrip("…")}"') \
                .classes('w-full sm:w-32').mark(self.m('cari'))
            self.search.on_value_change(lambda: self.apply(page=1))
            with self.search.add_slot('prepend'):
                ui.icon('search')
            if spec.filters:
                ui.button(icon='filter_list', on_click=self.toggle_filters) \
                    .props(f'flat round dense aria-label="{t("grid.toolbar.filter")}"').classes('gt-xs q-mx-xs') \
                    .tooltip(t('grid.toolbar.filter')).mark(self.m('tombol-filter'))
                with self.search.add_slot('append'):   # on a phone: in the search box, so the buttons fit one line
                    ui.button(icon='filter_list', on_click=self.toggle_filters) \
                        .props(f'flat round dense aria-label="{t("grid.toolbar.filter")}"').classes('lt-sm') \
                        .mark(self.m('hp-tombol-filter'))
            await self.build_column_and_view_tools(more)
            ui.space()
            if can(self.actor, Action.TAMBAH, spec):
                ui.button(t('common.tambah'), icon='add', on_click=self.add).mark(self.m('tambah'))
            if can(self.actor, Action.UBAH, spec):
                self.edit_button = ui.button(t('common.ubah'), icon='edit', on_click=self.edit_selected) \
                    .props('outline').mark(self.m('ubah'))
            selection_actions = self.build_selection_actions()   # fill-down, bulk edit (pages/grid_bulk.py)
            for child in spec.children:
                child_spec = TABLES[child]
                if can(self.actor, Action.LIHAT, child_spec):
                    more.add(child_spec.label, 'account_tree', lambda c=child_spec: self.open_children(c),
                             f'anak-{child}')
                    ui.button(child_spec.label, icon='account_tree', on_click=lambda c=child_spec: self.open_children(c)) \
                        .props('outline').classes('gt-xs').mark(f'anak-{child}')
            if can(self.actor, Action.HAPUS, spec):
                more.secondary(t('common.hapus'), 'delete', self.confirm_delete, 'hapus', 'outline color=negative')
            more.secondary(t('grid.toolbar.riwayat'), 'history', self.show_history, 'riwayat')
            if can(self.actor, Action.HAPUS, spec):
                more.secondary(t('grid.toolbar.sampah'), 'restore_from_trash', self.open_trash, 'sampah', 'flat')
            with ui.element('div').classes('gt-xs'):
                import_button(self)   # 'Impor Excel', for whoever may add or edit rows
            if importer.may_import(self.actor, spec):
                more.add(t('common.impor_excel'), 'upload_file', lambda: ImportDialog(self).open(), 'impor')
            self.build_export_buttons(more)
            add_print_action(self, more)   # 'Cetak': the selected row's sheet as a PDF
            more.build()
        self.undo_box = ui.row().classes('w-full items-center bg-blue-1 q-pa-sm rounded-borders')
        self.undo_box.set_visibility(False)
        self.export_box = ui.row().classes('w-full items-center bg-green-1 q-pa-sm rounded-borders')
        self.export_box.set_visibility(False)
        with ui.card().classes('w-full') as self.filter_box:
            await self.filters.build()
            self.filters.fill(self.query.filters, self.unreadable)
            with ui.row():
                ui.button(t('common.terapkan'), on_click=lambda: self.apply(page=1)).mark(self.m('terapkan-filter'))
                ui.button(t('grid.filter.hapus'), on_click=self.reset_filters).props('flat').mark(self.m('reset-filter'))
        self.filter_box.set_visibility(bool(self.query.filters or self.unreadable))
        self.grid = ui.aggrid({
            'columnDefs': self.column_defs(),
            'rowData': [],
            ':getRowId': '(params) => String(params.data.id)',
            'rowSelection': {'mode': 'multiRow', 'checkboxes': False, 'headerCheckbox': False,   # no selection column
                             'enableClickSelection': True},
            'rowClassRules': {'text-negative': 'data._terlambat'},
            'stopEditingWhenCellsLoseFocus': True,
            ':rowHeight': f'{PHONE} ? 48 : undefined',   # rows a finger can hit
            'singleClickEdit': False,
            'overlayNoRowsTemplate': t('grid.kosong'),
            'defaultColDef': {'resizable': True, 'minWidth': 90, 'wrapHeaderText': True, 'autoHeaderHeight': True},
            'localeText': locale_text(),
            'enableFilterHandlers': True,   # the header filters' rows are the server's (grid_filters.header_filter)
            'initialState': self.grid_state(),
            ':onGridReady': NOTE_HEADER_CLICKS_JS,
        }, auto_size_columns=False).classes('w-full').style('height: 60vh').mark(self.m('grid'))
        self.grid.on('columnHeaderClicked', self.on_header_clicked, js_handler=HEADER_CLICK_JS)
        self.grid.on('filterChanged', self.on_header_filter,
                     js_handler=f'() => emit({{model: getElement({self.grid.id}).api.getFilterModel()}})')
        self.grid.on('cellValueChanged', self.on_cell_changed)
        self.grid.on('cellDoubleClicked', self.on_double_clicked,
                     js_handler=f'(e) => emit({{data: e.data, colId: e.colId, phone: {PHONE}}})')
        if self.quick_column():
            self.grid.on('cellClicked', self.on_quick_action,
                         js_handler=f'(e) => {{ if (e.colId === "{QUICK_COLUMN}" && e.data) '
                                    'emit({id: e.data.id, version: e.data.version}) }')
        self.grid.on('rowSelected', self.on_row_selected,  # NiceGUI's own args lack the node's selection here
                     js_handler=SELECTION_JS.replace('GRID_ID', str(self.grid.id)))
        self.grid.on('columnResized', self.on_column_resized,
                     js_handler='(e) => { if (e.finished && e.column && e.source === "uiColumnResized") '
                                'emit({colId: e.column.getColId(), width: e.column.getActualWidth()}) }')
        self.grid.on('paste', self.on_paste, js_handler=PASTE_JS.replace('GRID_ID', str(self.grid.id)))
        self.wire_undo_keys(page_wide=not self.query.parent)   # Ctrl+Z / Ctrl+Y
        self.wire_selection(selection_actions)                 # Ctrl+D and the 'Baris terpilih' menu
        # its labels change at every page change and search: in a Vue component of their own (q-card) only
        # these few elements are built again, where in a plain row Vue builds the toolbar's 75 again, 7-9 ms
        # before the rows are taken (bench/profiles/browser-10k.txt)
        with ui.card().tight().props('flat').classes('w-full bg-transparent'), \
                ui.row().classes('w-full items-center gap-2'):
            self.summary = ui.label().mark(self.m('ringkasan'))
            ui.space()
            ui.label(t('grid.halaman.baris_per_halaman'))
            ui.select(list(PAGE_SIZES), value=self.query.page_size,
                      on_change=lambda e: self.apply(page=1, page_size=e.value)).props('dense').mark(self.m('ukuran-halaman'))
            ui.button(icon='chevron_left', on_click=lambda: self.apply(page=self.query.page - 1)) \
                .props(f'flat round aria-label="{t("grid.halaman.sebelumnya")}"').mark(self.m('sebelumnya'))
            self.page_label = ui.label().mark(self.m('halaman'))
            ui.button(icon='chevron_right', on_click=lambda: self.apply(page=self.query.page + 1)) \
                .props(f'flat round aria-label="{t("grid.halaman.berikutnya")}"').mark(self.m('berikutnya'))
        await self.refresh()

    def toggle_filters(self) -> None:
        self.filter_box.set_visibility(not self.filter_box.visible)

    # ---- data -----------------------------------------------------------------------------
    async def fresh_actor(self) -> Actor | None:
        actor = await self.load_actor()
        if actor is None:
            ui.notify(t('common.sesi_berakhir'), type='warning')
            ui.navigate.to('/login')
        else:
            self.actor = actor
        return actor

    async def allowed(self, action: Action) -> Actor | None:
        """The actor of this event, reloaded from the session, if the role matrix allows the action."""
        actor = await self.fresh_actor()
        if actor is not None and not can(actor, action, self.spec):
            ui.notify(refusal(action, self.spec.label), type='negative')
            return None
        return actor

    async def refresh(self, *, actor: Actor | None = None) -> None:
        """The current page again. `actor`: the one this event already loaded (a save's handler
        refreshes with the actor it wrote as), so one event loads its user and rights once;
        without it they are reloaded from the session."""
        # the ticket is taken before the first await: a refresh still loading its actor already
        # counts as newer than one that is reading its page
        self.refreshes += 1
        ticket, query = self.refreshes, self.query
        if actor is None:
            actor = await self.fresh_actor()
        if ticket != self.refreshes:
            return  # a newer refresh (another click) overtook this one: its result must win
        if actor is None or not can(actor, Action.LIHAT, self.spec):
            self.show([])
            return
        if self.filters.holds_back():   # a filter of the link could not be read: no rows rather than more
            page = Page([], 0, 1, query.page_size)
        else:
            page = await fetch_page(self.spec, actor, query)
        if ticket != self.refreshes:
            return
        self.page = page
        self.query = self.query.with_(page=self.page.page)
        self.show(self.page.rows)
        self.selected = None
        first = (self.page.page - 1) * self.page.page_size + 1 if self.page.total else 0
        last = min(self.page.total, self.page.page * self.page.page_size)
        self.summary.text = t('grid.halaman.ringkasan', awal=first, akhir=last, jumlah=format_number(self.page.total))
        self.page_label.text = t('grid.halaman.posisi', halaman=self.page.page, jumlah=self.page.pages)

    def show(self, rows: list[dict[str, Any]]) -> None:
        """Rows in the grid, with the columns and header filters of the query. The first rows go
        with the grid's options; after that the grid keeps its instance: the rows, and the columns
        or the header filters only when they changed, go through AG Grid's API. An update of the
        options would build the grid anew and measure every column again (most of a page change's
        672 ms at 1M rows, issue 13). The options are kept in step without an update."""
        column_defs, state = self.column_defs(), self.grid_state()
        if not self.drawn:
            self.grid.options['columnDefs'] = column_defs
            self.grid.options['initialState'] = state
            self.grid.options['rowData'] = rows
            self.grid.update()
            self.drawn = True
            return
        send_option(self.grid, 'rowData', rows)   # first: AG Grid rebuilds its header for new columns (a sort's
        send_columns(self.grid, column_defs)       # marks) for 25-34 ms, which the rows need not wait for
        if state != self.grid.options.get('initialState'):   # e.g. Hapus filter, a saved view, the panel's Terapkan
            keep_option(self.grid, 'initialState', state)
            self.grid.run_grid_method('setFilterModel', state['filter']['filterModel'])
        self.grid.run_grid_method('deselectAll')   # rows of the same id keep their selection: none is selected
        if self.quick_column():   # its cell shows another field (its button, or the status): AG Grid sees no change
            self.grid.run_grid_method('refreshCells', {'columns': [QUICK_COLUMN], 'force': True})

    async def apply(self, **changes) -> None:
        filters = self.filters.values()
        if filters is None:
            ui.notify(t('grid.filter.tidak_terbaca'), type='warning')
            return
        page = changes.pop('page', self.query.page)
        self.query = self.query.with_(search=self.search.value or '', filters=filters, page=max(1, page), **changes)
        await self.refresh()

    async def export(self, report: bool = False) -> None:
        """What the grid shows, so nothing while a filter of the link holds it back (pages/grid_export.py)."""
        if self.filters.holds_back():
            ui.notify(t('grid.filter.tidak_terbaca'), type='warning')
            return
        await super().export(report)

    async def reset_filters(self) -> None:
        self.filters.clear()
        await self.apply(page=1)

    # ---- events ---------------------------------------------------------------------------
    async def on_header_clicked(self, event) -> None:
        args = event.args or {}
        name = args.get('colId')
        if name not in self.spec.sortable():
            return
        allowed = self.spec.sortable()
        current = tuple((n, d) for n, d in self.query.sort if n in allowed)
        await self.apply(sort=next_sort(current, name, args.get('shift') is True))

    async def on_header_filter(self, event) -> None:
        """A header's filter applied: the panel's input of that column takes it, and the grid is
        read again with the panel's filters, on the server, from page 1."""
        names = self.header_filtered()
        model = (event.args or {}).get('model')
        model = {name: entry for name, entry in model.items() if name in names} if isinstance(model, dict) else {}
        read = from_header_model(self.spec, names, model)
        shown = header_model(self.spec, names, read)
        # what the headers show now: the model as read, or as sent when a part of it could not be read
        # (the query's model is then sent back to the headers by refresh)
        state = {'filter': {'filterModel': shown if len(shown) == len(model) else model}}
        if state == self.grid.options.get('initialState'):
            return   # nothing new: the headers were given the query's filters (show), or the same was applied
        keep_option(self.grid, 'initialState', state)
        for name, value in read.items():
            self.filters.set_value(name, value)
        await self.apply(page=1)

    async def on_row_selected(self, event) -> None:
        args = event.args or {}
        if args.get('selected') and isinstance(args.get('data'), dict):
            self.selected = args['data']
        elif self.selected and isinstance(args.get('data'), dict) and args['data'].get('id') == self.selected.get('id'):
            self.selected = None

    async def on_double_clicked(self, event) -> None:
        """A double click edits the cell in place where this person may (AG Grid opens its editor);
        on another cell, or a double tap on a phone, it opens the row's form."""
        args = event.args or {}
        data = args.get('data') or {}
        if args.get('colId') == QUICK_COLUMN:
            return   # a double tap on the quick action's button is that action, not the form
        if args.get('phone') is not True and self.inline_editable(args.get('colId')):
            return
        if isinstance(data.get('id'), int):
            self.selected = data
            await self.edit_selected()

    async def on_cell_changed(self, event) -> None:
        args = event.args or {}
        data, name = args.get('data') or {}, args.get('colId')
        actor = await self.fresh_actor()
        if actor is None or not isinstance(data.get('id'), int) or name not in self.spec.form:
            await self.refresh()
            return
        try:
            result = await self.save_cell(actor, name, args.get('newValue'), data['id'], data.get('version'))
        except (AccessDenied, records.RecordNotFound) as error:
            ui.notify(str(error), type='negative')
            await self.refresh(actor=actor)
            return
        if result.ok:
            ui.notify(t('grid.sel.tersimpan', kolom=self.spec.label_of(name)), type='positive')
        else:
            message = result.errors.get(name) or next(iter(result.errors.values()))
            label = self.spec.label_of(name) if name in result.errors else t('grid.sel.perubahan')
            ui.notify(t('grid.sel.tidak_disimpan', kolom=label, pesan=message), type='negative', multi_line=True)
        await self.refresh(actor=actor)

    async def show_history(self) -> None:
        if not self.selected:
            ui.notify(t('common.pilih_satu_baris'), type='warning')
            return
        actor = await self.allowed(Action.LIHAT)
        if actor is None:
            return
        try:
            row = await records.load_row(self.spec, actor, self.selected['id'])
        except records.RecordNotFound as error:
            ui.notify(str(error), type='negative')
            return
        await show_history(self.spec, row.id, f'{self.spec.label} {row_label(self.spec, row)}')

    @grid_event(Action.TAMBAH)
    async def add(self, actor: Actor) -> None:
        preset, fixed = {}, ()
        if self.query.parent:
            preset = {self.query.parent[0]: self.query.parent[1]}
            fixed = (self.query.parent[0],)
        await open_record_form(self.spec, actor, self.load_actor, preset=preset, fixed=fixed, on_saved=self.refresh)

    async def edit_selected(self) -> None:
        if not self.selected:
            ui.notify(t('common.pilih_satu_baris'), type='warning')
            return
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        fixed = (self.query.parent[0],) if self.query.parent else ()
        try:
            await open_record_form(self.spec, actor, self.load_actor, row_id=self.selected['id'], fixed=fixed,
                                   on_saved=self.refresh)
        except records.RecordNotFound as error:
            ui.notify(str(error), type='negative')
            await self.refresh()

    async def confirm_delete(self) -> None:
        if not self.selected:
            ui.notify(t('common.pilih_satu_baris'), type='warning')
            return
        row = dict(self.selected)
        with ui.dialog() as dialog, ui.card():
            ui.label(t('grid.hapus.tanya', tabel=self.spec.label)).classes('text-h6')
            ui.label(t('grid.hapus.penjelasan'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=dialog.close).props('flat').mark(self.m('batal-hapus'))
                ui.button(t('common.hapus'), on_click=lambda: dialog.submit(True)).props('color=negative').mark(self.m('ya-hapus'))
        if await dialog:
            await self.delete(row)

    @grid_event()
    async def delete(self, actor: Actor, row: dict[str, Any]) -> None:
        if not isinstance(row.get('id'), int):
            return
        try:
            result = await records.delete(self.spec, actor, row['id'], version=row.get('version'))
        except (AccessDenied, records.RecordNotFound) as error:
            ui.notify(str(error), type='negative')
            return
        if result.ok:
            ui.notify(t('grid.hapus.selesai', tabel=self.spec.label), type='positive')
        else:
            ui.notify(next(iter(result.errors.values())), type='negative')
        await self.refresh(actor=actor)

    async def open_children(self, child: TableSpec) -> None:
        if not self.selected:
            ui.notify(t('grid.pilih_dulu', data=self.spec.label.lower()), type='warning')
            return
        actor = await self.fresh_actor()
        if actor is None:
            return
        parent_id = self.selected['id']
        try:
            parent_row = await records.load_row(self.spec, actor, parent_id)
        except records.RecordNotFound as error:
            ui.notify(str(error), type='negative')
            return
        with ui.dialog().props('maximized') as dialog, ui.card().classes('w-full'):
            with ui.row().classes('w-full items-center'):
                ui.label(f'{child.label} · {self.spec.label} {row_label(self.spec, parent_row)}').classes('text-h6')
                ui.space()
                ui.button(icon='close', on_click=dialog.close).props(f'flat round aria-label="{t("common.tutup")}"')
            view = TableView(child, actor, self.load_actor, parent=(child.parent, parent_id))
            await view.build()
        dialog.on('hide', self.refresh)
        dialog.open()
