"""The trash ("sampah") of a table: its deleted rows, and restoring one."""
from __future__ import annotations

from nicegui import ui

from core import records
from core.access import AccessDenied, Action, Actor
from core.listing import display_rows
from locales import t
from forms.indonesian import format_datetime
from pages.grid_host import GridHost, grid_event


class Trash(GridHost):
    """Part of TableView (pages/table_view.py): the trash dialog behind its 'sampah' button."""

    @grid_event(Action.HAPUS)
    async def open_trash(self, actor: Actor) -> None:
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
                             pagination=10).classes('w-full cursor-pointer').mark(self.m('tabel-sampah'))
            by_id = {item['id']: item for item in shown}

            def pick(event) -> None:
                """A click (or a tap) anywhere on a row selects it, as its small checkbox does."""
                if event.args in by_id:
                    table.selected = [by_id[event.args]]
            table.on('rowClick', pick, js_handler='(evt, row) => emit(row.id)')

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
