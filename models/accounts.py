"""Who may log in and what their role may do: roles, the role matrix and users.

These are plain Tortoise models, not process tables: they are edited only in the settings page
(pages/settings.py) and never appear in TABLES. The matrix starts as the defaults derived from the
Peta Relasi (core.access.default_rights); core.accounts seeds it and keeps it up to date.
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.choices import RoleKind
from models.process_map import Section


SHORT_TITLES = {'Seksi ': 'Kasi ', 'Subbag ': 'Kasubbag '}


def jabatan_names(role_name: str, kind: RoleKind, section: Section | None) -> tuple[str, ...]:
    """The names a disposisi may give this role's holder in its Kepada (core/for_me.py): the role's
    own name ('Kepala Seksi Pemerintahan', 'Camat'), and for the Kepala of a section 'Kepala <section>'
    and the short title the office writes ('Kasi Pemerintahan', 'Kasubbag Keuangan'); for its Staf
    'Staf <section>'."""
    names = [role_name]
    if section is not None and kind == RoleKind.KEPALA:
        names.append(f'Kepala {section.value}')
        for long, short in SHORT_TITLES.items():
            if section.value.startswith(long):
                names.append(short + section.value[len(long):])
    elif section is not None and kind == RoleKind.STAF:
        names.append(f'Staf {section.value}')
    return tuple(dict.fromkeys(names))


def names_one_of(kepada: str, names: tuple[str, ...]) -> bool:
    """A Kepada text names one of `names`, whole or as its first words, in any case ('Camat'
    matches 'Camat Candipuro'); the same test as models.persuratan.kepada_one_of makes in SQL."""
    text = ' '.join(kepada.split()).casefold()
    return any(text == name.casefold() or text.startswith(f'{name.casefold()} ') for name in names)


async def section_of(actor) -> Section | None:
    """The section of the actor's role, read from the role (None for the Camat, an Operator Desa, ...)."""
    role = await Role.get_or_none(nama=actor.role)
    return Section(role.seksi) if role is not None and role.seksi else None


async def is_owner_staff(actor, spec) -> bool:
    """Kepala or Staf of the section that owns this table's process (read from the actor's role)."""
    if actor is None or actor.kind not in (RoleKind.KEPALA, RoleKind.STAF):
        return False
    owner = spec.owner_section
    return owner is not None and await section_of(actor) == owner


class Role(Model):
    """A role of the office, e.g. 'Staf Seksi Pelayanan Umum'. Its kind and section say which
    rights the Peta Relasi gives it by default."""

    id = fields.IntField(primary_key=True)
    nama = fields.CharField(max_length=80, unique=True, description='Nama Peran')
    jenis = fields.CharEnumField(RoleKind, max_length=30, description='Jenis')
    seksi = fields.CharEnumField(Section, max_length=40, null=True, description='Seksi atau Subbag')

    permissions: fields.ReverseRelation[RolePermission]
    users: fields.ReverseRelation[User]

    class Meta:
        table = 'peran'
        table_description = 'Peran pengguna'
        ordering = ('id',)

    def __str__(self) -> str:
        return self.nama


class RolePermission(Model):
    """One ticked cell of the matrix: this role may do this action on this table."""

    id = fields.IntField(primary_key=True)
    role: fields.ForeignKeyRelation[Role] = fields.ForeignKeyField(
        'models.Role', related_name='permissions', on_delete=fields.CASCADE, description='Peran')
    tabel = fields.CharField(max_length=64, description='Tabel')
    aksi = fields.CharField(max_length=10, description='Aksi')

    class Meta:
        table = 'hak_akses'
        table_description = 'Matriks hak akses: peran x tabel x aksi'
        unique_together = (('role', 'tabel', 'aksi'),)


class MatrixTable(Model):
    """A table the matrix already knows. A table registered later is missing here, so the next
    start-up seeds its default rights for every role once, and never again (the admin's edits stay)."""

    id = fields.IntField(primary_key=True)
    tabel = fields.CharField(max_length=64, unique=True, description='Tabel')
    dikenal_sejak = fields.DatetimeField(auto_now_add=True, description='Dikenal sejak')

    class Meta:
        table = 'matriks_tabel'
        table_description = 'Tabel yang sudah dikenal matriks hak akses'


class User(Model):
    """A person who logs in. An Operator Desa or a Kepala Desa is bound to one desa (RoleKind.bound_to_desa)."""

    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=50, unique=True, description='Nama Pengguna')
    nama_lengkap = fields.CharField(max_length=120, default='', description='Nama Lengkap')
    role: fields.ForeignKeyRelation[Role] = fields.ForeignKeyField(
        'models.Role', related_name='users', on_delete=fields.RESTRICT, description='Peran')
    desa = fields.ForeignKeyField('models.Desa', related_name=False, null=True, on_delete=fields.RESTRICT,
                                  description='Desa')
    aktif = fields.BooleanField(default=True, description='Aktif')
    password_hash = fields.CharField(max_length=255, description='Hash Kata Sandi')
    must_change_password = fields.BooleanField(default=True, description='Wajib Ganti Kata Sandi')
    last_login = fields.DatetimeField(null=True, description='Login Terakhir')
    failed_attempts = fields.IntField(default=0, description='Gagal Login')
    locked_until = fields.DatetimeField(null=True, description='Terkunci Sampai')
    created_at = fields.DatetimeField(auto_now_add=True, description='Dibuat')

    class Meta:
        table = 'pengguna'
        table_description = 'Pengguna panel'
        ordering = ('username',)

    def __str__(self) -> str:
        return self.username
