"""L6–L9: data and information between the kecamatan, the Setda, the outside parties and the desa.

- L6 permintaan_data: a Bagian of the Setda asks the kecamatan for data. This is a request inside
  the Pemerintah Kabupaten, not a request for public information: UU 14/2008 (Keterbukaan Informasi
  Publik) Pasal 22 binds a Badan Publik towards a Pemohon Informasi Publik (those requests are kept in
  models/ppid.py). Perpres 39/2019 (Satu Data Indonesia) asks that government data be shared
  (dibagipakaikan) between Instansi Pusat and Instansi Daerah, but the parts read (Pasal 1–6,
  ngada.org/ps39-2019.htm) fix no time to answer, and no Perbup or SOP of Lumajang on sharing data
  was found. So the default batas waktu of 10 working days (BATAS_PERMINTAAN_DATA) is the office's
  own service level (proposal), counted with the holiday calendar (models.workdays); a batas waktu
  typed in the form (the one the Bagian's letter asks for) takes its place.
- L7 informasi_peraturan: new information and regulations from the OPD and instansi vertikal of the
  Peta Relasi, and to which desa they were passed on. Their `disampaikan_ke` (desa, many) is a
  child table, penyampaian_informasi (one row per desa, with its date), because the generic form
  has no many-to-many input; the parent's jumlah desa and first date of penyampaian are derived.
- L8 permohonan_data_desa and L9 verifikasi_informasi: requests and information from the desa.
Statuses of L8 and the rule that only Valid information is passed on (L9) are proposals.
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q

from locales import t
from models.base import FilesField, LongTextField, RecordModel
from models.clock import office_today
from models.table import SAME_AS_LABEL, table
from models.workdays import add_working_days

BATAS_PERMINTAAN_DATA = 10  # working days: the office's own service level (no regulation fixes it)


class StatusPermintaan(str, Enum):
    DITERIMA = 'Diterima'
    DIPROSES = 'Diproses'
    DIPENUHI = 'Dipenuhi'
    DITOLAK = 'Ditolak'


OPEN_PERMINTAAN = (StatusPermintaan.DITERIMA, StatusPermintaan.DIPROSES)


@table(label='Permintaan Data', process='L6',
       columns=('tanggal', 'nomor', 'instansi', 'rincian', 'batas_waktu', 'tanggal_dipenuhi', 'status', 'lampiran'),
       search=('nomor', 'rincian', 'tujuan_penggunaan'),
       filters=('tanggal', 'instansi', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-id'),
       row_label='{nomor} ({tanggal})')
class PermintaanData(RecordModel):
    """A request for data from a Bagian of the Setda Kabupaten Lumajang (L6), an internal request of
    the Pemerintah Kabupaten. An empty batas waktu becomes 10 working days after the request (the
    office's own service level: no regulation fixes one, see the module's docstring), skipping the
    holidays of the Hari Libur table; a request not answered by then is overdue."""

    nomor = fields.CharField(max_length=100, description='Nomor Surat Permintaan')
    tanggal = fields.DateField(description='Tanggal')
    instansi = fields.ForeignKeyField('models.Instansi', related_name=False, on_delete=fields.RESTRICT,
                                      description='Peminta (Bagian Setda)')
    rincian = LongTextField(description='Rincian Data')
    tujuan_penggunaan = fields.CharField(max_length=255, null=True, description='Tujuan Penggunaan')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    tanggal_dipenuhi = fields.DateField(null=True, description='Tanggal Dipenuhi')
    status = fields.CharEnumField(StatusPermintaan, max_length=10, default=StatusPermintaan.DITERIMA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    class Meta:
        table = 'permintaan_data'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        if self.batas_waktu is None and self.tanggal:
            self.batas_waktu = add_working_days(self.tanggal, BATAS_PERMINTAAN_DATA)

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        """An open request's batas waktu moves with the calendar while it is still the default one
        (10 working days counted with `before`); one typed by hand stays."""
        moved = 0
        for row in await cls.filter(status__in=[s.value for s in OPEN_PERMINTAAN], deleted_at__isnull=True,
                                    batas_waktu__isnull=False):
            if row.batas_waktu != add_working_days(row.tanggal, BATAS_PERMINTAAN_DATA, before):
                continue
            batas = add_working_days(row.tanggal, BATAS_PERMINTAAN_DATA)
            if batas != row.batas_waktu:
                moved += await cls.filter(id=row.id).update(batas_waktu=batas)
        return moved

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.batas_waktu and self.tanggal and self.batas_waktu < self.tanggal:
            errors['batas_waktu'] = t('aturan.permintaan_data.batas_waktu')
        if self.tanggal_dipenuhi and self.tanggal and self.tanggal_dipenuhi < self.tanggal:
            errors['tanggal_dipenuhi'] = t('aturan.permintaan_data.tanggal_dipenuhi')
        elif self.status and StatusPermintaan(self.status) == StatusPermintaan.DIPENUHI and not self.tanggal_dipenuhi:
            errors['tanggal_dipenuhi'] = t('aturan.permintaan_data.isi_tanggal_dipenuhi')
        return errors

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in OPEN_PERMINTAAN])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), status__in=[s.value for s in OPEN_PERMINTAAN])

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status in OPEN_PERMINTAAN)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


class JenisInformasi(str, Enum):
    INFORMASI = 'Informasi'
    PERATURAN = 'Peraturan'
    SURAT_EDARAN = 'Surat Edaran'
    PENGUMUMAN = 'Pengumuman'


@table(label='Informasi dan Peraturan', process='L7',
       columns=('tanggal', 'sumber', 'jenis', 'nomor', 'judul', 'jumlah_desa', 'tanggal_penyampaian'),
       search=('nomor', 'judul', 'ringkasan'),
       filters=('tanggal', 'sumber', 'jenis'),
       ordering=('-tanggal', '-id'),
       readonly=('jumlah_desa', 'tanggal_penyampaian'),
       row_label='{jenis} {nomor} {judul}')
class InformasiPeraturan(RecordModel):
    """New information or a regulation received from an outside party (L7). Where it was passed on
    is the child table Penyampaian ke Desa; jumlah desa and the first date are derived from it."""

    sumber = fields.ForeignKeyField('models.Instansi', related_name=False, on_delete=fields.RESTRICT,
                                    description='Sumber')
    jenis = fields.CharEnumField(JenisInformasi, max_length=15, default=JenisInformasi.INFORMASI, description='Jenis')
    nomor = fields.CharField(max_length=100, null=True, description='Nomor')
    tanggal = fields.DateField(description='Tanggal')
    judul = fields.CharField(max_length=255, description='Judul')
    ringkasan = LongTextField(null=True, description='Ringkasan')
    jumlah_desa = fields.SmallIntField(default=0, description='Disampaikan ke (desa)')
    tanggal_penyampaian = fields.DateField(null=True, description='Tanggal Penyampaian Pertama')

    class Meta:
        table = 'informasi_peraturan'
        table_description = SAME_AS_LABEL

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


@table(label='Penyampaian ke Desa', process='L7', parent='informasi',
       columns=('informasi', 'desa', 'tanggal', 'keterangan'),
       search=('keterangan',),
       filters=('informasi', 'desa', 'tanggal'),
       ordering=('-tanggal', 'desa'),
       desa_field='desa',
       row_label='{tanggal}',
       natural_key=('informasi', 'desa'))
class PenyampaianInformasi(RecordModel):
    """That an informasi or peraturan was passed on to one desa, and when (L7's `disampaikan_ke`)."""

    informasi = fields.ForeignKeyField('models.InformasiPeraturan', related_name='penyampaian',
                                       on_delete=fields.CASCADE, description='Informasi/Peraturan')
    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tanggal = fields.DateField(description='Tanggal Penyampaian')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan (cara penyampaian)')

    class Meta:
        table = 'penyampaian_informasi'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        informasi = await InformasiPeraturan.get_or_none(id=self.informasi_id) if self.informasi_id else None
        if informasi and self.tanggal and self.tanggal < informasi.tanggal:
            errors['tanggal'] = t('aturan.penyampaian_informasi.tanggal')
        if informasi and self.desa_id:
            taken = PenyampaianInformasi.filter(informasi_id=informasi.id, desa_id=self.desa_id,
                                                deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['desa'] = t('aturan.penyampaian_informasi.sudah_disampaikan')
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        # not a rule: remember the stored informasi, so that after_write updates it too when it changes
        self._informasi_sebelumnya = before.get('informasi_id')
        return {}

    async def after_write(self) -> None:
        for informasi_id in {self.informasi_id, getattr(self, '_informasi_sebelumnya', None)} - {None}:
            await recount_penyampaian(informasi_id)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


async def recount_penyampaian(informasi_id: int) -> None:
    informasi = await InformasiPeraturan.get_or_none(id=informasi_id)
    if informasi is None:
        return
    dates = await PenyampaianInformasi.filter(informasi_id=informasi_id, deleted_at__isnull=True) \
        .values_list('tanggal', flat=True)
    jumlah, pertama = len(dates), min(dates, default=None)
    if (informasi.jumlah_desa, informasi.tanggal_penyampaian) != (jumlah, pertama):
        informasi.jumlah_desa, informasi.tanggal_penyampaian = jumlah, pertama
        informasi.version += 1
        await informasi.save(update_fields=['jumlah_desa', 'tanggal_penyampaian', 'version', 'updated_at'])


class StatusPermohonanDesa(str, Enum):
    DITERIMA = 'Diterima'
    DIPROSES = 'Diproses'
    SELESAI = 'Selesai'
    DITOLAK = 'Ditolak'


@table(label='Permohonan Data Desa', process='L8',
       columns=('tanggal', 'desa', 'perihal', 'jenis_data', 'tanggal_selesai', 'status', 'lampiran'),
       search=('perihal', 'jenis_data', 'tindak_lanjut'),
       filters=('tanggal', 'desa', 'status'),
       ordering=('-tanggal', '-id'),
       desa_field='desa',
       row_label='{tanggal} {perihal}')
class PermohonanDataDesa(RecordModel):
    """A desa asks the kecamatan for data or for its fulfilment (L8); the kecamatan records its
    tindak lanjut. Statuses are a proposal."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tanggal = fields.DateField(description='Tanggal')
    perihal = fields.CharField(max_length=255, description='Perihal')
    jenis_data = fields.CharField(max_length=150, description='Jenis Data')
    tindak_lanjut = LongTextField(null=True, description='Tindak Lanjut')
    tanggal_selesai = fields.DateField(null=True, description='Tanggal Selesai')
    status = fields.CharEnumField(StatusPermohonanDesa, max_length=10, default=StatusPermohonanDesa.DITERIMA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    class Meta:
        table = 'permohonan_data_desa'
        table_description = SAME_AS_LABEL

    @classmethod
    def open_filter(cls):
        return Q(status__in=[StatusPermohonanDesa.DITERIMA.value, StatusPermohonanDesa.DIPROSES.value])

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        status = StatusPermohonanDesa(self.status) if self.status else None
        if self.tanggal_selesai and self.tanggal and self.tanggal_selesai < self.tanggal:
            errors['tanggal_selesai'] = t('aturan.umum.selesai_sebelum_permohonan')
        elif status == StatusPermohonanDesa.SELESAI and not self.tanggal_selesai:
            errors['tanggal_selesai'] = t('aturan.permohonan_data_desa.isi_tanggal_selesai')
        if status in (StatusPermohonanDesa.SELESAI, StatusPermohonanDesa.DITOLAK) and not self.tindak_lanjut:
            errors['tindak_lanjut'] = t('aturan.permohonan_data_desa.tindak_lanjut')
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


class HasilVerifikasi(str, Enum):
    VALID = 'Valid'
    PERLU_PERBAIKAN = 'Perlu Perbaikan'
    TIDAK_VALID = 'Tidak Valid'


@table(label='Verifikasi Informasi', process='L9',
       columns=('tanggal', 'desa', 'informasi', 'hasil', 'disampaikan_ke', 'tanggal_penyampaian'),
       search=('informasi', 'catatan'),
       filters=('tanggal', 'desa', 'hasil', 'disampaikan_ke'),
       ordering=('-tanggal', '-id'),
       desa_field='desa',
       row_label='{tanggal} {hasil}')
class VerifikasiInformasi(RecordModel):
    """Information a desa submits, its verification by the kecamatan, and to whom it was passed on
    (L9). Only information found Valid is passed on (proposal)."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tanggal = fields.DateField(description='Tanggal')
    informasi = fields.CharField(max_length=255, description='Informasi')
    hasil = fields.CharEnumField(HasilVerifikasi, max_length=16, null=True, description='Hasil Verifikasi')
    catatan = LongTextField(null=True, description='Catatan')
    disampaikan_ke = fields.ForeignKeyField('models.Instansi', null=True, related_name=False,
                                            on_delete=fields.RESTRICT, description='Disampaikan ke')
    tanggal_penyampaian = fields.DateField(null=True, description='Tanggal Penyampaian')

    class Meta:
        table = 'verifikasi_informasi'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tanggal_penyampaian and self.tanggal and self.tanggal_penyampaian < self.tanggal:
            errors['tanggal_penyampaian'] = t('aturan.verifikasi_informasi.tanggal_penyampaian')
        passed_on = self.disampaikan_ke_id or self.tanggal_penyampaian
        if passed_on and (not self.hasil or HasilVerifikasi(self.hasil) != HasilVerifikasi.VALID):
            errors['hasil'] = t('aturan.verifikasi_informasi.hanya_yang_valid', valid=HasilVerifikasi.VALID.value)
        elif self.disampaikan_ke_id and not self.tanggal_penyampaian and 'tanggal_penyampaian' not in errors:
            errors['tanggal_penyampaian'] = t('aturan.verifikasi_informasi.isi_tanggal_penyampaian')
        elif self.tanggal_penyampaian and not self.disampaikan_ke_id:
            errors['disampaikan_ke'] = t('aturan.verifikasi_informasi.disampaikan_ke')
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}
