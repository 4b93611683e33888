"""M3 Pengelolaan Keuangan: the budget per rekening of a sub kegiatan, what was spent from it, and the
treasurer's books (Buku Kas Umum of the bendahara pengeluaran, its buku pembantu, the month's closing).

Sources. The kode rekening follows Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021 (belanja at
sub rincian objek level, e.g. 5.1.02.01.01.0024); the Kepmendagri's own text was not found as text here:
the codes the demo uses were read in a public list of belanja codes of a regional body
(SQL dump quoting 5.1.02.01.01.0024 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
5.1.02.01.01.0052 'Belanja Makanan dan Minuman Rapat', 5.1.02.02.01.0061 'Belanja Tagihan Listrik', ...),
not in the Kepmendagri. The Lampiran of Permendagri 77/2020 (Pedoman Teknis Pengelolaan Keuangan Daerah,
penatausahaan bendahara pengeluaran) was searched for and NOT found as text: the BKU columns here
(tanggal, nomor bukti, uraian, kode rekening, penerimaan, pengeluaran, saldo) and the four buku pembantu
(kas tunai, simpanan/bank, pajak, panjar) are the ones the issue names and treasurers' books print, to be
checked against the Lampiran. serapan (absorption) = realisasi / pagu × 100, per rekening, and
cumulatively up to each month.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from enum import Enum

from tortoise import fields

from locales import t
from tortoise.validators import MaxValueValidator, MinValueValidator

from models.base import FilesField, MoneyField, PercentField, RecordModel
from models.formats import format_rupiah
from models.perencanaan import Level, ProgramKegiatan, level_of, percent, year_field
from models.table import SAME_AS_LABEL, table

KODE_REKENING = re.compile(r'5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}')


@table(label='Anggaran', process='M3',
       columns=('tahun', 'sub_kegiatan', 'kode_rekening', 'uraian', 'pagu', 'realisasi', 'sisa', 'serapan_persen'),
       search=('kode_rekening', 'uraian'),
       filters=('tahun', 'sub_kegiatan', 'serapan_persen'),
       ordering=('-tahun', 'kode_rekening'),
       readonly=('realisasi', 'sisa', 'serapan_persen'),
       row_label='{kode_rekening} {uraian} ({tahun})',
       natural_key=('tahun', 'sub_kegiatan', 'kode_rekening'))
class Anggaran(RecordModel):
    """The pagu of one rekening belanja of a sub kegiatan (DPA). realisasi, sisa and serapan are
    derived from its realisasi rows (proposal; see the module docstring)."""

    tahun = year_field(description='Tahun Anggaran')
    sub_kegiatan = fields.ForeignKeyField('models.ProgramKegiatan', related_name=False, on_delete=fields.RESTRICT,
                                          description='Sub Kegiatan')
    kode_rekening = fields.CharField(max_length=20, description='Kode Rekening')
    uraian = fields.CharField(max_length=255, description='Uraian')
    pagu = MoneyField(description='Pagu (Rp)')
    realisasi = MoneyField(default=Decimal(0), description='Realisasi (Rp)')
    sisa = MoneyField(null=True, description='Sisa (Rp)')
    serapan_persen = PercentField(null=True, description='Serapan (%)')

    class Meta:
        table = 'anggaran'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        realisasi = Decimal(self.realisasi or 0)
        self.sisa = None if self.pagu is None else max(Decimal(self.pagu) - realisasi, Decimal(0))
        self.serapan_persen = percent(realisasi, self.pagu)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kode_rekening and not KODE_REKENING.fullmatch(self.kode_rekening):
            errors['kode_rekening'] = t('aturan.anggaran.kode_rekening')
        if self.sub_kegiatan_id:
            sub = await ProgramKegiatan.get_or_none(id=self.sub_kegiatan_id)
            if sub and level_of(sub.kode) != Level.SUB_KEGIATAN:
                errors['sub_kegiatan'] = t('aturan.anggaran.bukan_sub_kegiatan')
            elif sub and self.tahun and sub.tahun != self.tahun:
                errors['tahun'] = t('aturan.anggaran.tahun', tahun=sub.tahun)
        if self.pagu is not None and self.realisasi and Decimal(self.pagu) < Decimal(self.realisasi):
            errors['pagu'] = t('aturan.anggaran.pagu_di_bawah_realisasi', realisasi=format_rupiah(self.realisasi))
        if self.tahun and self.sub_kegiatan_id and self.kode_rekening and not errors:
            taken = Anggaran.filter(tahun=self.tahun, sub_kegiatan_id=self.sub_kegiatan_id,
                                    kode_rekening=self.kode_rekening, deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['kode_rekening'] = t('aturan.anggaran.rekening_dipakai')
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tahun': date.today().year}


@table(label='Realisasi Anggaran', process='M3', parent='anggaran',
       columns=('anggaran', 'tanggal', 'bulan', 'uraian', 'no_bukti', 'nilai', 'serapan_sd_bulan', 'bukti'),
       search=('uraian', 'no_bukti'),
       filters=('anggaran', 'tanggal', 'bulan'),
       ordering=('-tanggal', '-id'),
       readonly=('bulan', 'serapan_sd_bulan'),
       row_label='{tanggal} {no_bukti}')
class RealisasiAnggaran(RecordModel):
    """One payment (SPJ) from a rekening. bulan and the serapan up to its month are derived; so are
    the realisasi, sisa and serapan of the rekening (proposal)."""

    anggaran = fields.ForeignKeyField('models.Anggaran', related_name='realisasi_rows', on_delete=fields.RESTRICT,
                                      description='Rekening Anggaran')
    tanggal = fields.DateField(description='Tanggal')
    bulan = fields.SmallIntField(null=True, description='Bulan')
    uraian = fields.CharField(max_length=255, description='Uraian')
    nilai = MoneyField(description='Nilai (Rp)')
    no_bukti = fields.CharField(max_length=60, description='No. Bukti/SPJ')
    serapan_sd_bulan = PercentField(null=True, description='Serapan s.d. Bulan Ini (%)')

    bukti = FilesField(description='Bukti')

    class Meta:
        table = 'realisasi_anggaran'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        self.bulan = self.tanggal.month if self.tanggal else None

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        anggaran = await Anggaran.get_or_none(id=self.anggaran_id) if self.anggaran_id else None
        if anggaran is None:
            return errors
        if self.tanggal and self.tanggal.year != anggaran.tahun:
            errors['tanggal'] = t('aturan.realisasi_anggaran.tanggal', tahun=anggaran.tahun)
        if self.nilai is not None:
            others = RealisasiAnggaran.filter(anggaran_id=anggaran.id, deleted_at__isnull=True)
            if self.id:
                others = others.exclude(id=self.id)
            spent = sum((Decimal(v) for v in await others.values_list('nilai', flat=True)), Decimal(0))
            left = Decimal(anggaran.pagu) - spent
            if Decimal(self.nilai) > left:
                errors['nilai'] = t('aturan.realisasi_anggaran.melebihi_sisa', sisa=format_rupiah(max(left, Decimal(0))))
        return errors

    async def after_write(self) -> None:
        """The rekening's realisasi, sisa and serapan, and the serapan up to each month, follow."""
        await recompute_anggaran(self.anggaran_id)


async def recompute_anggaran(anggaran_id: int | None) -> None:
    anggaran = await Anggaran.get_or_none(id=anggaran_id) if anggaran_id else None
    if anggaran is None:
        return
    rows = await RealisasiAnggaran.filter(anggaran_id=anggaran.id, deleted_at__isnull=True).values('id', 'bulan', 'nilai')
    per_month: dict[int, Decimal] = {}
    for row in rows:
        per_month[row['bulan']] = per_month.get(row['bulan'], Decimal(0)) + Decimal(row['nilai'])
    running, up_to = Decimal(0), {}
    for month in sorted(per_month):
        running += per_month[month]
        up_to[month] = percent(running, anggaran.pagu)
    for month, value in up_to.items():
        await RealisasiAnggaran.filter(anggaran_id=anggaran.id, bulan=month).update(serapan_sd_bulan=value)
    anggaran.realisasi = running
    anggaran.derive()
    anggaran.version += 1
    await anggaran.save(update_fields=['realisasi', 'sisa', 'serapan_persen', 'version', 'updated_at'])


# ---- the treasurer's books: Buku Kas Umum of the bendahara pengeluaran and the month's closing ----

def month_name(month: int) -> str:
    return t('formulir.tanggal.bulan').split(',')[month - 1]


async def closed_month(day: date | None) -> bool:
    """Is the month of `day` closed (a live Tutup Buku row for it)?"""
    if day is None:
        return False
    return await TutupBuku.filter(tahun=day.year, bulan=day.month, deleted_at__isnull=True).exists()


def closed_message(day: date) -> str:
    return t('keuangan.bulan_ditutup', bulan=month_name(day.month), tahun=day.year)


@table(label='Tutup Buku', process='M3',
       columns=('tahun', 'bulan', 'tanggal', 'keterangan'),
       search=('keterangan',),
       filters=('tahun',),
       ordering=('-tahun', '-bulan'),
       row_label='{bulan}/{tahun}',
       natural_key=('tahun', 'bulan'))
class TutupBuku(RecordModel):
    """The closing of one month of the Buku Kas Umum: while this row stands, no entry dated in that month
    may be added, changed, moved out of it or deleted (BukuKasUmum.check_rules and after_write); a mistake
    found later is corrected by a new entry in an open month. Deleting this row reopens the month, an act
    the audit log keeps. The closing at the end of each month is the practice of the treasurer's books
    (the register penutupan kas); the Lampiran of Permendagri 77/2020 was not found as text."""

    tahun = year_field(description='Tahun Anggaran')
    bulan = fields.SmallIntField(validators=[MinValueValidator(1), MaxValueValidator(12)], description='Bulan')
    tanggal = fields.DateField(description='Tanggal Tutup Buku')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'tutup_buku'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not (self.tahun and self.bulan and 1 <= self.bulan <= 12):
            return errors
        last_day = date(self.tahun, self.bulan, calendar.monthrange(self.tahun, self.bulan)[1])
        if self.tanggal and self.tanggal < last_day:
            errors['tanggal'] = t('keuangan.tutup_sebelum_akhir_bulan', tanggal=last_day.strftime('%d/%m/%Y'))
        taken = TutupBuku.filter(tahun=self.tahun, bulan=self.bulan, deleted_at__isnull=True)
        if self.id:
            taken = taken.exclude(id=self.id)
        if await taken.exists():
            errors['bulan'] = t('keuangan.sudah_ditutup', bulan=month_name(self.bulan), tahun=self.tahun)
        return errors


class BukuPembantu(str, Enum):
    """Which buku pembantu of the bendahara pengeluaran an entry of the BKU also belongs to."""
    KAS_TUNAI = 'Kas Tunai'
    BANK = 'Bank'
    PAJAK = 'Pajak'
    PANJAR = 'Panjar'


@table(label='Buku Kas Umum', process='M3',
       columns=('tanggal', 'no_bukti', 'uraian', 'kode_rekening', 'buku', 'penerimaan', 'pengeluaran'),
       search=('no_bukti', 'uraian', 'kode_rekening'),
       filters=('tanggal', 'buku', 'kode_rekening'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} {no_bukti}')
class BukuKasUmum(RecordModel):
    """One receipt or one payment of the bendahara pengeluaran, in the Buku Kas Umum: tanggal, nomor bukti,
    uraian, kode rekening, penerimaan or pengeluaran, and the buku pembantu it also belongs to (kas tunai,
    bank, pajak, panjar). The saldo is never typed nor stored: core.keuangan_books computes it on reading,
    in the order of tanggal and then of entry (id), so an entry changed or added in the past moves every
    later saldo at once. A month closed by a Tutup Buku row is locked; a correction is a new entry."""

    tanggal = fields.DateField(description='Tanggal')
    no_bukti = fields.CharField(max_length=60, description='Nomor Bukti')
    uraian = fields.CharField(max_length=255, description='Uraian')
    kode_rekening = fields.CharField(max_length=20, null=True, description='Kode Rekening')
    buku = fields.CharEnumField(BukuPembantu, max_length=10, default=BukuPembantu.BANK, description='Buku Pembantu')
    penerimaan = MoneyField(default=Decimal(0), description='Penerimaan (Rp)')
    pengeluaran = MoneyField(default=Decimal(0), description='Pengeluaran (Rp)')

    class Meta:
        table = 'buku_kas_umum'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        masuk, keluar = Decimal(self.penerimaan or 0), Decimal(self.pengeluaran or 0)
        if masuk and keluar:
            errors['pengeluaran'] = t('keuangan.masuk_dan_keluar')
        elif not masuk and not keluar:
            errors['penerimaan'] = t('keuangan.tanpa_nilai')
        if self.kode_rekening and not KODE_REKENING.fullmatch(self.kode_rekening):
            errors['kode_rekening'] = t('aturan.anggaran.kode_rekening')
        stored = await BukuKasUmum.get_or_none(id=self.id) if self.id else None
        if stored is not None and await closed_month(stored.tanggal):
            errors['tanggal'] = closed_message(stored.tanggal)
        elif await closed_month(self.tanggal):
            errors['tanggal'] = closed_message(self.tanggal)
        return errors

    async def check_removal(self) -> str | None:
        """An entry of a closed month is neither deleted nor restored: a correction is a new entry."""
        return closed_message(self.tanggal) if await closed_month(self.tanggal) else None
