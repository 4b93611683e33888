"""Data safety for the administrator: the audit log page filters and exports; a one-click backup
is a zip of a consistent copy taken while the app runs and of the stored files; daily backups are kept N days; restore puts one back.
The daily maintenance never logs an error for a backup that failed once, for a data folder that
vanished or for the app stopping meanwhile; DAILY_MAINTENANCE=0 turns it off."""
from __future__ import annotations

import asyncio
import io
import logging
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from threading import Event, Thread

import openpyxl
import pytest
from nicegui.testing import User

from core import backup
from core.backup import backup_sqlite, daily_backup, daily_maintenance, sqlite_path
from core.file_store import folder_root
from core.config import ROOT, load_settings
from core.file_store import FolderStore
from forms.indonesian import WIB
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import add_surat, make_surat, open_as_kepala



def on_sqlite() -> bool:
    return load_settings().is_sqlite


async def test_the_admin_filters_and_exports_the_audit_log(user: User) -> None:
    await open_as_kepala(user)
    await add_surat(user, tanggal_diterima='05/11/2026', nomor_surat='9/2026', tanggal_surat='05/11/2026',
                    asal_surat='Dinsos', perihal='Bantuan sosial')
    await create_account('pak_admin', 'Administrator')
    await user.open('/logout')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/log')
    await user.should_see('Log Audit')
    with user:
        table = next(iter(user.find(marker='log-tabel-data').elements))
    assert any(r['aksi'] == 'Tambah' and r['pengguna'] == 'sari' and 'Perihal: Bantuan sosial' in r['rincian']
               for r in table.rows)
    user.find(marker='log-pengguna').type('tidak-ada')
    user.find(marker='log-terapkan').click()
    await until(lambda: table.rows, equals=[])
    user.find(marker='log-pengguna').clear()
    user.find(marker='log-terapkan').click()
    await until(lambda: table.rows)
    user.find(marker='log-ekspor').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert 'Log Audit Panel Kecamatan' in values
    assert any(isinstance(v, str) and 'Perihal: Bantuan sosial' in v for v in values)


async def test_a_clerk_cannot_open_the_log_or_the_backup(user: User) -> None:
    await open_as_kepala(user, '/')
    for path in ('/pengaturan/log', '/pengaturan/cadangan'):
        response = await user.http_client.get(path)
        assert response.status_code == 403
        assert 'Akses ditolak' in response.text


async def test_one_click_backup_is_a_zip_of_a_consistent_copy_and_the_files(user: User) -> None:
    if not on_sqlite():
        pytest.skip('the one-click backup is for SQLite; PostgreSQL uses pg_dump')
    await make_surat(1, 'Ada di cadangan')
    scan = b'%PDF-1.4 surat masuk 1/2026'
    sha = await FolderStore(folder_root(load_settings())).put(scan)
    await create_account('pak_admin', 'Administrator')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/cadangan')
    user.find(marker='unduh-cadangan').click()
    response = await user.download.next(timeout=10)
    assert re.search(r'filename="?cadangan-panel-\d{8}-\d{6}\.zip', response.headers['content-disposition'])
    copy = Path(load_settings().data_dir) / 'unduhan.sqlite3'
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert sorted(archive.namelist()) == ['berkas/' + sha[:2] + '/' + sha, 'panel.sqlite3']
        assert archive.read(f'berkas/{sha[:2]}/{sha}') == scan
        copy.write_bytes(archive.read('panel.sqlite3'))
    with sqlite3.connect(copy) as db:
        assert db.execute('PRAGMA integrity_check').fetchone() == ('ok',)
        assert db.execute('SELECT perihal FROM surat_masuk').fetchall() == [('Ada di cadangan',)]


def test_daily_backups_are_kept_n_days_and_restore_puts_one_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv('DATABASE_URL', f'sqlite://{tmp_path / "panel.sqlite3"}')
    monkeypatch.setenv('BACKUP_KEEP_DAYS', '3')
    settings = load_settings()
    database = sqlite_path(settings)
    with sqlite3.connect(database) as db:
        db.execute('CREATE TABLE catatan (isi TEXT)')
        db.execute("INSERT INTO catatan VALUES ('hari pertama')")
    for day in range(1, 6):
        daily_backup(settings, datetime(2026, 11, day, 7, 0, tzinfo=WIB))
    kept = sorted(p.name for p in (settings.data_dir / 'cadangan').glob('*.sqlite3'))
    assert kept == ['panel-20261103.sqlite3', 'panel-20261104.sqlite3', 'panel-20261105.sqlite3']
    with sqlite3.connect(database) as db:
        db.execute("UPDATE catatan SET isi = 'rusak'")
    backup = settings.data_dir / 'cadangan' / 'panel-20261105.sqlite3'
    result = subprocess.run([sys.executable, 'main.py', 'restore', str(backup)], cwd=ROOT, capture_output=True,
                            text=True, env={**__import__('os').environ}, timeout=60)
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(database)) as db:
        assert db.execute('SELECT isi FROM catatan').fetchall() == [('hari pertama',)]
    [kept] = tmp_path.glob('sebelum-pulih-*')
    with closing(sqlite3.connect(kept / 'panel.sqlite3')) as db:
        assert db.execute('SELECT isi FROM catatan').fetchall() == [('rusak',)]


def test_backup_while_writing_is_consistent(tmp_path) -> None:
    source = tmp_path / 'hidup.sqlite3'
    with sqlite3.connect(source) as db:
        db.execute('CREATE TABLE angka (n INTEGER)')
        db.executemany('INSERT INTO angka VALUES (?)', [(i,) for i in range(20000)])
    writer = sqlite3.connect(source)
    writer.execute('BEGIN')
    writer.execute('INSERT INTO angka VALUES (-1)')   # an open transaction is not in the copy
    target = backup_sqlite(source, tmp_path / 'salinan.sqlite3')
    writer.rollback()
    writer.close()
    with sqlite3.connect(target) as db:
        assert db.execute('SELECT count(*), min(n) FROM angka').fetchone() == (20000, 0)


# --- the daily maintenance (started by every app start) -------------------------------------------

def live_database(tmp_path: Path, monkeypatch, rows: int = 20000) -> Path:
    """A SQLite database in WAL mode (as the app keeps it) of about rows * 200 bytes."""
    database = tmp_path / 'panel.sqlite3'
    monkeypatch.setenv('DATABASE_URL', f'sqlite://{database}')
    monkeypatch.setenv('DAILY_MAINTENANCE', '1')
    monkeypatch.setenv('AUDIT_RETENTION_DAYS', '0')   # the retention needs the ORM; not what these test
    with closing(sqlite3.connect(database)) as db:
        db.execute('PRAGMA journal_mode=WAL')
        db.execute('CREATE TABLE catatan (isi TEXT)')
        db.executemany('INSERT INTO catatan VALUES (?)', [(f'{i:06d}' + 'x' * 194,) for i in range(rows)])
        db.commit()
    return database


def sound_rows(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        assert db.execute('PRAGMA integrity_check').fetchone() == ('ok',)
        return db.execute('SELECT count(*) FROM catatan').fetchone()[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob('*') if not p.name.endswith('.sqlite3'))


async def maintenance_until(condition, timeout: float = 60) -> None:
    """Run the daily maintenance (as an app start does) until `condition()` holds, then stop it."""
    task = asyncio.create_task(daily_maintenance(load_settings()))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        while not condition():
            assert loop.time() < deadline, 'the condition never held'
            await asyncio.sleep(0.01)
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task


def errors(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_two_daily_backups_at_once_make_one_sound_copy(tmp_path, monkeypatch) -> None:
    """Two app lifespans in one process (the `create_user` fixture) start two maintenances at once:
    they once wrote into the same file and failed with 'disk I/O error'."""
    live_database(tmp_path, monkeypatch, rows=50000)
    settings, failures = load_settings(), []

    def backup_now() -> None:
        try:
            daily_backup(settings)
        except sqlite3.Error as error:
            failures.append(repr(error))

    threads = [Thread(target=backup_now) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    [copy] = backup.backups_dir(settings).glob('panel-*.sqlite3')
    assert sound_rows(copy) == 50000
    assert leftovers(copy.parent) == []


async def test_a_failed_daily_backup_is_tried_once_more(tmp_path, monkeypatch, caplog) -> None:
    live_database(tmp_path, monkeypatch)
    real, calls = backup.backup_sqlite, []

    def fails_once(source, target, *args):
        calls.append(target)
        if len(calls) == 1:
            raise sqlite3.OperationalError('disk I/O error')
        return real(source, target, *args)

    monkeypatch.setattr(backup, 'backup_sqlite', fails_once)
    folder = backup.backups_dir(load_settings())
    await maintenance_until(lambda: list(folder.glob('panel-*.sqlite3')))
    assert len(calls) == 2 and sound_rows(calls[1]) == 20000
    assert errors(caplog) == []
    assert any('dicoba sekali lagi' in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


async def test_a_data_folder_that_vanishes_during_the_backup_is_no_error(tmp_path, monkeypatch, caplog) -> None:
    database = live_database(tmp_path, monkeypatch)

    def folder_removed(source, target, *args):
        shutil.rmtree(tmp_path)            # as when a test's temporary folder is removed under the app
        raise sqlite3.OperationalError('disk I/O error')

    monkeypatch.setattr(backup, 'backup_sqlite', folder_removed)
    await maintenance_until(lambda: any(r.levelno >= logging.WARNING for r in caplog.records))
    assert not database.exists()
    assert errors(caplog) == []
    assert any('dilewati' in r.getMessage() for r in caplog.records)


class FirstStepWaits:
    """The stop event as a backup's copy sees it: its first look, after the first step, waits until
    the test lets it go on, so the test sees the copy under way however fast the machine copies (a
    poll of the folder could miss a copy that began and ended between two looks)."""

    def __init__(self, stop: Event) -> None:
        self.stop, self.under_way, self.go_on = stop, Event(), Event()

    def is_set(self) -> bool:
        if not self.under_way.is_set():
            self.under_way.set()
            self.go_on.wait(60)
        return self.stop.is_set()


async def test_the_backup_stops_with_the_app(tmp_path, monkeypatch, caplog) -> None:
    """Shut-down cancels the maintenance: the copy stops at its next step, before the app is gone,
    and leaves nothing behind (no half-written file, no error)."""
    live_database(tmp_path, monkeypatch)
    monkeypatch.setattr(backup, 'PAGES_PER_STEP', 4, raising=False)   # a copy in many steps
    copies: list[FirstStepWaits] = []
    real_copy = backup.backup_sqlite

    def watched_copy(source, target, stop=None):
        copies.append(FirstStepWaits(stop))
        return real_copy(source, target, copies[-1])
    monkeypatch.setattr(backup, 'backup_sqlite', watched_copy)
    folder = backup.backups_dir(load_settings())
    task = asyncio.create_task(daily_maintenance(load_settings()))
    try:
        await until(lambda: copies and copies[0].under_way.is_set(), what='the copy under way')
        assert [p.name for p in folder.glob('*') if '.part' in p.name]   # half-written, in its .part
        task.cancel()                                                   # the app stops
        await until(lambda: copies[0].stop.is_set(), what='the copy told to stop')
    finally:
        for copy in copies:
            copy.go_on.set()
        with suppress(asyncio.CancelledError):
            await task
    assert len(copies) == 1 and list(folder.glob('*')) == []
    assert errors(caplog) == []


async def test_daily_maintenance_0_turns_it_off(tmp_path, monkeypatch) -> None:
    live_database(tmp_path, monkeypatch)
    monkeypatch.setenv('DAILY_MAINTENANCE', '0')
    await asyncio.wait_for(daily_maintenance(load_settings()), timeout=30)
    assert not backup.backups_dir(load_settings()).exists()
