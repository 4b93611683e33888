"""What a person keeps of a grid: the columns shown and their widths, and saved views (tampilan:
a search, filters and sort under a name, and the Rekap chosen on them, opened again with the view)."""
from __future__ import annotations

from nicegui import ui

from core.access import Actor
from core.preferences import load_view, save_grid_preference, save_view, saved_views
from core.rekap import RekapChoice
from locales import t
from pages.grid_columns import send_columns
from pages.grid_host import GridHost, grid_event
from pages.grid_phone import PhoneMenu
from pages.grid_rekap import open_rekap


class ColumnsAndViews(GridHost):
    """Part of TableView (pages/table_view.py): the column chooser and the saved views, on a wide
    screen in the toolbar, on a phone in dialogs from the ⋮ menu."""

    async def build_column_and_view_tools(self, more: PhoneMenu) -> None:
        spec = self.spec
        more.add(t('grid.toolbar.kolom'), 'view_column', self.open_columns_dialog, 'kolom')
        with ui.button(icon='view_column').props(f'flat round dense aria-label="{t("grid.toolbar.kolom")}"') \
                .classes('gt-xs q-mx-xs').tooltip(t('grid.toolbar.kolom')).mark(self.m('tombol-kolom')):
            with ui.menu():
                for name in self.shown_columns():
                    ui.checkbox(spec.label_of(name), value=name not in self.hidden,
                                on_change=lambda e, n=name: self.show_column(n, e.value)).mark(self.m(f'kolom-{name}'))
        if not self.query.parent:
            more.add(t('grid.toolbar.tampilan'), 'bookmarks', self.open_views_dialog, 'tampilan')
            self.views = ui.select({}, label=t('grid.toolbar.tampilan'), clearable=True,
                                   on_change=lambda e: self.apply_view(e.value)) \
                .props('dense outlined').classes('w-32 gt-xs').mark(self.m('tampilan'))
            ui.button(icon='bookmark_add', on_click=lambda: self.ask_view_name()).props('flat round dense').classes('gt-xs q-mx-xs') \
                .tooltip(t('grid.toolbar.simpan_tampilan')).mark(self.m('simpan-tampilan'))
            await self.load_views()

    @grid_event()
    async def show_column(self, actor: Actor, name: str, shown: bool) -> None:
        self.hidden = (self.hidden - {name}) if shown else (self.hidden | {name})
        await save_grid_preference(actor, self.spec, hidden=self.hidden)
        send_columns(self.grid, self.column_defs())

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

    @grid_event()
    async def apply_view(self, actor: Actor, view_id: int | None) -> None:
        if view_id is None:
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
        if view['rekap'] is not None:
            await open_rekap(self, view['rekap'])

    async def ask_view_name(self, rekap: RekapChoice | None = None) -> None:
        """Name a view of the search, filters and sort; `rekap`: the Rekap shown on them, kept too."""
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
                name.error = await save_view(actor, self.spec, name.value, self.query, rekap)
                if name.error is None:
                    await self.load_views()
                    ui.notify(t('grid.tampilan.tersimpan', nama=name.value.strip()), type='positive')
                    dialog.close()
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=dialog.close).props('flat')
                ui.button(t('common.simpan'), on_click=save).mark(self.m('simpan-nama-tampilan'))
        dialog.open()


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
