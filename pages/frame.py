"""The shared layout: header, navigation drawer built from the process map, and the 403 page."""
from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from typing import Any

from nicegui import background_tasks, context, ui

from core.access import Action, Actor, can
from core.auth import actor_of_user, current_actor, session_user
from core.for_me import count_for
from forms.indonesian import format_number
from locales import t
from models.process_map import PROCESSES, Group, Process
from models.table import TABLES, TableSpec, tables_of
from pages.global_search import GlobalSearch
from pages.sessions import CHANGE_PASSWORD_PATH, keep_cookie_alive, login_url, user_checked_by_middleware


def visible_tables(actor: Actor, specs: list[TableSpec]) -> list[TableSpec]:
    return [spec for spec in specs if can(actor, Action.LIHAT, spec)]


def process_tables(process: Process) -> list[TableSpec]:
    """A process's own tables, plus those of its sub-processes (M1 → M1.1, M1.2, M1.3)."""
    specs = tables_of(process.code)
    for child in PROCESSES:
        if child.parent == process.code:
            specs += tables_of(child.code)
    return specs


def process_state(actor: Actor, process: Process) -> str:
    """'open' (the actor sees at least one table), 'hidden' (tables exist, none for them), 'none' (no tables yet)."""
    specs = process_tables(process)
    if not specs:
        return 'none'
    return 'open' if visible_tables(actor, specs) else 'hidden'


def for_me_button(actor: Actor) -> None:
    """The header's way to 'Untuk saya' (pages.for_me), with a badge of how many items wait: counted
    once the page is built, so that no page waits for the count."""
    if actor.is_admin:
        return
    with ui.button(icon='inbox', on_click=lambda: ui.navigate.to('/untuk-saya')) \
            .props(f'flat color=white aria-label="{t("kerangka.kepala.untuk_saya")}"').mark('untuk-saya'):
        ui.label(t('kerangka.kepala.untuk_saya')).classes('gt-sm q-ml-sm')
        badge = ui.badge(color='negative').props('floating').mark('untuk-saya-badge')
        badge.set_visibility(False)

    async def fill() -> None:
        waiting = await count_for(actor)
        badge.set_text(format_number(waiting))
        badge.set_visibility(waiting > 0)
    background_tasks.create(fill(), name='untuk-saya-badge')


def process_pages(actor: Actor, process: Process) -> None:
    """A process's pages beside its tables, under its link: U1's IKM, for whoever may see the SKM answers."""
    if process.code == 'U1' and 'skm_responden' in TABLES and can(actor, Action.LIHAT, TABLES['skm_responden']):
        ui.link(t('ikm.judul'), '/ikm').classes('text-body2 no-underline text-primary q-pl-md').mark('navigasi-ikm')


def navigation(actor: Actor) -> None:
    for group in Group:
        processes = [p for p in PROCESSES if p.group == group and process_state(actor, p) != 'hidden']
        if not processes:
            continue
        ui.label(t('kerangka.kelompok_proses', kelompok=group.value)).classes('text-overline text-grey-7 q-mt-sm')
        for process in processes:
            indent = 'q-pl-md' if process.parent else ''
            if process_state(actor, process) == 'none':
                ui.label(t('kerangka.navigasi.belum_tersedia', proses=f'{process.code} {process.name}')) \
                    .classes(f'text-body2 text-grey-5 {indent}') \
                    .tooltip(t('common.belum_tersedia'))
            else:
                ui.link(f'{process.code} {process.name}', f'/proses/{process.slug}') \
                    .classes(f'text-body2 no-underline text-primary {indent}')
                process_pages(actor, process)
    # an Operator Desa picks a desa or an instansi in a form, and never needs their tables in the menu
    references = [] if actor.is_desa_operator else \
        visible_tables(actor, [s for s in TABLES.values() if s.process is None])
    if references:
        ui.label(t('common.data_referensi')).classes('text-overline text-grey-7 q-mt-sm')
        for spec in references:
            ui.link(spec.label, f'/tabel/{spec.name}').classes('text-body2 no-underline text-primary')
    if actor.is_admin:
        ui.label(t('kerangka.navigasi.administrasi')).classes('text-overline text-grey-7 q-mt-sm')
        ui.link(t('kerangka.navigasi.pengaturan'), '/pengaturan').classes('text-body2 no-underline text-primary')
        ui.link(t('kerangka.navigasi.log_audit'), '/pengaturan/log').classes('text-body2 no-underline text-primary')
        ui.link(t('kerangka.navigasi.cadangan'), '/pengaturan/cadangan').classes('text-body2 no-underline text-primary')
        ui.link(t('kerangka.navigasi.kantor'), '/pengaturan/kantor').classes('text-body2 no-underline text-primary')


@contextmanager
def frame(actor: Actor, title: str, *, subtitle: str = ''):
    """`with frame(actor, 'Surat Masuk'):` builds the page around its content."""
    app_name = t('common.app_name')
    ui.page_title(f'{title} · {app_name}')
    ui.colors(primary='#1f5f8b')
    search = GlobalSearch()   # every page's search across the tables: the header's button and Ctrl+K
    with ui.header().classes('items-center q-py-xs bg-primary'):
        drawer_button = ui.button(icon='menu').props(f'flat round color=white aria-label="{t("kerangka.kepala.menu")}"')
        ui.link(app_name, '/').classes('text-white text-h6 no-underline gt-xs')
        ui.link(t('kerangka.kepala.nama_singkat'), '/').classes('text-white text-subtitle1 no-underline xs')  # phones
        ui.space()
        search.button()
        ui.label(f'{actor.username} · {actor.role}').classes('text-white text-body2 gt-xs')
        for_me_button(actor)
        with ui.button(icon='key', on_click=lambda: ui.navigate.to('/ganti-sandi')) \
                .props(f'flat color=white aria-label="{t("kerangka.kepala.ganti_sandi")}"').mark('ganti-sandi'):
            ui.label(t('kerangka.kepala.ganti_sandi')).classes('gt-xs q-ml-sm')
        with ui.button(icon='logout', on_click=lambda: ui.navigate.to('/logout')) \
                .props(f'flat color=white aria-label="{t("common.keluar")}"').mark('keluar'):
            ui.label(t('common.keluar')).classes('gt-xs q-ml-sm')
    # Open above Quasar's breakpoint, closed on phones (show-if-above). Not value=None: NiceGUI would
    # then ask the browser for the drawer's state with a 1 s timeout, an error on a busy machine.
    with ui.left_drawer(value=False).classes('bg-grey-1 q-pa-md').props('width=300 bordered show-if-above') \
            as drawer:
        ui.link(t('kerangka.navigasi.beranda'), '/').classes('text-body1 no-underline text-primary')
        navigation(actor)
    drawer_button.on_click(lambda: drawer.run_method('toggle'))   # Quasar knows whether it is shown
    keep_cookie_alive()
    search.keyboard()
    with ui.column().classes('w-full q-pa-md gap-2'):
        ui.label(title).classes('text-h5')
        if subtitle:
            ui.label(subtitle).classes('text-body2 text-grey-7')
        yield


async def page_actor(path: str) -> Actor | None:
    """For page functions: the actor, or None after sending the browser to log in (or to change
    the password first). The page must build nothing when this returns None. The request has
    passed pages.sessions.LoginRequired already (which answered a browser not logged in with a 303);
    this covers a session that ended in between, and a page shown again over the websocket."""
    user = user_checked_by_middleware() or await session_user()
    if user is None:
        ui.navigate.to(login_url(path))
        return None
    if user.must_change_password:
        ui.navigate.to(CHANGE_PASSWORD_PATH)
        return None
    return await actor_of_user(user)


async def admin_page(path: str, refusal: str) -> Actor | None:
    """For an administrator's page: the actor, or None once the browser was sent to log in or
    shown the 403 page with `refusal`. The page must build nothing when this returns None."""
    actor = await page_actor(path)
    if actor is not None and not actor.is_admin:
        forbidden(actor, refusal)
        return None
    return actor


PageBuilder = Callable[..., Awaitable[None]]

# How long a page may take to build before NiceGUI gives up with a 500 (its default is 3 s). A table
# page reads its actor, preferences and first rows before the browser connects; on the office's
# loaded 2-core server that took more than 3 s now and then, and a late page is better than an error.
PAGE_BUILD_SECONDS = 30.0
Handler = Callable[..., Awaitable[Any]]


def logged_in_page(path: str) -> Callable[[PageBuilder], PageBuilder]:
    """`@logged_in_page('/tabel/{name}')` above `async def table_page(actor, name, request)`: the
    page at `path` (ui.page), built for the actor of a logged-in user, who is passed in first; the
    other parameters are the page's as NiceGUI gives them. The login guard of every page is here
    (page_actor): a session that has ended meanwhile is sent to log in, and nothing is built."""
    return _guarded_page(path, page_actor)


def admin_only_page(path: str, refusal: str) -> Callable[[PageBuilder], PageBuilder]:
    """`@admin_only_page('/pengaturan', t('pengaturan.hanya_admin'))`: as logged_in_page, for an
    Administrator; anyone else gets the 403 page with `refusal` (admin_page)."""
    return _guarded_page(path, lambda target: admin_page(target, refusal))


def _guarded_page(path: str, actor_for: Callable[[str], Awaitable[Actor | None]]) -> Callable[[PageBuilder], PageBuilder]:
    def register(build: PageBuilder) -> PageBuilder:
        @functools.wraps(build)
        async def page(**parameters) -> None:
            actor = await actor_for(path.format(**parameters))   # '/tabel/{name}' -> '/tabel/surat_masuk'
            if actor is not None:
                await build(actor, **parameters)

        page.__signature__ = _without_parameter(inspect.signature(build, eval_str=True), 0)  # NiceGUI reads it
        return ui.page(path, response_timeout=PAGE_BUILD_SECONDS)(page)
    return register


def with_actor(actor_for: Callable[[Any], Awaitable[Actor | None]]) -> Callable[[Handler], Handler]:
    """For an event handler of a page's object whose first step is the actor: `@with_actor(find)`
    above `async def unlock(self, actor, user_id)`. `await find(self)` gives the actor, passed in
    after self, or None (it has told the person why) and the handler does nothing."""
    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(self, *args, **kwargs):
            actor = await actor_for(self)
            if actor is None:
                return None
            return await handler(self, actor, *args, **kwargs)

        # NiceGUI passes an event's arguments to a handler that takes some: it must not count the actor
        guarded.__signature__ = _without_parameter(inspect.signature(handler), 1)
        return guarded
    return decorate


def _without_parameter(signature: inspect.Signature, index: int) -> inspect.Signature:
    parameters = list(signature.parameters.values())
    return signature.replace(parameters=parameters[:index] + parameters[index + 1:])


async def admin_event(refusal: str) -> Actor | None:
    """For an event of an administrator's page: the administrator asking, checked again on the
    server (a stale page or a forged event changes nothing); None, with `refusal` shown, otherwise."""
    actor = await current_actor()
    if actor is None or not actor.is_admin:
        ui.notify(refusal, type='negative')
        return None
    return actor


def forbidden(actor: Actor | None, message: str | None = None) -> None:
    """The 403 page: a message and a way back, never any data."""
    context.client.status_code = 403
    if actor is None:
        ui.navigate.to('/login')
        return
    title = t('kerangka.ditolak.judul')
    with frame(actor, title):
        ui.label(f'403 · {title}').classes('text-h6 text-negative').mark('403')
        ui.label(message or t('kerangka.ditolak.pesan'))
        ui.link(t('common.kembali_ke_beranda'), '/')


def not_found(actor: Actor, message: str | None = None) -> None:
    context.client.status_code = 404
    title = t('kerangka.tidak_ditemukan.judul')
    with frame(actor, title):
        ui.label(f'404 · {title}').classes('text-h6 text-negative')
        ui.label(message or t('kerangka.tidak_ditemukan.pesan'))
        ui.link(t('common.kembali_ke_beranda'), '/')
