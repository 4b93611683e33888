"""U3 Pembinaan dan Pengawasan Pemerintah Desa: perangkat desa, evaluasi APBDes, and the
pembinaan visits with their tindak lanjut.

Sources: UU 6/2014 (Desa) art. 33 and 50 (minimum schooling: Kepala Desa SMP, perangkat desa
SMA/sederajat); Permendagri 84/2015 (SOTK Pemerintah Desa) for the jabatan; Permendagri 67/2017
(pengangkatan dan pemberhentian perangkat desa) for the SK; Permendagri 20/2018 (Pengelolaan
Keuangan Desa) for the 5 bidang of belanja desa and the camat's evaluasi of the rancangan APBDes.
The hasil of an evaluasi and the statuses of a pembinaan are proposals (docs/design.md §Tables).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q

from locales import t
from models.base import FilesField, LongTextField, MoneyField, NikField, RecordModel
from models.choices import JenisKelamin, Pendidikan
from models.perencanaan import year_field
from models.table import SAME_AS_LABEL, table


class JabatanPerangkat(str, Enum):
    KEPALA_DESA = 'Kepala Desa'
    SEKRETARIS = 'Sekretaris Desa'
    KAUR_TU = 'Kaur Tata Usaha dan Umum'
    KAUR_KEUANGAN = 'Kaur Keuangan'
    KAUR_PERENCANAAN = 'Kaur Perencanaan'
    KASI_PEMERINTAHAN = 'Kasi Pemerintahan'
    KASI_KESEJAHTERAAN = 'Kasi Kesejahteraan'
    KASI_PELAYANAN = 'Kasi Pelayanan'
    KEPALA_DUSUN = 'Kepala Dusun'


PENDIDIKAN_URUT = list(Pendidikan)


def at_least(pendidikan: Pendidikan | str, minimum: Pendidikan) -> bool:
    return PENDIDIKAN_URUT.index(Pendidikan(pendidikan)) >= PENDIDIKAN_URUT.index(minimum)


@table(label='Perangkat Desa', process='U3',
       columns=('desa', 'nama', 'jabatan', 'no_sk', 'tgl_sk', 'masa_jabatan_selesai', 'pendidikan', 'jenis_kelamin', 'sk'),
       search=('nama', 'nik', 'no_sk'),
       filters=('desa', 'jabatan', 'pendidikan', 'jenis_kelamin', 'masa_jabatan_selesai'),
       ordering=('desa', 'jabatan', 'nama'),
       desa_field='desa',
       row_label='{nama} ({jabatan})')
class PerangkatDesa(RecordModel):
    """A Kepala Desa or perangkat desa (Permendagri 84/2015 jabatan; UU 6/2014 schooling rules)."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    nama = fields.CharField(max_length=120, description='Nama')
    nik = NikField(description='NIK')
    jabatan = fields.CharEnumField(JabatanPerangkat, max_length=30, description='Jabatan')
    no_sk = fields.CharField(max_length=100, null=True, description='No. SK')
    tgl_sk = fields.DateField(null=True, description='Tanggal SK')
    masa_jabatan_selesai = fields.DateField(null=True, description='Masa Jabatan Selesai')
    pendidikan = fields.CharEnumField(Pendidikan, max_length=8, null=True, description='Pendidikan Terakhir')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')

    sk = FilesField(many=False, description='SK Pengangkatan')

    class Meta:
        table = 'perangkat_desa'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tgl_sk and self.masa_jabatan_selesai and self.masa_jabatan_selesai < self.tgl_sk:
            errors['masa_jabatan_selesai'] = t('aturan.perangkat_desa.masa_jabatan')
        if self.pendidikan and self.jabatan:
            if JabatanPerangkat(self.jabatan) == JabatanPerangkat.KEPALA_DESA:
                if not at_least(self.pendidikan, Pendidikan.SMP):
                    errors['pendidikan'] = t('aturan.perangkat_desa.pendidikan_kepala_desa')
            elif not at_least(self.pendidikan, Pendidikan.SMA):
                errors['pendidikan'] = t('aturan.perangkat_desa.pendidikan_perangkat')
        return errors


class JenisApbdes(str, Enum):
    APBDES = 'APBDes'
    PERUBAHAN = 'Perubahan APBDes'


class HasilEvaluasi(str, Enum):
    SESUAI = 'Sesuai'
    PERLU_PENYEMPURNAAN = 'Perlu Penyempurnaan'


@table(label='Evaluasi APBDes', process='U3',
       columns=('desa', 'tahun', 'jenis', 'tanggal_terima', 'tanggal_evaluasi', 'no_keputusan', 'total_belanja',
                'hasil', 'dokumen'),
       search=('no_keputusan', 'catatan'),
       filters=('desa', 'tahun', 'jenis', 'hasil'),
       ordering=('-tahun', 'desa'),
       readonly=('total_belanja',),
       desa_field='desa',
       row_label='{jenis} {tahun}',
       natural_key=('desa', 'tahun', 'jenis'))
class EvaluasiApbdes(RecordModel):
    """The camat's evaluasi of a rancangan APBDes or its perubahan (Permendagri 20/2018), with the
    belanja of its 5 bidang; the total is derived. Hasil is a proposal."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tahun = year_field(description='Tahun Anggaran')
    jenis = fields.CharEnumField(JenisApbdes, max_length=20, default=JenisApbdes.APBDES, description='Jenis')
    tanggal_terima = fields.DateField(description='Tanggal Diterima')
    tanggal_evaluasi = fields.DateField(null=True, description='Tanggal Evaluasi')
    no_keputusan = fields.CharField(max_length=100, null=True, description='No. Keputusan Camat')
    # the 5 bidang of belanja desa (Permendagri 20/2018)
    belanja_bidang_1 = MoneyField(null=True, description='Bidang Penyelenggaraan Pemerintahan Desa (Rp)')
    belanja_bidang_2 = MoneyField(null=True, description='Bidang Pelaksanaan Pembangunan Desa (Rp)')
    belanja_bidang_3 = MoneyField(null=True, description='Bidang Pembinaan Kemasyarakatan Desa (Rp)')
    belanja_bidang_4 = MoneyField(null=True, description='Bidang Pemberdayaan Masyarakat Desa (Rp)')
    belanja_bidang_5 = MoneyField(null=True, description='Bidang Penanggulangan Bencana, Darurat dan Mendesak (Rp)')
    total_belanja = MoneyField(null=True, description='Total Belanja (Rp)')
    hasil = fields.CharEnumField(HasilEvaluasi, max_length=20, null=True, description='Hasil Evaluasi')
    catatan = LongTextField(null=True, description='Catatan Evaluasi')

    dokumen = FilesField(description='Dokumen')

    class Meta:
        table = 'evaluasi_apbdes'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        amounts = [getattr(self, name) for name, _ in BIDANG_BELANJA]
        self.total_belanja = None if all(a is None for a in amounts) else sum(
            (Decimal(a) for a in amounts if a is not None), Decimal(0))

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tanggal_evaluasi and self.tanggal_terima and self.tanggal_evaluasi < self.tanggal_terima:
            errors['tanggal_evaluasi'] = t('aturan.evaluasi_apbdes.tanggal_evaluasi')
        if self.hasil and not self.tanggal_evaluasi and 'tanggal_evaluasi' not in errors:
            errors['tanggal_evaluasi'] = t('aturan.evaluasi_apbdes.isi_tanggal_evaluasi')
        if self.desa_id and self.tahun and self.jenis:
            taken = EvaluasiApbdes.filter(desa_id=self.desa_id, tahun=self.tahun, jenis=self.jenis,
                                          deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['jenis'] = t('aturan.evaluasi_apbdes.sudah_tercatat', jenis=JenisApbdes(self.jenis).value,
                                    tahun=self.tahun)
        return errors


# (field, label) of the 5 bidang of belanja desa, in order (Permendagri 20/2018)
BIDANG_BELANJA: tuple[tuple[str, str], ...] = tuple(
    (name, EvaluasiApbdes._meta.fields_map[name].description) for name in
    ('belanja_bidang_1', 'belanja_bidang_2', 'belanja_bidang_3', 'belanja_bidang_4', 'belanja_bidang_5'))


class StatusPembinaan(str, Enum):
    BELUM = 'Belum Ditindaklanjuti'
    PROSES = 'Dalam Proses'
    SELESAI = 'Selesai'


@table(label='Pembinaan Desa', process='U3',
       columns=('tanggal', 'desa', 'topik', 'tindak_lanjut', 'batas_waktu', 'status'),
       search=('topik', 'temuan', 'tindak_lanjut'),
       filters=('tanggal', 'desa', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-id'),
       desa_field='desa',
       row_label='{tanggal} {topik}')
class PembinaanDesa(RecordModel):
    """A pembinaan or pengawasan visit to a desa, its findings and the tindak lanjut the desa owes
    by a batas waktu; a tindak lanjut not Selesai past its batas waktu is overdue (proposal)."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tanggal = fields.DateField(description='Tanggal')
    topik = fields.CharField(max_length=200, description='Topik')
    temuan = LongTextField(null=True, description='Temuan')
    tindak_lanjut = LongTextField(null=True, description='Tindak Lanjut')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu Tindak Lanjut')
    status = fields.CharEnumField(StatusPembinaan, max_length=25, default=StatusPembinaan.BELUM, description='Status')

    class Meta:
        table = 'pembinaan_desa'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.batas_waktu and self.tanggal and self.batas_waktu < self.tanggal:
            errors['batas_waktu'] = t('aturan.pembinaan_desa.batas_waktu')
        if self.batas_waktu and not self.tindak_lanjut:
            errors['tindak_lanjut'] = t('aturan.pembinaan_desa.tindak_lanjut')
        return errors

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=date.today()) & ~Q(status=StatusPembinaan.SELESAI.value)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < date.today() and self.status != StatusPembinaan.SELESAI)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': date.today()}
