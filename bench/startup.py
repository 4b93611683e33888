"""Benchmark 5: `python main.py` (what `make run` starts) up to the first page served, against a
bare NiceGUI hello world started the same way.

Both run as subprocesses on 127.0.0.1 with a free port; the clock runs from the spawn until an HTTP
GET of the first page answers 200 (polled every 20 ms). The app is measured on an existing,
migrated database (an ordinary restart); its very first start, which also applies every migration
and seeds, is printed beside it. Runs alternate, and the median of each is compared.
"""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.common import ROOT, Figure, Report

HELLO = '''
from nicegui import ui

@ui.page('/')
def index():
    ui.label('Hello world')

ui.run(host='127.0.0.1', port={port}, reload=False, show=False, show_welcome_message=False)
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def stop_server(process: subprocess.Popen) -> None:
    """End a server the benchmark started: SIGTERM, then SIGKILL after 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until_served(url: str, process: subprocess.Popen, timeout: float = 120) -> float:
    """Seconds until `url` answers 200 (the caller took the start time just before spawning)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f'{process.args} exited with {process.returncode}:\n{process.stderr.read()[-3000:]}')
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    response.read()
                    return time.monotonic()
        except OSError:
            pass
        time.sleep(0.02)
    raise TimeoutError(f'{url} not served within {timeout} s')


def base_env() -> dict[str, str]:
    """The environment of both sides. Bytecode is written and reused, as on an installed machine
    (NiceGUI's own modules were compiled when pip installed them; without this the app alone
    would recompile its ~65 modules on every start in a shell that sets PYTHONDONTWRITEBYTECODE)."""
    env = dict(os.environ)
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    return env


def app_env(data_dir: Path, port: int) -> dict[str, str]:
    env = base_env()
    env.update(DATA_DIR=str(data_dir), HOST='127.0.0.1', PORT=str(port), STORAGE_SECRET='bench-secret',
               INITIAL_ADMIN_PASSWORD='bench-admin-rahasia-1')
    env.pop('DATABASE_URL', None)
    return env


def time_start(args: list[str], url_path: str, env: dict[str, str], port: int) -> float:
    start = time.monotonic()
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        served = wait_until_served(f'http://127.0.0.1:{port}{url_path}', process)
    finally:
        stop_server(process)
    return served - start


def run(report: Report, repeat: int) -> None:
    print('\n[5] Start-up: python main.py to the first page served, vs a bare NiceGUI hello world')
    with tempfile.TemporaryDirectory(prefix='bench-startup-') as tmp:
        tmp_path = Path(tmp)
        hello_file = tmp_path / 'hello.py'
        data_dir = tmp_path / 'data'
        port = free_port()
        hello_file.write_text(HELLO.format(port=port))
        first = time_start([sys.executable, 'main.py'], '/login', app_env(data_dir, port), port)
        apps, hellos = [], []
        for _ in range(repeat):
            hellos.append(time_start([sys.executable, str(hello_file)], '/', base_env(), port))
            apps.append(time_start([sys.executable, 'main.py'], '/login', app_env(data_dir, port), port))
    app, hello = statistics.median(apps), statistics.median(hellos)
    report.add(Figure('start-up to first page vs NiceGUI hello world', app / hello, 1.5,
                      detail=f'app {app:.2f} s, hello world {hello:.2f} s (medians of {repeat}); '
                             f'first start with migrations and seed {first:.2f} s'))
