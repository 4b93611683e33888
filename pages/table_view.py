"""The grid of any registered table: paged on the server, sorted by whitelisted columns, searched,
filtered, edited inline or in a form, deleted, and exported. Every event handler reloads the actor
from the session and goes through core.records / core.access, so a forged event changes nothing.
"""
from __future__ import annotations

import string
from typing import Any

from nicegui import ui

from core import importer, records
from core.access import AccessDenied, Action, Actor, can, refusal
from core.listing import PAGE_SIZES, ListQuery, Page, display_rows, fetch_page, row_label
from core.preferences import grid_preference, load_view, save_grid_preference, save_view, saved_views
from core.texts import t
from exports.report_export import REPORTS, export_report
from exports.table_export import export_table
from forms.fields import display, enum_choices, kind_of, to_python
from forms.indonesian import ParseError, format_datetime, format_number
from forms.record_form import ActorLoader, open_record_form
from forms.widgets import date_input, fk_options
from models.table import TABLES, TableSpec
from pages import downloads
from pages.history import show_history
from pages.import_dialog import ImportDialog, import_button

# Phone-size screens: Quasar's xs breakpoint, read in the browser (the server does not know the width).
PHONE = "window.matchMedia('(max-width: 599.98px)').matches"
QUICK_COLUMN = '_aksi'
# The quick action's button in a row where it applies, else the field's value as plain text (built
# with textContent and text nodes: nothing from the data is read as HTML).
QUICK_RENDERER = """(params) => {
  const p = params.colDef.cellRendererParams;
  if (!params.data) return document.createTextNode('');
  if (params.data[p.field] !== p.when) return document.createTextNode(params.data[p.field] ?? '');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = p.text;
  button.style.cssText = 'min-height:40px;min-width:88px;padding:0 14px;border:0;border-radius:4px;'
    + 'background:var(--q-positive);color:#fff;font-weight:500;cursor:pointer';
  return button;
}"""
DIRECT_DOWNLOAD_ROWS = 10_000   # bigger exports end with a link instead of an immediate download
SORT_MARK = {False: ' ▲', True: ' ▼'}

# Ctrl+V on a focused cell: send the clipboard text and where it lands; the server does the rest.
PASTE_JS = """(event) => {
  const grid = getElement(GRID_ID);
  const cell = grid && grid.api ? grid.api.getFocusedCell() : null;
  if (!cell || grid.api.getEditingCells().length) return;
  event.preventDefault();
  emit({text: event.clipboardData.getData('text/plain'), row: cell.rowIndex, col: cell.column.getColId()});
}"""


# After a click on a row: tell the server which row is selected now (read from the grid itself).
SELECTION_JS = """(event) => {
  const grid = getElement(GRID_ID);
  const rows = grid && grid.api ? grid.api.getSelectedRows() : [];
  emit({selected: rows.length > 0, data: rows.length ? rows[0] : event.data});
}"""


def key_column(spec: TableSpec, shown: list[str]) -> str | None:
    """The column that names a row to a person (the first text field of its row label), kept in
    view on the left of the grid on a phone while the other columns scroll."""
    for _, name, _, _ in string.Formatter().parse(spec.row_label):
        if name in shown and not spec.is_fk(name) and kind_of(spec.field(name)).name == 'text':
            return name
    return shown[0] if shown else None


def parse_clipboard(text: str) -> list[list[str]]:
    """Cells copied from Excel: rows by line, cells by tab; the trailing newline Excel adds is dropped."""
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [line.split('\t') for line in lines]


class FilterPanel:
    """Per-column filters: text contains, enum in, date or number range, foreign key."""

    def __init__(self, spec: TableSpec, actor: Actor, prefix: str = '') -> None:
        self.prefix = prefix
        self.spec = spec
        self.actor = actor
        self.inputs: dict[str, Any] = {}

    async def build(self) -> None:
        with ui.row().classes('w-full items-start gap-3'):
            for name in self.spec.filters:
                if self.actor.is_desa_operator and name == self.spec.desa_field:
                    continue   # an Operator Desa sees their own desa only
                field = self.spec.field(name)
                kind = kind_of(field)
                label = self.spec.label_of(name)
                if kind.filter == 'contains':
                    self.inputs[name] = ui.input(label).props('dense clearable').mark(f'{self.prefix}filter-{name}')
                elif kind.filter == 'in':
                    self.inputs[name] = ui.select(enum_choices(field), label=label, multiple=True) \
                        .props('dense clearable use-chips').classes('min-w-[12rem]').mark(f'{self.prefix}filter-{name}')
                elif kind.filter == 'fk':
                    options = await fk_options(self.spec, name, self.actor)
                    self.inputs[name] = ui.select(options, label=label, multiple=True, with_input=True) \
                        .props('dense clearable use-chips').classes('min-w-[14rem]').mark(f'{self.prefix}filter-{name}')
                elif kind.filter == 'bool':
                    self.inputs[name] = ui.select({True: t('common.ya'), False: t('common.tidak')}, label=label) \
                        .props('dense clearable').mark(f'{self.prefix}filter-{name}')
                elif kind.filter == 'range':
                    make = date_input if kind.name == 'date' else ui.input
                    with ui.row().classes('gap-1 no-wrap'):
                        low = make(t('grid.filter.dari', kolom=label)).props('dense').classes('w-36').mark(f'{self.prefix}filter-{name}-dari')
                        high = make(t('grid.filter.sampai', kolom=label)).props('dense').classes('w-36').mark(f'{self.prefix}filter-{name}-sampai')
                    self.inputs[name] = (low, high)

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
            elif element.value not in (None, '', []):
                result[name] = element.value
        return result if ok else None

    def fill(self, filters: dict[str, Any]) -> None:
        """Show filters that came with the link in their inputs."""
        for name, value in filters.items():
            element = self.inputs.get(name)
            if isinstance(element, tuple):
                for part, bound in zip(element, value):
                    part.value = display(self.spec.field(name), bound) if bound is not None else None
            elif element is not None:
                element.value = value

    def clear(self) -> None:
        for element in self.inputs.values():
            for part in element if isinstance(element, tuple) else (element,):
                part.value = [] if getattr(part, 'multiple', False) else None
                if hasattr(part, 'error'):
                    part.error = None


class TableView:
    def __init__(self, spec: TableSpec, actor: Actor, load_actor: ActorLoader, *,
                 parent: tuple[str, int] | None = None, filters: dict[str, Any] | None = None) -> None:
        self.spec = spec
        self.actor = actor
        self.load_actor = load_actor
        self.query = ListQuery(parent=parent, filters=filters or {})
        self.page: Page | None = None
        self.selected: dict[str, Any] | None = None
        self.hidden: set[str] = set()
        self.widths: dict[str, int] = {}
        self.refreshes = 0   # refreshes started; only the latest may fill the grid
        self.filters = FilterPanel(spec, actor, 'anak-' if parent else '')

    def m(self, marker: str) -> str:
        """Markers of a child grid (disposisi inside a surat) start with 'anak-'."""
        return f'anak-{marker}' if self.query.parent else marker

    # ---- building -------------------------------------------------------------------------
    def shown_columns(self) -> list[str]:
        """The table's columns less the parent's in a child grid, and less the desa for an Operator
        Desa (every row they see is of their own desa)."""
        return [name for name in self.spec.columns
                if not (self.query.parent and name == self.query.parent[0])
                and not (self.actor.is_desa_operator and name == self.spec.desa_field)]

    def quick_column(self) -> dict[str, Any] | None:
        """One tap on a row (validate an usulan) for whoever may edit the table; the server decides."""
        action = self.spec.quick_action
        if action is None or self.query.parent or not can(self.actor, Action.UBAH, self.spec):
            return None
        return {'colId': QUICK_COLUMN, 'field': QUICK_COLUMN, 'headerName': self.spec.label_of(action.field),
                'sortable': False,
                'editable': False, 'resizable': False, 'width': 120, 'minWidth': 110,
                ':cellRenderer': QUICK_RENDERER,
                'cellRendererParams': {'field': action.field, 'when': action.before.value,
                                       'text': t(f'grid.aksi_cepat.{action.key}.tombol')}}

    def column_defs(self) -> list[dict[str, Any]]:
        may_edit = can(self.actor, Action.UBAH, self.spec)
        sorted_by = dict(self.query.sort)
        shown = self.shown_columns()
        pinned = key_column(self.spec, shown)
        quick = self.quick_column()
        columns = [quick] if quick else []
        for name in shown:
            field = self.spec.field(name)
            kind = kind_of(field)
            header = self.spec.label_of(name) + (SORT_MARK[sorted_by[name]] if name in sorted_by else '')
            column: dict[str, Any] = {'headerName': header, 'field': name, 'sortable': False,
                                      'headerTooltip': t('grid.toolbar.urutkan'), 'hide': name in self.hidden}
            if name in self.widths:
                column['width'] = self.widths[name]
            editable = (may_edit and kind.inline and not self.spec.is_fk(name)
                        and name in self.spec.form and name not in self.spec.readonly)
            column['editable'] = editable
            if editable and kind.name == 'enum':
                column['cellEditor'] = 'agSelectCellEditor'
                column['cellEditorParams'] = {'values': ([''] if field.null else []) + enum_choices(field)}
            if kind.numeric:
                column['type'] = 'rightAligned'
            if name == pinned:   # on a phone: kept on the left, at most 40% of the screen, wrapped
                column[':pinned'] = f"{PHONE} ? 'left' : null"
                column[':maxWidth'] = f'{PHONE} ? Math.round(window.innerWidth * 0.4) : undefined'
                column[':wrapText'] = PHONE
                column[':autoHeight'] = PHONE
                column[':cellStyle'] = f"{PHONE} ? {{lineHeight: '1.4', paddingTop: '12px', paddingBottom: '12px'}} : undefined"
            columns.append(column)
        return columns

    async def build(self) -> None:
        spec = self.spec
        self.hidden, self.widths = await grid_preference(self.actor, spec)
        more: list[tuple[str, str, Any, str]] = []   # on a phone, the secondary buttons are in one ⋮ menu

        def secondary(text: str, icon: str, handler: Any, marker: str, props: str = 'outline') -> ui.button:
            more.append((text, icon, handler, marker))
            return ui.button(text, icon=icon, on_click=handler).props(props).classes('gt-xs').mark(self.m(marker))

        with ui.row().classes('w-full items-center gap-2'):
            search_text = t('grid.toolbar.cari', tabel=spec.label.lower())
            self.search = ui.input(placeholder=search_text) \
                .props(f'dense outlined clearable debounce=400 aria-label="{search_text.rstrip("…")}"') \
                .classes('w-full sm:w-72').mark(self.m('cari'))
            self.search.on_value_change(lambda: self.apply(page=1))
            with self.search.add_slot('prepend'):
                ui.icon('search')
            if spec.filters:
                ui.button(t('grid.toolbar.filter'), icon='filter_list', on_click=self.toggle_filters).props('flat') \
                    .classes('gt-xs').mark(self.m('tombol-filter'))
                with self.search.add_slot('append'):   # on a phone: in the search box, so the buttons fit one line
                    ui.button(icon='filter_list', on_click=self.toggle_filters) \
                        .props(f'flat round dense aria-label="{t("grid.toolbar.filter")}"').classes('lt-sm') \
                        .mark(self.m('hp-tombol-filter'))
            more.append((t('grid.toolbar.kolom'), 'view_column', self.open_columns_dialog, 'kolom'))
            with ui.button(t('grid.toolbar.kolom'), icon='view_column').props('flat').classes('gt-xs') \
                    .mark(self.m('tombol-kolom')):
                with ui.menu():
                    for name in self.shown_columns():
                        ui.checkbox(spec.label_of(name), value=name not in self.hidden,
                                    on_change=lambda e, n=name: self.show_column(n, e.value)).mark(self.m(f'kolom-{name}'))
            if not self.query.parent:
                more.append((t('grid.toolbar.tampilan'), 'bookmarks', self.open_views_dialog, 'tampilan'))
                self.views = ui.select({}, label=t('grid.toolbar.tampilan'), clearable=True,
                                       on_change=lambda e: self.apply_view(e.value)) \
                    .props('dense outlined').classes('w-48 gt-xs').mark(self.m('tampilan'))
                ui.button(icon='bookmark_add', on_click=self.ask_view_name).props('flat round').classes('gt-xs') \
                    .tooltip(t('grid.toolbar.simpan_tampilan')).mark(self.m('simpan-tampilan'))
                await self.load_views()
            ui.space()
            if can(self.actor, Action.TAMBAH, spec):
                ui.button(t('common.tambah'), icon='add', on_click=self.add).mark(self.m('tambah'))
            if can(self.actor, Action.UBAH, spec):
                self.edit_button = ui.button(t('common.ubah'), icon='edit', on_click=self.edit_selected) \
                    .props('outline').mark(self.m('ubah'))
            for child in spec.children:
                child_spec = TABLES[child]
                if can(self.actor, Action.LIHAT, child_spec):
                    more.append((child_spec.label, 'account_tree', lambda c=child_spec: self.open_children(c),
                                 f'anak-{child}'))
                    ui.button(child_spec.label, icon='account_tree', on_click=lambda c=child_spec: self.open_children(c)) \
                        .props('outline').classes('gt-xs').mark(f'anak-{child}')
            if can(self.actor, Action.HAPUS, spec):
                secondary(t('common.hapus'), 'delete', self.confirm_delete, 'hapus', 'outline color=negative')
            secondary(t('grid.toolbar.riwayat'), 'history', self.show_history, 'riwayat')
            if can(self.actor, Action.HAPUS, spec):
                secondary(t('grid.toolbar.sampah'), 'restore_from_trash', self.open_trash, 'sampah', 'flat')
            with ui.element('div').classes('gt-xs'):
                import_button(self)   # 'Impor Excel', for whoever may add or edit rows
            if importer.may_import(self.actor, spec):
                more.append((t('common.impor_excel'), 'upload_file', lambda: ImportDialog(self).open(), 'impor'))
            if can(self.actor, Action.EKSPOR, spec):
                secondary(t('common.ekspor_excel'), 'download', self.export, 'ekspor')
                if spec.name in REPORTS:
                    secondary(t('common.format_laporan'), 'print', lambda: self.export(report=True), 'ekspor-laporan') \
                        .tooltip(t('grid.toolbar.laporan_keterangan', laporan=REPORTS[spec.name].title()))
            with ui.button(icon='more_vert').props(f'flat round aria-label="{t("grid.toolbar.lainnya")}"') \
                    .classes('lt-sm').mark(self.m('lainnya')):
                with ui.menu().mark(self.m('menu-lainnya')):
                    for text, icon, handler, marker in more:
                        with ui.menu_item(on_click=handler).mark(self.m(f'menu-{marker}')):
                            with ui.item_section().props('avatar'):
                                ui.icon(icon)
                            ui.item_section(text).classes('whitespace-nowrap')
        self.undo_box = ui.row().classes('w-full items-center bg-blue-1 q-pa-sm rounded-borders')
        self.undo_box.set_visibility(False)
        self.export_box = ui.row().classes('w-full items-center bg-green-1 q-pa-sm rounded-borders')
        self.export_box.set_visibility(False)
        with ui.card().classes('w-full') as self.filter_box:
            await self.filters.build()
            self.filters.fill(self.query.filters)
            with ui.row():
                ui.button(t('common.terapkan'), on_click=lambda: self.apply(page=1)).mark(self.m('terapkan-filter'))
                ui.button(t('grid.filter.hapus'), on_click=self.reset_filters).props('flat').mark(self.m('reset-filter'))
        self.filter_box.set_visibility(bool(self.query.filters))
        self.grid = ui.aggrid({
            'columnDefs': self.column_defs(),
            'rowData': [],
            ':getRowId': '(params) => String(params.data.id)',
            'rowSelection': {'mode': 'singleRow', 'checkboxes': False, 'enableClickSelection': True},
            'rowClassRules': {'text-negative': 'data._terlambat'},
            'stopEditingWhenCellsLoseFocus': True,
            ':rowHeight': f'{PHONE} ? 48 : undefined',   # rows a finger can hit
            'singleClickEdit': False,
            'overlayNoRowsTemplate': t('grid.kosong'),
            'defaultColDef': {'resizable': True, 'minWidth': 90},
            'autoSizeStrategy': {'type': 'fitCellContents'},
            'localeText': {'noRowsToShow': t('grid.kosong')},
        }, auto_size_columns=False).classes('w-full').style('height: 60vh').mark(self.m('grid'))
        self.grid.on('columnHeaderClicked', self.on_header_clicked)
        self.grid.on('cellValueChanged', self.on_cell_changed)
        self.grid.on('cellDoubleClicked', self.on_double_clicked)
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
        with ui.row().classes('w-full items-center gap-2'):
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

    async def refresh(self) -> None:
        # the ticket is taken before the first await: a refresh still loading its actor already
        # counts as newer than one that is reading its page
        self.refreshes += 1
        ticket, query = self.refreshes, self.query
        actor = await self.fresh_actor()
        if ticket != self.refreshes:
            return  # a newer refresh (another click) overtook this one: its result must win
        if actor is None or not can(actor, Action.LIHAT, self.spec):
            self.grid.options['rowData'] = []
            self.grid.update()
            return
        page = await fetch_page(self.spec, actor, query)
        if ticket != self.refreshes:
            return
        self.page = page
        self.query = self.query.with_(page=self.page.page)
        self.grid.options['rowData'] = self.page.rows
        self.grid.options['columnDefs'] = self.column_defs()
        self.grid.update()
        self.selected = None
        first = (self.page.page - 1) * self.page.page_size + 1 if self.page.total else 0
        last = min(self.page.total, self.page.page * self.page.page_size)
        self.summary.text = t('grid.halaman.ringkasan', awal=first, akhir=last, jumlah=format_number(self.page.total))
        self.page_label.text = t('grid.halaman.posisi', halaman=self.page.page, jumlah=self.page.pages)

    async def apply(self, **changes) -> None:
        filters = self.filters.values()
        if filters is None:
            ui.notify(t('grid.filter.tidak_terbaca'), type='warning')
            return
        page = changes.pop('page', self.query.page)
        self.query = self.query.with_(search=self.search.value or '', filters=filters, page=max(1, page), **changes)
        await self.refresh()

    async def reset_filters(self) -> None:
        self.filters.clear()
        await self.apply(page=1)

    # ---- events ---------------------------------------------------------------------------
    async def on_header_clicked(self, event) -> None:
        name = (event.args or {}).get('colId')
        if name not in self.spec.sortable():
            return
        current = dict(self.query.sort).get(name)
        if current is None:
            sort = ((name, False),)       # ascending
        elif current is False:
            sort = ((name, True),)        # descending
        else:
            sort = ()                     # back to the table's default order
        await self.apply(sort=sort)

    async def show_column(self, name: str, shown: bool) -> None:
        actor = await self.fresh_actor()
        if actor is None:
            return
        self.hidden = (self.hidden - {name}) if shown else (self.hidden | {name})
        await save_grid_preference(actor, self.spec, hidden=self.hidden)
        self.grid.options['columnDefs'] = self.column_defs()
        self.grid.update()

    async def on_column_resized(self, event) -> None:
        args = event.args or {}
        name, width = args.get('colId'), args.get('width')
        if name not in self.spec.columns or not isinstance(width, (int, float)):
            return
        actor = await self.fresh_actor()
        if actor is not None:
            self.widths[name] = int(width)
            await save_grid_preference(actor, self.spec, width=(name, int(width)))

    async def load_views(self) -> None:
        self.views.options = await saved_views(self.actor, self.spec)
        self.views.update()

    async def apply_view(self, view_id: int | None) -> None:
        actor = await self.fresh_actor()
        if actor is None or view_id is None:
            return
        view = await load_view(actor, self.spec, view_id)
        if view is None:
            return
        self.filters.clear()
        self.filters.fill(view['filters'])
        self.search.value = view['search']
        self.query = self.query.with_(search=view['search'], filters=view['filters'], sort=view['sort'], page=1)
        self.filter_box.set_visibility(bool(view['filters']))
        await self.refresh()

    async def ask_view_name(self) -> None:
        with ui.dialog() as dialog, ui.card():
            ui.label(t('grid.tampilan.judul')).classes('text-h6')
            ui.label(t('grid.tampilan.penjelasan'))
            name = ui.input(t('grid.tampilan.nama')).mark(self.m('nama-tampilan'))

            async def save() -> None:
                actor = await self.fresh_actor()
                if actor is None:
                    return
                filters = self.filters.values()
                if filters is None:
                    return
                self.query = self.query.with_(search=self.search.value or '', filters=filters)
                name.error = await save_view(actor, self.spec, name.value, self.query)
                if name.error is None:
                    await self.load_views()
                    ui.notify(t('grid.tampilan.tersimpan', nama=name.value.strip()), type='positive')
                    dialog.close()
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=dialog.close).props('flat')
                ui.button(t('common.simpan'), on_click=save).mark(self.m('simpan-nama-tampilan'))
        dialog.open()

    async def on_row_selected(self, event) -> None:
        args = event.args or {}
        if args.get('selected') and isinstance(args.get('data'), dict):
            self.selected = args['data']
        elif self.selected and isinstance(args.get('data'), dict) and args['data'].get('id') == self.selected.get('id'):
            self.selected = None

    async def on_double_clicked(self, event) -> None:
        data = (event.args or {}).get('data') or {}
        if (event.args or {}).get('colId') == QUICK_COLUMN:
            return   # a double tap on the quick action's button is that action, not the form
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
            result = await records.save(self.spec, actor, {name: args.get('newValue')}, row_id=data['id'],
                                        version=data.get('version'))
        except (AccessDenied, records.RecordNotFound) as error:
            ui.notify(str(error), type='negative')
            await self.refresh()
            return
        if result.ok:
            ui.notify(t('grid.sel.tersimpan', kolom=self.spec.label_of(name)), type='positive')
        else:
            message = result.errors.get(name) or next(iter(result.errors.values()))
            label = self.spec.label_of(name) if name in result.errors else t('grid.sel.perubahan')
            ui.notify(t('grid.sel.tidak_disimpan', kolom=label, pesan=message), type='negative', multi_line=True)
        await self.refresh()

    async def on_paste(self, event) -> None:
        """A block pasted from Excel fills the rows below the focused cell, all or nothing."""
        args = event.args or {}
        block = parse_clipboard(str(args.get('text') or ''))
        columns = [c['field'] for c in self.column_defs() if c['field'] != QUICK_COLUMN]
        start_row, start_col = args.get('row'), args.get('col')
        if not block or not isinstance(start_row, int) or start_col not in columns or self.page is None:
            return
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        first = columns.index(start_col)
        editable = {c['field'] for c in self.column_defs() if c.get('editable')}
        items, problems, where = [], [], []
        for i, cells in enumerate(block):
            if start_row + i >= len(self.page.rows):
                problems.append(t('grid.tempel.di_luar_halaman', baris=i + 1))
                continue
            target = self.page.rows[start_row + i]
            values = {}
            for j, text in enumerate(cells):
                if first + j >= len(columns):
                    problems.append(t('grid.tempel.kolom_berlebih', baris=i + 1))
                    break
                name = columns[first + j]
                if name not in editable:
                    problems.append(t('grid.tempel.kolom_terkunci', baris=i + 1, kolom=self.spec.label_of(name)))
                    continue
                values[name] = text
            items.append(records.BatchItem(values, row_id=target['id'], version=target.get('version')))
            where.append(i)
        if not problems:
            try:
                result = await records.save_batch(self.spec, actor, items)
            except AccessDenied as error:
                ui.notify(str(error), type='negative')
                return
            for index, errors in result.errors.items():
                for name, message in errors.items():
                    label = self.spec.label_of(name) if name in self.spec.fields_map else t('grid.tempel.baris')
                    problems.append(t('grid.tempel.galat', baris=where[index] + 1, kolom=label, pesan=message))
            if result.ok:
                ui.notify(t('grid.tempel.berhasil', n=len(items)), type='positive')
                self.offer_undo(t('grid.tempel.berhasil', n=len(items)), result.group)
                await self.refresh()
                return
        with ui.dialog() as dialog, ui.card().mark('galat-tempel'):
            ui.label(t('grid.tempel.gagal_judul')).classes('text-h6 text-negative')
            ui.label(t('grid.tempel.gagal_penjelasan'))
            for problem in problems:
                ui.label(problem).classes('text-negative')
            ui.button(t('common.tutup'), on_click=dialog.close)
        dialog.open()

    async def on_quick_action(self, event) -> None:
        """The quick action's button in a row was tapped: one write through core.records, like any edit."""
        args = event.args or {}
        row_id, version = args.get('id'), args.get('version')
        action = self.spec.quick_action
        if action is None or not isinstance(row_id, int):
            return
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        try:
            result = await records.quick_action(self.spec, actor, row_id,
                                                version=version if isinstance(version, int) else None)
        except (AccessDenied, records.RecordNotFound) as error:
            ui.notify(str(error), type='negative')
            await self.refresh()
            return
        if result.ok:
            ui.notify(t(f'grid.aksi_cepat.{action.key}.selesai', data=row_label(self.spec, result.row)),
                      type='positive')
        else:
            ui.notify(next(iter(result.errors.values())), type='negative', multi_line=True)
        await self.refresh()

    def open_columns_dialog(self) -> None:
        """On a phone: the columns to show, from the ⋮ menu."""
        with ui.dialog() as dialog, ui.card().classes('w-full'):
            ui.label(t('grid.toolbar.kolom')).classes('text-h6')
            for name in self.shown_columns():
                ui.checkbox(self.spec.label_of(name), value=name not in self.hidden,
                            on_change=lambda e, n=name: self.show_column(n, e.value)).mark(self.m(f'hp-kolom-{name}'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.tutup'), on_click=dialog.close).props('flat')
        dialog.open()

    def open_views_dialog(self) -> None:
        """On a phone: choose a saved view, or save the current search and filters as one."""
        with ui.dialog() as dialog, ui.card().classes('w-full'):
            ui.label(t('grid.toolbar.tampilan')).classes('text-h6')

            async def chosen(view_id: int | None) -> None:
                dialog.close()
                self.views.set_value(view_id)   # applies it, as the select on a wide screen does

            ui.select(dict(self.views.options), label=t('grid.toolbar.tampilan'), value=self.views.value,
                      on_change=lambda e: chosen(e.value)).props('outlined').classes('w-full') \
                .mark(self.m('hp-tampilan'))
            async def save_new() -> None:
                dialog.close()
                await self.ask_view_name()

            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.tutup'), on_click=dialog.close).props('flat')
                ui.button(t('grid.tampilan.judul'), icon='bookmark_add', on_click=save_new).mark(self.m('hp-simpan-tampilan'))
        dialog.open()

    def offer_undo(self, message: str, group: str | None) -> None:
        """After a paste or an import: one button undoes the whole batch."""
        self.undo_box.clear()
        with self.undo_box:
            ui.icon('info', color='primary')
            ui.label(message)
            ui.space()
            ui.button(t('grid.batalkan.tombol'), icon='undo', on_click=lambda: self.undo(group)).props('flat') \
                .mark(self.m('batalkan'))
        self.undo_box.set_visibility(True)

    async def undo(self, group: str | None) -> None:
        actor = await self.fresh_actor()
        if actor is None or not group:
            return
        try:
            count = await records.undo_group(actor, group)
        except (records.UndoRefused, AccessDenied) as error:
            ui.notify(str(error), type='negative', multi_line=True)
            return
        self.undo_box.set_visibility(False)
        ui.notify(t('grid.batalkan.selesai', n=count), type='positive')
        await self.refresh()

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

    async def open_trash(self) -> None:
        actor = await self.allowed(Action.HAPUS)
        if actor is None:
            return
        rows = await records.trash(self.spec, actor)
        shown = await display_rows(self.spec, rows)
        for item, row in zip(shown, rows):
            item['_dihapus'] = t('grid.sampah.dihapus_oleh', waktu=format_datetime(row.deleted_at),
                                 pengguna=row.updated_by or '-')
        columns = [{'name': name, 'label': self.spec.label_of(name), 'field': name, 'align': 'left'}
                   for name in self.spec.columns[:5]]
        columns.append({'name': '_dihapus', 'label': t('grid.sampah.dihapus'), 'field': '_dihapus', 'align': 'left'})
        with ui.dialog() as dialog, ui.card().classes('w-full max-w-5xl'):
            ui.label(t('grid.sampah.judul', tabel=self.spec.label)).classes('text-h6')
            ui.label(t('grid.sampah.penjelasan')).classes('text-caption')
            table = ui.table(columns=columns, rows=shown, row_key='id', selection='single',
                             pagination=10).classes('w-full').mark(self.m('tabel-sampah'))

            async def restore() -> None:
                if not table.selected:
                    ui.notify(t('grid.sampah.pilih'), type='warning')
                    return
                fresh = await self.allowed(Action.HAPUS)
                if fresh is None:
                    return
                try:
                    result = await records.restore(self.spec, fresh, table.selected[0]['id'])
                except (AccessDenied, records.RecordNotFound) as error:
                    ui.notify(str(error), type='negative')
                    return
                if result.ok:
                    ui.notify(t('grid.sampah.dipulihkan', tabel=self.spec.label), type='positive')
                    dialog.close()
                    await self.refresh()
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.tutup'), on_click=dialog.close).props('flat')
                ui.button(t('grid.sampah.pulihkan'), icon='restore', on_click=restore).mark(self.m('pulihkan'))
        dialog.open()

    async def add(self) -> None:
        actor = await self.allowed(Action.TAMBAH)
        if actor is None:
            return
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

    async def delete(self, row: dict[str, Any]) -> None:
        actor = await self.fresh_actor()
        if actor is None or not isinstance(row.get('id'), int):
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
        await self.refresh()

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

    async def export(self, report: bool = False) -> None:
        actor = await self.allowed(Action.EKSPOR)
        if actor is None:
            return
        fk_labels = {}
        for name, value in self.query.filters.items():
            if self.spec.is_fk(name):
                options = getattr(self.filters.inputs.get(name), 'options', {}) or {}
                fk_labels[name] = ', '.join(str(options.get(v, v)) for v in (value if isinstance(value, list) else [value]))
        total = self.page.total if self.page else 0
        self.export_box.clear()
        self.export_box.set_visibility(True)
        with self.export_box:
            status = ui.label(t('grid.ekspor.menyiapkan', n=format_number(total))).mark(self.m('status-ekspor'))
            bar = ui.linear_progress(value=0, show_value=False).classes('w-64')

        def progress(rows: int) -> None:
            bar.value = rows / total if total else 1
            status.text = t('grid.ekspor.kemajuan', n=format_number(rows), jumlah=format_number(total))
        try:
            if report:
                path, count = await export_report(self.spec, actor, self.query, on_progress=progress)
            else:
                path, count = await export_table(self.spec, actor, self.query, fk_labels=fk_labels,
                                                 on_progress=progress)
        except AccessDenied as error:
            self.export_box.set_visibility(False)
            ui.notify(str(error), type='negative')
            return
        url = downloads.offer(path, actor.user_id)
        if count <= DIRECT_DOWNLOAD_ROWS:
            self.export_box.set_visibility(False)
            ui.notify(t('grid.ekspor.selesai', n=format_number(count)), type='positive')
            ui.download.from_url(url)
            return
        # a big export: the person may have moved on in the page, so the file waits behind a link
        self.export_box.clear()
        with self.export_box:
            ui.icon('task_alt', color='positive')
            ui.label(t('grid.ekspor.siap', n=format_number(count)))
            ui.link(t('common.unduh'), url).props('download').mark(self.m('unduh-ekspor'))
            ui.button(icon='close', on_click=lambda: self.export_box.set_visibility(False)).props('flat round dense')
        ui.notify(t('grid.ekspor.tautan', tabel=self.spec.label, n=format_number(count)),
                  type='positive', multi_line=True)
