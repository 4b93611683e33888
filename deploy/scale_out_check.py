"""Scale-out, shown working on one machine: two Panel Kecamatan instances sharing one PostgreSQL
and one Redis, behind nginx (deploy/nginx-scale-out.conf), all on 127.0.0.1.

    make scale-out-check            (or: .venv/bin/python deploy/scale_out_check.py)

Needs, from Debian: postgresql-15, redis-server, nginx (nginx-light), chromium, chromium-driver;
and `pip install -e .[test,redis]`. Run as root (it uses `su postgres` when DATABASE_URL is not set).

What it proves, with one headless Chromium per instance (each talking to its instance directly):
  1. an edit saved through instance A is seen through instance B;
  2. the optimistic lock holds across them: B opened the row, A saved it, B's save is refused
     with the conflict panel, and the database keeps A's value;
  3. a file uploaded through A is served by B: a real PDF picked in a surat masuk's form on A (its
     thumbnail shown, saved, 📎 1 in the grid) is stored once in the database (berkas_isi, the file
     store of PostgreSQL), and B hands the same bytes to a user logged in there, and none to a
     request without a session;
  4. a column the administrator adds through a third process appears in the grids of both;
  5. the public forms' limit per client address (core/rate_limit.py) is one budget for both: the
     loads of /pengaduan from one address, spread over A and B, are refused past the limit by each;
  6. through nginx: logging in works (the websocket upgrade passes), and when the instance that
     served the browser stops, nginx moves the browser to the other one and it is still logged in
     (the session is in Redis, shared by both).
Every process it starts is stopped at the end, and the throw-away database is dropped.
"""
from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.browser import (button, field, grid_rows, keys, log_in, open_in_form, scroll_grid_to,  # noqa: E402
                               select_all, upload_in_form, wait_for_text, wait_until)
from tests.e2e.harness import (PASSWORD, AppServer, app_env, free_port, in_database, missing_browser,  # noqa: E402
                               new_chrome, quit_chrome)

PG_VERSION = '15'
ROW = 'Dr. Rina Kusuma'
SURAT = 'Undangan rapat koordinasi pertanahan'
steps: list[str] = []


def say(text: str) -> None:
    print(f'[scale-out] {text}', flush=True)


def ok(text: str) -> None:
    steps.append(text)
    say(f'OK  {text}')


def run(*command: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(command, input=stdin, text=True, capture_output=True, check=check, timeout=120)


def wait_port(port: int, what: str, process: subprocess.Popen | None = None, timeout: float = 30) -> None:
    import socket
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f'{what} stopped at start-up')
        with socket.socket() as sock:
            sock.settimeout(1)
            if sock.connect_ex(('127.0.0.1', port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f'{what} did not listen on 127.0.0.1:{port} within {timeout} s')


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


# ---- PostgreSQL: a throw-away database ---------------------------------------------------------

async def _admin(url: str, sql: str) -> None:
    import asyncpg
    connection = await asyncpg.connect(url.replace('postgres://', 'postgresql://', 1))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def postgres(cleanup: contextlib.ExitStack) -> str:
    """A new empty database. With DATABASE_URL=postgres://... (a role that may CREATE DATABASE, as in
    CI) it is made with that role; otherwise the local cluster is started if needed and a role made."""
    name = f'panel_scale_{os.getpid()}'
    given = os.environ.get('DATABASE_URL', '')
    if given.startswith('postgres'):
        parts = urlsplit(given)
        asyncio.run(_admin(given, f'CREATE DATABASE "{name}"'))
        cleanup.callback(lambda: asyncio.run(_admin(given, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')))
        return urlunsplit(parts._replace(path=f'/{name}'))
    if not shutil.which('pg_lsclusters'):
        raise SystemExit('PostgreSQL is not installed: apt-get install -y postgresql-15')
    clusters = run('pg_lsclusters', '-h').stdout.split('\n')
    main = next((line.split() for line in clusters if line.split()[:2] == [PG_VERSION, 'main']), None)
    if main is None:
        raise SystemExit(f'no PostgreSQL {PG_VERSION} cluster "main": pg_createcluster {PG_VERSION} main')
    port = main[2]
    if main[3] != 'online':
        run('pg_ctlcluster', PG_VERSION, 'main', 'start')
        cleanup.callback(lambda: run('pg_ctlcluster', PG_VERSION, 'main', 'stop', check=False))
        say(f'started PostgreSQL {PG_VERSION} (port {port}); it is stopped again at the end')
    for _ in range(30):
        if run('pg_isready', '-q', '-h', '127.0.0.1', '-p', port, check=False).returncode == 0:
            break
        time.sleep(1)
    password = 'panel_scale_pw'
    sql = f"""SET client_min_messages = warning;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'panel_scale') THEN
    CREATE ROLE panel_scale LOGIN PASSWORD '{password}';
  ELSE ALTER ROLE panel_scale LOGIN PASSWORD '{password}'; END IF;
END $$;
CREATE DATABASE "{name}" OWNER panel_scale;
"""
    run('su', 'postgres', '-c', f'psql -X -q -v ON_ERROR_STOP=1 -p {port} -d postgres', stdin=sql)
    cleanup.callback(lambda: run('su', 'postgres', '-c', f'psql -X -q -p {port} -d postgres', check=False,
                                 stdin=f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE);'))
    return f'postgres://panel_scale:{password}@127.0.0.1:{port}/{name}'


# ---- Redis and nginx ----------------------------------------------------------------------------

def redis(cleanup: contextlib.ExitStack, folder: Path) -> str:
    port = free_port()
    process = subprocess.Popen(['redis-server', '--port', str(port), '--bind', '127.0.0.1', '--save', '',
                                '--appendonly', 'no', '--dir', str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    cleanup.callback(stop, process)
    wait_port(port, 'redis-server', process)
    return f'redis://127.0.0.1:{port}/0'


def nginx(cleanup: contextlib.ExitStack, folder: Path, ports: tuple[int, int]) -> int:
    """nginx with deploy/nginx-scale-out.conf, its ports replaced by this run's."""
    port = free_port()
    text = (ROOT / 'deploy' / 'nginx-scale-out.conf').read_text()
    for old, new in (('127.0.0.1:8081', ports[0]), ('127.0.0.1:8082', ports[1]), ('127.0.0.1:8080', port)):
        assert old in text, f'{old} not in nginx-scale-out.conf'
        text = text.replace(old, f'127.0.0.1:{new}')
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ('body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'):
        (folder / 'tmp' / sub).mkdir(parents=True, exist_ok=True)
    (folder / 'nginx.conf').write_text(text)
    binary = shutil.which('nginx') or '/usr/sbin/nginx'
    test = run(binary, '-t', '-p', str(folder), '-c', str(folder / 'nginx.conf'), check=False)
    if test.returncode != 0:
        raise RuntimeError(f'nginx -t failed: {test.stderr}')
    process = subprocess.Popen([binary, '-p', str(folder), '-c', str(folder / 'nginx.conf'), '-g', 'daemon off;'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
    cleanup.callback(stop, process)
    wait_port(port, 'nginx', process)
    return port


ADDED_LABEL, ADDED_COLUMN = 'Catatan Arsip', 'x_catatan_arsip'


def served_by(url: str) -> str:
    with urllib.request.urlopen(f'{url}/login', timeout=10) as response:
        return response.headers.get('X-Panel-Instance', '')


# ---- the data --------------------------------------------------------------------------------

async def _seed() -> None:
    from models.clock import office_today
    from models.pemberdayaan import Narasumber
    from models.persuratan import SuratMasuk
    from tests.helpers_auth import create_account
    await create_account('sari', 'Kepala Seksi Pemberdayaan Masyarakat', PASSWORD)
    await create_account('budi', 'Staf Seksi Pemberdayaan Masyarakat', PASSWORD)
    await create_account('umum', 'Kepala Subbag Umum dan Kepegawaian', PASSWORD)   # surat masuk: all rights
    await create_account('arsip', 'Staf Subbag Umum dan Kepegawaian', PASSWORD)    # surat masuk: lihat
    await Narasumber.create(nama=ROW, bidang='Kesehatan Masyarakat', kontak='0812 5555 0101')
    today = office_today()
    await SuratMasuk.create(tahun=today.year, no_agenda=1, tanggal_diterima=today, nomor_surat='590/12/35.08',
                            tanggal_surat=today, asal_surat='BPN Kabupaten Lumajang', perihal=SURAT)


def stored(database_url: str):
    async def read():
        from models.pemberdayaan import Narasumber
        row = await Narasumber.get(nama=ROW)
        return row.bidang, row.version
    return in_database(database_url, read)


def stored_scan(database_url: str) -> tuple[int, list, bytes | None]:
    """(the surat's id, its berkas column, the bytes berkas_isi holds under its first file's SHA-256)."""
    async def read():
        from models.files import StoredFile
        from models.persuratan import SuratMasuk
        row = await SuratMasuk.get(perihal=SURAT)
        kept = None
        if row.berkas:
            found = await StoredFile.filter(sha256=row.berkas[0]['sha256']).values_list('isi', flat=True)
            kept = bytes(found[0]) if found else None
        return row.id, row.berkas, kept
    return in_database(database_url, read)


async def _add_column() -> None:
    """What the administrator's Tambah kolom does (core.structure.add_column: ALTER TABLE, its
    description, VersiStruktur moved), from a process of its own beside the two instances."""
    from core import structure
    from core.accounts import load_actor
    from tests.helpers_auth import create_account
    admin = await load_actor((await create_account('admin.struktur', 'Administrator', PASSWORD)).id)
    await structure.add_column(admin, 'surat_masuk', ADDED_LABEL, 'teks')


def column_in_grid(driver, url: str, col_id: str) -> bool:
    """The grid opened again: does the browser's AG Grid hold the column (on screen or not)?"""
    driver.get(url)
    wait_until(lambda: grid_rows(driver), f'the grid of {url}')
    return bool(driver.execute_script("""
        const grid = document.querySelector('.nicegui-aggrid');
        const column = getElement(grid.id.slice(1)).api.getColumn(arguments[0]);
        return column && column.getColDef().headerName;""", col_id) == ADDED_LABEL)


def scan_pdf(path: Path) -> bytes:
    """A real one-page A4 PDF (the uploader checks what a file is, not just its name)."""
    import pypdfium2
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    document.save(str(path))
    return path.read_bytes()


# ---- the browser steps -----------------------------------------------------------------------

def open_row(driver, base_url: str) -> None:
    """The narasumber grid, then the row's form (a double click on it)."""
    driver.get(f'{base_url}/tabel/narasumber')
    wait_until(lambda: ROW in [r.get('Nama') for r in grid_rows(driver)], f'{ROW} in the grid of {base_url}')
    cell = next(c for c in driver.find_elements('css selector', '.ag-cell[col-id="nama"]') if c.text == ROW)
    open_in_form(driver, cell, 'Ubah Narasumber')


def type_bidang(driver, text: str) -> None:
    from selenium.webdriver.common.keys import Keys
    field(driver, 'Bidang Keahlian').click()
    select_all(driver)
    keys(driver, Keys.BACKSPACE, text)


def upload_scan(driver, base_url: str, scan: Path) -> None:
    """The surat's form, its PDF picked in the Scan Surat uploader (sent at once), its thumbnail
    loaded from the server, saved, and 📎 1 in the grid (as tests/e2e/test_scan_upload.py does)."""
    driver.get(f'{base_url}/tabel/surat_masuk')
    cell = wait_until(lambda: next((c for c in driver.find_elements('css selector', '.ag-cell[col-id="perihal"]')
                                    if c.text == SURAT), None), f'the surat {SURAT!r} in the grid of {base_url}')
    open_in_form(driver, cell, 'Ubah Surat Masuk')
    upload_in_form(driver, scan)
    button(driver, 'Simpan').click()
    wait_for_text(driver, 'Surat Masuk tersimpan')
    scroll_grid_to(driver, 'berkas')
    wait_until(lambda: [r.get('Scan Surat') for r in grid_rows(driver)] == ['📎 1'],
               'the paper clip with 1 in the Scan Surat column of the one surat')


def fetched(driver, url: str) -> tuple[int, bytes]:
    """(status, body) of a GET made by the page itself, so with its session cookie."""
    driver.set_script_timeout(60)
    status, body = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
            const bytes = new Uint8Array(await r.arrayBuffer());
            let text = '';
            for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            done([r.status, btoa(text)]);
        }).catch(e => done([0, btoa(String(e))]));""", url)
    return status, base64.b64decode(body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def anonymous(url: str) -> tuple[str, bytes]:
    """(status, and where it sends to if anywhere; body) of a GET without any cookie, redirects not followed."""
    try:
        with urllib.request.build_opener(_NoRedirect).open(url, timeout=10) as response:
            return str(response.status), response.read()
    except urllib.error.HTTPError as error:
        location = (error.headers.get('Location') or '').split('?')[0]
        return f'{error.code}{f" to {location}" if location else ""}', error.read()


PUBLIC_LIMIT = 30               # pages/public_forms.REQUESTS_PER_WINDOW
CITIZEN = '203.0.113.9'         # a documentation address, as nginx would forward a phone's


def public_form_status(base_url: str, address: str) -> int:
    """The status of /pengaduan loaded from `address` (the instance trusts X-Forwarded-For from
    127.0.0.1, as it does behind nginx)."""
    request = urllib.request.Request(f'{base_url}/pengaduan', headers={'X-Forwarded-For': address})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def check(work: Path) -> None:
    with contextlib.ExitStack() as cleanup:
        database_url = postgres(cleanup)
        say(f'PostgreSQL database {urlsplit(database_url).path[1:]}')
        redis_url = redis(cleanup, work)
        say(f'Redis on {redis_url}')
        instances = []
        for name in ('a', 'b'):  # one after the other: the first applies the migrations
            port = free_port()
            env = app_env(work / name / 'data', port, database_url, NICEGUI_REDIS_URL=redis_url,
                          NICEGUI_REDIS_KEY_PREFIX='panel-scale:')
            server = AppServer(work / name / 'data', port, env)
            cleanup.callback(server.stop)
            instances.append(server.start())
            say(f'instance {name.upper()} on {server.url} (pid {server.process.pid})')
        a, b = instances
        proxy = f'http://127.0.0.1:{nginx(cleanup, work / "nginx", (a.port, b.port))}'
        say(f'nginx on {proxy} in front of both')
        in_database(database_url, _seed)

        browser_a, browser_b, browser_c = (new_chrome(work / f'unduhan-{n}') for n in 'abc')
        for driver in (browser_a, browser_b, browser_c):
            cleanup.callback(quit_chrome, driver)
        log_in(browser_a, a.url, 'sari', PASSWORD)
        log_in(browser_b, b.url, 'budi', PASSWORD)

        # 1. an edit through A is seen through B
        open_row(browser_a, a.url)
        type_bidang(browser_a, 'Gizi Masyarakat (lewat A)')
        button(browser_a, 'Simpan').click()
        wait_for_text(browser_a, 'Narasumber tersimpan.')
        assert stored(database_url) == ('Gizi Masyarakat (lewat A)', 2), stored(database_url)
        browser_b.get(f'{b.url}/tabel/narasumber')
        wait_until(lambda: any(r.get('Bidang Keahlian') == 'Gizi Masyarakat (lewat A)' for r in grid_rows(browser_b)),
                   'the edit made through A in the grid of B')
        ok('an edit saved through instance A is seen through instance B')

        # 2. the optimistic lock across instances: B opens, A saves, B's save is refused
        open_row(browser_b, b.url)
        open_row(browser_a, a.url)
        type_bidang(browser_a, 'Sanitasi (A menyimpan dulu)')
        button(browser_a, 'Simpan').click()
        wait_for_text(browser_a, 'Narasumber tersimpan.')
        type_bidang(browser_b, 'Posyandu (B terlambat)')
        button(browser_b, 'Simpan').click()
        wait_for_text(browser_b, 'menyimpan data ini setelah Anda membukanya')
        assert 'Sanitasi (A menyimpan dulu)' in browser_b.find_element('tag name', 'body').text
        assert stored(database_url) == ('Sanitasi (A menyimpan dulu)', 3), stored(database_url)
        ok('a stale save through B after A saved is refused (conflict shown, A\'s value kept, version 3)')

        # 3. a file uploaded through A, downloaded through B (the file store is the shared database)
        scan = work / 'Scan undangan pertanahan.pdf'
        pdf = scan_pdf(scan)
        sha = hashlib.sha256(pdf).hexdigest()
        for driver, server, username in ((browser_a, a, 'umum'), (browser_b, b, 'arsip')):
            driver.get(f'{server.url}/logout')
            log_in(driver, server.url, username, PASSWORD, next_path='/tabel/surat_masuk')
        upload_scan(browser_a, a.url, scan)
        row_id, berkas, kept = stored_scan(database_url)
        assert [(f['sha256'], f['nama'], f['ukuran']) for f in berkas or []] == [(sha, scan.name, len(pdf))], berkas
        assert kept == pdf, 'berkas_isi does not hold the uploaded bytes'
        in_folders = [path for name in 'ab' for path in (work / name / 'data' / 'berkas').rglob(sha)]
        assert not in_folders, f'the file went to a folder: {in_folders}'
        address = f'/berkas/{sha}?tabel=surat_masuk&baris={row_id}&kolom=berkas&unduh=1'
        status, body = fetched(browser_b, f'{b.url}{address}')
        assert status == 200 and body == pdf, (status, len(body), hashlib.sha256(body).hexdigest())
        refused, leaked = anonymous(f'{b.url}{address}')
        assert refused != '200' and pdf not in leaked, (refused, leaked[:200])
        ok(f'a PDF uploaded through A ({len(pdf)} bytes, sha256 {sha[:12]}…) is stored once in berkas_isi and '
           f'served by B with the same bytes to a logged-in user; B refuses it without a session ({refused})')

        # 4. a column the administrator adds appears on both instances without a restart
        in_database(database_url, _add_column)
        for driver, server in ((browser_a, a), (browser_b, b)):
            wait_until(lambda: column_in_grid(driver, f'{server.url}/tabel/surat_masuk', ADDED_COLUMN),
                       f'the added column in the grid of {server.url}', timeout=60)
        ok(f'a column added to surat masuk ({ADDED_LABEL}) is in the grids of A and B, neither restarted '
           '(each reloads the structure when VersiStruktur moves)')

        # 5. the public forms' limit per address is one budget across the instances (kept in Redis)
        statuses = [public_form_status(server.url, CITIZEN) for server in (a, b) * (PUBLIC_LIMIT // 2)]
        assert statuses == [200] * PUBLIC_LIMIT, statuses
        beyond = [public_form_status(server.url, CITIZEN) for server in (a, b)]
        assert beyond == [429, 429], beyond
        assert public_form_status(b.url, '203.0.113.77') == 200, 'another address was refused'
        ok(f'the public pengaduan form: {PUBLIC_LIMIT} loads from one address spread over A and B pass, the next '
           'is refused by both (429; the window is kept in Redis), another address still passes')

        # 6. through nginx: websocket upgrade, stickiness, and the session surviving its instance
        first = served_by(proxy)
        assert first in (f'127.0.0.1:{a.port}', f'127.0.0.1:{b.port}'), first
        log_in(browser_c, proxy, 'sari', PASSWORD, next_path='/tabel/narasumber')
        wait_until(lambda: any(r.get('Bidang Keahlian') == 'Sanitasi (A menyimpan dulu)' for r in grid_rows(browser_c)),
                   'the grid through nginx')
        assert {served_by(proxy) for _ in range(5)} == {first}, 'nginx is not sticky'
        ok(f'through nginx: login over the websocket and the grid work; every request goes to {first} (sticky)')
        gone, other = (a, b) if first.endswith(f':{a.port}') else (b, a)
        gone.stop()
        wait_until(lambda: served_by(proxy) == f'127.0.0.1:{other.port}', 'nginx moving to the other instance')
        browser_c.get(f'{proxy}/tabel/narasumber')
        wait_until(lambda: any(r.get('Bidang Keahlian') == 'Sanitasi (A menyimpan dulu)' for r in grid_rows(browser_c)),
                   'the grid from the other instance, without logging in again')
        assert '/login' not in browser_c.current_url
        ok(f'instance {gone.url} stopped: nginx sends the browser to {other.url}, still logged in (session in Redis)')
    say('everything started here is stopped; the throw-away database is dropped')


def main() -> int:
    missing = [tool for tool in ('redis-server', 'nginx') if not (shutil.which(tool) or Path(f'/usr/sbin/{tool}').exists())]
    if missing:
        print(f'missing: {", ".join(missing)} (apt-get install -y redis-server nginx-light)')
        return 2
    if problem := missing_browser():
        print(problem)
        return 2
    try:
        import redis  # noqa: F401
    except ImportError:
        print('the Python package redis is missing: pip install -e .[redis]')
        return 2
    work = Path(tempfile.mkdtemp(prefix='panel-scale-out-'))
    try:
        check(work)
    except Exception as error:  # noqa: BLE001  (say what failed, keep the logs)
        say(f'FAILED: {error}')
        for log in sorted(work.glob('*/server-*.log')):
            say(f'--- {log}\n{log.read_text(errors="replace")[-3000:]}')
        return 1
    shutil.rmtree(work, ignore_errors=True)
    say(f'all {len(steps)} checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
