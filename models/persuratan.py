"""M1.1 Persuratan: surat masuk with its disposisi chain, and surat keluar.

Sources: the Tata Naskah Dinas practice of Pemkab Lumajang (agenda book columns), Permendagri
83/2022 for the klasifikasi; the disposisi instructions are the usual lembar disposisi options.
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q
from tortoise.validators import MinValueValidator

from locales import t
from models.base import FilesField, LongTextField, RecordModel, suggest_yearly_number, yearly_number_error
from models.table import table


class Sifat(str, Enum):
    BIASA = 'Biasa'
    TERBATAS = 'Terbatas'
    RAHASIA = 'Rahasia'
    SANGAT_RAHASIA = 'Sangat Rahasia'


class Urgensi(str, Enum):
    BIASA = 'Biasa'
    SEGERA = 'Segera'
    AMAT_SEGERA = 'Amat Segera'


class StatusSuratMasuk(str, Enum):
    BELUM_DISPOSISI = 'Belum Disposisi'
    DIDISPOSISI = 'Didisposisi'
    SELESAI = 'Selesai'


class Instruksi(str, Enum):
    TANGGAPAN = 'Tanggapan dan Saran'
    PROSES = 'Proses Lebih Lanjut'
    KOORDINASI = 'Koordinasi/Konfirmasi'
    DIKETAHUI = 'Untuk Diketahui'
    DIHADIRI = 'Untuk Dihadiri'


class StatusDisposisi(str, Enum):
    BELUM_DIBACA = 'Belum Dibaca'
    DITINDAKLANJUTI = 'Ditindaklanjuti'
    SELESAI = 'Selesai'


class JenisNaskah(str, Enum):
    SURAT_DINAS = 'Surat Dinas'
    UNDANGAN = 'Undangan'
    NOTA_DINAS = 'Nota Dinas'
    SURAT_TUGAS = 'Surat Tugas'
    SURAT_KETERANGAN = 'Surat Keterangan'
    SURAT_EDARAN = 'Surat Edaran'
    LAINNYA = 'Lainnya'


class StatusSuratKeluar(str, Enum):
    KONSEP = 'Konsep'
    VERIFIKASI = 'Verifikasi'
    DITANDATANGANI = 'Ditandatangani'
    DIKIRIM = 'Dikirim'


@table(label='Surat Masuk', process='M1.1',
       columns=('no_agenda', 'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat', 'perihal',
                'klasifikasi', 'sifat', 'urgensi', 'status', 'berkas'),
       search=('nomor_surat', 'asal_surat', 'perihal', 'ringkasan'),
       filters=('asal_surat', 'tanggal_diterima', 'sifat', 'urgensi', 'status', 'klasifikasi'),
       ordering=('-tanggal_diterima', '-no_agenda'),
       readonly=('tahun',),
       row_label='{no_agenda}/{tahun} {perihal}',
       natural_key=('tahun', 'no_agenda'))
class SuratMasuk(RecordModel):
    tahun = fields.SmallIntField(description='Tahun')
    # db_index on every sortable grid column: a sorted page (and an export chunk) walks an index
    # instead of sorting the table (bench/grid.py, bench/export.py)
    no_agenda = fields.IntField(validators=[MinValueValidator(1)], db_index=True, description='No. Agenda')
    tanggal_diterima = fields.DateField(description='Tanggal Diterima')
    nomor_surat = fields.CharField(max_length=100, db_index=True, description='Nomor Surat')
    tanggal_surat = fields.DateField(db_index=True, description='Tanggal Surat')
    asal_surat = fields.CharField(max_length=200, db_index=True, description='Asal Surat')
    perihal = fields.CharField(max_length=255, db_index=True, description='Perihal')
    ringkasan = LongTextField(null=True, description='Ringkasan Isi')
    klasifikasi = fields.ForeignKeyField('models.KlasifikasiArsip', null=True, on_delete=fields.RESTRICT,
                                         related_name=False, description='Klasifikasi')
    jumlah_lampiran = fields.SmallIntField(default=0, validators=[MinValueValidator(0)],
                                           description='Jumlah Lampiran')
    ditujukan_kepada = fields.CharField(max_length=100, null=True, description='Ditujukan Kepada')
    sifat = fields.CharEnumField(Sifat, max_length=20, default=Sifat.BIASA, db_index=True, description='Sifat')
    urgensi = fields.CharEnumField(Urgensi, max_length=20, default=Urgensi.BIASA, db_index=True,
                                   description='Urgensi')
    status = fields.CharEnumField(StatusSuratMasuk, max_length=20, default=StatusSuratMasuk.BELUM_DISPOSISI,
                                  db_index=True, description='Status')

    berkas = FilesField(description='Scan Surat')

    class Meta:
        table = 'surat_masuk'
        unique_together = (('tahun', 'no_agenda'),)
        indexes = (('tanggal_diterima', 'no_agenda'),)   # the default order: newest first

    def derive(self) -> None:
        if self.tanggal_diterima:
            self.tahun = self.tanggal_diterima.year

    async def check_rules(self) -> dict[str, str]:
        errors = {}
        if self.tanggal_surat and self.tanggal_diterima and self.tanggal_surat > self.tanggal_diterima:
            errors['tanggal_surat'] = t('aturan.surat_masuk.tanggal_surat')
        errors.update(await yearly_number_error(self, 'no_agenda'))
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'no_agenda', 'tanggal_diterima')


@table(label='Disposisi', process='M1.1', parent='surat_masuk',
       columns=('surat_masuk', 'tanggal', 'dari_jabatan', 'kepada_jabatan', 'instruksi', 'batas_waktu', 'status', 'lampiran'),
       search=('dari_jabatan', 'kepada_jabatan', 'isi'),
       filters=('surat_masuk', 'tanggal', 'instruksi', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} {kepada_jabatan}')
class Disposisi(RecordModel):
    surat_masuk = fields.ForeignKeyField('models.SuratMasuk', related_name='disposisi', on_delete=fields.CASCADE,
                                         description='Surat Masuk')
    tanggal = fields.DateField(description='Tanggal')   # today by default (RecordModel.suggested_values)
    dari_jabatan = fields.CharField(max_length=100, description='Dari')
    # who passes a disposisi on names it after saying who they are; only one of the same surat fits
    induk = fields.ForeignKeyField('models.Disposisi', null=True, related_name='lanjutan', on_delete=fields.SET_NULL,
                                   description='Lanjutan dari Disposisi')
    kepada_jabatan = fields.CharField(max_length=100, description='Kepada')
    isi = LongTextField(null=True, description='Isi Disposisi')
    instruksi = fields.CharEnumField(Instruksi, max_length=30, default=Instruksi.PROSES, description='Instruksi')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    status = fields.CharEnumField(StatusDisposisi, max_length=20, default=StatusDisposisi.BELUM_DIBACA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    # the choices of a foreign key narrowed to rows sharing the form's value (core.visible_rows.fk_options)
    choices_within = {'induk': 'surat_masuk'}

    class Meta:
        table = 'disposisi'

    async def check_rules(self) -> dict[str, str]:
        errors = {}
        if self.batas_waktu and self.tanggal and self.batas_waktu < self.tanggal:
            errors['batas_waktu'] = t('aturan.disposisi.batas_waktu')
        if self.induk_id and self.induk_id == self.id:
            errors['induk'] = t('aturan.disposisi.lanjutan_dirinya')
        if self.induk_id and self.surat_masuk_id:
            parent = await Disposisi.get_or_none(id=self.induk_id)
            if parent and parent.surat_masuk_id != self.surat_masuk_id:
                errors['induk'] = t('aturan.disposisi.lanjutan_surat_lain')
        return errors

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=date.today()) & ~Q(status=StatusDisposisi.SELESAI)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < date.today() and self.status != StatusDisposisi.SELESAI)

    async def after_write(self) -> None:
        """The surat's status follows its disposisi: none → Belum Disposisi, all done → Selesai."""
        surat = await SuratMasuk.get_or_none(id=self.surat_masuk_id)
        if surat is None:
            return
        statuses = await Disposisi.filter(surat_masuk_id=surat.id, deleted_at__isnull=True).values_list('status', flat=True)
        if not statuses:
            status = StatusSuratMasuk.BELUM_DISPOSISI
        elif all(s == StatusDisposisi.SELESAI for s in statuses):
            status = StatusSuratMasuk.SELESAI
        else:
            status = StatusSuratMasuk.DIDISPOSISI
        if surat.status != status:
            surat.status = status
            surat.version += 1
            await surat.save(update_fields=['status', 'version', 'updated_at'])


@table(label='Surat Keluar', process='M1.1',
       columns=('nomor_urut', 'nomor_surat', 'tanggal_surat', 'tujuan', 'perihal', 'klasifikasi', 'jenis_naskah',
                'sifat', 'status', 'arsip'),
       search=('nomor_surat', 'tujuan', 'perihal', 'penandatangan'),
       filters=('tujuan', 'tanggal_surat', 'jenis_naskah', 'sifat', 'urgensi', 'status', 'klasifikasi'),
       ordering=('-tanggal_surat', '-nomor_urut'),
       readonly=('tahun',),
       row_label='{nomor_surat}',
       natural_key=('tahun', 'nomor_urut'))
class SuratKeluar(RecordModel):
    tahun = fields.SmallIntField(description='Tahun')
    nomor_urut = fields.IntField(validators=[MinValueValidator(1)], description='No. Urut')
    nomor_surat = fields.CharField(max_length=100, description='Nomor Surat')
    tanggal_surat = fields.DateField(description='Tanggal Surat')
    tujuan = fields.CharField(max_length=200, description='Tujuan')
    perihal = fields.CharField(max_length=255, description='Perihal')
    klasifikasi = fields.ForeignKeyField('models.KlasifikasiArsip', null=True, on_delete=fields.RESTRICT,
                                         related_name=False, description='Klasifikasi')
    jenis_naskah = fields.CharEnumField(JenisNaskah, max_length=30, default=JenisNaskah.SURAT_DINAS,
                                        description='Jenis Naskah')
    sifat = fields.CharEnumField(Sifat, max_length=20, default=Sifat.BIASA, description='Sifat')
    urgensi = fields.CharEnumField(Urgensi, max_length=20, default=Urgensi.BIASA, description='Urgensi')
    lampiran = fields.CharField(max_length=100, null=True, description='Lampiran')
    penandatangan = fields.CharField(max_length=100, description='Penandatangan')
    status = fields.CharEnumField(StatusSuratKeluar, max_length=20, default=StatusSuratKeluar.KONSEP,
                                  description='Status')

    arsip = FilesField(many=False, description='Arsip Bertanda Tangan')

    class Meta:
        table = 'surat_keluar'
        unique_together = (('tahun', 'nomor_urut'),)

    def derive(self) -> None:
        if self.tanggal_surat:
            self.tahun = self.tanggal_surat.year

    async def check_rules(self) -> dict[str, str]:
        return await yearly_number_error(self, 'nomor_urut')

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'nomor_urut', 'tanggal_surat')
