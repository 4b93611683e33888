"""Command line for accounts, so an administrator who is locked out can recover::

    python main.py user create USERNAME --role "Camat" [--desa 35.08.03.2001] [--nama "..."] [--password-stdin]
    python main.py user reset-password USERNAME [--password-stdin]
    python main.py user list

It migrates and seeds the database first (like the app's start-up), so it also works on a new
installation. Passwords are asked for twice with getpass, or read from one line of stdin.

And the restore of a SQLite backup (core/restore.py) with its stored files, which refuses while
the app serves::

    python main.py restore BACKUP.sqlite3     # a daily backup; files come back from the daily mirror
    python main.py restore BACKUP.zip         # the one-click backup: the database and its files
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path

from core.access import RoleKind
from core.accounts import AccountError, create_user, normalise_username, set_password
from core.backup import sqlite_path
from core.config import load_settings
from core.database_lock import DatabaseInUse
from core.restore import NotABackup, restore_backup
from locales import t
from forms.indonesian import format_datetime
from models.accounts import Role, User
from models.reference import Desa


CONSOLE = 'konsol'  # who the audit log names for a change made here


class CliError(Exception):
    """A problem the person at the console can fix; printed as is."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog='python main.py user', description=t('konsol.pengguna.deskripsi'))
    commands = parser.add_subparsers(dest='command', required=True, metavar=t('konsol.pengguna.perintah'))
    create = commands.add_parser('create', help=t('konsol.pengguna.bantuan_create'))
    create.add_argument('username')
    create.add_argument('--role', required=True, help=t('konsol.pengguna.bantuan_role'))
    create.add_argument('--desa', help=t('konsol.pengguna.bantuan_desa'))
    create.add_argument('--nama', default='', help=t('konsol.pengguna.bantuan_nama'))
    create.add_argument('--password-stdin', action='store_true', help=t('konsol.pengguna.bantuan_password_stdin'))
    reset = commands.add_parser('reset-password', help=t('konsol.pengguna.bantuan_reset'))
    reset.add_argument('username')
    reset.add_argument('--password-stdin', action='store_true', help=t('konsol.pengguna.bantuan_password_stdin'))
    commands.add_parser('list', help=t('konsol.pengguna.bantuan_list'))
    return parser


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip('\r\n')
    first = getpass.getpass(t('konsol.pengguna.sandi_baru'))
    if getpass.getpass(t('konsol.pengguna.ulangi_sandi')) != first:
        raise CliError(t('konsol.pengguna.sandi_tidak_sama'))
    return first


async def _role(name: str) -> Role:
    role = await Role.get_or_none(nama__iexact=name.strip())
    if role is None:
        names = ', '.join(f'"{r}"' for r in await Role.all().order_by('id').values_list('nama', flat=True))
        raise CliError(t('konsol.pengguna.peran_tidak_ada', peran=name, daftar=names))
    return role


async def _desa_id(text: str | None) -> int | None:
    if not text:
        return None
    desa = await Desa.filter(kode=text.strip(), deleted_at=None).first() \
        or await Desa.filter(nama__iexact=text.strip(), deleted_at=None).first()
    if desa is None:
        raise CliError(t('konsol.pengguna.desa_tidak_ditemukan', desa=text))
    return desa.id


async def _create(args: argparse.Namespace) -> None:
    role = await _role(args.role)
    desa_id = await _desa_id(args.desa)
    if RoleKind(role.jenis).bound_to_desa and desa_id is None:
        raise CliError(t('konsol.pengguna.operator_perlu_desa'))
    user = await create_user(args.username, _read_password(args.password_stdin), role, nama_lengkap=args.nama,
                             desa_id=desa_id, must_change_password=True, by=CONSOLE)
    print(t('konsol.pengguna.dibuat', pengguna=user.username, peran=role.nama))


async def _reset(args: argparse.Namespace) -> None:
    user = await User.get_or_none(username=normalise_username(args.username))
    if user is None:
        raise CliError(t('konsol.pengguna.tidak_ada', pengguna=args.username))
    await set_password(user, _read_password(args.password_stdin), must_change_password=True, by=CONSOLE)
    print(t('konsol.pengguna.sandi_diatur_ulang', pengguna=user.username))
    if not user.aktif:
        print(t('konsol.pengguna.akun_nonaktif'))


async def _list(_: argparse.Namespace) -> None:
    users = await User.all().order_by('username').select_related('role', 'desa')
    columns = ('nama_pengguna', 'nama_lengkap', 'peran', 'desa', 'status', 'terakhir_masuk')
    rows = [tuple(t(f'pengaturan.akun.{column}') for column in columns)]
    for user in users:
        status = t('konsol.pengguna.status_aktif') if user.aktif else t('konsol.pengguna.status_nonaktif')
        if user.locked_until is not None:
            status = t('konsol.pengguna.status_terkunci', status=status, waktu=format_datetime(user.locked_until))
        rows.append((user.username, user.nama_lengkap, user.role.nama, user.desa.nama if user.desa else '',
                     status, format_datetime(user.last_login) or '-'))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print('  '.join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


COMMANDS = {'create': _create, 'reset-password': _reset, 'list': _list}


async def _run(args: argparse.Namespace) -> None:
    from core.lifecycle import prepared_database

    async with prepared_database(load_settings().database_url):
        await COMMANDS[args.command](args)


def main(argv: list[str]) -> int:
    """`argv` starts with 'user' (sys.argv[1:]). Returns the exit status."""
    if argv[:1] == ['user']:
        argv = argv[1:]
    args = _parser().parse_args(argv)
    try:
        asyncio.run(_run(args))
    except (CliError, AccountError) as error:
        print(t('konsol.gagal', pesan=error), file=sys.stderr)
        return 1
    return 0


def restore(argv: list[str]) -> int:
    """`python main.py restore FILE` (argv without 'restore'): put a backup (a database file or the
    one-click zip) in place of the SQLite database, with its stored files, then print how many files
    came back, its integrity and rows per table. Returns 0 when restored, 1 when refused (app
    running, not a backup) or the result is not sound, 2 for wrong use."""
    settings = load_settings()
    database = sqlite_path(settings)
    if len(argv) != 1 or database is None or not Path(argv[0]).is_file():
        print(t('konsol.pulihkan.pakai'), file=sys.stderr)
        return 2
    try:
        restored = restore_backup(Path(argv[0]), settings)
    except DatabaseInUse:
        print(t('konsol.gagal', pesan=t('konsol.pulihkan.sedang_dipakai', basis_data=database)), file=sys.stderr)
        return 1
    except NotABackup as error:
        print(t('konsol.gagal', pesan=t('konsol.pulihkan.bukan_cadangan', berkas=argv[0], alasan=error)),
              file=sys.stderr)
        return 1
    print(t('konsol.pulihkan.dipulihkan', berkas=argv[0], basis_data=database))
    if restored.kept is None:
        print(t('konsol.pulihkan.tanpa_lama'))
    else:
        print(t('konsol.pulihkan.lama_disimpan', folder=restored.kept))
    print(t('konsol.pulihkan.berkas', jumlah=restored.files))
    if restored.damaged:
        print(t('konsol.pulihkan.berkas_rusak', jumlah=restored.damaged), file=sys.stderr)
    print(t('konsol.pulihkan.integritas', hasil=restored.integrity))
    print(t('konsol.pulihkan.isi', tabel=len(restored.counts)))
    width = max(len(name) for name in restored.counts) + 1
    for name, count in restored.counts.items():
        print(t('konsol.pulihkan.baris', tabel=f'{name}:'.ljust(width), jumlah=count))
    return 0 if restored.integrity == 'ok' else 1
