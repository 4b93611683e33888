"""Backups of the SQLite database with SQLite's online backup API (consistent while the app is in
use), written daily into DATA_DIR/cadangan and kept for BACKUP_KEEP_DAYS days; plus the audit log's
retention (AUDIT_RETENTION_DAYS). PostgreSQL is backed up with pg_dump (see README)."""
from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from core import audit
from core.config import Settings
from forms.indonesian import WIB

log = logging.getLogger('panel')
DAY_SECONDS = 24 * 60 * 60


def keep_days() -> int:
    return max(1, int(os.environ.get('BACKUP_KEEP_DAYS', '14')))


def retention_days() -> int:
    """Days the audit log keeps its entries; 0 keeps them for ever."""
    return max(0, int(os.environ.get('AUDIT_RETENTION_DAYS', '1825')))


def sqlite_path(settings: Settings) -> Path | None:
    if not settings.is_sqlite:
        return None
    return Path(settings.database_url.removeprefix('sqlite://'))


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database page by page into `target` (a complete, consistent file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + '.part')
    with sqlite3.connect(source) as live, sqlite3.connect(partial) as copy:
        live.backup(copy)
    copy.close()
    partial.replace(target)
    return target


def backups_dir(settings: Settings) -> Path:
    return settings.data_dir / 'cadangan'


def daily_backup(settings: Settings, now: datetime | None = None) -> Path | None:
    """Today's backup (once a day), and the removal of those older than BACKUP_KEEP_DAYS."""
    source = sqlite_path(settings)
    if source is None or not source.exists():
        return None
    now = now or datetime.now(WIB)
    folder = backups_dir(settings)
    target = folder / f'panel-{now:%Y%m%d}.sqlite3'
    if not target.exists():
        backup_sqlite(source, target)
    cutoff = now.date().toordinal() - keep_days()
    for old in folder.glob('panel-*.sqlite3'):
        try:
            day = datetime.strptime(old.stem.removeprefix('panel-'), '%Y%m%d').date()
        except ValueError:
            continue
        if day.toordinal() <= cutoff:
            old.unlink()
    return target


def restore_sqlite(backup: Path, database: Path) -> Path:
    """Put a backup in place of the database (the app must be stopped). The replaced database is
    kept beside it as <name>.sebelum-pulih, whose path is returned."""
    kept = database.with_name(database.name + '.sebelum-pulih')
    if database.exists():
        database.replace(kept)
    backup_sqlite(backup, database)
    return kept


async def daily_maintenance(settings: Settings) -> None:
    """Runs at start-up and then every day while the app runs."""
    while True:
        try:
            await asyncio.to_thread(daily_backup, settings)
            if days := retention_days():
                removed = await audit.prune(days)
                if removed:
                    log.info('Log audit: %d catatan lebih tua dari %d hari dihapus', removed, days)
        except Exception:  # noqa: BLE001 - maintenance must never stop the app
            log.exception('Pemeliharaan harian gagal')
        await asyncio.sleep(DAY_SECONDS)
