"""The settings page, for the Administrator only: users, roles, the role matrix and the Struktur data, one
tab each (pages/settings_users.py, settings_roles.py, settings_matrix.py, settings_structure.py; their
dialogs in settings_dialogs.py).

Every change applies to the user's next request (rights are read from the database on each one),
with no restart. The page is built only for an Administrator, and every handler asks again on the
server (`settings_dialogs.admin_only`), so a stale page or a forged event changes nothing.
"""
from __future__ import annotations

from nicegui import ui

from core.access import Actor
from locales import t
from pages.frame import admin_only_page, frame
from pages.settings_matrix import MatrixTab
from pages.settings_roles import RolesTab
from pages.settings_structure import StructureTab
from pages.settings_users import UsersTab


class SettingsPage:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.users: UsersTab
        self.roles: RolesTab
        self.matrix: MatrixTab
        self.structure: StructureTab

    async def build(self) -> None:
        with ui.tabs().classes('w-full').props('align=left') as tabs:
            ui.tab('pengguna', t('pengaturan.tab.pengguna'), icon='people').mark('tab-pengguna')
            ui.tab('peran', t('pengaturan.tab.peran'), icon='badge').mark('tab-peran')
            ui.tab('matriks', t('pengaturan.tab.matriks'), icon='grid_on').mark('tab-matriks')
            ui.tab('struktur', t('struktur.judul'), icon='view_column').mark('tab-struktur')
        with ui.tab_panels(tabs, value='pengguna').classes('w-full'):
            users_panel, roles_panel, matrix_panel = \
                ui.tab_panel('pengguna'), ui.tab_panel('peran'), ui.tab_panel('matriks')
            structure_panel = ui.tab_panel('struktur')
        with matrix_panel:
            self.matrix = MatrixTab(tabs)
        with users_panel:
            self.users = UsersTab()
        with roles_panel:   # its 'Hak akses' opens a role in the matrix
            self.roles = RolesTab(self.refresh, self.matrix)
        with structure_panel:
            self.structure = StructureTab()
        await self.refresh()
        await self.structure.render()

    async def refresh(self) -> None:
        await self.users.render()
        await self.roles.render()
        await self.matrix.render()


def register() -> None:
    @admin_only_page('/pengaturan', t('pengaturan.hanya_admin'))
    async def settings_page(actor: Actor) -> None:
        with frame(actor, t('pengaturan.judul'), subtitle=t('pengaturan.subjudul')):
            await SettingsPage(actor).build()
