"""Put a backup in place of the SQLite database (`python main.py restore FILE`, core/cli.py), so that
the database is exactly the backup.

The app keeps SQLite in WAL mode: the latest changes may still be in `panel.sqlite3-wal` (with its
index `-shm`), above all after a crash. A WAL left beside a restored file would be replayed over
it, mixing newer rows into the backup. So the replaced database moves together with its -wal, -shm
(and -journal) into a folder `sebelum-pulih-YYYYMMDD-HHMMSS` beside it, where it can be opened
whole. The restore refuses while the app serves the database (core/database_lock.py), copies and
checks the backup before it touches anything, and reports the integrity and rows of the result.

The files kept with records come back too (core/backup.py). A backup is either a database file (a
daily `panel-YYYYMMDD.sqlite3`; then the stored files the folder store lacks are copied back from
the daily mirror DATA_DIR/cadangan/berkas) or the one-click zip (its `panel.sqlite3` and its
`berkas/<2 hex>/<sha256>` files). A zip is checked whole before anything changes: an entry of
another name (a path that could point outside the store, too) or whose bytes do not have the SHA-256
it is named by makes it refused. Files already in the store are kept; none is removed. Run as root
(sudo), the files and folders it adds belong to the data folder's owner, the app's user.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from core.backup import (SIDE_FILES, ZIP_DATABASE, backup_sqlite, copy_missing_files, files_mirror, remove_database_file,
                         save_checked, sha256_of, sqlite_path)
from core.config import Settings
from core.database_lock import alone
from core.file_store import DamagedFile, folder_root
from locales import t
from forms.indonesian import WIB

KEPT_PREFIX = 'sebelum-pulih-'
SQLITE_HEADER = b'SQLite format 3\x00'
ZIP_FILE = re.compile(r'berkas/([0-9a-f]{2})/([0-9a-f]{64})')


class NotABackup(Exception):
    """The file is not a sound SQLite database with tables; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    kept: Path | None        # the folder holding the replaced database and its side files; None: there was none
    integrity: str           # 'ok', or what PRAGMA integrity_check found
    counts: dict[str, int]   # rows per table
    files: int = 0           # stored files put back (those the store lacked)
    damaged: int = 0         # files of the daily mirror left out: their bytes no longer match their name


def examine(database: Path) -> tuple[str, dict[str, int]]:
    """PRAGMA integrity_check ('ok' or its findings) and the rows per table, read without writing."""
    with closing(sqlite3.connect(f'file:{quote(str(database))}?mode=ro', uri=True)) as db:
        findings = '; '.join(row[0] for row in db.execute('PRAGMA integrity_check'))
        names = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        counts = {name: db.execute('SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]
                  for name in names}
    return findings, counts


def _database_files(database: Path) -> list[Path]:
    """The database file and what SQLite keeps beside it, those that exist, the database first."""
    files = [database.with_name(database.name + side) for side in ('', *SIDE_FILES)]
    return [path for path in files if path.exists()]


def keep_aside(database: Path, now: datetime) -> Path | None:
    """Move the database with its -wal, -shm and -journal into a new folder beside it (same names,
    so SQLite opens it there with its WAL); None when there is no database."""
    present = _database_files(database)
    if not present:
        return None
    stamp = f'{KEPT_PREFIX}{now:%Y%m%d-%H%M%S}'
    folder, number = database.parent / stamp, 1
    while folder.exists():
        number += 1
        folder = database.parent / f'{stamp}-{number}'
    folder.mkdir()
    for path in present:
        path.replace(folder / path.name)
    return folder


def _owned_like(path: Path, owner: os.stat_result) -> None:
    """Run as root (sudo), the restored file still belongs to the app's user: the owner of the
    database it replaces, or of the data folder."""
    if os.geteuid() == 0:
        os.chown(path, owner.st_uid, owner.st_gid)


def _restore_database(backup: Path, database: Path, now: datetime | None) -> Restored:
    """Replace `database` by a copy of `backup` (the caller holds `alone(database)`); NotABackup,
    changing nothing, when `backup` is not a sound SQLite database."""
    staging = database.with_name(database.name + '.pulih')
    try:
        backup_sqlite(backup, staging)
    except sqlite3.DatabaseError as error:
        raise NotABackup(str(error)) from error
    integrity, counts = examine(staging)
    if integrity != 'ok' or not counts:
        remove_database_file(staging)
        raise NotABackup(integrity if integrity != 'ok' else t('konsol.pulihkan.tanpa_tabel'))
    owner = (database if database.exists() else database.parent).stat()
    kept = keep_aside(database, now or datetime.now(WIB))
    if leftover := _database_files(database):   # never put the copy beside another database's WAL
        raise OSError(f'{leftover[0]} is still in place')
    _owned_like(staging, owner)
    staging.replace(database)
    integrity, counts = examine(database)
    return Restored(kept, integrity, counts)


def is_zip_backup(backup: Path) -> bool:
    """A one-click backup (a zip); a file starting as a SQLite database is a database, even when
    it holds a stored zip near its end."""
    with backup.open('rb') as reader:
        if reader.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            return False
    return zipfile.is_zipfile(backup)


def _zip_contents(archive: zipfile.ZipFile) -> tuple[zipfile.ZipInfo, list[tuple[str, zipfile.ZipInfo]]]:
    """The database entry and the (SHA-256, entry) of each file; NotABackup for any other entry."""
    database, files, seen = None, [], set()
    for info in archive.infolist():
        if info.filename in seen:
            raise NotABackup(t('konsol.pulihkan.entri_ganda', nama=info.filename))
        seen.add(info.filename)
        named = ZIP_FILE.fullmatch(info.filename)
        if info.filename == ZIP_DATABASE:
            database = info
        elif named and named[1] == named[2][:2]:
            files.append((named[2], info))
        else:
            raise NotABackup(t('konsol.pulihkan.entri_asing', nama=info.filename[:120]))
    if database is None:
        raise NotABackup(t('konsol.pulihkan.tanpa_basis_data', nama=ZIP_DATABASE))
    return database, files


def _restore_zip(backup: Path, database: Path, store: Path, now: datetime | None) -> Restored:
    """Check every file of the zip against its name, keeping those the store lacks in a folder of
    their own; restore the database from the zip; only then move those files into the store."""
    staged: list[tuple[Path, Path]] = []        # (checked copy, its place in the store)
    work: Path | None = None
    handle, name = tempfile.mkstemp(dir=database.parent, prefix=f'{database.name}.', suffix='.zip.part')
    os.close(handle)
    extracted = Path(name)
    try:
        with zipfile.ZipFile(backup) as archive:
            entry, files = _zip_contents(archive)
            for sha, info in files:
                place = store / sha[:2] / sha
                with archive.open(info) as reader:
                    if place.exists():
                        sound = sha256_of(reader) == sha
                    else:
                        if work is None:
                            store.parent.mkdir(parents=True, exist_ok=True)
                            work = Path(tempfile.mkdtemp(dir=store.parent, prefix='.pulih-berkas-'))
                        try:
                            save_checked(reader, work / sha)
                        except DamagedFile:
                            sound = False
                        else:
                            sound = True
                            staged.append((work / sha, place))
                if not sound:
                    raise NotABackup(t('konsol.pulihkan.entri_rusak', nama=info.filename))
            with archive.open(entry) as reader, extracted.open('wb') as out:
                shutil.copyfileobj(reader, out)
        restored = _restore_database(extracted, database, now)
        for copy, place in staged:
            place.parent.mkdir(parents=True, exist_ok=True)
            os.replace(copy, place)
        return replace(restored, files=len(staged))
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:   # e.g. an entry whose CRC does not match
        raise NotABackup(t('konsol.pulihkan.zip_rusak', galat=error)) from error
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        remove_database_file(extracted)


def restore_backup(backup: Path, settings: Settings, now: datetime | None = None) -> Restored:
    """Put a backup (a database file or a one-click zip, is_zip_backup) in place of the SQLite
    database of `settings`, with the stored files: those in the zip, or for a database file those
    the daily mirror holds. Raises DatabaseInUse while the app serves, and NotABackup (changing
    nothing) for a file that is not a sound backup."""
    database, store = sqlite_path(settings), folder_root(settings)
    if database is None:
        raise ValueError('restore is for SQLite')
    with alone(database):
        owner = (store.parent if store.parent.exists() else database.parent).stat()
        if is_zip_backup(backup):
            restored = _restore_zip(backup, database, store, now)
        else:
            restored = _restore_database(backup, database, now)
            files, damaged = copy_missing_files(files_mirror(settings), store)
            restored = replace(restored, files=files, damaged=len(damaged))
        if restored.files and os.geteuid() == 0:
            for path in (store, *store.rglob('*')):
                if path.stat().st_uid == 0:
                    _owned_like(path, owner)
        return restored
