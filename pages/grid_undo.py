"""Undo and redo of grid edits: the banner after a batch (a paste, an import, a fill, a bulk edit)
undoes the whole batch with one button, and Ctrl+Z / Ctrl+Y walk back and forth through this
person's own edits on this open page (a paste, a cell, a fill, a bulk edit), each through
core.records' write path with its version checks."""
from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from nicegui import ui
from nicegui.events import KeyEventArguments

from core import records
from core.access import AccessDenied, Actor
from core.record_undo import redo_group
from locales import t
from pages.grid_host import GridHost, grid_event

# Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) on a grid cell that is not being edited. The page-wide
# ui.keyboard sees the key too, so it is stopped here: one key, one undo.
UNDO_KEYS_JS = """(event) => {
  const key = (event.key || '').toLowerCase();
  if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y')) return;
  const grid = getElement(GRID_ID);
  if (!grid || !grid.api || grid.api.getEditingCells().length) return;
  if (event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  event.stopPropagation();
  emit({key: key === 'z' && !event.shiftKey ? 'z' : 'y'});
}"""

KEPT = 50   # edits remembered per open page


@dataclass
class EditHistory:
    """The groups (core.records batches) of one person's own edits on one open grid, newest last."""
    undo: list[str] = field(default_factory=list)
    redo: list[str] = field(default_factory=list)


# Kept beside the grid rather than on it: a grid's parts use only what pages/grid_host.GridHost declares.
_HISTORIES: WeakKeyDictionary[GridHost, EditHistory] = WeakKeyDictionary()


def edit_history(grid: GridHost) -> EditHistory:
    return _HISTORIES.setdefault(grid, EditHistory())


def remember(grid: GridHost, group: str | None) -> None:
    """A new edit of this person on this grid: Ctrl+Z undoes it, and nothing undone before can be redone."""
    if not group:
        return
    history = edit_history(grid)
    history.undo = [*history.undo, group][-KEPT:]
    history.redo.clear()


class UndoBanner(GridHost):
    """Part of TableView (pages/table_view.py): fills and answers its undo_box, and Ctrl+Z / Ctrl+Y."""

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

    def wire_undo_keys(self, page_wide: bool) -> None:
        """Ctrl+Z / Ctrl+Y on the grid; page_wide: also anywhere on the page but in an input (not in a
        child grid's dialog, whose page has its own)."""
        self.grid.on('keydown', self.on_undo_key, js_handler=UNDO_KEYS_JS.replace('GRID_ID', str(self.grid.id)))
        if page_wide:
            ui.keyboard(self.on_page_key, ignore=['input', 'select', 'textarea'])

    async def on_page_key(self, event: KeyEventArguments) -> None:
        if not event.action.keydown or event.action.repeat or not (event.modifiers.ctrl or event.modifiers.meta) \
                or event.modifiers.alt:
            return
        if event.key.name.lower() == 'z':
            await self.undo_last(redo=event.modifiers.shift)
        elif event.key.name.lower() == 'y':
            await self.undo_last(redo=True)

    async def on_undo_key(self, event) -> None:
        key = (event.args or {}).get('key')
        if key in ('z', 'y'):
            await self.undo_last(redo=key == 'y')

    async def undo_last(self, redo: bool = False) -> None:
        """Ctrl+Z: undo this person's last edit on this grid; Ctrl+Y (redo): do again the last one undone."""
        actor = await self.fresh_actor()   # the rights are checked by core.records, per row
        if actor is None:
            return
        history = edit_history(self)
        stack = history.redo if redo else history.undo
        if not stack:
            ui.notify(t('grid.ulang.tidak_ada_ulang' if redo else 'grid.ulang.tidak_ada_batal'), type='info')
            return
        group = stack.pop()
        if redo:
            await self.redo(actor, group)
        else:
            await self.undo_now(actor, group)

    @grid_event()
    async def undo(self, actor: Actor, group: str | None) -> None:
        """The banner's button."""
        if group:
            await self.undo_now(actor, group)

    async def undo_now(self, actor: Actor, group: str) -> None:
        try:
            count = await records.undo_group(actor, group)
        except (records.UndoRefused, AccessDenied) as error:
            ui.notify(str(error), type='negative', multi_line=True)
            return
        history = edit_history(self)
        if group in history.undo:
            history.undo.remove(group)   # undone from the banner: not again with Ctrl+Z
        history.redo.append(group)
        self.undo_box.set_visibility(False)
        ui.notify(t('grid.batalkan.selesai', n=count), type='positive')
        await self.refresh(actor=actor)

    async def redo(self, actor: Actor, group: str) -> None:
        try:
            count, new_group = await redo_group(actor, group)
        except (records.UndoRefused, AccessDenied) as error:
            ui.notify(str(error), type='negative', multi_line=True)
            await self.refresh(actor=actor)
            return
        edit_history(self).undo.append(new_group)
        ui.notify(t('grid.ulang.selesai', n=count), type='positive')
        await self.refresh(actor=actor)

    async def save_cell(self, actor: Actor, name: str, value, row_id: int, version: int | None) -> records.WriteResult:
        """A cell edited in the grid, saved as a batch of one, so Ctrl+Z can undo it."""
        result = await records.save_batch(self.spec, actor, [records.BatchItem({name: value}, row_id, version)])
        if result.ok:
            remember(self, result.group)
            return records.WriteResult({}, result.rows[0])
        return records.WriteResult(next(iter(result.errors.values())))
