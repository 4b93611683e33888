"""The add/edit dialog of any table, built from its description and the field registry."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from nicegui import ui

from core import records
from core.access import AccessDenied, Actor
from forms.widgets import build_input, fk_options
from models.table import TableSpec

ActorLoader = Callable[[], Awaitable[Actor | None]]


async def initial_values(spec: TableSpec, preset: dict[str, Any] | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in spec.form:
        default = spec.field(name).default
        values[name] = default() if callable(default) else default
    values.update(await spec.model.suggested_values())
    values.update(preset or {})
    return values


async def open_record_form(spec: TableSpec, actor: Actor, load_actor: ActorLoader, *, row_id: int | None = None,
                           preset: dict[str, Any] | None = None, fixed: tuple[str, ...] = (),
                           on_saved: Callable[[], Awaitable[None]] | None = None) -> ui.dialog:
    """Open the form; `fixed` fields (e.g. the parent surat of a disposisi) are shown but not editable."""
    version = None
    if row_id is not None:
        row = await records.load_row(spec, actor, row_id)
        values = await records.form_values(spec, row)
        version = row.version
    else:
        values = await initial_values(spec, preset)
    if actor.is_desa_operator and spec.desa_field:
        values[spec.desa_field] = actor.desa_id
        fixed = (*fixed, spec.desa_field)
    inputs: dict[str, ui.element] = {}
    with ui.dialog().props('persistent') as dialog, ui.card().classes('w-full max-w-3xl'):
        ui.label(f'{"Ubah" if row_id else "Tambah"} {spec.label}').classes('text-h6')
        general = ui.label().classes('text-negative').mark('form-error')
        general.set_visibility(False)
        with ui.grid(columns='repeat(auto-fill, minmax(260px, 1fr))').classes('w-full gap-x-4 gap-y-1'):
            for name in spec.form:
                options = await fk_options(spec, name, actor, values.get(name)) if spec.is_fk(name) else None
                element = build_input(spec, name, values.get(name), options=options,
                                      readonly=name in spec.readonly or name in fixed)
                if spec.field(name).__class__.__name__ == 'LongTextField':
                    element.classes('col-span-full')
                inputs[name] = element

        async def submit() -> None:
            fresh = await load_actor()
            if fresh is None:
                ui.notify('Sesi Anda sudah berakhir. Silakan masuk lagi.', type='warning')
                return
            typed = {name: element.value for name, element in inputs.items()
                     if name not in spec.readonly and name not in fixed}
            for name in fixed:
                typed[name] = values.get(name)
            try:
                result = await records.save(spec, fresh, typed, row_id=row_id, version=version)
            except (AccessDenied, records.RecordNotFound) as error:
                ui.notify(str(error), type='negative')
                dialog.close()
                return
            for name, element in inputs.items():
                if hasattr(element, 'error'):
                    element.error = result.errors.get(name)
            general.text = result.errors.get(records.GENERAL, '')
            if not result.ok and not general.text:
                general.text = 'Periksa isian yang ditandai merah.'
            general.set_visibility(bool(general.text))
            if result.ok:
                ui.notify(f'{spec.label} tersimpan.', type='positive')
                dialog.close()
                if on_saved:
                    await on_saved()

        with ui.row().classes('w-full justify-end'):
            ui.button('Batal', on_click=dialog.close).props('flat').mark('batal')
            ui.button('Simpan', icon='save', on_click=submit).mark('simpan')
    dialog.open()
    return dialog
