"""Cells pasted from Excel into the grid: the browser sends the clipboard text and the focused cell;
the server says what the block overwrites and adds, asks, and fills the rows below it (lines past
the last row as new rows) through core.records' save_batch, all or nothing, undoable in one step."""
from __future__ import annotations

from nicegui import ui

from core import records
from core.access import AccessDenied, Action, can, refusal
from locales import t
from pages.grid_host import GridHost
from pages.grid_quick_action import QUICK_COLUMN
from pages.grid_undo import remember

# Ctrl+V on a focused cell: send the clipboard text and where it lands; the server does the rest.
PASTE_JS = """(event) => {
  const grid = getElement(GRID_ID);
  const cell = grid && grid.api ? grid.api.getFocusedCell() : null;
  if (!cell || grid.api.getEditingCells().length) return;
  event.preventDefault();
  emit({text: event.clipboardData.getData('text/plain'), row: cell.rowIndex, col: cell.column.getColId()});
}"""


def parse_clipboard(text: str) -> list[list[str]]:
    """Cells copied from Excel: rows by line, cells by tab; the trailing newline Excel adds is dropped."""
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [line.split('\t') for line in lines]


class PasteFromExcel(GridHost):
    """Part of TableView (pages/table_view.py): the handler of its grid's 'paste' event."""

    async def on_paste(self, event) -> None:
        """A block pasted from Excel fills the rows below the focused cell, and lines past the last
        row become new rows; after saying what it will overwrite and add, all or nothing."""
        args = event.args or {}
        block = parse_clipboard(str(args.get('text') or ''))
        columns = [c['field'] for c in self.column_defs() if c['field'] != QUICK_COLUMN]
        start_row, start_col = args.get('row'), args.get('col')
        if not block or not isinstance(start_row, int) or start_row < 0 or start_col not in columns \
                or self.page is None:
            return
        actor = await self.fresh_actor()
        if actor is None:
            return
        first = columns.index(start_col)
        editable = {c['field'] for c in self.column_defs() if c.get('editable')}
        items, problems = [], []
        for i, cells in enumerate(block):
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
            if start_row + i < len(self.page.rows):
                target = self.page.rows[start_row + i]
                items.append(records.BatchItem(values, row_id=target['id'], version=target.get('version')))
            else:
                if self.query.parent:   # a new row of a child grid belongs to its parent
                    values[self.query.parent[0]] = self.query.parent[1]
                items.append(records.BatchItem(values))
        overwritten = [item for item in items if item.row_id is not None]
        added = len(items) - len(overwritten)
        for action, needed in ((Action.UBAH, overwritten), (Action.TAMBAH, added)):
            if needed and not can(actor, action, self.spec):
                problems.insert(0, refusal(action, self.spec.label))
        if problems:
            self.show_paste_problems(problems)
            return
        if not await self.confirm_paste(len(overwritten), sum(len(item.values) for item in overwritten), added):
            return
        actor = await self.fresh_actor()
        if actor is None:
            return
        try:
            result = await records.save_batch(self.spec, actor, items)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        if result.ok:
            done = [t('grid.tempel.berhasil', n=len(overwritten))] if overwritten else []
            done += [t('grid.tempel.ditambahkan', n=added)] if added else []
            ui.notify(' '.join(done), type='positive')
            remember(self, result.group)
            self.offer_undo(' '.join(done), result.group)
            await self.refresh(actor=actor)
            return
        for index, errors in result.errors.items():
            for name, message in errors.items():
                label = self.spec.label_of(name) if name in self.spec.fields_map else t('grid.tempel.baris')
                problems.append(t('grid.tempel.galat', baris=index + 1, kolom=label, pesan=message))
        self.show_paste_problems(problems)

    async def confirm_paste(self, rows: int, cells: int, added: int) -> bool:
        """Say how many cells and rows a paste overwrites and how many rows it adds; True on Ya."""
        with ui.dialog() as dialog, ui.card().mark('tanya-tempel'):
            ui.label(t('grid.tempel.tanya_judul')).classes('text-h6')
            if rows:
                ui.label(t('grid.tempel.tanya_timpa', sel=cells, baris=rows))
            if added:
                ui.label(t('grid.tempel.tanya_tambah', n=added))
            ui.label(t('grid.tempel.tanya_penjelasan')).classes('text-caption')
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=lambda: dialog.submit(False)).props('flat') \
                    .mark(self.m('batal-tempel'))
                ui.button(t('common.ya'), on_click=lambda: dialog.submit(True)).mark(self.m('ya-tempel'))
        answer = bool(await dialog)
        dialog.delete()
        return answer

    def show_paste_problems(self, problems: list[str]) -> None:
        with ui.dialog() as dialog, ui.card().mark('galat-tempel'):
            ui.label(t('grid.tempel.gagal_judul')).classes('text-h6 text-negative')
            ui.label(t('grid.tempel.gagal_penjelasan'))
            for problem in problems:
                ui.label(problem).classes('text-negative')
            ui.button(t('common.tutup'), on_click=dialog.close)
        dialog.open()
