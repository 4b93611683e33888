"""Files the panel makes for one person: a grid export, a report, the IKM, an import template or
the failing rows of an import, the audit log, a backup copy.

Each lives in its own folder under DATA_DIR/exports, named by an unguessable token, beside a small
record of its owner, its readable name and its media type:

    with user_files.new(actor.user_id, 'surat_masuk_20261128-213000.xlsx') as made:
        await write_xlsx(made.path, ...)   # writes made.path + '.part' in that folder, then renames it
    # pages/downloads.py serves /unduh/<made.token> to its owner only, once

Two files made in the same second never meet (each has its own folder, so its own .part). A file
is handed over once (`claim`), then removed (`remove`); a file nobody fetched is removed once it
is EXPORT_KEEP_MINUTES (default 60) old, by `sweep`, which runs at start-up, every few minutes and
before each new file. A write that fails leaves nothing behind.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.config import load_settings

__all__ = ['UserFile', 'XLSX', 'claim', 'find', 'keep_minutes', 'new', 'remove', 'sweep', 'sweep_regularly']

log = logging.getLogger('panel')
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
RECORD = 'record.json'             # owner, readable name, media type
TAKEN = 'record.json.taken'        # the record once the file is being handed over
TOKEN = re.compile(r'[A-Za-z0-9_-]{32}')
SWEEP_EVERY_SECONDS = 5 * 60

_writing: set[str] = set()         # tokens whose file is still being written (never swept)


def now() -> float:
    """The current time; tests replace it to move the clock."""
    return time.time()


def keep_minutes() -> int:
    """How long a file nobody fetched is kept: EXPORT_KEEP_MINUTES, default 60, at least 1."""
    try:
        return max(1, int(os.environ.get('EXPORT_KEEP_MINUTES') or 60))
    except ValueError:
        return 60


def files_dir() -> Path:
    return load_settings().data_dir / 'exports'


@dataclass(frozen=True)
class UserFile:
    token: str
    filename: str                  # the readable name the browser saves it under
    owner: int | None              # the user id it was made for; None is served to nobody
    media_type: str = XLSX

    @property
    def folder(self) -> Path:
        return files_dir() / self.token

    @property
    def path(self) -> Path:
        """Where the file is written: the readable name, made safe for the disk."""
        name = re.sub(r'[^\w.-]+', '_', Path(self.filename).name).lstrip('.')
        return self.folder / (name or 'file')


@contextmanager
def new(owner: int | None, filename: str, media_type: str = XLSX) -> Iterator[UserFile]:
    """A fresh place for one file made for `owner`; write it at `.path` inside the block. On an
    error (or cancellation) inside the block, the place is removed again."""
    sweep()
    root = files_dir()
    root.mkdir(parents=True, exist_ok=True)
    made = UserFile(secrets.token_urlsafe(24), filename, owner, media_type)
    made.folder.mkdir(mode=0o700)
    _writing.add(made.token)
    try:
        record = made.folder / (RECORD + '.part')
        record.write_text(json.dumps({'owner': owner, 'filename': filename, 'media_type': media_type}),
                          encoding='utf-8')
        record.replace(made.folder / RECORD)
        yield made
    except BaseException:
        remove(made)
        raise
    finally:
        _writing.discard(made.token)


def find(token: str) -> UserFile | None:
    """The finished, not yet expired, not yet handed-over file of this token, or None."""
    if not TOKEN.fullmatch(token):
        return None
    try:
        data = json.loads((files_dir() / token / RECORD).read_text(encoding='utf-8'))
        made = UserFile(token, str(data['filename']), data['owner'], str(data['media_type']))
        finished = made.path.stat().st_mtime
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if now() - finished > keep_minutes() * 60:
        return None
    return made


def claim(made: UserFile) -> bool:
    """Take the file for its one download; False when another request took it first."""
    try:
        (made.folder / RECORD).rename(made.folder / TAKEN)
    except OSError:
        return False
    return True


def remove(made: UserFile) -> None:
    shutil.rmtree(made.folder, ignore_errors=True)


def _last_change(entry: Path) -> float:
    times = [entry.lstat().st_mtime]
    if entry.is_dir() and not entry.is_symlink():
        times += [child.lstat().st_mtime for child in entry.iterdir()]
    return max(times)


def sweep() -> int:
    """Remove every file (and folder) older than the keep time, also those left by older versions
    and by a crash; returns how many went."""
    root = files_dir()
    if not root.is_dir():
        return 0
    oldest_kept = now() - keep_minutes() * 60
    removed = 0
    for entry in root.iterdir():
        if entry.name in _writing:
            continue
        try:
            if _last_change(entry) >= oldest_kept:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:   # another sweep or a download took it meanwhile
            continue
        removed += 1
    return removed


async def sweep_regularly() -> None:
    """At start-up, then every few minutes while the app runs."""
    while True:
        try:
            if removed := await asyncio.to_thread(sweep):
                log.info('Unduhan: %d berkas kedaluwarsa dihapus', removed)
        except Exception:  # noqa: BLE001 - the sweep must never stop the app
            log.exception('Pembersihan unduhan gagal')
        await asyncio.sleep(min(SWEEP_EVERY_SECONDS, keep_minutes() * 60))
