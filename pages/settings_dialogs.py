"""What the tabs of the settings page share: the administrator's check on every event, and the
dialogs that make a change (messages beside their fields, the notice, the page drawn again)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

from nicegui import ui

from core.access import Actor
from core.accounts import AccountError
from core.passwords import MIN_LENGTH, generate_password
from locales import t
from pages.frame import admin_event, with_actor

# A change made from a dialog: done by this administrator, it returns the notice to show (or None),
# or raises AccountError with the message for a field or for a notice.
Change = Callable[[Actor], Awaitable[str | None]]
Redraw = Callable[[], Awaitable[None]]


async def settings_admin() -> Actor | None:
    """The administrator asking, checked again on the server; None (and a message) otherwise."""
    return await admin_event(t('pengaturan.ditolak'))


# `@admin_only` above `async def unlock(self, actor, user_id)`: the handler runs only for the
# administrator asking now (settings_admin), who is passed in.
admin_only = with_actor(lambda _: settings_admin())


def show_errors(error: AccountError, inputs: dict[str, ui.element]) -> None:
    """Put the message beside its field, or in a notification when it belongs to no field."""
    target = inputs.get(error.field or '')
    if target is not None:
        target.error = error.message
    else:
        ui.notify(error.message, type='negative', multi_line=True)


def _clear_errors(inputs: dict[str, ui.element]) -> None:
    for element in inputs.values():
        if hasattr(element, 'error'):
            element.error = None


async def _submit(dialog: ui.dialog, inputs: dict[str, ui.element], change: Change, redraw: Redraw) -> None:
    """Make a dialog's change: the messages beside their fields (the dialog stays open), or the
    notice, the dialog closed and the page drawn again."""
    if not (actor := await settings_admin()):
        return
    _clear_errors(inputs)
    try:
        notice = await change(actor)
    except AccountError as error:
        show_errors(error, inputs)
        return
    if notice:
        ui.notify(notice, type='positive')
    _close(dialog)
    await redraw()


@contextmanager
def settings_dialog(title: str) -> Iterator[ui.dialog]:
    """`with settings_dialog('Tambah peran') as dialog:` a settings dialog, opened once its content is built."""
    with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
        ui.label(title).classes('text-h6')
        yield dialog
    dialog.open()


def dialog_buttons(dialog: ui.dialog, marker: str, change: Change, redraw: Redraw,
                   inputs: dict[str, ui.element] | None = None, label: str | None = None,
                   icon: str = 'save') -> ui.button:
    """Batal, and the button (Simpan unless named) that makes the dialog's change."""
    with ui.row().classes('w-full justify-end'):
        ui.button(t('common.batal'), on_click=lambda: _close(dialog)).props('flat')
        return ui.button(label or t('common.simpan'), icon=icon,
                         on_click=lambda: _submit(dialog, inputs or {}, change, redraw)).mark(marker)


def password_row(label: str, marker: str) -> ui.input:
    """A password typed or made: the field shows what it holds, and 'Buat sandi' fills it with a
    generated one the administrator reads before saving."""
    with ui.row().classes('w-full items-start no-wrap gap-2'):
        field = ui.input(label, password=False).props('outlined').classes('flex-grow').mark(marker)
        field.props['hint'] = t('masuk.aturan_sandi', n=MIN_LENGTH)
        ui.button(t('pengaturan.pengguna.buat_sandi'), icon='casino',
                  on_click=lambda: (field.set_value(generate_password()), setattr(field, 'error', None))) \
            .props('flat no-caps').tooltip(t('pengaturan.pengguna.sandi_acak')).mark(f'{marker}-buat')
    return field


def show_password_once(title: str, password: str) -> None:
    """The password just set, shown this once with a copy button: it is stored only as a hash."""
    with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2').mark('sandi-sekali'):
        ui.label(title).classes('text-h6')
        ui.label(t('pengaturan.pengguna.sandi_sekali')).classes('text-body2')
        with ui.row().classes('w-full items-center no-wrap gap-2'):
            ui.label(password).classes('text-h6 font-mono').mark('sandi-ditampilkan')
            ui.button(t('pengaturan.pengguna.salin'), icon='content_copy',
                      on_click=lambda: (ui.clipboard.write(password),
                                        ui.notify(t('pengaturan.pengguna.tersalin'), type='positive'))) \
                .props('flat no-caps').mark('salin-sandi')
        with ui.row().classes('w-full justify-end'):
            ui.button(t('pengaturan.pengguna.sudah_dicatat'), on_click=lambda: _close(dialog)).mark('tutup-sandi')
    dialog.open()


def _close(dialog: ui.dialog) -> None:
    dialog.close()
    dialog.delete()
