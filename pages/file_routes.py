"""The HTTP side of the files kept with records (issue #16): `/berkas/<sha256>` hands out a file and
`/berkas/<sha256>/gambar-kecil` its thumbnail, to the logged-in person the record's rights allow
(core.record_files.open_file decides; a refusal is 403, anything else unknown is 404).

The bytes were uploaded by somebody else, so the answer never lets them act on the panel's origin:
the browser must not guess their type (nosniff), the document is sandboxed (CSP `sandbox`: no script,
an origin of its own), and nothing is kept in a shared cache. Only a PDF or a picture is shown in
the page (`inline`, framed by the panel's own viewer only); everything else is a download. The
original name travels in Content-Disposition per RFC 6266 / 5987: an ASCII stand-in for old
clients, the UTF-8 name in `filename*`.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlencode

from fastapi import HTTPException
from fastapi.responses import Response
from nicegui import app

from core import record_files
from core.access import AccessDenied
from core.auth import current_actor
from locales import t

PREVIEWABLE = ('application/pdf', 'image/jpeg', 'image/png')   # shown in the page; the rest is downloaded
OCTET = 'application/octet-stream'
_NOT_ASCII_SAFE = re.compile(r'[^\x20-\x7e]|["\\%;]')
FILE_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'Cache-Control': 'private, no-store',
}


def file_link(sha: str, *, table: str, row_id: int | None, column: str, download: bool = False,
              thumbnail: bool = False) -> str:
    """The address of a file (or of its thumbnail) as kept by `table.column` of row `row_id` (None:
    not saved yet, the uploader's own fresh upload, described by their ticket)."""
    query = {'tabel': table, 'kolom': column}
    if row_id is not None:
        query['baris'] = str(row_id)
    if download:
        query['unduh'] = '1'
    return f"/berkas/{sha}{'/gambar-kecil' if thumbnail else ''}?{urlencode(query)}"


def content_disposition(name: str, *, inline: bool) -> str:
    """`inline` or `attachment` with the name as an ASCII stand-in and, exactly, in UTF-8 (RFC 5987)."""
    fallback = _NOT_ASCII_SAFE.sub('_', name).strip() or 'berkas'
    return f"{'inline' if inline else 'attachment'}; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


async def _opened(sha: str, tabel: str, baris: str, kolom: str) -> record_files.OpenedFile:
    actor = await current_actor()
    if actor is None:
        raise HTTPException(403, t('common.sesi_berakhir'))
    row_id = int(baris) if baris.isdigit() else None
    try:
        return await record_files.open_file(actor, sha, table=tabel or None, row_id=row_id, name=kolom or None)
    except AccessDenied as error:
        raise HTTPException(403, str(error)) from None
    except record_files.FileUnavailable:
        raise HTTPException(404, t('berkas.galat.tidak_tersedia')) from None


def register() -> None:
    @app.get('/berkas/{sha}')
    async def file(sha: str, tabel: str = '', baris: str = '', kolom: str = '', unduh: str = '') -> Response:
        opened = await _opened(sha, tabel, baris, kolom)
        shown = opened.jenis in PREVIEWABLE and unduh != '1'
        headers = {**FILE_HEADERS, 'Content-Disposition': content_disposition(opened.nama, inline=shown)}
        return Response(opened.data, media_type=opened.jenis or OCTET, headers=headers)

    @app.get('/berkas/{sha}/gambar-kecil')
    async def thumbnail(sha: str, tabel: str = '', baris: str = '', kolom: str = '') -> Response:
        opened = await _opened(sha, tabel, baris, kolom)
        picture = await record_files.thumbnail_of(opened, sha)
        if picture is None:
            raise HTTPException(404, t('berkas.galat.tidak_tersedia'))
        return Response(picture, media_type='image/png', headers=FILE_HEADERS)
