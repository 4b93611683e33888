"""What every HTTP answer carries, and how big a request may be (ASGI middlewares, main.py adds them).

- `SecurityHeaders`: no other site may show the panel in a frame (X-Frame-Options and CSP
  frame-ancestors: clickjacking), a browser never guesses a file's type (nosniff), and an address
  (with its filters) is not sent to another site as the Referer.
- `BodyLimit`: an upload bigger than IMPORT_MAX_MB plus the form's envelope (`UPLOAD_ENVELOPE`)
  is answered 413 from its Content-Length, before a byte of it is read, or, sent without one, as
  soon as it has sent too much; the login form is small (`LOGIN_FORM_BYTES`). The upload dialog
  refuses a big file already in the browser (ui.upload's max_file_size, pages/import_dialog.py);
  this holds for any other client. nginx in front has the same limit: deploy/nginx.conf's
  client_max_body_size is IMPORT_MAX_MB + 1 MB (tests/test_http_hardening.py checks they agree).
  The files input of a record form (pages/file_field.py) has its own upload route, registered here
  with the administrator's limit per file (`allow_file_upload`); nginx lets through the largest a
  setting may give (core.file_settings.LARGEST_FILE_MB + 1 MB), the app holds each route to its own.
"""
from __future__ import annotations

import re
from collections import OrderedDict

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core import importer
from core.file_settings import LARGEST_FILE_MB, MB
from forms.fields import format_size
from exports.xlsx_import import file_size
from locales import t
from pages.sessions import LOGIN_PATH

HEADERS = {
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
}
UPLOAD_ROUTE = re.compile(r'/_nicegui/client/[^/]+/upload/[^/]+')  # ui.upload's route (nicegui/elements/upload.py)
UPLOAD_ENVELOPE = 1024 * 1024  # the multipart framing around the file, with room to spare
LOGIN_FORM_BYTES = 16 * 1024


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope['type'] != 'http':
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message['type'] == 'http.response.start':
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


FILE_ROUTES_KEPT = 10_000
_file_routes: OrderedDict[str, int] = OrderedDict()   # a files input's upload route → its limit per file


def upload_limit() -> int:
    """The largest request body of an import's upload: the import's file limit plus the envelope."""
    return importer.limits()[0] + UPLOAD_ENVELOPE


def largest_upload() -> int:
    """The largest request body any upload route may accept (what nginx must let through)."""
    return max(importer.limits()[0], LARGEST_FILE_MB * MB) + UPLOAD_ENVELOPE


def allow_file_upload(route: str, max_file_bytes: int) -> None:
    """A files input's upload route takes files up to the administrator's limit (not the import's)."""
    _file_routes[route] = max_file_bytes
    _file_routes.move_to_end(route)
    while len(_file_routes) > FILE_ROUTES_KEPT:
        _file_routes.popitem(last=False)


def body_limit(path: str) -> tuple[int, str] | None:
    """(bytes, the message of a refusal) for a route whose requests are limited here."""
    if (per_file := _file_routes.get(path)) is not None:
        return per_file + UPLOAD_ENVELOPE, t('berkas.unggah.terlalu_besar', batas=format_size(per_file))
    if UPLOAD_ROUTE.fullmatch(path):
        return upload_limit(), t('impor.dialog.terlalu_besar', batas=file_size(importer.limits()[0]))
    if path == LOGIN_PATH:
        return LOGIN_FORM_BYTES, t('masuk.terlalu_panjang')
    return None


class _TooLarge(Exception):
    pass


class BodyLimit:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = body_limit(scope['path']) if scope['type'] == 'http' else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        most, message = limit
        refusal = PlainTextResponse(message, status_code=413, headers={'Connection': 'close'})
        declared = Headers(scope=scope).get('content-length', '')
        if declared.isdigit() and int(declared) > most:
            await refusal(scope, receive, send)
            return
        received, started = 0, False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message['type'] == 'http.request':
                received += len(message.get('body', b''))
                if received > most:
                    raise _TooLarge()
            return message

        async def noted_send(message: Message) -> None:
            nonlocal started
            started = started or message['type'] == 'http.response.start'
            await send(message)

        try:
            await self.app(scope, counted_receive, noted_send)
        except* _TooLarge:  # raised by counted_receive (inside a task group when middlewares are between)
            if not started:
                await refusal(scope, receive, send)
