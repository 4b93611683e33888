"""Choices shared by several modules. Enum values are the Indonesian labels users see."""
from __future__ import annotations

from enum import Enum


class JenisKelamin(str, Enum):
    L = 'L'
    P = 'P'


class Pendidikan(str, Enum):
    """Highest schooling, as on ASN and perangkat desa records."""
    SD = 'SD'
    SMP = 'SMP'
    SMA = 'SMA/SMK'
    D1 = 'D1'
    D2 = 'D2'
    D3 = 'D3'
    D4 = 'D4'
    S1 = 'S1'
    S2 = 'S2'
    S3 = 'S3'



class RoleKind(str, Enum):
    """What a role is in the Peta Relasi; its default rights follow from this and its section
    (core.access.default_rights). Stored with each role (models.accounts.Role.jenis)."""
    KEPALA = 'Kepala Seksi/Subbag'
    STAF = 'Staf'
    PIMPINAN = 'Pimpinan'            # Camat, Sekretaris Kecamatan
    OPERATOR_DESA = 'Operator Desa'
    KEPALA_DESA = 'Kepala Desa'       # validates the usulan of their desa (models/musrenbang.py)
    ADMINISTRATOR = 'Administrator'
    LAINNYA = 'Lainnya'

    @property
    def bound_to_desa(self) -> bool:
        """Its holders belong to one desa (models.accounts.User.desa) and see only its rows
        (core.access.scope): the Operator Desa who types, and the Kepala Desa who validates."""
        return self in (RoleKind.OPERATOR_DESA, RoleKind.KEPALA_DESA)
