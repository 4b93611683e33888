"""The quick-action column: one tap on a row (validate an usulan) writes through core.records."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import records
from core.access import AccessDenied, Action, can
from core.listing import row_label
from locales import t
from pages.grid_host import GridHost

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


class QuickAction(GridHost):
    """Part of TableView (pages/table_view.py): the column's definition and the handler of its button."""

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

    async def on_quick_action(self, event) -> None:
        """The quick action's button in a row was tapped: one write through core.records, like any edit."""
        args = event.args or {}
        row_id, version = args.get('id'), args.get('version')
        action = self.spec.quick_action
        if action is None or not isinstance(row_id, int) or not isinstance(version, int):
            return   # the grid always sends the version it shows: the save must check it
        actor = await self.allowed(Action.UBAH)
        if actor is None:
            return
        try:
            result = await records.quick_action(self.spec, actor, row_id, version=version)
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
