"""Roles, the role matrix and users: seeding, and the few operations the settings page and the
command line share. Every rule a clerk can break raises AccountError with a message for the form.

The matrix is never typed cell by cell: a role's rights start as `default_rights` (docs/design.md §Roles,
derived from the owners in the process map), for every table the matrix does not know yet.
After that the administrator owns them (settings page, tab Matriks).
"""
from __future__ import annotations

import asyncio
import os
import re

from tortoise.transactions import in_transaction

from core import audit
from core.access import (PSEUDO_TABLES, RAHASIA_RIGHT, SURAT_RAHASIA, Action, Actor, RoleKind, action_label,
                         default_rights, rahasia_by_default)
from core.passwords import generate_password, hash_password, policy_error
from forms.fields import plain_text
from forms.indonesian import ParseError
from locales import t
from models.accounts import MatrixTable, Role, RolePermission, User
from models.audit import AuditAction
from models.process_map import Section
from models.reference import Desa
from models.table import TABLES, TableSpec

ADMIN_USERNAME = 'admin'
SYSTEM = 'sistem'  # who the audit log names for the start-up seed
ADMIN_ROLE = 'Administrator'
OPERATOR_DESA_ROLE = 'Operator Desa'
KEPALA_DESA_ROLE = 'Kepala Desa'
USERNAME_PATTERN = re.compile(r'[a-z0-9][a-z0-9._-]{2,49}')
USERS, ROLES, MATRIX = 'pengguna', 'peran', 'hak_akses'  # the audit log's table names for these


async def _log(by: str, note: str, *, table: str, row_id: int | None = None,
               before: dict | None = None, after: dict | None = None) -> None:
    """Every change of users, roles and rights goes to the audit log (never a password or a hash)."""
    await audit.record(by, AuditAction.HAK_AKSES, table=table, row_id=row_id, before=before, after=after, note=note)


def default_roles() -> list[tuple[str, RoleKind, Section | None]]:
    """The roles of the Peta Relasi: a Kepala and a Staf for each section, the leaders, the
    desa operators and the administrator."""
    roles: list[tuple[str, RoleKind, Section | None]] = [
        ('Camat', RoleKind.PIMPINAN, None),
        ('Sekretaris Kecamatan', RoleKind.PIMPINAN, None),
    ]
    for section in Section:
        roles.append((f'Kepala {section.value}', RoleKind.KEPALA, section))
        roles.append((f'Staf {section.value}', RoleKind.STAF, section))
    roles.append((OPERATOR_DESA_ROLE, RoleKind.OPERATOR_DESA, None))
    roles.append((KEPALA_DESA_ROLE, RoleKind.KEPALA_DESA, None))
    roles.append((ADMIN_ROLE, RoleKind.ADMINISTRATOR, None))
    return roles


class AccountError(ValueError):
    """A rule of accounts was broken. `field` names the form field the message belongs beside."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# --------------------------------------------------------------------------- seeding

async def seed_accounts() -> None:
    """Idempotent start-up seed: the default roles (first start only: afterwards the admin owns
    them), the default rights of every table new to the matrix, and the first administrator."""
    async with in_transaction():
        if not await Role.exists():
            for nama, jenis, seksi in default_roles():
                await Role.create(nama=nama, jenis=jenis, seksi=seksi)
            await _know_role_kinds()
        await _seed_new_tables()
        await _seed_new_role_kinds()
        if not await User.exists():
            await _create_first_admin()


KIND_MARKER = 'jenis_peran:'   # a MatrixTable row per role kind the database has known (see below)


async def _know_role_kinds() -> None:
    await MatrixTable.bulk_create([MatrixTable(tabel=f'{KIND_MARKER}{kind.value}') for kind in RoleKind],
                                  ignore_conflicts=True)


async def _seed_new_role_kinds() -> None:
    """A role kind added after the database was made (the Kepala Desa, who validates the usulan of
    their desa) gets its default role and rights once, on the next start-up: an office upgrading
    should not have to build it by hand. Once known, the kind is the administrator's: a role they
    delete stays deleted."""
    known = {name.removeprefix(KIND_MARKER) for name in await MatrixTable.filter(tabel__startswith=KIND_MARKER)
             .values_list('tabel', flat=True)}
    if not known:   # a database from before the kinds were remembered: those it has roles of
        known = {getattr(jenis, 'value', jenis) for jenis in await Role.all().values_list('jenis', flat=True)}
    new_kinds = {kind for kind in RoleKind if kind.value not in known}
    if not new_kinds:
        return
    for nama, jenis, seksi in default_roles():
        if jenis in new_kinds and not await Role.filter(jenis=jenis).exists():
            role = await Role.create(nama=nama, jenis=jenis, seksi=seksi)
            rights = default_rights(jenis, seksi, list(TABLES.values()))
            if rahasia_by_default(jenis, seksi):
                rights.add(RAHASIA_RIGHT)
            await RolePermission.bulk_create([RolePermission(role=role, tabel=tabel, aksi=action.value)
                                              for tabel, action in sorted(rights)], ignore_conflicts=True)
    await _know_role_kinds()


async def seed_table_rights() -> None:
    """The default rights of a table the administrator has just made (core.structure.create_table)."""
    await _seed_new_tables()


async def _seed_new_tables() -> None:
    """The default rights of every table (and pseudo-table: the right to confidential letters) the
    matrix does not know yet, once; a database made before Sifat Rahasia gets that right here."""
    known = set(await MatrixTable.all().values_list('tabel', flat=True))
    new_tables = [spec for name, spec in TABLES.items() if name not in known]
    new_rahasia = SURAT_RAHASIA not in known
    if not new_tables and not new_rahasia:
        return
    rows = []
    for role in await Role.all():
        rights = default_rights(role.jenis, role.seksi, new_tables)
        if new_rahasia and rahasia_by_default(RoleKind(role.jenis), role.seksi):
            rights.add(RAHASIA_RIGHT)
        rows += [RolePermission(role=role, tabel=tabel, aksi=action.value) for tabel, action in sorted(rights)]
    await RolePermission.bulk_create(rows, ignore_conflicts=True)
    names = [spec.name for spec in new_tables] + ([SURAT_RAHASIA] if new_rahasia else [])
    await MatrixTable.bulk_create([MatrixTable(tabel=name) for name in names], ignore_conflicts=True)


async def _create_first_admin() -> None:
    password = os.environ.get('INITIAL_ADMIN_PASSWORD') or ''
    if password:
        if problem := policy_error(password, ADMIN_USERNAME):
            raise RuntimeError(t('konsol.admin_sandi_ditolak', alasan=problem))
    else:
        password = generate_password()
    role = await Role.filter(jenis=RoleKind.ADMINISTRATOR).order_by('id').first()
    if role is None:
        role = await Role.create(nama=ADMIN_ROLE, jenis=RoleKind.ADMINISTRATOR)
    admin = await User.create(username=ADMIN_USERNAME, nama_lengkap='Administrator', role=role,
                              password_hash=await asyncio.to_thread(hash_password, password),
                              must_change_password=True)
    await _log(SYSTEM, t('log.catatan.admin_pertama'), table=USERS, row_id=admin.id,
               after={'username': ADMIN_USERNAME, 'peran': role.nama})
    if not os.environ.get('INITIAL_ADMIN_PASSWORD'):
        bar = '=' * 60
        first_login = t('konsol.admin_pertama', pengguna=ADMIN_USERNAME, sandi=password)
        print(f'\n{bar}\n{first_login}\n{t("konsol.admin_pertama_sekali")}\n{bar}\n', flush=True)


# --------------------------------------------------------------------------- the matrix

def _spec(tabel: str) -> TableSpec:
    if tabel not in TABLES:
        raise AccountError(t('pengaturan.aturan.tabel_tidak_dikenal', tabel=tabel))
    return TABLES[tabel]


def matrix_label(tabel: str) -> str:
    """What a table (or pseudo-table) is called in the matrix and its audit log."""
    return t('pengaturan.matriks.surat_rahasia') if tabel == SURAT_RAHASIA else _spec(tabel).label


def _known(tabel: str, action: Action) -> bool:
    return tabel in TABLES or (tabel, action) == RAHASIA_RIGHT


async def role_rights(role: Role | int) -> frozenset[tuple[str, Action]]:
    """The ticked cells of a role, for tables that still exist and actions that are known (and the
    right to confidential letters, core.access.RAHASIA_RIGHT)."""
    role_id = role if isinstance(role, int) else role.id
    actions = {a.value: a for a in Action}
    rows = await RolePermission.filter(role_id=role_id).values_list('tabel', 'aksi')
    return frozenset((tabel, actions[aksi]) for tabel, aksi in rows if aksi in actions and _known(tabel, actions[aksi]))


def _cells(rights) -> list[str]:
    return [f'{tabel}: {action_label(action)}' for tabel, action in sorted(rights)]


async def reset_role_to_default(role: Role, by: str = SYSTEM) -> None:
    """Replace every right of this role with the defaults the Peta Relasi gives its kind and section."""
    rights = default_rights(role.jenis, role.seksi, list(TABLES.values()))
    async with in_transaction():
        current = await role_rights(role)
        await RolePermission.filter(role_id=role.id, tabel__in=[*TABLES, *PSEUDO_TABLES]).delete()
        await RolePermission.bulk_create(
            [RolePermission(role_id=role.id, tabel=tabel, aksi=action.value) for tabel, action in sorted(rights)])
        removed, added = current - rights, rights - current
        if removed or added:
            await _log(by, t('log.catatan.hak_dikembalikan', peran=role.nama), table=MATRIX, row_id=role.id,
                       before={'dicabut': _cells(removed)}, after={'diberikan': _cells(added)})


async def set_permission(role: Role, tabel: str, action: Action | str, allowed: bool, by: str = SYSTEM) -> None:
    """Tick (allowed) or untick one cell of the matrix. Applies at the user's next request."""
    action = Action(action)
    label = matrix_label(tabel)
    if tabel in PSEUDO_TABLES and not _known(tabel, action):
        raise AccountError(t('pengaturan.aturan.tabel_tidak_dikenal', tabel=tabel))
    async with in_transaction():
        if allowed:
            _, changed = await RolePermission.get_or_create(role_id=role.id, tabel=tabel, aksi=action.value)
        else:
            changed = await RolePermission.filter(role_id=role.id, tabel=tabel, aksi=action.value).delete() > 0
        if changed:
            cell = {'aksi': action_label(action), 'tabel': label, 'peran': role.nama}
            note = t('log.catatan.hak_diberikan', **cell) if allowed else t('log.catatan.hak_dicabut', **cell)
            await _log(by, note, table=MATRIX, row_id=role.id,
                       before={'tabel': tabel, 'aksi': action.value, 'boleh': not allowed},
                       after={'tabel': tabel, 'aksi': action.value, 'boleh': allowed})


# --------------------------------------------------------------------------- actors

def actor_of(user: User, rights: frozenset[tuple[str, Action]]) -> Actor:
    role: Role = user.role
    return Actor(username=user.username, role=role.nama, kind=RoleKind(role.jenis), rights=rights,
                 desa_id=user.desa_id, user_id=user.id, section=Section(role.seksi) if role.seksi else None)


async def load_actor(user_id: int) -> Actor | None:
    """The actor of an active user, with the rights of their role as they are in the database now."""
    user = await User.get_or_none(id=user_id, aktif=True).select_related('role')
    if user is None:
        return None
    return actor_of(user, await role_rights(user.role_id))


# --------------------------------------------------------------------------- roles

async def create_role(nama: str, jenis: RoleKind, seksi: Section | None = None, by: str = SYSTEM) -> Role:
    """A new role, starting with the default rights of its kind and section."""
    nama = _name(nama, 'nama')
    jenis, seksi = RoleKind(jenis), Section(seksi) if seksi else None
    if not nama:
        raise AccountError(t('pengaturan.aturan.nama_peran_wajib'), 'nama')
    if await Role.filter(nama__iexact=nama).exists():
        raise AccountError(t('pengaturan.aturan.peran_sudah_ada', peran=nama), 'nama')
    if jenis in (RoleKind.KEPALA, RoleKind.STAF) and seksi is None:
        raise AccountError(t('pengaturan.aturan.pilih_seksi'), 'seksi')
    async with in_transaction():
        role = await Role.create(nama=nama, jenis=jenis, seksi=seksi)
        await _log(by, t('log.catatan.peran_dibuat', peran=nama), table=ROLES, row_id=role.id,
                   after={'nama': nama, 'jenis': jenis.value, 'seksi': seksi.value if seksi else None})
        await reset_role_to_default(role, by)
    return role


async def rename_role(role: Role, nama: str, by: str = SYSTEM) -> None:
    nama = _name(nama, 'nama')
    if not nama:
        raise AccountError(t('pengaturan.aturan.nama_peran_wajib'), 'nama')
    if await Role.filter(nama__iexact=nama).exclude(id=role.id).exists():
        raise AccountError(t('pengaturan.aturan.peran_sudah_ada', peran=nama), 'nama')
    before, role.nama = role.nama, nama
    async with in_transaction():
        await role.save(update_fields=['nama'])
        await _log(by, t('log.catatan.peran_diganti_nama', lama=before, baru=nama), table=ROLES, row_id=role.id,
                   before={'nama': before}, after={'nama': nama})


async def delete_role(role: Role, by: str = SYSTEM) -> None:
    """Delete a role that no user holds (its rights go with it)."""
    count = await User.filter(role_id=role.id).count()
    if count:
        raise AccountError(t('pengaturan.aturan.peran_masih_dipakai', peran=role.nama, n=count))
    if role.jenis == RoleKind.ADMINISTRATOR and await Role.filter(jenis=RoleKind.ADMINISTRATOR).count() == 1:
        raise AccountError(t('pengaturan.aturan.admin_terakhir'))
    async with in_transaction():
        await _log(by, t('log.catatan.peran_dihapus', peran=role.nama), table=ROLES, row_id=role.id,
                   before={'nama': role.nama})
        await role.delete()


# --------------------------------------------------------------------------- users

def _name(text: str, field: str) -> str:
    """A role's or a person's name on one line with single spaces; hidden characters (controls, bidi
    controls) are refused as in every text field (forms.fields.plain_text)."""
    try:
        return ' '.join(plain_text(text, multiline=False).split())
    except ParseError as error:
        raise AccountError(str(error), field) from None


def normalise_username(username: str) -> str:
    return username.strip().lower()


async def _check_role_and_desa(role: Role, desa_id: int | None) -> int | None:
    """The desa to store: required for an Operator Desa or a Kepala Desa, dropped for every other role."""
    if not RoleKind(role.jenis).bound_to_desa:
        return None
    if desa_id is None:
        raise AccountError(t('pengaturan.aturan.operator_perlu_desa'), 'desa')
    if not await Desa.filter(id=desa_id, deleted_at=None).exists():
        raise AccountError(t('pengaturan.aturan.desa_tidak_ditemukan'), 'desa')
    return desa_id


async def _active_admins(exclude_user_id: int | None = None) -> int:
    query = User.filter(aktif=True, role__jenis=RoleKind.ADMINISTRATOR)
    if exclude_user_id is not None:
        query = query.exclude(id=exclude_user_id)
    return await query.count()


async def _describe(user: User) -> dict:
    role = await Role.get_or_none(id=user.role_id)
    desa = await Desa.get_or_none(id=user.desa_id) if user.desa_id else None
    return {'nama_lengkap': user.nama_lengkap, 'peran': role.nama if role else None,
            'desa': desa.nama if desa else None, 'aktif': user.aktif}


async def create_user(username: str, password: str, role: Role, *, nama_lengkap: str = '',
                      desa_id: int | None = None, must_change_password: bool = True, by: str = SYSTEM) -> User:
    username = normalise_username(username)
    if not USERNAME_PATTERN.fullmatch(username):
        raise AccountError(t('pengaturan.aturan.nama_pengguna_tidak_sah'), 'username')
    if await User.filter(username=username).exists():
        raise AccountError(t('pengaturan.aturan.nama_pengguna_dipakai', pengguna=username), 'username')
    nama_lengkap = _name(nama_lengkap, 'nama_lengkap')
    if problem := policy_error(password, username):
        raise AccountError(problem, 'password')
    desa_id = await _check_role_and_desa(role, desa_id)
    password_hash = await asyncio.to_thread(hash_password, password)
    async with in_transaction():
        user = await User.create(username=username, nama_lengkap=nama_lengkap, role=role,
                                 desa_id=desa_id, password_hash=password_hash,
                                 must_change_password=must_change_password)
        await _log(by, t('log.catatan.pengguna_dibuat', pengguna=username), table=USERS, row_id=user.id,
                   after={'username': username, **await _describe(user)})
    return user


async def update_user(user: User, *, nama_lengkap: str, role: Role, desa_id: int | None, aktif: bool,
                      by: str = SYSTEM) -> None:
    """Change a user's name, role, desa and active flag. The last active Administrator stays one."""
    nama_lengkap = _name(nama_lengkap, 'nama_lengkap')
    desa_id = await _check_role_and_desa(role, desa_id)
    stays_admin = aktif and RoleKind(role.jenis) == RoleKind.ADMINISTRATOR
    if not stays_admin and await _active_admins(exclude_user_id=user.id) == 0 and await _active_admins() > 0:
        raise AccountError(t('pengaturan.aturan.minimal_satu_admin'))
    if by == user.username and not aktif:
        raise AccountError(t('pengaturan.aturan.tidak_bisa_menonaktifkan_diri'), 'aktif')
    before = await _describe(user)
    user.nama_lengkap = nama_lengkap
    user.role = role
    user.desa_id = desa_id
    user.aktif = aktif
    async with in_transaction():
        await user.save(update_fields=['nama_lengkap', 'role_id', 'desa_id', 'aktif'])
        old, new = audit.changes(before, await _describe(user))
        if new:
            await _log(by, t('log.catatan.pengguna_diubah', pengguna=user.username), table=USERS, row_id=user.id,
                       before=old, after=new)


async def set_password(user: User, password: str, *, must_change_password: bool, by: str = SYSTEM) -> None:
    """Set a new password (checked against the policy) and lift any lockout. A new password also
    ends the user's other sessions (core.auth compares a stamp of the hash)."""
    if problem := policy_error(password, user.username):
        raise AccountError(problem, 'password')
    user.password_hash = await asyncio.to_thread(hash_password, password)
    user.must_change_password = must_change_password
    user.failed_attempts = 0
    user.locked_until = None
    note = (t('log.catatan.sandi_diganti_sendiri', pengguna=user.username) if by == user.username else
            t('log.catatan.sandi_diatur_ulang', pengguna=user.username))
    async with in_transaction():
        await user.save(update_fields=['password_hash', 'must_change_password', 'failed_attempts', 'locked_until'])
        await _log(by, note, table=USERS, row_id=user.id)


async def unlock_user(user: User, by: str = SYSTEM) -> None:
    """Lift a lockout now, without changing the password."""
    async with in_transaction():
        await User.filter(id=user.id).update(failed_attempts=0, locked_until=None)
        await _log(by, t('log.catatan.kunci_dibuka', pengguna=user.username), table=USERS, row_id=user.id)


# --------------------------------------------------------------------------- reading, for the settings page

async def role_by_id(role_id: int | None) -> Role | None:
    return await Role.get_or_none(id=role_id) if role_id is not None else None


async def user_by_id(user_id: int) -> User | None:
    return await User.get_or_none(id=user_id)


async def role_options() -> dict[int, str]:
    """Every role's name by id, in the order they were made."""
    return {role.id: role.nama for role in await Role.all().order_by('id')}


async def operator_role_ids() -> set[int]:
    """The roles whose users are an Operator Desa (they need a desa)."""
    return set(await Role.filter(jenis__in=[RoleKind.OPERATOR_DESA, RoleKind.KEPALA_DESA]).values_list('id', flat=True))


async def desa_options() -> dict[int, str]:
    """The desa an Operator Desa may be given: 'Jarit (35.08.03.2001)' by id, in the order of their codes."""
    return {desa.id: f'{desa.nama} ({desa.kode})' for desa in await Desa.filter(deleted_at=None).order_by('kode')}


async def users_with_roles() -> list[User]:
    """Every user by name, with their role and desa loaded."""
    return await User.all().order_by('username').select_related('role', 'desa')


async def roles_with_user_counts() -> list[tuple[Role, int]]:
    """Every role, in the order they were made, with the number of users holding it."""
    roles = await Role.all().order_by('id')
    counts: dict[int, int] = {}
    for role_id in await User.all().values_list('role_id', flat=True):
        counts[role_id] = counts.get(role_id, 0) + 1
    return [(role, counts.get(role.id, 0)) for role in roles]
