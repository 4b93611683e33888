"""Put a backup in place of the SQLite database (`python main.py restore FILE`, core/cli.py), so that
the database is exactly the backup.

The app keeps SQLite in WAL mode: the latest changes may still be in `panel.sqlite3-wal` (with its
index `-shm`), above all after a crash. A WAL left beside a restored file would be replayed over
it, mixing newer rows into the backup. So the replaced database moves together with its -wal, -shm
(and -journal) into a folder `sebelum-pulih-YYYYMMDD-HHMMSS` beside it, where it can be opened
whole. The restore refuses while the app serves the database (core/database_lock.py), copies and
checks the backup before it touches anything, and reports the integrity and rows of the result.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from core.backup import SIDE_FILES, backup_sqlite, remove_database_file
from core.database_lock import alone
from locales import t
from forms.indonesian import WIB

KEPT_PREFIX = 'sebelum-pulih-'


class NotABackup(Exception):
    """The file is not a sound SQLite database with tables; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    kept: Path | None        # the folder holding the replaced database and its side files; None: there was none
    integrity: str           # 'ok', or what PRAGMA integrity_check found
    counts: dict[str, int]   # rows per table


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


def restore_sqlite(backup: Path, database: Path, now: datetime | None = None) -> Restored:
    """Replace `database` by a copy of `backup`. Raises DatabaseInUse while the app serves it, and
    NotABackup (changing nothing) when `backup` is not a sound SQLite database."""
    with alone(database):
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
