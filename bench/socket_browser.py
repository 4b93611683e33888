"""A simulated browser tab for the concurrency benchmark (bench/concurrency.py): HTTP for pages,
socket.io for events, and NiceGUI's element tree read from the page, as nicegui.js does.
Loopback only; every wait is bounded."""
from __future__ import annotations

import asyncio
import json
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

PASSWORD = 'bench-rahasia-123'
HOT = re.compile(r'^Baris uji (\d+) #(\d+)$')
TIMEOUT = 30.0
LOGIN_TIMEOUT = 120.0


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
    busy: float = 0.0      # the server's CPU seconds during the work
    worked: float = 0.0    # the work's wall seconds


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
