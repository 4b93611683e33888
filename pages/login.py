"""Login, logout and the password change (forced after the first login or a reset)."""
from __future__ import annotations

from nicegui import ui

from core import auth
from core.passwords import MIN_LENGTH
from locales import t


def _card(title: str, subtitle: str = ''):
    ui.page_title(f'{title} · {t("common.app_name")}')
    ui.colors(primary='#1f5f8b')
    ui.query('body').classes('bg-grey-2')
    with ui.column().classes('w-full items-center q-pt-xl'):
        card = ui.card().classes('w-96 max-w-full q-pa-lg gap-3')
    with card:
        ui.label(t('common.app_name')).classes('text-overline text-primary')
        ui.label(title).classes('text-h5')
        if subtitle:
            ui.label(subtitle).classes('text-body2 text-grey-7')
    return card


def register() -> None:
    @ui.page('/login')
    async def login_page(next: str = '/') -> None:  # noqa: A002  (the query parameter is called next)
        target = auth.safe_next(next)
        if await auth.current_actor() is not None:
            ui.navigate.to(target)
            return
        notice = auth.take_notice()
        with _card(t('masuk.masuk'), t('masuk.petunjuk')):
            username = ui.input(t('pengaturan.akun.nama_pengguna')).props('outlined autofocus autocomplete=username') \
                .classes('w-full').mark('username')
            password = ui.input(t('masuk.kata_sandi'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=current-password').classes('w-full').mark('password')
            message = ui.label(notice or '').classes('text-negative text-body2').mark('login-message')
            message.set_visibility(bool(notice))
            button = ui.button(t('masuk.masuk'), icon='login').classes('w-full').mark('masuk')

        async def submit() -> None:
            button.disable()
            try:
                error = await auth.log_in(username.value or '', password.value or '')
            finally:
                button.enable()
            if error:
                message.text = error
                message.set_visibility(True)
                password.value = ''
                return
            user = await auth.session_user()
            ui.navigate.to('/ganti-sandi' if user is not None and user.must_change_password else target)

        button.on_click(submit)
        password.on('keydown.enter', submit)
        username.on('keydown.enter', lambda: password.run_method('focus'))

    @ui.page('/logout')
    async def logout_page() -> None:
        await auth.log_out()
        ui.navigate.to('/login')

    @ui.page('/ganti-sandi')
    async def change_password_page() -> None:
        user = await auth.session_user()
        if user is None:
            ui.navigate.to('/login?next=/')
            return
        forced = user.must_change_password
        with _card(t('masuk.ganti.judul'), t('masuk.ganti.wajib') if forced else t('masuk.ganti.berlaku')):
            ui.label(t('masuk.ganti.nama_pengguna', pengguna=user.username)).classes('text-body2')
            old = ui.input(t('masuk.ganti.sandi_lama'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=current-password').classes('w-full').mark('old-password')
            new = ui.input(t('masuk.sandi_baru'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=new-password').classes('w-full').mark('new-password')
            new.props['hint'] = t('masuk.aturan_sandi', n=MIN_LENGTH)
            repeat = ui.input(t('masuk.ganti.ulangi'), password=True, password_toggle_button=True) \
                .props('outlined autocomplete=new-password').classes('w-full').mark('repeat-password')
            with ui.row().classes('w-full justify-between items-center'):
                ui.link(t('common.keluar'), '/logout').classes('text-body2')
                button = ui.button(t('masuk.ganti.simpan'), icon='key').mark('simpan-sandi')
        fields = {'old': old, 'new': new, 'repeat': repeat}

        async def submit() -> None:
            current = await auth.session_user()  # the session may have ended meanwhile
            if current is None or current.id != user.id:
                ui.navigate.to('/login')
                return
            for field in fields.values():
                field.error = None
            errors = await auth.change_own_password(current, old.value or '', new.value or '', repeat.value or '')
            for name, text in errors.items():
                fields[name].error = text
            if not errors:
                ui.notify(t('masuk.ganti.sudah'), type='positive')
                ui.navigate.to('/')

        button.on_click(submit)
        repeat.on('keydown.enter', submit)
