"""U2 Pemberdayaan Masyarakat with L3–L5: the kegiatan, who received pembinaan or fasilitasi (L3),
the narasumber (L4), and the usulan masyarakat the kecamatan passes on to an OPD (L5).

Sources: docs/design.md §Tables and the Peta Relasi of the seed (Masyarakat, UMKM, Narasumber Lingkup Kota,
OPD Terkait); Perpres 17/2018 (Kecamatan) for the camat's task of pemberdayaan masyarakat.
The statuses of usulan masyarakat and the contact rule of narasumber are proposals.
"""
from __future__ import annotations

import re
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q

from locales import t
from models.base import FilesField, LongTextField, MoneyField, NikField, RecordModel
from models.clock import office_today
from models.table import SAME_AS_LABEL, table

PHONE = re.compile(r'(\+62|62|0)\d{7,13}')
EMAIL = re.compile(r'[^@\s]+@[^@\s]+\.[^@\s]+')


@table(label='Kegiatan Pemberdayaan', process='U2',
       columns=('tanggal', 'nama', 'desa', 'lokasi', 'sasaran', 'jumlah_peserta', 'anggaran', 'narasumber', 'foto'),
       search=('nama', 'lokasi', 'sasaran'),
       filters=('tanggal', 'desa', 'narasumber'),
       ordering=('-tanggal', '-id'),
       readonly=('jumlah_peserta',),
       desa_field='desa',
       row_label='{tanggal} {nama}')
class KegiatanPemberdayaan(RecordModel):
    """A pembinaan, pelatihan or sosialisasi. jumlah_peserta is the number of its penerima (L3),
    kept up to date whenever one is added, changed or deleted."""

    nama = fields.CharField(max_length=200, description='Nama Kegiatan')
    tanggal = fields.DateField(description='Tanggal')
    desa = fields.ForeignKeyField('models.Desa', null=True, related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')
    lokasi = fields.CharField(max_length=200, description='Lokasi')
    sasaran = fields.CharField(max_length=200, null=True, description='Sasaran')
    jumlah_peserta = fields.IntField(default=0, description='Jumlah Peserta')
    anggaran = MoneyField(null=True, description='Anggaran (Rp)')
    narasumber = fields.ForeignKeyField('models.Narasumber', null=True, related_name='kegiatan',
                                        on_delete=fields.SET_NULL, description='Narasumber')
    keterangan = LongTextField(null=True, description='Keterangan')

    foto = FilesField(description='Foto Kegiatan')

    class Meta:
        table = 'kegiatan_pemberdayaan'
        table_description = SAME_AS_LABEL


class KategoriPenerima(str, Enum):
    MASYARAKAT = 'Masyarakat'
    UMKM = 'UMKM'


class BentukPembinaan(str, Enum):
    PEMBINAAN = 'Pembinaan'
    FASILITASI = 'Fasilitasi'
    BANTUAN = 'Bantuan'


@table(label='Penerima Pembinaan dan Fasilitasi', process='L3', parent='kegiatan',
       columns=('kegiatan', 'nama', 'nik', 'desa', 'kategori', 'jenis_usaha', 'bentuk'),
       search=('nama', 'nik', 'jenis_usaha'),
       filters=('kegiatan', 'desa', 'kategori', 'bentuk'),
       ordering=('kegiatan', 'nama'),
       desa_field='desa',
       row_label='{nama}',
       natural_key=('kegiatan', 'nik'))
class PenerimaPembinaan(RecordModel):
    """A person or UMKM that received pembinaan, fasilitasi or bantuan in a kegiatan (L3)."""

    kegiatan = fields.ForeignKeyField('models.KegiatanPemberdayaan', related_name='penerima',
                                      on_delete=fields.CASCADE, description='Kegiatan')
    nama = fields.CharField(max_length=120, description='Nama')
    nik = NikField(null=True, description='NIK')
    desa = fields.ForeignKeyField('models.Desa', null=True, related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')
    kategori = fields.CharEnumField(KategoriPenerima, max_length=12, default=KategoriPenerima.MASYARAKAT,
                                    description='Kategori')
    jenis_usaha = fields.CharField(max_length=100, null=True, description='Jenis Usaha (UMKM)')
    bentuk = fields.CharEnumField(BentukPembinaan, max_length=12, default=BentukPembinaan.PEMBINAAN,
                                  description='Bentuk')

    class Meta:
        table = 'penerima_pembinaan'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kategori and KategoriPenerima(self.kategori) == KategoriPenerima.UMKM and not self.jenis_usaha:
            errors['jenis_usaha'] = t('aturan.penerima_pembinaan.jenis_usaha')
        if self.nik and self.kegiatan_id:
            taken = PenerimaPembinaan.filter(kegiatan_id=self.kegiatan_id, nik=self.nik, deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['nik'] = t('aturan.penerima_pembinaan.nik_terdaftar')
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        # not a rule: remember the stored kegiatan, so that after_write recounts it too when it changes
        self._kegiatan_sebelumnya = before.get('kegiatan_id')
        return {}

    async def after_write(self) -> None:
        """jumlah_peserta of the kegiatan (and of the one it left) is the count of its penerima."""
        for kegiatan_id in {self.kegiatan_id, getattr(self, '_kegiatan_sebelumnya', None)} - {None}:
            await recount_peserta(kegiatan_id)


async def recount_peserta(kegiatan_id: int) -> None:
    kegiatan = await KegiatanPemberdayaan.get_or_none(id=kegiatan_id)
    if kegiatan is None:
        return
    count = await PenerimaPembinaan.filter(kegiatan_id=kegiatan_id, deleted_at__isnull=True).count()
    if kegiatan.jumlah_peserta != count:
        kegiatan.jumlah_peserta = count
        kegiatan.version += 1
        await kegiatan.save(update_fields=['jumlah_peserta', 'version', 'updated_at'])


@table(label='Narasumber', process='L4',
       columns=('nama', 'instansi', 'bidang', 'kontak'),
       search=('nama', 'bidang', 'kontak'),
       filters=('instansi', 'bidang'),
       ordering=('nama',),
       row_label='{nama} ({bidang})')
class Narasumber(RecordModel):
    """A speaker for pembinaan and sosialisasi, usually from the kabupaten's OPD (L4)."""

    nama = fields.CharField(max_length=120, description='Nama')
    instansi = fields.ForeignKeyField('models.Instansi', null=True, related_name=False, on_delete=fields.RESTRICT,
                                      description='Instansi')
    bidang = fields.CharField(max_length=120, description='Bidang Keahlian')
    kontak = fields.CharField(max_length=100, null=True, description='Kontak (telepon/email)')

    class Meta:
        table = 'narasumber'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        if self.kontak:
            compact = re.sub(r'[\s\-.()]', '', self.kontak)
            if not (PHONE.fullmatch(compact) or EMAIL.fullmatch(self.kontak.strip())):
                return {'kontak': t('aturan.narasumber.kontak')}
        return {}


class StatusUsulanMasyarakat(str, Enum):
    DITERIMA = 'Diterima'
    DITERUSKAN = 'Diteruskan'
    DITANGGAPI = 'Ditanggapi'
    SELESAI = 'Selesai'


@table(label='Usulan Masyarakat', process='L5',
       columns=('tanggal', 'pengusul', 'desa', 'uraian', 'opd_tujuan', 'tanggal_diteruskan', 'status', 'lampiran'),
       search=('pengusul', 'uraian', 'tanggapan'),
       filters=('tanggal', 'desa', 'opd_tujuan', 'status'),
       ordering=('-tanggal', '-id'),
       desa_field='desa',
       row_label='{tanggal} {pengusul}')
class UsulanMasyarakat(RecordModel):
    """A proposal from the public that the kecamatan facilitates and passes on to an OPD (L5).
    Statuses are a proposal: Diterima → Diteruskan (to an OPD) → Ditanggapi → Selesai."""

    tanggal = fields.DateField(description='Tanggal')
    pengusul = fields.CharField(max_length=150, description='Pengusul')
    desa = fields.ForeignKeyField('models.Desa', null=True, related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')
    uraian = LongTextField(description='Uraian Usulan')
    opd_tujuan = fields.ForeignKeyField('models.Instansi', null=True, related_name=False, on_delete=fields.RESTRICT,
                                        description='OPD Tujuan')
    tanggal_diteruskan = fields.DateField(null=True, description='Tanggal Diteruskan')
    tanggapan = LongTextField(null=True, description='Tanggapan')
    status = fields.CharEnumField(StatusUsulanMasyarakat, max_length=12, default=StatusUsulanMasyarakat.DITERIMA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    class Meta:
        table = 'usulan_masyarakat'
        table_description = SAME_AS_LABEL

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in StatusUsulanMasyarakat if s != StatusUsulanMasyarakat.SELESAI])

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        status = StatusUsulanMasyarakat(self.status) if self.status else None
        if self.tanggal_diteruskan and self.tanggal and self.tanggal_diteruskan < self.tanggal:
            errors['tanggal_diteruskan'] = t('aturan.usulan_masyarakat.tanggal_diteruskan')
        if status and status != StatusUsulanMasyarakat.DITERIMA:
            if not self.opd_tujuan_id:
                errors['opd_tujuan'] = t('aturan.usulan_masyarakat.opd_tujuan')
            if not self.tanggal_diteruskan and 'tanggal_diteruskan' not in errors:
                errors['tanggal_diteruskan'] = t('aturan.usulan_masyarakat.isi_tanggal_diteruskan')
        if status in (StatusUsulanMasyarakat.DITANGGAPI, StatusUsulanMasyarakat.SELESAI) and not self.tanggapan:
            errors['tanggapan'] = t('aturan.usulan_masyarakat.tanggapan')
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}
