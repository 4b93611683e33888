"""Form inputs built from the field registry: `FieldKind.widget` names the input, this module builds it.

Every input is marked `field-<name>` so tests (and keyboard users) can find it.
"""
from __future__ import annotations

from typing import Any

from nicegui import ui

from locales import t
from forms.fields import display, enum_choices, kind_of
from forms import indonesian
from forms.indonesian import ParseError, format_date, parse_date
from models.table import TableSpec
from pages.file_field import FileContext, FilesInput
from pages.widget_scale import scale_input, scale_words

DATE_LOCALE = {  # Quasar's calendar in the panel's language, weeks starting on Monday
    'days': t('formulir.tanggal.hari').split(','),
    'daysShort': t('formulir.tanggal.hari_singkat').split(','),
    'months': t('formulir.tanggal.bulan').split(','),
    'monthsShort': t('formulir.tanggal.bulan_singkat').split(','),
    'firstDayOfWeek': 1,
}


class DateInput(ui.input):
    """A text input for a date typed any way forms.indonesian.parse_date reads (`2/12/26`, `2 Des`,
    `hari ini`, `+3`), with a calendar in a menu. On leaving it the text is shown back as dd/mm/yyyy,
    or the reason it cannot be read appears beside it, before anything is saved. Its clear and
    calendar icons are not tab stops: Tab goes from field to field."""

    def __init__(self, label: str, value: str = '', *, readonly: bool = False) -> None:
        super().__init__(label, value=value, placeholder=t('formulir.tanggal.contoh'))
        self._unread: str | None = None     # the message this input put beside itself, not a save's
        with self:
            with ui.menu().props('no-parent-event') as menu:
                calendar = ui.date(mask='DD/MM/YYYY').bind_value(self)
                calendar.props['locale'] = DATE_LOCALE
                with calendar:
                    with ui.row().classes('justify-end'):
                        ui.button(t('common.tutup'), on_click=menu.close).props('flat')
            with self.add_slot('append'):
                self.today_button = ui.button(t('formulir.isi_hari_ini'), on_click=self.fill_today) \
                    .props('flat dense no-caps size=sm color=primary').mark('isi-hari-ini')
                self.today_button.set_visibility(False)
                if not readonly:
                    clear_icon(self, '')
                    ui.icon('edit_calendar').props('tabindex=-1').on('click', menu.open).classes('cursor-pointer')
        self.on('blur', self.show_read_back)

    def show_read_back(self) -> None:
        """The typed text as the date it is read as (`2/12/26` → 02/12/2026), or why it is not one."""
        text = (self.value or '').strip()
        if self._unread is not None and self.error == self._unread:
            self.error = None
        self._unread = None
        if not text:
            return
        try:
            self.value = format_date(parse_date(text))
        except ParseError as error:
            self.error = self._unread = str(error)

    def offer_today(self, offered: bool) -> None:
        self.today_button.set_visibility(offered)

    def fill_today(self) -> None:
        self.value = format_date(indonesian.today())
        self.error = None
        self.offer_today(False)


def date_input(label: str, value: str = '', *, readonly: bool = False) -> DateInput:
    return DateInput(label, value, readonly=readonly)


def clear_icon(element: ui.element, empty: Any) -> ui.icon:
    """An icon that empties the input, for the mouse and the finger only: Quasar's own `clearable`
    icon is a tab stop (its tabindex is fixed at 0), one more Tab between two fields."""
    icon = ui.icon('cancel').props(f'tabindex=-1 aria-label="{t("formulir.kosongkan")}"') \
        .classes('cursor-pointer text-grey-6').mark('kosongkan')
    icon.on('click.stop.prevent', lambda: setattr(element, 'value', empty))
    icon.bind_visibility_from(element, 'value', backward=lambda value: value not in (None, '', []))
    return icon


def type_ahead(element: ui.select) -> ui.select:
    """A select read from the keyboard: typing filters its list and marks the first match, which Tab
    or Enter picks (`seg` → Segera); a filter that matches nothing says so instead of an empty list."""
    element.on('filter', js_handler='(text, update) => update(null, select => {'
                                    ' if (text !== "" && select.options.length > 0) {'
                                    ' select.setOptionIndex(-1); select.moveOptionSelection(1, true); } })')
    with element.add_slot('no-option'):
        ui.item(t('formulir.tidak_ada_pilihan')).classes('text-grey-7').mark('tidak-ada-pilihan')
    return element


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
    if words := scale_words(field):
        return scale_input(name, label, value, words, readonly=readonly)
    initial = widget_value(spec, name, value)
    if kind.widget == 'files':
        if files is None:
            raise ValueError(f'the files input of {spec.name}.{name} needs its FileContext')
        return FilesInput(spec, name, initial, label=label, context=files, readonly=readonly).mark(f'field-{name}')
    if kind.widget == 'select':
        choices = enum_choices(field) if kind.name == 'enum' else options or {}
        element = type_ahead(ui.select(choices, label=label, value=initial, with_input=True))
        if field.null and not readonly:
            with element.add_slot('append'):
                clear_icon(element, None)
    elif kind.widget == 'checkbox':
        element = ui.checkbox(label, value=initial)
    elif kind.widget == 'textarea':
        element = ui.textarea(label, value=initial).props('autogrow')
    elif kind.widget == 'date':
        element = date_input(label, initial, readonly=readonly)
    else:
        element = ui.input(label, value=initial)
        if kind.name == 'money':
            element.props('prefix=Rp')
        if kind.numeric:
            element.props('input-class=text-right')
    if readonly:   # shown, not a tab stop
        element.props(f'readonly tabindex=-1 placeholder="{t("formulir.diisi_otomatis")}"') \
            .tooltip(t('formulir.diisi_otomatis'))
    if hint := spec.hints.get(name):
        if kind.widget == 'checkbox':
            element.tooltip(hint)
        else:
            element.props['hint'] = hint
    elif field.null is False and kind.widget != 'checkbox':
        element.props('hide-bottom-space')
    return element.mark(f'field-{name}').classes('w-full')
