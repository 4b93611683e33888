"""Reading the audit log for the Administrator's page (/pengaturan/log): the entries a filter
selects, newest first, a page at a time or in chunks for the export.

A filter is a dict with any of 'pengguna' (part of the name), 'aksi' (a list of AuditAction values),
'tabel' (a table's name), 'dari' and 'sampai' (dates, both days included, in WIB)."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from tortoise.queryset import QuerySet

from forms.indonesian import WIB
from models.audit import AuditEntry

EXPORT_CHUNK = 2000


def _selected(filters: dict) -> QuerySet:
    qs = AuditEntry.all()
    if user := (filters.get('pengguna') or '').strip():
        qs = qs.filter(pengguna__icontains=user)
    if actions := filters.get('aksi'):
        qs = qs.filter(aksi__in=actions)
    if table := filters.get('tabel'):
        qs = qs.filter(tabel=table)
    if start := filters.get('dari'):
        qs = qs.filter(waktu__gte=datetime.combine(start, time.min, WIB))
    if end := filters.get('sampai'):
        qs = qs.filter(waktu__lt=datetime.combine(end + timedelta(days=1), time.min, WIB))
    return qs.order_by('-id')


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    total: int   # entries the filter selects
    page: int    # the page shown: the one asked for, or the last there is
    pages: int


async def audit_page(filters: dict, page: int, page_size: int) -> AuditPage:
    """One page of the selected entries, newest first (the last page when `page` is past it)."""
    qs = _selected(filters)
    total = await qs.count()
    pages = max(1, -(-total // page_size))
    page = min(page, pages)
    entries = await qs.offset((page - 1) * page_size).limit(page_size)
    return AuditPage(entries, total, page, pages)


def audit_chunks(filters: dict, size: int = EXPORT_CHUNK) -> AsyncIterator[list[AuditEntry]]:
    """Every selected entry, newest first, `size` at a time (by id, so entries written meanwhile
    do not shift the chunks). The filter is read now, when asked."""
    qs = _selected(filters)

    async def chunks() -> AsyncIterator[list[AuditEntry]]:
        last_id = None
        while True:
            page = qs.filter(id__lt=last_id) if last_id else qs
            entries = await page.limit(size)
            if not entries:
                return
            yield entries
            last_id = entries[-1].id

    return chunks()
