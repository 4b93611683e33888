"""Pengaturan, tab Peran: the roles with the number of their users, and adding, renaming and
deleting one (core.accounts). A role's 'Hak akses' opens it in the tab Matriks."""
from __future__ import annotations

from nicegui import ui

from core.access import Actor, RoleKind
from core.accounts import AccountError, create_role, delete_role, rename_role, role_by_id, roles_with_user_counts
from locales import t
from models.process_map import Section
from pages.settings_dialogs import Redraw, admin_only, dialog_buttons, settings_dialog
from pages.settings_matrix import MatrixTab

ROLE_KIND_LABELS = {kind: kind.value for kind in RoleKind}
SECTION_LABELS = {section: section.value for section in Section}


class RolesTab:
    """The tab's button and its list of roles, drawn into the column it is built in. A change of
    the roles draws the whole page again (`redraw`): the users' roles and the matrix follow."""

    def __init__(self, redraw: Redraw, matrix: MatrixTab) -> None:
        self.redraw = redraw
        self.matrix = matrix
        ui.button(t('pengaturan.peran.tambah'), icon='add', on_click=self.open_new_role).mark('tambah-peran')
        self.box = ui.column().classes('w-full')

    async def render(self) -> None:
        roles = await roles_with_user_counts()
        self.box.clear()
        with self.box, ui.grid(columns='repeat(5, auto)').classes('items-center gap-x-4 gap-y-1'):
            for heading in (t('pengaturan.peran.nama'), t('pengaturan.peran.jenis'), t('pengaturan.peran.seksi'),
                            t('pengaturan.peran.jumlah_pengguna'), ''):
                ui.label(heading).classes('text-caption text-grey-7')
            for role, used in roles:
                ui.label(role.nama).classes('text-weight-medium').mark(f'peran-{role.id}')
                ui.label(RoleKind(role.jenis).value)
                ui.label(Section(role.seksi).value if role.seksi else '–')
                ui.label(str(used))
                with ui.row().classes('gap-1 no-wrap'):
                    ui.button(t('pengaturan.peran.ganti_nama'), icon='edit',
                              on_click=lambda r=role.id: self.open_rename_role(r)) \
                        .props('flat dense no-wrap').mark(f'ganti-nama-{role.id}')
                    ui.button(t('pengaturan.peran.hak_akses'), icon='grid_on',
                              on_click=lambda r=role.id: self.matrix.show(r)) \
                        .props('flat dense no-wrap')
                    delete = ui.button(t('common.hapus'), icon='delete',
                                       on_click=lambda r=role.id: self.remove_role(r)) \
                        .props('flat dense no-wrap color=negative').mark(f'hapus-peran-{role.id}')
                    if used:
                        delete.disable()
                        delete.tooltip(t('pengaturan.peran.masih_dipakai'))

    @admin_only
    async def open_new_role(self, _: Actor) -> None:
        with settings_dialog(t('pengaturan.peran.tambah')) as dialog:
            nama = ui.input(t('pengaturan.peran.nama')).props('outlined').classes('w-full').mark('role-nama')
            jenis = ui.select(ROLE_KIND_LABELS, label=t('pengaturan.peran.jenis'), value=RoleKind.STAF) \
                .props('outlined').classes('w-full').mark('role-jenis')
            seksi = ui.select(SECTION_LABELS, label=t('pengaturan.peran.seksi'), value=None, clearable=True) \
                .props('outlined').classes('w-full').mark('role-seksi')
            ui.label(t('pengaturan.peran.hak_awal')).classes('text-caption text-grey-7')

            async def create(actor: Actor) -> str:
                role = await create_role(nama.value or '', RoleKind(jenis.value), seksi.value, by=actor.username)
                return t('pengaturan.peran.dibuat', peran=role.nama)

            dialog_buttons(dialog, 'role-simpan', create, self.redraw, {'nama': nama, 'seksi': seksi})

    @admin_only
    async def open_rename_role(self, _: Actor, role_id: int) -> None:
        role = await role_by_id(role_id)
        if role is None:
            return
        with settings_dialog(t('pengaturan.peran.ganti_nama_judul', peran=role.nama)) as dialog:
            nama = ui.input(t('pengaturan.peran.nama'), value=role.nama).props('outlined').classes('w-full') \
                .mark('role-nama')

            async def rename(actor: Actor) -> str:
                if (target := await role_by_id(role_id)) is None:
                    raise AccountError(t('pengaturan.peran.tidak_ditemukan'))
                await rename_role(target, nama.value or '', by=actor.username)
                return t('pengaturan.peran.nama_diganti', peran=target.nama)

            dialog_buttons(dialog, 'role-simpan', rename, self.redraw, {'nama': nama})

    @admin_only
    async def remove_role(self, actor: Actor, role_id: int) -> None:
        role = await role_by_id(role_id)
        if role is None:
            return
        try:
            await delete_role(role, by=actor.username)
        except AccountError as error:
            ui.notify(error.message, type='negative', multi_line=True)
            return
        ui.notify(t('pengaturan.peran.dihapus', peran=role.nama), type='positive')
        if self.matrix.role_id == role_id:
            self.matrix.role_id = None
        await self.redraw()
