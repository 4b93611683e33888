"""`python main.py user ...`: create a user, reset a password (which also unlocks), list users.
`python main.py restore FILE`: what it says when there was no database, and a file that is no backup."""
from __future__ import annotations

import asyncio
import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tortoise.context import TortoiseContext

from core import cli
from core.config import ROOT, load_settings
from core.database import tortoise_config
from core.passwords import verify_password
from models.accounts import User


def run(monkeypatch, capsys, *args: str, stdin: str = '') -> tuple[int, str, str]:
    monkeypatch.setattr('sys.stdin', io.StringIO(stdin))
    code = cli.main(['user', *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def in_db(work):
    async def go():
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(load_settings().database_url))
            return await work()
    return asyncio.run(go())


def test_create_then_list(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, 'create', 'Budi', '--role', 'staf seksi pelayanan umum',
                       '--nama', 'Budi Santoso', '--password-stdin', stdin='sandi-awal-budi\n')
    assert code == 0 and 'Pengguna "budi" (Staf Seksi Pelayanan Umum) dibuat' in out
    budi = in_db(lambda: User.get(username='budi'))
    assert budi.must_change_password and verify_password(budi.password_hash, 'sandi-awal-budi')
    code, out, _ = run(monkeypatch, capsys, 'list')
    assert code == 0
    assert 'budi' in out and 'Budi Santoso' in out and 'Staf Seksi Pelayanan Umum' in out and 'admin' in out


def test_create_asks_the_password_twice(monkeypatch, capsys):
    answers = iter(['sandi-awal-budi', 'sandi-lain-budi'])
    monkeypatch.setattr('getpass.getpass', lambda prompt='': next(answers))
    code, _, err = run(monkeypatch, capsys, 'create', 'budi', '--role', 'Camat')
    assert code == 1 and 'Kedua kata sandi tidak sama.' in err


@pytest.mark.parametrize(('args', 'message'), [
    (('--role', 'Lurah'), 'Peran "Lurah" tidak ada. Peran yang ada: "Camat"'),
    (('--role', 'Operator Desa'), 'Operator Desa wajib dikaitkan dengan satu desa: tambahkan --desa KODE.'),
    (('--role', 'Operator Desa', '--desa', '35.08.03.2099'), 'Desa "35.08.03.2099" tidak ditemukan'),
    (('--role', 'Camat', '--password-stdin'), 'Kata sandi minimal 10 karakter.'),
])
def test_create_explains_what_is_wrong(monkeypatch, capsys, args, message):
    code, _, err = run(monkeypatch, capsys, 'create', 'budi', *args, stdin='pendek\n')
    assert code == 1 and message in err


def test_create_an_operator_desa_by_desa_code_or_name(monkeypatch, capsys):
    for username, desa in (('op.jarit', '35.08.03.2002'), ('op.tumpeng', 'tumpeng')):
        code, _, _ = run(monkeypatch, capsys, 'create', username, '--role', 'Operator Desa', '--desa', desa,
                         '--password-stdin', stdin='sandi-operator-1\n')
        assert code == 0
    code, out, _ = run(monkeypatch, capsys, 'list')
    assert 'Jarit' in out and 'Tumpeng' in out


def test_reset_password_unlocks_a_locked_out_admin(monkeypatch, capsys):
    run(monkeypatch, capsys, 'list')  # first run migrates and seeds (admin from INITIAL_ADMIN_PASSWORD)
    in_db(lambda: User.filter(username='admin').update(
        failed_attempts=3, locked_until=datetime.now(timezone.utc) + timedelta(minutes=15)))
    assert 'terkunci' in run(monkeypatch, capsys, 'list')[1]
    code, out, _ = run(monkeypatch, capsys, 'reset-password', 'ADMIN', '--password-stdin',
                       stdin='sandi-pemulihan-1\n')
    assert code == 0 and 'kunci akun dibuka' in out
    admin = in_db(lambda: User.get(username='admin'))
    assert admin.locked_until is None and admin.failed_attempts == 0 and admin.must_change_password
    assert verify_password(admin.password_hash, 'sandi-pemulihan-1')
    assert run(monkeypatch, capsys, 'reset-password', 'siapa', '--password-stdin', stdin='sandi-pemulihan-1\n')[0] == 1


# --- python main.py restore FILE ------------------------------------------------------------------

def small_backup(path: Path, text: str) -> Path:
    with closing(sqlite3.connect(path)) as db:
        db.execute('CREATE TABLE catatan (isi TEXT)')
        db.execute('INSERT INTO catatan VALUES (?)', (text,))
        db.commit()
    return path


def restore_command(backup: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, 'main.py', 'restore', str(backup)], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=120)


def catatan(database: Path) -> list[tuple]:
    with closing(sqlite3.connect(database)) as db:
        return db.execute('SELECT isi FROM catatan').fetchall()


@pytest.mark.skipif(not load_settings().is_sqlite, reason='restore is for SQLite')
def test_restore_into_an_empty_data_dir_says_there_was_nothing_to_keep(tmp_path):
    data_dir = load_settings().data_dir
    assert not data_dir.exists()
    result = restore_command(small_backup(tmp_path / 'cadangan.sqlite3', 'dari cadangan'))
    assert result.returncode == 0, result.stderr
    assert 'Belum ada basis data lama di tempat itu, jadi tidak ada yang perlu disimpan.' in result.stdout
    assert 'disimpan utuh' not in result.stdout and 'sebelum-pulih' not in result.stdout
    assert 'Pemeriksaan integritas: ok' in result.stdout and 'catatan: 1 baris' in result.stdout
    assert catatan(data_dir / 'panel.sqlite3') == [('dari cadangan',)]
    assert sorted(p.name for p in data_dir.iterdir()) == ['panel.sqlite3', 'panel.sqlite3.lock']


@pytest.mark.skipif(not load_settings().is_sqlite, reason='restore is for SQLite')
def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(tmp_path):
    load_settings().data_dir.mkdir(parents=True)
    database = small_backup(load_settings().data_dir / 'panel.sqlite3', 'data kantor')
    for name, content in (('catatan.txt', b'bukan basis data'), ('kosong.sqlite3', b'')):
        (tmp_path / name).write_bytes(content)
        result = restore_command(tmp_path / name)
        assert result.returncode == 1
        assert f'{tmp_path / name} bukan cadangan basis data yang utuh' in result.stderr
        assert 'Tidak ada yang diubah.' in result.stderr
        assert catatan(database) == [('data kantor',)]
        assert not list(database.parent.glob('sebelum-pulih-*'))
    result = restore_command(tmp_path / 'tidak-ada.sqlite3')
    assert result.returncode == 2 and 'Pakai: python main.py restore' in result.stderr


@pytest.mark.skipif(not load_settings().is_sqlite or os.geteuid() != 0, reason='SQLite, run as root (sudo)')
def test_restore_run_with_sudo_leaves_the_database_to_the_apps_user(tmp_path):
    app_user = 4321
    data_dir = load_settings().data_dir
    data_dir.mkdir(parents=True)
    database = small_backup(data_dir / 'panel.sqlite3', 'data kantor')
    os.chown(database, app_user, app_user)
    result = restore_command(small_backup(tmp_path / 'cadangan.sqlite3', 'dari cadangan'))
    assert result.returncode == 0, result.stderr
    assert (database.stat().st_uid, database.stat().st_gid) == (app_user, app_user)
    # the app's user opens the lock file for reading only, so one created by root stays usable
    assert (data_dir / 'panel.sqlite3.lock').stat().st_mode & 0o004
