"""Where the bytes of the files kept with records live, named by their SHA-256 (content-addressed):
the same scan uploaded twice is stored once, a stored file never changes, and every read checks the
bytes against their name.

Two stores, one interface (`put`, `get`, `has`, `remove`, `names`):
- FolderStore, the default on SQLite: DATA_DIR/berkas/<2 hex>/<sha256>, written to a temporary
  file in the same folder, flushed to disk and renamed into place (a reader sees the whole file or
  none; a crash leaves at most a `*.part` that is swept).
- DatabaseStore, the default on PostgreSQL: the table berkas_isi (models/files.py). Every instance
  of a scale-out reads the same files without another service, and the database's own backup
  (pg_dump) carries them (docs/design.md §Files).
FILE_STORE=folder|database chooses against the default.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from tortoise.exceptions import IntegrityError

from core.config import Settings, load_settings
from forms.fields import SHA256
from locales import t
from models.files import StoredFile


class MissingFile(LookupError):
    """No file of that SHA-256 is stored."""


class DamagedFile(ValueError):
    """The stored bytes no longer have the SHA-256 they are named by."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _checked(sha: str, data: bytes) -> bytes:
    if digest(data) != sha:
        raise DamagedFile(t('berkas.galat.rusak', sha=sha[:12]))
    return data


def _valid(sha: str) -> str:
    if not SHA256.fullmatch(sha or ''):
        raise MissingFile(t('berkas.galat.hilang', sha=str(sha)[:12]))
    return sha


class FolderStore:
    kind = 'folder'

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha: str) -> Path:
        return self.root / _valid(sha)[:2] / sha

    def _put(self, data: bytes) -> str:
        sha = digest(data)
        target = self.path(sha)
        if target.exists():
            return sha
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f'{sha}.', suffix='.part')
        try:
            with os.fdopen(handle, 'wb') as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return sha

    def _get(self, sha: str) -> bytes:
        try:
            return _checked(sha, self.path(sha).read_bytes())
        except FileNotFoundError:
            raise MissingFile(t('berkas.galat.hilang', sha=sha[:12])) from None

    async def put(self, data: bytes) -> str:
        """Store the bytes (once) and give their SHA-256."""
        return await asyncio.to_thread(self._put, data)

    async def get(self, sha: str) -> bytes:
        """The bytes named `sha`, checked; MissingFile or DamagedFile otherwise."""
        return await asyncio.to_thread(self._get, sha)

    async def has(self, sha: str) -> bool:
        return SHA256.fullmatch(sha or '') is not None and self.path(sha).is_file()

    async def remove(self, sha: str) -> None:
        self.path(sha).unlink(missing_ok=True)

    async def names(self) -> set[str]:
        """Every stored SHA-256 (for the sweep of files no record keeps)."""
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.glob('??/*') if SHA256.fullmatch(p.name)}

    async def names_older_than(self, cutoff: datetime) -> set[str]:
        """The stored SHA-256s written before `cutoff` (the sweep leaves a fresh upload alone)."""
        if not self.root.is_dir():
            return set()
        moment = cutoff.timestamp()
        return {p.name for p in self.root.glob('??/*') if SHA256.fullmatch(p.name) and p.stat().st_mtime < moment}


class DatabaseStore:
    kind = 'database'

    async def put(self, data: bytes) -> str:
        sha = digest(data)
        if not await StoredFile.filter(sha256=sha).exists():
            try:
                await StoredFile.create(sha256=sha, ukuran=len(data), isi=data)
            except IntegrityError:      # the same file, stored meanwhile by another upload
                pass
        return sha

    async def get(self, sha: str) -> bytes:
        row = await StoredFile.filter(sha256=_valid(sha)).values_list('isi', flat=True)
        if not row:
            raise MissingFile(t('berkas.galat.hilang', sha=sha[:12]))
        return _checked(sha, bytes(row[0]))

    async def has(self, sha: str) -> bool:
        return SHA256.fullmatch(sha or '') is not None and await StoredFile.filter(sha256=sha).exists()

    async def remove(self, sha: str) -> None:
        await StoredFile.filter(sha256=sha).delete()

    async def names(self) -> set[str]:
        return set(await StoredFile.all().values_list('sha256', flat=True))

    async def names_older_than(self, cutoff: datetime) -> set[str]:
        return set(await StoredFile.filter(disimpan__lt=cutoff).values_list('sha256', flat=True))


def store_kind(settings: Settings) -> str:
    chosen = os.environ.get('FILE_STORE', '').strip().lower()
    if chosen in ('folder', 'database'):
        return chosen
    return 'folder' if settings.is_sqlite else 'database'


def folder_root(settings: Settings) -> Path:
    """Where the folder store keeps its files: DATA_DIR/berkas."""
    return settings.data_dir / 'berkas'


def file_store(settings: Settings | None = None) -> FolderStore | DatabaseStore:
    """The store the settings name (read anew: tests change DATA_DIR and FILE_STORE)."""
    settings = settings or load_settings()
    if store_kind(settings) == 'database':
        return DatabaseStore()
    return FolderStore(folder_root(settings))
