"""Downloads of generated files: a single-use, unguessable link that only its owner's session may use."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException
from fastapi.responses import FileResponse
from nicegui import app

from core.auth import SESSION_USER
from core.texts import t

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
LINK_SECONDS = 15 * 60


@dataclass
class _Offer:
    path: Path
    filename: str
    user_id: int | None
    expires: float
    media_type: str = XLSX


_offers: dict[str, _Offer] = {}


def offer(path: Path, user_id: int | None, filename: str | None = None, media_type: str = XLSX) -> str:
    """A URL for one download of `path` by this user's session."""
    now = time.time()
    for token in [key for key, o in _offers.items() if o.expires < now]:
        _offers.pop(token, None)
    token = secrets.token_urlsafe(24)
    _offers[token] = _Offer(path, filename or path.name, user_id, now + LINK_SECONDS, media_type)
    return f'/unduh/{token}'


def register() -> None:
    @app.get('/unduh/{token}')
    def download(token: str) -> FileResponse:
        item = _offers.get(token)
        if item is None or item.expires < time.time() or not item.path.exists():
            raise HTTPException(404, t('unduhan.tidak_ada'))
        if app.storage.user.get(SESSION_USER) != item.user_id:
            raise HTTPException(403, t('unduhan.bukan_untuk_anda'))
        _offers.pop(token, None)
        return FileResponse(item.path, filename=item.filename, media_type=item.media_type)
