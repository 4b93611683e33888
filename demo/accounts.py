"""Demo users (models/accounts.py): one active user per default role, all with DEMO_PASSWORD and no
forced change, named after the demo pegawai who holds the role; and a Kepala Desa for every desa
(RoleKind.KEPALA_DESA, who validates the desa's usulan musrenbang), with that role made if missing.
"""
from __future__ import annotations

import asyncio

from core import audit
from core.access import RoleKind
from core.accounts import OPERATOR_DESA_ROLE, USERNAME_PATTERN, create_role, default_roles, normalise_username
from core.passwords import hash_password, policy_error
from demo.base import DEMO_USER
from models.accounts import Role, User
from models.audit import AuditAction
from models.kepegawaian import ESELON_JABATAN, Pegawai, UnitKerja
from models.process_map import Section
from models.reference import Desa

DEMO_PASSWORD = 'candipuro-demo-2026'
STAF_UNIT = {Section.UMUM: UnitKerja.UMUM, Section.KEUANGAN: UnitKerja.KEUANGAN, Section.PELAYANAN: UnitKerja.PELAYANAN,
             Section.PEMBERDAYAAN: UnitKerja.PEMBERDAYAAN, Section.PEMERINTAHAN: UnitKerja.PEMERINTAHAN}
SHORT = {Section.UMUM: 'umum', Section.KEUANGAN: 'keuangan', Section.PELAYANAN: 'pelayanan',
         Section.PEMBERDAYAAN: 'pemberdayaan', Section.PEMERINTAHAN: 'pemerintahan'}
OPERATOR_DESA_DEMO = 'Jarit'
KEPALA_DESA_ROLE = 'Kepala Desa'


def kades_username(desa_nama: str) -> str:
    """The demo Kepala Desa of a desa: kades.jarit."""
    return normalise_username(f"kades.{desa_nama.replace(' ', '')}")


def demo_accounts() -> list[tuple[str, str, RoleKind, Section | None]]:
    """(username, role name, kind, section): one account for every default role."""
    accounts = []
    for role_name, kind, section in default_roles():
        if kind == RoleKind.PIMPINAN:
            username = 'camat' if role_name == 'Camat' else 'sekcam'
        elif kind == RoleKind.KEPALA:
            username = f'{"kasubbag" if section in (Section.UMUM, Section.KEUANGAN) else "kasi"}.{SHORT[section]}'
        elif kind == RoleKind.STAF:
            username = f'staf.{SHORT[section]}'
        elif kind == RoleKind.OPERATOR_DESA:
            username = f'operator.{OPERATOR_DESA_DEMO.lower()}'
        elif kind == RoleKind.KEPALA_DESA:
            continue   # one per desa: _kepala_desa_users
        else:
            username = 'admin.demo'
        accounts.append((username, role_name, kind, section))
    return accounts


def _person_for(kind: RoleKind, role_name: str, section: Section | None, pegawai: list[Pegawai]) -> str | None:
    """The demo pegawai who holds this role (the Camat for Camat, a Kepala for a Kepala, staff for Staf)."""
    for p in pegawai:
        if kind == RoleKind.PIMPINAN and p.jabatan == ('Camat Candipuro' if role_name == 'Camat' else role_name):
            return p.nama
        if section is not None and p.unit == STAF_UNIT[section]:
            if (kind == RoleKind.KEPALA) == (p.jenis_jabatan in ESELON_JABATAN):
                return p.nama
    return None


async def create_demo_users(password: str = DEMO_PASSWORD) -> list[tuple[str, str]]:
    """One active user per default role, all with the demo password and no forced change.

    The password is hashed once and shared: argon2 takes most of a second per hash on purpose, and
    fourteen hashes would make the demo slow. Names are checked as core.accounts.create_user checks
    them, and every creation goes to the audit log. Returns (username, role) of the users made."""
    if problem := policy_error(password):
        raise ValueError(problem)
    password_hash = await asyncio.to_thread(hash_password, password)
    roles = {role.nama: role for role in await Role.all()}
    pegawai = list(await Pegawai.all().order_by('id'))
    desa = await Desa.get_or_none(nama=OPERATOR_DESA_DEMO)
    made = []
    for username, role_name, kind, section in demo_accounts():
        username = normalise_username(username)
        role = roles.get(role_name)
        if role is None or not USERNAME_PATTERN.fullmatch(username) or await User.filter(username=username).exists():
            continue
        if kind == RoleKind.OPERATOR_DESA and desa is None:
            continue
        nama = (f'{OPERATOR_DESA_ROLE} {desa.nama}' if kind == RoleKind.OPERATOR_DESA else
                _person_for(kind, role_name, section, pegawai) or role_name)
        user = await User.create(username=username, nama_lengkap=nama, role=role,
                                 desa_id=desa.id if kind == RoleKind.OPERATOR_DESA else None,
                                 password_hash=password_hash, must_change_password=False)
        await audit.record(DEMO_USER, AuditAction.HAK_AKSES, table='pengguna', row_id=user.id,
                           after={'username': username, 'peran': role.nama}, note=f'Pengguna demo {username} dibuat')
        made.append((username, role.nama))
    return made + await _kepala_desa_users(password_hash)


async def _kepala_desa_users(password_hash: str) -> list[tuple[str, str]]:
    role = await Role.filter(jenis=RoleKind.KEPALA_DESA).order_by('id').first() \
        or await create_role(KEPALA_DESA_ROLE, RoleKind.KEPALA_DESA, by=DEMO_USER)
    made = []
    for desa in await Desa.filter(deleted_at=None).order_by('kode'):
        username = kades_username(desa.nama)
        if not USERNAME_PATTERN.fullmatch(username) or await User.filter(username=username).exists():
            continue
        user = await User.create(username=username, nama_lengkap=f'{KEPALA_DESA_ROLE} {desa.nama}', role=role,
                                 desa_id=desa.id, password_hash=password_hash, must_change_password=False)
        await audit.record(DEMO_USER, AuditAction.HAK_AKSES, table='pengguna', row_id=user.id,
                           after={'username': username, 'peran': role.nama}, note=f'Pengguna demo {username} dibuat')
        made.append((username, role.nama))
    return made
