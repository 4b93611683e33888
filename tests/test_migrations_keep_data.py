"""Migrations keep data: for each committed migration, a database is built at the migration before
it, every table is filled with rows, the migration is applied, and every row and value must still
be there. Tables and columns are read from the database itself, so the test covers future
migrations too (including hand-written SQLite table rebuilds)."""
from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from aerich import Command
from tortoise.context import TortoiseContext

from core.config import load_settings
from core.database import MIGRATIONS_DIR, tortoise_config

ROWS = 3
MIGRATIONS = sorted((MIGRATIONS_DIR / 'models').glob('[0-9]*_*.py'), key=lambda p: int(p.name.split('_')[0]))


async def migrate_to(url: str, files: list[Path], workdir: Path) -> None:
    location = workdir / 'migrasi'
    shutil.rmtree(location, ignore_errors=True)
    (location / 'models').mkdir(parents=True)
    for path in files:
        shutil.copy(path, location / 'models' / path.name)
    async with TortoiseContext():
        async with Command(tortoise_config=tortoise_config(url), app='models', location=str(location)) as command:
            await command.upgrade(run_in_transaction=True)


# ---- a tiny database-neutral view of the schema ----------------------------------------------------


def key_of(columns: list[str]) -> str:
    """The order rows are compared in: by "id", or by the first column where a table has no id (the
    file store's berkas_isi is keyed by its sha256). SQLite would take a quoted name it does not know
    for a string and sort by nothing; PostgreSQL refuses it."""
    return '"id"' if 'id' in columns else f'"{columns[0]}"'

class Sqlite:
    def __init__(self, url: str) -> None:
        self.db = sqlite3.connect(url.removeprefix('sqlite://'))
        self.db.execute('PRAGMA foreign_keys = ON')

    def tables(self) -> list[str]:
        rows = self.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        virtual = {name for name, sql in rows if sql and sql.upper().startswith('CREATE VIRTUAL')}
        return [name for name, _ in rows if name != 'aerich' and not name.startswith('sqlite_') and name not in virtual
                and not any(name.startswith(f'{v}_') for v in virtual)]

    def columns(self, table: str) -> list[tuple[str, str, bool]]:
        return [(r[1], r[2].lower(), bool(r[3]) and not r[5]) for r in self.db.execute(f'PRAGMA table_info("{table}")')]

    def foreign_keys(self, table: str) -> dict[str, str]:
        return {r[3]: r[2] for r in self.db.execute(f'PRAGMA foreign_key_list("{table}")')}

    def insert(self, table: str, row: dict) -> None:
        names = ', '.join(f'"{n}"' for n in row)
        self.db.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in row)})',
                        [v.isoformat(' ') if isinstance(v, datetime) else v.isoformat() if isinstance(v, date)
                         else str(v) if isinstance(v, Decimal) else v for v in row.values()])

    def select(self, table: str, columns: list[str]) -> list[tuple]:
        names = ', '.join(f'"{n}"' for n in columns)
        return self.db.execute(f'SELECT {names} FROM "{table}" ORDER BY {key_of(columns)}').fetchall()

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.close()


class Postgres:
    def __init__(self, url: str) -> None:
        import asyncpg
        self.loop = asyncio.new_event_loop()
        self.db = self.loop.run_until_complete(asyncpg.connect(url.replace('postgres://', 'postgresql://', 1)))

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def tables(self) -> list[str]:
        rows = self.run(self.db.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                      "AND table_type = 'BASE TABLE' AND table_name <> 'aerich'"))
        return [r[0] for r in rows]

    def columns(self, table: str) -> list[tuple[str, str, bool]]:
        rows = self.run(self.db.fetch(
            "SELECT column_name, data_type, character_maximum_length, is_nullable, column_default "
            "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
            table))
        return [(r[0], f'{r[1]}({r[2]})' if r[2] else r[1], r[3] == 'NO' and r[0] != 'id') for r in rows]

    def foreign_keys(self, table: str) -> dict[str, str]:
        rows = self.run(self.db.fetch(
            "SELECT kcu.column_name, ccu.table_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name "
            "JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name "
            "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = $1", table))
        return {r[0]: r[1] for r in rows}

    def insert(self, table: str, row: dict) -> None:
        names = ', '.join(f'"{n}"' for n in row)
        values = ', '.join(f'${i + 1}' for i in range(len(row)))
        self.run(self.db.execute(f'INSERT INTO "{table}" ({names}) VALUES ({values})', *row.values()))

    def select(self, table: str, columns: list[str]) -> list[tuple]:
        names = ', '.join(f'"{n}"' for n in columns)
        return [tuple(r) for r in self.run(self.db.fetch(f'SELECT {names} FROM "{table}" ORDER BY {key_of(columns)}'))]

    def commit(self) -> None:
        pass

    def close(self) -> None:
        self.run(self.db.close())
        self.loop.close()


def value_for(sql_type: str, index: int):
    """A value of the column's type, different for each row (so unique columns stay unique)."""
    if 'int' in sql_type or 'serial' in sql_type:
        return index + 1
    if sql_type.startswith(('numeric', 'decimal')):
        return Decimal(f'{index + 1}.25')
    if sql_type.startswith(('real', 'double', 'float')):
        return index + 0.5
    if sql_type.startswith('bool'):
        return index % 2 == 0
    if sql_type.startswith('timestamp'):
        return datetime(2026, 1, index + 1, 8, 30, tzinfo=timezone.utc)
    if sql_type == 'date':
        return date(2026, 2, index + 1)
    if sql_type.startswith('json'):
        return f'{{"n": {index}}}'
    if sql_type in ('bytea', 'blob'):                 # a stored file's bytes (berkas_isi.isi)
        return f'n{index}'.encode()
    length = re.search(r'\((\d+)\)', sql_type)
    return f'n{index}'[: int(length.group(1)) if length else None]


def fill(db, tables: list[str]) -> dict[str, list[str]]:
    """ROWS rows in every table, parents before children; returns the columns of each table."""
    columns = {t: db.columns(t) for t in tables}
    keys = {t: db.foreign_keys(t) for t in tables}
    done: list[str] = []
    while len(done) < len(tables):
        ready = [t for t in tables if t not in done and all(p in done or p == t for p in keys[t].values())]
        assert ready, f'foreign keys form a cycle: {set(tables) - set(done)}'
        for table in ready:
            for index in range(ROWS):
                row = {}
                for name, sql_type, required in columns[table]:
                    if name in keys[table]:
                        row[name] = (index + 1 if keys[table][name] != table else None) if required or \
                            keys[table][name] != table else None
                    else:
                        row[name] = value_for(sql_type, index)
                db.insert(table, row)
            done.append(table)
    db.commit()
    return {t: [c[0] for c in columns[t]] for t in tables}


@pytest.mark.parametrize('step', range(1, len(MIGRATIONS)), ids=[p.stem for p in MIGRATIONS[1:]])
def test_a_migration_keeps_every_row(step: int, tmp_path: Path) -> None:
    url = load_settings().database_url
    asyncio.run(migrate_to(url, MIGRATIONS[:step], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    try:
        tables = db.tables()
        columns = fill(db, tables)
        before = {t: db.select(t, columns[t]) for t in tables}
    finally:
        db.close()
    asyncio.run(migrate_to(url, MIGRATIONS[:step + 1], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    try:
        remaining = set(db.tables())
        for table in tables:
            assert table in remaining, f'{MIGRATIONS[step].name} dropped table {table}'
            kept = [c for c in columns[table] if c in {name for name, _, _ in db.columns(table)}]
            assert kept == columns[table], f'{MIGRATIONS[step].name} dropped columns of {table}'
            assert db.select(table, kept) == before[table], f'{MIGRATIONS[step].name} changed rows of {table}'
    finally:
        db.close()


def test_the_latest_migration_matches_the_models() -> None:
    """No model change is left without its migration (the migration tool's --check)."""
    import subprocess
    import sys
    from core.config import ROOT
    result = subprocess.run([sys.executable, 'migrations/make_migration.py', 'cek', '--check'], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
