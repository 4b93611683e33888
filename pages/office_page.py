"""/pengaturan/kantor: the office's kop and the Camat's signature block, for the Administrator."""
from __future__ import annotations

from nicegui import ui

from core import audit
from core.access import Actor
from core.office import DEFAULTS, field_label, office_settings, save_office_settings
from locales import t
from models.audit import AuditAction
from pages.frame import admin_event, admin_only_page, frame


def register() -> None:
    @admin_only_page('/pengaturan/kantor', t('kantor.hanya_admin'))
    async def office_page(actor: Actor) -> None:
        values = await office_settings()
        with frame(actor, t('kantor.judul'), subtitle=t('kantor.subjudul')):
            inputs = {key: ui.input(field_label(key), value=values[key]).classes('w-full max-w-xl')
                      .mark(f'kantor-{key}') for key in DEFAULTS}

            async def save() -> None:
                fresh = await admin_event(t('kantor.hanya_admin'))
                if fresh is None:
                    return
                errors = await save_office_settings({key: element.value for key, element in inputs.items()})
                for key, element in inputs.items():
                    element.error = errors.get(key)
                if not errors:
                    await audit.record(fresh.username, AuditAction.HAK_AKSES, table='pengaturan_kantor',
                                       note=t('log.catatan.data_kantor'))
                    ui.notify(t('kantor.tersimpan'), type='positive')
            ui.button(t('common.simpan'), icon='save', on_click=save).mark('kantor-simpan')
