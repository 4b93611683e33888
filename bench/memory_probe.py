"""Bench only: `python -m bench.memory_probe` serves the app as `python main.py` does, plus memory
dumps on request, for bench/memory_profile.py. Nothing here is imported by the app.

The benchmark writes a label into $BENCH_MEMORY_DIR/request and sends SIGUSR1; the server (on its
event loop, between two callbacks) writes $BENCH_MEMORY_DIR/<label>.json (RSS, /proc/self/smaps by
kind of mapping, glibc's malloc statistics per arena, pymalloc's statistics, SQLite's own memory
counter, object counts by type, the app's caches) and then <label>.done. With BENCH_TRACEMALLOC=<frames>
the first dump also starts tracemalloc, and every later one writes a tracemalloc snapshot
(<label>.tracemalloc): what was allocated since that first dump and is still alive.
"""
from __future__ import annotations

import asyncio
import collections
import ctypes
import gc
import json
import os
import re
import signal
import sys
import threading
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get('BENCH_MEMORY_DIR', '.'))
TRACE_FRAMES = int(os.environ.get('BENCH_TRACEMALLOC') or 0)   # frames kept per traced allocation; 0: no tracing


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ('arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks', 'fsmblks', 'uordblks', 'fordblks',
                 'keepcost')]


def _libc():
    libc = ctypes.CDLL('libc.so.6')
    libc.mallinfo2.restype = MallInfo2
    libc.fopen.restype = ctypes.c_void_p
    libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    return libc


def status() -> dict[str, int]:
    """/proc/self/status sizes in KiB, and the thread count."""
    found = {}
    for line in Path('/proc/self/status').read_text().splitlines():
        key, _, value = line.partition(':')
        if key in ('VmRSS', 'RssAnon', 'RssFile', 'RssShmem', 'VmHWM', 'VmData'):
            found[key] = int(value.split()[0])
        elif key == 'Threads':
            found[key] = int(value)
    return found


def smaps() -> dict[str, int]:
    """Resident KiB by kind of mapping. glibc's thread arenas are 64 MiB reservations: a rw part
    followed by its PROT_NONE rest; a thread's stack is a rw mapping above a PROT_NONE guard page;
    [heap] is the main arena; other anonymous rw memory is pymalloc's arenas (1 MiB mmaps, merged by
    the kernel with their neighbours) and large malloc chunks (mmap'd above the threshold)."""
    maps = []
    current = None
    for line in Path('/proc/self/smaps').read_text().splitlines():
        head = re.match(r'^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$', line)
        if head:
            current = {'start': int(head[1], 16), 'end': int(head[2], 16), 'perms': head[3],
                       'path': head[4].strip(), 'rss': 0}
            maps.append(current)
        elif line.startswith('Rss:') and current is not None:
            current['rss'] = int(line.split()[1])
    kinds: dict[str, int] = collections.Counter()
    for i, m in enumerate(maps):
        size_kib = (m['end'] - m['start']) // 1024
        nxt = maps[i + 1] if i + 1 < len(maps) else None
        prev = maps[i - 1] if i else None
        if m['path'] == '[heap]':
            kind = 'glibc main arena ([heap])'
        elif m['path'] == '[stack]':
            kind = 'main thread stack'
        elif m['path'].startswith('['):
            kind = 'other ' + m['path']
        elif m['path']:
            name = os.path.basename(m['path'])
            kind = ('file: ' + ('python/lib-dynload+site .so' if '.cpython-' in name or '.abi3' in name else name)
                    if '.so' in name else 'file: other (' + name + ')')
        elif m['perms'].startswith('rw'):
            if nxt and not nxt['path'] and nxt['perms'].startswith('---') and nxt['start'] == m['end'] \
                    and (m['start'] % (64 << 20) == 0) and size_kib + (nxt['end'] - nxt['start']) // 1024 == 65536:
                kind = 'glibc thread arenas (64 MiB heaps)'
            elif prev and not prev['path'] and prev['perms'].startswith('---') and prev['end'] == m['start'] \
                    and (prev['end'] - prev['start']) // 1024 <= 64:
                kind = 'thread stacks'
            else:
                kind = 'anonymous rw (pymalloc arenas, large malloc chunks)'
        else:
            kind = 'anonymous ' + m['perms']
        kinds[kind] += m['rss']
    return dict(kinds)


def malloc_arenas(libc) -> list[dict[str, int]]:
    """glibc's malloc_info per arena: bytes obtained from the system and free in it."""
    path = OUT / 'malloc_info.xml'
    fp = libc.fopen(str(path).encode(), b'w')
    libc.malloc_info(0, fp)
    libc.fclose(fp)
    text = path.read_text()
    arenas = []
    for nr, body in re.findall(r'<heap nr="(\d+)">(.*?)</heap>', text, re.S):
        total_free = sum(int(x) for x in re.findall(r'<total type="(?:fast|rest)" count="\d+" size="(\d+)"/>', body))
        system = int(re.search(r'<system type="current" size="(\d+)"/>', body)[1])
        arenas.append({'nr': int(nr), 'system': system, 'free': total_free})
    tail = text.rsplit('</heap>', 1)[-1]
    mmap = re.search(r'<total type="mmap" count="(\d+)" size="(\d+)"/>', tail)
    arenas.append({'nr': -1, 'mmap_count': int(mmap[1]), 'mmap_bytes': int(mmap[2])})
    return arenas


def pymalloc() -> dict[str, object]:
    """sys._debugmallocstats (written by C to stderr): its summary lines."""
    path = OUT / 'debugmallocstats.txt'
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, 'w') as out:
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    text = path.read_text()
    figures = {}
    for line in text.splitlines():
        match = re.match(r'^# (.+?)\s+=\s+([\d,]+)\s*$', line) or re.match(r'^(.+?)\s+=\s+([\d,]+)\s*$', line)
        if match:
            figures[match[1].strip()] = int(match[2].replace(',', ''))
    unused = re.search(r'^(\d+) unused pools \* (\d+) bytes', text, re.M)
    figures['bytes in unused pools'] = int(unused[1]) * int(unused[2]) if unused else 0
    figures['text'] = text
    return figures


def sqlite_memory() -> dict[str, int]:
    """SQLite's own counters (the library the sqlite3 module is linked with): all its mallocs, of
    which the page caches are the most."""
    lib = ctypes.CDLL('libsqlite3.so.0')
    found = {}
    for name, op in (('memory_used', 0), ('pagecache_overflow', 2), ('malloc_count', 9)):
        cur, high = ctypes.c_int64(), ctypes.c_int64()
        if lib.sqlite3_status64(op, ctypes.byref(cur), ctypes.byref(high), 0) == 0:
            found[name] = cur.value
            found[name + '_highwater'] = high.value
    return found


def app_figures() -> dict[str, int]:
    """Sizes of what the app and its libraries keep between clients."""
    found: dict[str, int] = {}
    try:
        from nicegui import Client, app
        found['nicegui clients'] = len(Client.instances)
        found['nicegui user storages (app.storage._users)'] = len(app.storage._users)
        found['nicegui user storage json bytes'] = sum(len(json.dumps(dict(s), default=str))
                                                       for s in app.storage._users.values())
    except Exception as error:   # noqa: BLE001 - a figure missing is reported, not fatal
        found['nicegui error: ' + repr(error)[:80]] = 1
    try:
        from tortoise.backends.base.executor import EXECUTOR_CACHE
        found['tortoise EXECUTOR_CACHE'] = len(EXECUTOR_CACHE)
        from core.listing import driver
        found['listing compiled shapes'] = len(driver._compiled_texts)
        found['listing readers'] = len(driver._readers)
        found['listing kept counts'] = sum(len(k) for k in driver._kept_counts.values()) + \
            sum(len(r.kept) for r in driver._readers.values())
    except Exception as error:   # noqa: BLE001
        found['listing error: ' + repr(error)[:80]] = 1
    found['sys.modules'] = len(sys.modules)
    found['threads'] = threading.active_count()
    return found


_idle_ids = None   # array('Q') of the ids of the gc-tracked objects at the first dump, sorted (not pymalloc memory)


def new_survivors(objects: list) -> dict[str, object]:
    """The gc-tracked objects that were not there at the first dump (allocated since, still alive):
    counts and sizes by type, and what refers to them."""
    import bisect
    fresh = []
    for o in objects:
        i = id(o)
        k = bisect.bisect_left(_idle_ids, i)
        if k == len(_idle_ids) or _idle_ids[k] != i:
            fresh.append(o)
    by_type: dict[str, list[int]] = {}
    for o in fresh:
        entry = by_type.setdefault(f'{type(o).__module__}.{type(o).__qualname__}', [0, 0])
        entry[0] += 1
        entry[1] += sys.getsizeof(o)
    owners: dict[str, int] = collections.Counter()
    fresh_ids = {id(o) for o in fresh}
    for r in objects:   # one pass: who refers to a new survivor (gc.get_referrers would walk everything each time)
        if type(r).__name__ == 'frame':
            continue
        for o in gc.get_referents(r):
            if id(o) in fresh_ids:
                owners[f'{type(o).__qualname__} <- {type(r).__module__}.{type(r).__qualname__}'
                       f'{" (new)" if id(r) in fresh_ids else ""}'] += 1
    del fresh
    return {'count': sum(v[0] for v in by_type.values()), 'by_type': by_type,
            'owners': dict(owners.most_common(40))}


def dump(label: str) -> None:
    global _idle_ids
    libc = _libc()
    result: dict[str, object] = {'label': label, 'status_before_collect': status()}
    gc.collect()
    result['status'] = status()
    result['smaps'] = smaps()
    info = libc.mallinfo2()
    result['mallinfo2'] = {name: getattr(info, name) for name, _ in MallInfo2._fields_}
    result['malloc_arenas'] = malloc_arenas(libc)
    result['pymalloc'] = pymalloc()
    result['allocated_blocks'] = sys.getallocatedblocks()
    result['sqlite'] = sqlite_memory()
    result['app'] = app_figures()
    result['thread_names'] = sorted(t.name for t in threading.enumerate())
    objects = gc.get_objects()
    counts = collections.Counter(f'{type(o).__module__}.{type(o).__qualname__}' for o in objects)
    result['gc_types'] = dict(counts)
    if _idle_ids is None:
        import array
        _idle_ids = array.array('Q', sorted(id(o) for o in objects))
    elif label.endswith('after'):
        result['new_survivors'] = new_survivors(objects)
    del objects
    result['gc_objects'] = sum(counts.values())
    if TRACE_FRAMES:
        if not tracemalloc.is_tracing():
            tracemalloc.start(TRACE_FRAMES)
        else:
            tracemalloc.take_snapshot().dump(str(OUT / f'{label}.tracemalloc'))
            result['tracemalloc_overhead'] = tracemalloc.get_tracemalloc_memory()
            result['tracemalloc_traced'] = tracemalloc.get_traced_memory()
    (OUT / f'{label}.json').write_text(json.dumps(result, indent=1, default=str))
    (OUT / f'{label}.done').write_text('done')


def on_request() -> None:
    dump((OUT / 'request').read_text().strip())


def install() -> None:
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, on_request)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    import main as app_main   # noqa: PLC0415 - its module code sets NiceGUI's storage path first
    from nicegui import app
    app.on_startup(install)
    app_main.build()


if __name__ == '__main__':
    main()
