"""`python -m bench --only browser --profile`: where the time of benchmark 1′ goes, action by action.

Both servers (the app's `main.py` and the bare `ui.aggrid` script) are started through this module
(`python -m bench.browser_profile LOG SCRIPT ARGS…`), which notes in LOG, with the wall clock
(time.time(), the same clock as the browser's performance.timeOrigin + performance.now() on this
machine), when a socket event reaches NiceGUI (Client.handle_event), when its handler task starts and
ends, and when the outbox sends each message (and how big it is); in the app also the parts of
TableView.refresh: reloading the actor (fresh_actor), fetch_page, show (the grid's API calls queued),
the labels under the grid. Nothing of the application is changed: the wrappers are put around its
functions in the benchmark's server process only, just before ui.run.

In each Chromium, JavaScript put into the page notes when NiceGUI's socket sends the event, when each
message is taken by the page (socket.onAny, before NiceGUI's own handler), when Vue has rendered and
patched what an 'update' message (the labels under the grid) changed and how many elements' vnodes
NiceGUI built again for it (renderRecursively), and when each run_javascript (the grid's API calls)
is called; the benchmark's own clock gives the click and the first row changed. Medians per action
of the measured rounds (the warm-up is left out), and the median round step by step.

Then a few more rounds of each action under Chromium's sampling profiler (CDP Profiler.start/stop
around the action; the samples between two marks, functions of known names run at the click and at
the first row changed), summed by script and function: what keeps the page's main thread busy.
"""
from __future__ import annotations

import json
import os
import re
import runpy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

DEBOUNCE = 0.4   # as bench/browser_grid.py: the search box's wait, taken off the search's figures

# ---- the server side (runs inside the benchmark's server processes) -----------------------------


def _log_writer(path: str):
    out = open(path, 'a', buffering=1)

    def note(kind: str, **fields: Any) -> None:
        fields.update(k=kind, t=time.time())
        out.write(json.dumps(fields, default=str) + '\n')
    return note


def _install(note) -> None:
    """Wrappers around NiceGUI's event entry and outbox, and, in the app, TableView's steps."""
    import functools

    from nicegui import background_tasks, client as client_module, outbox as outbox_module

    real_handle_event = client_module.Client.handle_event

    def handle_event(self, msg: dict) -> None:
        note('event_in', listener=str(msg.get('listener_id'))[:8])
        real_handle_event(self, msg)
        note('event_sync_done')
    client_module.Client.handle_event = handle_event

    real_create = background_tasks.create_or_defer

    def create_or_defer(coroutine, *, name: str, **kwargs):
        if name.startswith('<') or 'function' in name or 'method' in name or 'lambda' in name:
            async def timed_handler():
                found = re.match(r'<(?:bound method|function) ([\w.<>]+)', name)
                note('handler_start', name=found.group(1) if found else name[:60])
                try:
                    return await coroutine
                finally:
                    note('handler_end')
            return real_create(timed_handler(), name=name, **kwargs)
        return real_create(coroutine, name=name, **kwargs)
    background_tasks.create_or_defer = create_or_defer   # nicegui.events calls it through the module

    real_emit = outbox_module.Outbox._emit

    async def emit(self, message) -> None:
        _, message_type, data = message
        start = time.time()
        await real_emit(self, message)
        what = message_type
        if message_type == 'run_javascript':
            found = re.search(r'"run_grid_method", \["(\w+)"(?:, "(\w+)")?', data.get('code', '')[:200])
            what = 'js ' + (' '.join(g for g in found.groups() if g) if found else data.get('code', '')[:40])
        elif message_type == 'update':
            what = 'update ' + ','.join(sorted(str(k) for k in data if k != '_id'))
        note('emit', what=what, start=start, size=len(json.dumps(data, default=str)))
    outbox_module.Outbox._emit = emit

    if 'pages.table_view' not in sys.modules:
        return
    from pages import table_view

    def timed_async(owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        @functools.wraps(real)
        async def wrapper(*args, **kwargs):
            start = time.time()
            try:
                return await real(*args, **kwargs)
            finally:
                note(label, start=start)
        setattr(owner, name, wrapper)

    def timed_sync(owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        @functools.wraps(real)
        def wrapper(*args, **kwargs):
            start = time.time()
            try:
                return real(*args, **kwargs)
            finally:
                note(label, start=start)
        setattr(owner, name, wrapper)

    view = table_view.TableView
    timed_async(view, 'apply', 'apply')
    timed_async(view, 'refresh', 'refresh')
    timed_async(view, 'fresh_actor', 'fresh_actor')
    timed_async(table_view, 'fetch_page', 'fetch_page')
    timed_sync(view, 'show', 'show')
    timed_sync(view, 'column_defs', 'column_defs')
    timed_sync(view, 'grid_state', 'grid_state')


def serve(argv: list[str]) -> None:
    """LOG SCRIPT ARGS…: run SCRIPT as __main__ with the wrappers put in just before ui.run."""
    log, script, *rest = argv
    note = _log_writer(log)
    if Path(script).name == 'main.py':   # as main.py does before importing nicegui
        from core.config import load_settings
        os.environ.setdefault('NICEGUI_STORAGE_PATH', str(load_settings().data_dir / 'nicegui'))
    from nicegui import ui

    real_run = ui.run

    def run(*args, **kwargs):
        _install(note)
        return real_run(*args, **kwargs)
    ui.run = run
    sys.argv = [script, *rest]
    runpy.run_path(script, run_name='__main__')


# ---- the browser side ---------------------------------------------------------------------------

# Put into each page once it shows its grid. Epoch milliseconds, as the server's log.
BROWSER_JS = """
if (!window.benchProfile) {
  window.benchProfile = [];
  const now = () => performance.timeOrigin + performance.now();
  const note = (k, extra) => window.benchProfile.push(Object.assign({k, t: now()}, extra || {}));
  // In the CPU-profiled rounds: half a millisecond spent in functions of known names at the click
  // and when the benchmark's observer sees the first row change, to find the window in the samples.
  window.benchMarkStart = function benchMarkStart() { const end = performance.now() + 0.6; while (performance.now() < end); };
  window.benchMarkDone = function benchMarkDone() { const end = performance.now() + 0.6; while (performance.now() < end); };
  for (const type of ['click', 'input'])
    document.addEventListener(type, () => { note('user_' + type); if (window.benchCpuMarks) window.benchMarkStart(); }, true);
  let benchDone = null;
  Object.defineProperty(window, 'benchDone', {configurable: true, get: () => benchDone,
    set: (v) => { benchDone = v; if (v !== null && window.benchCpuMarks) window.benchMarkDone(); }});
  const socket = window.socket;
  const realEmit = socket.emit;
  socket.emit = function (name, ...args) {
    if (name === 'event') note('emit_event');
    return realEmit.call(this, name, ...args);
  };
  socket.onAny((name, msg) => {
    let what = name;
    if (name === 'run_javascript') {
      const m = /"run_grid_method", \\["(\\w+)"(?:, "(\\w+)")?/.exec(msg.code.slice(0, 200));
      what = 'js ' + (m ? [m[1], m[2]].filter(Boolean).join(' ') : msg.code.slice(0, 40));
    }
    note('recv', {what});
  });
  // after NiceGUI's own listener has put the update's elements in (its handler then awaits Vue's
  // next tick): noted when Vue has rendered and patched what they changed
  socket.on('update', () => {
    window.benchRendered = 0;
    window.benchTags = {};
    Vue.nextTick(() => note('vue_flushed', {rendered: window.benchRendered,
                                           elements: Object.keys(mounted_app.elements).length,
                                           what: Object.entries(window.benchTags).sort((a, b) => b[1] - a[1])
                                                 .map(([tag, n]) => `${tag}×${n}`).join(' ')}));
  });
  // NiceGUI builds each element's vnode in renderRecursively (it calls itself by its global name)
  const realRender = window.renderRecursively;
  window.benchRendered = 0;
  window.benchTags = {};
  window.renderRecursively = function (elements, id, ...rest) {
    window.benchRendered++;
    const tag = elements[id] && elements[id].tag;
    if (tag) window.benchTags[tag] = (window.benchTags[tag] || 0) + 1;
    return realRender(elements, id, ...rest);
  };
  const realRun = window.runJavascript;
  window.runJavascript = function (code, requestId) {
    const m = /"run_grid_method", \\["(\\w+)"(?:, "(\\w+)")?/.exec(code.slice(0, 200));
    const what = 'js ' + (m ? [m[1], m[2]].filter(Boolean).join(' ') : code.slice(0, 40));
    const start = now();
    try { return realRun(code, requestId); } finally { note('js_run', {what, start}); }
  };
}"""

# The benchmark's clock of the last timed action, as epoch milliseconds, and the page's notes.
COLLECT_JS = """
const notes = window.benchProfile.splice(0);
return {start: performance.timeOrigin + window.benchStart, done: window.benchDone === null ? null :
        performance.timeOrigin + window.benchDone, notes};"""


class Profiler:
    """Collects the browser's and the servers' notes per timed action and breaks them down."""

    def __init__(self, app_log: Path, bare_log: Path) -> None:
        self.app_log, self.bare_log = app_log, bare_log
        self.label: str | None = None      # the action now being timed (None: warm-up, not kept)
        self.first = False                 # only the first timed() of a step is the action
        self.records: list[dict] = []
        self.cpu_seen = False

    def command(self, log: Path, script: str, *args: str) -> list[str]:
        return [sys.executable, '-m', 'bench.browser_profile', str(log), script, *args]

    @staticmethod
    def inject(driver) -> None:
        driver.execute_script(BROWSER_JS)

    def step(self, label: str, step):
        def run():
            self.label, self.first = label, True
            try:
                return step()
            finally:
                self.label = None
        return run

    def wrap_timed(self, timed):
        def profiled(driver, action):
            self.inject(driver)
            driver.execute_script('window.benchProfile && window.benchProfile.splice(0);')
            elapsed = timed(driver, action)
            got = driver.execute_script(COLLECT_JS)
            if self.label is not None and self.first and elapsed is not None:
                self.records.append({'label': self.label, 'elapsed': elapsed, **got})
            self.first = False
            return elapsed
        return profiled

    def report(self, n: int) -> str:
        server = {'app': _read(self.app_log), 'bare': _read(self.bare_log)}
        rows: dict[str, dict[str, list[float]]] = {}
        messages: dict[str, dict[str, list[float]]] = {}
        for record in self.records:
            side = 'bare' if record['label'] == 'bare' else 'app'
            parts, sent = breakdown(record, server[side])
            for name, value in parts.items():
                rows.setdefault(record['label'], {}).setdefault(name, []).append(value)
            for what, size in sent:
                messages.setdefault(record['label'], {}).setdefault(what, []).append(size)
        labels = [label for label in ('next page', 'sort', 'search', 'bare') if label in rows]
        names = sorted(dict.fromkeys(name for label in labels for name in rows[label]), key=lambda k: (k[0] != 'T', k))
        width = max(len(name) for name in names) + 1
        lines = [f'{n:,} rows: medians, ms (rounds: ' + ', '.join(f'{label} {len(self.of(label))}' for label in labels) + ')',
                 f'  {"part":<{width}}' + ''.join(f'{label:>11}' for label in labels)]
        for name in names:
            cells = []
            for label in labels:
                values = rows[label].get(name)
                if name.startswith('(rounds without'):
                    cells.append(f'{len(values):11d}')
                else:
                    cells.append(f'{statistics.median(values):11.1f}' if values else f'{"–":>11}')
            lines.append(f'  {name:<{width}}' + ''.join(cells))
        lines.append('  messages sent per action (type: median bytes):')
        for label in labels:
            lines.append(f'    {label}: ' + '; '.join(f'{what} {statistics.median(sizes):,.0f} B ×{len(sizes) / len(self.of(label)):.0f}'
                                                  for what, sizes in messages.get(label, {}).items()))
        for label in labels:   # the round of the median total, step by step
            rounds = sorted(self.of(label), key=lambda r: r['elapsed'])
            lines.append(f'  timeline of the median {label} round (ms from the click or keystroke):')
            lines.extend('    ' + line for line in timeline(rounds[len(rounds) // 2], server['bare' if label == 'bare' else 'app']))
        return '\n'.join(lines)

    def cpu(self, steps: dict[str, Any], drivers: dict[str, Any], rounds: int) -> str:
        """After the timed rounds: `rounds` more of each action with Chromium's sampling profiler on
        (CDP Profiler, 100 us) from just before the click to the first row changed; its samples'
        self time summed by script and by function (the profiler slows the page: these rounds
        are not the benchmark's figures)."""
        import bench.browser_grid as browser_grid
        lines = [f'Chromium CPU profile (CDP Profiler, 100 us samples), {rounds} more rounds an action, '
                 'click to first row changed; self time, ms per action:']
        for label, step in steps.items():
            driver = drivers[label]
            driver.execute_cdp_cmd('Profiler.enable', {})
            driver.execute_cdp_cmd('Profiler.setSamplingInterval', {'interval': 100})
            driver.execute_script('window.benchCpuMarks = true;')
            by_script: dict[str, float] = {}
            by_function: dict[str, float] = {}
            plain = browser_grid.timed

            def profiled_timed(driver_, action, plain=plain):
                def started():
                    driver_.execute_cdp_cmd('Profiler.start', {})
                    action()
                first = not self.cpu_seen
                self.cpu_seen = True
                if not first:   # the search's second (untimed) action: no profile
                    return plain(driver_, action)
                try:
                    return plain(driver_, started)
                finally:
                    profile = driver_.execute_cdp_cmd('Profiler.stop', {})['profile']
                    for key, value in self_times(profile).items():
                        script, function = key
                        by_script[script] = by_script.get(script, 0) + value / rounds
                        by_function[f'{function} ({script})'] = by_function.get(f'{function} ({script})', 0) + value / rounds
            browser_grid.timed = profiled_timed
            try:
                for _ in range(rounds):
                    self.cpu_seen = False
                    step()
            except Exception as error:   # a profile that failed: said, and the next action profiled
                import traceback
                where = traceback.extract_tb(error.__traceback__)[-1]
                lines.append(f'  {label}: not profiled: {type(error).__name__}: {str(error)[:200]} '
                             f'({Path(where.filename).name}:{where.lineno})')
                continue
            finally:
                browser_grid.timed = plain
                driver.execute_cdp_cmd('Profiler.disable', {})
                driver.execute_script('window.benchCpuMarks = false;')
            busy = sum(v for k, v in by_script.items() if k != '(idle)')
            lines.append(f'  {label}: busy {busy:.1f} ms (idle {by_script.get("(idle)", 0):.1f} ms); by script: '
                         + ', '.join(f'{k} {v:.1f}' for k, v in sorted(by_script.items(), key=lambda kv: -kv[1])
                                     if k != '(idle)' and v >= 0.3))
            for name, value in sorted(by_function.items(), key=lambda kv: -kv[1])[:12]:
                if not name.startswith('(idle)'):
                    lines.append(f'      {value:6.1f}  {name}')
        return '\n'.join(lines)

    def of(self, label: str) -> list[dict]:
        return [r for r in self.records if r['label'] == label]


def self_times(profile: dict) -> dict[tuple[str, str], float]:
    """Milliseconds of self time per (script, function) in a CDP CPU profile."""
    nodes = {node['id']: node for node in profile['nodes']}
    samples = list(zip(profile['samples'], profile['timeDeltas'][1:] + [0]))
    parent = {child: node['id'] for node in profile['nodes'] for child in node.get('children', ())}

    def mark(node_id: int) -> str | None:
        for _ in range(4):   # the mark's function or one of its callees (performance.now)
            name = nodes[node_id]['callFrame']['functionName']
            if name in ('benchMarkStart', 'benchMarkDone'):
                return name
            if node_id not in parent:
                return None
            node_id = parent[node_id]
        return None
    marks = [(i, mark(sample)) for i, (sample, _) in enumerate(samples)]
    starts = [i for i, name in marks if name == 'benchMarkStart']
    dones = [i for i, name in marks if name == 'benchMarkDone']
    if not (starts and dones and dones[-1] > starts[0]):
        return {('(no marks found)', '(no marks found)'): 0.0}
    begin = max(i for i in starts if i < dones[-1])   # the last click mark before the row's mark
    samples = [s for i, s in enumerate(samples[begin:dones[-1]], start=begin) if marks[i][1] is None]
    totals: dict[tuple[str, str], float] = {}
    for sample, delta in samples:
        frame = nodes[sample]['callFrame']
        url = frame.get('url') or ''
        script = url.rsplit('/', 1)[-1].split('?')[0] or (frame['functionName'] if frame['functionName'].startswith('(') else '(anonymous script)')
        function = frame['functionName'] or '(anonymous)'
        if url:
            function += f':{frame.get("lineNumber", 0) + 1}'
        totals[(script, function)] = totals.get((script, function), 0) + delta / 1000
    return totals


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def timeline(record: dict, server_notes: list[dict]) -> list[str]:
    start, done = record['start'], (record['done'] or record['start'])
    items = []
    for n in record['notes']:
        if n['k'] in ('user_click', 'user_input'):
            continue
        what = n.get('what', '')
        if 'start' in n:
            items.append((n['start'] - start, n['t'] - start, f'browser {n["k"]} {what}'))
        else:
            items.append((n['t'] - start, None, f'browser {n["k"]} {what}'))
    for n in server_notes:
        t = n['t'] * 1000
        if start - 5 <= t <= done + 5:
            extra = n.get('what') or n.get('name') or ''
            if 'start' in n:
                items.append((n['start'] * 1000 - start, t - start, f'server {n["k"]} {extra}'))
            else:
                items.append((t - start, None, f'server {n["k"]} {extra}'))
    items.append((done - start, None, 'browser first row changed (benchmark clock)'))
    items.sort(key=lambda i: i[0])
    return [f'{a:8.1f}' + (f' → {b:7.1f} ({b - a:5.1f})' if b is not None else ' ' * 18) + f'  {text}'
            for a, b, text in items if a <= done - start + 0.5]


def breakdown(record: dict, server_notes: list[dict]) -> tuple[dict[str, float], list[tuple[str, int]]]:
    """One action's parts, in ms, from the browser's notes and the server's within its window: the
    steps one after the other (they add up to the total), then some of them in detail."""
    search = record['label'] == 'search'
    start, done = record['start'] / 1000, (record['done'] or record['start']) / 1000
    notes = [dict(n, t=n['t'] / 1000, start=n.get('start', n['t']) / 1000) for n in record['notes']
             if n['t'] / 1000 <= done + 0.0005]
    window = [n for n in server_notes if start - 0.005 <= n['t'] <= done + 0.005]
    first = lambda items, kind: next((i for i in items if i['k'] == kind), None)   # noqa: E731
    ms = lambda a, b: (b - a) * 1000   # noqa: E731
    out: dict[str, float] = {}
    emitted = [n for n in notes if n['k'] == 'emit_event']
    event_in = first(window, 'event_in')
    handler_start = first(window, 'handler_start') or event_in                 # the bare's handler is not a task
    handler_end = first(window, 'handler_end') or first(window, 'event_sync_done')
    emits = [n for n in window if n['k'] == 'emit']
    received = [n for n in notes if n['k'] == 'recv']
    rows_in = [n for n in received if n['what'] == 'js setGridOption']
    runs = [n for n in notes if n['k'] == 'js_run' and n['what'] == 'js setGridOption' and n['start'] <= done]
    clicked = start + (DEBOUNCE if search else 0)
    out['TOTAL click/keystroke to first row changed'] = ms(clicked, done)
    needed = {'event sent': emitted, 'event_in': event_in, 'handler': handler_start and handler_end,
              'messages sent': [n for n in emits if n['what'] == 'js setGridOption'], 'rows taken': rows_in,
              'rows run': runs}
    missing = [name for name, value in needed.items() if not value]
    if missing:   # counted, and left out of the parts' medians
        out[f'(rounds without: {", ".join(missing)})'] = 1.0
        return out, []
    rows_in, rows_run = rows_in[-1], runs[-1]   # the rows come last (a sort sends its columns first)
    out['1 browser: click to socket event sent'] = ms(clicked, emitted[-1]['t'])
    out['2 socket in: sent to NiceGUI handle_event'] = ms(emitted[-1]['t'], event_in['t'])
    out['3 server: handle_event to handler task start'] = ms(event_in['t'], handler_start['t'])
    out['4 server: handler'] = ms(handler_start['t'], handler_end['t'])
    rows_sent = [n for n in emits if n['what'] == 'js setGridOption'][-1]
    out['5 server: handler end to the rows\' message sent'] = ms(handler_end['t'], rows_sent['t'])
    out['6 rows\' message sent to taken by the page (socket.onAny)'] = ms(rows_sent['t'], rows_in['t'])
    # NiceGUI's runJavascript first evals the code as it is, which fails on its `return`; the
    # same code then runs as an async function a microtask later: the grid's work is not inside
    # the noted call, so 7 runs from the message to the first row changed
    out['7 browser: rows\' message taken to first row changed (setGridOption, AG Grid render)'] = ms(rows_in['t'], done)
    for kind, label in (('fresh_actor', '4a of 4: fresh_actor (reload user + rights)'),
                        ('fetch_page', '4b of 4: fetch_page'),
                        ('show', '4c of 4: show (grid API calls queued)')):
        found = [n for n in window if n['k'] == kind]
        if found:
            out[label] = sum(ms(n['start'], n['t']) for n in found)
    if first(window, 'refresh'):
        out['4d of 4: the rest (apply, labels, task)'] = out['4 server: handler'] - sum(
            out.get(k, 0) for k in ('4a of 4: fresh_actor (reload user + rights)', '4b of 4: fetch_page',
                                    '4c of 4: show (grid API calls queued)'))
    out['5a of 5: outbox, first message\'s start to the rows\' sent'] = ms(emits[0]['start'], rows_sent['t'])
    out['6a of 6: first message sent to received'] = ms(emits[0]['t'], received[0]['t'])
    update = next((n for n in received if n['what'] == 'update'), None)
    flushed = first(notes, 'vue_flushed')
    if update and flushed:
        out['6b of 6: labels\' update received to Vue re-rendered'] = ms(update['t'], flushed['t'])
        out['6b: elements whose vnode was built again (count)'] = flushed['rendered']
        out['6b: elements on the page (count)'] = flushed['elements']
        out['6c of 6: Vue re-rendered to rows\' message taken'] = ms(flushed['t'], rows_in['t'])
    columns = [n for n in notes if n['k'] == 'js_run' and n['what'] == 'js setGridOption' and n is not rows_run]
    if columns:
        out['6d of 6: columnDefs message taken to rows\' message taken (sort)'] = ms(columns[0]['start'], rows_in['t'])
    sent = [(n['what'], n['size']) for n in emits]
    return out, sent


if __name__ == '__main__':
    serve(sys.argv[1:])
