"""Cells pasted from Excel into the grid: the browser sends the clipboard text and the focused cell,
the server fills the rows below it through core.records, all or nothing."""
from __future__ import annotations

from nicegui import ui

from core import records
from core.access import AccessDenied, Action
from locales import t
from pages.grid_host import GridHost
from pages.grid_quick_action import QUICK_COLUMN

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
