"""Benchmark 4: N simulated users against a running server, over real websockets.

The server is `python main.py` on 127.0.0.1 (a free port) with its own DATA_DIR holding a copy of
the 10k-row benchmark database and N Kepala Subbag Umum accounts. Each user is a small
socket.io client that does what the browser does (nicegui.js): GET the page, read the element
tree and the client id from the HTML, connect to /_nicegui_ws with that id (implicit handshake),
and send 'event' messages with the element id and listener id. Each user logs in through the
login page (its form posted over HTTP, as the browser does), opens the Surat Masuk grid, and then, a bounded number of times with a short think
time, pages forward and back, searches and clears the search, or saves an inline edit.

The edits are counter-like: the 5 newest surat have perihal "Baris uji <k> #<n>", and a save sets
#<n+1> from what the user's grid shows (with the version it read). Every save must come back as
saved or refused as a conflict ("diubah orang lain"); at the end each counter in the database must
equal its start plus the saves reported as saved, otherwise updates were lost.

Server memory: RSS once warm with nobody connected, with all N connected (per client = the
difference / N), and after everyone disconnected and NiceGUI deleted their clients; the whole
round (log in, work, leave) runs twice, and growth from the first round to the second is what a
leak would show.
Loopback only; every loop is bounded and stops by itself.
"""
from __future__ import annotations

import asyncio
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bench.common import ROOT, Figure, Report, rss_mib
from bench.datagen import database
from bench.startup import app_env, free_port, wait_until_served

PASSWORD = 'bench-rahasia-123'
ROLE = 'Kepala Subbag Umum dan Kepegawaian'
HOT_ROWS = 5
HOT = re.compile(r'^Baris uji (\d+) #(\d+)$')
SEARCH_WORDS = ('musrenbang', 'bappeda', 'posyandu', 'jalan desa', 'apbdes')
TIMEOUT = 30.0
LOGIN_TIMEOUT = 120.0
LOGIN_GAP = 1.0   # seconds between two users starting to log in (argon2: ~0.5-0.8 s of CPU each)


async def prepare(data_dir: Path, users: int) -> dict[int, int]:
    """The database: the 10k benchmark rows, N accounts, and the hot rows; returns {id: counter}."""
    from tortoise.context import TortoiseContext

    from core.accounts import seed_accounts
    from core.database import tortoise_config
    from core.passwords import hash_password
    from core.seed import seed_reference
    from models.accounts import Role, User
    from models.persuratan import SuratMasuk

    data_dir.mkdir(parents=True)
    path = data_dir / 'panel.sqlite3'
    shutil.copyfile(database(10_000), path)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{path}'))
        await seed_reference()
        await seed_accounts()
        role = await Role.get(nama=ROLE)
        password_hash = await asyncio.to_thread(hash_password, PASSWORD)
        for i in range(users):
            await User.create(username=f'bench{i:02d}', nama_lengkap=f'Pengguna Uji {i}', role=role,
                              password_hash=password_hash, must_change_password=False)
        hot = await SuratMasuk.filter(deleted_at__isnull=True).order_by('-tanggal_diterima', '-no_agenda', '-id') \
            .limit(HOT_ROWS)
        for k, surat in enumerate(hot):
            await SuratMasuk.filter(id=surat.id).update(perihal=f'Baris uji {k} #0')
        return {surat.id: 0 for surat in hot}


async def counters(data_dir: Path, ids: list[int]) -> dict[int, int]:
    import sqlite3
    connection = sqlite3.connect(data_dir / 'panel.sqlite3')
    try:
        rows = connection.execute(f'SELECT id, perihal FROM surat_masuk WHERE id IN ({",".join("?" * len(ids))})',
                                  ids).fetchall()
    finally:
        connection.close()
    return {row_id: int(HOT.match(perihal).group(2)) for row_id, perihal in rows}


def parse_page(html: str) -> tuple[str, dict[int, dict]]:
    client_id = re.search(r"'client_id': '([0-9a-f-]+)'", html).group(1)
    raw = re.search(r'parseElements\(String\.raw`(.*?)`\)', html, re.S).group(1)
    for entity, char in (('&#36;', '$'), ('&#96;', '`'), ('&gt;', '>'), ('&lt;', '<'), ('&amp;', '&')):
        raw = raw.replace(entity, char)
    return client_id, {int(k): v for k, v in json.loads(raw).items()}


@dataclass
class Stats:
    save: list[float] = field(default_factory=list)
    page: list[float] = field(default_factory=list)
    search: list[float] = field(default_factory=list)
    login: list[float] = field(default_factory=list)
    saved: dict[int, int] = field(default_factory=dict)
    refused: int = 0
    other: list[str] = field(default_factory=list)
    timeouts: dict[str, int] = field(default_factory=dict)
    reloads: int = 0
    login_retries: list[str] = field(default_factory=list)


class Browser:
    """One simulated browser tab: HTTP for pages, socket.io for events, NiceGUI's element tree."""

    def __init__(self, base: str, http) -> None:
        self.base, self.http = base, http
        self.sio = None
        self.client_id = ''
        self.elements: dict[int, dict] = {}
        self.notes: list[str] = []
        self.opened: list[str] = []
        self.updates = 0
        self.reloads = 0
        self.grid_updates = 0
        self.grid_id = -1
        self.changed = asyncio.Event()

    async def open(self, path: str) -> None:
        import socketio
        await self.close()
        async with self.http.get(self.base + path) as response:
            html = await response.text()
        self.client_id, self.elements = parse_page(html)
        self.grid_id = next((k for k, e in self.elements.items() if 'aggrid' in e.get('tag', '')), -1)
        self.sio = socketio.AsyncClient(reconnection=False)
        self.sio.on('update', self._on_update)
        self.sio.on('notify', self._on_notify)
        self.sio.on('open', self._on_open)
        self.sio.on('run_javascript', self._on_javascript)
        query = (f'client_id={self.client_id}&next_message_id=0&implicit_handshake=true'
                 f'&document_id={uuid.uuid4()}&tab_id={uuid.uuid4()}')
        await self.sio.connect(f'{self.base}?{query}', socketio_path='/_nicegui_ws/socket.io',
                               transports=['websocket'], wait_timeout=TIMEOUT)

    async def close(self) -> None:
        if self.sio is not None:
            await self.sio.disconnect()
            self.sio = None

    def _bump(self) -> None:
        self.updates += 1
        self.changed.set()

    async def _on_update(self, message: dict) -> None:
        message.pop('_id', None)
        if str(self.grid_id) in message:
            self.grid_updates += 1
        for key, element in message.items():
            if element is None:
                self.elements.pop(int(key), None)
            else:
                self.elements[int(key)] = element
        self._bump()

    async def _on_notify(self, message: dict) -> None:
        self.notes.append(str(message.get('message', '')))
        self._bump()

    async def _on_open(self, message: dict) -> None:
        self.opened.append(message.get('path', ''))
        self._bump()

    async def _on_javascript(self, message: dict) -> None:
        if 'request_id' in message and self.sio is not None:
            await self.sio.emit('javascript_response', {'request_id': message['request_id'],
                                                         'client_id': self.client_id, 'result': None})

    def find(self, test: Callable[[dict], bool]) -> tuple[int, dict]:
        for element_id, element in self.elements.items():
            if test(element):
                return element_id, element
        raise LookupError('element not found')

    def listener(self, element: dict, event_type: str) -> str:
        return next(e['listener_id'] for e in element.get('events', []) if e['type'] == event_type)

    async def emit(self, test: Callable[[dict], bool], event_type: str, *args: Any) -> None:
        element_id, element = self.find(test)
        await self.sio.emit('event', {'id': element_id, 'client_id': self.client_id,
                                      'listener_id': self.listener(element, event_type),
                                      'args': [json.dumps(arg) for arg in args]})

    async def until(self, predicate: Callable[[], bool], timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    # ---- the pages ------------------------------------------------------------------------
    def text(self, prefix: str) -> str:
        return next((e.get('text', '') for e in self.elements.values() if e.get('text', '').startswith(prefix)), '')

    def grid(self) -> dict:
        return self.find(lambda e: 'aggrid' in e.get('tag', ''))[1]

    def rows(self) -> list[dict]:
        return self.grid().get('props', {}).get('options', {}).get('rowData', [])

    async def log_in(self, username: str) -> None:
        import aiohttp
        await self.open('/login?next=/tabel/surat_masuk')
        form = {e['props']['name']: e['props'].get('value', '') for e in self.elements.values()   # next, token
                if e.get('tag') == 'input' and 'name' in e.get('props', {})}
        form.update(username=username, password=PASSWORD)   # the login form is posted over HTTP, as a browser does
        try:
            async with self.http.post(self.base + '/login', data=form, allow_redirects=False,
                                      timeout=aiohttp.ClientTimeout(total=LOGIN_TIMEOUT)) as response:
                location = response.headers.get('location', '')   # argon2 takes ~0.5 s of CPU per login
        except asyncio.TimeoutError:
            raise RuntimeError(f'{username}: no answer to the login form') from None
        if response.status != 303 or location.startswith('/login'):
            raise RuntimeError(f'{username}: no way out of the login page ({response.status} to {location!r})')
        self.opened.append(location)
        for _ in range(10):   # a page that took longer than NiceGUI's response_timeout: reload it, as a person would
            await self.open(self.opened[-1])
            if not any(e.get('text') == 'Server error' for e in self.elements.values()):
                break
            self.reloads += 1
            await asyncio.sleep(1)
        try:   # parts of a page built after the response arrive over the socket
            await self.until(lambda: bool(self.text('Halaman ')))
        except TimeoutError:
            texts = [e.get('text') for e in self.elements.values() if e.get('text')][:12]
            raise RuntimeError(f'{username}: the grid page did not open (opened {self.opened}, '
                               f'notes {self.notes}, texts {texts})') from None
        if self.grid_id < 0:
            self.grid_id = next((k for k, e in self.elements.items() if 'aggrid' in e.get('tag', '')), -1)

    async def click_page(self, icon: str, expected: int) -> None:
        await self.emit(lambda e: e.get('tag') == 'q-btn' and e.get('props', {}).get('icon') == icon, 'click')
        await self.until(lambda: self.text('Halaman ').startswith(f'Halaman {expected} '))

    async def search(self, text: str) -> None:
        # done when the summary ("Menampilkan 1–25 dari N data") shows the new count: waiting for any
        # grid update could end on a late update of the previous action, and NiceGUI runs the
        # handlers of one client concurrently, so the next click could overtake this search
        before = self.text('Menampilkan ')
        await self.emit(lambda e: str(e.get('props', {}).get('placeholder', '')).startswith('Cari'),
                        'update:value', text)
        await self.until(lambda: self.text('Menampilkan ') != before)

    async def save_hot(self, rng: random.Random, stats: Stats) -> None:
        candidates = [row for row in self.rows() if HOT.match(str(row.get('perihal', '')))]
        if not candidates:
            return
        row = rng.choice(candidates)
        k, n = (int(g) for g in HOT.match(row['perihal']).groups())
        notes = len(self.notes)
        start = time.monotonic()
        await self.emit(lambda e: 'aggrid' in e.get('tag', ''), 'cellValueChanged',
                        {'data': row, 'colId': 'perihal', 'oldValue': row['perihal'],
                         'newValue': f'Baris uji {k} #{n + 1}'})
        await self.until(lambda: len(self.notes) > notes)
        stats.save.append(time.monotonic() - start)
        note = self.notes[notes]
        if note == 'Perihal tersimpan.':
            stats.saved[row['id']] = stats.saved.get(row['id'], 0) + 1
        elif 'diubah orang lain' in note:
            stats.refused += 1
        else:
            stats.other.append(note)


async def user_session(base: str, index: int, operations: int, stats: Stats, ready: asyncio.Event,
                       start_work: asyncio.Event, connected: list) -> None:
    import aiohttp
    rng = random.Random(1000 + index)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                     timeout=aiohttp.ClientTimeout(total=TIMEOUT)) as http:
        browser = Browser(base, http)
        try:
            start = time.monotonic()
            for attempt in range(3):   # a login whose socket was dropped under load is tried again
                try:
                    await browser.log_in(f'bench{index:02d}')
                    break
                except RuntimeError as error:
                    stats.login_retries.append(str(error)[:200])
                    if attempt == 2:
                        raise
                finally:
                    stats.reloads += browser.reloads
                    browser.reloads = 0
            stats.login.append(time.monotonic() - start)
            connected.append(index)
            ready.set()
            await start_work.wait()
            for _ in range(operations):
                await asyncio.sleep(rng.uniform(0.2, 1.0))   # think time
                action = rng.choices(('save', 'page', 'search'), weights=(5, 3, 2))[0]
                try:
                    if action == 'save':
                        await browser.save_hot(rng, stats)
                    elif action == 'page':
                        start = time.monotonic()
                        await browser.click_page('chevron_right', 2)
                        stats.page.append(time.monotonic() - start)
                        start = time.monotonic()
                        await browser.click_page('chevron_left', 1)
                        stats.page.append(time.monotonic() - start)
                    else:
                        start = time.monotonic()
                        await browser.search(rng.choice(SEARCH_WORDS))
                        stats.search.append(time.monotonic() - start)
                        await browser.search('')
                except TimeoutError:   # no answer within TIMEOUT: counted, and the user goes on
                    stats.timeouts[action] = stats.timeouts.get(action, 0) + 1
        finally:
            await browser.close()


def p(values: list[float], q: float) -> float:
    if not values:
        return float('nan')
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def one_round(base: str, users: int, operations: int, stats: Stats, server_pid: int) -> dict:
    """Every user logs in (one per LOGIN_GAP), then all work at once, then all leave."""
    start_work = asyncio.Event()
    connected: list[int] = []
    tasks = []
    for i in range(users):
        tasks.append(asyncio.create_task(user_session(base, i, operations, stats, asyncio.Event(), start_work, connected)))
        await asyncio.sleep(LOGIN_GAP)
    deadline = time.monotonic() + LOGIN_TIMEOUT
    while len(connected) < users and time.monotonic() < deadline and not any(t.done() for t in tasks):
        await asyncio.sleep(0.2)
    if len(connected) < users:
        for t in tasks:
            if t.done() and t.exception():
                raise t.exception()
        raise RuntimeError(f'only {len(connected)} of {users} users logged in')
    await asyncio.sleep(1)
    with_all = rss_mib(server_pid)
    start = time.monotonic()
    start_work.set()
    await asyncio.gather(*tasks)
    work_seconds = time.monotonic() - start
    await asyncio.sleep(8)   # NiceGUI deletes a disconnected client after reconnect_timeout (3 s)
    return {'with_all': with_all, 'after': rss_mib(server_pid), 'seconds': work_seconds}


async def drive(base: str, users: int, operations: int, server_pid: int, rounds: int = 2) -> dict:
    """Two rounds of the same work: memory that stays after the first round and does not grow
    in the second is the allocator keeping what it once needed, not a leak per session."""
    stats = Stats()
    # warm-up: one user logs in and leaves, so the idle RSS includes what the first page loads
    warm_ready, warm_go = asyncio.Event(), asyncio.Event()
    warm_go.set()
    await user_session(base, users, 0, Stats(), warm_ready, warm_go, [])
    await asyncio.sleep(6)
    idle = rss_mib(server_pid)
    done = [await one_round(base, users, operations, stats, server_pid) for _ in range(rounds)]
    return {'stats': stats, 'idle': idle, 'with_all': done[0]['with_all'], 'after': done[0]['after'],
            'after_last': done[-1]['after'], 'rounds': rounds, 'seconds': sum(r['seconds'] for r in done)}


def run(report: Report, users: int, operations: int) -> None:
    print(f'\n[4] Concurrency: {users} users over socket.io against python main.py, {operations} actions each')
    with tempfile.TemporaryDirectory(prefix='bench-concurrency-') as tmp:
        data_dir = Path(tmp) / 'data'
        hot = asyncio.run(prepare(data_dir, users + 1))
        port = free_port()
        env = app_env(data_dir, port)
        env['SESSION_IDLE_MINUTES'] = '120'
        server = subprocess.Popen([sys.executable, 'main.py'], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        try:
            start = time.monotonic()
            wait_until_served(f'http://127.0.0.1:{port}/login', server)
            print(f'  server up in {time.monotonic() - start:.1f} s', flush=True)
            result = asyncio.run(drive(f'http://127.0.0.1:{port}', users, operations, server.pid))
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        final = asyncio.run(counters(data_dir, list(hot)))
    stats: Stats = result['stats']
    lost = sum(abs(final[row_id] - (hot[row_id] + stats.saved.get(row_id, 0))) for row_id in hot)
    saved = sum(stats.saved.values())
    report.add(Figure(f'{users} users: save latency p50', statistics.median(stats.save) if stats.save else None,
                      None, unit=' s', detail=f'p95 {p(stats.save, .95):.2f} s; {len(stats.save)} saves: {saved} saved, '
                                             f'{stats.refused} refused as conflicts, {len(stats.other)} other'))
    report.add(Figure(f'{users} users: page change latency p50', statistics.median(stats.page) if stats.page else None,
                      None, unit=' s', detail=f'p95 {p(stats.page, .95):.2f} s; {len(stats.page)} page changes; '
                                             f'search p50 {p(stats.search, .5):.2f} s, p95 {p(stats.search, .95):.2f} s; '
                                             f'login p50 {p(stats.login, .5):.2f} s, {stats.reloads} grid pages answered 500 '
                                             f'(build > response_timeout) and were reloaded, {len(stats.login_retries)} logins retried; '
                                             f'timeouts (no answer in {TIMEOUT:.0f} s): {stats.timeouts or "none"}; '
                                             f'workload {result["seconds"]:.0f} s'))
    report.add(Figure(f'{users} users: lost updates', lost, 0, unit=' rows',
                      detail=f'counters {final} vs start + saved'))
    per_client = (result['with_all'] - result['idle']) / users
    report.add(Figure(f'{users} users: server RSS per connected client', per_client, 5, unit=' MiB',
                      detail=f'idle {result["idle"]:.0f} MiB, {users} connected {result["with_all"]:.0f} MiB'))
    report.add(Figure(f'{users} users: server RSS after all disconnected, above idle', result['after'] - result['idle'],
                      None, unit=' MiB', detail=f'{result["after"]:.0f} MiB (idle before: {result["idle"]:.0f} MiB)'))
    report.add(Figure(f'{users} users: server RSS growth from round 1 to round {result["rounds"]} (leak per round)',
                      result['after_last'] - result['after'], 5, unit=' MiB',
                      detail=f'after round 1: {result["after"]:.0f} MiB, after round {result["rounds"]}: '
                             f'{result["after_last"]:.0f} MiB; every user logged in, worked and left each round'))
    if stats.other:
        print('  other save answers:', stats.other[:5])
    for line in stats.login_retries[:5]:
        print('  login retried:', line)
