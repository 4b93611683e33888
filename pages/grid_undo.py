"""The banner after a batch of changes (a paste or an import): one button undoes the whole batch."""
from __future__ import annotations

from nicegui import ui

from core import records
from core.access import AccessDenied, Actor
from locales import t
from pages.grid_host import GridHost, grid_event


class UndoBanner(GridHost):
    """Part of TableView (pages/table_view.py): fills and answers its undo_box."""

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

    @grid_event()
    async def undo(self, actor: Actor, group: str | None) -> None:
        if not group:
            return
        try:
            count = await records.undo_group(actor, group)
        except (records.UndoRefused, AccessDenied) as error:
            ui.notify(str(error), type='negative', multi_line=True)
            return
        self.undo_box.set_visibility(False)
        ui.notify(t('grid.batalkan.selesai', n=count), type='positive')
        await self.refresh()
