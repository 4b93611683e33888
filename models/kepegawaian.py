"""M1.2 Kepegawaian: the staff of the kecamatan, their careers and their cuti.

Sources (read for issue #14; docs/design.md "Kepegawaian (issue #14)" says what was found where):
- NIP layout (18 digits: 1–8 tanggal lahir YYYYMMDD, 9–14 TMT CPNS YYYYMM, 15 jenis kelamin 1/2,
  16–18 nomor urut): Peraturan Kepala BKN 22/2007 on NIP PNS. PPPK numbers follow another layout,
  so only their length is checked.
- Pangkat/golongan ruang of a PNS: PP 99/2000 (models.reference.Pangkat). A PPPK has no pangkat but a
  golongan I–XVII (PP 49/2018 on Manajemen PPPK, the golongan of the gaji table of Perpres 98/2020).
- Jenis jabatan: UU 5/2014 and UU 20/2023 (ASN) name the Jabatan Administrasi (Administrator,
  Pengawas, Pelaksana), the Jabatan Fungsional and the Jabatan Pimpinan Tinggi; they replace the
  pre-2014 Struktural/Fungsional Umum. Eselon stays as the old level of an Administrator/Pengawas post.
- Batas usia pensiun: PP 11/2017 Pasal 239: 58 years for pejabat administrasi and fungsional ahli
  pertama/muda/keterampilan, 60 for pejabat pimpinan tinggi and fungsional ahli madya, 65 for ahli utama.
- Kenaikan gaji berkala every 2 years (PP 7/1977 and its amendments, the gaji pokok tables), kenaikan
  pangkat reguler after 4 years in the pangkat (PP 99/2000 as amended by PP 12/2002).
- Cuti: PP 11/2017 Pasal 309–341 (Manajemen PNS, as published; the text of its amendment PP 17/2020
  was not found, so the panel follows the 2017 articles) and
  Peraturan BKN 24/2017 (Tata Cara Pemberian Cuti PNS, amended by Peraturan BKN 7/2021): the seven
  kinds, the formulir with the pertimbangan atasan langsung and the keputusan pejabat yang berwenang
  (Disetujui, Perubahan, Ditangguhkan, Tidak Disetujui) and its table of the cuti tahunan left for
  N-2, N-1 and N. Cuti tahunan: after 1 year of service, 12 working days a year; at most 6 unused
  days of a year carry to the next (18 in all), and after two or more years unused at most 24 with
  the year's own; a year with a cuti besar has no cuti tahunan of its own. Cuti besar and CLTN after
  5 years of service (cuti besar earlier for a first ibadah haji), at most 3 months and 3 years;
  cuti sakit at most 1 year 6 months; cuti melahirkan for the first to the third birth while a
  PNS, 3 months (the fourth and later: cuti besar, Pasal 325); cuti karena alasan penting at most
  1 month; cuti bersama by Keputusan Presiden, not taken from cuti tahunan (Pasal 333).
  Cuti tahunan and cuti bersama are counted in working days (models.workdays); every other kind is
  granted in days, months or years of the calendar, so its lama_hari is calendar days, both ends included.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from tortoise import fields
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.base import FilesField, NipField, RecordModel
from models.choices import JenisKelamin, Pendidikan
from models.clock import office_today
from models.process_map import Section
from models.table import SAME_AS_LABEL, table
from models.workdays import count_working_days


class StatusPegawai(str, Enum):
    PNS = 'PNS'
    CPNS = 'CPNS'
    PPPK = 'PPPK'
    NON_ASN = 'Non-ASN'


class JenisJabatan(str, Enum):
    """The jabatan of UU ASN (2014, 2023); the order is the DUK's order of jabatan."""
    JPT = 'Pimpinan Tinggi'
    ADMINISTRATOR = 'Administrator'
    PENGAWAS = 'Pengawas'
    FUNGSIONAL = 'Fungsional'
    PELAKSANA = 'Pelaksana'


class GolonganPPPK(str, Enum):
    """Golongan of a PPPK, I (lowest) to XVII (Perpres 98/2020, Lampiran)."""
    I = 'I'
    II = 'II'
    III = 'III'
    IV = 'IV'
    V = 'V'
    VI = 'VI'
    VII = 'VII'
    VIII = 'VIII'
    IX = 'IX'
    X = 'X'
    XI = 'XI'
    XII = 'XII'
    XIII = 'XIII'
    XIV = 'XIV'
    XV = 'XV'
    XVI = 'XVI'
    XVII = 'XVII'


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
    BERSAMA = 'Bersama'
    CLTN = 'Di Luar Tanggungan Negara'


class KeputusanCuti(str, Enum):
    DISETUJUI = 'Disetujui'
    PERUBAHAN = 'Perubahan'
    DITANGGUHKAN = 'Ditangguhkan'
    TIDAK_DISETUJUI = 'Tidak Disetujui'


NIP_STATUSES = (StatusPegawai.PNS, StatusPegawai.CPNS, StatusPegawai.PPPK)
NIP_LAYOUT_STATUSES = (StatusPegawai.PNS, StatusPegawai.CPNS)
NIP_SEX_DIGIT = {JenisKelamin.L: '1', JenisKelamin.P: '2'}
ESELON_JABATAN = (JenisJabatan.JPT, JenisJabatan.ADMINISTRATOR, JenisJabatan.PENGAWAS)
CUTI_TAHUNAN_MAX = 24  # working days, with the unused days of the two years before (Peraturan BKN 24/2017)
CUTI_TAHUNAN_HAK = 12  # working days of one year (PP 11/2017 Pasal 311)
CUTI_TAHUNAN_SISA = 6  # the most unused days of one year that carry to a later year (Peraturan BKN 24/2017)
WORKING_DAY_KINDS = (JenisCuti.TAHUNAN, JenisCuti.BERSAMA)
PNS_ONLY_KINDS = (JenisCuti.BESAR, JenisCuti.CLTN)   # PPPK: PP 49/2018 gives neither
# the longest grant of each kind, in calendar (year, month) spans: PP 11/2017 Pasal 315, 321, 325, 329, 331
CUTI_PALING_LAMA = {JenisCuti.BESAR: (0, 3), JenisCuti.SAKIT: (1, 6), JenisCuti.MELAHIRKAN: (0, 3),
                    JenisCuti.ALASAN_PENTING: (0, 1), JenisCuti.CLTN: (3, 0)}
MASA_KERJA_MINIMAL = {JenisCuti.TAHUNAN: 1, JenisCuti.BESAR: 5, JenisCuti.CLTN: 5}   # years of service
MELAHIRKAN_PALING_BANYAK = 3   # births while a PNS with cuti melahirkan; the fourth on: cuti besar (Pasal 325)
BUP = {JenisJabatan.JPT: 60}   # PP 11/2017 Pasal 239; every other jabatan 58 unless below
BUP_FUNGSIONAL = (('ahli utama', 65), ('ahli madya', 60))
BUP_UMUM = 58
KGB_TAHUN = 2
KP_TAHUN = 4


def add_years(day: date, years: int, months: int = 0) -> date:
    """The same day `years` and `months` later; the 29th of February becomes the 28th, and a day
    past a month's end its last day (31 January + 1 month: 28/29 February)."""
    month_index = day.month - 1 + months
    year = day.year + years + month_index // 12
    month = month_index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def masa_kerja(since: date | None, on: date) -> tuple[int, int] | None:
    """Whole years and months of service from `since` to `on` (None when `since` is unknown or later)."""
    if since is None or since > on:
        return None
    months = (on.year - since.year) * 12 + on.month - since.month - (on.day < since.day)
    return divmod(months, 12)


def batas_usia_pensiun(jenis_jabatan: JenisJabatan | None, jabatan: str | None) -> int:
    """The BUP of a PNS by jabatan (PP 11/2017 Pasal 239). A fungsional's jenjang is read from the
    jabatan's name (Ahli Madya, Ahli Utama), which is how the names are written."""
    if jenis_jabatan in BUP:
        return BUP[jenis_jabatan]
    if jenis_jabatan == JenisJabatan.FUNGSIONAL and jabatan:
        for words, age in BUP_FUNGSIONAL:
            if words in jabatan.lower():
                return age
    return BUP_UMUM


def next_after(start: date | None, every_years: int, today: date) -> date | None:
    """The first date on or after `today` that falls a whole multiple of `every_years` after `start`."""
    if start is None:
        return None
    steps = 1
    while (day := add_years(start, every_years * steps)) < today:
        steps += 1
    return day


ESELON_URUT = {e: i for i, e in enumerate(Eselon)}
JABATAN_URUT = {j: i for i, j in enumerate(JenisJabatan)}
PENDIDIKAN_URUT = {p: i for i, p in enumerate(Pendidikan)}
_LATEST = date.max


def duk_key(pegawai: Pegawai, pangkat_urutan: int | None) -> tuple:
    """The place of a PNS in the Daftar Urut Kepangkatan (PP 15/1979; SE Kepala BAKN 03/SE/1980):
    the higher pangkat first, and in one pangkat the earlier TMT; then the higher jabatan (by jenis
    and eselon), the earlier TMT jabatan; the longer masa kerja (the earlier TMT CPNS); who passed a
    latihan jabatan, the earlier; the higher ijazah, the earlier lulus; the older."""
    jenis = JenisJabatan(pegawai.jenis_jabatan) if pegawai.jenis_jabatan else JenisJabatan.PELAKSANA
    pendidikan = Pendidikan(pegawai.pendidikan) if pegawai.pendidikan else None
    return (-(pangkat_urutan or 0), pegawai.tmt_pangkat or _LATEST,
            JABATAN_URUT[jenis], ESELON_URUT.get(Eselon(pegawai.eselon), 9) if pegawai.eselon else 9,
            pegawai.tmt_jabatan or _LATEST,
            pegawai.tmt_cpns or _LATEST,
            pegawai.latihan_jabatan is None, pegawai.latihan_jabatan_lulus or _LATEST,
            -PENDIDIKAN_URUT[pendidikan] if pendidikan else 1, pegawai.pendidikan_lulus or 9999,
            pegawai.tanggal_lahir or _LATEST, pegawai.nama)


def nip_errors(nip: str, tanggal_lahir: date | None, jenis_kelamin: JenisKelamin | None) -> list[str]:
    """What is wrong with the NIP of a PNS/CPNS given their birth date and sex (empty: nothing).
    Dates are written out by hand, zero-padded: strftime's %Y drops the zeros of a year before 1000."""
    problems = []
    if tanggal_lahir:
        digits = f'{tanggal_lahir.year:04d}{tanggal_lahir.month:02d}{tanggal_lahir.day:02d}'
        shown = _shown(tanggal_lahir)
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


def _shown(day: date) -> str:
    return f'{day.day:02d}/{day.month:02d}/{day.year:04d}'


@table(label='Pegawai', process='M1.2',
       columns=('nip', 'nama', 'status', 'pangkat', 'golongan_pppk', 'jabatan', 'jenis_jabatan', 'eselon', 'unit',
                'tmt_cpns', 'pendidikan', 'berkas_sk'),
       search=('nip', 'nama', 'jabatan'),
       filters=('status', 'pangkat', 'golongan_pppk', 'jenis_jabatan', 'unit', 'jenis_kelamin', 'pendidikan'),
       ordering=('nama',),
       row_label='{nama} {nip}',
       natural_key=('nip',))
class Pegawai(RecordModel):
    """A pegawai of the kecamatan (ASN or not) and the career dates the DUK and the reminders read.
    Masa kerja is not stored: it is computed from TMT CPNS when read (masa_kerja_pada), so it never
    goes stale. Sources in the module docstring."""

    nip = NipField(null=True, unique=True, description='NIP')
    nama = fields.CharField(max_length=120, description='Nama')
    gelar_depan = fields.CharField(max_length=30, null=True, description='Gelar Depan')
    gelar_belakang = fields.CharField(max_length=40, null=True, description='Gelar Belakang')
    tempat_lahir = fields.CharField(max_length=60, null=True, description='Tempat Lahir')
    tanggal_lahir = fields.DateField(description='Tanggal Lahir')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')
    status = fields.CharEnumField(StatusPegawai, max_length=10, default=StatusPegawai.PNS, description='Status')
    tmt_cpns = fields.DateField(null=True, description='TMT CPNS')
    tmt_pns = fields.DateField(null=True, description='TMT PNS')
    pangkat = fields.ForeignKeyField('models.Pangkat', null=True, on_delete=fields.RESTRICT, related_name=False,
                                     description='Pangkat/Golongan')
    tmt_pangkat = fields.DateField(null=True, description='TMT Pangkat')
    golongan_pppk = fields.CharEnumField(GolonganPPPK, max_length=4, null=True, description='Golongan PPPK')
    tmt_kgb = fields.DateField(null=True, description='TMT Gaji Berkala Terakhir')
    jabatan = fields.CharField(max_length=150, description='Jabatan')
    jenis_jabatan = fields.CharEnumField(JenisJabatan, max_length=20, default=JenisJabatan.PELAKSANA,
                                         description='Jenis Jabatan')
    eselon = fields.CharEnumField(Eselon, max_length=6, null=True, description='Eselon')
    tmt_jabatan = fields.DateField(null=True, description='TMT Jabatan')
    latihan_jabatan = fields.CharField(max_length=150, null=True, description='Latihan Jabatan')
    latihan_jabatan_lulus = fields.DateField(null=True, description='Lulus Latihan Jabatan')
    latihan_jabatan_jam = fields.SmallIntField(null=True, validators=[MinValueValidator(1), MaxValueValidator(2000)],
                                               description='Jumlah Jam Latihan Jabatan')
    pendidikan = fields.CharEnumField(Pendidikan, max_length=8, null=True, description='Pendidikan Terakhir')
    pendidikan_nama = fields.CharField(max_length=150, null=True, description='Nama Sekolah/Jurusan')
    pendidikan_lulus = fields.SmallIntField(null=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)],
                                            description='Tahun Lulus')
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
        if self.eselon and self.jenis_jabatan and JenisJabatan(self.jenis_jabatan) not in ESELON_JABATAN:
            errors['eselon'] = t('aturan.pegawai.eselon')
        if self.tanggal_lahir and self.tanggal_lahir > office_today():
            errors['tanggal_lahir'] = t('aturan.pegawai.tanggal_lahir')
        errors.update({name: message for name, message in self.career_errors(status).items() if name not in errors})
        return errors

    def career_errors(self, status: StatusPegawai | None) -> dict[str, str]:
        """The career fields against the status and against each other: a PNS/CPNS has a pangkat,
        a PPPK a golongan I–XVII; TMT CPNS is what NIP digits 9–14 say, at 18 or later; TMT PNS is
        a PNS's, not before TMT CPNS; a latihan jabatan passed has a name."""
        errors: dict[str, str] = {}
        if self.pangkat_id and status not in NIP_LAYOUT_STATUSES:
            errors['pangkat'] = t('aturan.pegawai.pangkat')
        if self.golongan_pppk and status != StatusPegawai.PPPK:
            errors['golongan_pppk'] = t('aturan.pegawai.golongan_pppk')
        if self.tmt_cpns and status not in NIP_LAYOUT_STATUSES:
            errors['tmt_cpns'] = t('aturan.pegawai.tmt_cpns_status')
        elif self.tmt_cpns and self.nip and len(self.nip) >= 14 \
                and self.nip[8:14] != f'{self.tmt_cpns.year:04d}{self.tmt_cpns.month:02d}':
            errors['tmt_cpns'] = t('aturan.pegawai.tmt_cpns_nip', digit=self.nip[8:14])
        elif self.tmt_cpns and self.tanggal_lahir and self.tmt_cpns < add_years(self.tanggal_lahir, 18):
            errors['tmt_cpns'] = t('aturan.pegawai.tmt_cpns_usia', tanggal=_shown(add_years(self.tanggal_lahir, 18)))
        if self.tmt_pns and status != StatusPegawai.PNS:
            errors['tmt_pns'] = t('aturan.pegawai.tmt_pns_status')
        elif self.tmt_pns and self.tmt_cpns and self.tmt_pns < self.tmt_cpns:
            errors['tmt_pns'] = t('aturan.pegawai.tmt_pns_urut')
        if self.latihan_jabatan_lulus and not self.latihan_jabatan:
            errors['latihan_jabatan'] = t('aturan.pegawai.latihan_nama')
        return errors

    # ---- the career dates a reminder or the DUK reads --------------------------------------------
    def bup(self) -> int:
        return batas_usia_pensiun(JenisJabatan(self.jenis_jabatan) if self.jenis_jabatan else None, self.jabatan)

    def tanggal_pensiun(self) -> date | None:
        """The day the PNS reaches the batas usia pensiun (None for others or without a birth date)."""
        if self.status not in NIP_LAYOUT_STATUSES or not self.tanggal_lahir:
            return None
        return add_years(self.tanggal_lahir, self.bup())

    def kgb_berikutnya(self, today: date) -> date | None:
        """The next kenaikan gaji berkala: every 2 years from the last one, or from TMT CPNS."""
        if self.status not in NIP_LAYOUT_STATUSES:
            return None
        return next_after(self.tmt_kgb or self.tmt_cpns, KGB_TAHUN, today)

    def kp_berikutnya(self, today: date) -> date | None:
        """The next kenaikan pangkat reguler: 4 years in the pangkat from TMT pangkat (PNS only)."""
        if self.status != StatusPegawai.PNS:
            return None
        return next_after(self.tmt_pangkat, KP_TAHUN, today)

    def masa_kerja_pada(self, on: date) -> tuple[int, int] | None:
        """Masa kerja (years, months) from TMT CPNS to `on`, as the DUK prints it."""
        return masa_kerja(self.tmt_cpns, on)

    def __str__(self) -> str:
        return self.nama


@dataclass(frozen=True)
class SaldoCuti:
    """The cuti tahunan a pegawai may still take in year N, as the formulir's table shows it:
    what is left of N-2 and N-1 (each at most 6 working days; N-2 only after two unused years) and
    of N itself."""
    tahun: int
    n2: int
    n1: int
    n: int

    @property
    def total(self) -> int:
        return min(self.n2 + self.n1 + self.n, CUTI_TAHUNAN_MAX)


async def saldo_cuti_tahunan(pegawai: Pegawai, tahun: int, kecuali: int | None = None) -> SaldoCuti:
    """The balance of cuti tahunan for `tahun`, from the cuti recorded (all but those Tidak
    Disetujui and `kecuali`, the request being written). Each year gives 12 working days from the
    year after the first full year of service (none in a year with a cuti besar); a year's use
    takes the oldest days first (N-2, then N-1, then its own). At most 6 unused days of a year
    carry to the next (18 with its own); they carry a second year only when neither year took any
    cuti tahunan ("tidak digunakan 2 tahun atau lebih berturut-turut": 24 with the year's own), so
    a year that took even one day leaves N-2 empty. The ledger starts four years back and reads
    the years before it as unused, so an unknown TMT CPNS is read as long service."""
    first = tahun - 4
    taken = {year: 0 for year in range(first, tahun + 1)}
    besar: set[int] = set()
    rows = Cuti.filter(pegawai_id=pegawai.id, deleted_at=None, mulai__gte=date(first, 1, 1),
                       mulai__lte=date(tahun, 12, 31))
    if kecuali:
        rows = rows.exclude(id=kecuali)
    for row in await rows:
        if row.keputusan == KeputusanCuti.TIDAK_DISETUJUI or row.pertimbangan_atasan == KeputusanCuti.TIDAK_DISETUJUI:
            continue
        if row.jenis == JenisCuti.TAHUNAN:
            taken[row.mulai.year] += row.lama_hari or 0
        elif row.jenis == JenisCuti.BESAR:
            besar.add(row.mulai.year)
    carried: dict[int, int] = {}
    for year in range(first, tahun + 1):
        entitled = year not in besar and (pegawai.tmt_cpns is None
                                          or add_years(pegawai.tmt_cpns, 1) <= date(year, 12, 31))
        buckets = {y: carried.get(y, 0) for y in (year - 2, year - 1)}
        buckets[year] = CUTI_TAHUNAN_HAK if entitled else 0
        if year == tahun:
            left = taken[year]
            for y in (year - 2, year - 1, year):
                used = min(left, buckets[y])
                buckets[y] -= used
                left -= used
            return SaldoCuti(tahun, buckets[year - 2], buckets[year - 1], buckets[year])
        left = taken[year]
        for y in (year - 2, year - 1, year):
            used = min(left, buckets[y])
            buckets[y] -= used
            left -= used
        two_unused = taken[year] == 0 and taken.get(year - 1, 0) == 0
        carried = {year - 1: buckets[year - 1] if two_unused else 0, year: min(buckets[year], CUTI_TAHUNAN_SISA)}
    raise AssertionError('unreachable')


@table(label='Cuti', process='M1.2',
       columns=('pegawai', 'jenis', 'mulai', 'selesai', 'lama_hari', 'pertimbangan_atasan', 'keputusan', 'formulir'),
       search=('alasan', 'alamat_selama_cuti'),
       filters=('pegawai', 'jenis', 'mulai', 'pertimbangan_atasan', 'keputusan'),
       ordering=('-mulai', '-id'),
       readonly=('lama_hari', 'sisa_n2', 'sisa_n1', 'sisa_n'),
       row_label='{jenis} {mulai}')
class Cuti(RecordModel):
    """A request for cuti and its decisions, the formulir permintaan dan pemberian cuti of
    Peraturan BKN 24/2017 (Lampiran): the kind, the reason, the period and its length, the address
    during the cuti, the catatan cuti (cuti tahunan left for N-2, N-1, N, kept as it stood when the
    request was written), the pertimbangan atasan langsung and the keputusan pejabat yang berwenang.
    Rules and sources in the module docstring."""

    pegawai = fields.ForeignKeyField('models.Pegawai', related_name='cuti', on_delete=fields.RESTRICT,
                                     description='Pegawai')
    jenis = fields.CharEnumField(JenisCuti, max_length=30, default=JenisCuti.TAHUNAN, description='Jenis Cuti')
    alasan = fields.CharField(max_length=255, description='Alasan Cuti')
    ibadah_haji_pertama = fields.BooleanField(default=False, description='Untuk Ibadah Haji Pertama')
    persalinan_ke = fields.SmallIntField(null=True, validators=[MinValueValidator(1), MaxValueValidator(20)],
                                         description='Persalinan ke-')
    mulai = fields.DateField(description='Mulai')
    selesai = fields.DateField(description='Selesai')
    lama_hari = fields.SmallIntField(null=True, description='Lama (hari)')
    sisa_n2 = fields.SmallIntField(null=True, description='Sisa Cuti Tahunan N-2')
    sisa_n1 = fields.SmallIntField(null=True, description='Sisa Cuti Tahunan N-1')
    sisa_n = fields.SmallIntField(null=True, description='Sisa Cuti Tahunan N')
    alamat_selama_cuti = fields.CharField(max_length=255, null=True, description='Alamat Selama Cuti')
    pertimbangan_atasan = fields.CharEnumField(KeputusanCuti, max_length=20, null=True,
                                               description='Pertimbangan Atasan Langsung')
    keputusan = fields.CharEnumField(KeputusanCuti, max_length=20, null=True,
                                     description='Keputusan Pejabat yang Berwenang')

    formulir = FilesField(many=False, description='Formulir Bertanda Tangan')

    class Meta:
        table = 'cuti'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        if self.mulai and self.selesai and self.selesai >= self.mulai:
            if self.jenis and JenisCuti(self.jenis) in WORKING_DAY_KINDS:
                self.lama_hari = count_working_days(self.mulai, self.selesai)
            else:
                self.lama_hari = (self.selesai - self.mulai).days + 1
        else:
            self.lama_hari = None

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        jenis = JenisCuti(self.jenis) if self.jenis else None
        if self.mulai and self.selesai and self.selesai < self.mulai:
            errors['selesai'] = t('aturan.cuti.selesai')
            return errors
        if jenis == JenisCuti.TAHUNAN and self.lama_hari is not None:
            if self.lama_hari == 0:
                errors['mulai'] = t('aturan.cuti.tahunan_kosong')
            elif self.lama_hari > CUTI_TAHUNAN_MAX:
                errors['selesai'] = t('aturan.cuti.tahunan_terlalu_lama', paling_lama=CUTI_TAHUNAN_MAX,
                                      lama=self.lama_hari)
        if jenis in CUTI_PALING_LAMA and self.mulai and self.selesai:
            years, months = CUTI_PALING_LAMA[jenis]
            if self.selesai >= add_years(self.mulai, years, months):
                errors['selesai'] = t(f'aturan.cuti.paling_lama_{jenis.name.lower()}')
        if self.persalinan_ke and jenis != JenisCuti.MELAHIRKAN:
            errors['persalinan_ke'] = t('aturan.cuti.persalinan_bukan_melahirkan')
        pegawai = await Pegawai.get_or_none(id=self.pegawai_id) if self.pegawai_id else None
        if pegawai is None or jenis is None:
            return errors
        errors.update({name: message for name, message in (await self.pegawai_errors(pegawai, jenis)).items()
                       if name not in errors})
        return errors

    async def pegawai_errors(self, pegawai: Pegawai, jenis: JenisCuti) -> dict[str, str]:
        """The rules that read the pegawai: who may take this kind, after how long, and the balance."""
        status = StatusPegawai(pegawai.status)
        if status == StatusPegawai.NON_ASN:
            return {'pegawai': t('aturan.cuti.non_asn')}
        if jenis in PNS_ONLY_KINDS and status != StatusPegawai.PNS:
            return {'jenis': t('aturan.cuti.hanya_pns', jenis=jenis.value)}
        errors: dict[str, str] = {}
        if jenis == JenisCuti.MELAHIRKAN:
            if pegawai.jenis_kelamin != JenisKelamin.P:
                errors['jenis'] = t('aturan.cuti.melahirkan_perempuan')
            elif not self.persalinan_ke:
                errors['persalinan_ke'] = t('aturan.cuti.persalinan_wajib')
            elif self.persalinan_ke > MELAHIRKAN_PALING_BANYAK:
                errors['persalinan_ke'] = t('aturan.cuti.persalinan_keempat')
        needed = MASA_KERJA_MINIMAL.get(jenis)
        if jenis == JenisCuti.BESAR and self.ibadah_haji_pertama:
            needed = None
        if needed and self.mulai and pegawai.tmt_cpns and add_years(pegawai.tmt_cpns, needed) > self.mulai:
            errors['mulai'] = t(f'aturan.cuti.masa_kerja_{jenis.name.lower()}',
                                tanggal=_shown(add_years(pegawai.tmt_cpns, needed)))
        if self.ibadah_haji_pertama and jenis != JenisCuti.BESAR:
            errors['ibadah_haji_pertama'] = t('aturan.cuti.haji_cuti_besar')
        if self.mulai and status in NIP_LAYOUT_STATUSES:
            saldo = await saldo_cuti_tahunan(pegawai, self.mulai.year, kecuali=self.id)
            self.sisa_n2, self.sisa_n1, self.sisa_n = saldo.n2, saldo.n1, saldo.n
            if jenis == JenisCuti.TAHUNAN and 'mulai' not in errors and self.lama_hari \
                    and self.lama_hari <= CUTI_TAHUNAN_MAX and self.lama_hari > saldo.total:
                errors['selesai'] = t('aturan.cuti.sisa_kurang', lama=self.lama_hari, sisa=saldo.total,
                                      n2=saldo.n2, n1=saldo.n1, n=saldo.n)
        return errors
