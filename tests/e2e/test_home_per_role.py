"""Each role's home page in a real browser, on the demo office (`python main.py demo`: Kecamatan
Candipuro's 2025 and 2026 in every table), and the README's pictures of them (issue #18):

- the Camat: the overdue items per section and process, each count the number of rows its link
  opens; this triwulan's IKM with its mutu and the change from the last; serapan per program by
  name; at 1366 × 768 and on a phone of 390 × 844;
- a Kasi (Seksi Pelayanan Umum): their section's workload and 'Untuk saya';
- the Operator Desa of Jarit: their desa's rows, and no other desa's name anywhere on the page.

The figures are checked against the database, counted here from the models (their overdue_filter,
their desa), not through the dashboard's own functions.

The demo fills an empty database only, so this module starts its own app on its own database (a
SQLite file, or on the PostgreSQL lane a database of its own beside the lane's) rather than the
package's shared one."""
from __future__ import annotations

import asyncio
import json
from datetime import date
from decimal import Decimal

import pytest
from selenium.webdriver.common.by import By

from demo.accounts import DEMO_PASSWORD
from forms.indonesian import format_number
from tests.conftest import POSTGRES_URL, _lane_database, _postgres_admin, _postgres_named
from tests.e2e.browser import body_text, grid_rows, log_in, phone, shoot, wait_for_path, wait_for_text, wait_until
from tests.e2e.harness import AppServer, app_env, free_port, in_database, missing_browser, new_chrome, quit_chrome, \
    run_cli
from tests.e2e.test_screenshots import HEIGHT, WIDTH, desktop
from models.clock import office_today

pytestmark = pytest.mark.e2e
KASI = 'kasi.pelayanan'                   # Kepala Seksi Pelayanan Umum
OPERATOR, DESA = 'operator.jarit', 'Jarit'
OTHER_DESA = ('Jugosari', 'Candipuro', 'Sumberejo', 'Sumberwuluh', 'Sumbermujur', 'Penanggal', 'Tambahrejo',
              'Kloposawit', 'Tumpeng')


class Office:
    """The app running on the demo data, and a way into its database."""

    def __init__(self, server: AppServer, database_url: str) -> None:
        self.server, self.url, self.database_url = server, server.url, database_url

    def db(self, work):
        return in_database(self.database_url, work)


@pytest.fixture(scope='module')
def office(tmp_path_factory):
    if (why := missing_browser()) is not None:   # only reached with PANEL_E2E_REQUIRED=1
        pytest.fail(f'PANEL_E2E_REQUIRED=1, but {why}')
    data_dir = tmp_path_factory.mktemp('panel-demo') / 'data'
    if POSTGRES_URL:
        name = f'{_lane_database()}_beranda'
        asyncio.run(_postgres_admin([f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"']))
        database_url = _postgres_named(POSTGRES_URL, name)
    else:
        database_url = f'sqlite://{data_dir / "panel.sqlite3"}'
    port = free_port()
    env = app_env(data_dir, port, database_url)
    data_dir.mkdir(parents=True)
    run_cli(env, 'demo')
    server = AppServer(data_dir, port, env).start()
    try:
        yield Office(server, database_url)
    finally:
        server.stop()
        if POSTGRES_URL:
            asyncio.run(_postgres_admin([f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)']))


@pytest.fixture
def chrome(office, request):
    driver = new_chrome()
    yield driver
    report = getattr(request.node, 'rep_call', None)
    if report is not None and report.failed:   # keep what the browser showed, and the server log
        target = office.server.data_dir.parent / 'failures'
        target.mkdir(parents=True, exist_ok=True)
        print(f'browser screenshot and server log of the failure: {target}')
        driver.save_screenshot(str(target / f'{request.node.name}.png'))
        (target / f'{request.node.name}.log').write_text(office.server.log())
    quit_chrome(driver)


# ---- what the database holds ------------------------------------------------------------------

def overdue_counts(office) -> dict[str, int]:
    """Overdue rows per table label, by each model's own overdue_filter."""
    async def count():
        from models.table import TABLES
        found = {}
        for spec in TABLES.values():
            overdue = spec.model.overdue_filter()
            if overdue is not None:
                found[spec.label] = await spec.model.filter(overdue, deleted_at__isnull=True).count()
        return found
    return office.db(count)


def ikm_headline(office, today: date) -> tuple[str, str]:
    """'IKM TW IV 2026: 83,51 (B)' and '▲ 0,06 dari TW III 2026', from the SKM answers."""
    async def read():
        from core import ikm
        now = ikm.Periode(today.year, triwulan=(today.month - 1) // 3 + 1)
        before = ikm.Periode(now.tahun, triwulan=now.triwulan - 1) if now.triwulan > 1 \
            else ikm.Periode(now.tahun - 1, triwulan=4)
        return (await ikm.laporan(now)).total, (await ikm.laporan(before)).total, now, before
    hasil, sebelumnya, now, before = office.db(read)

    def label(periode) -> str:
        return f'TW {("I", "II", "III", "IV")[periode.triwulan - 1]} {periode.tahun}'
    change = hasil.ikm - sebelumnya.ikm
    arrow = '▲' if change > 0 else '▼' if change < 0 else '='
    return (f'IKM {label(now)}: {format_number(hasil.ikm, 2)} ({hasil.mutu.huruf})',
            f'{arrow} {format_number(abs(change), 2)} dari {label(before)}')


def serapan(office, year: int) -> dict[str, float]:
    """Realisasi / pagu in % per program name (the first three parts of the sub kegiatan's kode)."""
    async def read():
        from models.keuangan import Anggaran
        from models.perencanaan import ProgramKegiatan
        totals: dict[str, list[Decimal]] = {}
        for pagu, realisasi, kode in await Anggaran.filter(tahun=year, deleted_at__isnull=True) \
                .values_list('pagu', 'realisasi', 'sub_kegiatan__kode'):
            program = '.'.join(kode.split('.')[:3])
            total = totals.setdefault(program, [Decimal(0), Decimal(0)])
            total[0] += pagu or 0
            total[1] += realisasi or 0
        names = dict(await ProgramKegiatan.filter(tahun=year, kode__in=list(totals)).values_list('kode', 'nama'))
        return {names[kode]: round(float(r / p * 100), 2) for kode, (p, r) in totals.items() if p}
    return office.db(read)


def desa_rows(office, desa: str) -> dict[str, int]:
    """Rows of the desa per table label, in every process table with a desa an Operator Desa may see."""
    async def count():
        from models.process_map import PROCESS_BY_CODE
        from models.table import TABLES
        return {spec.label: await spec.model.filter(**{f'{spec.desa_field}__nama': desa}, deleted_at__isnull=True)
                .count() for spec in TABLES.values()
                if spec.process and spec.desa_field and PROCESS_BY_CODE[spec.process].desa_operators}
    return office.db(count)


def section_work(office, section: str) -> dict[str, tuple[int, int]]:
    """Open and overdue rows per table label of a section's tables that know "open" (open_filter)."""
    async def count():
        from models.table import TABLES
        found = {}
        for spec in TABLES.values():
            opened = spec.model.open_filter()
            if opened is None or spec.owner_section is None or spec.owner_section.value != section:
                continue
            rows = spec.model.filter(deleted_at__isnull=True)
            overdue = spec.model.overdue_filter()
            found[spec.label] = (await rows.filter(opened).count(),
                                 await rows.filter(overdue).count() if overdue is not None else 0)
        return found
    return office.db(count)


def section_of_label(office) -> dict[str, str]:
    """The owner section of each table, by its label."""
    async def read():
        from models.table import TABLES
        return {spec.label: spec.owner_section.value for spec in TABLES.values() if spec.owner_section}
    return office.db(read)


def open_paten(office) -> tuple[int, int]:
    """The open PATEN requests in the Register Layanan, and the overdue ones among them."""
    async def count():
        from models.pelayanan import OPEN_STATUSES, RegisterLayanan
        rows = RegisterLayanan.filter(deleted_at__isnull=True)
        return (await rows.filter(status__in=[s.value for s in OPEN_STATUSES]).count(),
                await rows.filter(RegisterLayanan.overdue_filter()).count())
    return office.db(count)


# ---- what the page shows ----------------------------------------------------------------------

def figure_table(driver, title: str) -> list[dict]:
    """The rows of the card titled `title`: each cell's text, and each count's link."""
    return driver.execute_script("""
        const card = [...document.querySelectorAll('.q-card')]
            .find(c => c.innerText.trim().startsWith(arguments[0]));
        if (!card) return null;
        return [...card.querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')].map(td => {
            const a = td.querySelector('a');
            return {text: td.innerText.trim(), href: a ? a.getAttribute('href') : null};
        }));""", title)


def chart_options(driver) -> list[dict]:
    """The options each ECharts chart on the page is drawing (the charts are canvases)."""
    return json.loads(driver.execute_script("""
        return JSON.stringify([...document.querySelectorAll('.nicegui-echart')].map(e => {
            const chart = getElement(e.id.slice(1))?.chart;
            return chart ? chart.getOption() : null; }).filter(o => o));"""))


def serapan_chart(driver) -> dict[str, float]:
    for option in chart_options(driver):
        series = option['series'][0]
        if series.get('name') == 'Serapan':
            return dict(zip(option['yAxis'][0]['data'], series['data']))
    return {}


def fits_the_screen(driver) -> bool:
    """No chart wider than the window, and the page not scrolling sideways."""
    return driver.execute_script("""
        const width = document.documentElement.clientWidth;
        return document.documentElement.scrollWidth <= width && [...document.querySelectorAll('.nicegui-echart')]
            .every(e => e.getBoundingClientRect().right <= width + 1);""")


def scroll_to_text(driver, text: str) -> None:
    driver.execute_script("""
        const label = [...document.querySelectorAll('.q-card')].find(c => c.innerText.trim().startsWith(arguments[0]));
        const header = document.querySelector('.q-header').getBoundingClientRect().height;
        window.scrollTo(0, label.getBoundingClientRect().top + window.scrollY - header - 8);""", text)


# ---- the roles --------------------------------------------------------------------------------

def test_the_camat_sees_what_is_overdue_where_and_opens_it(office, chrome, screenshot_dir):
    today = office_today()
    overdue = overdue_counts(office)
    desktop(chrome)
    log_in(chrome, office.url, 'camat', DEMO_PASSWORD)
    wait_for_text(chrome, 'Lewat batas waktu per seksi dan proses')
    rows = wait_until(lambda: figure_table(chrome, 'Lewat batas waktu per seksi dan proses'), 'the overdue table')
    shown = {cells[-3]['text']: cells[-1] for cells in rows}          # table → its overdue count
    assert {label: int(cell['text'].replace('.', '')) for label, cell in shown.items()} == \
        {label: overdue[label] for label in shown}
    assert {'Disposisi', 'Register Layanan', 'Permintaan Data'} <= set(shown)
    assert overdue['Disposisi'] > 0 and shown['Disposisi']['href'].startswith('/tabel/disposisi?')
    # the section's line says the sum of its tables (Subbag Umum: disposisi, permintaan data, PPID, …)
    owner = section_of_label(office)
    umum = sum(overdue[label] for label in shown if owner.get(label) == 'Subbag Umum dan Kepegawaian')
    assert f'{format_number(umum)} lewat batas waktu' in rows[0][0]['text'] and \
        rows[0][0]['text'].startswith('Subbag Umum dan Kepegawaian')

    headline, change = ikm_headline(office, today)
    wait_for_text(chrome, headline)
    wait_for_text(chrome, change)
    expected = serapan(office, today.year)
    drawn = wait_until(lambda: serapan_chart(chrome), 'the serapan chart')
    assert drawn == expected and all(name.startswith('Program ') for name in drawn)   # names, not codes
    scroll_to_text(chrome, 'Lewat batas waktu per seksi dan proses')
    shoot(chrome, screenshot_dir, 'beranda-camat', WIDTH, HEIGHT)

    chrome.execute_script('window.scrollTo(0, 0)')
    link = next(a for a in chrome.find_elements(By.CSS_SELECTOR, 'a') if a.get_attribute('href')
                and a.get_attribute('href').endswith(shown['Disposisi']['href']))
    chrome.execute_script('arguments[0].scrollIntoView({block: "center"})', link)
    link.click()
    wait_for_path(chrome, '/tabel/disposisi')
    n = overdue['Disposisi']
    wait_for_text(chrome, f'Menampilkan 1–{n} dari {n} data')
    # with their Status: under load the header may come after the rows
    rows = wait_until(lambda: len(found := grid_rows(chrome)) == n and all('Status' in row for row in found) and found,
                      f'the {n} overdue disposisi with their Status')
    assert all(row['Status'] != 'Selesai' for row in rows)


def test_a_kasi_sees_the_sections_workload_and_what_waits_for_them(office, chrome, screenshot_dir):
    open_count, late = open_paten(office)
    assert late > 0
    desktop(chrome)
    log_in(chrome, office.url, KASI, DEMO_PASSWORD)
    wait_for_text(chrome, 'Pekerjaan Seksi Pelayanan Umum')
    rows = wait_until(lambda: figure_table(chrome, 'Pekerjaan Seksi Pelayanan Umum'), 'the workload table')
    shown = [[cell['text'] for cell in cells] for cells in rows]
    assert ['U1 Pelayanan Publik', 'Register Layanan', format_number(open_count), format_number(late)] in shown
    work = section_work(office, 'Seksi Pelayanan Umum')    # every table of the section, most overdue first
    assert {label: (opened, late) for _, label, opened, late in shown} == \
        {label: (format_number(o), format_number(n)) for label, (o, n) in work.items()}
    assert [row[3] for row in shown] == sorted((row[3] for row in shown), key=lambda n: -int(n.replace('.', '')))
    # 'Untuk saya' holds the section's open PATEN requests (the demo's disposisi to the Kasi are all Selesai)
    card = chrome.find_element(By.XPATH, '//a[normalize-space()="Untuk saya"]/ancestor::div[contains(@class, "q-card")]')
    assert card.text.split('\n')[1] == format_number(open_count)
    assert card.text.count('Register Layanan') == min(open_count, 5)
    assert 'Lewat batas waktu per seksi dan proses' not in body_text(chrome)
    shoot(chrome, screenshot_dir, 'beranda-kasi', WIDTH, HEIGHT)


def test_an_operator_desa_sees_their_desas_rows_and_no_other_desa(office, chrome, screenshot_dir):
    expected = desa_rows(office, DESA)
    desktop(chrome)
    log_in(chrome, office.url, OPERATOR, DEMO_PASSWORD)
    wait_for_text(chrome, 'Data desa Anda')
    rows = wait_until(lambda: figure_table(chrome, 'Data desa Anda'), 'the desa table')
    assert {cells[1]['text']: int(cells[2]['text'].replace('.', '')) for cells in rows} == expected
    assert all(cells[2]['href'] and cells[2]['href'].startswith('/tabel/') for cells in rows if cells[2]['text'] != '0')
    wait_until(lambda: chart_options(chrome), 'the charts drawn')
    page = (body_text(chrome) + json.dumps(chart_options(chrome))).replace('Kecamatan Candipuro', 'Kecamatan')
    assert [nama for nama in OTHER_DESA if nama in page] == []
    assert 'Lewat batas waktu per seksi dan proses' not in page and 'Pekerjaan ' not in page
    shoot(chrome, screenshot_dir, 'beranda-operator-desa', WIDTH, HEIGHT)


def test_the_camats_home_on_a_phone(office, chrome, screenshot_dir):
    phone(chrome)
    log_in(chrome, office.url, 'camat', DEMO_PASSWORD)
    wait_for_text(chrome, 'Lewat batas waktu per seksi dan proses')
    wait_until(lambda: serapan_chart(chrome), 'the serapan chart')
    assert wait_until(lambda: fits_the_screen(chrome), 'every chart within the phone\'s width')
    # the overdue counts in view without scrolling the table sideways (the process column gives way)
    assert chrome.execute_script("""
        const card = [...document.querySelectorAll('.q-card')]
            .find(c => c.innerText.trim().startsWith('Lewat batas waktu per seksi dan proses'));
        const links = [...card.querySelectorAll('tbody a')];
        return links.length > 0 && links.every(a => a.getBoundingClientRect().right <= window.innerWidth);""")
    scroll_to_text(chrome, 'Indeks Kepuasan Masyarakat per triwulan')
    shoot(chrome, screenshot_dir, 'hp-beranda-camat', 390, 844)
