"""Command line for accounts, so an administrator who is locked out can recover::

    python main.py user create USERNAME --role "Camat" [--desa 35.08.03.2001] [--nama "..."] [--password-stdin]
    python main.py user reset-password USERNAME [--password-stdin]
    python main.py user list

It migrates and seeds the database first (like the app's start-up), so it also works on a new
installation. Passwords are asked for twice with getpass, or read from one line of stdin.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from tortoise.context import TortoiseContext

from core.access import RoleKind
from core.accounts import AccountError, create_user, normalise_username, seed_accounts, set_password
from core.config import load_settings
from core.database import tortoise_config
from forms.indonesian import format_datetime
from models.accounts import Role, User
from models.reference import Desa


CONSOLE = 'konsol'  # who the audit log names for a change made here


class CliError(Exception):
    """A problem the person at the console can fix; printed as is."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog='python main.py user', description='Kelola akun pengguna Panel Kecamatan.')
    commands = parser.add_subparsers(dest='command', required=True, metavar='PERINTAH')
    create = commands.add_parser('create', help='buat pengguna baru')
    create.add_argument('username')
    create.add_argument('--role', required=True, help='nama peran, mis. "Camat" atau "Staf Seksi Pelayanan Umum"')
    create.add_argument('--desa', help='kode atau nama desa (wajib untuk Operator Desa)')
    create.add_argument('--nama', default='', help='nama lengkap')
    create.add_argument('--password-stdin', action='store_true', help='baca kata sandi dari satu baris stdin')
    reset = commands.add_parser('reset-password', help='atur ulang kata sandi dan buka kunci akun')
    reset.add_argument('username')
    reset.add_argument('--password-stdin', action='store_true', help='baca kata sandi dari satu baris stdin')
    commands.add_parser('list', help='daftar pengguna')
    return parser


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip('\r\n')
    first = getpass.getpass('Kata sandi baru: ')
    if getpass.getpass('Ulangi kata sandi: ') != first:
        raise CliError('Kedua kata sandi tidak sama.')
    return first


async def _role(name: str) -> Role:
    role = await Role.get_or_none(nama__iexact=name.strip())
    if role is None:
        names = ', '.join(f'"{r}"' for r in await Role.all().order_by('id').values_list('nama', flat=True))
        raise CliError(f'Peran "{name}" tidak ada. Peran yang ada: {names}.')
    return role


async def _desa_id(text: str | None) -> int | None:
    if not text:
        return None
    desa = await Desa.filter(kode=text.strip(), deleted_at=None).first() \
        or await Desa.filter(nama__iexact=text.strip(), deleted_at=None).first()
    if desa is None:
        raise CliError(f'Desa "{text}" tidak ditemukan (tulis kodenya, mis. 35.08.03.2001, atau namanya).')
    return desa.id


async def _create(args: argparse.Namespace) -> None:
    role = await _role(args.role)
    desa_id = await _desa_id(args.desa)
    if RoleKind(role.jenis) == RoleKind.OPERATOR_DESA and desa_id is None:
        raise CliError('Operator Desa wajib dikaitkan dengan satu desa: tambahkan --desa KODE.')
    user = await create_user(args.username, _read_password(args.password_stdin), role, nama_lengkap=args.nama,
                             desa_id=desa_id, must_change_password=True, by=CONSOLE)
    print(f'Pengguna "{user.username}" ({role.nama}) dibuat. Kata sandi wajib diganti saat login pertama.')


async def _reset(args: argparse.Namespace) -> None:
    user = await User.get_or_none(username=normalise_username(args.username))
    if user is None:
        raise CliError(f'Pengguna "{args.username}" tidak ada.')
    await set_password(user, _read_password(args.password_stdin), must_change_password=True, by=CONSOLE)
    print(f'Kata sandi "{user.username}" diatur ulang dan kunci akun dibuka. '
          'Kata sandi wajib diganti saat login berikutnya.')
    if not user.aktif:
        print('Catatan: akun ini nonaktif; aktifkan di halaman Pengaturan agar bisa login.')


async def _list(_: argparse.Namespace) -> None:
    users = await User.all().order_by('username').select_related('role', 'desa')
    rows = [('Nama pengguna', 'Nama lengkap', 'Peran', 'Desa', 'Status', 'Login terakhir')]
    for user in users:
        status = 'aktif' if user.aktif else 'nonaktif'
        if user.locked_until is not None:
            status += f', terkunci s.d. {format_datetime(user.locked_until)}'
        rows.append((user.username, user.nama_lengkap, user.role.nama, user.desa.nama if user.desa else '',
                     status, format_datetime(user.last_login) or '-'))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print('  '.join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


COMMANDS = {'create': _create, 'reset-password': _reset, 'list': _list}


async def _run(args: argparse.Namespace) -> None:
    from core.lifecycle import apply_migrations
    from core.seed import seed_reference

    url = load_settings().database_url
    await apply_migrations(url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url))
        await seed_reference()
        await seed_accounts()
        await COMMANDS[args.command](args)


def main(argv: list[str]) -> int:
    """`argv` starts with 'user' (sys.argv[1:]). Returns the exit status."""
    if argv[:1] == ['user']:
        argv = argv[1:]
    args = _parser().parse_args(argv)
    try:
        asyncio.run(_run(args))
    except (CliError, AccountError) as error:
        print(f'Gagal: {error}', file=sys.stderr)
        return 1
    return 0
