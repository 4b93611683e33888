"""Fill-down without AG Grid Enterprise's fill handle: Ctrl+D (or 'Isi ke bawah') copies the top
cell of the selected rows down that column. The browser says which rows are selected and which
cell has the focus; which row gives its value and which rows take it is decided here."""
from __future__ import annotations

from typing import Any

# What the grid has selected and focused, as a selection action needs it: sent on Ctrl+D from a
# cell that is not being edited (the browser's own Ctrl+D, a bookmark, is stopped), and on a click
# of a selection action.
SELECTION_STATE_JS = """
  const grid = getElement(GRID_ID);
  if (!grid || !grid.api) return;
  const cell = grid.api.getFocusedCell();
  const state = {ids: grid.api.getSelectedNodes().map(node => node.data && node.data.id),
                 row: cell ? cell.rowIndex : null, col: cell ? cell.column.getColId() : null};
"""
FILL_KEY_JS = """(event) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key || '').toLowerCase() !== 'd') return;
  if (event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
  event.preventDefault();
  event.stopPropagation();""" + SELECTION_STATE_JS + """
  if (grid.api.getEditingCells().length) return;
  emit({...state, key: 'd'});
}"""
SELECTION_ACTION_JS = '() => {' + SELECTION_STATE_JS + '  emit(state);\n}'


def selected_indexes(rows: list[dict[str, Any]], ids: Any, focused: Any = None) -> list[int]:
    """The places on the page of the selected rows (ids as the browser sent them, unknown ones
    ignored) and of the focused cell's row, top to bottom."""
    wanted = {row_id for row_id in ids if isinstance(row_id, int)} if isinstance(ids, list) else set()
    places = {i for i, row in enumerate(rows) if row.get('id') in wanted}
    if isinstance(focused, int) and 0 <= focused < len(rows):
        places.add(focused)
    return sorted(places)


def fill_rows(rows: list[dict[str, Any]], ids: Any, focused: Any) -> tuple[dict, list[dict]] | None:
    """The row whose cell is copied and the rows it fills: the top of the selection (with the focused
    cell's row) fills the others; a lone cell takes the value of the cell above it, as in Excel."""
    places = selected_indexes(rows, ids, focused)
    if len(places) == 1 and places[0] > 0:
        return rows[places[0] - 1], [rows[places[0]]]
    if len(places) < 2:
        return None
    return rows[places[0]], [rows[i] for i in places[1:]]
