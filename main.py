"""Panel Kecamatan Candipuro: one NiceGUI app, one process, served on the office LAN.

    python main.py                      serve (migrates, seeds, prints the URL and the first login)
    python main.py user ...             manage users from the console (see `python main.py user --help`)
    python main.py check                run the start-up checks of the tables and models (core/checks.py)
    python main.py demo                 fill an empty database with demo data (demo/)
"""
from __future__ import annotations

import logging
import os
import sys

from core.config import lan_addresses, load_settings

# NiceGUI keeps its per-browser storage in NICEGUI_STORAGE_PATH, read when nicegui is imported:
# keep it with the rest of the data, not in the code folder.
os.environ.setdefault('NICEGUI_STORAGE_PATH', str(load_settings().data_dir / 'nicegui'))

from nicegui import app, background_tasks, ui  # noqa: E402

from pages import lifespan  # first: core.lifecycle imports Tortoise and the models without reading their source
from core.accounts import seed_accounts
from core import calendar_sync, record_files, structure
from core.backup import daily_maintenance
from core.listing import driver
from locales import t
from pages import http_hardening, register_all, sessions


def announce(host: str, port: int) -> None:
    shown = lan_addresses() if host in ('0.0.0.0', '') else [host]
    print(t('konsol.siap', alamat=f'http://127.0.0.1:{port}'), flush=True)
    for address in shown:
        print(t('konsol.dari_jaringan', alamat=f'http://{address}:{port}'), flush=True)


def build() -> None:
    settings = load_settings()
    driver.hand_over_quickly()   # a grid page's reader thread gets the interpreter within 0.5 ms
    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(name)s: %(message)s')
    logging.getLogger('tortoise').setLevel(logging.WARNING)
    hooks = [seed_accounts, structure.load_structure]   # the administrator's columns, after migrations
    if os.environ.get('DEMO_DATA'):  # demo is big: imported only when demo data may be asked for
        import demo
        if demo.wanted():
            hooks.append(demo.fill_if_empty)
    lifespan.install(settings, after_start=hooks)
    app.on_startup(lambda: background_tasks.create(daily_maintenance(settings), name='pemeliharaan harian'))
    app.on_startup(lambda: background_tasks.create(record_files.sweep_daily(), name='pembersihan berkas'))
    app.on_startup(lambda: background_tasks.create(calendar_sync.keep_calendar_fresh(), name='calendar_sync'))
    app.on_startup(lambda: background_tasks.create(structure.keep_structure_fresh(), name='structure_sync'))
    ui.button.default_props('no-caps')
    register_all()
    sessions.install()
    # added innermost first; ui.run puts NiceGUI's session middlewares around them
    app.add_middleware(http_hardening.BodyLimit)
    app.add_middleware(sessions.LoginRequired)
    app.add_middleware(http_hardening.SecurityHeaders)
    app.on_startup(lambda: announce(settings.host, settings.port))
    ui.run(host=settings.host, port=settings.port, storage_secret=settings.storage_secret(),
           session_middleware_kwargs=sessions.cookie_options(),
           title=t('common.app_name'), language='id', reload=False, show=False,
           favicon='🏛️', uvicorn_logging_level='warning', show_welcome_message=False)


if __name__ in {'__main__', '__mp_main__'}:
    if sys.argv[1:2] == ['user']:
        from core import cli
        sys.exit(cli.main(sys.argv[1:]))
    if sys.argv[1:2] == ['restore']:
        from core import cli
        sys.exit(cli.restore(sys.argv[2:]))
    if sys.argv[1:2] == ['check']:
        from core import checks
        sys.exit(checks.main())
    if sys.argv[1:2] == ['demo']:
        import demo
        sys.exit(demo.main(sys.argv[2:]))
    build()
