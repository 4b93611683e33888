"""/pengaturan/kantor: the office's kop and the Camat's signature block, and the settings of the files
kept with records (core.file_settings), and the SMTP server of the daily digest (core.digest), for
the Administrator."""
from __future__ import annotations

from nicegui import ui

from core import audit
from core.access import Actor
from core.file_settings import file_columns, save_file_settings, stored_values
from core.office import DEFAULTS, field_label, office_settings, save_office_settings, save_smtp_settings, smtp_values
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
            await smtp_section()


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


SMTP_TEXTS = ('smtp_host', 'smtp_port', 'smtp_pengguna', 'smtp_sandi', 'smtp_pengirim')
SMTP_SWITCHES = ('smtp_aktif', 'smtp_starttls')


async def smtp_section() -> None:
    """The SMTP server of the daily digest: off by default, its own save; the password never shown."""
    values = await smtp_values()
    ui.separator().classes('my-4 max-w-xl')
    ui.label(t('kantor.smtp.judul')).classes('text-lg font-medium')
    ui.label(t('kantor.smtp.keterangan')).classes('text-sm text-gray-600 max-w-xl')
    fields: dict[str, ui.element] = {
        'smtp_aktif': ui.switch(t('kantor.smtp.smtp_aktif'), value=values['smtp_aktif'] == 'ya').mark('kantor-smtp_aktif')}
    for key in SMTP_TEXTS:
        shown = '' if key == 'smtp_sandi' else values[key]
        fields[key] = ui.input(t(f'kantor.smtp.{key}'), value=shown, password=key == 'smtp_sandi') \
            .classes('w-full max-w-xl').mark(f'kantor-{key}')
    fields['smtp_starttls'] = ui.checkbox(t('kantor.smtp.smtp_starttls'), value=values['smtp_starttls'] == 'ya') \
        .mark('kantor-smtp_starttls')

    async def save() -> None:
        fresh = await admin_event(t('kantor.hanya_admin'))
        if fresh is None:
            return
        given = {key: element.value for key, element in fields.items()}
        for key in SMTP_SWITCHES:
            given[key] = 'ya' if given[key] else 'tidak'
        errors = await save_smtp_settings(given)
        for key in SMTP_TEXTS:
            fields[key].error = errors.get(key)
        if errors:
            ui.notify(t('kantor.smtp.belum_tersimpan'), type='negative')
            return
        fields['smtp_sandi'].value = ''
        await audit.record(fresh.username, AuditAction.HAK_AKSES, table='pengaturan_kantor',
                           note=t('kantor.smtp.catatan'))
        ui.notify(t('kantor.smtp.tersimpan'), type='positive')
    ui.button(t('common.simpan'), icon='save', on_click=save).mark('kantor-smtp-simpan')
