"""The browser session over HTTP: NiceGUI keeps each browser's `app.storage.user` under the `id` in
its signed session cookie (Starlette's SessionMiddleware; nicegui/storage.py), and core.auth keeps
the login in that storage.

- `install()` hands `app.storage.user` to core.auth as the session store.
- `renew_id(request)`: at login the browser gets a new id (a new cookie), and the old id's storage
  keeps nothing of a login, so a cookie planted in the browser before the login is worth nothing
  after it (session fixation).
- `LoginRequired`: a request for a page from a browser that is not logged in is answered with a
  303 to /login?next=…, before any page is built (not the login itself, NiceGUI's files and the
  citizen's public forms, `PUBLIC_FORMS`, matched whole so no other page slips through); one that
  must change its password first, with a 303 to /ganti-sandi. A logged-in request also renews
  the cookie, whose max-age is the idle time (`cookie_options`).
- When browsers leave, their memory goes back to the system (core.memory) once the wave has passed:
  RELEASE_AFTER seconds after the last client NiceGUI deleted.
- `keep_cookie_alive()`: a page used for a long time without a page load (a morning in one grid)
  makes no HTTP request that would renew the cookie, so while its user is active it asks the
  browser to call `RENEW_PATH` now and then; its timer's wait ends with the page (`PageTimer`).
"""
from __future__ import annotations

import asyncio
import hmac
import re
import time
import uuid
from hashlib import sha256
from typing import Any
from urllib.parse import quote

from nicegui import app, context, ui
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from core import auth
from core.memory import release_free_memory
from models.accounts import User

LOGIN_PATH = '/login'
CHANGE_PASSWORD_PATH = '/ganti-sandi'
RENEW_PATH = '/sesi/perpanjang'
PUBLIC_PATHS = {LOGIN_PATH, '/logout', '/favicon.ico'}
PUBLIC_PREFIX = '/_nicegui'  # NiceGUI's scripts, styles, uploads and websocket (/_nicegui_ws)
PUBLIC_FORMS = re.compile(r'/skm/[A-Za-z0-9_-]{1,100}|/pengaduan')  # the citizen's forms (pages/public_forms.py)
_RENEWED = 'renewed'  # a value in the cookie that changes when it is renewed (re-signed with a new time)


RELEASE_AFTER = 2.0   # seconds after the last deleted client before the memory is given back
_release: asyncio.TimerHandle | None = None


def install() -> None:
    auth.use_session_store(lambda: app.storage.user)
    app.on_delete(release_memory_soon)

    @app.post(RENEW_PATH)
    async def renew_cookie() -> Response:  # LoginRequired has renewed it, or answered 303
        return Response(status_code=204)


def release_memory_soon() -> None:
    """A client was deleted (its browser left): give the memory back once nobody else has left for
    RELEASE_AFTER seconds, so fifty leaving cost one collection."""
    global _release
    if _release is not None:
        _release.cancel()
    _release = asyncio.get_running_loop().call_later(RELEASE_AFTER, release_free_memory)


def cookie_options() -> dict[str, Any]:
    """NiceGUI's session_middleware_kwargs: the cookie lives as long as an idle session, and with
    COOKIE_SECURE=1 travels over HTTPS only. It stays httponly and SameSite=Lax."""
    return {'max_age': auth.idle_minutes() * 60, 'https_only': auth.cookie_secure(), 'same_site': 'lax'}


def login_url(target: str) -> str:
    return f'{LOGIN_PATH}?next={quote(auth.safe_next(target), safe="/")}'


async def renew_id(request: Request) -> auth.Store:
    """Give this browser a new session id (the response sets the new cookie) and return the empty
    storage of the new id. The old id's storage keeps no login."""
    auth.end_session(app.storage.user)
    new_id = str(uuid.uuid4())
    request.session['id'] = new_id
    # NiceGUI creates a storage when a request with an unknown id arrives (RequestTrackingMiddleware);
    # here the id is new in the middle of a request, so it is created the same way.
    await app.storage._create_user_storage(new_id)  # pylint: disable=protected-access
    return app.storage.user


def form_token(request: Request) -> str:
    """The login form's token: tied to this browser's session id, so a form posted from another
    site (which cannot read it, and whose request has no cookie with SameSite=Lax) is refused."""
    key = (app.storage.secret or '').encode()
    return hmac.new(key, f'masuk:{request.session.get("id", "")}'.encode(), sha256).hexdigest()


def form_token_ok(request: Request, token: str) -> bool:
    return hmac.compare_digest(form_token(request), token)


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIX) or PUBLIC_FORMS.fullmatch(path) is not None


class LoginRequired(BaseHTTPMiddleware):
    """303 to the login page for a browser that is not logged in (as NiceGUI's authentication
    example does), before any page is built. Runs inside NiceGUI's session middlewares."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        path = request.url.path
        if is_public(path):
            return await call_next(request)
        user = await auth.session_user(touch=path != RENEW_PATH)  # a renewal is not activity
        if user is None:
            target = f'{path}?{request.url.query}' if request.url.query else path
            return RedirectResponse(login_url(target), status_code=303)
        if user.must_change_password and path not in (CHANGE_PASSWORD_PATH, RENEW_PATH):
            return RedirectResponse(CHANGE_PASSWORD_PATH, status_code=303)
        request.session[_RENEWED] = int(time.time())  # a new cookie: its max-age starts again
        request.state.panel_user = user  # the page needs not load it again
        return await call_next(request)


def user_checked_by_middleware() -> User | None:
    """The user LoginRequired found for the request that is building this page, if any."""
    request = getattr(context.client, 'request', None)
    return getattr(request.state, 'panel_user', None) if request is not None else None


class PageTimer(ui.timer):
    """A ui.timer whose waiting ends when its page is deleted. NiceGUI's own timer, once its page is
    gone, only marks itself cancelled and sleeps out the interval: here a third of the idle time,
    20 minutes, while its task (and the context the task was created in) keeps the timer, its page's
    request and the user loaded for it. Bench 4 found one such task per browser that had left
    (bench/profiles/memory-after-disconnect.txt)."""

    _task: asyncio.Task | None = None

    async def _run_in_loop(self) -> None:
        self._task = asyncio.current_task()
        await super()._run_in_loop()

    def _handle_delete(self) -> None:
        super()._handle_delete()
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()


def keep_cookie_alive() -> None:
    """On a page of a logged-in user: while the user is active, the browser renews its cookie
    every third of the idle time (an idle user's cookie ends with the idle time, like the session)."""
    every = auth.idle_minutes() * 60 / 3

    def renew_if_active() -> None:
        if auth.seen_within(every):
            ui.run_javascript(f"fetch('{RENEW_PATH}', {{method: 'POST', credentials: 'same-origin'}})")

    PageTimer(every, renew_if_active, immediate=False)  # the page load has just renewed it
