"""U1 Pelayanan Publik: the standar pelayanan of each layanan, the register of requests, and the
answers of the Survei Kepuasan Masyarakat (SKM) from which the IKM is computed.

Sources: Permendagri 4/2010 (PATEN: perizinan and non-perizinan services of a kecamatan);
PermenPAN-RB 15/2014 (komponen standar pelayanan: persyaratan, prosedur, jangka waktu, biaya,
produk, dasar hukum); PermenPAN-RB 14/2017 (SKM: 9 unsur, answers 1–4, the respondent's profile).
The jangka waktu of a standar pelayanan is stated in working days, as in the published SPs; the
register's batas waktu is the date of the request plus that many working days (models.workdays).
The seeded layanan types and their jangka waktu are proposals until the kecamatan's own SP is typed in.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q
from tortoise.exceptions import ValidationError
from tortoise.validators import MaxValueValidator, MinValueValidator, Validator

from locales import t
from models.base import LongTextField, MoneyField, NikField, RecordModel, suggest_yearly_number, yearly_number_error
from models.choices import JenisKelamin
from models.clock import office_today
from models.table import SAME_AS_LABEL, QuickAction, table
from models.workdays import add_working_days


class KategoriLayanan(str, Enum):
    PERIZINAN = 'Perizinan'
    NON_PERIZINAN = 'Non-Perizinan'


# The 14 components of a standar pelayanan as the Lampiran of PermenPAN-RB 15/2014 orders them and as
# the offices post them: first those of the service delivery, then those of its management inside
# the office (manufacturing). Each is a field of JenisLayanan; its label is the component's name.
KOMPONEN_PENYAMPAIAN = ('persyaratan', 'prosedur', 'jangka_waktu_hari', 'biaya', 'produk', 'penanganan_pengaduan')
KOMPONEN_PENGELOLAAN = ('dasar_hukum', 'sarana_prasarana', 'kompetensi_pelaksana', 'pengawasan_internal',
                        'jumlah_pelaksana', 'jaminan_pelayanan', 'jaminan_keamanan', 'evaluasi_kinerja')
KOMPONEN_STANDAR = KOMPONEN_PENYAMPAIAN + KOMPONEN_PENGELOLAAN


@table(label='Jenis Layanan', process='U1',
       columns=('nama', 'kategori', 'jangka_waktu_hari', 'biaya', 'produk', 'aktif'),
       search=('nama', 'produk', 'persyaratan', 'dasar_hukum'),
       filters=('kategori', 'aktif'),
       ordering=('nama',),
       form=('nama', 'kategori', *KOMPONEN_STANDAR, 'aktif'),
       row_label='{nama}',
       natural_key=('nama',))
class JenisLayanan(RecordModel):
    """A service of the kecamatan with its standar pelayanan: the 14 components of UU 25/2009 Pasal 21
    in the order and with the names of the Lampiran of PermenPAN-RB 15/2014 (Pedoman Standar
    Pelayanan): six of the service delivery (persyaratan; sistem, mekanisme, dan prosedur; jangka
    waktu pelayanan; biaya/tarif; produk pelayanan; penanganan pengaduan, saran dan masukan) and
    eight of its management inside the office, "manufacturing" (dasar hukum; sarana dan prasarana,
    dan/atau fasilitas; kompetensi pelaksana; pengawasan internal; jumlah pelaksana; jaminan
    pelayanan; jaminan keamanan dan keselamatan pelayanan; evaluasi kinerja pelaksana).

    Where it was read: the Lampiran's opening (https://ro.scribd.com/document/424673696/
    Pedoman-Standar-Pelayanan); the two groups and their order as restated in PMK 46/PMK.01/2021
    Pasal (https://pasal.id/en/peraturan/permen/permenkeu-no-46-pmk-01-2021-tahun-2021), which follows
    the Lampiran; the posted layout of Kecamatan Porong, Sidoarjo ("Aspek Penyampaian Pelayanan",
    "Aspek Pengelolaan Pelayanan": https://porong.sidoarjokab.go.id/template-1/005/halaman-3) and of
    Kecamatan Krian (https://krian.sidoarjokab.go.id/template-1/005/1737096750). The text of UU 25/2009
    Pasal 21 itself was not found in the stored copies; its list is the same fourteen, led by dasar
    hukum. The jangka waktu is kept in working days (the register's batas waktu counts them), the
    biaya in rupiah; the other components are prose.

    A layanan the kecamatan no longer grants is not deleted but made not aktif (Rekomendasi
    Persetujuan Bangunan Gedung: PBG replaced IMB under PP 16/2021 and is applied for through SIMBG,
    not at the kecamatan): the register rows that name it stay valid and still show it, and a new or
    changed register row may not choose it (RegisterLayanan.check_actor_rules)."""

    nama = fields.CharField(max_length=150, unique=True, description='Nama Layanan')
    kategori = fields.CharEnumField(KategoriLayanan, max_length=15, default=KategoriLayanan.NON_PERIZINAN,
                                    description='Kategori')
    persyaratan = LongTextField(null=True, description='Persyaratan')
    prosedur = LongTextField(null=True, description='Sistem, Mekanisme, dan Prosedur')
    jangka_waktu_hari = fields.SmallIntField(validators=[MinValueValidator(1), MaxValueValidator(365)],
                                             description='Jangka Waktu Pelayanan (hari kerja)')
    biaya = MoneyField(default=Decimal(0), description='Biaya/Tarif (Rp)')
    produk = fields.CharField(max_length=150, null=True, description='Produk Pelayanan')
    penanganan_pengaduan = LongTextField(null=True, description='Penanganan Pengaduan, Saran dan Masukan')
    dasar_hukum = LongTextField(null=True, description='Dasar Hukum')
    sarana_prasarana = LongTextField(null=True, description='Sarana dan Prasarana, dan/atau Fasilitas')
    kompetensi_pelaksana = LongTextField(null=True, description='Kompetensi Pelaksana')
    pengawasan_internal = LongTextField(null=True, description='Pengawasan Internal')
    jumlah_pelaksana = LongTextField(null=True, description='Jumlah Pelaksana')
    jaminan_pelayanan = LongTextField(null=True, description='Jaminan Pelayanan')
    jaminan_keamanan = LongTextField(null=True, description='Jaminan Keamanan dan Keselamatan Pelayanan')
    evaluasi_kinerja = LongTextField(null=True, description='Evaluasi Kinerja Pelaksana')
    aktif = fields.BooleanField(default=True, description='Aktif (ditawarkan di loket)')

    @classmethod
    def offered_filter(cls) -> Q:
        return Q(aktif=True)

    class Meta:
        table = 'jenis_layanan'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        if self.nama:
            taken = JenisLayanan.filter(nama__iexact=self.nama.strip())
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                return {'nama': t('aturan.jenis_layanan.nama_dipakai')}
        return {}

    async def after_write(self) -> None:
        """A changed jangka waktu moves the batas waktu of the requests still open."""
        for register in await RegisterLayanan.filter(layanan_id=self.id, status__in=[s.value for s in OPEN_STATUSES],
                                                     deleted_at__isnull=True):
            await register.set_batas_waktu(self.jangka_waktu_hari)


class StatusLayanan(str, Enum):
    DITERIMA = 'Diterima'
    DIPROSES = 'Diproses'
    SELESAI = 'Selesai'
    DIAMBIL = 'Diambil'
    DITOLAK = 'Ditolak'


OPEN_STATUSES = (StatusLayanan.DITERIMA, StatusLayanan.DIPROSES)
DONE_STATUSES = (StatusLayanan.SELESAI, StatusLayanan.DIAMBIL)


@table(label='Register Layanan', process='U1',
       columns=('no_registrasi', 'tanggal', 'nik', 'nama_pemohon', 'desa', 'layanan', 'status', 'batas_waktu',
                'tanggal_selesai', 'petugas'),
       search=('nik', 'nama_pemohon', 'petugas', 'keterangan'),
       filters=('tanggal', 'desa', 'layanan', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-no_registrasi'),
       readonly=('tahun', 'batas_waktu'),
       desa_field='desa',
       row_label='{no_registrasi}/{tahun} {nama_pemohon}',
       natural_key=('tahun', 'no_registrasi'),
       quick_action=QuickAction('layanan_selesai', 'status', StatusLayanan.DIPROSES, StatusLayanan.SELESAI))
class RegisterLayanan(RecordModel):
    """One request at the PATEN desk. No. registrasi is unique per year and suggested; the batas
    waktu is derived from the layanan's jangka waktu (working days); a request still Diterima or
    Diproses past it is overdue."""

    tahun = fields.SmallIntField(description='Tahun')
    no_registrasi = fields.IntField(validators=[MinValueValidator(1)], description='No. Registrasi')
    tanggal = fields.DateField(description='Tanggal')
    nik = NikField(description='NIK Pemohon')
    nama_pemohon = fields.CharField(max_length=120, description='Nama Pemohon')
    desa = fields.ForeignKeyField('models.Desa', null=True, related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')
    layanan = fields.ForeignKeyField('models.JenisLayanan', related_name='register', on_delete=fields.RESTRICT,
                                     description='Layanan')
    status = fields.CharEnumField(StatusLayanan, max_length=10, default=StatusLayanan.DITERIMA, description='Status')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    tanggal_selesai = fields.DateField(null=True, description='Tanggal Selesai')
    petugas = fields.CharField(max_length=100, null=True, description='Petugas')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'register_layanan'
        table_description = SAME_AS_LABEL
        unique_together = (('tahun', 'no_registrasi'),)

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        """An open request's batas waktu: its layanan's jangka waktu in working days."""
        moved = 0
        for row in await cls.filter(status__in=[s.value for s in OPEN_STATUSES], deleted_at__isnull=True) \
                .select_related('layanan'):
            batas = add_working_days(row.tanggal, row.layanan.jangka_waktu_hari)
            if batas != row.batas_waktu:
                moved += await cls.filter(id=row.id).update(batas_waktu=batas)
        return moved

    def derive(self) -> None:
        if self.tanggal:
            self.tahun = self.tanggal.year

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        status = StatusLayanan(self.status) if self.status else None
        if self.tanggal_selesai and self.tanggal and self.tanggal_selesai < self.tanggal:
            errors['tanggal_selesai'] = t('aturan.umum.selesai_sebelum_permohonan')
        elif status in DONE_STATUSES and not self.tanggal_selesai:
            errors['tanggal_selesai'] = t('aturan.register_layanan.isi_tanggal_selesai', status=status.value)
        if status == StatusLayanan.DITOLAK and not self.keterangan:
            errors['keterangan'] = t('aturan.register_layanan.alasan_penolakan')
        errors.update(await yearly_number_error(self, 'no_registrasi'))
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """A new request, or one moved to another layanan, names a layanan still offered; a stored
        request keeps the retired layanan it was made for (JenisLayanan.aktif)."""
        if self.layanan_id and self.layanan_id != before.get('layanan_id') \
                and await JenisLayanan.filter(id=self.layanan_id, aktif=False).exists():
            return {'layanan': t('standar_pelayanan.aturan.layanan_tidak_aktif')}
        return {}

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'no_registrasi', 'tanggal')

    async def after_write(self) -> None:
        layanan = await JenisLayanan.get_or_none(id=self.layanan_id) if self.layanan_id else None
        if layanan is not None:
            await self.set_batas_waktu(layanan.jangka_waktu_hari)

    async def set_batas_waktu(self, jangka_waktu_hari: int) -> None:
        batas = add_working_days(self.tanggal, jangka_waktu_hari)
        if batas != self.batas_waktu:
            self.batas_waktu = batas
            await RegisterLayanan.filter(id=self.id).update(batas_waktu=batas)

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in OPEN_STATUSES])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), status__in=[s.value for s in OPEN_STATUSES])

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status in OPEN_STATUSES)


class PendidikanResponden(str, Enum):
    """As on the SKM questionnaire of PermenPAN-RB 14/2017."""
    SD = 'SD'
    SMP = 'SMP'
    SMA = 'SMA'
    DIPLOMA = 'D1-D3-D4'
    S1 = 'S1'
    S2 = 'S2'
    S3 = 'S3'


class PekerjaanResponden(str, Enum):
    PNS = 'PNS'
    TNI = 'TNI'
    POLRI = 'POLRI'
    SWASTA = 'Swasta'
    WIRAUSAHA = 'Wirausaha'
    LAINNYA = 'Lainnya'


# The answer fields of the 9 unsur of PermenPAN-RB 14/2017 (their names are the fields' labels).
ANSWER_FIELDS = ('u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9')


class AnswerValidator(Validator):
    """An SKM answer: 1 (tidak baik), 2 (kurang baik), 3 (baik) or 4 (sangat baik).

    Its `scale` marks the field as a scale: the words of the points 1, 2, … in order, which the form
    shows as a row of labelled choices (pages/widget_scale.py) while the column keeps the number."""

    @property
    def scale(self) -> tuple[str, ...]:
        return (t('formulir.skala.tidak_baik'), t('formulir.skala.kurang_baik'), t('formulir.skala.baik'),
                t('formulir.skala.sangat_baik'))

    def __call__(self, value) -> None:
        if value is not None and value not in range(1, len(self.scale) + 1):
            raise ValidationError(t('aturan.skm_responden.jawaban'))


def _answer(description: str) -> fields.SmallIntField:
    """An answer field, labelled with the unsur's code and name: 'U8 Penanganan Pengaduan, …'."""
    return fields.SmallIntField(validators=[AnswerValidator()], description=description)


@table(label='Responden SKM', process='U1',
       columns=('tanggal', 'layanan', 'jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan',
                *ANSWER_FIELDS),
       search=('saran',),
       filters=('tanggal', 'layanan', 'jenis_kelamin', 'pendidikan', 'pekerjaan'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} #{id}')
class SkmResponden(RecordModel):
    """One filled SKM questionnaire (PermenPAN-RB 14/2017): the respondent's profile and the 9
    answers, each 1 (tidak baik) to 4 (sangat baik)."""

    tanggal = fields.DateField(description='Tanggal Survei')
    layanan = fields.ForeignKeyField('models.JenisLayanan', related_name='skm', on_delete=fields.RESTRICT,
                                     description='Layanan')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')
    usia = fields.SmallIntField(validators=[MinValueValidator(10), MaxValueValidator(120)], description='Usia (tahun)')
    pendidikan = fields.CharEnumField(PendidikanResponden, max_length=10, description='Pendidikan')
    pekerjaan = fields.CharEnumField(PekerjaanResponden, max_length=10, description='Pekerjaan')
    u1 = _answer(description='U1 Persyaratan')
    u2 = _answer(description='U2 Sistem, Mekanisme, dan Prosedur')
    u3 = _answer(description='U3 Waktu Penyelesaian')
    u4 = _answer(description='U4 Biaya/Tarif')
    u5 = _answer(description='U5 Produk Spesifikasi Jenis Pelayanan')
    u6 = _answer(description='U6 Kompetensi Pelaksana')
    u7 = _answer(description='U7 Perilaku Pelaksana')
    u8 = _answer(description='U8 Penanganan Pengaduan, Saran dan Masukan')
    u9 = _answer(description='U9 Sarana dan Prasarana')
    saran = LongTextField(null=True, description='Saran')

    class Meta:
        table = 'skm_responden'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        if self.tanggal and self.tanggal > office_today():
            return {'tanggal': t('aturan.skm_responden.tanggal')}
        return {}

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


# The 9 unsur, keyed by the answer field: some offices swap 8 and 9, so the IKM page must read the
# names from here, never from the position. A name is its field's label without the code.
UNSUR_IKM: dict[str, str] = {code: SkmResponden._meta.fields_map[code].description.split(' ', 1)[1]
                             for code in ANSWER_FIELDS}
