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

Before the crowd, one editor alone does SINGLE_EDITOR_ROUNDS times a crowd member's actions on the
same server: the save and page change p95 of the crowd are held against that editor's (issue #13
(d): ≤ 2×).

Server memory: RSS once warm with nobody connected, with all N connected (per client = the
difference / N), and after everyone disconnected and NiceGUI deleted their clients; the whole
round (log in, work, leave) runs twice, and growth from the first round to the second is what a
leak would show.
Loopback only; every loop is bounded and stops by itself.
"""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Awaitable, Callable

from bench.common import ROOT, Figure, Report, rss_mib
from bench.common import quantile as p
from bench.datagen import database
from bench.socket_browser import HOT, LOGIN_TIMEOUT, PASSWORD, TIMEOUT, Browser, Stats
from bench.startup import app_env, free_port, stop_server, wait_until_served

ROLE = 'Kepala Subbag Umum dan Kepegawaian'
HOT_ROWS = 5
SINGLE_EDITOR_ROUNDS = 4   # the lone editor does this many times a crowd member's actions, for enough samples
SEARCH_WORDS = ('musrenbang', 'bappeda', 'posyandu', 'jalan desa', 'apbdes')
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


async def user_session(base: str, index: int, operations: int, stats: Stats, ready: asyncio.Event,
                       start_work: asyncio.Event, connected: list) -> None:
    import aiohttp
    import socketio
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
                except socketio.exceptions.SocketIOError:   # the socket was dropped (an overloaded machine): counted, the user stops
                    stats.timeouts[f'{action}: socket dropped'] = stats.timeouts.get(f'{action}: socket dropped', 0) + 1
                    break
        finally:
            await browser.close()


async def one_round(base: str, users: int, operations: int, stats: Stats, server_pid: int,
                    probe: Callable[[str], Awaitable[None]] | None = None, name: str = '') -> dict:
    """Every user logs in (one per LOGIN_GAP), then all work at once, then all leave. `probe(label)`,
    when given (bench/memory_profile.py), is awaited with all connected and after all left."""
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
    if probe is not None:
        await probe(f'{name}connected')
    start, busy = time.monotonic(), server_cpu_seconds(server_pid)
    start_work.set()
    await asyncio.gather(*tasks)
    work_seconds = time.monotonic() - start
    stats.busy += server_cpu_seconds(server_pid) - busy
    stats.worked += work_seconds
    await asyncio.sleep(10)   # NiceGUI deletes a disconnected client after reconnect_timeout (3 s); the memory goes back 2 s later
    after = rss_mib(server_pid)
    if probe is not None:
        await probe(f'{name}after')
    return {'with_all': with_all, 'after': after, 'seconds': work_seconds}


async def drive(base: str, users: int, operations: int, server_pid: int, rounds: int = 2,
                probe: Callable[[str], Awaitable[None]] | None = None) -> dict:
    """Two rounds of the same work: memory that stays after the first round and does not grow
    in the second is the allocator keeping what it once needed, not a leak per session."""
    stats = Stats()
    # warm-up: one user logs in and leaves, so the idle RSS includes what the first page loads
    warm_ready, warm_go = asyncio.Event(), asyncio.Event()
    warm_go.set()
    await user_session(base, users, 0, Stats(), warm_ready, warm_go, [])
    alone = Stats()   # (d): the same work by one editor alone, the figure the crowd is held against
    await one_round(base, 1, SINGLE_EDITOR_ROUNDS * operations, alone, server_pid)
    idle = rss_mib(server_pid)
    if probe is not None:
        await probe('idle')
    done = [await one_round(base, users, operations, stats, server_pid, probe, f'round{i + 1}_')
            for i in range(rounds)]
    return {'stats': stats, 'alone': alone, 'idle': idle, 'with_all': done[0]['with_all'], 'after': done[0]['after'],
            'after_last': done[-1]['after'], 'rounds': rounds, 'seconds': sum(r['seconds'] for r in done)}


def server_cpu_seconds(pid: int) -> float:
    """CPU time the server process has used so far (user + system, /proc/<pid>/stat)."""
    fields = Path(f'/proc/{pid}/stat').read_text().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def _ratio(crowd: list[float], alone: list[float]) -> float | None:
    """p95 of the crowd's latencies against the lone editor's; None when either has none."""
    return p(crowd, .95) / p(alone, .95) if crowd and alone and p(alone, .95) > 0 else None


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
            stop_server(server)
        final = asyncio.run(counters(data_dir, list(hot)))
    stats: Stats = result['stats']
    alone: Stats = result['alone']
    lost = sum(abs(final[row_id] - (hot[row_id] + stats.saved.get(row_id, 0) + alone.saved.get(row_id, 0)))
               for row_id in hot)
    saved = sum(stats.saved.values())
    report.add(Figure(f'{users} users: save latency p95 vs one editor alone', _ratio(stats.save, alone.save), 2,
                      detail=f'p95 {p(stats.save, .95):.2f} s vs {p(alone.save, .95):.2f} s; p50 '
                             f'{p(stats.save, .5):.2f} s vs {p(alone.save, .5):.2f} s; {len(stats.save)} saves: {saved} '
                             f'saved, {stats.refused} refused as conflicts, {len(stats.other)} other; alone: '
                             f'{len(alone.save)} saves'))
    report.add(Figure(f'{users} users: page change latency p95 vs one editor alone', _ratio(stats.page, alone.page), 2,
                      detail=f'p95 {p(stats.page, .95):.2f} s vs {p(alone.page, .95):.2f} s; p50 '
                             f'{p(stats.page, .5):.2f} s vs {p(alone.page, .5):.2f} s; {len(stats.page)} page changes; '
                             f'search p50 {p(stats.search, .5):.2f} s, p95 {p(stats.search, .95):.2f} s; '
                             f'login p50 {p(stats.login, .5):.2f} s, {stats.reloads} grid pages answered 500 '
                             f'(build > response_timeout) and were reloaded, {len(stats.login_retries)} logins retried; '
                             f'timeouts (no answer in {TIMEOUT:.0f} s): {stats.timeouts or "none"}; '
                             f'workload {result["seconds"]:.0f} s, the server busy {stats.busy / stats.worked:.0%} of it '
                             f'(alone: {alone.busy / alone.worked:.0%})'))
    report.add(Figure(f'{users} users: lost updates', lost, 0, unit=' rows',
                      detail=f'counters {final} vs start + saved'))
    per_client = (result['with_all'] - result['idle']) / users
    report.add(Figure(f'{users} users: server RSS per connected client', per_client, 5, unit=' MiB',
                      detail=f'idle {result["idle"]:.0f} MiB, {users} connected {result["with_all"]:.0f} MiB'))
    report.add(Figure(f'{users} users: server RSS after all disconnected, above idle', result['after'] - result['idle'],
                      5, unit=' MiB', detail=f'{result["after"]:.0f} MiB (idle before: {result["idle"]:.0f} MiB)'))
    report.add(Figure(f'{users} users: server RSS growth from round 1 to round {result["rounds"]} (leak per round)',
                      result['after_last'] - result['after'], 5, unit=' MiB',
                      detail=f'after round 1: {result["after"]:.0f} MiB, after round {result["rounds"]}: '
                             f'{result["after_last"]:.0f} MiB; every user logged in, worked and left each round'))
    if stats.other:
        print('  other save answers:', stats.other[:5])
    for line in stats.login_retries[:5]:
        print('  login retried:', line)
