"""Form inputs built from the field registry: `FieldKind.widget` names the input, this module builds it.

Every input is marked `field-<name>` so tests (and keyboard users) can find it.
"""
from __future__ import annotations

from typing import Any

from nicegui import ui

from locales import t
from forms.fields import display, enum_choices, kind_of
from models.table import TableSpec
from pages.file_field import FileContext, FilesInput

DATE_LOCALE = {  # Quasar's calendar in the panel's language, weeks starting on Monday
    'days': t('formulir.tanggal.hari').split(','),
    'daysShort': t('formulir.tanggal.hari_singkat').split(','),
    'months': t('formulir.tanggal.bulan').split(','),
    'monthsShort': t('formulir.tanggal.bulan_singkat').split(','),
    'firstDayOfWeek': 1,
}


def date_input(label: str, value: str = '') -> ui.input:
    """A text input read as dd/mm/yyyy, with a calendar in a menu."""
    with ui.input(label, value=value, placeholder=t('formulir.tanggal.contoh')).props('clearable') as field:
        with ui.menu().props('no-parent-event') as menu:
            calendar = ui.date(mask='DD/MM/YYYY').bind_value(field)
            calendar.props['locale'] = DATE_LOCALE
            with calendar:
                with ui.row().classes('justify-end'):
                    ui.button(t('common.tutup'), on_click=menu.close).props('flat')
        with field.add_slot('append'):
            ui.icon('edit_calendar').on('click', menu.open).classes('cursor-pointer')
    return field


def widget_value(spec: TableSpec, name: str, value: Any) -> Any:
    """A stored value as its input holds it: text for typed inputs, the raw value for selects and checkboxes."""
    field = spec.field(name)
    kind = kind_of(field)
    if kind.widget == 'files':
        return list(value or [])
    if kind.widget == 'select':
        return value.value if hasattr(value, 'value') else value
    if kind.widget == 'checkbox':
        return bool(value)
    text = display(field, value)
    return text.removeprefix('Rp ') if kind.name == 'money' else text


def build_input(spec: TableSpec, name: str, value: Any, *, options: dict | None = None,
                readonly: bool = False, files: FileContext | None = None) -> ui.element:
    """The input of one field; a files column needs `files` (pages.file_field.file_context)."""
    field = spec.field(name)
    kind = kind_of(field)
    label = spec.label_of(name) + ('' if field.null or field.default is not None or readonly else ' *')
    initial = widget_value(spec, name, value)
    if kind.widget == 'files':
        if files is None:
            raise ValueError(f'the files input of {spec.name}.{name} needs its FileContext')
        return FilesInput(spec, name, initial, label=label, context=files, readonly=readonly).mark(f'field-{name}')
    if kind.widget == 'select' and kind.name == 'enum':
        element = ui.select(enum_choices(field), label=label, value=initial, clearable=field.null)
    elif kind.widget == 'select':
        element = ui.select(options or {}, label=label, value=initial, with_input=True, clearable=field.null) \
            .props('use-input input-debounce=0')
    elif kind.widget == 'checkbox':
        element = ui.checkbox(label, value=initial)
    elif kind.widget == 'textarea':
        element = ui.textarea(label, value=initial).props('autogrow')
    elif kind.widget == 'date':
        element = date_input(label, initial)
    else:
        element = ui.input(label, value=initial)
        if kind.name == 'money':
            element.props('prefix=Rp')
        if kind.numeric:
            element.props('input-class=text-right')
    if readonly:
        element.props(f'readonly placeholder="{t("formulir.diisi_otomatis")}"').tooltip(t('formulir.diisi_otomatis'))
    if field.null is False and kind.widget != 'checkbox':
        element.props('hide-bottom-space')
    return element.mark(f'field-{name}').classes('w-full')
