"""The grids' 'Rekap BMD' action (issue #14): the Rekapitulasi Buku Inventaris BMD of a semester or
a year (exports/bmd_reports.export_rekap), offered on the KIB A–F grids and the Mutasi Barang grid
beside the other reports, after a small dialog asks for the period.

The rekap counts every KIB, so it is offered only to whoever may export this table and every KIB;
export_rekap asks the role matrix again on the server, so a forged event is refused there too. The
file is handed over like any other report (/unduh/<token>, pages/downloads.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from nicegui import ui

from core.access import AccessDenied, Action, Actor, can
from exports.bmd_reports import export_rekap
from exports.report_export import KIB_CARDS
from forms import indonesian
from locales import t
from models.table import TABLES
from pages import downloads

if TYPE_CHECKING:
    from pages.grid_host import GridHost
    from pages.grid_phone import PhoneMenu

REKAP_GRIDS = (*KIB_CARDS, 'mutasi_barang')
FIRST_YEAR = 1900
SETAHUN = 0   # the Periode choice for the whole year; 1 and 2 are the semesters


def may_rekap(actor: Actor, table: str) -> bool:
    """Whether the action belongs on this grid for this person: ekspor on it and on every KIB."""
    return table in REKAP_GRIDS and all(can(actor, Action.EKSPOR, TABLES[name]) for name in (table, *KIB_CARDS))


def read_year(text: str | None) -> tuple[int | None, str | None]:
    """The year typed, or the message to show beside the field: a whole number from 1900 to next
    year (a rekap of a later year would only count nothing)."""
    last = indonesian.today().year + 1
    value = (text or '').strip()
    if not value.isdecimal() or not FIRST_YEAR <= int(value) <= last:
        return None, t('grid.rekap_bmd.tahun_salah', awal=FIRST_YEAR, akhir=last)
    return int(value), None


def period_options() -> dict[int, str]:
    return {1: t('grid.rekap_bmd.semester_1'), 2: t('grid.rekap_bmd.semester_2'), SETAHUN: t('grid.rekap_bmd.setahun')}


class RekapDialog:
    """Tahun, Periode and 'Buat rekap'. The focus starts in Tahun; Enter there makes the rekap and
    Esc closes the dialog (Quasar's own)."""

    def __init__(self, view: GridHost) -> None:
        self.view = view
        today = indonesian.today()
        with ui.dialog() as self.dialog, ui.card().classes('min-w-[20rem]'):
            ui.label(t('grid.rekap_bmd.judul')).classes('text-h6')
            ui.label(t('grid.rekap_bmd.penjelasan')).classes('text-body2 text-grey-8')
            self.tahun = ui.input(t('grid.rekap_bmd.tahun'), value=str(today.year)) \
                .props('outlined autofocus inputmode=numeric maxlength=4').classes('w-40').mark(view.m('rekap-tahun'))
            self.tahun.on('keydown.enter', self.make)
            self.periode = ui.radio(period_options(), value=1 if today.month <= 6 else 2) \
                .props('inline').mark(view.m('rekap-periode'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=self.dialog.close).props('flat').mark(view.m('rekap-batal'))
                ui.button(t('grid.rekap_bmd.buat'), icon='summarize', on_click=self.make).mark(view.m('rekap-buat'))

    def open(self) -> None:
        self.tahun.error = None
        self.dialog.open()

    async def make(self) -> None:
        tahun, message = read_year(self.tahun.value)
        self.tahun.error = message
        if tahun is None:
            return
        periode = self.periode.value
        if periode not in period_options():
            return
        actor = await self.view.allowed(Action.EKSPOR)
        if actor is None:
            return
        try:
            made, _ = await export_rekap(actor, tahun, periode or None)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        self.dialog.close()
        ui.notify(t('grid.rekap_bmd.selesai', periode=period_options()[periode], tahun=tahun), type='positive')
        ui.download.from_url(downloads.link(made))


def add_rekap_action(view: GridHost, more: PhoneMenu) -> None:
    """'Rekap BMD' among the grid's reports (the 'Lainnya' menu, the ⋮ menu on a phone), with its
    dialog, for a person who may make it."""
    if view.query.parent or not may_rekap(view.actor, view.spec.name):
        return
    dialog = RekapDialog(view)
    more.secondary(t('grid.rekap_bmd.menu'), 'summarize', dialog.open, 'rekap-bmd') \
        .tooltip(t('grid.rekap_bmd.keterangan'))
