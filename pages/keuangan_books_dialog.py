"""The Buku Kas Umum grid's 'Cetak Buku' action (issue #15): one month of the Buku Kas Umum, of one of its
buku pembantu (kas tunai, bank, panjar), or the buku pembantu pajak (taxes withheld and deposited per jenis),
after a small dialog asks for tahun, bulan and buku.

Offered only to whoever may export the Buku Kas Umum; exports/keuangan_reports asks the role matrix again on
the server, so a forged event is refused there too. The file is handed over like any other report
(/unduh/<token>, pages/downloads.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from nicegui import ui

from core.access import AccessDenied, Action, Actor, can
from exports.keuangan_reports import export_book, export_buku_pajak
from forms import indonesian
from locales import t
from models.keuangan import BukuPembantu, month_name
from models.table import TABLES
from pages import downloads

if TYPE_CHECKING:
    from pages.grid_host import GridHost
    from pages.grid_phone import PhoneMenu

BOOK_GRID = 'buku_kas_umum'
FIRST_YEAR = 2000
BKU = 'bku'
PAJAK = 'pajak'


def may_print(actor: Actor, table: str) -> bool:
    return table == BOOK_GRID and can(actor, Action.EKSPOR, TABLES[BOOK_GRID])


def read_year(text: str | None) -> tuple[int | None, str | None]:
    """The year typed, or the message to show beside the field: a whole number up to next year."""
    last = indonesian.today().year + 1
    value = (text or '').strip()
    if not value.isdecimal() or not FIRST_YEAR <= int(value) <= last:
        return None, t('keuangan.cetak.tahun_salah', awal=FIRST_YEAR, akhir=last)
    return int(value), None


def book_options() -> dict[str, str]:
    """The BKU, the buku pembantu read from it, and the buku pembantu pajak (read from the taxes)."""
    kinds = {kind.value: t('keuangan.laporan.judul_pembantu', buku=kind.value).title()
             for kind in BukuPembantu if kind != BukuPembantu.PAJAK}
    return {BKU: t('keuangan.cetak.bku'), **kinds, PAJAK: t('keuangan.cetak.pajak')}


async def make_book(actor: Actor, tahun: int, bulan: int, buku: str):
    if buku == PAJAK:
        return await export_buku_pajak(actor, tahun, bulan)
    return await export_book(actor, tahun, bulan, None if buku == BKU else BukuPembantu(buku))


class BooksDialog:
    """Tahun, Bulan, Buku and 'Cetak'. Enter in Tahun prints; Esc closes (Quasar's own)."""

    def __init__(self, view: GridHost) -> None:
        self.view = view
        today = indonesian.today()
        with ui.dialog() as self.dialog, ui.card().classes('min-w-[22rem]'):
            ui.label(t('keuangan.cetak.judul')).classes('text-h6')
            self.tahun = ui.input(t('keuangan.cetak.tahun'), value=str(today.year)) \
                .props('outlined autofocus inputmode=numeric maxlength=4').classes('w-40').mark(view.m('buku-tahun'))
            self.tahun.on('keydown.enter', self.make)
            self.bulan = ui.select({m: month_name(m) for m in range(1, 13)}, value=today.month,
                                   label=t('keuangan.cetak.bulan')).props('outlined').classes('w-60') \
                .mark(view.m('buku-bulan'))
            self.buku = ui.select(book_options(), value=BKU, label=t('keuangan.cetak.buku')).props('outlined') \
                .classes('w-full').mark(view.m('buku-jenis'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=self.dialog.close).props('flat').mark(view.m('buku-batal'))
                ui.button(t('keuangan.cetak.buat'), icon='print', on_click=self.make).mark(view.m('buku-buat'))

    def open(self) -> None:
        self.tahun.error = None
        self.dialog.open()

    async def make(self) -> None:
        tahun, message = read_year(self.tahun.value)
        self.tahun.error = message
        if tahun is None or self.bulan.value not in range(1, 13) or self.buku.value not in book_options():
            return
        actor = await self.view.allowed(Action.EKSPOR)
        if actor is None:
            return
        try:
            made, _ = await make_book(actor, tahun, self.bulan.value, self.buku.value)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        self.dialog.close()
        ui.notify(t('keuangan.cetak.selesai', buku=book_options()[self.buku.value],
                    bulan=month_name(self.bulan.value), tahun=tahun), type='positive')
        ui.download.from_url(downloads.link(made))


def add_books_action(view: GridHost, more: PhoneMenu) -> None:
    """'Cetak Buku' among the Buku Kas Umum grid's reports, with its dialog, for who may export it."""
    if view.query.parent or not may_print(view.actor, view.spec.name):
        return
    dialog = BooksDialog(view)
    more.secondary(t('keuangan.cetak.menu'), 'menu_book', dialog.open, 'cetak-buku') \
        .tooltip(t('keuangan.cetak.keterangan'))
