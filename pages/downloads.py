"""Downloads of the files the panel makes for one person (core/user_files.py): /unduh/<token>
serves a file once, to the logged-in user it was made for, and removes it afterwards."""
from __future__ import annotations

from fastapi import HTTPException
from fastapi.responses import FileResponse
from nicegui import app, background_tasks
from starlette.background import BackgroundTask

from core import user_files
from core.auth import session_user
from locales import t
from core.user_files import UserFile


def link(made: UserFile) -> str:
    """The URL that hands `made` to its owner."""
    return f'/unduh/{made.token}'


def register() -> None:
    app.on_startup(lambda: background_tasks.create(user_files.sweep_regularly(), name='pembersihan unduhan'))

    @app.get('/unduh/{token}')
    async def download(token: str) -> FileResponse:
        made = user_files.find(token)
        if made is None:
            raise HTTPException(404, t('unduhan.tidak_ada'))
        user = await session_user()
        if user is None or user.id != made.owner:
            raise HTTPException(403, t('unduhan.bukan_untuk_anda'))
        if not user_files.claim(made):
            raise HTTPException(404, t('unduhan.tidak_ada'))
        return FileResponse(made.path, filename=made.filename, media_type=made.media_type,
                            background=BackgroundTask(user_files.remove, made))
