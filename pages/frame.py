"""The shared layout: header, navigation drawer built from the process map, and the 403 page."""
from __future__ import annotations

from contextlib import contextmanager

from nicegui import context, ui

from core.access import Action, Actor, can
from models.process_map import PROCESSES, Group, Process
from models.table import TABLES, TableSpec, tables_of

APP_NAME = 'Panel Kecamatan Candipuro'


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


def navigation(actor: Actor) -> None:
    for group in Group:
        processes = [p for p in PROCESSES if p.group == group and process_state(actor, p) != 'hidden']
        if not processes:
            continue
        ui.label(f'Proses {group.value}').classes('text-overline text-grey-7 q-mt-sm')
        for process in processes:
            indent = 'q-pl-md' if process.parent else ''
            if process_state(actor, process) == 'none':
                ui.label(f'{process.code} {process.name} (belum tersedia)') \
                    .classes(f'text-body2 text-grey-5 {indent}').tooltip('Tabel proses ini belum dibuat.')
            else:
                ui.link(f'{process.code} {process.name}', f'/proses/{process.slug}') \
                    .classes(f'text-body2 no-underline text-primary {indent}')
    references = visible_tables(actor, [s for s in TABLES.values() if s.process is None])
    if references:
        ui.label('Data Referensi').classes('text-overline text-grey-7 q-mt-sm')
        for spec in references:
            ui.link(spec.label, f'/tabel/{spec.name}').classes('text-body2 no-underline text-primary')
    if actor.is_admin:
        ui.label('Administrasi').classes('text-overline text-grey-7 q-mt-sm')
        ui.link('Pengaturan', '/pengaturan').classes('text-body2 no-underline text-primary')
        ui.link('Log Audit', '/pengaturan/log').classes('text-body2 no-underline text-primary')
        ui.link('Cadangan Data', '/pengaturan/cadangan').classes('text-body2 no-underline text-primary')
        ui.link('Data Kantor', '/pengaturan/kantor').classes('text-body2 no-underline text-primary')


@contextmanager
def frame(actor: Actor, title: str, *, subtitle: str = ''):
    """`with frame(actor, 'Surat Masuk'):` builds the page around its content."""
    ui.page_title(f'{title} · {APP_NAME}')
    ui.colors(primary='#1f5f8b')
    with ui.header().classes('items-center q-py-xs bg-primary'):
        drawer_button = ui.button(icon='menu').props('flat round color=white aria-label="Menu"')
        ui.link(APP_NAME, '/').classes('text-white text-h6 no-underline gt-xs')
        ui.link('Panel Candipuro', '/').classes('text-white text-subtitle1 no-underline xs')  # phones
        ui.space()
        ui.label(f'{actor.username} · {actor.role}').classes('text-white text-body2 gt-xs')
        ui.button(icon='key', on_click=lambda: ui.navigate.to('/ganti-sandi')).props('flat round color=white') \
            .tooltip('Ganti kata sandi').mark('ganti-sandi')
        with ui.button(icon='logout', on_click=lambda: ui.navigate.to('/logout')) \
                .props('flat color=white aria-label="Keluar"').mark('keluar'):
            ui.label('Keluar').classes('gt-xs q-ml-sm')
    with ui.left_drawer().classes('bg-grey-1 q-pa-md').props('width=300 bordered') as drawer:  # closed on phones
        ui.link('Beranda', '/').classes('text-body1 no-underline text-primary')
        navigation(actor)
    drawer_button.on_click(drawer.toggle)
    with ui.column().classes('w-full q-pa-md gap-2'):
        ui.label(title).classes('text-h5')
        if subtitle:
            ui.label(subtitle).classes('text-body2 text-grey-7')
        yield


def forbidden(actor: Actor | None, message: str = 'Anda tidak berhak membuka halaman ini.') -> None:
    """The 403 page: a message and a way back, never any data."""
    context.client.status_code = 403
    if actor is None:
        ui.navigate.to('/login')
        return
    with frame(actor, 'Akses ditolak'):
        ui.label('403 · Akses ditolak').classes('text-h6 text-negative').mark('403')
        ui.label(message)
        ui.link('Kembali ke beranda', '/')


def not_found(actor: Actor, message: str = 'Halaman tidak ditemukan.') -> None:
    context.client.status_code = 404
    with frame(actor, 'Tidak ditemukan'):
        ui.label('404 · Tidak ditemukan').classes('text-h6 text-negative')
        ui.label(message)
        ui.link('Kembali ke beranda', '/')
