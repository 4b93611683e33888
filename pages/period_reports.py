"""The grids' reports of a period: a small dialog asks for the year (and, per report, a semester,
a month or a book), then hands over the file like any other report (/unduh/<token>,
pages/downloads.py). The Rekap BMD of the KIB grids (pages/rekap_bmd_dialog.py), the Laporan
tahunan PPID (pages/ppid_report_dialog.py) and the treasurer's books (pages/keuangan_books_dialog.py)
are each one PeriodReport here: what it is called, who may make it, its choices and its maker.

The action is offered only to whoever `may` make it on that grid; the maker asks the role matrix
again on the server, so a forged event is refused there too. The focus starts in Tahun; Enter there
makes the report and Esc closes the dialog (Quasar's own).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from nicegui import ui

from core.access import AccessDenied, Action, Actor
from core.user_files import UserFile
from forms import indonesian
from locales import t
from pages import downloads

if TYPE_CHECKING:
    from pages.grid_host import GridHost
    from pages.grid_phone import PhoneMenu


@dataclass(frozen=True)
class Choice:
    """One more question of the dialog besides the year: its name (the maker's keyword, the
    marker's end, and the key of its label among the report's words), its options and the one
    chosen at first (from today)."""
    name: str
    options: Callable[[], dict[Any, str]]
    first: Callable[[date], Any]
    radio: bool = False


@dataclass(frozen=True)
class PeriodReport:
    key: str                 # the markers' start: '<key>-tahun', '<key>-<choice>', '<key>-buat'
    marker: str              # the menu item's marker
    words: Callable[[], dict[str, str]]   # menu, keterangan, judul, penjelasan (if any), tahun, buat, each choice
    icon: str                # of the menu item and of the dialog's button
    first_year: int
    years_ahead: int         # how far past this year the year may go
    may: Callable[[Actor, str], bool]                  # offered on this table to this person?
    make: Callable[..., Awaitable[tuple[UserFile, int]]]   # (actor, tahun, **choices) -> file, rows
    done: Callable[[int, dict[str, Any], int], str]    # the message once made: (tahun, choices, rows)
    choices: tuple[Choice, ...] = ()

    def read_year(self, text: str | None) -> tuple[int | None, str | None]:
        """The year typed, or the message to show beside the field."""
        last = indonesian.today().year + self.years_ahead
        value = (text or '').strip()
        if not value.isdecimal() or not self.first_year <= int(value) <= last:
            return None, t('grid.laporan_periode.tahun_salah', awal=self.first_year, akhir=last)
        return int(value), None


class PeriodDialog:
    def __init__(self, view: GridHost, report: PeriodReport) -> None:
        self.view, self.report = view, report
        today = indonesian.today()
        key, words = report.key, report.words()
        with ui.dialog() as self.dialog, ui.card().classes('min-w-[20rem]'):
            ui.label(words['judul']).classes('text-h6')
            if 'penjelasan' in words:
                ui.label(words['penjelasan']).classes('text-body2 text-grey-8')
            self.tahun = ui.input(words['tahun'], value=str(today.year)) \
                .props('outlined autofocus inputmode=numeric maxlength=4').classes('w-40').mark(view.m(f'{key}-tahun'))
            self.tahun.on('keydown.enter', self.make)
            self.inputs = {}
            for choice in report.choices:
                if choice.radio:
                    ui.label(words[choice.name]).classes('text-body2')
                    made = ui.radio(choice.options(), value=choice.first(today)).props('inline')
                else:
                    made = ui.select(choice.options(), value=choice.first(today), label=words[choice.name]) \
                        .props('outlined').classes('w-full')
                self.inputs[choice.name] = made.mark(view.m(f'{key}-{choice.name}'))
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.batal'), on_click=self.dialog.close).props('flat').mark(view.m(f'{key}-batal'))
                ui.button(words['buat'], icon=report.icon, on_click=self.make).mark(view.m(f'{key}-buat'))

    def open(self) -> None:
        self.tahun.error = None
        self.dialog.open()

    async def make(self) -> None:
        tahun, message = self.report.read_year(self.tahun.value)
        self.tahun.error = message
        chosen = {name: element.value for name, element in self.inputs.items()}
        if tahun is None or any(chosen[c.name] not in c.options() for c in self.report.choices):
            return
        actor = await self.view.allowed(Action.EKSPOR)
        if actor is None:
            return
        try:
            made, count = await self.report.make(actor, tahun, **chosen)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        self.dialog.close()
        ui.notify(self.report.done(tahun, chosen, count), type='positive')
        ui.download.from_url(downloads.link(made))


def add_period_reports(view: GridHost, more: PhoneMenu, reports: tuple[PeriodReport, ...]) -> None:
    """Each report this person may make on this grid, among its reports (the 'Lainnya' menu, the ⋮
    menu on a phone), with its dialog."""
    if view.query.parent:
        return
    for report in reports:
        if report.may(view.actor, view.spec.name):
            dialog = PeriodDialog(view, report)
            words = report.words()
            more.secondary(words['menu'], report.icon, dialog.open, report.marker).tooltip(words['keterangan'])
