"""The Peta Proses Bisnis and Peta Relasi of Kecamatan Candipuro, as data (docs/design.md §Process map).

This is the only place the map is written down: the navigation, the home page and the default
role matrix are all derived from it. Owners of the 9 Proses Lainnya are proposals (the seed names
none); the administrator can change the rights they imply in the settings page.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Group(str, Enum):
    MANAJERIAL = 'Manajerial'
    UTAMA = 'Utama'
    LAINNYA = 'Lainnya'


class Section(str, Enum):
    """The internal sections of the Peta Relasi; each has a Kepala and Staf role."""
    UMUM = 'Subbag Umum dan Kepegawaian'
    KEUANGAN = 'Subbag Keuangan'
    PELAYANAN = 'Seksi Pelayanan Umum'
    PEMBERDAYAAN = 'Seksi Pemberdayaan Masyarakat'
    PEMERINTAHAN = 'Seksi Pemerintahan'


@dataclass(frozen=True)
class Process:
    code: str
    name: str
    group: Group
    owner: Section | None
    parties: tuple[str, ...] = ()
    parent: str | None = None
    desa_operators: bool = False  # Operator Desa take part (on their own desa's rows only)
    owner_note: str = ''

    @property
    def slug(self) -> str:
        return self.code.lower().replace('.', '-')


DESA = 'Desa'

PROCESSES: tuple[Process, ...] = (
    Process('M1', 'Umum dan Kepegawaian', Group.MANAJERIAL, Section.UMUM),
    Process('M1.1', 'Persuratan', Group.MANAJERIAL, Section.UMUM, parent='M1'),
    Process('M1.2', 'Kepegawaian', Group.MANAJERIAL, Section.UMUM, parent='M1'),
    Process('M1.3', 'Pengelolaan Sarana dan Prasarana', Group.MANAJERIAL, Section.UMUM, parent='M1'),
    Process('M2', 'Perencanaan dan Pelaporan', Group.MANAJERIAL, Section.KEUANGAN),
    Process('M3', 'Pengelolaan Keuangan', Group.MANAJERIAL, Section.KEUANGAN),
    Process('U1', 'Pelayanan Publik', Group.UTAMA, Section.PELAYANAN),
    Process('U2', 'Pemberdayaan Masyarakat', Group.UTAMA, Section.PEMBERDAYAAN),
    Process('U3', 'Pembinaan dan Pengawasan Pemerintah Desa', Group.UTAMA, Section.PEMERINTAHAN),
    Process('L1', 'Pelaksanaan Musrenbang', Group.LAINNYA, Section.KEUANGAN,
            ('Bappeda', 'OPD terkait', DESA), desa_operators=True, owner_note='usulan'),
    Process('L2', 'Validasi Usulan Musrenbang', Group.LAINNYA, None,
            ('Kepala Desa',), desa_operators=True, owner_note='Operator Desa / Kepala Desa'),
    Process('L3', 'Penerima Pembinaan dan Fasilitasi', Group.LAINNYA, Section.PEMBERDAYAAN,
            ('Masyarakat', 'UMKM'), owner_note='usulan'),
    Process('L4', 'Narasumber Pembinaan dan Sosialisasi', Group.LAINNYA, Section.PEMBERDAYAAN,
            ('Narasumber Lingkup Kota',), owner_note='usulan'),
    Process('L5', 'Fasilitasi Usulan Masyarakat', Group.LAINNYA, Section.PEMBERDAYAAN,
            ('OPD Terkait',), owner_note='usulan'),
    Process('L6', 'Permintaan Data', Group.LAINNYA, Section.UMUM,
            ('Bagian pada Setda Kabupaten Lumajang',), owner_note='usulan'),
    Process('L7', 'Membuat Informasi dan Peraturan Baru', Group.LAINNYA, Section.PEMERINTAHAN,
            (DESA, 'Polres/Polsek', 'Koramil', 'BPJS Kesehatan', 'BPJS Ketenagakerjaan', 'BPN', 'DPMPSTP',
             'BPRD', 'BPKD', 'Dinsos', 'Dispendukcapil', 'Dinkes', 'Diskominfo'), owner_note='usulan'),
    Process('L8', 'Menindaklanjuti Permohonan dan Pemenuhan Data', Group.LAINNYA, Section.PEMERINTAHAN,
            (DESA,), desa_operators=True, owner_note='usulan'),
    Process('L9', 'Verifikasi dan Penyampaian Informasi', Group.LAINNYA, Section.PEMERINTAHAN,
            (DESA,), desa_operators=True, owner_note='usulan'),
)

PROCESS_BY_CODE: dict[str, Process] = {p.code: p for p in PROCESSES}


def outside_parties() -> list[str]:
    """Every outside party named in the Peta Relasi, once, in the order of the map."""
    seen: dict[str, None] = {}
    for process in PROCESSES:
        for party in process.parties:
            seen.setdefault(party, None)
    return list(seen)
