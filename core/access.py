"""The one access check: `can(actor, action, table, row)`, and the default role matrix derived
from the process map (docs/design.md §Roles). Pages, event handlers, exports and imports all ask `can`/`require`.

The actor carries the rights of its role as loaded from the database for this request, so a change
in the settings page applies to the next request with no restart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from locales import t
from models.accounts import jabatan_names
from models.choices import RoleKind
from models.process_map import PROCESS_BY_CODE, Section

if TYPE_CHECKING:
    from tortoise.expressions import Q

    from models.table import TableSpec


class Action(str, Enum):
    LIHAT = 'lihat'
    EKSPOR = 'ekspor'
    TAMBAH = 'tambah'
    UBAH = 'ubah'
    HAPUS = 'hapus'


READ_ONLY = (Action.LIHAT, Action.EKSPOR)   # what an archived table still allows


def action_label(action: Action) -> str:
    """What a right is called in the role matrix ('Lihat', 'Ubah', ...)."""
    return t(f'common.aksi.{action.value}')


class AccessDenied(Exception):
    """Raised by `require`; its message is shown to the user as is."""


@dataclass(frozen=True)
class Actor:
    """Who is asking, with the rights of their role for this request."""
    username: str
    role: str
    kind: RoleKind
    rights: frozenset[tuple[str, Action]] = field(default_factory=frozenset)
    desa_id: int | None = None
    user_id: int | None = None
    section: Section | None = None

    @property
    def jabatan(self) -> tuple[str, ...]:
        """The names a disposisi may give this person in its Kepada (models.accounts.jabatan_names);
        none for the administrator and an Operator Desa, whom no disposisi names."""
        if self.is_admin or self.is_desa_operator:
            return ()
        return jabatan_names(self.role, self.kind, self.section)

    @property
    def is_admin(self) -> bool:
        return self.kind == RoleKind.ADMINISTRATOR

    @property
    def is_desa_operator(self) -> bool:
        """Bound to one desa (RoleKind.bound_to_desa): an Operator Desa, and a Kepala Desa, who
        share the desa's row scope and rights; only the Kepala Desa validates (is_kepala_desa)."""
        return RoleKind(self.kind).bound_to_desa

    @property
    def is_kepala_desa(self) -> bool:
        return self.kind == RoleKind.KEPALA_DESA

    @property
    def sees_rahasia(self) -> bool:
        """May see (and so mark) letters that are Rahasia or Sangat Rahasia (RAHASIA_RIGHT)."""
        return RAHASIA_RIGHT in self.rights


# Tables whose rows are addressed to a Kepala of any section (a disposisi names its Kasi or
# Kasubbag): the addressee opens the row and marks it ditindaklanjuti, so every Kepala may lihat
# and ubah it; tambah, hapus and ekspor stay with the owner section.
ADDRESSED_TO_KEPALA = frozenset({'disposisi'})


# The right to see letters marked Rahasia (or Sangat Rahasia) is a right over rows, not a table:
# it is stored as the one cell 'lihat' of a pseudo-table of the matrix, so that seeding, resetting
# to the defaults, the audit log of the matrix and the actor's rights treat it as any other cell.
# Which tables it guards, and who else sees such a row, their models say (`confidential_scope`).
SURAT_RAHASIA = 'surat_rahasia'
RAHASIA_RIGHT = (SURAT_RAHASIA, Action.LIHAT)
PSEUDO_TABLES = (SURAT_RAHASIA,)
CONFIDENTIAL_WITH = 'surat_masuk'   # the right is part of a role's defaults with this table's


def rahasia_by_default(kind: RoleKind, section: Section | None) -> bool:
    """The Camat and the Sekretaris Kecamatan, and the Subbag Umum that keeps the agenda."""
    return kind == RoleKind.PIMPINAN or (kind in (RoleKind.KEPALA, RoleKind.STAF) and section == Section.UMUM)


def default_rights(kind: RoleKind, section: Section | None, tables: list[TableSpec]) -> set[tuple[str, Action]]:
    """The rights docs/design.md §Roles gives a role, derived from the owners in the process map
    (and, for a Kepala, lihat and ubah on the tables ADDRESSED_TO_KEPALA); with the letters' table
    comes the right to confidential letters (rahasia_by_default)."""
    rights: set[tuple[str, Action]] = set()
    if kind == RoleKind.ADMINISTRATOR:
        return rights  # settings only, no implicit data rights
    if rahasia_by_default(kind, section) and any(spec.name == CONFIDENTIAL_WITH for spec in tables):
        rights.add(RAHASIA_RIGHT)
    for spec in tables:
        if spec.process is None:
            rights.add((spec.name, Action.LIHAT))
        owned = section is not None and spec.owner_section == section
        if kind == RoleKind.KEPALA and owned:
            rights.update((spec.name, action) for action in Action)
        elif kind == RoleKind.STAF and owned:
            rights.update((spec.name, action) for action in (Action.LIHAT, Action.TAMBAH, Action.UBAH))
        elif kind == RoleKind.KEPALA and spec.name in ADDRESSED_TO_KEPALA:
            rights.update((spec.name, action) for action in (Action.LIHAT, Action.UBAH))
        elif kind == RoleKind.PIMPINAN:
            rights.update((spec.name, action) for action in (Action.LIHAT, Action.EKSPOR))
        elif (RoleKind(kind).bound_to_desa and spec.process and spec.desa_field
              and (PROCESS_BY_CODE[spec.process].desa_operators or spec.desa_entry)):
            rights.update((spec.name, action) for action in (Action.LIHAT, Action.TAMBAH, Action.UBAH))
    return rights


def row_desa_id(spec: TableSpec, row: Any) -> int | None:
    if spec.desa_field is None or row is None:
        return None
    if isinstance(row, dict):
        return row.get(f'{spec.desa_field}_id')
    return getattr(row, f'{spec.desa_field}_id', None)


def can(actor: Actor | None, action: Action, spec: TableSpec, row: Any = None) -> bool:
    """May this actor do this action on this table (and this row, when given)?"""
    if actor is None or (spec.name, action) not in actor.rights:
        return False
    if spec.archived and action not in READ_ONLY:
        return False
    if actor.is_desa_operator and spec.desa_field is not None:
        if actor.desa_id is None:
            return False
        if row is not None and row_desa_id(spec, row) not in (None, actor.desa_id) or (
                row is not None and action != Action.TAMBAH and row_desa_id(spec, row) is None):
            return False
    return True


def refusal(action: Action, table: str) -> str:
    """The message for an action the role matrix refuses ('Anda tidak berhak mengubah data ...')."""
    return t(f'common.ditolak.{action.value}', table=table)


def require(actor: Actor | None, action: Action, spec: TableSpec, row: Any = None) -> None:
    if not can(actor, action, spec, row):
        if spec.archived and action not in READ_ONLY:
            raise AccessDenied(t('common.ditolak.diarsipkan', table=spec.label))
        raise AccessDenied(refusal(action, spec.label))


def sees_rahasia(actor: Actor | None) -> bool:
    return actor is not None and actor.sees_rahasia


def confidential_scope(actor: Actor, spec: TableSpec) -> Q | None:
    """The rows of a table holding confidential letters (or their disposisi) that an actor without
    the right to them sees: the model's `confidential_scope(jabatan)` (the letters not Rahasia, and
    those a disposisi names them in); None when the table holds none or the actor has the right."""
    rule = getattr(spec.model, 'confidential_scope', None)
    if rule is None or sees_rahasia(actor):
        return None
    return rule(actor.jabatan)


def is_scoped(actor: Actor, spec: TableSpec) -> bool:
    """Does `scope` leave out rows of this table for this actor (so no count may skip it)?"""
    return bool(spec.row_scope(actor)) or confidential_scope(actor, spec) is not None


def scope(actor: Actor, spec: TableSpec, queryset):
    """Limit a query to the rows this actor may see: TableSpec.row_scope (an Operator Desa's own
    desa) and confidential_scope (a letter marked Rahasia). Every read of rows comes here
    (core.visible_rows), so a listing, an export, a search, a file, a print or an edit all agree."""
    limit = spec.row_scope(actor)
    queryset = queryset.filter(**limit) if limit else queryset
    hidden = confidential_scope(actor, spec)
    return queryset.filter(hidden) if hidden is not None else queryset
