"""Login, logout and the password change (forced after the first login or a reset).

The login page is an HTML form posted to /login (method=post, as any browser sends it, with no
websocket involved): the route checks the password, gives the browser a new session id and
answers 303 to where it was going, or back to the login page with the message.
"""
from __future__ import annotations

from nicegui import app, ui
from starlette.requests import Request
from starlette.responses import RedirectResponse

from core import auth
from core.passwords import MIN_LENGTH
from locales import t
from pages import sessions
from pages.frame import PAGE_BUILD_SECONDS
from pages.sessions import CHANGE_PASSWORD_PATH, LOGIN_PATH

TYPED_USERNAME = 'login_username'  # what was typed, to fill in again after a refusal
FORM_FIELDS = ('username', 'password', 'next', 'token')


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


def _hidden(name: str, value: str) -> None:
    field = ui.element('input')
    field.props.update({'type': 'hidden', 'name': name, 'value': value})


def register() -> None:
    @ui.page(LOGIN_PATH, response_timeout=PAGE_BUILD_SECONDS)
    async def login_page(request: Request, next: str = '/'):  # noqa: A002  (the query parameter is called next)
        target = auth.safe_next(next)
        if (user := await auth.session_user()) is not None:
            return RedirectResponse(CHANGE_PASSWORD_PATH if user.must_change_password else target, status_code=303)
        notice = auth.take_notice()
        with _card(t('masuk.masuk'), t('masuk.petunjuk')):
            with ui.element('form').props(f'method=post action={LOGIN_PATH}') \
                    .classes('column w-full gap-3').mark('login-form'):
                _hidden('next', target)
                _hidden('token', sessions.form_token(request))
                ui.input(t('pengaturan.akun.nama_pengguna'), value=app.storage.user.pop(TYPED_USERNAME, '')) \
                    .props('name=username outlined autofocus autocomplete=username').classes('w-full').mark('username')
                ui.input(t('masuk.kata_sandi'), password=True, password_toggle_button=True) \
                    .props('name=password outlined autocomplete=current-password').classes('w-full').mark('password')
                message = ui.label(notice or '').classes('text-negative text-body2').mark('login-message')
                message.set_visibility(bool(notice))
                ui.button(t('masuk.masuk'), icon='login').props('type=submit').classes('w-full').mark('masuk')
        return None

    @app.post(LOGIN_PATH)
    async def log_in(request: Request) -> RedirectResponse:
        async with request.form(max_files=0, max_fields=len(FORM_FIELDS) + 2) as form:
            fields = {name: str(form.get(name) or '') for name in FORM_FIELDS}
        target = auth.safe_next(fields['next'])
        if not sessions.form_token_ok(request, fields['token']):
            auth.leave_notice(t('masuk.formulir_kedaluwarsa'))
            return RedirectResponse(sessions.login_url(target), status_code=303)
        result = await auth.authenticate(fields['username'], fields['password'])
        if isinstance(result, str):
            auth.leave_notice(result)
            app.storage.user[TYPED_USERNAME] = fields['username'][:100]
            return RedirectResponse(sessions.login_url(target), status_code=303)
        auth.start_session(await sessions.renew_id(request), result)
        return RedirectResponse(CHANGE_PASSWORD_PATH if result.must_change_password else target, status_code=303)

    @ui.page('/logout', response_timeout=PAGE_BUILD_SECONDS)
    async def logout_page() -> RedirectResponse:
        await auth.log_out()
        return RedirectResponse(LOGIN_PATH, status_code=303)

    @ui.page(CHANGE_PASSWORD_PATH, response_timeout=PAGE_BUILD_SECONDS)
    async def change_password_page():
        user = await auth.session_user()
        if user is None:
            return RedirectResponse(sessions.login_url('/'), status_code=303)
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
                ui.navigate.to(LOGIN_PATH)
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
