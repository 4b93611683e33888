"""The quick-action column: one tap on a row (validate an usulan, finish a PATEN request) writes
through core.records.

A status that needs a date (Selesai needs its Tanggal Selesai) is refused by the table's rules when
the date is empty; when that date is all the save lacks, the grid offers today and, confirmed, saves
the status and the date together, as one edit through records.save."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import records
from core.access import AccessDenied, Action, can
from core.listing import row_label
from forms.fields import display, kind_of
from forms import indonesian
from locales import t
from models.table import TableSpec
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
# Enter or Space on the focused cell presses its button, as a click would (the cellClicked handler
# sends the row): the keyboard's way to the action, since the grid's cells hold the focus, not the button.
QUICK_KEY_JS = """(params) => {
  const event = params.event;
  if (params.editing || event.type !== 'keydown' || !['Enter', ' '].includes(event.key)) return false;
  const button = event.target.querySelector && event.target.querySelector('button');
  if (!button) return false;
  event.preventDefault();
  button.click();
  return true;
}"""


def missing_date(spec: TableSpec, row: Any, errors: dict[str, str]) -> str | None:
    """The date field whose emptiness is the one thing a save was refused for, if that is so: a
    typed date of the form, empty in the row, and the only field with a message."""
    if row is None or len(errors) != 1:
        return None
    name = next(iter(errors))
    if name not in spec.form or name in spec.readonly or kind_of(spec.field(name)).name != 'date':
        return None
    return name if getattr(row, name, None) is None else None


class QuickAction(GridHost):
    """Part of TableView (pages/table_view.py): the column's definition and the handler of its button."""

    def quick_column(self) -> dict[str, Any] | None:
        """One tap on a row (validate an usulan) for whoever may edit the table; the server decides."""
        action = self.spec.quick_action
        if action is None or self.query.parent or not can(self.actor, Action.UBAH, self.spec):
            return None
        if action.offered_to is not None and not action.offered_to(self.actor, self.spec):
            return None
        return {'colId': QUICK_COLUMN, 'field': QUICK_COLUMN, 'headerName': self.spec.label_of(action.field),
                'sortable': False,
                'editable': False, 'resizable': False, 'width': 120, 'minWidth': 110,
                ':cellRenderer': QUICK_RENDERER, ':suppressKeyboardEvent': QUICK_KEY_JS,
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
            await self.refresh(actor=actor)
            return
        if not result.ok and (date_field := missing_date(self.spec, result.row, result.errors)):
            self.offer_today(result.row, version, date_field)
            return
        self.tell(result)
        await self.refresh(actor=actor)

    def tell(self, result: records.WriteResult) -> None:
        action = self.spec.quick_action
        if result.ok:
            ui.notify(t(f'grid.aksi_cepat.{action.key}.selesai', data=row_label(self.spec, result.row)),
                      type='positive')
        else:
            ui.notify(next(iter(result.errors.values())), type='negative', multi_line=True)

    def offer_today(self, row: Any, version: int, date_field: str) -> ui.dialog:
        """'Selesai hari ini?': confirmed, the action's value and today's date are saved together."""
        action, day = self.spec.quick_action, indonesian.today()
        with ui.dialog() as dialog, ui.card().mark(self.m('tawar-hari-ini')):
            ui.label(t('grid.aksi_cepat.hari_ini.judul', nilai=action.after.value)).classes('text-h6')
            ui.label(t('grid.aksi_cepat.hari_ini.pesan', kolom=self.spec.label_of(date_field),
                       tanggal=display(self.spec.field(date_field), day), data=row_label(self.spec, row),
                       nilai=action.after.value))

            async def confirm() -> None:
                dialog.close()
                actor = await self.allowed(Action.UBAH)
                if actor is None:
                    return
                try:
                    result = await records.save(self.spec, actor, {action.field: action.after.value, date_field: day},
                                                row_id=row.id, version=version)
                except (AccessDenied, records.RecordNotFound) as error:
                    ui.notify(str(error), type='negative')
                else:
                    self.tell(result)
                await self.refresh(actor=actor)
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=dialog.close).props('flat').mark(self.m('batal-hari-ini'))
                ui.button(t('grid.aksi_cepat.hari_ini.ya'), icon='today', on_click=confirm) \
                    .props('autofocus').mark(self.m('ya-hari-ini'))
        dialog.open()
        return dialog
