"""Benchmark (a′): what a person waits for in the grid, in headless Chromium.

`python main.py` runs on a copy of the benchmark database with n surat masuk (bench/datagen.py)
and one Kepala Subbag Umum account; Chromium logs in and opens the Surat Masuk grid. For three
actions (the next page, a click on the No. Agenda header that sorts, a search word put into the
search box as one input event) the clock runs in the page, from the click or the input (a
capture-phase listener notes performance.now()) until the first row's cells show other text (a
MutationObserver on the grid's rows), once the page has settled after the previous action. The search box waits 400 ms after the last keystroke before
it asks the server (its debounce, chosen so that typing is not a query a letter); that wait is
taken off the search's figure.

Beside each, in the same run and alternated with it:
- the bare render: a tiny NiceGUI app (its own process) whose only `ui.aggrid` is given the same
  25 rows of the page by `setGridOption('rowData', …)` on a button's click, timed the same way in
  its own Chromium (so neither is a background tab);
- the server: `core.listing.fetch_page` of the same query shape, called in this process on the
  same database file (wall time).

Targets: each action ≤ 2× (server + bare render), and the largest size ≤ 1.5× the 10k figure.
Medians of `repeat` rounds; the load average is printed with each size.
With `--profile` (`python -m bench --only browser --quick --profile`) each action is also broken into
its steps, browser and servers on one clock (bench/browser_profile.py; bench/profiles/browser-10k.txt).
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench.common import ROOT, Figure, Report, ms
from bench.datagen import database
from bench.grid import actor
from bench.startup import app_env, base_env, free_port, stop_server, wait_until_served
from demo.surat_masuk_rows import SEARCH_WORD

USERNAME, PASSWORD = 'bench-grid', 'bench-rahasia-123'
ROLE = 'Kepala Subbag Umum dan Kepegawaian'
DEBOUNCE = 0.4   # the search box's debounce (pages/table_view.py: debounce=400)
SEARCH_WORDS = (SEARCH_WORD, 'bappeda')   # typed in turn, the box emptied after each
ACTIONS = ('next page', 'sort', 'search')
TIMEOUT_MS = 60_000

# The bare side: one ui.aggrid given rows by setGridOption, nothing else.
BARE = '''
import json, sys
from nicegui import ui

PAGES = json.loads(open(sys.argv[1]).read())

@ui.page('/')
def index():
    state = {'shown': 0}
    fields = [k for k in PAGES[0][0] if k not in ('id', 'version') and not k.startswith('_')]
    grid = ui.aggrid({'columnDefs': [{'field': f} for f in fields], 'rowData': PAGES[0],
                      ':getRowId': '(params) => String(params.data.id)'}, auto_size_columns=False) \\
        .classes('w-full').style('height: 60vh')

    def swap():
        state['shown'] = (state['shown'] + 1) % len(PAGES)
        grid.run_grid_method('setGridOption', 'rowData', PAGES[state['shown']])
    ui.button('Ganti', on_click=swap)

ui.run(host='127.0.0.1', port=int(sys.argv[2]), reload=False, show=False, show_welcome_message=False)
'''

# Noted at the start of every click and keystroke, before the page's own listeners.
START_CLOCK_JS = """
if (!window.benchClock) {
  window.benchClock = true;
  for (const type of ['click', 'input'])
    document.addEventListener(type, () => { window.benchStart = performance.now(); }, true);
}"""

# The whole word as one keystroke would give it (one input event): typed letter by letter on a busy
# machine, a pause over the debounce would make two searches.
TYPE_JS = """
const [box, text] = arguments;
box.value = text;
box.dispatchEvent(new Event('input', {bubbles: true}));"""

# The text of the first displayed row (its pinned part and the rest).
FIRST_ROW_JS = """
window.benchFirstRow = () => [...document.querySelectorAll('.ag-row[row-index="0"]')]
    .map(r => r.textContent).join('|');"""

# Before the action: remember the first row, and watch for it to change.
ARM_JS = START_CLOCK_JS + FIRST_ROW_JS + """
if (window.benchObserver) window.benchObserver.disconnect();
const before = window.benchFirstRow();
window.benchDone = null;
window.benchStart = null;
const target = document.querySelector('.ag-body') || document.body;
const observer = new MutationObserver(() => {
  if (window.benchDone === null && window.benchStart !== null && window.benchFirstRow() !== before) {
    window.benchDone = performance.now();
    observer.disconnect();
  }
});
observer.observe(target, {childList: true, subtree: true, characterData: true});
window.benchObserver = observer;"""

# After the action: wait for the change; the milliseconds from the click or keystroke to it.
WAIT_JS = """
const done = arguments[arguments.length - 1];
const limit = performance.now() + arguments[0];
const check = () => {
  if (window.benchDone !== null) done(window.benchDone - window.benchStart);
  else if (performance.now() > limit) { window.benchObserver.disconnect(); done(null); }
  else setTimeout(check, 5);
};
check();"""


async def prepare(data_dir: Path, n: int) -> Path:
    """A copy of the n-row benchmark database with one account that may log in at once."""
    from tortoise.context import TortoiseContext

    from core.accounts import seed_accounts
    from core.database import tortoise_config
    from core.passwords import hash_password
    from core.seed import seed_reference
    from models.accounts import Role, User

    data_dir.mkdir(parents=True)
    path = data_dir / 'panel.sqlite3'
    shutil.copyfile(database(n), path)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{path}'))
        await seed_reference()
        await seed_accounts()
        await User.create(username=USERNAME, nama_lengkap='Pengguna Bench', role=await Role.get(nama=ROLE),
                          password_hash=await asyncio.to_thread(hash_password, PASSWORD), must_change_password=False)
    return path


async def server_times(path: Path, repeat: int) -> tuple[dict[str, float], list[list[dict]]]:
    """fetch_page's wall time per action (median), and two pages of rows for the bare side."""
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.listing import ListQuery, fetch_page
    from models.table import TABLES, check_tables

    check_tables()
    spec, who = TABLES['surat_masuk'], actor()
    queries = {'next page': [ListQuery(page=p) for p in (2, 3)],
               'sort': [ListQuery(sort=(('no_agenda', d),)) for d in (False, True)],
               'search': [ListQuery(search=word) for word in SEARCH_WORDS]}
    result = {}
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(f'sqlite://{path}'))
        pages = [(await fetch_page(spec, who, ListQuery(page=p))).rows for p in (1, 2)]
        for action, shapes in queries.items():
            await fetch_page(spec, who, shapes[0])
            times = []
            for i in range(repeat * 2):
                start = time.perf_counter()
                await fetch_page(spec, who, shapes[i % 2])
                times.append(time.perf_counter() - start)
            result[action] = statistics.median(times)
    return result, pages


def settle(driver) -> None:
    """Until the first row has stayed the same for a moment: nothing of the last action still to come."""
    last, deadline = None, time.monotonic() + 30
    while time.monotonic() < deadline:
        now = driver.execute_script(FIRST_ROW_JS + 'return window.benchFirstRow();')
        if now == last:
            return
        last = now
        time.sleep(0.25)


def timed(driver, action) -> float | None:
    """Seconds from the click or keystroke `action` makes to the first row changing (None: it did not)."""
    settle(driver)
    driver.execute_script(ARM_JS)
    action()
    elapsed = driver.execute_async_script(WAIT_JS, TIMEOUT_MS)
    return None if elapsed is None else elapsed / 1000


_plain_timed = timed


def visible(driver, selector: str):
    from tests.e2e.browser import wait_until
    return wait_until(lambda: next((e for e in driver.find_elements('css selector', selector) if e.is_displayed()),
                                   None), f'a visible {selector}', timeout=120)


class AppTab:
    """The grid page of the app in its own Chromium."""

    def __init__(self, driver, base: str) -> None:
        from tests.e2e.browser import log_in, wait_until
        self.driver = driver
        driver.set_script_timeout(TIMEOUT_MS / 1000 + 10)
        log_in(driver, base, USERNAME, PASSWORD, next_path='/tabel/surat_masuk')
        wait_until(lambda: driver.execute_script(FIRST_ROW_JS + 'return window.benchFirstRow();'),
                   'the grid\'s first rows', timeout=180)
        self.words = 0

    def next_page(self) -> float | None:
        button = visible(self.driver, 'button[aria-label="Halaman berikutnya"]')
        return timed(self.driver, button.click)

    def sort(self) -> float | None:
        header = visible(self.driver, '.ag-header-cell[col-id="no_agenda"] .ag-header-cell-text')
        return timed(self.driver, header.click)

    def search(self) -> float | None:
        box = visible(self.driver, 'input[placeholder^="Cari"]')
        word = SEARCH_WORDS[self.words % len(SEARCH_WORDS)]
        self.words += 1
        elapsed = timed(self.driver, lambda: self.driver.execute_script(TYPE_JS, box, word))
        timed(self.driver, lambda: self.driver.execute_script(TYPE_JS, box, ''))   # all rows again, untimed
        return None if elapsed is None else elapsed - DEBOUNCE


class BareTab:
    """The bare ui.aggrid page in its own Chromium."""

    def __init__(self, driver, base: str) -> None:
        from tests.e2e.browser import wait_until
        self.driver = driver
        driver.set_script_timeout(TIMEOUT_MS / 1000 + 10)
        driver.get(base)
        wait_until(lambda: driver.execute_script(FIRST_ROW_JS + 'return window.benchFirstRow();'),
                   'the bare grid\'s rows', timeout=60)

    def swap(self) -> float | None:
        button = visible(self.driver, 'button')
        return timed(self.driver, button.click)


def start(args: list[str], env: dict[str, str], url: str, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=open(log, 'wb'), stderr=subprocess.STDOUT)
    try:
        wait_until_served(url, process, timeout=300)
    except BaseException:
        stop_server(process)
        raise
    return process


def measure(n: int, repeat: int, profile: bool = False) -> dict[str, dict[str, float | None]]:
    """One size: app, bare and server medians per action (seconds; None when an action never showed rows).
    `profile`: the servers and pages also note the parts of each action (bench/browser_profile.py),
    printed after the size's figures."""
    global timed
    from tests.e2e.harness import new_chrome, quit_chrome

    with tempfile.TemporaryDirectory(prefix='bench-browser-') as tmp:
        tmp_path = Path(tmp)
        begin = time.perf_counter()
        path = asyncio.run(prepare(tmp_path / 'data', n))
        server, pages = asyncio.run(server_times(path, repeat))
        print(f'  {n:,} rows: data ready in {time.perf_counter() - begin:.1f} s; load average '
              f'{" ".join(f"{x:.2f}" for x in os.getloadavg())}', flush=True)
        (tmp_path / 'pages.json').write_text(json.dumps(pages, default=str))
        (tmp_path / 'bare.py').write_text(BARE)
        app_port, bare_port = free_port(), free_port()
        env = app_env(tmp_path / 'data', app_port)
        env['SESSION_IDLE_MINUTES'] = '120'
        profiler = None
        if profile:
            from bench.browser_profile import Profiler
            profiler = Profiler(tmp_path / 'app-profile.jsonl', tmp_path / 'bare-profile.jsonl')
            timed = profiler.wrap_timed(_plain_timed)
        app_args = profiler.command(profiler.app_log, 'main.py') if profiler else [sys.executable, 'main.py']
        bare_args = [str(tmp_path / 'bare.py'), str(tmp_path / 'pages.json'), str(bare_port)]
        bare_args = profiler.command(profiler.bare_log, *bare_args) if profiler else [sys.executable, *bare_args]
        app = start(app_args, env, f'http://127.0.0.1:{app_port}/login', tmp_path / 'app.log')
        bare = drivers = None
        try:
            bare = start(bare_args, base_env(), f'http://127.0.0.1:{bare_port}/', tmp_path / 'bare.log')
            drivers = [new_chrome(), new_chrome()]
            app_tab = AppTab(drivers[0], f'http://127.0.0.1:{app_port}')
            bare_tab = BareTab(drivers[1], f'http://127.0.0.1:{bare_port}/')
            steps = {'next page': app_tab.next_page, 'sort': app_tab.sort, 'search': app_tab.search}
            for step in steps.values():   # warm-up: every path once
                step()
                bare_tab.swap()
            app_times: dict[str, list] = {a: [] for a in ACTIONS}
            bare_times: list = []
            swap = bare_tab.swap
            if profiler:
                steps = {action: profiler.step(action, step) for action, step in steps.items()}
                swap = profiler.step('bare', swap)
            for _ in range(repeat):
                for action, step in steps.items():   # alternated: the app's action, then the bare render
                    app_times[action].append(step())
                    bare_times.append(swap())
            if profiler:
                timed = _plain_timed
                print(f'  profile, load average {" ".join(f"{x:.2f}" for x in os.getloadavg())}:\n'
                      + profiler.report(n), flush=True)
                print(profiler.cpu({**steps, 'bare': swap}, {**{a: drivers[0] for a in steps}, 'bare': drivers[1]},
                                   rounds=max(3, repeat // 2)), flush=True)
        finally:
            timed = _plain_timed
            for driver in drivers or ():
                quit_chrome(driver)
            if bare is not None:
                stop_server(bare)
            stop_server(app)
    bare_median = median(bare_times)
    return {action: {'app': median(app_times[action]), 'bare': bare_median, 'server': server[action]}
            for action in ACTIONS}


def median(values: list) -> float | None:
    """The median, or None when any run showed no rows in time (a failed figure, not a crash)."""
    return None if not values or any(v is None for v in values) else statistics.median(values)


def run(report: Report, sizes: list[int], repeat: int, profile: bool = False) -> None:
    print(f'\n[a′] Grid in headless Chromium: click or keystroke to the new rows shown, vs server + bare '
          f'ui.aggrid render; {repeat} rounds alternated, medians')
    results: dict[int, dict] = {}
    for n in sizes:
        try:
            results[n] = measure(n, repeat, profile)
        except Exception as error:   # a slow page or a browser that would not start: reported, not a crash
            where = traceback.extract_tb(error.__traceback__)[-1]
            print(f'  {n:,} rows: not measured: {type(error).__name__}: {str(error)[:300]} '
                  f'({Path(where.filename).name}:{where.lineno})', flush=True)
            continue
        load = ' '.join(f'{x:.2f}' for x in os.getloadavg())
        for action, figures in results[n].items():
            app, bare, server = figures['app'], figures['bare'], figures['server']
            value = app / (server + bare) if app is not None and bare is not None else None
            report.add(Figure(f'browser {n:,} rows, {action}: shown vs server + bare render', value, 2,
                              detail=f'wall: app {fmt(app)}, server fetch_page {ms(server)}, bare ui.aggrid '
                                     f'{fmt(bare)}; load {load}'))
    measured = sorted(results)
    if len(measured) > 1:
        small, big = measured[0], measured[-1]
        for action in ACTIONS:
            a, b = results[small][action]['app'], results[big][action]['app']
            report.add(Figure(f'browser {action}, {big:,} / {small:,} rows', b / a if a and b else None, 1.5,
                              detail=f'wall {fmt(b)} vs {fmt(a)}'))


def fmt(seconds: float | None) -> str:
    return 'no rows in time' if seconds is None else ms(seconds)
