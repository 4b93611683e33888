"""Backups of the SQLite database with SQLite's online backup API (consistent while the app is in
use), written daily into DATA_DIR/cadangan and kept for BACKUP_KEEP_DAYS days; plus the audit log's
retention (AUDIT_RETENTION_DAYS). DAILY_MAINTENANCE=0 turns both off (the tests do, unless they
are about it). PostgreSQL is backed up with pg_dump (see README). Restoring is core/restore.py.

A backup file is self-contained: it is written under a name of its own (`*.part`, so two backups at
once never write into one file), switched from WAL to the rollback journal (no -wal file belongs to
it), then renamed into place.

The files kept with records (core/file_store.py) are part of the data. In the folder store,
DATA_DIR/berkas, a file is named by its SHA-256 and never changes, so backing them up is copying
the names not copied yet: the daily backup mirrors them into DATA_DIR/cadangan/berkas (same layout),
and the one-click backup is a zip of the database and every stored file. Every copy is checked
against its name. (The database store keeps them in the database, so its backup carries them.)
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from typing import Awaitable, BinaryIO, Callable

from core import audit
from core.config import Settings
from core.database_lock import sqlite_file
from core.file_store import DamagedFile, folder_root
from forms.fields import SHA256
from forms.indonesian import WIB
from locales import t

log = logging.getLogger('panel')
DAY_SECONDS = 24 * 60 * 60
PAGES_PER_STEP = 4096     # a stoppable backup copies this many pages (16 MB at 4 KB) between checks
SIDE_FILES = ('-wal', '-shm', '-journal')   # what SQLite keeps beside a database file
CHUNK = 1024 * 1024
ZIP_DATABASE = 'panel.sqlite3'     # the database's name inside a one-click backup; its files are under berkas/
_one_daily_backup_at_a_time = threading.Lock()


class BackupStopped(Exception):
    """The app is stopping: the backup was abandoned between two steps, nothing was written."""


def keep_days() -> int:
    return max(1, int(os.environ.get('BACKUP_KEEP_DAYS', '14')))


def retention_days() -> int:
    """Days the audit log keeps its entries; 0 keeps them for ever."""
    return max(0, int(os.environ.get('AUDIT_RETENTION_DAYS', '1825')))


def maintenance_enabled() -> bool:
    """DAILY_MAINTENANCE=0 (or false/no/off): no daily backup and no audit retention run."""
    return os.environ.get('DAILY_MAINTENANCE', '1').strip().lower() not in {'0', 'false', 'no', 'off'}


def sqlite_path(settings: Settings) -> Path | None:
    return sqlite_file(settings.database_url)


def remove_database_file(path: Path) -> None:
    """A database file with whatever SQLite left beside it."""
    for name in (path.name, *(path.name + side for side in SIDE_FILES)):
        path.with_name(name).unlink(missing_ok=True)


def backup_sqlite(source: Path, target: Path, stop: threading.Event | None = None) -> Path:
    """Copy a live SQLite database page by page into `target` (a complete, consistent file). With
    `stop`, the copy goes in steps and raises BackupStopped at the first step after `stop` is set."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f'{target.name}.', suffix='.part')
    os.close(handle)
    partial = Path(name)

    def check_stop(_status: int, _remaining: int, _total: int) -> None:
        if stop is not None and stop.is_set():
            raise BackupStopped()

    try:
        with closing(sqlite3.connect(source)) as live, closing(sqlite3.connect(partial)) as copy:
            if stop is None:
                live.backup(copy)
            else:
                live.backup(copy, pages=PAGES_PER_STEP, progress=check_stop)
            copy.execute('PRAGMA journal_mode=DELETE')
        partial.replace(target)
    except BaseException:
        remove_database_file(partial)
        raise
    return target


def backups_dir(settings: Settings) -> Path:
    return settings.data_dir / 'cadangan'


def files_mirror(settings: Settings) -> Path:
    return backups_dir(settings) / 'berkas'


def stored_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(SHA-256, path) of every file in a folder laid out as the folder store, in name order."""
    if root.is_dir():
        for path in sorted(root.glob('??/*')):
            if SHA256.fullmatch(path.name) and path.parent.name == path.name[:2] and path.is_file():
                yield path.name, path


def save_checked(source: BinaryIO, target: Path) -> None:
    """Write what `source` gives into `target`, whose name is the SHA-256 the bytes must have: into a
    temporary file beside it, flushed to disk, renamed into place only when the bytes match (a
    reader never sees a partial or wrong file). DamagedFile when they do not."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f'{target.name}.', suffix='.part')
    try:
        hashed = hashlib.sha256()
        with os.fdopen(handle, 'wb') as out:
            while chunk := source.read(CHUNK):
                hashed.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if hashed.hexdigest() != target.name:
            raise DamagedFile(t('berkas.galat.rusak', sha=target.name[:12]))
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def copy_missing_files(source: Path, target: Path, stop: threading.Event | None = None) -> tuple[int, list[str]]:
    """Copy into the folder `target` every stored file of `source` it lacks, each checked; returns
    how many were copied and the names of those whose bytes no longer match (left out, and logged).
    Nothing in `target` is changed or removed. With `stop`: BackupStopped between two files."""
    copied, damaged = 0, []
    for sha, path in stored_files(source):
        if stop is not None and stop.is_set():
            raise BackupStopped()
        copy = target / sha[:2] / sha
        if copy.exists():
            continue
        try:
            with path.open('rb') as reader:
                save_checked(reader, copy)
        except FileNotFoundError:       # removed meanwhile by the sweep of files no record keeps
            continue
        except DamagedFile:
            log.warning('Berkas %s rusak (SHA-256 tidak cocok); tidak disalin ke %s', path, target)
            damaged.append(sha)
            continue
        copied += 1
    return copied, damaged


def sha256_of(reader: BinaryIO) -> str:
    """The SHA-256 of what `reader` gives, read in chunks."""
    hashed = hashlib.sha256()
    while chunk := reader.read(CHUNK):
        hashed.update(chunk)
    return hashed.hexdigest()


def backup_with_files(settings: Settings, target: Path) -> int:
    """The one-click backup: a zip at `target` holding `panel.sqlite3` (a consistent copy, as
    backup_sqlite makes) and `berkas/<2 hex>/<sha256>` for every file of the folder store, stored
    uncompressed (scans and photos are compressed already) and added one by one from disk. The
    files are listed after the database is copied, so every file it names is in. A stored file whose
    bytes no longer match its name is left out (and logged): in the zip it would make the whole
    backup refused by restore. Returns how many files the zip holds."""
    source = sqlite_path(settings)
    if source is None:
        raise ValueError('the one-click backup is for SQLite')
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f'.{target.name}.') as work:
        database = backup_sqlite(source, Path(work) / ZIP_DATABASE)
        partial, files = Path(work) / 'cadangan.zip', 0
        with zipfile.ZipFile(partial, 'w', compression=zipfile.ZIP_STORED) as archive:
            archive.write(database, ZIP_DATABASE)
            for sha, path in stored_files(folder_root(settings)):
                try:
                    with path.open('rb') as reader:
                        sound = sha256_of(reader) == sha
                    if sound:
                        archive.write(path, f'berkas/{sha[:2]}/{sha}')   # stats and opens it before adding
                        files += 1
                except FileNotFoundError:   # removed meanwhile by the sweep of files no record keeps
                    continue
                if not sound:
                    log.warning('Berkas %s rusak (SHA-256 tidak cocok); tidak dimasukkan ke cadangan', path)
        os.replace(partial, target)
    return files


def daily_backup(settings: Settings, now: datetime | None = None, stop: threading.Event | None = None) -> Path | None:
    """Today's backup (once a day, one at a time in this process), and the removal of those older
    than BACKUP_KEEP_DAYS. Then the files of the folder store not yet in DATA_DIR/cadangan/berkas
    are copied there. That mirror only grows: a file no record keeps any more may still be named by
    an older backup of the database, which a restore may bring back, so none is ever removed."""
    source = sqlite_path(settings)
    if source is None or not source.exists():
        return None
    now = now or datetime.now(WIB)
    folder = backups_dir(settings)
    target = folder / f'panel-{now:%Y%m%d}.sqlite3'
    with _one_daily_backup_at_a_time:
        if not target.exists():
            backup_sqlite(source, target, stop)
        copy_missing_files(folder_root(settings), files_mirror(settings), stop)
    cutoff = now.date().toordinal() - keep_days()
    for old in folder.glob('panel-*.sqlite3'):
        try:
            day = datetime.strptime(old.stem.removeprefix('panel-'), '%Y%m%d').date()
        except ValueError:
            continue
        if day.toordinal() <= cutoff:
            remove_database_file(old)
    return target


async def backup_today(settings: Settings) -> Path | None:
    """Today's backup in a worker thread, tried a second time when the first try fails. When the
    app stops meanwhile, the copy stops at its next step and this waits for it, so nothing touches
    the data folder after shut-down; a data folder or database that vanished is not an error."""
    stop = threading.Event()
    for attempt in (1, 2):
        work = asyncio.ensure_future(asyncio.to_thread(daily_backup, settings, None, stop))
        try:
            return await asyncio.shield(work)
        except asyncio.CancelledError:
            stop.set()
            with suppress(BaseException):
                await work
            raise
        except (sqlite3.Error, OSError) as error:
            source = sqlite_path(settings)
            if source is None or not source.exists():   # the data folder was removed under the app
                log.warning('Cadangan harian dilewati: %s tidak ada lagi (%s)', source, error)
                return None
            if attempt == 2:
                raise
            log.warning('Cadangan harian gagal (%s); dicoba sekali lagi', error)
    return None


async def maintain(settings: Settings) -> None:
    """One round: today's backup, then the audit log's retention."""
    try:
        await backup_today(settings)
        if days := retention_days():
            removed = await audit.prune(days)
            if removed:
                log.info('Log audit: %d catatan lebih tua dari %d hari dihapus', removed, days)
    except Exception:  # noqa: BLE001 - maintenance must never stop the app
        log.exception('Pemeliharaan harian gagal')


async def run_regularly(job: Callable[[], Awaitable[int]], every_seconds: float,
                        done: Callable[[int], None], *, maintenance: bool = True) -> None:
    """`job` at start-up and then every `every_seconds` while the app runs. A maintenance job (the
    sweep of files, the e-mail digest) does not run when DAILY_MAINTENANCE=0; one that keeps this
    process in step with the others (the holiday calendar) always does. A failed round is logged
    and tried at the next; `done` is told the count the job reports, when there is one."""
    if maintenance and not maintenance_enabled():
        return
    while True:
        try:
            if count := await job():
                done(count)
        except Exception:  # noqa: BLE001 - a regular job must never stop the app
            log.exception('Tugas berkala %s gagal', job.__qualname__)
        await asyncio.sleep(every_seconds)


async def daily_maintenance(settings: Settings) -> None:
    """Runs at start-up and then every day while the app runs (unless DAILY_MAINTENANCE=0)."""
    if not maintenance_enabled():
        log.info('Pemeliharaan harian tidak dijalankan (DAILY_MAINTENANCE=0)')
        return
    while True:
        await maintain(settings)
        await asyncio.sleep(DAY_SECONDS)
