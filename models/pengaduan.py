"""U1 Pelayanan Publik (issue #15): the register of public complaints (pengaduan) and the rencana
tindak lanjut (RTL) of each Survei Kepuasan Masyarakat period.

What was read, and what was not (so that nobody mistakes a proposal for the regulation):
- Perpres 76/2013 (Pengelolaan Pengaduan Pelayanan Publik): only its opening (menimbang: UU 25/2009
  Pasal 36–37 oblige a sarana pengaduan) and Pasal 19–20 were read, in the English translation at
  https://www.global-regulation.com/translation/indonesia/7205309/presidential-regulation-number-76-by-2013.html.
  The time limit of 60 days "sejak berkas lengkap" comes from a summary of it
  (https://meridianhukum.com/peraturan/perpres-no-76-tahun-2013), not from the article text: its
  article number, and whether it counts hari kerja or calendar days, were NOT read. The panel counts
  BATAS_PENYELESAIAN_HARI working days from the day the complaint is received (models.workdays);
  change the constant once the article is checked.
- PermenPAN-RB 62/2018 (pedoman teknis SP4N-LAPOR!): its text was not found; its verification and
  follow-up limits are not used. PermenPAN-RB 46/2020 is the road map 2020–2024 (its menimbang, read at
  https://fdokumen.com/document/salinan-jdihngoid.html, says it implements Perpres 76/2013 Pasal 19
  ayat (5)); it sets no limit per complaint as far as read.
- The statuses (Diterima, Diverifikasi, Ditindaklanjuti, Selesai, Tidak Dapat Diproses) and the
  channels are the issue's proposal, not terms read in a regulation.
- PermenPAN-RB 14/2017: unsur U8 is "Penanganan Pengaduan, Saran dan Masukan" (models.pelayanan).
  Its Lampiran's table of the rencana tindak lanjut was NOT read; the RTL columns (prioritas unsur,
  program/kegiatan, waktu, penanggung jawab) are those the issue names, plus realisasi and status.

A public form (built later) writes a complaint through `Pengaduan.from_public`: channel Formulir
Daring, status Diterima, the batas waktu derived as for any other.
"""
from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from fractions import Fraction

from tortoise import fields
from tortoise.expressions import Q
from tortoise.functions import Count, Sum
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.base import FilesField, LongTextField, RecordModel, rederive_deadlines
from models.clock import office_today
from models.pelayanan import UNSUR_IKM, SkmResponden
from models.table import SAME_AS_LABEL, table
from models.workdays import add_working_days

BATAS_PENYELESAIAN_HARI = 60   # working days from receipt; see the module docstring for its source
PUBLIC_USER = 'formulir-publik'  # created_by of a complaint sent through the public form


class KanalPengaduan(str, Enum):
    LANGSUNG = 'Langsung'
    TELEPON = 'Telepon'
    WHATSAPP = 'WhatsApp'
    LAPOR = 'SP4N-LAPOR!'
    SUREL = 'Surel'
    FORMULIR_DARING = 'Formulir Daring'


class StatusPengaduan(str, Enum):
    DITERIMA = 'Diterima'
    DIVERIFIKASI = 'Diverifikasi'
    DITINDAKLANJUTI = 'Ditindaklanjuti'
    SELESAI = 'Selesai'
    TIDAK_DAPAT_DIPROSES = 'Tidak Dapat Diproses'


OPEN_PENGADUAN = (StatusPengaduan.DITERIMA, StatusPengaduan.DIVERIFIKASI, StatusPengaduan.DITINDAKLANJUTI)


@table(label='Register Pengaduan', process='U1',
       columns=('tanggal', 'kanal', 'nama_pelapor', 'perihal', 'layanan', 'status', 'batas_waktu',
                'tanggal_jawaban', 'nomor_tiket'),
       search=('nama_pelapor', 'perihal', 'uraian', 'nomor_tiket', 'jawaban'),
       filters=('tanggal', 'kanal', 'layanan', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-id'),
       readonly=('batas_waktu',),
       row_label='{tanggal} {perihal}')
class Pengaduan(RecordModel):
    """One complaint about a public service, from any channel, its follow-up and its answer. The
    batas waktu is BATAS_PENYELESAIAN_HARI working days after receipt; a complaint not Selesai nor
    Tidak Dapat Diproses by then is overdue. Only a complaint through SP4N-LAPOR! may be anonymous."""

    tanggal = fields.DateField(description='Tanggal Diterima')
    kanal = fields.CharEnumField(KanalPengaduan, max_length=20, default=KanalPengaduan.LANGSUNG,
                                 description='Kanal Pengaduan')
    nama_pelapor = fields.CharField(max_length=120, null=True, description='Nama Pelapor')
    kontak_pelapor = fields.CharField(max_length=100, null=True, description='Kontak Pelapor')
    nomor_tiket = fields.CharField(max_length=30, null=True, description='Nomor Tiket LAPOR!')
    perihal = fields.CharField(max_length=255, description='Perihal')
    layanan = fields.ForeignKeyField('models.JenisLayanan', null=True, related_name=False,
                                     on_delete=fields.RESTRICT, description='Layanan')
    uraian = LongTextField(description='Uraian Pengaduan')
    tindak_lanjut = LongTextField(null=True, description='Tindak Lanjut')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    jawaban = LongTextField(null=True, description='Jawaban kepada Pelapor')
    tanggal_jawaban = fields.DateField(null=True, description='Tanggal Jawaban')
    status = fields.CharEnumField(StatusPengaduan, max_length=25, default=StatusPengaduan.DITERIMA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    class Meta:
        table = 'pengaduan'
        table_description = SAME_AS_LABEL

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        return await rederive_deadlines(cls.filter(cls.open_filter(), deleted_at__isnull=True), ('batas_waktu',))

    def derive(self) -> None:
        if self.tanggal:
            self.batas_waktu = add_working_days(self.tanggal, BATAS_PENYELESAIAN_HARI)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        status = StatusPengaduan(self.status) if self.status else None
        kanal = KanalPengaduan(self.kanal) if self.kanal else None
        if not (self.nama_pelapor or '').strip() and kanal != KanalPengaduan.LAPOR:
            errors['nama_pelapor'] = t('pengaduan.aturan.nama_pelapor', lapor=KanalPengaduan.LAPOR.value)
        if (self.nomor_tiket or '').strip() and kanal != KanalPengaduan.LAPOR:
            errors['nomor_tiket'] = t('pengaduan.aturan.nomor_tiket', lapor=KanalPengaduan.LAPOR.value)
        if self.tanggal and self.tanggal > office_today():
            errors['tanggal'] = t('pengaduan.aturan.tanggal_depan')
        if self.tanggal_jawaban and self.tanggal and self.tanggal_jawaban < self.tanggal:
            errors['tanggal_jawaban'] = t('pengaduan.aturan.jawaban_sebelum_diterima')
        elif status in (StatusPengaduan.SELESAI, StatusPengaduan.TIDAK_DAPAT_DIPROSES) and not self.tanggal_jawaban:
            errors['tanggal_jawaban'] = t('pengaduan.aturan.isi_tanggal_jawaban', status=status.value)
        if status == StatusPengaduan.SELESAI and not (self.jawaban or '').strip():
            errors['jawaban'] = t('pengaduan.aturan.isi_jawaban')
        elif status == StatusPengaduan.TIDAK_DAPAT_DIPROSES and not (self.jawaban or '').strip():
            errors['jawaban'] = t('pengaduan.aturan.alasan_tidak_diproses')
        if status in (StatusPengaduan.DITINDAKLANJUTI, StatusPengaduan.SELESAI) and not (self.tindak_lanjut or '').strip():
            errors['tindak_lanjut'] = t('pengaduan.aturan.isi_tindak_lanjut', status=status.value)
        return errors

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in OPEN_PENGADUAN])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), status__in=[s.value for s in OPEN_PENGADUAN])

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status in OPEN_PENGADUAN)

    def answered_on_time(self) -> bool:
        """Selesai with its answer by the batas waktu (the U8 figure 'selesai tepat waktu')."""
        return bool(self.status == StatusPengaduan.SELESAI and self.tanggal_jawaban and self.batas_waktu
                    and self.tanggal_jawaban <= self.batas_waktu)

    @classmethod
    async def from_public(cls, *, nama_pelapor: str, kontak_pelapor: str, perihal: str, uraian: str,
                          layanan_id: int | None = None,
                          tanggal: date | None = None) -> tuple[Pengaduan | None, dict[str, str]]:
        """A complaint sent through the public form: channel Formulir Daring, status Diterima,
        received today (or `tanggal`), created by PUBLIC_USER. Returns the saved row and no errors,
        or None and the Indonesian message per field (nothing saved). The caller (a page) records
        the audit entry and keeps its own abuse limits; the office then works the row in the grid."""
        row = cls(tanggal=tanggal or office_today(), kanal=KanalPengaduan.FORMULIR_DARING,
                  status=StatusPengaduan.DITERIMA, nama_pelapor=(nama_pelapor or '').strip() or None,
                  kontak_pelapor=(kontak_pelapor or '').strip() or None, perihal=(perihal or '').strip(),
                  uraian=(uraian or '').strip(), layanan_id=layanan_id,
                  created_by=PUBLIC_USER, updated_by=PUBLIC_USER)
        errors = {name: t('pengaduan.aturan.wajib') for name in ('perihal', 'uraian', 'kontak_pelapor')
                  if not getattr(row, name)}
        for name in ('nama_pelapor', 'kontak_pelapor', 'perihal'):
            value, most = getattr(row, name), cls._meta.fields_map[name].max_length
            if value and len(value) > most:
                errors[name] = t('pengaduan.aturan.terlalu_panjang', n=most)
        row.derive()
        errors = {**await row.check_rules(), **errors}
        if errors:
            return None, errors
        await row.save()
        return row, {}


# --------------------------------------------------------------------------- RTL of the SKM

class PeriodeSkm(str, Enum):
    """The periods of the IKM page (core.ikm.Periode); PERIODE_KUNCI gives each its selector key."""
    TAHUN = 'Setahun'
    SEMESTER_1 = 'Semester I'
    SEMESTER_2 = 'Semester II'
    TRIWULAN_1 = 'Triwulan I'
    TRIWULAN_2 = 'Triwulan II'
    TRIWULAN_3 = 'Triwulan III'
    TRIWULAN_4 = 'Triwulan IV'


PERIODE_KUNCI: dict[PeriodeSkm, str] = dict(zip(PeriodeSkm, ('tahun', 's1', 's2', 't1', 't2', 't3', 't4')))

# 'U1 Persyaratan' … 'U9 Sarana dan Prasarana', read from the SKM answer fields (never by position)
UnsurSkm = Enum('UnsurSkm', {code.upper(): f'{code.upper()} {nama}' for code, nama in UNSUR_IKM.items()}, type=str)
UnsurSkm.__doc__ = 'The 9 unsur of PermenPAN-RB 14/2017 as the answer fields name them.'


def period_dates(tahun: int, periode: PeriodeSkm) -> tuple[date, date]:
    """First and last day of a period (as core.ikm.Periode counts them)."""
    kunci = PERIODE_KUNCI[PeriodeSkm(periode)]
    first, last = {'tahun': (1, 12), 's1': (1, 6), 's2': (7, 12)}.get(kunci) or \
        (3 * int(kunci[1]) - 2, 3 * int(kunci[1]))
    end = date(tahun, 12, 31) if last == 12 else date(tahun, last + 1, 1) - timedelta(days=1)
    return date(tahun, first, 1), end


async def weakest_unsur(tahun: int, periode: PeriodeSkm) -> UnsurSkm | None:
    """The unsur with the lowest NRR among the period's SKM answers (ties: the lower code), or None
    when nobody answered. The same sums as core.ikm, kept here because a model cannot ask core."""
    first, last = period_dates(tahun, periode)
    aggregates = {}
    for code in UNSUR_IKM:
        aggregates[f'jumlah_{code}'] = Sum(code)
        aggregates[f'dijawab_{code}'] = Count(code)
    row = await SkmResponden.filter(deleted_at__isnull=True, tanggal__gte=first, tanggal__lte=last) \
        .annotate(**aggregates).first().values(*aggregates)
    nrr = {code: Fraction(int(row[f'jumlah_{code}']), int(row[f'dijawab_{code}']))
           for code in UNSUR_IKM if row and row.get(f'dijawab_{code}')}
    if not nrr:
        return None
    code = min(nrr, key=lambda c: (nrr[c], list(UNSUR_IKM).index(c)))
    return UnsurSkm[code.upper()]


def previous_triwulan(today: date) -> tuple[int, PeriodeSkm]:
    """The triwulan before today's: the SKM period whose results an RTL usually answers."""
    triwulan = (today.month - 1) // 3
    if triwulan == 0:
        return today.year - 1, PeriodeSkm.TRIWULAN_4
    return today.year, PeriodeSkm(f'Triwulan {"I II III".split()[triwulan - 1]}')


class StatusRtl(str, Enum):
    DIRENCANAKAN = 'Direncanakan'
    DILAKSANAKAN = 'Dilaksanakan'
    SELESAI = 'Selesai'
    TIDAK_TERLAKSANA = 'Tidak Terlaksana'


@table(label='Rencana Tindak Lanjut SKM', process='U1',
       columns=('tahun', 'periode', 'unsur', 'kegiatan', 'penanggung_jawab', 'batas_waktu', 'status'),
       search=('kegiatan', 'penanggung_jawab', 'realisasi'),
       filters=('tahun', 'periode', 'unsur', 'status', 'batas_waktu'),
       ordering=('-tahun', 'periode', 'unsur'),
       row_label='{tahun} {periode} {unsur}')
class RencanaTindakLanjutSkm(RecordModel):
    """One follow-up of an SKM period: the unsur it improves (by default the period's weakest, read
    from the SKM answers), the program/kegiatan, who answers for it, by when, and what was done.
    An empty unsur is filled with the period's weakest when saved."""

    tahun = fields.SmallIntField(validators=[MinValueValidator(2000), MaxValueValidator(2100)], description='Tahun')
    periode = fields.CharEnumField(PeriodeSkm, max_length=15, default=PeriodeSkm.TRIWULAN_1, description='Periode SKM')
    unsur = fields.CharEnumField(UnsurSkm, max_length=60, null=True, description='Prioritas Unsur')
    kegiatan = LongTextField(description='Program/Kegiatan')
    penanggung_jawab = fields.CharField(max_length=150, description='Penanggung Jawab')
    batas_waktu = fields.DateField(description='Waktu (Batas Waktu)')
    realisasi = LongTextField(null=True, description='Realisasi')
    status = fields.CharEnumField(StatusRtl, max_length=20, default=StatusRtl.DIRENCANAKAN, description='Status')

    class Meta:
        table = 'rencana_tindak_lanjut_skm'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tahun and self.periode and self.batas_waktu and self.batas_waktu < period_dates(self.tahun, self.periode)[0]:
            errors['batas_waktu'] = t('pengaduan.aturan.rtl_batas_sebelum_periode')
        if self.status and StatusRtl(self.status) in (StatusRtl.SELESAI, StatusRtl.DILAKSANAKAN) \
                and not (self.realisasi or '').strip():
            errors['realisasi'] = t('pengaduan.aturan.rtl_isi_realisasi', status=StatusRtl(self.status).value)
        return errors

    async def after_write(self) -> None:
        if self.unsur is None and self.tahun and self.periode and self.deleted_at is None:
            weakest = await weakest_unsur(self.tahun, self.periode)
            if weakest is not None:
                self.unsur = weakest
                await RencanaTindakLanjutSkm.filter(id=self.id).update(unsur=weakest.value)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        tahun, periode = previous_triwulan(office_today())
        return {'tahun': tahun, 'periode': periode, 'unsur': await weakest_unsur(tahun, periode)}
