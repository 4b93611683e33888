"""Reference tables every process points at: desa, instansi, klasifikasi arsip, pangkat.

Sources: Kemendagri area codes of Kec. Candipuro (35.08.03), the Peta Relasi of the seed for the
outside parties, PP 99/2000 (Kenaikan Pangkat PNS, Lampiran I) for the 17 pangkat and golongan/ruang.

Klasifikasi arsip: the full code list of the lampiran of Permendagri 83/2022 (Kode Klasifikasi Arsip
di Lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah), 2,986 codes down to the fourth level,
seeded by core.seed from core/seed_data/klasifikasi_arsip.json (its `sumber` names where the
machine-readable copy was taken from). The regulation gives codes and their descriptions only, no
retention: the retensi and nasib akhir columns stay empty until the office types its own JRA in.
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.expressions import Q
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.base import RecordModel
from models.process_map import Section
from models.table import SAME_AS_LABEL, table


class JenisInstansi(str, Enum):
    OPD = 'OPD'
    VERTIKAL = 'Instansi Vertikal'
    BUMN = 'BUMN/BPJS'
    DESA = 'Desa'
    LAINNYA = 'Lainnya'


class NasibAkhir(str, Enum):
    MUSNAH = 'Musnah'
    PERMANEN = 'Permanen'
    DINILAI_KEMBALI = 'Dinilai Kembali'


@table(label='Desa', owner=Section.PEMERINTAHAN,
       columns=('kode', 'nama', 'alias'), search=('kode', 'nama', 'alias'), filters=('nama',),
       ordering=('kode',), row_label='{nama}', natural_key=('kode',))
class Desa(RecordModel):
    kode = fields.CharField(max_length=13, unique=True, description='Kode Kemendagri')
    nama = fields.CharField(max_length=60, description='Nama Desa')
    alias = fields.CharField(max_length=120, null=True, description='Ejaan lain')

    class Meta:
        table = 'desa'


@table(label='Instansi', owner=Section.UMUM,
       columns=('nama', 'jenis', 'keterangan'), search=('nama', 'keterangan'), filters=('jenis',),
       ordering=('nama',), row_label='{nama}', natural_key=('nama',))
class Instansi(RecordModel):
    nama = fields.CharField(max_length=150, unique=True, description='Nama Instansi')
    jenis = fields.CharEnumField(JenisInstansi, max_length=30, default=JenisInstansi.OPD, description='Jenis')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'instansi'


@table(label='Klasifikasi Arsip', owner=Section.UMUM,
       columns=('kode', 'nama', 'retensi_aktif', 'retensi_inaktif', 'nasib_akhir'),
       search=('kode', 'nama'), filters=('nasib_akhir',), ordering=('kode',), row_label='{kode} {nama}',
       natural_key=('kode',))
class KlasifikasiArsip(RecordModel):
    kode = fields.CharField(max_length=20, unique=True, description='Kode')
    nama = fields.CharField(max_length=1000, description='Nama Klasifikasi')
    retensi_aktif = fields.SmallIntField(null=True, validators=[MinValueValidator(0)],
                                         description='Retensi Aktif (tahun)')
    retensi_inaktif = fields.SmallIntField(null=True, validators=[MinValueValidator(0)],
                                           description='Retensi Inaktif (tahun)')
    nasib_akhir = fields.CharEnumField(NasibAkhir, max_length=20, null=True, description='Nasib Akhir')

    class Meta:
        table = 'klasifikasi_arsip'

    @classmethod
    async def find(cls, text: str, limit: int = 50) -> tuple[list[KlasifikasiArsip], str | None]:
        """The picker's search: a code typed from its start ('005', '000.1.2') or words found in
        the name ('undangan', 'perjalanan dinas'), in code order; with the message to show when
        nothing matches (None when something does)."""
        words = (text or '').split()
        query = cls.filter(deleted_at__isnull=True)
        if words:
            by_words = Q(*(Q(nama__icontains=word) for word in words), join_type='AND')
            query = query.filter(Q(kode__startswith=text.strip()) | by_words)
        rows = sorted(await query.order_by('kode').limit(limit * 4), key=lambda row: code_order(row.kode))[:limit]
        return rows, (None if rows else t('persuratan.klasifikasi.tidak_cocok', teks=text.strip()))


def code_order(kode: str) -> tuple[int, ...]:
    """'000.1.10' after '000.1.9' (and 7.01.10 after 7.01.9): the parts of a code as numbers."""
    return tuple(int(part) if part.isdigit() else 0 for part in kode.split('.'))


@table(label='Pangkat', owner=Section.UMUM,
       columns=('golongan', 'nama', 'urutan'), search=('golongan', 'nama'), filters=(),
       ordering=('urutan',), row_label='{golongan} {nama}', natural_key=('golongan',))
class Pangkat(RecordModel):
    """Pangkat and golongan/ruang of a PNS, I/a Juru Muda to IV/e Pembina Utama (PP 99/2000)."""

    golongan = fields.CharField(max_length=6, unique=True, description='Golongan/Ruang')
    nama = fields.CharField(max_length=40, description='Pangkat')
    urutan = fields.SmallIntField(validators=[MinValueValidator(1), MaxValueValidator(99)], description='Urutan')

    class Meta:
        table = 'pangkat'
        table_description = SAME_AS_LABEL
