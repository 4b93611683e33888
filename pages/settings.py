"""The settings page, for the Administrator only: users, roles and the role matrix.

Every change applies to the user's next request (rights are read from the database on each one),
with no restart. The page is built only for an Administrator, and every handler asks again on the
server (`_admin()`), so a stale page or a forged event changes nothing.
"""
from __future__ import annotations

from datetime import datetime, timezone

from nicegui import ui

from core.access import Action, Actor, RoleKind, action_label, default_rights
from core.accounts import (AccountError, create_role, create_user, delete_role, rename_role, reset_role_to_default,
                           role_rights, set_password, set_permission, unlock_user, update_user)
from core.auth import current_actor, page_actor
from core.passwords import generate_password
from forms.indonesian import format_datetime
from models.accounts import Role, User
from models.process_map import PROCESSES, Section
from models.reference import Desa
from models.table import TABLES, TableSpec, tables_of
from pages.frame import forbidden, frame

ADMIN_ONLY = 'Halaman Pengaturan hanya untuk Administrator.'
REFUSED = 'Ditolak: hanya Administrator yang boleh mengubah pengaturan. Muat ulang halaman.'
ROLE_KIND_LABELS = {kind: kind.value for kind in RoleKind}
SECTION_LABELS = {section: section.value for section in Section}


async def _admin() -> Actor | None:
    """The administrator asking, checked again on the server; None (and a message) otherwise."""
    actor = await current_actor()
    if actor is None or not actor.is_admin:
        ui.notify(REFUSED, type='negative')
        return None
    return actor


def _show_errors(error: AccountError, inputs: dict[str, ui.element]) -> None:
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


async def _role_options() -> dict[int, str]:
    return {role.id: role.nama for role in await Role.all().order_by('id')}


async def _desa_options() -> dict[int, str]:
    return {desa.id: f'{desa.nama} ({desa.kode})' for desa in await Desa.filter(deleted_at=None).order_by('kode')}


async def _is_desa_operator_role(role_id: int | None) -> bool:
    return role_id is not None and await Role.filter(id=role_id, jenis=RoleKind.OPERATOR_DESA).exists()


def _password_row(label: str, marker: str) -> ui.input:
    with ui.row().classes('w-full items-start no-wrap gap-2'):
        field = ui.input(label, password=False).props('outlined hint="Minimal 10 karakter."') \
            .classes('flex-grow').mark(marker)
        ui.button(icon='casino', on_click=lambda: field.set_value(generate_password())) \
            .props('flat round').tooltip('Buat kata sandi acak')
    return field


class SettingsPage:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.users_box: ui.column
        self.roles_box: ui.column
        self.matrix_box: ui.column
        self.tabs: ui.tabs
        self.matrix_role_id: int | None = None

    async def build(self) -> None:
        with ui.tabs().classes('w-full').props('align=left') as self.tabs:
            ui.tab('pengguna', 'Pengguna', icon='people').mark('tab-pengguna')
            ui.tab('peran', 'Peran', icon='badge').mark('tab-peran')
            ui.tab('matriks', 'Matriks hak akses', icon='grid_on').mark('tab-matriks')
        with ui.tab_panels(self.tabs, value='pengguna').classes('w-full'):
            with ui.tab_panel('pengguna'):
                ui.button('Tambah pengguna', icon='person_add', on_click=self.open_new_user).mark('tambah-pengguna')
                self.users_box = ui.column().classes('w-full')
            with ui.tab_panel('peran'):
                ui.button('Tambah peran', icon='add', on_click=self.open_new_role).mark('tambah-peran')
                self.roles_box = ui.column().classes('w-full')
            with ui.tab_panel('matriks'):
                self.matrix_box = ui.column().classes('w-full')
        await self.refresh()

    async def refresh(self) -> None:
        await self.render_users()
        await self.render_roles()
        await self.render_matrix()

    # ----------------------------------------------------------------------- users

    async def render_users(self) -> None:
        users = await User.all().order_by('username').select_related('role', 'desa')
        now = datetime.now(timezone.utc)
        self.users_box.clear()
        with self.users_box, ui.grid(columns='repeat(7, auto)').classes('items-center gap-x-4 gap-y-1'):
            for heading in ('Nama pengguna', 'Nama lengkap', 'Peran', 'Desa', 'Status', 'Login terakhir', ''):
                ui.label(heading).classes('text-caption text-grey-7')
            for user in users:
                locked = user.locked_until is not None and user.locked_until > now
                status = 'Nonaktif' if not user.aktif else f'Terkunci s.d. {format_datetime(user.locked_until)}' \
                    if locked else 'Wajib ganti sandi' if user.must_change_password else 'Aktif'
                ui.label(user.username).classes('text-weight-medium').mark(f'pengguna-{user.username}')
                ui.label(user.nama_lengkap)
                ui.label(user.role.nama)
                ui.label(user.desa.nama if user.desa else '')
                ui.label(status).classes('text-negative' if locked or not user.aktif else '') \
                    .mark(f'status-{user.username}')
                ui.label(format_datetime(user.last_login) or '–')
                with ui.row().classes('gap-1 no-wrap'):
                    ui.button('Ubah', icon='edit', on_click=lambda u=user.id: self.open_edit_user(u)) \
                        .props('flat dense no-wrap').mark(f'ubah-{user.username}')
                    ui.button('Atur ulang sandi', icon='key', on_click=lambda u=user.id: self.open_reset_password(u)) \
                        .props('flat dense no-wrap').mark(f'sandi-{user.username}')
                    if locked:
                        ui.button('Buka kunci', icon='lock_open', on_click=lambda u=user.id: self.unlock(u)) \
                            .props('flat dense no-wrap').mark(f'buka-{user.username}')

    def _user_fields(self, roles: dict[int, str], desas: dict[int, str], role_id: int | None,
                     desa_id: int | None, operator_ids: set[int]) -> tuple[ui.select, ui.select]:
        role = ui.select(roles, label='Peran', value=role_id).props('outlined').classes('w-full').mark('user-role')
        desa = ui.select(desas, label='Desa (wajib untuk Operator Desa)', value=desa_id, clearable=True) \
            .props('outlined').classes('w-full').mark('user-desa')
        desa.bind_visibility_from(role, 'value', backward=lambda value: value in operator_ids)
        return role, desa

    async def open_new_user(self) -> None:
        if not await _admin():
            return
        roles, desas = await _role_options(), await _desa_options()
        operator_ids = set(await Role.filter(jenis=RoleKind.OPERATOR_DESA).values_list('id', flat=True))
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label('Tambah pengguna').classes('text-h6')
            username = ui.input('Nama pengguna').props('outlined hint="Huruf kecil, angka, titik, _ atau -"') \
                .classes('w-full').mark('user-username')
            nama = ui.input('Nama lengkap').props('outlined').classes('w-full').mark('user-nama')
            role, desa = self._user_fields(roles, desas, None, None, operator_ids)
            password = _password_row('Kata sandi awal', 'user-password')
            ui.label('Pengguna wajib mengganti kata sandi ini saat login pertama.').classes('text-caption text-grey-7')
            inputs = {'username': username, 'role': role, 'desa': desa, 'password': password}

            async def save() -> None:
                if not (actor := await _admin()):
                    return
                _clear_errors(inputs)
                role_obj = await Role.get_or_none(id=role.value) if role.value is not None else None
                if role_obj is None:
                    role.error = 'Pilih peran.'
                    return
                try:
                    await create_user(username.value or '', password.value or '', role_obj,
                                      nama_lengkap=nama.value or '', desa_id=desa.value, must_change_password=True,
                                      by=actor.username)
                except AccountError as error:
                    _show_errors(error, inputs)
                    return
                ui.notify(f'Pengguna {(username.value or "").strip().lower()} dibuat. Sampaikan kata sandi awalnya.',
                          type='positive')
                _close(dialog)
                await self.render_users()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Simpan', icon='save', on_click=save).mark('user-simpan')
        dialog.open()

    async def open_edit_user(self, user_id: int) -> None:
        if not await _admin():
            return
        user = await User.get_or_none(id=user_id)
        if user is None:
            ui.notify('Pengguna tidak ditemukan.', type='warning')
            return
        roles, desas = await _role_options(), await _desa_options()
        operator_ids = set(await Role.filter(jenis=RoleKind.OPERATOR_DESA).values_list('id', flat=True))
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label(f'Ubah pengguna {user.username}').classes('text-h6')
            nama = ui.input('Nama lengkap', value=user.nama_lengkap).props('outlined').classes('w-full') \
                .mark('user-nama')
            role, desa = self._user_fields(roles, desas, user.role_id, user.desa_id, operator_ids)
            aktif = ui.switch('Aktif (boleh login)', value=user.aktif).mark('user-aktif')
            inputs = {'role': role, 'desa': desa, 'aktif': aktif}

            async def save() -> None:
                if not (actor := await _admin()):
                    return
                _clear_errors(inputs)
                target = await User.get_or_none(id=user_id)
                role_obj = await Role.get_or_none(id=role.value) if role.value is not None else None
                if target is None or role_obj is None:
                    ui.notify('Pengguna atau peran tidak ditemukan.', type='warning')
                    return
                try:
                    await update_user(target, nama_lengkap=nama.value or '', role=role_obj, desa_id=desa.value,
                                      aktif=bool(aktif.value), by=actor.username)
                except AccountError as error:
                    _show_errors(error, inputs)
                    return
                ui.notify(f'Pengguna {target.username} disimpan.', type='positive')
                _close(dialog)
                await self.render_users()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Simpan', icon='save', on_click=save).mark('user-simpan')
        dialog.open()

    async def open_reset_password(self, user_id: int) -> None:
        if not await _admin():
            return
        user = await User.get_or_none(id=user_id)
        if user is None:
            ui.notify('Pengguna tidak ditemukan.', type='warning')
            return
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label(f'Atur ulang kata sandi {user.username}').classes('text-h6')
            ui.label('Kunci akun dibuka, sesi yang sedang berjalan berakhir, dan pengguna wajib mengganti '
                     'kata sandi ini saat login berikutnya.').classes('text-body2')
            password = _password_row('Kata sandi baru', 'reset-password')

            async def save() -> None:
                if not (actor := await _admin()):
                    return
                password.error = None
                target = await User.get_or_none(id=user_id)
                if target is None:
                    ui.notify('Pengguna tidak ditemukan.', type='warning')
                    return
                try:
                    await set_password(target, password.value or '', must_change_password=True, by=actor.username)
                except AccountError as error:
                    password.error = error.message
                    return
                ui.notify(f'Kata sandi {target.username} diatur ulang. Sampaikan kata sandi barunya.', type='positive')
                _close(dialog)
                await self.render_users()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Simpan', icon='save', on_click=save).mark('reset-simpan')
        dialog.open()

    async def unlock(self, user_id: int) -> None:
        if not (actor := await _admin()):
            return
        user = await User.get_or_none(id=user_id)
        if user is not None:
            await unlock_user(user, by=actor.username)
            ui.notify(f'Kunci akun {user.username} dibuka.', type='positive')
        await self.render_users()

    # ----------------------------------------------------------------------- roles

    async def render_roles(self) -> None:
        roles = await Role.all().order_by('id')
        counts: dict[int, int] = {}
        for role_id in await User.all().values_list('role_id', flat=True):
            counts[role_id] = counts.get(role_id, 0) + 1
        self.roles_box.clear()
        with self.roles_box, ui.grid(columns='repeat(5, auto)').classes('items-center gap-x-4 gap-y-1'):
            for heading in ('Nama peran', 'Jenis', 'Seksi/Subbag', 'Pengguna', ''):
                ui.label(heading).classes('text-caption text-grey-7')
            for role in roles:
                used = counts.get(role.id, 0)
                ui.label(role.nama).classes('text-weight-medium').mark(f'peran-{role.id}')
                ui.label(RoleKind(role.jenis).value)
                ui.label(Section(role.seksi).value if role.seksi else '–')
                ui.label(str(used))
                with ui.row().classes('gap-1 no-wrap'):
                    ui.button('Ganti nama', icon='edit', on_click=lambda r=role.id: self.open_rename_role(r)) \
                        .props('flat dense no-wrap').mark(f'ganti-nama-{role.id}')
                    ui.button('Hak akses', icon='grid_on', on_click=lambda r=role.id: self.show_matrix_of(r)) \
                        .props('flat dense no-wrap')
                    delete = ui.button('Hapus', icon='delete', on_click=lambda r=role.id: self.remove_role(r)) \
                        .props('flat dense no-wrap color=negative').mark(f'hapus-peran-{role.id}')
                    if used:
                        delete.disable()
                        delete.tooltip('Masih dipakai pengguna')

    async def open_new_role(self) -> None:
        if not await _admin():
            return
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label('Tambah peran').classes('text-h6')
            nama = ui.input('Nama peran').props('outlined').classes('w-full').mark('role-nama')
            jenis = ui.select(ROLE_KIND_LABELS, label='Jenis', value=RoleKind.STAF).props('outlined') \
                .classes('w-full').mark('role-jenis')
            seksi = ui.select(SECTION_LABELS, label='Seksi/Subbag', value=None, clearable=True).props('outlined') \
                .classes('w-full').mark('role-seksi')
            ui.label('Hak akses awalnya mengikuti default Peta Relasi untuk jenis dan seksi ini.') \
                .classes('text-caption text-grey-7')
            inputs = {'nama': nama, 'seksi': seksi}

            async def save() -> None:
                if not (actor := await _admin()):
                    return
                _clear_errors(inputs)
                try:
                    role = await create_role(nama.value or '', RoleKind(jenis.value), seksi.value, by=actor.username)
                except AccountError as error:
                    _show_errors(error, inputs)
                    return
                ui.notify(f'Peran {role.nama} dibuat.', type='positive')
                _close(dialog)
                await self.refresh()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Simpan', icon='save', on_click=save).mark('role-simpan')
        dialog.open()

    async def open_rename_role(self, role_id: int) -> None:
        if not await _admin():
            return
        role = await Role.get_or_none(id=role_id)
        if role is None:
            return
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label(f'Ganti nama peran {role.nama}').classes('text-h6')
            nama = ui.input('Nama peran', value=role.nama).props('outlined').classes('w-full').mark('role-nama')

            async def save() -> None:
                if not (actor := await _admin()):
                    return
                nama.error = None
                target = await Role.get_or_none(id=role_id)
                if target is None:
                    ui.notify('Peran tidak ditemukan.', type='warning')
                    return
                try:
                    await rename_role(target, nama.value or '', by=actor.username)
                except AccountError as error:
                    nama.error = error.message
                    return
                _close(dialog)
                await self.refresh()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Simpan', icon='save', on_click=save).mark('role-simpan')
        dialog.open()

    async def remove_role(self, role_id: int) -> None:
        if not (actor := await _admin()):
            return
        role = await Role.get_or_none(id=role_id)
        if role is None:
            return
        try:
            await delete_role(role, by=actor.username)
        except AccountError as error:
            ui.notify(error.message, type='negative', multi_line=True)
            return
        ui.notify(f'Peran {role.nama} dihapus.', type='positive')
        if self.matrix_role_id == role_id:
            self.matrix_role_id = None
        await self.refresh()

    # ----------------------------------------------------------------------- matrix

    async def show_matrix_of(self, role_id: int) -> None:
        if not await _admin():
            return
        self.matrix_role_id = role_id
        await self.render_matrix()
        self.tabs.value = 'matriks'

    async def render_matrix(self) -> None:
        roles = await _role_options()
        if self.matrix_role_id not in roles:
            self.matrix_role_id = next(iter(roles), None)
        role = await Role.get_or_none(id=self.matrix_role_id) if self.matrix_role_id else None
        rights = await role_rights(role) if role else frozenset()
        self.matrix_box.clear()
        with self.matrix_box:
            with ui.row().classes('w-full items-center gap-4'):
                ui.select(roles, label='Peran', value=self.matrix_role_id,
                          on_change=lambda e: self.choose_matrix_role(e.value)) \
                    .props('outlined').classes('w-96 max-w-full').mark('matriks-peran')
                ui.button('Kembalikan ke default Peta Relasi', icon='restart_alt', on_click=self.confirm_reset) \
                    .props('outline').mark('matriks-default')
            if role is None:
                ui.label('Belum ada peran.')
                return
            defaults = default_rights(RoleKind(role.jenis), role.seksi, list(TABLES.values()))
            differ = len(set(rights) ^ defaults)
            ui.label('Sama dengan default Peta Relasi.' if not differ else
                     f'{differ} centang berbeda dari default Peta Relasi.').classes('text-caption text-grey-7') \
                .mark(f'matriks-beda matriks-peran-{role.id}')
            if RoleKind(role.jenis) == RoleKind.ADMINISTRATOR:
                ui.label('Administrator mengelola pengaturan; hak atas data hanya dari centang di bawah ini.') \
                    .classes('text-caption text-grey-7')
            if RoleKind(role.jenis) == RoleKind.OPERATOR_DESA:
                ui.label('Operator Desa hanya melihat dan mengubah baris desanya sendiri '
                         'pada tabel yang berkolom desa.') \
                    .classes('text-caption text-grey-7')
            with ui.grid(columns='minmax(14rem, auto) repeat(5, 4.5rem)').classes('items-center gap-y-0'):
                for group_label, specs in _matrix_groups():
                    ui.label(group_label).classes('text-subtitle2 text-primary q-mt-sm col-span-full')
                    ui.label('Tabel').classes('text-caption text-grey-7')
                    for action in Action:
                        ui.label(action_label(action)).classes('text-caption text-grey-7 text-center')
                    for spec in specs:
                        ui.label(spec.label).classes('q-pl-md')
                        for action in Action:
                            ui.checkbox(value=(spec.name, action) in rights,
                                        on_change=lambda e, t=spec.name, a=action, r=role.id: self.toggle(e, r, t, a)) \
                                .classes('justify-center').mark(f'cek-{spec.name}-{action.value}') \
                                .tooltip(f'{action_label(action)} {spec.label}')

    async def choose_matrix_role(self, role_id: int | None) -> None:
        if not await _admin():
            return
        self.matrix_role_id = role_id
        await self.render_matrix()

    async def toggle(self, event, role_id: int, tabel: str, action: Action) -> None:
        checkbox: ui.checkbox = event.sender
        if not (actor := await _admin()):
            await self.render_matrix()  # show the database as it is
            return
        role = await Role.get_or_none(id=role_id)
        if role is None:
            ui.notify('Peran tidak ditemukan.', type='warning')
            await self.render_matrix()
            return
        try:
            await set_permission(role, tabel, action, bool(checkbox.value), by=actor.username)
        except AccountError as error:
            ui.notify(error.message, type='negative')
            await self.render_matrix()

    async def confirm_reset(self) -> None:
        if not await _admin():
            return
        role = await Role.get_or_none(id=self.matrix_role_id) if self.matrix_role_id else None
        if role is None:
            return
        with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
            ui.label(f'Kembalikan hak akses {role.nama} ke default Peta Relasi?').classes('text-h6')
            ui.label('Semua centang peran ini diganti dengan hak bawaan jenis dan seksinya. '
                     'Berlaku pada permintaan berikutnya pengguna peran ini.').classes('text-body2')

            async def reset() -> None:
                if not (actor := await _admin()):
                    return
                target = await Role.get_or_none(id=role.id)
                if target is not None:
                    await reset_role_to_default(target, by=actor.username)
                    ui.notify(f'Hak akses {target.nama} dikembalikan ke default Peta Relasi.', type='positive')
                _close(dialog)
                await self.render_matrix()

            with ui.row().classes('w-full justify-end'):
                ui.button('Batal', on_click=lambda: _close(dialog)).props('flat')
                ui.button('Kembalikan', icon='restart_alt', on_click=reset).props('color=negative') \
                    .mark('matriks-default-ya')
        dialog.open()


def _matrix_groups() -> list[tuple[str, list[TableSpec]]]:
    """The tables of each process in the order of the map, then the reference tables."""
    groups = [(f'{process.code} {process.name}', tables_of(process.code)) for process in PROCESSES]
    groups.append(('Data Referensi', [spec for spec in TABLES.values() if spec.process is None]))
    return [(label, specs) for label, specs in groups if specs]


def _close(dialog: ui.dialog) -> None:
    dialog.close()
    dialog.delete()


def register() -> None:
    @ui.page('/pengaturan')
    async def settings_page() -> None:
        actor = await page_actor('/pengaturan')
        if actor is None:
            return
        if not actor.is_admin:
            forbidden(actor, ADMIN_ONLY)
            return
        with frame(actor, 'Pengaturan',
                   subtitle='Pengguna, peran dan matriks hak akses. Perubahan berlaku pada permintaan '
                            'berikutnya pengguna, tanpa restart.'):
            await SettingsPage(actor).build()
