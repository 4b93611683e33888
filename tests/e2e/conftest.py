"""Browser tests: one `python main.py` for the whole folder (its own DATA_DIR, 127.0.0.1, a free
port; on the PostgreSQL lane it uses DATABASE_URL after emptying it), and a fresh headless
Chromium per test.

Without /usr/bin/chromium and /usr/bin/chromedriver every test here is skipped with the reason,
unless PANEL_E2E_REQUIRED=1 (set by .ci/run), which turns the skip into a failure.

Screenshots go to $PANEL_SCREENSHOT_DIR (`make test-e2e` sets docs/screenshots), else to a
temporary folder, so an ordinary `make test` leaves the committed pictures alone.
"""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any, Awaitable, Callable

import pytest

from tests.conftest import _empty_postgres
from tests.e2e.harness import (PASSWORD, AppServer, app_env, free_port, in_database, missing_browser, new_chrome,
                               quit_chrome)
from models.clock import office_today

ACCOUNTS = {  # username: (role, desa)
    'camat': ('Camat', None),
    'kasi': ('Kepala Seksi Pemberdayaan Masyarakat', None),
    'umum': ('Kepala Subbag Umum dan Kepegawaian', None),
    'staf': ('Staf Seksi Pelayanan Umum', None),
    'jarit': ('Operator Desa', 'Jarit'),
    'kades': ('Kepala Desa', 'Jarit'),
}
WHY_SKIPPED = missing_browser()


def pytest_configure(config):
    config.addinivalue_line('markers', 'e2e: runs in a real browser (headless Chromium)')


def pytest_collection_modifyitems(config, items):
    if WHY_SKIPPED is None:
        return
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents and os.environ.get('PANEL_E2E_REQUIRED') != '1':
            item.add_marker(pytest.mark.skip(reason=f'browser tests skipped: {WHY_SKIPPED}'))


@pytest.fixture(autouse=True)
def fresh_database():
    """The tests of this folder share one running app and its database (see `panel`): a real first
    start of `python main.py`, which migrates the empty database itself."""
    yield


class Panel:
    """The running app, and a way into its database for setting up and checking."""

    def __init__(self, server: AppServer, database_url: str) -> None:
        self.server = server
        self.url = server.url
        self.database_url = database_url

    def db(self, work: Callable[[], Awaitable[Any]]) -> Any:
        """Run `await work()` with the ORM connected to the app's database."""
        return in_database(self.database_url, work)


async def _seed_accounts_and_rows() -> None:
    from datetime import timedelta
    from decimal import Decimal

    from models.musrenbang import UsulanMusrenbang
    from models.pemberdayaan import Narasumber
    from models.persuratan import SuratMasuk
    from models.reference import Desa, Instansi
    from tests.helpers_auth import create_account

    for username, (role, desa) in ACCOUNTS.items():
        kode = (await Desa.get(nama=desa)).kode if desa else None
        await create_account(username, role, PASSWORD, desa_kode=kode)
    bpn = await Instansi.filter(nama='BPN').first()
    for i, (nama, bidang) in enumerate([('Drs. Hadi Santoso', 'Pertanian'), ('Ir. Wulan Sari', 'Perikanan'),
                                        ('Bambang Prasetyo, S.E.', 'UMKM dan Koperasi')]):
        await Narasumber.create(nama=nama, bidang=bidang, instansi=bpn if i == 0 else None,
                                kontak=f'0812 3456 78{i:02d}')
    asal = ['BPN Kabupaten Lumajang', 'Dinas Pendidikan', 'Desa Jarit', 'Bappeda', 'Inspektorat',
            'Dinas Kesehatan', 'Desa Sumberwuluh', 'BPKD']
    perihal = ['Undangan rapat koordinasi pertanahan', 'Pendataan sekolah rusak', 'Permohonan rekomendasi',
               'Jadwal musrenbang kecamatan', 'Pemeriksaan reguler', 'Vaksinasi anak sekolah',
               'Laporan bencana lahar', 'Rekonsiliasi aset']
    start = office_today().replace(day=1) - timedelta(days=20)
    for i in range(8):
        day = start + timedelta(days=2 * i)
        await SuratMasuk.create(tahun=day.year, no_agenda=i + 1, tanggal_diterima=day,
                                nomor_surat=f'{100 + i}/{i + 3}/35.08/{day.year}', tanggal_surat=day,
                                asal_surat=asal[i], perihal=perihal[i])
    jarit = await Desa.get(nama='Jarit')
    tahun = office_today().year + 1
    for i, (bidang, kegiatan, lokasi) in enumerate([
            ('Infrastruktur', 'Pavingisasi jalan dusun Krajan', 'Dusun Krajan RT 02'),
            ('Pertanian', 'Saluran irigasi tersier', 'Blok sawah Kali Glidik'),
            ('Kesehatan', 'Posyandu balita dan lansia', 'Balai Desa Jarit')]):
        await UsulanMusrenbang.create(tahun_rencana=tahun, desa=jarit, bidang=bidang, kegiatan=kegiatan,
                                      lokasi=lokasi, volume=Decimal(100 * (i + 1)), satuan='m',
                                      perkiraan_biaya=Decimal(25_000_000 * (i + 1)), urutan_prioritas=i + 1)


@pytest.fixture(scope='package')
def panel(tmp_path_factory) -> Panel:
    if WHY_SKIPPED is not None:  # only reached with PANEL_E2E_REQUIRED=1
        pytest.fail(f'PANEL_E2E_REQUIRED=1, but {WHY_SKIPPED}')
    root = tmp_path_factory.mktemp('panel-e2e')
    data_dir = root / 'data'
    database_url = os.environ.get('DATABASE_URL', '')
    if database_url.startswith('postgres'):
        asyncio.run(_empty_postgres(database_url))
    else:
        database_url = f'sqlite://{data_dir / "panel.sqlite3"}'
    port = free_port()
    server = AppServer(data_dir, port, app_env(data_dir, port, database_url)).start()
    try:
        result = Panel(server, database_url)
        result.db(_seed_accounts_and_rows)
        yield result
    finally:
        server.stop()


@pytest.fixture(scope='session')
def screenshot_dir(tmp_path_factory) -> Path:
    chosen = os.environ.get('PANEL_SCREENSHOT_DIR')
    path = Path(chosen) if chosen else tmp_path_factory.mktemp('screenshots')
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def downloads(tmp_path) -> Path:
    return tmp_path / 'unduhan'


@pytest.fixture
def browser(panel, downloads, request):
    """A fresh headless Chromium with its downloads going to `downloads`."""
    driver = new_chrome(downloads)
    yield driver
    report = getattr(request.node, 'rep_call', None)
    if report is not None and report.failed:  # keep what the browser showed, and the server log
        target = panel.server.data_dir.parent / 'failures'
        target.mkdir(parents=True, exist_ok=True)
        print(f'browser screenshot and server log of the failure: {target}')
        driver.save_screenshot(str(target / f'{request.node.name}.png'))
        (target / f'{request.node.name}.log').write_text(panel.server.log())
    quit_chrome(driver)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == 'call':
        item.rep_call = report
