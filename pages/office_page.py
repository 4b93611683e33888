"""/pengaturan/kantor: the office's kop and the Camat's signature block, for the Administrator."""
from __future__ import annotations

from nicegui import ui

from core import audit
from core.auth import current_actor, page_actor
from core.office import FIELDS, office_settings, save_office_settings
from models.audit import AuditAction
from pages.frame import forbidden, frame

ADMIN_ONLY = 'Data kantor hanya bisa diubah Administrator.'


def register() -> None:
    @ui.page('/pengaturan/kantor')
    async def office_page() -> None:
        actor = await page_actor('/pengaturan/kantor')
        if actor is None:
            return
        if not actor.is_admin:
            forbidden(actor, ADMIN_ONLY)
            return
        values = await office_settings()
        with frame(actor, 'Data Kantor', subtitle='Dipakai untuk kop dan tanda tangan pada ekspor format laporan.'):
            inputs = {key: ui.input(label, value=values[key]).classes('w-full max-w-xl').mark(f'kantor-{key}')
                      for key, (label, _) in FIELDS.items()}

            async def save() -> None:
                fresh = await current_actor()
                if fresh is None or not fresh.is_admin:
                    ui.notify(ADMIN_ONLY, type='negative')
                    return
                errors = await save_office_settings({key: element.value for key, element in inputs.items()})
                for key, element in inputs.items():
                    element.error = errors.get(key)
                if not errors:
                    await audit.record(fresh.username, AuditAction.HAK_AKSES, table='pengaturan_kantor',
                                       note='Data kantor diubah')
                    ui.notify('Data kantor tersimpan.', type='positive')
            ui.button('Simpan', icon='save', on_click=save).mark('kantor-simpan')
