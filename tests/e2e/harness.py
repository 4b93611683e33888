"""What the browser tests (and deploy/scale_out_check.py) need: the app started as the office
starts it (`python main.py` in a subprocess, on 127.0.0.1 and a free port, with its own DATA_DIR),
and a headless Chromium from the Debian packages driven by Selenium.

Nothing here imports the app at module level, so the scale-out script can use it from outside pytest.
"""
from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get('CHROMIUM_BINARY', '/usr/bin/chromium')
CHROMEDRIVER = os.environ.get('CHROMEDRIVER', '/usr/bin/chromedriver')
ADMIN_PASSWORD = 'admin-rahasia-1'
PASSWORD = 'rahasia-benar-1'  # of the accounts the tests make
CHROME_FLAGS = ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--disable-dev-shm-usage', '--disable-component-update', '--disable-sync', '--no-first-run',
                '--lang=id-ID')


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when Chromium and chromedriver are installed."""
    for path, package in ((CHROMIUM, 'chromium'), (CHROMEDRIVER, 'chromium-driver')):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return (f'{path} is missing: install the Debian package {package} '
                    f'(apt-get install -y chromium chromium-driver)')
    try:
        import selenium  # noqa: F401
    except ImportError:
        return 'selenium is not installed (pip install -e .[test])'
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


@dataclass
class AppServer:
    """One `python main.py` on 127.0.0.1. `stop()` ends it (and only it)."""
    data_dir: Path
    port: int
    env: dict[str, str]
    process: subprocess.Popen | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.data_dir.parent / f'server-{self.port}.log'

    @property
    def url(self) -> str:
        return f'http://127.0.0.1:{self.port}'

    def start(self, timeout: float = 90) -> 'AppServer':
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, 'wb')
        self.process = subprocess.Popen([sys.executable, 'main.py'], cwd=ROOT, env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f'the app stopped at start-up:\n{self.log()}')
            try:
                with urllib.request.urlopen(f'{self.url}/login', timeout=5) as response:
                    ready = response.status == 200 and 'Panel Kecamatan siap' in self.log()
                # the app says it is ready before it binds the port: the answer is its own only when it
                # listens there itself (a port taken meanwhile ends it with a bind error, seen above)
                if ready and listening(self.process.pid, self.port):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f'the app did not answer on {self.url} within {timeout} s:\n{self.log()}')

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors='replace')[-4000:]
        except OSError:
            return ''

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def listening(pid: int, port: int) -> bool:
    """Whether the process `pid` itself holds a listening TCP socket on `port`: the sockets of its
    descriptors among the listening ones of /proc/net/tcp and tcp6 (Linux). Without /proc there is
    no telling, and the answer on the port is taken as the app's."""
    if not os.path.isdir('/proc/self/fd'):
        return True
    sockets = set()
    try:
        descriptors = os.listdir(f'/proc/{pid}/fd')
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            target = os.readlink(f'/proc/{pid}/fd/{descriptor}')
        except OSError:
            continue   # closed meanwhile
        if target.startswith('socket:['):
            sockets.add(target[len('socket:['):-1])
    for table in ('/proc/net/tcp', '/proc/net/tcp6'):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:   # sl local_address rem_address st ... inode: 0A is LISTEN, the port in hex
            fields = line.split()
            if fields[3] == '0A' and int(fields[1].rsplit(':', 1)[1], 16) == port and fields[9] in sockets:
                return True
    return False


def app_env(data_dir: Path, port: int, database_url: str | None = None, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(('PYTEST_', 'NICEGUI_')) and key != 'DATABASE_URL'}
    env.update(DATA_DIR=str(data_dir), PORT=str(port), HOST='127.0.0.1', INITIAL_ADMIN_PASSWORD=ADMIN_PASSWORD,
               STORAGE_SECRET='rahasia-uji-peramban', PYTHONUNBUFFERED='1',
               # NiceGUI keeps its per-user storage in ./.nicegui unless told otherwise
               NICEGUI_STORAGE_PATH=str(data_dir / 'nicegui'))
    if database_url:
        env['DATABASE_URL'] = database_url
    env.update(extra)
    return env


def run_cli(env: dict[str, str], *args: str, stdin: str = '') -> str:
    """`python main.py user ...` against the same DATA_DIR / DATABASE_URL as the server."""
    done = subprocess.run([sys.executable, 'main.py', *args], cwd=ROOT, env=env, input=stdin, text=True,
                          capture_output=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f'main.py {" ".join(args)} failed: {done.stdout}{done.stderr}')
    return done.stdout


def in_database(database_url: str, work):
    """`await work()` with the ORM connected to the app's database (to set up rows and check saves)."""
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config

    async def run():
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(database_url))
            return await work()
    return asyncio.run(run())


def new_chrome(download_dir: Path | None = None, width: int = 1366, height: int = 900):
    """A fresh headless Chromium (its own profile, removed by `quit_chrome`)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix='panel-chromium-')
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f'--user-data-dir={profile}')
    options.add_argument(f'--window-size={width},{height}')
    if download_dir is not None:
        download_dir.mkdir(parents=True, exist_ok=True)
        options.add_experimental_option('prefs', {
            'download.default_directory': str(download_dir),
            'download.prompt_for_download': False,
            'download.directory_upgrade': True,
            'safebrowsing.enabled': False,
        })
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.panel_profile = profile
    driver.set_page_load_timeout(60)
    if download_dir is not None:
        driver.execute_cdp_cmd('Page.setDownloadBehavior', {'behavior': 'allow', 'downloadPath': str(download_dir)})
    return driver


def quit_chrome(driver) -> None:
    try:
        driver.quit()
    finally:
        shutil.rmtree(getattr(driver, 'panel_profile', ''), ignore_errors=True)
