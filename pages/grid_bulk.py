"""The actions on the grid's selected rows (several, with Ctrl/Shift+click): fill a column down
(Ctrl+D, pages/grid_fill.py) and give one column one value on every selected row. Each is one
batch through core.records' save_batch, checked as a save, all or nothing, undoable in one step."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import records
from core.access import AccessDenied, Action, Actor, can
from locales import t
from pages.grid_fill import FILL_KEY_JS, SELECTION_ACTION_JS, fill_rows, selected_indexes
from pages.grid_host import GridHost
from pages.grid_undo import remember
from pages.widgets import build_input


class SelectedRows(GridHost):
    """Part of TableView (pages/table_view.py): fill-down and the bulk edit of one column."""

    def build_selection_actions(self) -> list[ui.menu_item]:
        """The toolbar's 'Baris terpilih' menu, for whoever may edit; wired to the grid by wire_selection."""
        if not can(self.actor, Action.UBAH, self.spec):
            return []
        with ui.button(t('grid.massal.menu'), icon='checklist').props('flat').classes('gt-xs') \
                .mark(self.m('baris-terpilih')):
            with ui.menu():
                fill = ui.menu_item(t('grid.isi.tombol')).mark(self.m('isi-ke-bawah'))
                bulk = ui.menu_item(t('grid.massal.tombol')).mark(self.m('ubah-massal'))
        fill.tooltip(t('grid.isi.keterangan'))
        return [fill, bulk]

    def wire_selection(self, actions: list[ui.menu_item]) -> None:
        """Ctrl+D on the grid, and the menu's items, each told what the grid has selected."""
        grid_id = str(self.grid.id)
        self.grid.on('keydown', self.on_fill_key, js_handler=FILL_KEY_JS.replace('GRID_ID', grid_id))
        for action, handler in zip(actions, (self.fill_down, self.open_bulk_edit)):
            action.on('click', handler, js_handler=SELECTION_ACTION_JS.replace('GRID_ID', grid_id))

    def editable_columns(self) -> list[str]:
        return [c['field'] for c in self.column_defs() if c.get('editable')]

    async def on_fill_key(self, event) -> None:
        if (event.args or {}).get('key') == 'd':
            await self.fill_down(event)

    async def fill_down(self, event) -> None:
        """Ctrl+D: the top cell of the selected rows, copied down its column, as one batch."""
        args = event.args or {}
        if self.page is None:
            return
        name = args.get('col')
        if name not in self.editable_columns():
            ui.notify(t('grid.isi.pilih_sel'), type='warning')
            return
        rows = fill_rows(self.page.rows, args.get('ids'), args.get('row'))
        if rows is None:
            ui.notify(t('grid.isi.pilih_baris'), type='warning')
            return
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        source, targets = rows
        try:
            row = await records.load_row(self.spec, actor, source['id'])
        except records.RecordNotFound as error:
            ui.notify(str(error), type='negative')
            return
        value = (await records.form_values(self.spec, row))[name]
        label = self.spec.label_of(name)
        await self.save_selection(actor, targets, {name: value}, t('grid.isi.selesai', kolom=label, n=len(targets)))

    async def open_bulk_edit(self, event) -> None:
        """'Ubah kolom untuk baris terpilih': a column and a value, typed as in the form."""
        if self.page is None:
            return
        args = event.args or {}
        targets = [self.page.rows[i] for i in selected_indexes(self.page.rows, args.get('ids'))]
        if not targets:
            ui.notify(t('grid.massal.pilih_baris'), type='warning')
            return
        if await self.allowed(Action.UBAH) is None:
            return
        columns = {name: self.spec.label_of(name) for name in self.editable_columns()}
        chosen: dict[str, Any] = {}

        def show_input(name: str | None) -> None:
            value_box.clear()
            chosen.clear()
            if name:
                with value_box:
                    chosen[name] = build_input(self.spec, name, None)
                # the Tab that chose the column left for Batal before this input existed: the value is typed next
                chosen[name].run_method('focus')

        with ui.dialog() as dialog, ui.card().classes('w-96').mark(self.m('dialog-massal')):
            ui.label(t('grid.massal.judul', n=len(targets))).classes('text-h6')
            ui.select(columns, label=t('grid.massal.kolom'), on_change=lambda e: show_input(e.value)) \
                .classes('w-full').mark(self.m('kolom-massal'))
            value_box = ui.column().classes('w-full')
            ui.label(t('grid.massal.penjelasan')).classes('text-caption')
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=dialog.close).props('flat')
                ui.button(t('common.simpan'), on_click=lambda: dialog.submit(True)).mark(self.m('simpan-massal'))
        answer, value = await dialog, {name: element.value for name, element in chosen.items()}
        dialog.delete()
        if not answer or not value:
            return
        (name, _), = value.items()
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        await self.save_selection(actor, targets, value,
                                  t('grid.massal.selesai', kolom=columns[name], n=len(targets)))

    async def save_selection(self, actor: Actor, targets: list[dict], values: dict[str, Any], done: str) -> None:
        """The same values on every target row, each with the version the grid showed, as one batch."""
        items = [records.BatchItem(dict(values), row_id=row['id'], version=row.get('version')) for row in targets]
        try:
            result = await records.save_batch(self.spec, actor, items)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        if not result.ok:
            index, errors = next(iter(result.errors.items()))
            name, message = next(iter(errors.items()))
            label = self.spec.label_of(name) if name in self.spec.fields_map else t('grid.sel.perubahan')
            ui.notify(t('grid.massal.gagal', nomor=targets[index]['id'], kolom=label, pesan=message),
                      type='negative', multi_line=True)
            await self.refresh(actor=actor)
            return
        remember(self, result.group)
        ui.notify(done, type='positive')
        self.offer_undo(done, result.group)
        await self.refresh(actor=actor)
