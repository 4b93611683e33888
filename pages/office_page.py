"""/pengaturan/kantor: the office's kop and the Camat's signature block, and the settings of the files
kept with records (core.file_settings), for the Administrator."""
from __future__ import annotations

from nicegui import ui

from core import audit
from core.access import Actor
from core.file_settings import file_columns, save_file_settings, stored_values
from core.office import DEFAULTS, field_label, office_settings, save_office_settings
from locales import t
from models.audit import AuditAction
from pages.frame import admin_event, admin_only_page, frame

FILE_LIMITS = ('berkas_maks_mb', 'berkas_maks_rekaman_mb', 'berkas_sisi_gambar')   # typed as whole numbers


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
            await file_section()


async def file_section() -> None:
    """The files' settings: their own save, so a wrong limit never holds up the kop (or the reverse)."""
    values = await stored_values()
    ui.separator().classes('my-4 max-w-xl')
    ui.label(t('kantor.berkas.judul')).classes('text-lg font-medium')
    ui.label(t('kantor.berkas.keterangan')).classes('text-sm text-gray-600 max-w-xl')
    fields: dict[str, ui.element] = {
        key: ui.input(t(f'kantor.berkas.{key}'), value=values[key]).props('inputmode=numeric')
        .classes('w-full max-w-xs').mark(f'kantor-{key}') for key in FILE_LIMITS}
    fields['berkas_hapus_lokasi'] = ui.checkbox(t('kantor.berkas.berkas_hapus_lokasi'),
                                                value=values['berkas_hapus_lokasi'] == 'ya') \
        .mark('kantor-berkas_hapus_lokasi')
    columns = file_columns()
    chosen = [column for column in values['berkas_wajib'].split(',') if column in columns]
    fields['berkas_wajib'] = ui.select(columns, multiple=True, value=chosen, label=t('kantor.berkas.berkas_wajib')) \
        .props('use-chips clearable').classes('w-full max-w-xl').mark('kantor-berkas_wajib')

    async def save() -> None:
        fresh = await admin_event(t('kantor.hanya_admin'))
        if fresh is None:
            return
        given = {key: element.value for key, element in fields.items()}
        given['berkas_hapus_lokasi'] = 'ya' if given['berkas_hapus_lokasi'] else 'tidak'
        given['berkas_wajib'] = list(given['berkas_wajib'] or ())
        errors = await save_file_settings(given)
        for key, element in fields.items():
            if key != 'berkas_hapus_lokasi':
                element.error = errors.get(key)
        if errors:
            ui.notify(t('kantor.berkas.belum_tersimpan'), type='negative')
            return
        await audit.record(fresh.username, AuditAction.HAK_AKSES, table='pengaturan_kantor',
                           note=t('kantor.berkas.catatan'))
        ui.notify(t('kantor.berkas.tersimpan'), type='positive')
    ui.button(t('common.simpan'), icon='save', on_click=save).mark('kantor-berkas-simpan')
