"""What a phone-size screen gets of a grid: the key column kept in view on the left, and the
toolbar's secondary buttons gathered in one ⋮ menu."""
from __future__ import annotations

import string
from typing import Any, Callable

from nicegui import ui

from locales import t
from forms.fields import kind_of
from models.table import TableSpec

# Phone-size screens: Quasar's xs breakpoint, read in the browser (the server does not know the width).
PHONE = "window.matchMedia('(max-width: 599.98px)').matches"


def key_column(spec: TableSpec, shown: list[str]) -> str | None:
    """The column that names a row to a person (the first text field of its row label), kept in
    view on the left of the grid on a phone while the other columns scroll."""
    for _, name, _, _ in string.Formatter().parse(spec.row_label):
        if name in shown and not spec.is_fk(name) and kind_of(spec.field(name)).name == 'text':
            return name
    return shown[0] if shown else None


class PhoneMenu:
    """On a phone, the secondary buttons are in one ⋮ menu: each is added here as the toolbar is built."""

    def __init__(self, m: Callable[[str], str]) -> None:
        self.m = m   # the grid's marker maker (TableView.m)
        self.items: list[tuple[str, str, Any, str]] = []

    def add(self, text: str, icon: str, handler: Any, marker: str) -> None:
        self.items.append((text, icon, handler, marker))

    def secondary(self, text: str, icon: str, handler: Any, marker: str, props: str = 'outline') -> ui.button:
        """A button of the toolbar on a wide screen, an item of the ⋮ menu on a phone."""
        self.add(text, icon, handler, marker)
        return ui.button(text, icon=icon, on_click=handler).props(props).classes('gt-xs').mark(self.m(marker))

    def build(self) -> None:
        with ui.button(icon='more_vert').props(f'flat round aria-label="{t("grid.toolbar.lainnya")}"') \
                .classes('lt-sm').mark(self.m('lainnya')):
            with ui.menu().mark(self.m('menu-lainnya')):
                for text, icon, handler, marker in self.items:
                    with ui.menu_item(on_click=handler).mark(self.m(f'menu-{marker}')):
                        with ui.item_section().props('avatar'):
                            ui.icon(icon)
                        ui.item_section(text).classes('whitespace-nowrap')
