"""`python main.py user ...`: create a user, reset a password (which also unlocks), list users."""
from __future__ import annotations

import asyncio
import io
from datetime import datetime, timedelta, timezone

import pytest
from tortoise.context import TortoiseContext

from core import cli
from core.config import load_settings
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
