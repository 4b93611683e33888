"""The benchmarks' databases: the demo's surat masuk generator (demo/surat_masuk_rows.py), at scale.

    rows = surat_masuk_rows(100_000, SEED)      # the same 100k rows on every machine, every run
    insert_surat_masuk(sqlite3_connection, rows)  # executemany, one transaction

`database(n)` gives a SQLite file holding the app's schema (every committed migration, applied by
the app's own start-up code), the seeded reference data, and n generated surat masuk; it is built
once per (n, seed, generator version, migrations) and kept in `BENCH_DIR` (default:
<tmp>/panel-kecamatan-bench).
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

from demo.surat_masuk_rows import GENERATOR_VERSION, SURAT_MASUK_COLUMNS, surat_masuk_rows

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261128


def insert_surat_masuk(connection: sqlite3.Connection, rows: Iterable[tuple], batch: int = 50_000) -> int:
    """Insert generated rows with executemany in one transaction; returns how many.

    The table's triggers (the search index's) are set aside during the load and the search index
    is filled in one statement afterwards, which is many times faster than a trigger per row."""
    sql = (f'INSERT INTO surat_masuk ({", ".join(SURAT_MASUK_COLUMNS)}) '
           f'VALUES ({", ".join("?" * len(SURAT_MASUK_COLUMNS))})')
    total = 0
    chunk: list[tuple] = []
    with connection:
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'surat_masuk'").fetchall()
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        first_new = (connection.execute('SELECT max(id) FROM surat_masuk').fetchone()[0] or 0) + 1
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                connection.executemany(sql, chunk)
                total += len(chunk)
                chunk.clear()
        if chunk:
            connection.executemany(sql, chunk)
            total += len(chunk)
        fts = [row[1] for row in connection.execute('PRAGMA table_info("surat_masuk_fts")')]
        if fts and any('surat_masuk_fts' in (text or '') for _, text in triggers):
            columns = ', '.join(f'"{name}"' for name in fts)
            connection.execute(f'INSERT INTO "surat_masuk_fts" (rowid, {columns}) '
                               f'SELECT "id", {columns} FROM "surat_masuk" WHERE "id" >= ?', (first_new,))
        for _, text in triggers:
            connection.execute(text)
    return total


def bench_dir() -> Path:
    path = Path(os.environ.get('BENCH_DIR') or Path(tempfile.gettempdir()) / 'panel-kecamatan-bench')
    path.mkdir(parents=True, exist_ok=True)
    return path


def _schema_key() -> str:
    names = sorted(p.name for p in (ROOT / 'migrations' / 'models').glob('*.py'))
    return hashlib.sha256('\n'.join(names).encode()).hexdigest()[:10]


async def _migrate_and_seed(path: Path) -> None:
    """The app's own start-up steps: every migration, then the reference seed."""
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.lifecycle import apply_migrations
    from core.seed import seed_reference

    url = f'sqlite://{path}'
    await apply_migrations(url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url))
        await seed_reference()


def _run_apart(coroutine) -> None:
    """Run a coroutine to the end on its own event loop (also when called from inside one)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, coroutine).result()


def empty_database() -> Path:
    """A migrated and seeded database with no surat (copied, never changed, by `database`)."""
    path = bench_dir() / f'empty_{_schema_key()}.sqlite3'
    if not path.exists():
        tmp = path.with_suffix('.tmp')
        tmp.unlink(missing_ok=True)
        _run_apart(_migrate_and_seed(tmp))
        tmp.rename(path)
    return path


def database(n: int, seed: int = SEED) -> Path:
    """A SQLite file with the app's schema and n generated surat masuk (built once, then reused)."""
    path = bench_dir() / f'surat_masuk_{n}_{seed}_v{GENERATOR_VERSION}_{_schema_key()}.sqlite3'
    if path.exists():
        return path
    tmp = path.with_suffix('.tmp')
    shutil.copyfile(empty_database(), tmp)
    connection = sqlite3.connect(tmp)
    try:
        ids = dict(connection.execute('SELECT kode, id FROM klasifikasi_arsip'))
        insert_surat_masuk(connection, surat_masuk_rows(n, seed, ids))
    finally:
        connection.close()
    tmp.rename(path)
    return path
