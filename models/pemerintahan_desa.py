"""U3 Pembinaan dan Pengawasan Pemerintah Desa: perangkat desa and the BPD, the evaluasi of the
rancangan APBDes, the register of Perdes and Perkades, the monitoring of Dana Desa and ADD, and the
pembinaan visits with their tindak lanjut.

Sources, as read (issue #15):
- UU 6/2014 (Desa) art. 33 and 50 (minimum schooling: Kepala Desa SMP, perangkat desa SMA/sederajat);
  art. 69 (4)-(8), read at bpddander.blogspot.com/2019/03/jenis-peraturan-desa.html: the rancangan
  Perdes on APB Desa, pungutan, tata ruang and organisasi Pemerintah Desa are evaluated by the
  Bupati/Walikota, who gives the result within 20 hari kerja of receipt; the Kepala Desa corrects it
  within 20 hari (calendar days: the text says "hari", not "hari kerja"); with no result in time the
  Perdes berlaku dengan sendirinya.
- UU 3/2024 (second amendment of UU 6/2014): art. 39 (1)-(2), Kepala Desa 8 years from the
  pelantikan, at most 2 terms (quoted at polhukam.id and vimanews.id); art. 56 (2), BPD membership
  8 years from the sumpah/janji, at most 2 terms (quoted at rbtv.disway.id, okezone.com). The
  transitional art. 118 (a Kepala Desa or BPD member with two terms before the UU may stand once
  more) is not modelled: the rule here refuses a third term.
- Permendagri 20/2018 (Pengelolaan Keuangan Desa) art. 35 (2)-(5) and 36 (1)-(2), read in the
  Berita Negara 2018 No. 611 page 24 (online.flipbuilder.com/adhtr/hbas/files/basic-html/page24.html):
  the result of the evaluasi in a Keputusan within 20 hari kerja of receipt, else the rancangan
  berlaku dengan sendirinya; a result "tidak sesuai" gives the Kepala Desa with the BPD 20 hari kerja
  for the penyempurnaan; not followed up and still enacted, the Perdes is cancelled by Keputusan
  Bupati/Wali Kota, and the Kepala Desa stops it within 7 hari kerja. The delegation to the camat is
  art. 37 (cited by Perbup Pasuruan 5/2019; the text of art. 37 itself was not read). The "pagu of
  the previous year" after a cancellation is in summaries of the older Permendagri 113/2014, not in
  the text read, so it is not modelled. The 5 bidang of belanja desa as in the table below.
- PP 43/2014 art. 100 as amended by PP 11/2019 (read as quoted at rbtv.disway.id and in the
  Kemendagri Bina Pemdes slides on scribd): at most 30% of belanja desa for (1) the penghasilan tetap
  and tunjangan of the Kepala Desa, Sekretaris Desa and perangkat desa, (2) the tunjangan
  (operasional) of the BPD; belanja operasional and insentif RT/RW moved into the 70%; belanja is
  counted without the pendapatan from tanah bengkok (art. 100 (2)).
- Permendagri 67/2017 (amending 83/2015) art. 2 (2) b: a perangkat desa is appointed at 20 to 42
  years of age (quoted at blog.paperplane-tm.site); the end of office at 60 is the office's rule
  (Permendagri 83/2015 art. 5, whose text was not read).
- PP 43/2014 art. 84 (4) (read at banjarsari-labuhanhaji.desa.id): a Perdes is sent to the
  Bupati/Walikota within 7 days of its promulgation for pembinaan and pengawasan. The klarifikasi
  period of Permendagri 111/2014 was not found: its batas waktu is typed from the kabupaten's rule.
- Dana Desa stages: PMK 145/2023 and 108/2024 as summarised in the press (two stages, 40%/60%, 60%/40%
  for a desa mandiri; earmarked parts apart). The PMK texts were not read, so no stage percentage is
  enforced; tahap III stays for ADD, whose stages the Perbup sets.
The hasil and statuses are proposals (docs/design.md §Tables).
"""
from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q

from locales import t
from models.base import (FilesField, LongTextField, MoneyField, NikField, PercentField, RecordModel, key_taken,
                         rederive_deadlines)
from models.choices import JenisKelamin, Pendidikan
from models.clock import office_today
from models.perencanaan import year_field
from models.table import SAME_AS_LABEL, table
from models.workdays import add_working_days

MASA_JABATAN_KADES = 8          # years from the pelantikan (UU 3/2024 art. 39 (1))
MASA_KEANGGOTAAN_BPD = 8        # years from the sumpah/janji (UU 3/2024 art. 56 (2))
PERIODE_PALING_BANYAK = 2       # terms, Kepala Desa and BPD alike (UU 3/2024 art. 39 (2), 56)
USIA_PERANGKAT = (20, 42)       # at appointment (Permendagri 67/2017 art. 2 (2) b)
USIA_BERHENTI = 60              # a perangkat desa's office ends at this age


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


def years_after(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def age_on(born: date, day: date) -> int:
    """Full years of age on `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@table(label='Perangkat Desa', process='U3',
       columns=('desa', 'nama', 'jabatan', 'tanggal_lahir', 'no_sk', 'tgl_sk', 'periode_ke', 'masa_jabatan_selesai',
                'pendidikan', 'jenis_kelamin', 'sk'),
       search=('nama', 'nik', 'no_sk'),
       filters=('desa', 'jabatan', 'pendidikan', 'jenis_kelamin', 'masa_jabatan_selesai'),
       ordering=('desa', 'jabatan', 'nama'),
       desa_field='desa',
       row_label='{nama} ({jabatan})')
class PerangkatDesa(RecordModel):
    """A Kepala Desa or perangkat desa (Permendagri 84/2015 jabatan; UU 6/2014 schooling rules).

    The end of office is derived when its inputs are known: a Kepala Desa's 8 years from the
    pelantikan (the SK date when none is typed; UU 3/2024 art. 39), a perangkat desa's 60th birthday;
    otherwise the typed date stays. A perangkat desa is 20 to 42 on the SK date (Permendagri 67/2017);
    a Kepala Desa serves at most 2 terms."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    nama = fields.CharField(max_length=120, description='Nama')
    nik = NikField(description='NIK')
    jabatan = fields.CharEnumField(JabatanPerangkat, max_length=30, description='Jabatan')
    tanggal_lahir = fields.DateField(null=True, description='Tanggal Lahir')
    no_sk = fields.CharField(max_length=100, null=True, description='No. SK')
    tgl_sk = fields.DateField(null=True, description='Tanggal SK')
    tanggal_pelantikan = fields.DateField(null=True, description='Tanggal Pelantikan (Kepala Desa)')
    periode_ke = fields.SmallIntField(null=True, description='Periode ke- (Kepala Desa)')
    masa_jabatan_selesai = fields.DateField(null=True, description='Masa Jabatan Selesai')
    pendidikan = fields.CharEnumField(Pendidikan, max_length=8, null=True, description='Pendidikan Terakhir')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')

    sk = FilesField(many=False, description='SK Pengangkatan')

    class Meta:
        table = 'perangkat_desa'
        table_description = SAME_AS_LABEL

    def is_kepala_desa(self) -> bool:
        return bool(self.jabatan) and JabatanPerangkat(self.jabatan) == JabatanPerangkat.KEPALA_DESA

    def derive(self) -> None:
        if self.is_kepala_desa():
            start = self.tanggal_pelantikan or self.tgl_sk
            if start:
                self.masa_jabatan_selesai = years_after(start, MASA_JABATAN_KADES)
        elif self.jabatan and self.tanggal_lahir:
            self.masa_jabatan_selesai = years_after(self.tanggal_lahir, USIA_BERHENTI)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tgl_sk and self.masa_jabatan_selesai and self.masa_jabatan_selesai < self.tgl_sk:
            errors['masa_jabatan_selesai'] = t('aturan.perangkat_desa.masa_jabatan')
        if self.tanggal_lahir and self.tgl_sk and self.jabatan and not self.is_kepala_desa():
            usia = age_on(self.tanggal_lahir, self.tgl_sk)
            if not USIA_PERANGKAT[0] <= usia <= USIA_PERANGKAT[1]:
                errors['tanggal_lahir'] = t('pembinaan_desa.aturan.usia_perangkat', usia=usia)
        if self.periode_ke is not None:
            if not self.is_kepala_desa():
                errors['periode_ke'] = t('pembinaan_desa.aturan.periode_hanya_kades')
            elif not 1 <= self.periode_ke <= PERIODE_PALING_BANYAK:
                errors['periode_ke'] = t('pembinaan_desa.aturan.periode_kades')
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


class StatusEvaluasi(str, Enum):
    """Where an evaluasi stands; derived from its dates and the holiday calendar, never typed."""
    MENUNGGU = 'Menunggu Evaluasi'
    SESUAI = 'Sesuai'
    PENYEMPURNAAN = 'Menunggu Penyempurnaan'
    DISEMPURNAKAN = 'Telah Disempurnakan'
    DIBATALKAN = 'Dibatalkan'
    BERLAKU_SENDIRI = 'Berlaku dengan Sendirinya'


OPEN_EVALUASI = (StatusEvaluasi.MENUNGGU, StatusEvaluasi.PENYEMPURNAAN)
EVALUASI_HARI_KERJA = 20        # the result, from receipt (Permendagri 20/2018 art. 35 (2))
PENYEMPURNAAN_HARI_KERJA = 20   # the penyempurnaan, from the result (Permendagri 20/2018 art. 35 (5))
BATAS_BELANJA_PENGHASILAN = Decimal(30)   # % of belanja desa (PP 43/2014 art. 100 as amended by PP 11/2019)


def evaluasi_clocks(tanggal_terima: date | None, tanggal_evaluasi: date | None, hasil, tanggal_penyempurnaan,
                    tanggal_pembatalan, today: date, holidays: Collection[date] | None = None) -> dict[str, object]:
    """The legal clocks of one evaluasi on `today`: batas_evaluasi, batas_penyempurnaan, status and the
    deadline now running (batas_waktu). A result not given by the batas evaluasi (none yet after it,
    or one given after it) leaves the Perdes berlaku dengan sendirinya (Permendagri 20/2018 art. 35 (3))."""
    found = {'batas_evaluasi': None, 'batas_penyempurnaan': None, 'status': StatusEvaluasi.MENUNGGU,
             'batas_waktu': None}
    if not tanggal_terima:
        return found
    batas = found['batas_evaluasi'] = add_working_days(tanggal_terima, EVALUASI_HARI_KERJA, holidays)
    given = hasil and tanggal_evaluasi
    if (given and tanggal_evaluasi > batas) or (not given and today > batas):
        found['status'] = StatusEvaluasi.BERLAKU_SENDIRI
    elif not given:
        found['batas_waktu'] = batas
    elif HasilEvaluasi(hasil) == HasilEvaluasi.SESUAI:
        found['status'] = StatusEvaluasi.SESUAI
    else:
        found['batas_penyempurnaan'] = add_working_days(tanggal_evaluasi, PENYEMPURNAAN_HARI_KERJA, holidays)
        if tanggal_pembatalan:
            found['status'] = StatusEvaluasi.DIBATALKAN
        elif tanggal_penyempurnaan:
            found['status'] = StatusEvaluasi.DISEMPURNAKAN
        else:
            found['status'] = StatusEvaluasi.PENYEMPURNAAN
            found['batas_waktu'] = found['batas_penyempurnaan']
    return found


def share_of_belanja(penghasilan: Decimal | None, total_belanja: Decimal | None,
                     bengkok: Decimal | None) -> Decimal | None:
    """The share (%) of the penghasilan tetap, tunjangan and tunjangan BPD in belanja desa counted
    without the pendapatan from tanah bengkok (PP 43/2014 art. 100 (2) as amended by PP 11/2019)."""
    if penghasilan is None or total_belanja is None:
        return None
    base = Decimal(total_belanja) - Decimal(bengkok or 0)
    if base <= 0:
        return None
    return (Decimal(penghasilan) * 100 / base).quantize(Decimal('0.01'))


@table(label='Evaluasi APBDes', process='U3',
       columns=('desa', 'tahun', 'jenis', 'tanggal_terima', 'batas_evaluasi', 'tanggal_evaluasi', 'no_keputusan',
                'hasil', 'status', 'batas_waktu', 'total_belanja', 'persen_penghasilan', 'dokumen'),
       search=('no_keputusan', 'no_pembatalan', 'catatan'),
       filters=('desa', 'tahun', 'jenis', 'hasil', 'status', 'batas_waktu'),
       ordering=('-tahun', 'desa'),
       readonly=('total_belanja', 'persen_penghasilan', 'batas_evaluasi', 'batas_penyempurnaan', 'status',
                 'batas_waktu'),
       desa_field='desa',
       row_label='{jenis} {tahun}',
       natural_key=('desa', 'tahun', 'jenis'))
class EvaluasiApbdes(RecordModel):
    """The camat's evaluasi of a rancangan APBDes or its perubahan (Permendagri 20/2018 art. 35-37),
    with the whole budget: pendapatan, belanja of the 5 bidang, pembiayaan, and the belanja of
    penghasilan tetap and tunjangan checked against the 30% of PP 11/2019. The clocks (20 hari kerja
    for the result, 20 hari kerja for the penyempurnaan) and the status are derived: a result not
    given in time makes the status Berlaku dengan Sendirinya by itself (refresh_evaluasi_apbdes moves
    the stored rows as the days pass). Hasil is a proposal."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tahun = year_field(description='Tahun Anggaran')
    jenis = fields.CharEnumField(JenisApbdes, max_length=20, default=JenisApbdes.APBDES, description='Jenis')
    tanggal_terima = fields.DateField(description='Tanggal Diterima')
    batas_evaluasi = fields.DateField(null=True, description='Batas Hasil Evaluasi')
    tanggal_evaluasi = fields.DateField(null=True, description='Tanggal Evaluasi')
    no_keputusan = fields.CharField(max_length=100, null=True, description='No. Keputusan Camat')
    tanggal_keputusan = fields.DateField(null=True, description='Tanggal Keputusan Camat')
    pendapatan = MoneyField(null=True, description='Pendapatan Desa (Rp)')
    pendapatan_bengkok = MoneyField(null=True, description='Pendapatan dari Hasil Tanah Bengkok (Rp)')
    # the 5 bidang of belanja desa (Permendagri 20/2018)
    belanja_bidang_1 = MoneyField(null=True, description='Bidang Penyelenggaraan Pemerintahan Desa (Rp)')
    belanja_bidang_2 = MoneyField(null=True, description='Bidang Pelaksanaan Pembangunan Desa (Rp)')
    belanja_bidang_3 = MoneyField(null=True, description='Bidang Pembinaan Kemasyarakatan Desa (Rp)')
    belanja_bidang_4 = MoneyField(null=True, description='Bidang Pemberdayaan Masyarakat Desa (Rp)')
    belanja_bidang_5 = MoneyField(null=True, description='Bidang Penanggulangan Bencana, Darurat dan Mendesak (Rp)')
    total_belanja = MoneyField(null=True, description='Total Belanja (Rp)')
    belanja_penghasilan = MoneyField(null=True, description='Penghasilan Tetap dan Tunjangan Kades, Perangkat, '
                                                            'Tunjangan BPD (Rp)')
    persen_penghasilan = PercentField(most=None, null=True, description='Penghasilan dan Tunjangan thd Belanja (%)')
    penerimaan_pembiayaan = MoneyField(null=True, description='Penerimaan Pembiayaan (Rp)')
    pengeluaran_pembiayaan = MoneyField(null=True, description='Pengeluaran Pembiayaan (Rp)')
    hasil = fields.CharEnumField(HasilEvaluasi, max_length=20, null=True, description='Hasil Evaluasi')
    catatan = LongTextField(null=True, description='Catatan Evaluasi')
    batas_penyempurnaan = fields.DateField(null=True, description='Batas Penyempurnaan')
    tanggal_penyempurnaan = fields.DateField(null=True, description='Tanggal Penyempurnaan Diterima')
    no_pembatalan = fields.CharField(max_length=100, null=True, description='No. Keputusan Pembatalan')
    tanggal_pembatalan = fields.DateField(null=True, description='Tanggal Pembatalan')
    status = fields.CharEnumField(StatusEvaluasi, max_length=30, default=StatusEvaluasi.MENUNGGU,
                                  description='Status')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu Berjalan')

    dokumen = FilesField(description='Dokumen')

    class Meta:
        table = 'evaluasi_apbdes'
        table_description = SAME_AS_LABEL

    @classmethod
    async def refresh_clocks(cls) -> int:
        return await refresh_evaluasi_apbdes()

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        return await refresh_evaluasi_apbdes()

    def derive(self, today: date | None = None) -> None:
        amounts = [getattr(self, name) for name, _ in BIDANG_BELANJA]
        self.total_belanja = None if all(a is None for a in amounts) else sum(
            (Decimal(a) for a in amounts if a is not None), Decimal(0))
        self.persen_penghasilan = share_of_belanja(self.belanja_penghasilan, self.total_belanja,
                                                   self.pendapatan_bengkok)
        for name, value in evaluasi_clocks(self.tanggal_terima, self.tanggal_evaluasi, self.hasil,
                                           self.tanggal_penyempurnaan, self.tanggal_pembatalan,
                                           today or office_today()).items():
            setattr(self, name, value)

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
        errors.update(self._decision_errors())
        errors.update(self._budget_errors())
        return errors

    def _decision_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.hasil:
            if not (self.no_keputusan or '').strip():
                errors['no_keputusan'] = t('pembinaan_desa.aturan.isi_no_keputusan')
            if not self.tanggal_keputusan:
                errors['tanggal_keputusan'] = t('pembinaan_desa.aturan.isi_tanggal_keputusan')
        penyempurnaan = self.hasil and HasilEvaluasi(self.hasil) == HasilEvaluasi.PERLU_PENYEMPURNAAN
        for name in ('tanggal_penyempurnaan', 'tanggal_pembatalan'):
            value = getattr(self, name)
            if value and not penyempurnaan:
                errors[name] = t('pembinaan_desa.aturan.hanya_bila_penyempurnaan')
            elif value and self.tanggal_evaluasi and value < self.tanggal_evaluasi:
                errors[name] = t('pembinaan_desa.aturan.sebelum_hasil')
        if self.tanggal_pembatalan and not (self.no_pembatalan or '').strip():
            errors['no_pembatalan'] = t('pembinaan_desa.aturan.isi_no_pembatalan')
        return errors

    def _budget_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.hasil:       # a result is given on a whole budget
            for name in ('pendapatan', *(name for name, _ in BIDANG_BELANJA)):
                if getattr(self, name) is None:
                    errors[name] = t('pembinaan_desa.aturan.isi_anggaran',
                                     label=EvaluasiApbdes._meta.fields_map[name].description)
        if self.belanja_penghasilan:
            share = share_of_belanja(self.belanja_penghasilan, self.total_belanja, self.pendapatan_bengkok)
            base = Decimal(self.total_belanja or 0) - Decimal(self.pendapatan_bengkok or 0)
            if share is None:
                errors['belanja_penghasilan'] = t('pembinaan_desa.aturan.penghasilan_tanpa_belanja')
            elif Decimal(self.belanja_penghasilan) * 100 > BATAS_BELANJA_PENGHASILAN * base:   # exact, not rounded
                errors['belanja_penghasilan'] = t('pembinaan_desa.aturan.penghasilan_30_persen',
                                                  persen=f'{share:.2f}'.replace('.', ','))
        return errors

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in OPEN_EVALUASI])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), status__in=[s.value for s in OPEN_EVALUASI])

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status in OPEN_EVALUASI)


async def refresh_evaluasi_apbdes(today: date | None = None) -> int:
    """Derive again the clocks of every evaluasi still open, as the days pass or the calendar
    changes: one whose result did not come in time becomes Berlaku dengan Sendirinya by itself.
    Returns how many rows changed. Meant for a regular job (e.g. core.calendar_sync) and start-up."""
    today = today or office_today()
    moved = 0
    for row in await EvaluasiApbdes.filter(status__in=[s.value for s in OPEN_EVALUASI], deleted_at__isnull=True):
        clocks = evaluasi_clocks(row.tanggal_terima, row.tanggal_evaluasi, row.hasil, row.tanggal_penyempurnaan,
                                 row.tanggal_pembatalan, today)
        changed = {name: value for name, value in clocks.items() if getattr(row, name) != value}
        if changed:
            moved += await EvaluasiApbdes.filter(id=row.id).update(**changed)
    return moved


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
    def open_filter(cls):
        return Q(status__in=[s.value for s in StatusPembinaan if s != StatusPembinaan.SELESAI])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today()) & ~Q(status=StatusPembinaan.SELESAI.value)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status != StatusPembinaan.SELESAI)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today()}


class JabatanBpd(str, Enum):
    KETUA = 'Ketua'
    WAKIL_KETUA = 'Wakil Ketua'
    SEKRETARIS = 'Sekretaris'
    ANGGOTA = 'Anggota'


@table(label='Anggota BPD', process='U3',
       columns=('desa', 'nama', 'jabatan', 'tanggal_sumpah', 'periode_ke', 'masa_keanggotaan_selesai', 'no_sk',
                'jenis_kelamin', 'sk'),
       search=('nama', 'nik', 'no_sk'),
       filters=('desa', 'jabatan', 'jenis_kelamin', 'masa_keanggotaan_selesai'),
       ordering=('desa', 'jabatan', 'nama'),
       readonly=('masa_keanggotaan_selesai',),
       desa_field='desa',
       row_label='{nama} (BPD)')
class AnggotaBpd(RecordModel):
    """A member of the Badan Permusyawaratan Desa: 8 years from the sumpah/janji, at most 2 terms
    (UU 6/2014 art. 56 as amended by UU 3/2024); the end of the term is derived."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    nama = fields.CharField(max_length=120, description='Nama')
    nik = NikField(null=True, description='NIK')
    jabatan = fields.CharEnumField(JabatanBpd, max_length=15, default=JabatanBpd.ANGGOTA, description='Jabatan')
    jenis_kelamin = fields.CharEnumField(JenisKelamin, max_length=1, description='Jenis Kelamin')
    tanggal_lahir = fields.DateField(null=True, description='Tanggal Lahir')
    no_sk = fields.CharField(max_length=100, null=True, description='No. SK Peresmian')
    tanggal_sumpah = fields.DateField(description='Tanggal Sumpah/Janji')
    periode_ke = fields.SmallIntField(default=1, description='Periode ke-')
    masa_keanggotaan_selesai = fields.DateField(null=True, description='Masa Keanggotaan Selesai')

    sk = FilesField(many=False, description='SK Peresmian')

    class Meta:
        table = 'anggota_bpd'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        self.masa_keanggotaan_selesai = years_after(self.tanggal_sumpah, MASA_KEANGGOTAAN_BPD) \
            if self.tanggal_sumpah else None

    async def check_rules(self) -> dict[str, str]:
        if self.periode_ke is not None and not 1 <= self.periode_ke <= PERIODE_PALING_BANYAK:
            return {'periode_ke': t('pembinaan_desa.aturan.periode_bpd')}
        return {}


class JenisPeraturanDesa(str, Enum):
    """What reaches the camat: the rancangan Perdes the Bupati evaluates (UU 6/2014 art. 69 (4); the
    rancangan APBDes has its own table, Evaluasi APBDes) and the Perdes and Perkades sent for
    pembinaan and pengawasan, which are clarified."""
    RANCANGAN_PUNGUTAN = 'Rancangan Perdes Pungutan'
    RANCANGAN_TATA_RUANG = 'Rancangan Perdes Tata Ruang'
    RANCANGAN_ORGANISASI = 'Rancangan Perdes Organisasi Pemerintah Desa'
    PERDES = 'Peraturan Desa'
    PERKADES = 'Peraturan Kepala Desa'


DIEVALUASI = (JenisPeraturanDesa.RANCANGAN_PUNGUTAN, JenisPeraturanDesa.RANCANGAN_TATA_RUANG,
              JenisPeraturanDesa.RANCANGAN_ORGANISASI)


class HasilPeraturanDesa(str, Enum):
    SESUAI = 'Sesuai'
    TIDAK_SESUAI = 'Tidak Sesuai'


class StatusPeraturanDesa(str, Enum):
    PROSES = 'Dalam Proses'
    KOREKSI = 'Menunggu Koreksi'
    SELESAI = 'Selesai'
    BERLAKU_SENDIRI = 'Berlaku dengan Sendirinya'


OPEN_PERATURAN = (StatusPeraturanDesa.PROSES, StatusPeraturanDesa.KOREKSI)
KOREKSI_HARI = 20      # calendar days from the result (UU 6/2014 art. 69 (7))


PERATURAN_CLOCKS = ('batas_hasil', 'batas_koreksi', 'status', 'batas_waktu')   # what peraturan_clocks derives


def peraturan_clocks(jenis, tanggal_terima: date | None, batas_hasil: date | None, tanggal_hasil: date | None,
                     hasil, tanggal_koreksi: date | None, today: date,
                     holidays: Collection[date] | None = None) -> dict[str, object]:
    """The clocks of one rancangan or Perdes on `today`. An evaluasi gives its result within 20 hari
    kerja of receipt, else the Perdes berlaku dengan sendirinya (UU 6/2014 art. 69 (5), (8)); a result
    Tidak Sesuai gives the desa 20 days to correct it (art. 69 (7)). A klarifikasi keeps the batas hasil
    typed from the kabupaten's rule."""
    found = {'batas_hasil': batas_hasil, 'batas_koreksi': None, 'status': StatusPeraturanDesa.PROSES,
             'batas_waktu': None}
    evaluasi = bool(jenis) and JenisPeraturanDesa(jenis) in DIEVALUASI
    if evaluasi and tanggal_terima:
        found['batas_hasil'] = add_working_days(tanggal_terima, EVALUASI_HARI_KERJA, holidays)
    batas = found['batas_hasil']
    given = hasil and tanggal_hasil
    if evaluasi and batas and ((given and tanggal_hasil > batas) or (not given and today > batas)):
        found['status'] = StatusPeraturanDesa.BERLAKU_SENDIRI
    elif not given:
        found['batas_waktu'] = batas
    elif HasilPeraturanDesa(hasil) == HasilPeraturanDesa.TIDAK_SESUAI and evaluasi and not tanggal_koreksi:
        found['batas_koreksi'] = found['batas_waktu'] = tanggal_hasil + timedelta(days=KOREKSI_HARI)
        found['status'] = StatusPeraturanDesa.KOREKSI
    else:
        if evaluasi and HasilPeraturanDesa(hasil) == HasilPeraturanDesa.TIDAK_SESUAI:
            found['batas_koreksi'] = tanggal_hasil + timedelta(days=KOREKSI_HARI)
        found['status'] = StatusPeraturanDesa.SELESAI
    return found


@table(label='Register Peraturan Desa', process='U3',
       columns=('desa', 'jenis', 'judul', 'nomor', 'tanggal_terima', 'batas_hasil', 'tanggal_hasil', 'hasil',
                'no_hasil', 'status', 'batas_waktu', 'dokumen'),
       search=('judul', 'nomor', 'no_hasil', 'catatan'),
       filters=('desa', 'jenis', 'hasil', 'status', 'tanggal_terima', 'batas_waktu'),
       ordering=('-tanggal_terima', '-id'),
       readonly=('batas_koreksi', 'status', 'batas_waktu'),
       desa_field='desa',
       row_label='{jenis} {judul}')
class RegisterPeraturanDesa(RecordModel):
    """The rancangan Perdes evaluated and the Perdes and Perkades clarified by the camat on the
    Bupati's behalf, with the result, its number and the clocks (see peraturan_clocks); an item past
    its batas waktu and still open is overdue."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    jenis = fields.CharEnumField(JenisPeraturanDesa, max_length=45, description='Jenis')
    judul = fields.CharField(max_length=255, description='Tentang')
    nomor = fields.CharField(max_length=100, null=True, description='Nomor Peraturan')
    tanggal_penetapan = fields.DateField(null=True, description='Tanggal Penetapan')
    tanggal_terima = fields.DateField(description='Tanggal Diterima')
    batas_hasil = fields.DateField(null=True, description='Batas Hasil')
    tanggal_hasil = fields.DateField(null=True, description='Tanggal Hasil')
    hasil = fields.CharEnumField(HasilPeraturanDesa, max_length=15, null=True, description='Hasil')
    no_hasil = fields.CharField(max_length=100, null=True, description='No. Keputusan/Surat Hasil')
    batas_koreksi = fields.DateField(null=True, description='Batas Koreksi')
    tanggal_koreksi = fields.DateField(null=True, description='Tanggal Koreksi Diterima')
    status = fields.CharEnumField(StatusPeraturanDesa, max_length=30, default=StatusPeraturanDesa.PROSES,
                                  description='Status')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu Berjalan')
    catatan = LongTextField(null=True, description='Catatan')

    dokumen = FilesField(description='Dokumen')

    class Meta:
        table = 'register_peraturan_desa'
        table_description = SAME_AS_LABEL

    @classmethod
    async def refresh_clocks(cls) -> int:
        """An evaluasi without a result in time becomes Berlaku dengan Sendirinya by itself."""
        return await rederive_deadlines(cls.filter(status__in=[s.value for s in OPEN_PERATURAN], deleted_at__isnull=True),
                                        PERATURAN_CLOCKS)

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        return await cls.refresh_clocks()

    def derive(self, today: date | None = None) -> None:
        for name, value in peraturan_clocks(self.jenis, self.tanggal_terima, self.batas_hasil, self.tanggal_hasil,
                                            self.hasil, self.tanggal_koreksi, today or office_today()).items():
            setattr(self, name, value)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        evaluasi = bool(self.jenis) and JenisPeraturanDesa(self.jenis) in DIEVALUASI
        if self.jenis and not evaluasi and not (self.nomor or '').strip():
            errors['nomor'] = t('pembinaan_desa.aturan.isi_nomor_peraturan')
        if self.tanggal_hasil and self.tanggal_terima and self.tanggal_hasil < self.tanggal_terima:
            errors['tanggal_hasil'] = t('pembinaan_desa.aturan.hasil_sebelum_terima')
        if self.hasil and not self.tanggal_hasil:
            errors['tanggal_hasil'] = t('pembinaan_desa.aturan.isi_tanggal_hasil')
        if self.hasil and not (self.no_hasil or '').strip():
            errors['no_hasil'] = t('pembinaan_desa.aturan.isi_no_hasil')
        if self.tanggal_koreksi and not (evaluasi and self.hasil
                                         and HasilPeraturanDesa(self.hasil) == HasilPeraturanDesa.TIDAK_SESUAI):
            errors['tanggal_koreksi'] = t('pembinaan_desa.aturan.koreksi_hanya_tidak_sesuai')
        return errors

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in OPEN_PERATURAN])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), status__in=[s.value for s in OPEN_PERATURAN])

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status in OPEN_PERATURAN)


class SumberDana(str, Enum):
    DANA_DESA = 'Dana Desa'
    ADD = 'Alokasi Dana Desa'


class TahapPenyaluran(str, Enum):
    TAHAP_I = 'Tahap I'
    TAHAP_II = 'Tahap II'
    TAHAP_III = 'Tahap III'


def percent_of(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.01'))


@table(label='Penyaluran Dana Desa dan ADD', process='U3',
       columns=('desa', 'tahun', 'sumber', 'tahap', 'pagu', 'jumlah', 'persen_tahap', 'persyaratan_lengkap',
                'surat_rekomendasi', 'tanggal_salur', 'realisasi', 'persen_realisasi'),
       search=('persyaratan', 'catatan'),
       filters=('desa', 'tahun', 'sumber', 'tahap', 'persyaratan_lengkap', 'tanggal_salur'),
       ordering=('-tahun', 'desa', 'sumber', 'tahap'),
       readonly=('persen_tahap', 'persen_realisasi'),
       desa_field='desa',
       row_label='{sumber} {tahap} {tahun}',
       natural_key=('desa', 'tahun', 'sumber', 'tahap'))
class PenyaluranDanaDesa(RecordModel):
    """One stage of a desa's Dana Desa or ADD in a year: the requirements received, the camat's
    recommendation (a surat keluar), the amount disbursed and the realisasi the desa reports. The
    stage percentages of the PMK were not read, so none is enforced; a stage never passes the pagu,
    nor the stages together, nor a realisasi its stage."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tahun = year_field(description='Tahun Anggaran')
    sumber = fields.CharEnumField(SumberDana, max_length=20, default=SumberDana.DANA_DESA, description='Sumber')
    tahap = fields.CharEnumField(TahapPenyaluran, max_length=10, default=TahapPenyaluran.TAHAP_I,
                                 description='Tahap')
    pagu = MoneyField(description='Pagu Desa Setahun (Rp)')
    jumlah = MoneyField(null=True, description='Jumlah Disalurkan (Rp)')
    persen_tahap = PercentField(null=True, description='Tahap thd Pagu (%)')
    persyaratan = LongTextField(null=True, description='Persyaratan Diterima')
    persyaratan_lengkap = fields.BooleanField(default=False, description='Persyaratan Lengkap')
    surat_rekomendasi = fields.ForeignKeyField('models.SuratKeluar', null=True, related_name=False,
                                               on_delete=fields.SET_NULL, description='Surat Rekomendasi Camat')
    tanggal_salur = fields.DateField(null=True, description='Tanggal Salur')
    realisasi = MoneyField(null=True, description='Realisasi Dilaporkan (Rp)')
    persen_realisasi = PercentField(null=True, description='Realisasi (%)')
    tanggal_laporan = fields.DateField(null=True, description='Tanggal Laporan Realisasi')
    catatan = LongTextField(null=True, description='Catatan')

    class Meta:
        table = 'penyaluran_dana_desa'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        self.persen_tahap = percent_of(self.jumlah, self.pagu)
        self.persen_realisasi = percent_of(self.realisasi, self.jumlah)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.desa_id and self.tahun and self.sumber and self.tahap and \
                await key_taken(self, 'desa_id', 'tahun', 'sumber', 'tahap', include_deleted=False):
            errors['tahap'] = t('pembinaan_desa.aturan.tahap_tercatat')
        if self.jumlah is not None and self.pagu is not None:
            others = self.desa_id and await PenyaluranDanaDesa.filter(
                desa_id=self.desa_id, tahun=self.tahun, sumber=self.sumber, deleted_at__isnull=True,
                jumlah__isnull=False).exclude(id=self.id or 0).values_list('jumlah', flat=True) or []
            if Decimal(self.jumlah) + sum((Decimal(x) for x in others), Decimal(0)) > Decimal(self.pagu):
                errors['jumlah'] = t('pembinaan_desa.aturan.melebihi_pagu')
        if self.realisasi is not None and (self.jumlah is None or Decimal(self.realisasi) > Decimal(self.jumlah)):
            errors['realisasi'] = t('pembinaan_desa.aturan.realisasi_melebihi')
        if self.tanggal_salur and not self.persyaratan_lengkap:
            errors['persyaratan_lengkap'] = t('pembinaan_desa.aturan.persyaratan_belum_lengkap')
        return errors
