"""/pengaturan/cadangan: one-click backup of the SQLite database and the stored files (a zip, made by
core.backup.backup_with_files) for the Administrator."""
from __future__ import annotations

import asyncio
from datetime import datetime

from nicegui import ui

from core import audit, user_files
from core.access import Actor
from core.backup import backup_with_files, backups_dir, files_mirror, keep_days, sqlite_path
from core.config import load_settings
from locales import t
from forms.indonesian import WIB, format_number
from models.audit import AuditAction
from pages import downloads
from pages.frame import admin_event, admin_only_page, frame

ZIP = 'application/zip'


async def download_backup() -> None:
    actor = await admin_event(t('cadangan.hanya_admin'))
    if actor is None:
        return
    settings = load_settings()
    if sqlite_path(settings) is None:
        ui.notify(t('cadangan.postgresql_singkat'), type='warning')
        return
    now = datetime.now(WIB)
    with user_files.new(actor.user_id, f'cadangan-panel-{now:%Y%m%d-%H%M%S}.zip', ZIP) as made:
        await asyncio.to_thread(backup_with_files, settings, made.path)
    await audit.record(actor.username, AuditAction.EKSPOR, note=t('log.catatan.cadangan', berkas=made.filename))
    ui.download.from_url(downloads.link(made))
    ui.notify(t('cadangan.siap'), type='positive')


def register() -> None:
    @admin_only_page('/pengaturan/cadangan', t('cadangan.hanya_admin'))
    async def backup_page(actor: Actor) -> None:
        settings = load_settings()
        with frame(actor, t('cadangan.judul')):
            if sqlite_path(settings) is None:
                ui.markdown(t('cadangan.postgresql'))
                return
            ui.label(t('cadangan.aman'))
            ui.button(t('cadangan.unduh'), icon='backup', on_click=download_backup).mark('unduh-cadangan')
            ui.label(t('cadangan.harian', folder=backups_dir(settings), hari=keep_days(),
                       berkas=files_mirror(settings))).classes('q-mt-md')
            for path in sorted(backups_dir(settings).glob('panel-*.sqlite3'), reverse=True):
                ui.label(t('cadangan.berkas', nama=path.name, ukuran=format_number(path.stat().st_size // 1024))) \
                    .classes('text-caption')
