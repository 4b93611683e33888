"""The settings page, for the Administrator only: users, roles and the role matrix.

Every change applies to the user's next request (rights are read from the database on each one),
with no restart. The page is built only for an Administrator, and every handler asks again on the
server (`_admin()`), so a stale page or a forged event changes nothing.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from nicegui import ui

from core.access import Action, Actor, RoleKind, action_label, default_rights
from core.accounts import (AccountError, create_role, create_user, delete_role, rename_role, reset_role_to_default,
                           role_rights, set_password, set_permission, unlock_user, update_user)
from core.passwords import MIN_LENGTH, generate_password
from locales import t
from forms.indonesian import format_datetime
from models.accounts import Role, User
from models.process_map import PROCESSES, Section
from models.reference import Desa
from models.table import TABLES, TableSpec, tables_of
from pages.frame import admin_event, admin_page, frame

ROLE_KIND_LABELS = {kind: kind.value for kind in RoleKind}
SECTION_LABELS = {section: section.value for section in Section}
USER_COLUMNS = ('nama_pengguna', 'nama_lengkap', 'peran', 'desa', 'status', 'terakhir_masuk')

# A change made from a dialog: done by this administrator, it returns the notice to show (or None),
# or raises AccountError with the message for a field or for a notice.
Change = Callable[[Actor], Awaitable[str | None]]


async def _admin() -> Actor | None:
    """The administrator asking, checked again on the server; None (and a message) otherwise."""
    return await admin_event(t('pengaturan.ditolak'))


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


async def _submit(dialog: ui.dialog, inputs: dict[str, ui.element], change: Change,
                  redraw: Callable[[], Awaitable[None]]) -> None:
    """Make a dialog's change: the messages beside their fields (the dialog stays open), or the
    notice, the dialog closed and the page drawn again."""
    if not (actor := await _admin()):
        return
    _clear_errors(inputs)
    try:
        notice = await change(actor)
    except AccountError as error:
        _show_errors(error, inputs)
        return
    if notice:
        ui.notify(notice, type='positive')
    _close(dialog)
    await redraw()


@contextmanager
def _dialog(title: str) -> Iterator[ui.dialog]:
    """`with _dialog('Tambah peran') as dialog:` a settings dialog, opened once its content is built."""
    with ui.dialog() as dialog, ui.card().classes('w-[28rem] max-w-full gap-2'):
        ui.label(title).classes('text-h6')
        yield dialog
    dialog.open()


def _dialog_buttons(dialog: ui.dialog, marker: str, change: Change, redraw: Callable[[], Awaitable[None]],
                    inputs: dict[str, ui.element] | None = None, label: str | None = None,
                    icon: str = 'save') -> ui.button:
    """Batal, and the button (Simpan unless named) that makes the dialog's change."""
    with ui.row().classes('w-full justify-end'):
        ui.button(t('common.batal'), on_click=lambda: _close(dialog)).props('flat')
        return ui.button(label or t('common.simpan'), icon=icon,
                         on_click=lambda: _submit(dialog, inputs or {}, change, redraw)).mark(marker)


async def _role(role_id: int | None) -> Role | None:
    return await Role.get_or_none(id=role_id) if role_id is not None else None


async def _role_options() -> dict[int, str]:
    return {role.id: role.nama for role in await Role.all().order_by('id')}


async def _desa_options() -> dict[int, str]:
    return {desa.id: f'{desa.nama} ({desa.kode})' for desa in await Desa.filter(deleted_at=None).order_by('kode')}


async def _operator_role_ids() -> set[int]:
    return set(await Role.filter(jenis=RoleKind.OPERATOR_DESA).values_list('id', flat=True))


def _password_row(label: str, marker: str) -> ui.input:
    with ui.row().classes('w-full items-start no-wrap gap-2'):
        field = ui.input(label, password=False).props('outlined').classes('flex-grow').mark(marker)
        field.props['hint'] = t('masuk.aturan_sandi', n=MIN_LENGTH)
        ui.button(icon='casino', on_click=lambda: field.set_value(generate_password())) \
            .props('flat round').tooltip(t('pengaturan.pengguna.sandi_acak'))
    return field


def _user_status(user: User, locked: bool) -> str:
    if not user.aktif:
        return t('pengaturan.status.nonaktif')
    if locked:
        return t('pengaturan.status.terkunci', waktu=format_datetime(user.locked_until))
    return t('pengaturan.status.wajib_ganti') if user.must_change_password else t('pengaturan.status.aktif')


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
            ui.tab('pengguna', t('pengaturan.tab.pengguna'), icon='people').mark('tab-pengguna')
            ui.tab('peran', t('pengaturan.tab.peran'), icon='badge').mark('tab-peran')
            ui.tab('matriks', t('pengaturan.tab.matriks'), icon='grid_on').mark('tab-matriks')
        with ui.tab_panels(self.tabs, value='pengguna').classes('w-full'):
            with ui.tab_panel('pengguna'):
                ui.button(t('pengaturan.pengguna.tambah'), icon='person_add', on_click=self.open_new_user) \
                    .mark('tambah-pengguna')
                self.users_box = ui.column().classes('w-full')
            with ui.tab_panel('peran'):
                ui.button(t('pengaturan.peran.tambah'), icon='add', on_click=self.open_new_role).mark('tambah-peran')
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

    async def open_new_user(self) -> None:
        if not await _admin():
            return
        roles, desas, operator_ids = await _role_options(), await _desa_options(), await _operator_role_ids()
        with _dialog(t('pengaturan.pengguna.tambah')) as dialog:
            username = ui.input(t('pengaturan.akun.nama_pengguna')).props('outlined').classes('w-full') \
                .mark('user-username')
            username.props['hint'] = t('pengaturan.pengguna.petunjuk_nama_pengguna')
            nama = ui.input(t('pengaturan.akun.nama_lengkap')).props('outlined').classes('w-full').mark('user-nama')
            role, desa = self._user_fields(roles, desas, None, None, operator_ids)
            password = _password_row(t('pengaturan.pengguna.sandi_awal'), 'user-password')
            ui.label(t('pengaturan.pengguna.wajib_ganti_pertama')).classes('text-caption text-grey-7')

            async def create(actor: Actor) -> str:
                if (role_obj := await _role(role.value)) is None:
                    raise AccountError(t('pengaturan.pengguna.pilih_peran'), 'role')
                user = await create_user(username.value or '', password.value or '', role_obj,
                                         nama_lengkap=nama.value or '', desa_id=desa.value,
                                         must_change_password=True, by=actor.username)
                return t('pengaturan.pengguna.dibuat', pengguna=user.username)

            _dialog_buttons(dialog, 'user-simpan', create, self.render_users,
                            {'username': username, 'nama_lengkap': nama, 'role': role, 'desa': desa,
                             'password': password})

    async def open_edit_user(self, user_id: int) -> None:
        if not await _admin():
            return
        user = await User.get_or_none(id=user_id)
        if user is None:
            ui.notify(t('pengaturan.pengguna.tidak_ditemukan'), type='warning')
            return
        roles, desas, operator_ids = await _role_options(), await _desa_options(), await _operator_role_ids()
        with _dialog(t('pengaturan.pengguna.ubah_judul', pengguna=user.username)) as dialog:
            nama = ui.input(t('pengaturan.akun.nama_lengkap'), value=user.nama_lengkap).props('outlined') \
                .classes('w-full').mark('user-nama')
            role, desa = self._user_fields(roles, desas, user.role_id, user.desa_id, operator_ids)
            aktif = ui.switch(t('pengaturan.pengguna.aktif_boleh_masuk'), value=user.aktif).mark('user-aktif')

            async def update(actor: Actor) -> str:
                target, role_obj = await User.get_or_none(id=user_id), await _role(role.value)
                if target is None or role_obj is None:
                    raise AccountError(t('pengaturan.pengguna.atau_peran_tidak_ditemukan'))
                await update_user(target, nama_lengkap=nama.value or '', role=role_obj, desa_id=desa.value,
                                  aktif=bool(aktif.value), by=actor.username)
                return t('pengaturan.pengguna.disimpan', pengguna=target.username)

            _dialog_buttons(dialog, 'user-simpan', update, self.render_users,
                            {'nama_lengkap': nama, 'role': role, 'desa': desa, 'aktif': aktif})

    async def open_reset_password(self, user_id: int) -> None:
        if not await _admin():
            return
        user = await User.get_or_none(id=user_id)
        if user is None:
            ui.notify(t('pengaturan.pengguna.tidak_ditemukan'), type='warning')
            return
        with _dialog(t('pengaturan.pengguna.atur_ulang_judul', pengguna=user.username)) as dialog:
            ui.label(t('pengaturan.pengguna.atur_ulang_penjelasan')).classes('text-body2')
            password = _password_row(t('masuk.sandi_baru'), 'reset-password')

            async def reset(actor: Actor) -> str:
                if (target := await User.get_or_none(id=user_id)) is None:
                    raise AccountError(t('pengaturan.pengguna.tidak_ditemukan'))
                await set_password(target, password.value or '', must_change_password=True, by=actor.username)
                return t('pengaturan.pengguna.sandi_diatur_ulang', pengguna=target.username)

            _dialog_buttons(dialog, 'reset-simpan', reset, self.render_users, {'password': password})

    async def unlock(self, user_id: int) -> None:
        if not (actor := await _admin()):
            return
        user = await User.get_or_none(id=user_id)
        if user is not None:
            await unlock_user(user, by=actor.username)
            ui.notify(t('pengaturan.pengguna.kunci_dibuka', pengguna=user.username), type='positive')
        await self.render_users()

    # ----------------------------------------------------------------------- roles

    async def render_roles(self) -> None:
        roles = await Role.all().order_by('id')
        counts: dict[int, int] = {}
        for role_id in await User.all().values_list('role_id', flat=True):
            counts[role_id] = counts.get(role_id, 0) + 1
        self.roles_box.clear()
        with self.roles_box, ui.grid(columns='repeat(5, auto)').classes('items-center gap-x-4 gap-y-1'):
            for heading in (t('pengaturan.peran.nama'), t('pengaturan.peran.jenis'), t('pengaturan.peran.seksi'),
                            t('pengaturan.peran.jumlah_pengguna'), ''):
                ui.label(heading).classes('text-caption text-grey-7')
            for role in roles:
                used = counts.get(role.id, 0)
                ui.label(role.nama).classes('text-weight-medium').mark(f'peran-{role.id}')
                ui.label(RoleKind(role.jenis).value)
                ui.label(Section(role.seksi).value if role.seksi else '–')
                ui.label(str(used))
                with ui.row().classes('gap-1 no-wrap'):
                    ui.button(t('pengaturan.peran.ganti_nama'), icon='edit',
                              on_click=lambda r=role.id: self.open_rename_role(r)) \
                        .props('flat dense no-wrap').mark(f'ganti-nama-{role.id}')
                    ui.button(t('pengaturan.peran.hak_akses'), icon='grid_on',
                              on_click=lambda r=role.id: self.show_matrix_of(r)) \
                        .props('flat dense no-wrap')
                    delete = ui.button(t('common.hapus'), icon='delete',
                                       on_click=lambda r=role.id: self.remove_role(r)) \
                        .props('flat dense no-wrap color=negative').mark(f'hapus-peran-{role.id}')
                    if used:
                        delete.disable()
                        delete.tooltip(t('pengaturan.peran.masih_dipakai'))

    async def open_new_role(self) -> None:
        if not await _admin():
            return
        with _dialog(t('pengaturan.peran.tambah')) as dialog:
            nama = ui.input(t('pengaturan.peran.nama')).props('outlined').classes('w-full').mark('role-nama')
            jenis = ui.select(ROLE_KIND_LABELS, label=t('pengaturan.peran.jenis'), value=RoleKind.STAF) \
                .props('outlined').classes('w-full').mark('role-jenis')
            seksi = ui.select(SECTION_LABELS, label=t('pengaturan.peran.seksi'), value=None, clearable=True) \
                .props('outlined').classes('w-full').mark('role-seksi')
            ui.label(t('pengaturan.peran.hak_awal')).classes('text-caption text-grey-7')

            async def create(actor: Actor) -> str:
                role = await create_role(nama.value or '', RoleKind(jenis.value), seksi.value, by=actor.username)
                return t('pengaturan.peran.dibuat', peran=role.nama)

            _dialog_buttons(dialog, 'role-simpan', create, self.refresh, {'nama': nama, 'seksi': seksi})

    async def open_rename_role(self, role_id: int) -> None:
        if not await _admin():
            return
        role = await Role.get_or_none(id=role_id)
        if role is None:
            return
        with _dialog(t('pengaturan.peran.ganti_nama_judul', peran=role.nama)) as dialog:
            nama = ui.input(t('pengaturan.peran.nama'), value=role.nama).props('outlined').classes('w-full') \
                .mark('role-nama')

            async def rename(actor: Actor) -> str:
                if (target := await Role.get_or_none(id=role_id)) is None:
                    raise AccountError(t('pengaturan.peran.tidak_ditemukan'))
                await rename_role(target, nama.value or '', by=actor.username)
                return t('pengaturan.peran.nama_diganti', peran=target.nama)

            _dialog_buttons(dialog, 'role-simpan', rename, self.refresh, {'nama': nama})

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
        ui.notify(t('pengaturan.peran.dihapus', peran=role.nama), type='positive')
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
        role = await _role(self.matrix_role_id)
        rights = await role_rights(role) if role else frozenset()
        self.matrix_box.clear()
        with self.matrix_box:
            with ui.row().classes('w-full items-center gap-4'):
                ui.select(roles, label=t('pengaturan.akun.peran'), value=self.matrix_role_id,
                          on_change=lambda e: self.choose_matrix_role(e.value)) \
                    .props('outlined').classes('w-96 max-w-full').mark('matriks-peran')
                ui.button(t('pengaturan.matriks.kembalikan'), icon='restart_alt', on_click=self.confirm_reset) \
                    .props('outline').mark('matriks-default')
            if role is None:
                ui.label(t('pengaturan.matriks.belum_ada_peran'))
                return
            defaults = default_rights(RoleKind(role.jenis), role.seksi, list(TABLES.values()))
            differ = len(set(rights) ^ defaults)
            ui.label(t('pengaturan.matriks.berbeda', n=differ) if differ else t('pengaturan.matriks.sama')) \
                .classes('text-caption text-grey-7').mark(f'matriks-beda matriks-peran-{role.id}')
            if RoleKind(role.jenis) == RoleKind.ADMINISTRATOR:
                ui.label(t('pengaturan.matriks.catatan_admin')).classes('text-caption text-grey-7')
            if RoleKind(role.jenis) == RoleKind.OPERATOR_DESA:
                ui.label(t('pengaturan.matriks.catatan_operator')).classes('text-caption text-grey-7')
            with ui.grid(columns='minmax(14rem, auto) repeat(5, 4.5rem)').classes('items-center gap-y-0'):
                for group_label, specs in _matrix_groups():
                    ui.label(group_label).classes('text-subtitle2 text-primary q-mt-sm col-span-full')
                    ui.label(t('pengaturan.matriks.tabel')).classes('text-caption text-grey-7')
                    for action in Action:
                        ui.label(action_label(action)).classes('text-caption text-grey-7 text-center')
                    for spec in specs:
                        ui.label(spec.label).classes('q-pl-md')
                        for action in Action:
                            ui.checkbox(value=(spec.name, action) in rights,
                                        on_change=lambda e, tabel=spec.name, a=action, r=role.id:
                                        self.toggle(e, r, tabel, a)) \
                                .classes('justify-center').mark(f'cek-{spec.name}-{action.value}') \
                                .tooltip(t('pengaturan.matriks.centang', aksi=action_label(action), tabel=spec.label))

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
            ui.notify(t('pengaturan.peran.tidak_ditemukan'), type='warning')
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
        role = await _role(self.matrix_role_id)
        if role is None:
            return
        with _dialog(t('pengaturan.matriks.kembalikan_judul', peran=role.nama)) as dialog:
            ui.label(t('pengaturan.matriks.kembalikan_penjelasan')).classes('text-body2')

            async def reset(actor: Actor) -> str:
                if (target := await Role.get_or_none(id=role.id)) is None:
                    raise AccountError(t('pengaturan.peran.tidak_ditemukan'))
                await reset_role_to_default(target, by=actor.username)
                return t('pengaturan.matriks.dikembalikan', peran=target.nama)

            _dialog_buttons(dialog, 'matriks-default-ya', reset, self.render_matrix,
                            label=t('pengaturan.matriks.kembalikan_ya'), icon='restart_alt').props('color=negative')


def _matrix_groups() -> list[tuple[str, list[TableSpec]]]:
    """The tables of each process in the order of the map, then the reference tables."""
    groups = [(f'{process.code} {process.name}', tables_of(process.code)) for process in PROCESSES]
    groups.append((t('common.data_referensi'), [spec for spec in TABLES.values() if spec.process is None]))
    return [(label, specs) for label, specs in groups if specs]


def _close(dialog: ui.dialog) -> None:
    dialog.close()
    dialog.delete()


def register() -> None:
    @ui.page('/pengaturan')
    async def settings_page() -> None:
        actor = await admin_page('/pengaturan', t('pengaturan.hanya_admin'))
        if actor is None:
            return
        with frame(actor, t('pengaturan.judul'), subtitle=t('pengaturan.subjudul')):
            await SettingsPage(actor).build()
