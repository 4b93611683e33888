"""M1.2 Kepegawaian: the staff of the kecamatan and their cuti.

Sources:
- NIP layout (18 digits: 1–8 tanggal lahir YYYYMMDD, 9–14 TMT CPNS YYYYMM, 15 jenis kelamin 1/2,
  16–18 nomor urut): Peraturan Kepala BKN 22/2007 on NIP PNS. PPPK numbers follow another layout,
  so only their length is checked.
- Pangkat: PP 99/2000. Jenis jabatan (Struktural, Fungsional, Pelaksana) is a proposal, and so is
  the list of eselon (the levels a kecamatan's structural posts use, III.a to IV.b).
- Cuti: PP 11/2017 (Manajemen PNS) and Peraturan BKN 24/2017 (Tata Cara Pemberian Cuti PNS):
  the kinds of cuti, the keputusan of the pejabat (Disetujui, Perubahan, Ditangguhkan, Tidak
  Disetujui). Cuti tahunan is counted in working days (12 per year, at most 24 with the unused
  days of the two years before); every other kind is granted in days, months or years of the
  calendar. So lama_hari is working days (Mon–Fri) for Tahunan and calendar days, both ends
  included, for the others. National holidays are not known to the panel (see models.workdays).
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from tortoise import fields

from locales import t
from models.base import FilesField, NipField, RecordModel
from models.choices import JenisKelamin, Pendidikan
from models.process_map import Section
from models.table import SAME_AS_LABEL, table
from models.workdays import count_working_days


class StatusPegawai(str, Enum):
    PNS = 'PNS'
    CPNS = 'CPNS'
    PPPK = 'PPPK'
    NON_ASN = 'Non-ASN'


class JenisJabatan(str, Enum):
    STRUKTURAL = 'Struktural'
    FUNGSIONAL = 'Fungsional'
    PELAKSANA = 'Pelaksana'


class Eselon(str, Enum):
    III_A = 'III.a'
    III_B = 'III.b'
    IV_A = 'IV.a'
    IV_B = 'IV.b'


class UnitKerja(str, Enum):
    """Where a pegawai works: the leaders, or one section of the Peta Relasi."""
    PIMPINAN = 'Pimpinan Kecamatan'
    UMUM = Section.UMUM.value
    KEUANGAN = Section.KEUANGAN.value
    PELAYANAN = Section.PELAYANAN.value
    PEMBERDAYAAN = Section.PEMBERDAYAAN.value
    PEMERINTAHAN = Section.PEMERINTAHAN.value


class JenisCuti(str, Enum):
    TAHUNAN = 'Tahunan'
    BESAR = 'Besar'
    SAKIT = 'Sakit'
    MELAHIRKAN = 'Melahirkan'
    ALASAN_PENTING = 'Karena Alasan Penting'
    CLTN = 'Di Luar Tanggungan Negara'


class KeputusanCuti(str, Enum):
    DISETUJUI = 'Disetujui'
    PERUBAHAN = 'Perubahan'
    DITANGGUHKAN = 'Ditangguhkan'
    TIDAK_DISETUJUI = 'Tidak Disetujui'


NIP_STATUSES = (StatusPegawai.PNS, StatusPegawai.CPNS, StatusPegawai.PPPK)
NIP_LAYOUT_STATUSES = (StatusPegawai.PNS, StatusPegawai.CPNS)
NIP_SEX_DIGIT = {JenisKelamin.L: '1', JenisKelamin.P: '2'}
CUTI_TAHUNAN_MAX = 24  # working days, with the unused days of the two years before (Peraturan BKN 24/2017)


def nip_errors(nip: str, tanggal_lahir: date | None, jenis_kelamin: JenisKelamin | None) -> list[str]:
    """What is wrong with the NIP of a PNS/CPNS given their birth date and sex (empty: nothing).
    Dates are written out by hand, zero-padded: strftime's %Y drops the zeros of a year before 1000."""
    problems = []
    if tanggal_lahir:
        digits = f'{tanggal_lahir.year:04d}{tanggal_lahir.month:02d}{tanggal_lahir.day:02d}'
        shown = f'{tanggal_lahir.day:02d}/{tanggal_lahir.month:02d}/{tanggal_lahir.year:04d}'
        if not _is_date(nip[:8]):
            problems.append(t('aturan.pegawai.nip_bukan_tanggal', nip=nip[:8], tanggal=shown, digit=digits))
        elif nip[:8] != digits:
            problems.append(t('aturan.pegawai.nip_tanggal_lahir', tanggal=shown, digit=digits))
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12 or (tanggal_lahir and year <= tanggal_lahir.year):
        problems.append(t('aturan.pegawai.nip_tmt_cpns'))
    if jenis_kelamin and nip[14] != NIP_SEX_DIGIT[JenisKelamin(jenis_kelamin)]:
        expected = NIP_SEX_DIGIT[JenisKelamin(jenis_kelamin)]
        problems.append(t('aturan.pegawai.nip_jenis_kelamin', digit=expected,
                          jenis_kelamin=JenisKelamin(jenis_kelamin).value))
    return problems


def _is_date(digits: str) -> bool:
    """Are these eight digits a date of the calendar, written ttttbbhh?"""
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return True


@table(label='Pegawai', process='M1.2',
       columns=('nip', 'nama', 'status', 'pangkat', 'jabatan', 'jenis_jabatan', 'eselon', 'unit', 'pendidikan', 'berkas_sk'),
       search=('nip', 'nama', 'jabatan'),
       filters=('status', 'pangkat', 'jenis_jabatan', 'unit', 'jenis_kelamin', 'pendidikan'),
       ordering=('nama',),
       row_label='{nama} {nip}',
       natural_key=('nip',))
class Pegawai(RecordModel):
    """A pegawai of the kecamatan (ASN or not). Sources in the module docstring."""

    nip = NipField(null=True, unique=True, description='NIP')
    nama = fields.CharField(max_length=120, description='Nama')
    gelar_depan = fields.CharField(max_length=30, null=True, description='Gelar Depan')
    gelar_belakang = fields.CharField(max_length=40, null=True, description='Gelar Belakang')
    tempat_lahir = fields.CharField(max_length=60, null=True, description='Tempat Lahir')
    tanggal_lahir = fields.DateField(description='Tanggal Lahir')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')
    status = fields.CharEnumField(StatusPegawai, max_length=10, default=StatusPegawai.PNS, description='Status')
    pangkat = fields.ForeignKeyField('models.Pangkat', null=True, on_delete=fields.RESTRICT, related_name=False,
                                     description='Pangkat/Golongan')
    tmt_pangkat = fields.DateField(null=True, description='TMT Pangkat')
    jabatan = fields.CharField(max_length=150, description='Jabatan')
    jenis_jabatan = fields.CharEnumField(JenisJabatan, max_length=12, default=JenisJabatan.PELAKSANA,
                                         description='Jenis Jabatan')
    eselon = fields.CharEnumField(Eselon, max_length=6, null=True, description='Eselon')
    tmt_jabatan = fields.DateField(null=True, description='TMT Jabatan')
    pendidikan = fields.CharEnumField(Pendidikan, max_length=8, null=True, description='Pendidikan Terakhir')
    unit = fields.CharEnumField(UnitKerja, max_length=40, null=True, description='Unit Kerja')

    berkas_sk = FilesField(description='Berkas SK')

    class Meta:
        table = 'pegawai'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        status = StatusPegawai(self.status) if self.status else None
        if status in NIP_STATUSES and not self.nip:
            errors['nip'] = t('aturan.pegawai.nip_wajib')
        elif status == StatusPegawai.NON_ASN and self.nip:
            errors['nip'] = t('aturan.pegawai.nip_non_asn')
        elif status in NIP_LAYOUT_STATUSES and self.nip:
            if problems := nip_errors(self.nip, self.tanggal_lahir, self.jenis_kelamin):
                errors['nip'] = ' '.join(problems)
        if self.nip and 'nip' not in errors:
            taken = Pegawai.filter(nip=self.nip)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['nip'] = t('aturan.pegawai.nip_terdaftar')
        if self.pangkat_id and status not in NIP_LAYOUT_STATUSES:
            errors['pangkat'] = t('aturan.pegawai.pangkat')
        if self.eselon and self.jenis_jabatan and JenisJabatan(self.jenis_jabatan) != JenisJabatan.STRUKTURAL:
            errors['eselon'] = t('aturan.pegawai.eselon')
        if self.tanggal_lahir and self.tanggal_lahir > date.today():
            errors['tanggal_lahir'] = t('aturan.pegawai.tanggal_lahir')
        return errors

    def __str__(self) -> str:
        return self.nama


@table(label='Cuti', process='M1.2',
       columns=('pegawai', 'jenis', 'mulai', 'selesai', 'lama_hari', 'keputusan', 'formulir'),
       search=('alasan', 'alamat_selama_cuti'),
       filters=('pegawai', 'jenis', 'mulai', 'keputusan'),
       ordering=('-mulai', '-id'),
       readonly=('lama_hari',),
       row_label='{jenis} {mulai}')
class Cuti(RecordModel):
    """A request for cuti and its keputusan (Peraturan BKN 24/2017 form). lama_hari is derived:
    working days for cuti tahunan, calendar days (inclusive) otherwise; see the module docstring."""

    pegawai = fields.ForeignKeyField('models.Pegawai', related_name='cuti', on_delete=fields.RESTRICT,
                                     description='Pegawai')
    jenis = fields.CharEnumField(JenisCuti, max_length=30, default=JenisCuti.TAHUNAN, description='Jenis Cuti')
    alasan = fields.CharField(max_length=255, description='Alasan Cuti')
    mulai = fields.DateField(description='Mulai')
    selesai = fields.DateField(description='Selesai')
    lama_hari = fields.SmallIntField(null=True, description='Lama (hari)')
    alamat_selama_cuti = fields.CharField(max_length=255, null=True, description='Alamat Selama Cuti')
    keputusan = fields.CharEnumField(KeputusanCuti, max_length=20, null=True, description='Keputusan Pejabat')

    formulir = FilesField(many=False, description='Formulir Bertanda Tangan')

    class Meta:
        table = 'cuti'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        if self.mulai and self.selesai and self.selesai >= self.mulai:
            if self.jenis and JenisCuti(self.jenis) == JenisCuti.TAHUNAN:
                self.lama_hari = count_working_days(self.mulai, self.selesai)
            else:
                self.lama_hari = (self.selesai - self.mulai).days + 1
        else:
            self.lama_hari = None

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.mulai and self.selesai and self.selesai < self.mulai:
            errors['selesai'] = t('aturan.cuti.selesai')
        elif self.jenis and JenisCuti(self.jenis) == JenisCuti.TAHUNAN and self.lama_hari is not None:
            if self.lama_hari == 0:
                errors['mulai'] = t('aturan.cuti.tahunan_kosong')
            elif self.lama_hari > CUTI_TAHUNAN_MAX:
                errors['selesai'] = t('aturan.cuti.tahunan_terlalu_lama', paling_lama=CUTI_TAHUNAN_MAX,
                                      lama=self.lama_hari)
        return errors
