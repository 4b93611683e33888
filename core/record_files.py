"""Files kept with records (issue #16): the upload, the check on every write that a record only gets
files its writer uploaded, the read of a file through its record's rights, and the sweep of files
nothing keeps any more.

The path of a file:
1. `accept_upload`: the person may add to or edit the table; the bytes are checked by content
   (core.file_checks), photos are scaled down and lose their location (core.file_images, by the
   settings of core.file_settings); the bytes go to the store (core.file_store) under their SHA-256,
   and the uploader gets a *ticket* for that hash. The description it returns goes into the form.
2. `attach_errors`, called by the write path (core.record_writes) for every save: a hash a record did
   not hold before must be one of the writer's tickets, or one the record held in its own history
   (an undo, or a file put back). So a forged event can never attach somebody else's file by its hash.
   The per-record size limit and the required columns are checked there too.
3. `open_file`: the bytes are handed out only after `can(lihat)` and the row scope of the record
   that holds them, now or in its history (the audit log keeps the descriptions), or to the person
   who has just uploaded them (a thumbnail before the first save).
4. `sweep` (daily, `sweep_daily`): a file that no record, no deleted record and no audit entry names, and that is older
   than a day, is removed from the store. The old file of a replaced scan is thus kept for as long as
   the audit log keeps the change (AUDIT_RETENTION_DAYS), and a deleted record's files stay with it
   in the trash.

Tickets live in this process: an upload and the save that follows travel over the same browser
connection, which the scale-out setup keeps on one instance (deploy/nginx-scale-out.conf).
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from core import access
from core.access import Action, Actor
from core.backup import DAY_SECONDS, run_regularly
from core.file_checks import FileRefused, check_upload
from core.file_images import ImageRefused, prepare_image, thumbnail
from core.file_settings import FileSettings, file_settings
from core.file_store import DamagedFile, MissingFile, file_store
from core.visible_rows import visible_rows
from forms.fields import SHA256, format_size
from locales import t
from models.audit import AuditEntry
from models.base import FilesField
from models.structure import JenisKolom, KolomTambahan
from models.table import TABLES, TableSpec

log = logging.getLogger('panel')
TICKET_SECONDS = 24 * 60 * 60
SWEEP_GRACE = timedelta(days=1)
THUMBNAILS_KEPT = 256


class FileUnavailable(LookupError):
    """No such file for this person: unknown, not theirs to see, or not kept by that record."""


@dataclass(frozen=True)
class OpenedFile:
    data: bytes
    nama: str
    jenis: str


_tickets: dict[str, dict[str, tuple[float, dict]]] = {}   # username → {sha256: (expiry, description)}
_thumbnails: OrderedDict[tuple[str, str], bytes | None] = OrderedDict()   # (sha256, type) → PNG


def now() -> float:
    """The current time; tests replace it to move the clock."""
    return time.time()


def forget() -> None:
    """Drop every ticket and thumbnail (a test's clean start; an instance's restart does the same)."""
    _tickets.clear()
    _thumbnails.clear()


def file_fields(spec: TableSpec) -> list[str]:
    """The table's file columns, in form order."""
    return [name for name in spec.form if isinstance(spec.field(name), FilesField)]


def _give_ticket(username: str, description: dict[str, Any]) -> None:
    held = _tickets.setdefault(username, {})
    moment = now()
    for old in [key for key, (expiry, _) in held.items() if expiry < moment]:
        del held[old]
    held[description['sha256']] = (moment + TICKET_SECONDS, description)


def _ticket(username: str, sha: str) -> dict[str, Any] | None:
    """The description of the person's own upload `sha`, while their ticket for it holds."""
    expiry, description = _tickets.get(username, {}).get(sha, (0.0, None))
    return description if expiry >= now() else None


def _require_file_field(spec: TableSpec, name: str) -> None:
    if name not in file_fields(spec) or name in spec.readonly:
        raise FileRefused(t('berkas.galat.kolom_bukan_berkas', kolom=name))


async def accept_upload(actor: Actor, spec: TableSpec, name: str, file_name: str, data: bytes,
                        settings: FileSettings | None = None) -> dict[str, Any]:
    """Check, prepare and store one uploaded file for column `name`; its description for the form.

    Raises access.AccessDenied when the actor may neither add to nor edit the table, FileRefused (an
    Indonesian message) when the file may not be kept. Nothing is stored when it is refused.
    """
    if not (access.can(actor, Action.TAMBAH, spec) or access.can(actor, Action.UBAH, spec)):
        raise access.AccessDenied(access.refusal(Action.UBAH, spec.label))
    _require_file_field(spec, name)
    settings = settings or await file_settings()
    accepted = await asyncio.to_thread(check_upload, file_name, data, settings.max_file_bytes)
    try:
        kept = await asyncio.to_thread(prepare_image, data, accepted.jenis, max_side=settings.max_image_side,
                                       strip_location=settings.strip_location)
    except ImageRefused as error:
        raise FileRefused(str(error)) from None
    sha = await file_store().put(kept)
    description = {'sha256': sha, 'nama': accepted.nama, 'ukuran': len(kept), 'jenis': accepted.jenis}
    _give_ticket(actor.username, description)
    return dict(description)


def _hashes(value: Any) -> set[str]:
    return {item['sha256'] for item in value or () if isinstance(item, dict) and 'sha256' in item}


async def _history_hashes(spec: TableSpec, row_id: int, name: str) -> set[str]:
    """Every hash the column held in the record's audit entries (before and after each change)."""
    found: set[str] = set()
    for before, after in await AuditEntry.filter(tabel=spec.name, baris_id=row_id) \
            .values_list('sebelum', 'sesudah'):
        for logged in (before, after):
            if isinstance(logged, dict):
                found |= _hashes(logged.get(name))
    return found


async def attach_errors(spec: TableSpec, actor: Actor, row: Any, before: dict[str, Any]) -> dict[str, str]:
    """Messages per file column for a row about to be written (empty when all is well)."""
    names = file_fields(spec)
    if not names:
        return {}
    settings = await file_settings()
    errors: dict[str, str] = {}
    total = 0
    for name in names:
        value = getattr(row, name)
        total += sum(item['ukuran'] for item in value or ())
        if not value and f'{spec.name}.{name}' in settings.required:
            errors[name] = t('berkas.galat.wajib')
            continue
        new = _hashes(value) - _hashes(before.get(name))
        unknown = {sha for sha in new if _ticket(actor.username, sha) is None}
        if unknown and row.id is not None:
            unknown -= await _history_hashes(spec, row.id, name)
        if unknown:
            errors[name] = t('berkas.galat.bukan_unggahan_anda')
    if total > settings.max_record_bytes and not errors:
        errors[names[-1]] = t('berkas.galat.rekaman_terlalu_besar', batas=format_size(settings.max_record_bytes))
    return errors


async def _kept_by_row(actor: Actor, table: str, row_id: int, name: str, sha: str) -> dict[str, Any] | None:
    """The description of `sha` in the row's column now or in its history, if the actor may see the row."""
    spec = TABLES.get(table)
    if spec is None or name not in file_fields(spec):
        return None
    access.require(actor, Action.LIHAT, spec)
    row = await visible_rows(actor, spec, id=row_id).first()
    if row is None:
        return None
    for item in getattr(row, name) or ():
        if item.get('sha256') == sha:
            return item
    for before, after in await AuditEntry.filter(tabel=table, baris_id=row_id).order_by('-id') \
            .values_list('sebelum', 'sesudah'):
        for logged in (after, before):
            for item in (logged or {}).get(name) or () if isinstance(logged, dict) else ():
                if isinstance(item, dict) and item.get('sha256') == sha:
                    return item
    return None


async def open_file(actor: Actor, sha: str, *, table: str | None = None, row_id: int | None = None,
                    name: str | None = None) -> OpenedFile:
    """The bytes of a file the actor may see. Raises access.AccessDenied without *lihat* on the
    table, FileUnavailable for anything else (so a guessed URL learns nothing)."""
    if not SHA256.fullmatch(sha or ''):
        raise FileUnavailable(t('berkas.galat.tidak_tersedia'))
    item = None
    if table is not None and row_id is not None and name is not None:
        item = await _kept_by_row(actor, table, row_id, name, sha)
    if item is None:
        item = _ticket(actor.username, sha)
    if item is None:
        raise FileUnavailable(t('berkas.galat.tidak_tersedia'))
    try:
        data = await file_store().get(sha)
    except (MissingFile, DamagedFile) as error:
        raise FileUnavailable(str(error)) from None
    return OpenedFile(data, item['nama'], item['jenis'])


async def thumbnail_of(opened: OpenedFile, sha: str) -> bytes | None:
    """A small PNG of an opened image or PDF (None for other files), kept for the next asker."""
    key = (sha, opened.jenis)
    if key in _thumbnails:
        _thumbnails.move_to_end(key)
        return _thumbnails[key]
    made = await asyncio.to_thread(thumbnail, opened.data, opened.jenis)
    _thumbnails[key] = made
    while len(_thumbnails) > THUMBNAILS_KEPT:
        _thumbnails.popitem(last=False)
    return made


async def _retired_file_columns() -> dict[str, list[str]]:
    """Table → its *berkas* columns the administrator retired (Pengaturan → Struktur data): out of
    every screen, their files still theirs, so that bringing the column back brings the files back."""
    found: dict[str, list[str]] = {}
    for tabel, nama in await KolomTambahan.filter(jenis=JenisKolom.BERKAS, pensiun_pada__isnull=False) \
            .values_list('tabel', 'nama'):
        if tabel in TABLES:
            found.setdefault(tabel, []).append(nama)
    return found


async def referenced_hashes() -> set[str]:
    """Every hash a record (live or in the trash) or an audit entry names, in a file column shown
    now or in a retired one."""
    found: set[str] = set()
    retired = await _retired_file_columns()
    for spec in TABLES.values():
        shown, kept = file_fields(spec), retired.get(spec.name, [])
        names = shown + kept
        if not names:
            continue
        if shown:
            for values in await spec.model.all().values_list(*shown):
                for value in values:
                    found |= _hashes(json.loads(value) if isinstance(value, str) else value)
        for nama in kept:   # no longer a field of the model: read as the database holds it
            for row in await spec.model._meta.db.execute_query_dict(
                    f'SELECT "{nama}" AS files FROM "{spec.name}" WHERE "{nama}" IS NOT NULL'):
                value = row['files']
                found |= _hashes(json.loads(value) if isinstance(value, str) else value)
        for before, after in await AuditEntry.filter(tabel=spec.name).values_list('sebelum', 'sesudah'):
            for logged in (before, after):
                if isinstance(logged, dict):
                    for name in names:
                        found |= _hashes(logged.get(name))
    return found


async def sweep_daily() -> None:
    """The sweep at start-up and then every day while the app runs, with the daily maintenance."""
    await run_regularly(sweep, DAY_SECONDS,
                        lambda n: log.info('Berkas: %d berkas yang tidak disebut rekaman mana pun dihapus', n))


async def sweep(moment: datetime | None = None) -> int:
    """Remove the stored files nothing names any more and nobody holds a ticket for, once they are a
    day old (an upload whose form was never saved); returns how many were removed."""
    store = file_store()
    keep = await referenced_hashes() | {sha for held in _tickets.values() for sha, (expiry, _) in held.items()
                                        if expiry >= now()}
    cutoff = (moment or datetime.now(timezone.utc)) - SWEEP_GRACE
    removed = 0
    for sha in await store.names_older_than(cutoff):
        if sha not in keep:
            await store.remove(sha)
            removed += 1
    return removed
