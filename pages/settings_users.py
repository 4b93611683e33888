"""Pengaturan, tab Pengguna: the users, and adding, changing, resetting the password of and
unlocking one (core.accounts)."""
from __future__ import annotations

from datetime import datetime, timezone

from nicegui import ui

from core.access import Actor
from core.accounts import (AccountError, create_user, desa_options, operator_role_ids, role_by_id, role_options,
                           set_password, unlock_user, update_user, user_by_id, users_with_roles)
from forms.indonesian import format_datetime
from locales import t
from models.accounts import User
from pages.settings_dialogs import admin_only, dialog_buttons, password_row, settings_dialog, show_password_once

USER_COLUMNS = ('nama_pengguna', 'nama_lengkap', 'peran', 'desa', 'status', 'terakhir_masuk')


def _user_status(user: User, locked: bool) -> str:
    if not user.aktif:
        return t('pengaturan.status.nonaktif')
    if locked:
        return t('pengaturan.status.terkunci', waktu=format_datetime(user.locked_until))
    return t('pengaturan.status.wajib_ganti') if user.must_change_password else t('pengaturan.status.aktif')


class UsersTab:
    """The tab's button and its list of users, drawn into the column it is built in."""

    def __init__(self) -> None:
        ui.button(t('pengaturan.pengguna.tambah'), icon='person_add', on_click=self.open_new_user) \
            .mark('tambah-pengguna')
        self.box = ui.column().classes('w-full')
        self.notices = ui.element('div')     # the dialog that shows a new password; never redrawn

    async def render(self) -> None:
        users = await users_with_roles()
        now = datetime.now(timezone.utc)
        self.box.clear()
        with self.box, ui.grid(columns='repeat(7, auto)').classes('items-center gap-x-4 gap-y-1'):
            for heading in (*(t(f'pengaturan.akun.{column}') for column in USER_COLUMNS), ''):
                ui.label(heading).classes('text-caption text-grey-7')
            for user in users:
                locked = user.locked_until is not None and user.locked_until > now
                ui.label(user.username).classes('text-weight-medium').mark(f'pengguna-{user.username}')
                ui.label(user.nama_lengkap)
                ui.label(user.role.nama)
                ui.label(user.desa.nama if user.desa else '')
                ui.label(_user_status(user, locked)).classes('text-negative' if locked or not user.aktif else '') \
                    .mark(f'status-{user.username}')
                ui.label(format_datetime(user.last_login) or '–')
                with ui.row().classes('gap-1 no-wrap'):
                    ui.button(t('common.ubah'), icon='edit', on_click=lambda u=user.id: self.open_edit_user(u)) \
                        .props('flat dense no-wrap').mark(f'ubah-{user.username}')
                    ui.button(t('pengaturan.pengguna.atur_ulang'), icon='key',
                              on_click=lambda u=user.id: self.open_reset_password(u)) \
                        .props('flat dense no-wrap').mark(f'sandi-{user.username}')
                    if locked:
                        ui.button(t('pengaturan.pengguna.buka_kunci'), icon='lock_open',
                                  on_click=lambda u=user.id: self.unlock(u)) \
                            .props('flat dense no-wrap').mark(f'buka-{user.username}')

    def _user_fields(self, roles: dict[int, str], desas: dict[int, str], role_id: int | None,
                     desa_id: int | None, operator_ids: set[int]) -> tuple[ui.select, ui.select]:
        role = ui.select(roles, label=t('pengaturan.akun.peran'), value=role_id).props('outlined').classes('w-full') \
            .mark('user-role')
        desa = ui.select(desas, label=t('pengaturan.pengguna.desa_operator'), value=desa_id, clearable=True) \
            .props('outlined').classes('w-full').mark('user-desa')
        desa.bind_visibility_from(role, 'value', backward=lambda value: value in operator_ids)
        return role, desa

    @admin_only
    async def open_new_user(self, _: Actor) -> None:
        roles, desas, operator_ids = await role_options(), await desa_options(), await operator_role_ids()
        with settings_dialog(t('pengaturan.pengguna.tambah')) as dialog:
            username = ui.input(t('pengaturan.akun.nama_pengguna')).props('outlined').classes('w-full') \
                .mark('user-username')
            username.props['hint'] = t('pengaturan.pengguna.petunjuk_nama_pengguna')
            nama = ui.input(t('pengaturan.akun.nama_lengkap')).props('outlined').classes('w-full').mark('user-nama')
            role, desa = self._user_fields(roles, desas, None, None, operator_ids)
            password = password_row(t('pengaturan.pengguna.sandi_awal'), 'user-password')
            ui.label(t('pengaturan.pengguna.wajib_ganti_pertama')).classes('text-caption text-grey-7')

            async def create(actor: Actor) -> str:
                missing = {field: message for field, element, message in (
                    ('username', username, t('pengaturan.pengguna.isi_nama_pengguna')),
                    ('role', role, t('pengaturan.pengguna.pilih_peran')),
                    ('password', password, t('pengaturan.pengguna.isi_sandi_awal'))) if not element.value}
                for field, message in missing.items():   # every empty field at once, beside it
                    fields[field].error = message
                if missing:
                    field, message = next(iter(missing.items()))
                    raise AccountError(message, field)
                if (role_obj := await role_by_id(role.value)) is None:
                    raise AccountError(t('pengaturan.pengguna.pilih_peran'), 'role')
                user = await create_user(username.value or '', password.value or '', role_obj,
                                         nama_lengkap=nama.value or '', desa_id=desa.value,
                                         must_change_password=True, by=actor.username)
                with self.notices:
                    show_password_once(t('pengaturan.pengguna.sandi_awal_judul', pengguna=user.username),
                                       password.value)
                return t('pengaturan.pengguna.dibuat', pengguna=user.username)

            fields = {'username': username, 'nama_lengkap': nama, 'role': role, 'desa': desa, 'password': password}
            dialog_buttons(dialog, 'user-simpan', create, self.render, fields)

    @admin_only
    async def open_edit_user(self, _: Actor, user_id: int) -> None:
        user = await user_by_id(user_id)
        if user is None:
            ui.notify(t('pengaturan.pengguna.tidak_ditemukan'), type='warning')
            return
        roles, desas, operator_ids = await role_options(), await desa_options(), await operator_role_ids()
        with settings_dialog(t('pengaturan.pengguna.ubah_judul', pengguna=user.username)) as dialog:
            nama = ui.input(t('pengaturan.akun.nama_lengkap'), value=user.nama_lengkap).props('outlined') \
                .classes('w-full').mark('user-nama')
            role, desa = self._user_fields(roles, desas, user.role_id, user.desa_id, operator_ids)
            aktif = ui.switch(t('pengaturan.pengguna.aktif_boleh_masuk'), value=user.aktif).mark('user-aktif')

            async def update(actor: Actor) -> str:
                target, role_obj = await user_by_id(user_id), await role_by_id(role.value)
                if target is None or role_obj is None:
                    raise AccountError(t('pengaturan.pengguna.atau_peran_tidak_ditemukan'))
                await update_user(target, nama_lengkap=nama.value or '', role=role_obj, desa_id=desa.value,
                                  aktif=bool(aktif.value), by=actor.username)
                return t('pengaturan.pengguna.disimpan', pengguna=target.username)

            dialog_buttons(dialog, 'user-simpan', update, self.render,
                           {'nama_lengkap': nama, 'role': role, 'desa': desa, 'aktif': aktif})

    @admin_only
    async def open_reset_password(self, _: Actor, user_id: int) -> None:
        user = await user_by_id(user_id)
        if user is None:
            ui.notify(t('pengaturan.pengguna.tidak_ditemukan'), type='warning')
            return
        with settings_dialog(t('pengaturan.pengguna.atur_ulang_judul', pengguna=user.username)) as dialog:
            ui.label(t('pengaturan.pengguna.atur_ulang_penjelasan')).classes('text-body2')
            password = password_row(t('masuk.sandi_baru'), 'reset-password')

            async def reset(actor: Actor) -> str:
                if (target := await user_by_id(user_id)) is None:
                    raise AccountError(t('pengaturan.pengguna.tidak_ditemukan'))
                await set_password(target, password.value or '', must_change_password=True, by=actor.username)
                return t('pengaturan.pengguna.sandi_diatur_ulang', pengguna=target.username)

            dialog_buttons(dialog, 'reset-simpan', reset, self.render, {'password': password})

    @admin_only
    async def unlock(self, actor: Actor, user_id: int) -> None:
        user = await user_by_id(user_id)
        if user is not None:
            await unlock_user(user, by=actor.username)
            ui.notify(t('pengaturan.pengguna.kunci_dibuka', pengguna=user.username), type='positive')
        await self.render()
