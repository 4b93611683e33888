"""The 'Laporan tahunan PPID' action on the Permohonan Informasi Publik grid (issue #15): a small
dialog asks for the year and hands over the laporan tahunan layanan informasi publik
(exports/ppid_report.export_laporan_tahunan), like the Rekap BMD of pages/rekap_bmd_dialog.py.

Offered only to whoever may export the register; the export asks the role matrix again on the
server, so a forged event is refused there too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from nicegui import ui

from core.access import AccessDenied, Action, Actor, can
from exports.ppid_report import export_laporan_tahunan
from forms import indonesian
from locales import t
from models.ppid import KeberatanInformasi, PermohonanInformasi
from pages import downloads

if TYPE_CHECKING:
    from pages.grid_host import GridHost
    from pages.grid_phone import PhoneMenu

FIRST_YEAR = 2008   # UU 14/2008: no register of requests before it


def may_report(actor: Actor, table: str) -> bool:
    return table == PermohonanInformasi.panel.name and can(actor, Action.EKSPOR, PermohonanInformasi.panel) \
        and can(actor, Action.LIHAT, KeberatanInformasi.panel)


def read_year(text: str | None) -> tuple[int | None, str | None]:
    """The year typed, or the message to show beside the field."""
    last = indonesian.today().year
    value = (text or '').strip()
    if not value.isdecimal() or not FIRST_YEAR <= int(value) <= last:
        return None, t('ppid.dialog.tahun_salah', awal=FIRST_YEAR, akhir=last)
    return int(value), None


class LaporanDialog:
    """Tahun and 'Buat laporan'; Enter in Tahun makes it, Esc closes the dialog."""

    def __init__(self, view: GridHost) -> None:
        self.view = view
        with ui.dialog() as self.dialog, ui.card().classes('min-w-[20rem]'):
            ui.label(t('ppid.dialog.judul')).classes('text-h6')
            ui.label(t('ppid.dialog.penjelasan')).classes('text-body2 text-grey-8')
            self.tahun = ui.input(t('ppid.dialog.tahun'), value=str(indonesian.today().year)) \
                .props('outlined autofocus inputmode=numeric maxlength=4').classes('w-40').mark(view.m('ppid-tahun'))
            self.tahun.on('keydown.enter', self.make)
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=self.dialog.close).props('flat')
                ui.button(t('ppid.dialog.buat'), icon='summarize', on_click=self.make).mark(view.m('ppid-buat'))

    def open(self) -> None:
        self.tahun.error = None
        self.dialog.open()

    async def make(self) -> None:
        tahun, message = read_year(self.tahun.value)
        self.tahun.error = message
        if tahun is None:
            return
        actor = await self.view.allowed(Action.EKSPOR)
        if actor is None:
            return
        try:
            made, count = await export_laporan_tahunan(actor, tahun)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        self.dialog.close()
        ui.notify(t('ppid.dialog.selesai', tahun=tahun, n=indonesian.format_number(count)), type='positive')
        ui.download.from_url(downloads.link(made))


def add_laporan_ppid_action(view: GridHost, more: PhoneMenu) -> None:
    """'Laporan tahunan PPID' among the register's reports, for a person who may make it."""
    if view.query.parent or not may_report(view.actor, view.spec.name):
        return
    dialog = LaporanDialog(view)
    more.secondary(t('ppid.dialog.menu'), 'summarize', dialog.open, 'laporan-ppid') \
        .tooltip(t('ppid.dialog.keterangan'))
