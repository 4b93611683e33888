"""Data safety for the administrator: the audit log page filters and exports; a one-click backup
is a consistent copy taken while the app runs; daily backups are kept N days; restore puts one back."""
from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from nicegui.testing import User

from core.backup import backup_sqlite, daily_backup, sqlite_path
from core.config import ROOT, load_settings
from forms.indonesian import WIB
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import add_surat, make_surat, open_as_kepala, settle



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
    await settle(10)
    assert table.rows == []
    user.find(marker='log-pengguna').clear()
    user.find(marker='log-terapkan').click()
    await settle(10)
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


async def test_one_click_backup_is_a_consistent_copy(user: User) -> None:
    if not on_sqlite():
        pytest.skip('the one-click backup is for SQLite; PostgreSQL uses pg_dump')
    await make_surat(1, 'Ada di cadangan')
    await create_account('pak_admin', 'Administrator')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/cadangan')
    user.find(marker='unduh-cadangan').click()
    response = await user.download.next(timeout=10)
    copy = Path(load_settings().data_dir) / 'unduhan.sqlite3'
    copy.write_bytes(response.content)
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
    with sqlite3.connect(database) as db:
        assert db.execute('SELECT isi FROM catatan').fetchall() == [('hari pertama',)]
    assert database.with_name(database.name + '.sebelum-pulih').exists()


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
