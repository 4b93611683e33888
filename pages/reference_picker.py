"""A reference select over a table too long to list whole (the 2,986 klasifikasi arsip): what the
person types is searched on the server (core.visible_rows.fk_search), so '005' or 'undangan' lists
the codes that match wherever they are, and a search that finds none says so."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core.access import Actor
from core.visible_rows import FK_OPTION_LIMIT, fk_search
from locales import t
from models.table import TableSpec


def too_long_to_list(options: dict) -> bool:
    """Whether fk_options stopped at its limit, so some rows can only be found by a search."""
    return len(options) >= FK_OPTION_LIMIT


def search_on_server(element: ui.select, spec: TableSpec, name: str, actor: Actor,
                     values: dict[str, Any] | None = None) -> ui.select:
    """Make `element` (a select of `spec.name`'s foreign key `name`, with_input) search on the
    server as the person types; an emptied input lists the first rows again. The chosen value(s)
    stay among the options."""
    first = dict(element.options)
    asked = {'last': 0}
    with element.add_slot('no-option'):
        with ui.item().classes('text-grey-7').mark('tidak-ada-pilihan'):
            message = ui.item_label(t('formulir.tidak_ada_pilihan'))

    async def typed(event) -> None:
        text = str(event.args or '').strip()
        asked['last'] += 1
        mine = asked['last']
        if text:
            found, said = await fk_search(spec, name, actor, text, values=values, offered=True)
        else:
            found, said = first, None
        if mine != asked['last']:   # a later keystroke's search answers instead
            return
        chosen = element.value if isinstance(element.value, list) else [element.value]
        kept = {value: element.options[value] for value in chosen if value in element.options}
        message.text = said or t('formulir.tidak_ada_pilihan')
        element.set_options({**found, **kept})

    element.on('input-value', typed)
    return element
