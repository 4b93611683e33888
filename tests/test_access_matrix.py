"""The default role matrix, cell by cell, against docs/design.md §Roles, for every role × table × action.

The expectations are written from the design document (its owner column and its rules), not
from core.access: a table registered later is covered automatically through its process code.
"""
from __future__ import annotations

import pytest

from core.access import Action, Actor, RoleKind, can, default_rights
from core.accounts import default_roles, role_rights
from models.accounts import Role
from models.table import TABLES, TableSpec
from tests.helpers_auth import memory_db  # noqa: F401  (fixture)

UMUM = 'Subbag Umum dan Kepegawaian'
KEUANGAN = 'Subbag Keuangan'
PELAYANAN = 'Seksi Pelayanan Umum'
PEMBERDAYAAN = 'Seksi Pemberdayaan Masyarakat'
PEMERINTAHAN = 'Seksi Pemerintahan'

# docs/design.md §Process map, column "owner (default)"; L2 is the Operator Desa's / Kepala Desa's own: no section.
PROCESS_OWNER = {
    'M1': UMUM, 'M1.1': UMUM, 'M1.2': UMUM, 'M1.3': UMUM, 'M2': KEUANGAN, 'M3': KEUANGAN,
    'U1': PELAYANAN, 'U2': PEMBERDAYAAN, 'U3': PEMERINTAHAN,
    'L1': KEUANGAN, 'L2': None, 'L3': PEMBERDAYAAN, 'L4': PEMBERDAYAAN, 'L5': PEMBERDAYAAN,
    'L6': UMUM, 'L7': PEMERINTAHAN, 'L8': PEMERINTAHAN, 'L9': PEMERINTAHAN,
}
# docs/design.md §Roles: "desa: Seksi Pemerintahan; instansi, klasifikasi arsip and pangkat: Subbag Umum".
REFERENCE_OWNER = {'desa': PEMERINTAHAN, 'instansi': UMUM, 'klasifikasi_arsip': UMUM, 'pangkat': UMUM,
                   'hari_libur': UMUM, 'rekening_belanja': KEUANGAN}
# docs/design.md §Roles: "every Kepala: lihat and ubah on disposisi" (the Kasi or Kasubbag a disposisi names).
ADDRESSED_TO_KEPALA = {'disposisi'}
# docs/design.md §Roles: Operator Desa, "on the tables of L1, L2, L8 and L9 that have a desa", own desa only.
DESA_OPERATOR_PROCESSES = {'L1', 'L2', 'L8', 'L9'}

ALL = set(Action)
VIEW_EXPORT = {Action.LIHAT, Action.EKSPOR}
STAFF = {Action.LIHAT, Action.TAMBAH, Action.UBAH}


def owner(spec: TableSpec) -> str | None:
    if spec.process is None:
        return REFERENCE_OWNER[spec.name]
    return PROCESS_OWNER[spec.process]


def expected(role_name: str, spec: TableSpec) -> set[Action]:
    """The table of default rights in docs/design.md §Roles, read by role name."""
    if role_name == 'Administrator':
        return set()  # settings only, no implicit data rights
    rights: set[Action] = set()
    if spec.process is None:
        rights.add(Action.LIHAT)  # every role sees the reference tables
    if role_name in ('Camat', 'Sekretaris Kecamatan'):
        rights |= VIEW_EXPORT
    elif role_name in ('Operator Desa', 'Kepala Desa'):   # both bound to one desa (RoleKind.bound_to_desa)
        if spec.process in DESA_OPERATOR_PROCESSES and spec.desa_field:
            rights |= STAFF
    elif role_name == f'Kepala {owner(spec)}':
        rights |= ALL
    elif role_name == f'Staf {owner(spec)}':
        rights |= STAFF
    elif role_name.startswith('Kepala ') and spec.name in ADDRESSED_TO_KEPALA:
        rights |= {Action.LIHAT, Action.UBAH}
    return rights


ROLE_NAMES = [
    'Camat', 'Sekretaris Kecamatan',
    f'Kepala {UMUM}', f'Staf {UMUM}', f'Kepala {KEUANGAN}', f'Staf {KEUANGAN}',
    f'Kepala {PELAYANAN}', f'Staf {PELAYANAN}', f'Kepala {PEMBERDAYAAN}', f'Staf {PEMBERDAYAAN}',
    f'Kepala {PEMERINTAHAN}', f'Staf {PEMERINTAHAN}',
    'Operator Desa', 'Kepala Desa', 'Administrator',
]


def test_the_seeded_roles_are_the_roles_of_design_section_2():
    assert sorted(name for name, _, _ in default_roles()) == sorted(ROLE_NAMES)


def test_every_table_has_a_known_owner():
    for spec in TABLES.values():
        assert spec.process in PROCESS_OWNER or spec.name in REFERENCE_OWNER, spec.name


def fake_actor(role_name: str, desa_id: int | None = None) -> Actor:
    name, kind, section = next(r for r in default_roles() if r[0] == role_name)
    rights = frozenset(default_rights(kind, section, list(TABLES.values())))
    return Actor(username='uji', role=name, kind=kind, rights=rights, desa_id=desa_id, user_id=1)


@pytest.mark.parametrize('role_name', ROLE_NAMES)
def test_can_matches_design_for_every_table_and_action(role_name):
    actor = fake_actor(role_name, desa_id=7)
    wrong = [(spec.name, action.value, can(actor, action, spec))
             for spec in TABLES.values() for action in Action
             if can(actor, action, spec) != (action in expected(role_name, spec))]
    assert not wrong, f'{role_name}: (table, action, can) that differ from docs/design.md §Roles: {wrong}'


def test_operator_desa_only_touches_rows_of_their_own_desa():
    actor = fake_actor('Operator Desa', desa_id=7)
    scoped = [spec for spec in TABLES.values() if spec.desa_field and Action.UBAH in expected('Operator Desa', spec)]
    for spec in scoped:
        own, other = {f'{spec.desa_field}_id': 7}, {f'{spec.desa_field}_id': 8}
        for action in (Action.LIHAT, Action.UBAH):
            assert can(actor, action, spec, own), (spec.name, action)
            assert not can(actor, action, spec, other), (spec.name, action)
    without_desa = fake_actor('Operator Desa', desa_id=None)
    assert not any(can(without_desa, Action.LIHAT, spec) for spec in scoped)


def test_nobody_has_rights_when_not_logged_in():
    assert not any(can(None, action, spec) for spec in TABLES.values() for action in Action)


async def test_seeded_matrix_in_the_database_is_the_design(memory_db):
    for role in await Role.all():
        rights = await role_rights(role)
        for spec in TABLES.values():
            got = {action for table, action in rights if table == spec.name}
            assert got == expected(role.nama, spec), (role.nama, spec.name)
    assert await Role.filter(jenis=RoleKind.ADMINISTRATOR).count() == 1
