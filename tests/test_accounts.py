"""Seeding of roles, matrix and first administrator; the matrix operations; the account rules."""
from __future__ import annotations

import pytest

from core.access import Action, RoleKind
from core.accounts import (AccountError, create_role, create_user, delete_role, load_actor, reset_role_to_default,
                           role_rights, seed_accounts, set_password, set_permission, update_user)
from core.passwords import verify_password
from models.accounts import MatrixTable, Role, RolePermission, User
from models.process_map import Section
from models.reference import Desa
from tests.helpers_auth import create_account, memory_db  # noqa: F401  (fixture)

STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'
KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'


async def test_first_start_creates_admin_with_a_generated_password_printed_once(memory_db, capsys, monkeypatch):
    monkeypatch.delenv('INITIAL_ADMIN_PASSWORD', raising=False)
    await User.all().delete()
    await seed_accounts()
    out = capsys.readouterr().out
    password = out.split('Masuk pertama kali: admin / ')[1].split()[0]
    admin = await User.get(username='admin').select_related('role')
    assert admin.role.jenis == RoleKind.ADMINISTRATOR
    assert admin.must_change_password
    assert verify_password(admin.password_hash, password)
    await seed_accounts()
    assert 'Masuk pertama kali' not in capsys.readouterr().out
    assert await User.all().count() == 1


async def test_first_admin_password_from_the_environment(memory_db, monkeypatch, capsys):
    await User.all().delete()
    monkeypatch.setenv('INITIAL_ADMIN_PASSWORD', 'sandi-awal-kantor')
    await seed_accounts()
    admin = await User.get(username='admin')
    assert verify_password(admin.password_hash, 'sandi-awal-kantor')
    assert 'sandi-awal-kantor' not in capsys.readouterr().out


async def test_a_weak_initial_password_is_refused(memory_db, monkeypatch):
    await User.all().delete()
    monkeypatch.setenv('INITIAL_ADMIN_PASSWORD', 'admin')
    with pytest.raises(RuntimeError, match='INITIAL_ADMIN_PASSWORD'):
        await seed_accounts()


async def test_seeding_again_changes_nothing(memory_db):
    before = (await Role.all().count(), await RolePermission.all().count(), await MatrixTable.all().count())
    role = await Role.get(nama=STAF_PELAYANAN)
    await set_permission(role, 'surat_masuk', Action.LIHAT, True)  # an admin's edit
    await seed_accounts()
    after = (await Role.all().count(), await RolePermission.all().count(), await MatrixTable.all().count())
    assert after == (before[0], before[1] + 1, before[2])
    assert ('surat_masuk', Action.LIHAT) in await role_rights(role)


async def test_a_table_new_to_the_matrix_gets_its_defaults_once_for_every_role(memory_db):
    kepala = await Role.get(nama=KEPALA_UMUM)
    staf = await Role.get(nama=STAF_PELAYANAN)
    await set_permission(staf, 'desa', Action.EKSPOR, True)  # an admin's edit elsewhere stays
    # as if surat_masuk had just been registered
    await MatrixTable.filter(tabel='surat_masuk').delete()
    await RolePermission.filter(tabel='surat_masuk').delete()
    await seed_accounts()
    assert {a for t, a in await role_rights(kepala) if t == 'surat_masuk'} == set(Action)
    assert ('desa', Action.EKSPOR) in await role_rights(staf)
    # seeded once: the admin's later edit survives the next start
    await set_permission(kepala, 'surat_masuk', Action.HAPUS, False)
    await seed_accounts()
    assert ('surat_masuk', Action.HAPUS) not in await role_rights(kepala)


async def test_a_role_kind_new_to_an_upgraded_database_gets_its_default_role_once(memory_db):
    """A database made before the Kepala Desa existed (no kind remembered, no such role) gets the
    role with its default rights on the next start; once known, a role the admin deletes stays deleted."""
    from core.accounts import KIND_MARKER
    await RolePermission.filter(role__jenis=RoleKind.KEPALA_DESA).delete()
    await Role.filter(jenis=RoleKind.KEPALA_DESA).delete()
    await MatrixTable.filter(tabel__startswith=KIND_MARKER).delete()
    await seed_accounts()
    kades = await Role.get(jenis=RoleKind.KEPALA_DESA)
    operator = await Role.get(jenis=RoleKind.OPERATOR_DESA)
    assert kades.nama == 'Kepala Desa'
    assert await role_rights(kades) == await role_rights(operator)    # the desa tables, as an operator's
    assert ('usulan_musrenbang', Action.UBAH) in await role_rights(kades)
    await RolePermission.filter(role=kades).delete()
    await kades.delete()
    await seed_accounts()
    assert not await Role.filter(jenis=RoleKind.KEPALA_DESA).exists()


async def test_reset_role_to_default(memory_db):
    staf = await Role.get(nama=STAF_PELAYANAN)
    default = await role_rights(staf)
    await set_permission(staf, 'surat_keluar', Action.HAPUS, True)
    await set_permission(staf, 'desa', Action.LIHAT, False)
    assert await role_rights(staf) != default
    await reset_role_to_default(staf)
    assert await role_rights(staf) == default


async def test_set_permission_refuses_unknown_tables_and_actions(memory_db):
    staf = await Role.get(nama=STAF_PELAYANAN)
    with pytest.raises(AccountError):
        await set_permission(staf, 'tidak_ada', Action.LIHAT, True)
    with pytest.raises(ValueError):
        await set_permission(staf, 'desa', 'terbang', True)


async def test_load_actor_reads_rights_from_the_database(memory_db):
    user = await create_account('sari', STAF_PELAYANAN)
    actor = await load_actor(user.id)
    assert actor.username == 'sari' and actor.role == STAF_PELAYANAN and actor.kind == RoleKind.STAF
    assert ('desa', Action.LIHAT) in actor.rights
    await set_permission(await Role.get(nama=STAF_PELAYANAN), 'desa', Action.LIHAT, False)
    assert ('desa', Action.LIHAT) not in (await load_actor(user.id)).rights
    user.aktif = False
    await user.save()
    assert await load_actor(user.id) is None
    assert await load_actor(99999) is None


async def test_create_user_rules(memory_db):
    staf = await Role.get(nama=STAF_PELAYANAN)
    operator = await Role.get(nama='Operator Desa')
    desa = await Desa.get(kode='35.08.03.2001')
    with pytest.raises(AccountError, match='sudah dipakai') as error:
        await create_user('Admin', 'rahasia-benar-1', staf)
    assert error.value.field == 'username'
    with pytest.raises(AccountError, match='minimal 10'):
        await create_user('budi', 'pendek', staf)
    with pytest.raises(AccountError, match='sama dengan nama pengguna'):
        await create_user('budisantoso', 'BudiSantoso', staf)
    with pytest.raises(AccountError, match='wajib dikaitkan') as error:
        await create_user('op.jugosari', 'rahasia-benar-1', operator)
    assert error.value.field == 'desa'
    with pytest.raises(AccountError, match='Nama pengguna'):
        await create_user('a b', 'rahasia-benar-1', staf)
    op = await create_user('Op.Jugosari', 'rahasia-benar-1', operator, desa_id=desa.id)
    assert op.username == 'op.jugosari' and op.desa_id == desa.id and op.must_change_password
    # a desa is kept only for an Operator Desa
    budi = await create_user('budi', 'rahasia-benar-1', staf, desa_id=desa.id)
    assert budi.desa_id is None


async def test_the_last_active_administrator_stays(memory_db):
    admin = await User.get(username='admin').select_related('role')
    staf = await Role.get(nama=STAF_PELAYANAN)
    with pytest.raises(AccountError, match='satu Administrator'):
        await update_user(admin, nama_lengkap='Admin', role=admin.role, desa_id=None, aktif=False)
    with pytest.raises(AccountError, match='satu Administrator'):
        await update_user(admin, nama_lengkap='Admin', role=staf, desa_id=None, aktif=True)
    second = await create_account('admin2', 'Administrator')
    await update_user(admin, nama_lengkap='Admin', role=admin.role, desa_id=None, aktif=False)
    assert not (await User.get(username='admin')).aktif
    assert second.aktif


async def test_roles_create_rename_delete(memory_db):
    with pytest.raises(AccountError, match='sudah ada'):
        await create_role('camat', RoleKind.PIMPINAN)
    with pytest.raises(AccountError, match='Pilih seksi'):
        await create_role('Staf Baru', RoleKind.STAF)
    role = await create_role('  Analis   Kebijakan ', RoleKind.STAF, Section.PELAYANAN)
    assert role.nama == 'Analis Kebijakan'
    assert await role_rights(role) == await role_rights(await Role.get(nama=STAF_PELAYANAN))
    from core.accounts import rename_role
    with pytest.raises(AccountError, match='sudah ada'):
        await rename_role(role, 'Camat')
    await rename_role(role, 'Analis Pelayanan')
    await create_account('ani', 'Analis Pelayanan')
    with pytest.raises(AccountError, match='masih dipakai 1 pengguna'):
        await delete_role(role)
    await User.filter(username='ani').delete()
    await delete_role(role)
    assert not await RolePermission.filter(role_id=role.id).exists()


async def test_changes_of_users_roles_and_rights_go_to_the_audit_log(memory_db):
    from models.audit import AuditAction, AuditEntry
    staf = await Role.get(nama=STAF_PELAYANAN)
    await AuditEntry.all().delete()
    user = await create_user('budi', 'rahasia-benar-1', staf, nama_lengkap='Budi', by='admin')
    await update_user(user, nama_lengkap='Budi Santoso', role=staf, desa_id=None, aktif=False, by='admin')
    await set_password(user, 'rahasia-baru-22', must_change_password=True, by='admin')
    await set_permission(staf, 'surat_masuk', Action.LIHAT, True, by='admin')
    await set_permission(staf, 'surat_masuk', Action.LIHAT, True, by='admin')  # no change: not logged
    await reset_role_to_default(staf, by='admin')
    role = await create_role('Arsiparis', RoleKind.STAF, Section.UMUM, by='admin')
    entries = await AuditEntry.all().order_by('id')
    assert all(e.aksi == AuditAction.HAK_AKSES and e.pengguna == 'admin' for e in entries)
    notes = [e.keterangan for e in entries]
    assert notes[:5] == [
        'Pengguna budi dibuat',
        'Pengguna budi diubah',
        'Kata sandi budi diatur ulang; kunci akun dibuka',
        f'Lihat Surat Masuk diberikan kepada {STAF_PELAYANAN}',
        f'Hak akses {STAF_PELAYANAN} dikembalikan ke bawaan Peta Relasi',
    ]
    assert notes[5] == 'Peran Arsiparis dibuat' and notes[6].startswith('Hak akses Arsiparis')
    assert (entries[1].sebelum, entries[1].sesudah) == ({'nama_lengkap': 'Budi', 'aktif': True},
                                                       {'nama_lengkap': 'Budi Santoso', 'aktif': False})
    assert entries[4].sebelum == {'dicabut': ['surat_masuk: Lihat']} and entries[4].sesudah == {'diberikan': []}
    # no password (the Subbag Umum's default right 'surat_rahasia' is no password)
    assert not any(p in str(e.sebelum) + str(e.sesudah) + str(e.keterangan)
                   for e in entries for p in ('rahasia-benar-1', 'rahasia-baru-22'))
    assert role.id in {e.baris_id for e in entries}
