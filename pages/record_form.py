"""The add/edit dialog of any table, built from its description and the field registry."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from nicegui import ui

from core import record_files, records
from core.access import AccessDenied, Actor
from core.visible_rows import fk_options
from locales import t
from forms.fields import display, kind_of, to_python
from forms.indonesian import ParseError
from pages.file_field import file_context
from pages.reference_picker import search_on_server, too_long_to_list
from pages.widgets import DateInput, build_input, widget_value
from models.table import TableSpec

ActorLoader = Callable[[], Awaitable[Actor | None]]


async def conflict_rows(spec: TableSpec, stored, typed: dict[str, Any]) -> list[dict[str, str]]:
    """The fields where what is stored now differs from what the user typed, both as a person reads them."""
    from core.listing import related_labels
    rows = []
    for name, raw in typed.items():
        field = spec.field(name)
        theirs = getattr(stored, f'{name}_id' if spec.is_fk(name) else name)
        try:
            mine = to_python(field, raw)
        except ParseError:
            mine = raw  # shown as typed
        if mine == theirs or (mine is None and theirs in ('', None)):
            continue
        if spec.is_fk(name):
            labels = await related_labels(spec, name, {v for v in (mine, theirs) if isinstance(v, int)})
            shown = (labels.get(theirs, ''), labels.get(mine, ''))
        else:
            shown = (display(field, theirs), mine if isinstance(mine, str) and mine is raw else display(field, mine))
        rows.append({'field': spec.label_of(name), 'theirs': shown[0], 'mine': shown[1]})
    return rows


def sticky_fields(spec: TableSpec) -> list[str]:
    """What a clerk typing a pile of paper keeps from one record to the next ("Simpan & tambah lagi"):
    the dates, references and choices, and the one-line texts the table is filtered by (a category
    such as the asal surat of a pile from one sender), except those a unique constraint binds.
    Numbers the model suggests (the next agenda number) are suggested afresh."""
    unique = {name for group in spec.model._meta.unique_together for name in group}
    return [name for name in spec.form
            if name not in spec.readonly and name not in unique and not getattr(spec.field(name), 'unique', False)
            and (spec.is_fk(name) or kind_of(spec.field(name)).name in ('date', 'enum')
                 or (name in spec.filters and kind_of(spec.field(name)).widget == 'input'
                     and kind_of(spec.field(name)).name == 'text'))]


def kept_values(spec: TableSpec, saved) -> dict[str, Any]:
    """The sticky fields' values of a row just saved, as a preset of the next blank form."""
    return {name: getattr(saved, f'{name}_id' if spec.is_fk(name) else name) for name in sticky_fields(spec)}


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
    """Open the form; `fixed` fields (e.g. the parent surat of a disposisi) are shown but not editable.

    From the keyboard: the focus starts in the first field that can be typed in, Enter in a one-line
    input and Ctrl+S save, Ctrl+Enter saves a new record and opens the next blank one with the
    sticky values kept (`sticky_fields`), Esc closes a form nothing was typed in and asks first
    when something was."""
    asked_fixed = fixed
    state: dict[str, Any] = {'version': None}
    if row_id is not None:
        row = await records.load_row(spec, actor, row_id)
        values = await records.form_values(spec, row)
        state['version'] = row.version
    else:
        values = await initial_values(spec, preset)
    values.update(spec.fixed_values(actor))   # shown, never chosen (an Operator Desa's desa)
    fixed = (*fixed, *spec.fixed_values(actor))
    inputs: dict[str, ui.element] = {}
    files = await file_context(row_id, load_actor) if record_files.file_fields(spec) else None
    # full screen on a phone (Quasar's xs breakpoint, read in the browser when the form opens)
    with ui.dialog().props('persistent no-shake :maximized="Quasar.Screen.lt.sm"') as dialog, \
            ui.card().classes('w-full max-w-3xl').mark('formulir') as card:
        title = t('formulir.judul_ubah', tabel=spec.label) if row_id else t('formulir.judul_tambah', tabel=spec.label)
        ui.label(title).classes('text-h6')
        general = ui.label().classes('text-negative').mark('form-error')
        general.set_visibility(False)
        with ui.grid(columns='repeat(auto-fill, minmax(260px, 1fr))').classes('w-full gap-x-4 gap-y-1'):
            for name in spec.form:
                options = await fk_options(spec, name, actor, values.get(name), values=values, offered=True) \
                    if spec.is_fk(name) else None
                element = build_input(spec, name, values.get(name), options=options,
                                      readonly=name in spec.readonly or name in fixed, files=files)
                if options is not None and too_long_to_list(options) and name not in fixed:
                    search_on_server(element, spec, name, actor, values)
                if spec.field(name).__class__.__name__ == 'LongTextField':
                    element.classes('col-span-full')
                inputs[name] = element
        editable = {name: element for name, element in inputs.items()
                    if name not in spec.readonly and name not in fixed}
        first = next((element for name, element in editable.items()
                      if kind_of(spec.field(name)).widget in ('input', 'textarea', 'date', 'select')), None)
        if first is not None:
            first.props('autofocus')
        opened_with = {name: element.value for name, element in editable.items()}

        async def submit(again: bool = False) -> None:
            fresh = await load_actor()
            if fresh is None:
                ui.notify(t('common.sesi_berakhir'), type='warning')
                return
            typed = {name: element.value for name, element in inputs.items()
                     if name not in spec.readonly and name not in fixed}
            for name in fixed:
                typed[name] = values.get(name)
            try:
                result = await records.save(spec, fresh, typed, row_id=row_id, version=state['version'])
            except (AccessDenied, records.RecordNotFound) as error:
                ui.notify(str(error), type='negative')
                dialog.close()
                return
            if result.conflict and result.row is not None:
                await show_conflict(result.row, typed)
                return
            for name, element in inputs.items():
                if hasattr(element, 'error'):
                    element.error = result.errors.get(name)
                if isinstance(element, DateInput):   # a date the rules ask for: today in one click
                    element.offer_today(bool(element.error) and not element.value)
            general.text = result.errors.get(records.GENERAL, '')
            if not result.ok and not general.text:
                general.text = t('formulir.periksa_isian')
            general.set_visibility(bool(general.text))
            if result.ok:
                ui.notify(t('formulir.tersimpan', tabel=spec.label), type='positive')
                dialog.close()
                if on_saved:
                    await on_saved()
                if again and row_id is None:
                    host = dialog.parent_slot
                    dialog.delete()
                    with host:
                        await open_record_form(spec, fresh, load_actor, fixed=asked_fixed, on_saved=on_saved,
                                               preset={**(preset or {}), **kept_values(spec, result.row)})

        with ui.dialog() as ask, ui.card().mark('buang-isian'):
            ui.label(t('formulir.buang.tanya')).classes('text-h6')
            ui.label(t('formulir.buang.penjelasan'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('formulir.buang.lanjut'), on_click=ask.close).props('flat autofocus').mark('lanjut-mengisi')
                ui.button(t('formulir.buang.buang'), on_click=lambda: (ask.close(), dialog.close())) \
                    .props('color=negative').mark('buang')

        def cancel() -> None:
            if any(element.value != opened_with[name] for name, element in editable.items()):
                ask.open()
            else:
                dialog.close()

        for name, element in editable.items():   # Enter saves from one line; a long text takes it as a new line
            if isinstance(element, ui.input) and not isinstance(element, ui.textarea):
                element.on('keydown.enter.exact', submit)
        card.on('keydown.ctrl.s.prevent', submit)
        if row_id is None:
            card.on('keydown.ctrl.enter.prevent', lambda: submit(again=True))
        # on the key's release: Quasar closes the topmost dialog on it, which must not be the question
        # just opened; Esc in an open list or calendar closes that list (Quasar), not the form
        card.on('keyup.esc', cancel, js_handler='() => { if (!document.querySelector(".q-menu")) emit() }')

        conflict_box = ui.column().classes('w-full')

        async def show_conflict(stored, typed: dict[str, Any]) -> None:
            """Their values beside yours; the user reloads, or overwrites on purpose."""
            conflict_box.clear()
            with conflict_box, ui.card().classes('w-full bg-orange-1').mark('konflik'):
                ui.label(t('formulir.konflik.pesan', pengguna=stored.updated_by or t('formulir.konflik.pengguna_lain'))) \
                    .classes('text-subtitle1')
                differences = await conflict_rows(spec, stored, typed)
                columns = [{'name': 'field', 'label': t('formulir.konflik.isian'), 'field': 'field', 'align': 'left'},
                           {'name': 'theirs', 'label': t('formulir.konflik.tersimpan'), 'field': 'theirs',
                            'align': 'left'},
                           {'name': 'mine', 'label': t('formulir.konflik.isian_anda'), 'field': 'mine', 'align': 'left'}]
                ui.table(columns=columns, rows=differences, row_key='field').classes('w-full').mark('beda')
                with ui.row():
                    ui.button(t('formulir.konflik.muat_ulang'), icon='refresh', on_click=lambda: reload(stored)) \
                        .props('outline').mark('muat-ulang')
                    ui.button(t('formulir.konflik.timpa'), icon='warning', on_click=lambda: overwrite(stored)) \
                        .props('color=warning').mark('timpa')

        def reload(stored) -> None:
            for name, element in inputs.items():
                value = getattr(stored, f'{name}_id' if spec.is_fk(name) else name)
                element.value = widget_value(spec, name, value)
            state['version'] = stored.version
            conflict_box.clear()
            ui.notify(t('formulir.konflik.dimuat_ulang'))

        async def overwrite(stored) -> None:
            state['version'] = stored.version
            conflict_box.clear()
            await submit()

        # Simpan and Batal stay in reach at the bottom while a long form scrolls
        with ui.row().classes('w-full justify-end sticky z-10 bg-white q-pt-sm').style(
                'bottom: -1rem; padding-bottom: 1rem; box-shadow: 0 -1px 0 rgba(0, 0, 0, 0.12)') \
                .mark('tombol-formulir'):
            ui.button(t('common.batal'), on_click=dialog.close).props('flat').mark('batal')
            if row_id is None:
                ui.button(t('formulir.simpan_tambah'), icon='playlist_add', on_click=lambda: submit(again=True)) \
                    .props('outline').tooltip(t('formulir.pintasan_simpan_tambah')).mark('simpan-tambah')
            ui.button(t('common.simpan'), icon='save', on_click=submit).tooltip(t('formulir.pintasan_simpan')).mark('simpan')
    dialog.open()
    return dialog
