"""Issue #15: the citizen answers the SKM on their own phone. The tanda terima carries a QR code of a
one-time link (read back from the PDF: the link's text and the QR's modules, compared with the QR of
that link); the link opens a public form with nothing of the panel on it; its answer becomes one
Responden SKM row of that layanan and date; a spent, forged or expired link, two racing submits, a
flood from one address and input too long are refused; a script in the saran is kept as text. The
public pengaduan form writes into the Register Pengaduan under the same protections."""
from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import pypdfium2
import pypdfium2.raw as pdfium_c
from nicegui import ui
from nicegui.testing import User
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm

from core import skm_public
from core.rate_limit import MemoryRateLimiter, rate_limiter
from core.skm_public import PUBLIC_ACTOR, issue, open_survey, redeem, send_pengaduan, token_hash
from exports.pdf_print import print_record
from locales import t
from models.audit import AuditEntry
from models.clock import office_today
from models.pelayanan import ANSWER_FIELDS, JenisLayanan, RegisterLayanan, SkmResponden
from models.pengaduan import PUBLIC_USER, KanalPengaduan, Pengaduan, StatusPengaduan
from models.skm_token import SkmToken
from models.table import TABLES
from pages.public_forms import REQUESTS_PER_WINDOW
from tests.conftest import until
from tests.rules_lane import JARIT, PELAYANAN, actor, desa, save
from tests.rules_lane import lane_db  # noqa: F401

SCRIPT = '<script>alert("x")</script> <b>tebal</b>'
ANSWERS = {'jenis_kelamin': 'P', 'usia': '34', 'pendidikan': 'SMA', 'pekerjaan': 'Wirausaha',
           **{f'u{n}': str(1 + n % 4) for n in range(1, 10)}, 'saran': SCRIPT}
NEUTRAL = 'Tautan survei ini tidak berlaku.'


async def a_request() -> RegisterLayanan:
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.first()
    result = await save('register_layanan', kepala, {
        'tanggal': '05/11/2026', 'no_registrasi': '12', 'nik': '3508035203900002', 'nama_pemohon': 'Siti Aminah',
        'desa': await desa(JARIT), 'layanan': layanan.id, 'petugas': 'Rina Petugas'})
    assert result.ok, result.errors
    return result.row


def qr_cells(pdf: bytes, modules: int) -> set[tuple[int, int]]:
    """The dark modules of the QR code drawn on the PDF's first page (row, column), read from its
    rectangles: ReportLab draws each run of dark modules of a row as one rectangle a module high."""
    box = 32 * mm / (modules + 2 * 2)   # the widget's side, the modules and a border of 2 each side
    page = pypdfium2.PdfDocument(pdf)[0]
    runs = [b for b in (o.get_bounds() for o in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))
            if abs((b[3] - b[1]) - box) < 0.02 and abs((b[2] - b[0]) / box - round((b[2] - b[0]) / box)) < 0.02]
    left, top = min(b[0] for b in runs), max(b[3] for b in runs)
    return {(round((top - b[3]) / box), round((b[0] - left) / box) + i)
            for b in runs for i in range(round((b[2] - b[0]) / box))}


def qr_of(url: str) -> tuple[int, set[tuple[int, int]]]:
    code = QrCodeWidget(url, barLevel='M')
    code.qr.make()
    return code.qr.getModuleCount(), {(r, c) for r, row in enumerate(code.qr.modules) for c, dark in enumerate(row)
                                      if dark}


async def test_the_tanda_terima_carries_the_qr_code_of_a_new_link(lane_db, monkeypatch):
    monkeypatch.setenv('PUBLIC_URL', 'https://layanan.candipuro.example/')
    row = await a_request()
    kepala = await actor(f'Kepala {PELAYANAN}', 'kepala-2')
    pdf = (await print_record(TABLES['register_layanan'], kepala, row.id)).path.read_bytes()
    document = pypdfium2.PdfDocument(pdf)
    text = ''.join(document[0].get_textpage().get_text_range().split())
    url = re.search(r'https://layanan\.candipuro\.example/skm/[A-Za-z0-9_-]{43}', text).group(0)
    token = url.rsplit('/', 1)[1]
    link = await SkmToken.get(token_hash=token_hash(token))
    assert link.register_id == row.id and link.used_at is None
    assert link.expires - link.created > timedelta(days=29)
    modules, dark = qr_of(url)
    assert qr_cells(pdf, modules) == dark   # the QR code is that of the link printed under it
    assert (await open_survey(token)).layanan_id == row.layanan_id

    again = (await print_record(TABLES['register_layanan'], kepala, row.id)).path.read_bytes()
    assert again != pdf and await open_survey(token) is None   # a reprint ends the earlier link
    assert await SkmToken.filter(register_id=row.id).count() == 2


async def test_one_answer_per_link_and_every_dead_link_refused_alike(lane_db):
    row = await a_request()
    token = await issue(row.id)
    forged = await redeem('x' * 43, ANSWERS)
    assert (forged.refused.startswith(NEUTRAL), forged.dead) == (True, True)
    expired = await issue(row.id, now=skm_public.now_utc() - timedelta(days=31))
    assert (await redeem(expired, ANSWERS)).refused == forged.refused
    assert await open_survey(token) is None   # issuing the expired one ended it; a new one for the rest
    token = await issue(row.id)

    missing = await redeem(token, {**ANSWERS, 'u5': '', 'usia': '7'})
    assert set(missing.errors) == {'u5', 'usia'} and not await SkmResponden.exists()
    assert await open_survey(token) is not None   # a refused answer leaves the link unspent
    assert (await redeem(token, {**ANSWERS, 'saran': 'x' * 1001})).refused.startswith('Isian terlalu panjang')
    assert (await redeem(token, {**ANSWERS, 'is_admin': '1'})).refused.startswith('Isian terlalu panjang')

    first, second = await asyncio.gather(redeem(token, ANSWERS), redeem(token, ANSWERS))
    assert sorted([first.ok, second.ok]) == [False, True]
    assert (first if not first.ok else second).refused == forged.refused
    answer = await SkmResponden.get()
    assert (answer.layanan_id, answer.tanggal, answer.saran) == (row.layanan_id, office_today(), SCRIPT)
    assert (answer.jenis_kelamin, answer.usia, answer.u1, answer.u9) == ('P', 34, 2, 2)
    assert answer.created_by == PUBLIC_ACTOR.username
    assert await AuditEntry.filter(tabel='skm_responden', baris_id=answer.id, pengguna=PUBLIC_ACTOR.username).exists()
    assert (await SkmToken.get(token_hash=token_hash(token))).responden_id == answer.id
    assert (await redeem(token, ANSWERS)).refused == forged.refused and await SkmResponden.all().count() == 1
    assert await issue(row.id) is None   # answered: a reprint makes no new link


async def test_the_rate_limit_counts_per_address_in_a_sliding_window():
    clock = [0.0]
    limiter = MemoryRateLimiter(3, 60, clock=lambda: clock[0], addresses_kept=2)
    assert [await limiter.allow('a') for _ in range(4)] == [True, True, True, False]
    assert await limiter.allow('b')
    clock[0] = 30
    assert not await limiter.allow('a')
    clock[0] = 60.5
    assert await limiter.allow('a')
    await limiter.allow('c')   # a third address: the oldest one seen is forgotten
    assert set(limiter._seen) == {'a', 'c'}


def test_the_limit_is_kept_in_this_process_unless_the_sessions_are_in_redis(monkeypatch):
    """Redis itself is driven by `make scale-out-check` (two instances count one budget)."""
    monkeypatch.delenv('NICEGUI_REDIS_URL', raising=False)
    assert isinstance(rate_limiter(30, 600), MemoryRateLimiter)


async def test_the_phone_form_answers_once_and_shows_nothing_of_the_panel(user: User):
    row = await a_request()
    token = await issue(row.id)
    response = await user.http_client.get(f'/skm/{token}')   # no login
    assert response.status_code == 200
    assert not re.search(r'href="/(?!_nicegui)', response.text) and t('common.app_name') not in response.text
    await user.open(f'/skm/{token}')
    layanan = await JenisLayanan.get(id=row.layanan_id)
    await user.should_see(f'Layanan: {layanan.nama}, tanggal 5 November 2026')
    for kind in (ui.link, ui.header, ui.left_drawer, ui.html, ui.markdown):
        await user.should_not_see(kind=kind)   # no frame, no sidebar, no link, no HTML from text
    for name, value in ANSWERS.items():
        element = user.find(marker=f'field-{name}' if name in ANSWER_FIELDS else f'skm-{name}').elements.pop()
        element.value = value if name != 'usia' else '3'
    user.find(marker='skm-kirim').click()
    await user.should_see(marker='skm-pesan-usia')
    assert not await SkmResponden.exists()
    user.find(marker='skm-usia').elements.pop().value = '34'
    user.find(marker='skm-kirim').click()
    await user.should_see('Terima kasih. Jawaban Anda sudah kami terima.')
    answer = await until(lambda: SkmResponden.first(), 'the answer')
    assert (answer.layanan_id, answer.tanggal, answer.saran) == (row.layanan_id, office_today(), SCRIPT)
    await user.open(f'/skm/{token}')
    await user.should_see(marker='skm-pesan')
    assert user.find(marker='skm-pesan').elements.pop().text.startswith(NEUTRAL)
    await user.should_not_see(marker='skm-kirim')


async def test_a_flood_from_one_address_is_answered_429_and_other_paths_stay_closed(user: User):
    for path in ('/skm', '/skm/a/b', '/skm/' + 'a' * 101, '/skmx/abc'):
        assert (await user.http_client.get(path)).status_code == 303, path   # to the login
    answers = [(await user.http_client.get(f'/skm/{"x" * 43}')).status_code for _ in range(REQUESTS_PER_WINDOW + 1)]
    assert answers == [200] * REQUESTS_PER_WINDOW + [429]
    assert (await user.http_client.get('/pengaduan')).status_code == 429   # one budget for the public forms


COMPLAINT = {'nama_pelapor': 'Budi Santoso', 'kontak_pelapor': '081234567890', 'perihal': 'Antrean terlalu lama',
             'uraian': SCRIPT}


async def test_a_complaint_from_the_public_form_lands_in_the_register(lane_db):
    layanan = await JenisLayanan.first()
    refused = await send_pengaduan({**COMPLAINT, 'uraian': 'x' * 3001})
    assert refused.refused.startswith('Isian terlalu panjang') and not await Pengaduan.exists()
    assert (await send_pengaduan({**COMPLAINT, 'status': 'Selesai'})).refused
    missing = await send_pengaduan({**COMPLAINT, 'nama_pelapor': ' ', 'kontak_pelapor': ''})
    assert set(missing.errors) == {'nama_pelapor', 'kontak_pelapor'} and not await Pengaduan.exists()
    sent = await send_pengaduan({**COMPLAINT, 'layanan': layanan.id})
    assert sent.ok
    row = await Pengaduan.get()
    assert (row.kanal, row.status, row.uraian, row.layanan_id, row.created_by) == (
        KanalPengaduan.FORMULIR_DARING, StatusPengaduan.DITERIMA, SCRIPT, layanan.id, PUBLIC_USER)
    assert await AuditEntry.filter(tabel='pengaduan', baris_id=row.id, pengguna=PUBLIC_USER).exists()


async def test_the_public_complaint_page(user: User):
    response = await user.http_client.get('/pengaduan')   # no login
    assert response.status_code == 200 and not re.search(r'href="/(?!_nicegui)', response.text)
    await user.open('/pengaduan')
    for kind in (ui.link, ui.header, ui.left_drawer, ui.html, ui.markdown):
        await user.should_not_see(kind=kind)
    for name, value in COMPLAINT.items():
        user.find(marker=f'skm-{name}').elements.pop().value = value
    user.find(marker='skm-kirim').click()
    await user.should_see('Terima kasih. Pengaduan Anda sudah kami terima')
    row = await until(lambda: Pengaduan.first(), 'the complaint')
    assert (row.nama_pelapor, row.uraian, row.kanal) == ('Budi Santoso', SCRIPT, KanalPengaduan.FORMULIR_DARING)
