"""`python main.py restore FILE` after a crash gives exactly the backup.

The app (a real `python main.py` on its own DATA_DIR) keeps SQLite in WAL mode: what was written
after the backup may still sit in `panel.sqlite3-wal` when the app is killed. The restore moves
that WAL away together with the old database (kept whole, so it can itself be opened), so the
restored database is the backup row for row. While the app serves the database, restore refuses.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from core.backup import backup_sqlite
from core.config import ROOT
from tests.e2e.harness import AppServer, app_env, free_port, run_cli

pytestmark = pytest.mark.skipif(os.environ.get('DATABASE_URL', '').startswith('postgres'),
                                reason='restore is for SQLite; this lane tests PostgreSQL')


def app_server(tmp_path: Path) -> AppServer:
    data_dir = tmp_path / 'kantor'
    port = free_port()
    return AppServer(data_dir, port, app_env(data_dir, port, DAILY_MAINTENANCE='0'))


def restore(server: AppServer, backup: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, 'main.py', 'restore', str(backup)], cwd=ROOT, env=server.env,
                          capture_output=True, text=True, timeout=120)


def rows_of(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read without changing the file (a WAL beside it is read too)."""
    with closing(sqlite3.connect(f'file:{database}?mode=ro', uri=True)) as db:
        names = [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: sorted(db.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}


def usernames(database: Path) -> list[str]:
    with closing(sqlite3.connect(f'file:{database}?mode=ro', uri=True)) as db:
        return sorted(name for (name,) in db.execute('SELECT username FROM pengguna'))


def kept_folders(data_dir: Path) -> list[Path]:
    return [folder for folder in data_dir.iterdir() if folder.name.startswith('sebelum-pulih-')]


def backed_up_then_changed(server: AppServer, backup: Path) -> Path:
    """A backup of the serving app's database, then, after it, a new user and a password reset
    (with their audit rows) made from the console. Returns the database."""
    database = server.data_dir / 'panel.sqlite3'
    backup_sqlite(database, backup)
    run_cli(server.env, 'user', 'create', 'budi', '--role', 'Camat', '--password-stdin', stdin='sandi-budi-rahasia\n')
    run_cli(server.env, 'user', 'reset-password', 'admin', '--password-stdin', stdin='sandi-baru-admin\n')
    assert 'budi' in usernames(database)
    return database


def test_restore_after_a_crash_gives_exactly_the_backup(tmp_path: Path) -> None:
    server, backup = app_server(tmp_path).start(), tmp_path / 'cadangan-pagi.sqlite3'
    try:
        database = backed_up_then_changed(server, backup)
    finally:
        server.process.kill()       # SIGKILL: no checkpoint, the newer rows stay in the WAL
        server.process.wait(timeout=30)
    wal = database.with_name('panel.sqlite3-wal')
    assert wal.exists() and wal.stat().st_size > 0, 'the newer rows are in the WAL, as after a crash'
    before_restore = rows_of(database)

    result = restore(server, backup)

    assert result.returncode == 0, result.stdout + result.stderr
    assert rows_of(database) == rows_of(backup)
    assert 'budi' not in usernames(database)
    assert 'Pemeriksaan integritas: ok' in result.stdout
    assert f'pengguna: {len(rows_of(backup)["pengguna"])} baris' in ' '.join(result.stdout.split())
    [kept] = kept_folders(server.data_dir)
    assert kept.name in result.stdout and (kept / 'panel.sqlite3-wal').exists()
    assert rows_of(kept / 'panel.sqlite3') == before_restore   # the old copy, with its WAL, is whole

    server.start()                  # the app serves the restored database
    server.stop()
    assert 'budi' not in usernames(database)


def test_restore_is_refused_while_the_app_serves(tmp_path: Path) -> None:
    server, backup = app_server(tmp_path).start(), tmp_path / 'cadangan.sqlite3'
    try:
        database = backed_up_then_changed(server, backup)
        result = restore(server, backup)
        assert result.returncode == 1
        assert 'Aplikasi sedang memakai basis data' in result.stderr
        assert kept_folders(server.data_dir) == []
        assert 'budi' in usernames(database)
    finally:
        server.stop()
    result = restore(server, backup)   # once the app has stopped, the same restore runs
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'budi' not in usernames(database)
