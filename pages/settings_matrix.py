"""Pengaturan, tab Matriks: the rights of one role, a checkbox per table and action, each tick
saved at once (core.accounts.set_permission); and the way back to the role's defaults."""
from __future__ import annotations

from nicegui import ui

from core.access import CONFIDENTIAL_WITH, RAHASIA_RIGHT, Action, Actor, RoleKind, action_label, default_rights
from core.accounts import (AccountError, matrix_label, reset_role_to_default, role_by_id, role_options, role_rights,
                           set_permission)
from locales import t
from models.process_map import PROCESSES
from models.table import TABLES, TableSpec, tables_of
from pages.settings_dialogs import admin_only, dialog_buttons, settings_admin, settings_dialog


class MatrixTab:
    """The matrix of the chosen role (the first one until another is chosen), drawn into the
    column it is built in; `tabs` is the page's, to show the tab from another one."""

    def __init__(self, tabs: ui.tabs) -> None:
        self.tabs = tabs
        self.role_id: int | None = None
        self.box = ui.column().classes('w-full')

    @admin_only
    async def show(self, _: Actor, role_id: int) -> None:
        """Open the tab on this role's rights ('Hak akses' of the tab Peran)."""
        self.role_id = role_id
        await self.render()
        self.tabs.value = 'matriks'

    async def render(self) -> None:
        roles = await role_options()
        if self.role_id not in roles:
            self.role_id = next(iter(roles), None)
        role = await role_by_id(self.role_id)
        rights = await role_rights(role) if role else frozenset()
        self.box.clear()
        with self.box:
            with ui.row().classes('w-full items-center gap-4'):
                ui.select(roles, label=t('pengaturan.akun.peran'), value=self.role_id,
                          on_change=lambda e: self.choose_role(e.value)) \
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
                        if spec.name == CONFIDENTIAL_WITH:
                            self.rahasia_row(role.id, rights)

    def rahasia_row(self, role_id: int, rights: frozenset) -> None:
        """The right to confidential letters (core.access.RAHASIA_RIGHT): one tick, under Lihat."""
        tabel, action = RAHASIA_RIGHT
        ui.label(matrix_label(tabel)).classes('q-pl-md')
        ui.checkbox(value=RAHASIA_RIGHT in rights,
                    on_change=lambda e: self.toggle(e, role_id, tabel, action)) \
            .classes('justify-center').mark(f'cek-{tabel}-{action.value}') \
            .tooltip(t('pengaturan.matriks.surat_rahasia_centang'))
        for _ in list(Action)[1:]:
            ui.label('')

    @admin_only
    async def choose_role(self, _: Actor, role_id: int | None) -> None:
        self.role_id = role_id
        await self.render()

    async def toggle(self, event, role_id: int, tabel: str, action: Action) -> None:
        checkbox: ui.checkbox = event.sender
        if not (actor := await settings_admin()):
            await self.render()  # show the database as it is
            return
        role = await role_by_id(role_id)
        if role is None:
            ui.notify(t('pengaturan.peran.tidak_ditemukan'), type='warning')
            await self.render()
            return
        try:
            await set_permission(role, tabel, action, bool(checkbox.value), by=actor.username)
        except AccountError as error:
            ui.notify(error.message, type='negative')
            await self.render()

    @admin_only
    async def confirm_reset(self, _: Actor) -> None:
        role = await role_by_id(self.role_id)
        if role is None:
            return
        with settings_dialog(t('pengaturan.matriks.kembalikan_judul', peran=role.nama)) as dialog:
            ui.label(t('pengaturan.matriks.kembalikan_penjelasan')).classes('text-body2')

            async def reset(actor: Actor) -> str:
                if (target := await role_by_id(role.id)) is None:
                    raise AccountError(t('pengaturan.peran.tidak_ditemukan'))
                await reset_role_to_default(target, by=actor.username)
                return t('pengaturan.matriks.dikembalikan', peran=target.nama)

            dialog_buttons(dialog, 'matriks-default-ya', reset, self.render,
                           label=t('pengaturan.matriks.kembalikan_ya'), icon='restart_alt').props('color=negative')


def _matrix_groups() -> list[tuple[str, list[TableSpec]]]:
    """The tables of each process in the order of the map, then the reference tables."""
    groups = [(f'{process.code} {process.name}', tables_of(process.code)) for process in PROCESSES]
    groups.append((t('common.data_referensi'), [spec for spec in TABLES.values() if spec.process is None]))
    return [(label, specs) for label, specs in groups if specs]
