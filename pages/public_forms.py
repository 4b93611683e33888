"""The citizen's forms, open without a login (pages/sessions.PUBLIC_FORMS lets exactly these paths
through): the SKM at /skm/<token>, reached from the QR code of a tanda terima, and a complaint at
/pengaduan, written into the Register Pengaduan (issue #15).

The page is a card on its own: no frame, no sidebar, no link into the panel, and nothing of the
request but the layanan and its date. It speaks to the pemohon in plain words (locales/id/
skm_publik.toml); the nine answers are the labelled choices of the staff's form (pages/widget_scale.py).
Every text shown is a label (escaped by NiceGUI), never HTML. Each page load and each submit
counts against the client address's budget (core.rate_limit; behind nginx the address
is the X-Forwarded-For uvicorn trusts from 127.0.0.1); the link, the length of the input and the
one answer per link are checked by core.skm_public.redeem.
"""
from __future__ import annotations

from typing import Any

from nicegui import ui
from starlette.requests import Request
from starlette.responses import PlainTextResponse

from core import skm_public
from core.rate_limit import RateLimiter, rate_limiter
from core.skm_public import ANSWER_FIELDS, SARAN_CHARS, SKM_PATH, Survey
from forms.indonesian import format_long_date
from locales import t
from models.pelayanan import PekerjaanResponden, PendidikanResponden, SkmResponden
from pages.frame import PAGE_BUILD_SECONDS
from pages.widget_scale import scale_input, scale_words

PENGADUAN_PATH = '/pengaduan'
REQUESTS_PER_WINDOW = 30   # page loads and submits of one address: a family answering several receipts
WINDOW_SECONDS = 10 * 60


def client_address(request: Request) -> str:
    return request.client.host if request.client else ''


def too_many() -> PlainTextResponse:
    return PlainTextResponse(t('skm_publik.terlalu_sering'), status_code=429)


def _card(title: str) -> ui.card:
    ui.page_title(title)
    ui.colors(primary='#1f5f8b')
    ui.query('body').classes('bg-grey-2')
    with ui.column().classes('w-full items-center q-pa-sm'):
        card = ui.card().classes('w-full q-pa-md gap-3').style('max-width: 40rem').mark('skm-kartu')
    with card:
        ui.label(title).classes('text-h5')
    return card


class Fields:
    """The inputs of a public form with a message line under each, and one for the whole form."""

    def __init__(self) -> None:
        self.inputs: dict[str, Any] = {}
        self.messages: dict[str, ui.label] = {}
        self.general: ui.label | None = None

    def add(self, name: str, element: Any, marked: bool = False) -> None:
        if not marked:
            element.classes('w-full').mark(f'skm-{name}')
        self.inputs[name] = element
        self.messages[name] = ui.label().classes('text-negative text-caption').mark(f'skm-pesan-{name}')
        self.messages[name].set_visibility(False)

    def add_general(self) -> None:
        self.general = ui.label().classes('text-negative text-body2').mark('skm-pesan')
        self.general.set_visibility(False)

    def values(self) -> dict[str, Any]:
        return {name: element.value for name, element in self.inputs.items()}

    def show(self, errors: dict[str, str], general: str = '') -> None:
        for name, label in self.messages.items():
            label.set_text(errors.get(name, ''))
            label.set_visibility(name in errors)
        rest = [message for name, message in errors.items() if name not in self.messages]
        general = ' '.join(filter(None, [general, *rest]))
        self.general.set_text(general)
        self.general.set_visibility(bool(general))


def end(card: ui.card, title: str, message: str) -> None:
    """The form gives way to one message (thanks, or the link is dead)."""
    card.clear()
    with card:
        ui.label(title).classes('text-h5')
        ui.label(message).classes('text-body1').mark('skm-pesan')


class SkmForm(Fields):
    """The questionnaire of one live link, and what its Kirim does."""

    def __init__(self, card: ui.card, token: str, survey: Survey, limiter: RateLimiter, address: str) -> None:
        super().__init__()
        self.card, self.token, self.limiter, self.address = card, token, limiter, address
        with card:
            ui.label(t('skm_publik.pembuka')).classes('text-body2')
            ui.label(t('skm_publik.layanan', layanan=survey.layanan, tanggal=format_long_date(survey.tanggal))) \
                .classes('text-subtitle1 text-weight-medium').mark('skm-layanan')
            ui.label(t('skm_publik.tentang_anda')).classes('text-h6 q-mt-sm')
            ui.label(t('skm_publik.jenis_kelamin')).classes('text-body2')
            self.add('jenis_kelamin', ui.radio({'L': t('skm_publik.laki_laki'), 'P': t('skm_publik.perempuan')})
                     .props('inline'))
            self.add('usia', ui.input(t('skm_publik.usia')).props('outlined inputmode=numeric maxlength=3'))
            self.add('pendidikan', ui.select({p.value: p.value for p in PendidikanResponden},
                                             label=t('skm_publik.pendidikan')).props('outlined'))
            self.add('pekerjaan', ui.select({p.value: p.value for p in PekerjaanResponden},
                                            label=t('skm_publik.pekerjaan')).props('outlined'))
            ui.label(t('skm_publik.pendapat_anda')).classes('text-h6 q-mt-sm')
            for name in ANSWER_FIELDS:
                words = scale_words(SkmResponden._meta.fields_map[name])
                self.add(name, scale_input(name, t(f'skm_publik.pertanyaan.{name}'), None, words), marked=True)
            self.add('saran', ui.textarea(t('skm_publik.saran'))
                     .props(f'outlined autogrow maxlength={SARAN_CHARS} counter'))
            self.add_general()
            ui.button(t('skm_publik.kirim'), icon='send', on_click=self.submit).classes('w-full').mark('skm-kirim')

    def end(self, message: str) -> None:
        end(self.card, t('skm_publik.judul'), message)

    async def submit(self) -> None:
        if not await self.limiter.allow(self.address):
            self.show({}, t('skm_publik.terlalu_sering'))
            return
        result = await skm_public.redeem(self.token, self.values())
        if result.dead:
            self.end(result.refused)
        elif result.refused:
            self.show({}, result.refused)
        elif result.errors:
            self.show(result.errors, t('skm_publik.periksa'))
        else:
            self.end(t('skm_publik.terima_kasih'))


class PengaduanForm(Fields):
    """A complaint about a service: who (and how to reach them), what, and which layanan."""

    def __init__(self, card: ui.card, layanan: dict[int, str], limiter: RateLimiter, address: str) -> None:
        super().__init__()
        self.card, self.limiter, self.address = card, limiter, address
        chars = skm_public.PENGADUAN_CHARS
        with card:
            ui.label(t('skm_publik.pengaduan.pembuka')).classes('text-body2')
            for name in ('nama_pelapor', 'kontak_pelapor', 'perihal'):
                self.add(name, ui.input(t(f'skm_publik.pengaduan.{name}')).props(f'outlined maxlength={chars[name]}'))
            self.add('layanan', ui.select(layanan, label=t('skm_publik.pengaduan.layanan'), clearable=True)
                     .props('outlined'))
            self.add('uraian', ui.textarea(t('skm_publik.pengaduan.uraian'))
                     .props(f'outlined autogrow counter maxlength={chars["uraian"]}'))
            self.add_general()
            ui.button(t('skm_publik.kirim'), icon='send', on_click=self.submit).classes('w-full').mark('skm-kirim')

    async def submit(self) -> None:
        if not await self.limiter.allow(self.address):
            self.show({}, t('skm_publik.terlalu_sering'))
            return
        result = await skm_public.send_pengaduan(self.values())
        if result.refused:
            self.show({}, result.refused)
        elif result.errors:
            self.show(result.errors, t('skm_publik.periksa'))
        else:
            end(self.card, t('skm_publik.pengaduan.judul'), t('skm_publik.pengaduan.terima_kasih'))


def register() -> None:
    limiter = rate_limiter(REQUESTS_PER_WINDOW, WINDOW_SECONDS)   # anew with the app (each test's app too)

    @ui.page(SKM_PATH + '{token}', response_timeout=PAGE_BUILD_SECONDS)
    async def skm_page(request: Request, token: str):
        address = client_address(request)
        if not await limiter.allow(address):
            return too_many()
        survey = await skm_public.open_survey(token)
        card = _card(t('skm_publik.judul'))
        if survey is None:
            with card:
                ui.label(t('skm_publik.tautan_tidak_berlaku')).classes('text-body1').mark('skm-pesan')
            return None
        SkmForm(card, token, survey, limiter, address)
        return None

    @ui.page(PENGADUAN_PATH, response_timeout=PAGE_BUILD_SECONDS)
    async def pengaduan_page(request: Request):
        address = client_address(request)
        if not await limiter.allow(address):
            return too_many()
        PengaduanForm(_card(t('skm_publik.pengaduan.judul')), await skm_public.layanan_options(), limiter, address)
        return None
