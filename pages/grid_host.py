"""The contract between the grid (pages/table_view.TableView) and its parts (the grid_*.py mixins:
columns, column chooser and views, paste, undo banner, quick action, trash, export).

Each part is a GridHost: what it uses of the grid, and was never declared before, is declared here
with its type, once. TableView sets the attributes and provides the methods (or another part does,
as named); tests/test_grid_contract.py checks that a part uses nothing else.
"""
from __future__ import annotations

from typing import Any, Callable

from nicegui import ui

from core.access import Action, Actor
from core.listing import ListQuery, Page
from models.table import TableSpec
from pages.frame import Handler, with_actor
from pages.grid_filters import FilterPanel
from pages.record_form import ActorLoader


class GridHost:
    # ---- the table, who looks at it, and what the grid shows (set by TableView.__init__) --------
    spec: TableSpec
    actor: Actor                     # as last reloaded (fresh_actor)
    load_actor: ActorLoader
    query: ListQuery                 # search, filters, sort, page; `parent` in a child grid
    page: Page | None                # the rows shown now
    selected: dict[str, Any] | None  # the selected row, as the grid has it
    hidden: set[str]                 # columns this person has hidden
    widths: dict[str, int]           # column widths this person has set
    filters: FilterPanel

    # ---- elements (made by TableView.build) ------------------------------------------------------
    search: ui.input
    grid: ui.aggrid
    filter_box: ui.card
    undo_box: ui.row                 # filled by UndoBanner
    export_box: ui.row               # filled by Export
    views: ui.select                 # the saved views (made by ColumnsAndViews)

    # ---- methods of TableView ------------------------------------------------------------------
    def m(self, marker: str) -> str:
        """The marker of an element (a child grid's start with 'anak-')."""
        raise NotImplementedError

    async def fresh_actor(self) -> Actor | None:
        """The actor reloaded from the session; None (sent to log in) when the session has ended."""
        raise NotImplementedError

    async def allowed(self, action: Action) -> Actor | None:
        """fresh_actor, if the role matrix allows the action (else None, and the person is told)."""
        raise NotImplementedError

    async def refresh(self, *, actor: Actor | None = None) -> None:
        """Read the current page of rows again and show it, as `actor` when the event has one."""
        raise NotImplementedError

    # ---- methods of the parts, used by other parts -----------------------------------------------
    def shown_columns(self) -> list[str]:
        """Columns (pages/grid_columns.py)."""
        raise NotImplementedError

    def column_defs(self) -> list[dict[str, Any]]:
        """Columns (pages/grid_columns.py)."""
        raise NotImplementedError

    def quick_column(self) -> dict[str, Any] | None:
        """QuickAction (pages/grid_quick_action.py)."""
        raise NotImplementedError

    def offer_undo(self, message: str, group: str | None) -> None:
        """UndoBanner (pages/grid_undo.py)."""
        raise NotImplementedError


def grid_event(action: Action | None = None) -> Callable[[Handler], Handler]:
    """For a grid's event handler whose first step is the actor: `@grid_event(Action.HAPUS)` above
    `async def open_trash(self, actor)`. The actor is reloaded from the session (fresh_actor) and,
    with an action, allowed it by the role matrix (allowed); else the handler does nothing."""
    return with_actor(lambda grid: grid.allowed(action) if action is not None else grid.fresh_actor())
