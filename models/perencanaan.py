"""M2 Perencanaan dan Pelaporan: programs, kegiatan and sub kegiatan, their performance indicators,
and the reports the kecamatan owes.

Sources: Permendagri 90/2019 and its updates (Kepmendagri 050-5889/2021 and later: klasifikasi,
kodefikasi dan nomenklatur perencanaan pembangunan dan keuangan daerah) for the codes: program
`7.01.01`, kegiatan `7.01.01.2.01`, sub kegiatan `7.01.01.2.01.0001` (older lists use two digits
for the last part: both are accepted); the six kecamatan programs 7.01.01–7.01.06 are seeded.
Permendagri 86/2017 (evaluasi Renja: realisasi per triwulan, capaian = realisasi / target × 100)
for the indicators; PP 13/2019 (LPPD) and Permenpan-RB 53/2014 (LKjIP) for the report kinds.
Cara hitung of the yearly realisasi (sum of the quarters, or the last quarter filled) is a proposal:
a count adds up over the year, a percentage or index does not.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.base import LongTextField, MoneyField, PercentField, RecordModel
from models.clock import office_today
from models.table import SAME_AS_LABEL, table


class Level(str, Enum):
    PROGRAM = 'Program'
    KEGIATAN = 'Kegiatan'
    SUB_KEGIATAN = 'Sub Kegiatan'


KODE_LEVEL = (  # Permendagri 90/2019 and its updates: the kode alone says the level and the induk
    (re.compile(r'\d\.\d{2}\.\d{2}'), Level.PROGRAM),
    (re.compile(r'\d\.\d{2}\.\d{2}\.\d\.\d{2}'), Level.KEGIATAN),
    (re.compile(r'\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}'), Level.SUB_KEGIATAN),
)
PARENT_LEVEL = {Level.KEGIATAN: Level.PROGRAM, Level.SUB_KEGIATAN: Level.KEGIATAN}


def level_of(kode: str) -> Level | None:
    return next((level for pattern, level in KODE_LEVEL if pattern.fullmatch(kode)), None)


def induk_of(kode: str) -> str | None:
    """7.01.01.2.01.0001 → 7.01.01.2.01 → 7.01.01 → None."""
    level = level_of(kode)
    if level == Level.KEGIATAN:
        return '.'.join(kode.split('.')[:3])
    if level == Level.SUB_KEGIATAN:
        return '.'.join(kode.split('.')[:5])
    return None


def year_field(description: str) -> fields.SmallIntField:
    return fields.SmallIntField(validators=[MinValueValidator(2000), MaxValueValidator(2100)], description=description)


@table(label='Program dan Kegiatan', process='M2',
       columns=('tahun', 'kode', 'nama', 'level', 'kode_induk', 'pagu'),
       search=('kode', 'nama'),
       filters=('tahun', 'level', 'kode_induk'),
       ordering=('-tahun', 'kode'),
       readonly=('level', 'kode_induk'),
       row_label='{kode} {nama} ({tahun})',
       natural_key=('tahun', 'kode'))
class ProgramKegiatan(RecordModel):
    """Program, kegiatan or sub kegiatan of the kecamatan's Renja/DPA (sources in the module docstring).

    `level` and the induk (docs/design.md §Tables) both follow from the kode (7.01.01 is a program;
    7.01.01.2.01 a kegiatan of it; 7.01.01.2.01.0001 a sub kegiatan of that), so they are derived
    here, never typed, and the induk must exist in the same year. The induk is kept as its kode:
    aerich 0.10 cannot create a new table that points at itself ("cyclic fk references")."""

    tahun = year_field(description='Tahun')
    kode = fields.CharField(max_length=20, description='Kode')
    nama = fields.CharField(max_length=255, description='Nama')
    level = fields.CharEnumField(Level, max_length=15, null=True, description='Level')
    kode_induk = fields.CharField(max_length=20, null=True, description='Kode Induk')
    pagu = MoneyField(null=True, description='Pagu (Rp)')

    class Meta:
        table = 'program_kegiatan'
        table_description = SAME_AS_LABEL
        unique_together = (('tahun', 'kode'),)

    def derive(self) -> None:
        if self.kode:
            self.kode = self.kode.strip()
        self.level = level_of(self.kode) if self.kode else None
        self.kode_induk = induk_of(self.kode) if self.kode else None

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kode and self.level is None:
            return {'kode': t('aturan.program_kegiatan.kode')}
        level = Level(self.level) if self.level else None
        if level in PARENT_LEVEL and self.tahun:
            parent = await ProgramKegiatan.filter(tahun=self.tahun, kode=self.kode_induk,
                                                  deleted_at__isnull=True).first()
            if parent is None:
                errors['kode'] = t('aturan.program_kegiatan.induk_belum_ada', level=PARENT_LEVEL[level].value,
                                   kode=self.kode_induk, tahun=self.tahun)
        if self.tahun and self.kode and 'kode' not in errors:
            taken = ProgramKegiatan.filter(tahun=self.tahun, kode=self.kode)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['kode'] = t('aturan.program_kegiatan.kode_dipakai', kode=self.kode, tahun=self.tahun)
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tahun': office_today().year}


class CaraHitung(str, Enum):
    KUMULATIF = 'Kumulatif (jumlah TW)'
    POSISI_AKHIR = 'Posisi Akhir (TW terakhir)'


def percent(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part / whole × 100, rounded half up to 2 decimals; None when it cannot be computed."""
    if part is None or not whole:
        return None
    return (Decimal(part) / Decimal(whole) * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def _measure(description: str) -> fields.DecimalField:
    return fields.DecimalField(max_digits=14, decimal_places=2, null=True, validators=[MinValueValidator(0)],
                               description=description)


@table(label='Indikator Kinerja', process='M2',
       columns=('tahun', 'program_kegiatan', 'uraian', 'satuan', 'target', 'realisasi_tw1', 'realisasi_tw2',
                'realisasi_tw3', 'realisasi_tw4', 'realisasi', 'capaian_persen'),
       search=('uraian', 'satuan'),
       filters=('tahun', 'program_kegiatan', 'capaian_persen'),
       ordering=('-tahun', 'id'),
       readonly=('realisasi', 'capaian_persen'),
       row_label='{uraian} ({tahun})')
class IndikatorKinerja(RecordModel):
    """An indicator of a program/kegiatan with its yearly target and quarterly realisasi; the
    yearly realisasi and capaian % are derived (Permendagri 86/2017; cara hitung is a proposal)."""

    program_kegiatan = fields.ForeignKeyField('models.ProgramKegiatan', related_name='indikator',
                                              on_delete=fields.RESTRICT, description='Program/Kegiatan')
    uraian = fields.CharField(max_length=255, description='Indikator')
    satuan = fields.CharField(max_length=40, description='Satuan')
    kondisi_awal = _measure('Kondisi Awal')
    tahun = year_field(description='Tahun')
    target = fields.DecimalField(max_digits=14, decimal_places=2, validators=[MinValueValidator(0)],
                                 description='Target')
    cara_hitung = fields.CharEnumField(CaraHitung, max_length=30, default=CaraHitung.KUMULATIF,
                                       description='Cara Hitung Realisasi')
    realisasi_tw1 = _measure('Realisasi TW I')
    realisasi_tw2 = _measure('Realisasi TW II')
    realisasi_tw3 = _measure('Realisasi TW III')
    realisasi_tw4 = _measure('Realisasi TW IV')
    realisasi = _measure('Realisasi Tahunan')
    capaian_persen = PercentField(most=None, null=True, description='Capaian (%)')   # may pass its target

    class Meta:
        table = 'indikator_kinerja'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        quarters = [self.realisasi_tw1, self.realisasi_tw2, self.realisasi_tw3, self.realisasi_tw4]
        filled = [Decimal(q) for q in quarters if q is not None]
        if not filled:
            self.realisasi = None
        elif self.cara_hitung and CaraHitung(self.cara_hitung) == CaraHitung.POSISI_AKHIR:
            self.realisasi = filled[-1]
        else:
            self.realisasi = sum(filled, Decimal(0))
        self.capaian_persen = percent(self.realisasi, self.target)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.program_kegiatan_id and self.tahun:
            program = await ProgramKegiatan.get_or_none(id=self.program_kegiatan_id)
            if program and program.tahun != self.tahun:
                errors['tahun'] = t('aturan.indikator_kinerja.tahun', tahun=program.tahun)
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tahun': office_today().year}


class JenisLaporan(str, Enum):
    LKJIP = 'LKjIP'
    RENJA = 'Renja'
    RENSTRA = 'Renstra'
    LPPD = 'LPPD'
    LKPJ = 'LKPJ'
    BULANAN = 'Laporan Bulanan'
    LAINNYA = 'Lainnya'


class StatusLaporan(str, Enum):
    BELUM = 'Belum'
    DIKIRIM = 'Dikirim'
    TERLAMBAT = 'Terlambat'


@table(label='Laporan', process='M2',
       columns=('jenis', 'periode', 'tujuan', 'tenggat', 'tanggal_kirim', 'status'),
       search=('periode', 'keterangan'),
       filters=('jenis', 'tujuan', 'tenggat', 'status'),
       ordering=('-tenggat', '-id'),
       readonly=('status',),
       row_label='{jenis} {periode}')
class Laporan(RecordModel):
    """A report the kecamatan owes (LKjIP, Renja, LPPD …), with its deadline. Status is derived:
    Belum until it is sent; Dikirim when sent by the tenggat, Terlambat when sent after it. A
    report not sent past its tenggat is highlighted as overdue."""

    jenis = fields.CharEnumField(JenisLaporan, max_length=20, description='Jenis Laporan')
    periode = fields.CharField(max_length=60, description='Periode')
    tenggat = fields.DateField(description='Tenggat')
    tanggal_kirim = fields.DateField(null=True, description='Tanggal Kirim')
    tujuan = fields.ForeignKeyField('models.Instansi', null=True, related_name=False, on_delete=fields.RESTRICT,
                                    description='Tujuan')
    status = fields.CharEnumField(StatusLaporan, max_length=10, default=StatusLaporan.BELUM, description='Status')
    keterangan = LongTextField(null=True, description='Keterangan')

    class Meta:
        table = 'laporan'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        if self.tanggal_kirim is None:
            self.status = StatusLaporan.BELUM
        elif self.tenggat and self.tanggal_kirim > self.tenggat:
            self.status = StatusLaporan.TERLAMBAT
        else:
            self.status = StatusLaporan.DIKIRIM

    @classmethod
    def open_filter(cls):
        return Q(tanggal_kirim__isnull=True)

    @classmethod
    def overdue_filter(cls):
        return Q(tanggal_kirim__isnull=True, tenggat__lt=office_today())

    def is_overdue(self) -> bool:
        return self.tanggal_kirim is None and bool(self.tenggat and self.tenggat < office_today())
