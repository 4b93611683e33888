"""'Untuk saya' (core.for_me): a card for the home page (for_me_card), the page /untuk-saya with the
whole list, the one-click tindak lanjut of a disposisi with its note, and the person's address for
the daily e-mail digest (core.digest, started here with the app)."""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from nicegui import app, background_tasks, ui

from core import digest, records
from core.access import AccessDenied, Action, Actor, can
from core.auth import current_actor
from core.for_me import SOURCE_BY_TABLE, Item, counts_for, deadline_text, follow_up, items_for
from core.office import smtp_settings
from forms import indonesian
from forms.indonesian import format_number
from locales import t
from models.persuratan import StatusDisposisi
from models.table import TABLES
from pages.frame import frame, logged_in_page
from pages.record_form import open_record_form

CARD_ITEMS = 5
PATH = '/untuk-saya'
Refresh = Callable[[], Awaitable[None]]


def register() -> None:
    app.on_startup(lambda: background_tasks.create(digest.send_daily(), name='ringkasan harian'))

    @logged_in_page(PATH)
    async def for_me_page(actor: Actor) -> None:
        with frame(actor, t('untuk_saya.judul'), subtitle=t('untuk_saya.subjudul')):
            box = ui.column().classes('w-full gap-2').mark('untuk-saya-daftar')
            host = ui.element('div')     # the dialogs, outside the list that is drawn again

            async def draw() -> None:
                fresh = await current_actor()
                if fresh is None:
                    return
                box.clear()
                with box:
                    await item_list(fresh, await items_for(fresh), draw, host)
                    await grid_links(fresh)
            await draw()
            await email_section(actor)


async def for_me_card(actor: Actor) -> None:
    """The home page's card: the most urgent few, and the way to the whole list."""
    if actor.is_admin:
        return
    with ui.card().classes('w-full q-pa-sm').mark('untuk-saya-kartu'):
        box = ui.column().classes('w-full gap-1')
        host = ui.element('div')

        async def draw() -> None:
            fresh = await current_actor()
            if fresh is None:
                return
            items = await items_for(fresh)
            box.clear()
            with box:
                with ui.row().classes('w-full items-center'):
                    ui.link(t('untuk_saya.judul'), PATH).classes('text-subtitle1')
                    if items:
                        ui.badge(format_number(len(items)), color='negative' if any(
                            i.overdue(indonesian.today()) for i in items) else 'primary').mark('untuk-saya-jumlah')
                await item_list(fresh, items[:CARD_ITEMS], draw, host)
                if len(items) > CARD_ITEMS:
                    ui.link(t('untuk_saya.lihat_semua', n=format_number(len(items))), PATH).classes('text-body2')
        await draw()


async def item_list(actor: Actor, items: list[Item], redraw: Refresh, host: ui.element) -> None:
    """One line per item: what it is, its record (a click opens it), status, deadline, and for a
    disposisi not yet read the one-click tindak lanjut."""
    if not items:
        ui.label(t('untuk_saya.kosong')).classes('text-body2 text-grey-7').mark('untuk-saya-kosong')
        return
    on = indonesian.today()
    for item in items:
        with ui.row().classes('w-full items-center no-wrap gap-2 q-py-xs').mark(f'untuk-{item.table}-{item.row_id}'):
            with ui.column().classes('gap-0 col'):
                ui.label(item.kind).classes('text-caption text-grey-7')
                ui.button(item.title, on_click=lambda i=item: open_item(i, redraw, host)) \
                    .props('flat dense no-caps align=left').classes('q-px-none text-left') \
                    .mark(f'buka-{item.table}-{item.row_id}')
            ui.label(item.status).classes('text-caption')
            ui.label(deadline_text(item, on)) \
                .classes('text-caption ' + ('text-negative text-weight-medium' if item.overdue(on) else 'text-grey-8')) \
                .mark(f'tenggat-{item.table}-{item.row_id}')
            if item.table == 'disposisi' and item.status == StatusDisposisi.BELUM_DIBACA.value \
                    and can(actor, Action.UBAH, TABLES['disposisi']):
                ui.button(t('untuk_saya.tindak_lanjut.tombol'), icon='task_alt',
                          on_click=lambda i=item: ask_follow_up(i, redraw, host)) \
                    .props('flat dense no-caps').mark(f'tindak-lanjut-{item.row_id}')


async def open_item(item: Item, redraw: Refresh, host: ui.element) -> None:
    """The record itself: its form when the person may change it, else the grid of its table."""
    actor = await current_actor()
    if actor is None:
        return
    spec = TABLES[item.table]
    if not can(actor, Action.UBAH, spec):
        ui.navigate.to(SOURCE_BY_TABLE[item.table].grid_link())
        return
    try:
        with host:
            await open_record_form(spec, actor, current_actor, row_id=item.row_id, on_saved=redraw)
    except (AccessDenied, records.RecordNotFound) as error:
        ui.notify(str(error) or t('untuk_saya.tidak_ditemukan'), type='warning')


def ask_follow_up(item: Item, redraw: Refresh, host: ui.element) -> None:
    """'Ditindaklanjuti' with a note: one dialog, one Simpan."""
    with host, ui.dialog().on('hide', lambda: dialog.delete()) as dialog, ui.card().classes('w-[28rem] max-w-full').mark('tindak-lanjut'):
        ui.label(t('untuk_saya.tindak_lanjut.judul')).classes('text-h6')
        ui.label(item.title).classes('text-body2')
        note = ui.textarea(t('untuk_saya.tindak_lanjut.catatan')).props('outlined autofocus autogrow') \
            .classes('w-full').mark('catatan-tindak-lanjut')

        async def save() -> None:
            actor = await current_actor()
            if actor is None:
                ui.notify(t('common.sesi_berakhir'), type='warning')
                return
            try:
                result = await follow_up(actor, item.row_id, note.value or '')
            except (AccessDenied, records.RecordNotFound) as error:
                ui.notify(str(error), type='negative')
                return
            if not result.ok:
                note.error = result.errors.get('catatan') or next(iter(result.errors.values()))
                return
            ui.notify(t('untuk_saya.tindak_lanjut.tersimpan'), type='positive')
            dialog.close()
            await redraw()
        with ui.row().classes('w-full justify-end'):
            ui.button(t('common.batal'), on_click=dialog.close).props('flat')
            ui.button(t('untuk_saya.tindak_lanjut.simpan'), icon='task_alt', on_click=save) \
                .mark('simpan-tindak-lanjut')
    dialog.open()


async def grid_links(actor: Actor) -> None:
    """Each table's open rows in its grid, with how many are this person's."""
    counts = await counts_for(actor)
    if not counts:
        return
    ui.label(t('untuk_saya.per_tabel')).classes('text-subtitle2 q-mt-md')
    with ui.row().classes('gap-4'):
        for table, n in counts.items():
            ui.link(t('untuk_saya.tabel_jumlah', tabel=TABLES[table].label, n=format_number(n)),
                    SOURCE_BY_TABLE[table].grid_link()).classes('text-body2').mark(f'tabel-{table}')


async def email_section(actor: Actor) -> None:
    """Where this person's daily digest goes (core.digest)."""
    if actor.user_id is None:
        return
    ui.separator().classes('q-my-md max-w-xl')
    ui.label(t('untuk_saya.surel.judul')).classes('text-subtitle2')
    if not (await smtp_settings()).enabled:
        ui.label(t('untuk_saya.surel.belum_aktif')).classes('text-caption text-grey-7')
    address = ui.input(t('untuk_saya.surel.alamat'), value=await digest.user_email(actor.user_id)) \
        .props('outlined type=email').classes('w-full max-w-xl').mark('surel-saya')

    async def save() -> None:
        fresh = await current_actor()
        if fresh is None or fresh.user_id is None:
            return
        address.error = await digest.set_user_email(fresh.user_id, address.value or '')
        if address.error is None:
            ui.notify(t('untuk_saya.surel.tersimpan'), type='positive')
    ui.button(t('common.simpan'), icon='save', on_click=save).props('flat').mark('surel-simpan')
