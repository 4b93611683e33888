"""The grid's columns: which of the table's columns this person is shown, and their definitions for
AG Grid (header with the sort mark, width, inline editor, alignment, the key column on a phone)."""
from __future__ import annotations

from typing import Any

from core.access import Action, can
from forms.fields import enum_choices, kind_of
from locales import t
from pages.grid_host import GridHost
from pages.grid_phone import PHONE, key_column

SORT_MARK = {False: ' ▲', True: ' ▼'}


class Columns(GridHost):
    """Part of TableView (pages/table_view.py): its column definitions."""

    def shown_columns(self) -> list[str]:
        """The table's columns this actor is shown (TableSpec.columns_for: an Operator Desa's rows
        are all of their own desa, so not its column), less the parent's in a child grid."""
        return [name for name in self.spec.columns_for(self.actor)
                if not (self.query.parent and name == self.query.parent[0])]

    def column_defs(self) -> list[dict[str, Any]]:
        may_edit = can(self.actor, Action.UBAH, self.spec)
        sorted_by = dict(self.query.sort)
        shown = self.shown_columns()
        pinned = key_column(self.spec, shown)
        quick = self.quick_column()
        columns = [quick] if quick else []
        for name in shown:
            field = self.spec.field(name)
            kind = kind_of(field)
            header = self.spec.label_of(name) + (SORT_MARK[sorted_by[name]] if name in sorted_by else '')
            column: dict[str, Any] = {'headerName': header, 'field': name, 'sortable': False,
                                      'headerTooltip': t('grid.toolbar.urutkan'), 'hide': name in self.hidden}
            if name in self.widths:
                column['width'] = self.widths[name]
            editable = (may_edit and kind.inline and not self.spec.is_fk(name)
                        and name in self.spec.form and name not in self.spec.readonly)
            column['editable'] = editable
            if editable and kind.name == 'enum':
                column['cellEditor'] = 'agSelectCellEditor'
                column['cellEditorParams'] = {'values': ([''] if field.null else []) + enum_choices(field)}
            if kind.numeric:
                column['type'] = 'rightAligned'
            if name == pinned:   # on a phone: kept on the left, at most 40% of the screen, wrapped
                column[':pinned'] = f"{PHONE} ? 'left' : null"
                column[':maxWidth'] = f'{PHONE} ? Math.round(window.innerWidth * 0.4) : undefined'
                column[':wrapText'] = PHONE
                column[':autoHeight'] = PHONE
                column[':cellStyle'] = f"{PHONE} ? {{lineHeight: '1.4', paddingTop: '12px', paddingBottom: '12px'}} : undefined"
            columns.append(column)
        return columns
