"""M3 Pengelolaan Keuangan: the budget per rekening of a sub kegiatan, what was spent from it, and the
treasurer's books (Buku Kas Umum of the bendahara pengeluaran, its buku pembantu, the month's closing).

Sources. The kode rekening follows Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021 (belanja at
sub rincian objek level, e.g. 5.1.02.01.01.0024); the Kepmendagri's own text was not found as text here.
Its 3,413 codes of belanja are seeded as the reference table rekening_belanja (RekeningBelanja below)
from a public machine-readable copy (core/seed_data/rekening_belanja.json names it), and a budget line
or BKU payment names one of them. The Lampiran of Permendagri 77/2020 (Pedoman Teknis Pengelolaan Keuangan Daerah,
penatausahaan bendahara pengeluaran) was searched for and NOT found as text: the BKU columns here
(tanggal, nomor bukti, uraian, kode rekening, penerimaan, pengeluaran, saldo) and the four buku pembantu
(kas tunai, simpanan/bank, pajak, panjar) are the ones the issue names and treasurers' books print, to be
checked against the Lampiran. serapan (absorption) = realisasi / pagu × 100, per rekening, and
cumulatively up to each month.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q

from locales import t
from tortoise.validators import MaxValueValidator, MinValueValidator

from models.base import DigitsValidator, FilesField, MoneyField, PercentField, RecordModel, rederive_deadlines
from models.clock import office_today
from models.formats import format_rupiah
from models.perencanaan import Level, ProgramKegiatan, level_of, percent, year_field
from models.process_map import Section
from models.table import SAME_AS_LABEL, table
from models.workdays import is_working_day

KODE_REKENING = re.compile(r'5\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{4}')


@table(label='Kode Rekening Belanja', owner=Section.KEUANGAN,
       columns=('kode', 'nama'), search=('kode', 'nama'), filters=(), ordering=('kode',),
       row_label='{kode} {nama}', natural_key=('kode',))
class RekeningBelanja(RecordModel):
    """The kode rekening belanja (akun 5) of Kepmendagri 050-5889/2021, from the akun down to the sub
    rincian objek, seeded by core.seed from core/seed_data/rekening_belanja.json (its `sumber` names
    the copy read). A budget line (Anggaran) and a payment of the Buku Kas Umum name a sub rincian
    objek of this list, so a mistyped code is refused beside the field; the Subbag Keuangan adds the
    codes of a later update."""

    kode = fields.CharField(max_length=20, unique=True, description='Kode Rekening')
    nama = fields.CharField(max_length=255, description='Uraian')

    class Meta:
        table = 'rekening_belanja'
        table_description = SAME_AS_LABEL


async def unknown_rekening(kode: str | None) -> str | None:
    """The message beside Kode Rekening when a well-formed sub rincian objek is not in the list."""
    if not kode or not KODE_REKENING.fullmatch(kode):
        return None
    if await RekeningBelanja.filter(kode=kode, deleted_at__isnull=True).exists():
        return None
    return t('aturan.anggaran.rekening_tidak_ada', kode=kode)


@table(label='Anggaran', process='M3',
       columns=('tahun', 'sub_kegiatan', 'kode_rekening', 'uraian', 'pagu', 'pagu_perubahan', 'pagu_berlaku',
                'realisasi', 'sisa', 'serapan_persen', 'anggaran_kas_total'),
       search=('kode_rekening', 'uraian'),
       filters=('tahun', 'sub_kegiatan', 'serapan_persen'),
       ordering=('-tahun', 'kode_rekening'),
       readonly=('pagu_berlaku', 'realisasi', 'sisa', 'serapan_persen', 'anggaran_kas_total'),
       row_label='{kode_rekening} {uraian} ({tahun})',
       natural_key=('tahun', 'sub_kegiatan', 'kode_rekening'))
class Anggaran(RecordModel):
    """The pagu of one rekening belanja of a sub kegiatan in the DPA and, once the APBD is changed, in the
    DPPA (pagu_perubahan). The pagu in force (pagu_berlaku) is the DPPA's when there is one, else the DPA's;
    realisasi, sisa and serapan are measured against it, and no payment may take the realisasi past it.
    The anggaran kas (child rows, one per month) plans the pagu in force over the twelve months: its total
    may never exceed it, and anggaran_kas_total shows how far the plan has come (proposal; the Lampiran of
    Permendagri 77/2020 with the DPA/DPPA and anggaran kas formats was not found as text)."""

    tahun = year_field(description='Tahun Anggaran')
    sub_kegiatan = fields.ForeignKeyField('models.ProgramKegiatan', related_name=False, on_delete=fields.RESTRICT,
                                          description='Sub Kegiatan')
    kode_rekening = fields.CharField(max_length=20, description='Kode Rekening')
    uraian = fields.CharField(max_length=255, description='Uraian')
    pagu = MoneyField(description='Pagu (Rp)')
    pagu_perubahan = MoneyField(null=True, description='Pagu Setelah Perubahan/DPPA (Rp)')
    pagu_berlaku = MoneyField(null=True, description='Pagu Berlaku (Rp)')
    realisasi = MoneyField(default=Decimal(0), description='Realisasi (Rp)')
    sisa = MoneyField(null=True, description='Sisa (Rp)')
    serapan_persen = PercentField(null=True, description='Serapan (%)')
    anggaran_kas_total = MoneyField(default=Decimal(0), description='Jumlah Anggaran Kas (Rp)')

    class Meta:
        table = 'anggaran'
        table_description = SAME_AS_LABEL

    def pagu_in_force(self) -> Decimal | None:
        """The DPPA's pagu once there is one, else the DPA's."""
        chosen = self.pagu if self.pagu_perubahan is None else self.pagu_perubahan
        return None if chosen is None else Decimal(chosen)

    def derive(self) -> None:
        realisasi = Decimal(self.realisasi or 0)
        self.pagu_berlaku = self.pagu_in_force()
        self.sisa = None if self.pagu_berlaku is None else max(self.pagu_berlaku - realisasi, Decimal(0))
        self.serapan_persen = percent(realisasi, self.pagu_berlaku)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kode_rekening and not KODE_REKENING.fullmatch(self.kode_rekening):
            errors['kode_rekening'] = t('aturan.anggaran.kode_rekening')
        elif message := await unknown_rekening(self.kode_rekening):
            errors['kode_rekening'] = message
        if self.sub_kegiatan_id:
            sub = await ProgramKegiatan.get_or_none(id=self.sub_kegiatan_id)
            if sub and level_of(sub.kode) != Level.SUB_KEGIATAN:
                errors['sub_kegiatan'] = t('aturan.anggaran.bukan_sub_kegiatan')
            elif sub and self.tahun and sub.tahun != self.tahun:
                errors['tahun'] = t('aturan.anggaran.tahun', tahun=sub.tahun)
        in_force = self.pagu_in_force()
        where = 'pagu' if self.pagu_perubahan is None else 'pagu_perubahan'
        if in_force is not None and self.realisasi and in_force < Decimal(self.realisasi):
            errors[where] = t('aturan.anggaran.pagu_di_bawah_realisasi', realisasi=format_rupiah(self.realisasi))
        elif in_force is not None and self.anggaran_kas_total and in_force < Decimal(self.anggaran_kas_total):
            errors[where] = t('keuangan.anggaran_kas.pagu_di_bawah', jumlah=format_rupiah(self.anggaran_kas_total))
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
        return {'tahun': office_today().year}


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
            left = anggaran.pagu_in_force() - spent
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
        up_to[month] = percent(running, anggaran.pagu_in_force())
    for month, value in up_to.items():
        await RealisasiAnggaran.filter(anggaran_id=anggaran.id, bulan=month).update(serapan_sd_bulan=value)
    anggaran.realisasi = running
    anggaran.derive()
    anggaran.version += 1
    await anggaran.save(update_fields=['realisasi', 'pagu_berlaku', 'sisa', 'serapan_persen', 'version', 'updated_at'])


@table(label='Anggaran Kas', process='M3', parent='anggaran',
       columns=('anggaran', 'bulan', 'nilai', 'keterangan'),
       search=('keterangan',),
       filters=('anggaran', 'bulan'),
       ordering=('anggaran', 'bulan'),
       row_label='{bulan}',
       natural_key=('anggaran', 'bulan'))
class AnggaranKas(RecordModel):
    """How much of a rekening's pagu in force is planned to be spent in one month (the anggaran kas):
    one row per bulan 1-12. The months together must come to the pagu in force: a row that would take
    them past it is refused with the amount still free, and the rekening shows how much is planned
    (Anggaran.anggaran_kas_total), so a plan short of the pagu is seen (core.keuangan_anggaran).
    The anggaran kas format of the Lampiran of Permendagri 77/2020 was not found as text (proposal)."""

    anggaran = fields.ForeignKeyField('models.Anggaran', related_name='anggaran_kas', on_delete=fields.RESTRICT,
                                      description='Rekening Anggaran')
    bulan = fields.SmallIntField(validators=[MinValueValidator(1), MaxValueValidator(12)], description='Bulan')
    nilai = MoneyField(description='Nilai (Rp)')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'anggaran_kas'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        anggaran = await Anggaran.get_or_none(id=self.anggaran_id) if self.anggaran_id else None
        if anggaran is None or self.nilai is None:
            return errors
        others = AnggaranKas.filter(anggaran_id=anggaran.id, deleted_at__isnull=True)
        if self.id:
            others = others.exclude(id=self.id)
        if self.bulan and await others.filter(bulan=self.bulan).exists():
            errors['bulan'] = t('keuangan.anggaran_kas.bulan_dipakai', bulan=month_name(self.bulan))
        planned = sum((Decimal(v) for v in await others.values_list('nilai', flat=True)), Decimal(0))
        left = anggaran.pagu_in_force() - planned
        if Decimal(self.nilai) > left:
            errors['nilai'] = t('keuangan.anggaran_kas.melebihi_pagu', pagu=format_rupiah(anggaran.pagu_in_force()),
                                sisa=format_rupiah(max(left, Decimal(0))))
        return errors

    async def after_write(self) -> None:
        await recompute_anggaran_kas(self.anggaran_id)


async def recompute_anggaran_kas(anggaran_id: int | None) -> None:
    """The rekening's anggaran_kas_total follows its live monthly rows."""
    if not anggaran_id:
        return
    values = await AnggaranKas.filter(anggaran_id=anggaran_id, deleted_at__isnull=True).values_list('nilai', flat=True)
    await Anggaran.filter(id=anggaran_id).update(anggaran_kas_total=sum((Decimal(v) for v in values), Decimal(0)))


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
       columns=('tanggal', 'no_bukti', 'uraian', 'kode_rekening', 'buku', 'penerimaan', 'pengeluaran', 'pencairan'),
       search=('no_bukti', 'uraian', 'kode_rekening'),
       filters=('tanggal', 'buku', 'kode_rekening', 'pencairan'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} {no_bukti}')
class BukuKasUmum(RecordModel):
    """One receipt or one payment of the bendahara pengeluaran, in the Buku Kas Umum: tanggal, nomor bukti,
    uraian, kode rekening, penerimaan or pengeluaran, and the buku pembantu it also belongs to (kas tunai,
    bank, pajak, panjar). The saldo is never typed nor stored: core.keuangan_books computes it on reading,
    in the order of tanggal and then of entry (id), so an entry changed or added in the past moves every
    later saldo at once. A month closed by a Tutup Buku row is locked; a correction is a new entry.

    An entry may name the SP2D it belongs to (pencairan): for UP, GU and TU the receipt of the SP2D's
    money (one penerimaan of exactly the SP2D's amount), for LS the payments made with it (pengeluaran,
    together never more than the SP2D). The taxes withheld from a payment are its Potongan Pajak rows."""

    tanggal = fields.DateField(description='Tanggal')
    no_bukti = fields.CharField(max_length=60, description='Nomor Bukti')
    uraian = fields.CharField(max_length=255, description='Uraian')
    kode_rekening = fields.CharField(max_length=20, null=True, description='Kode Rekening')
    buku = fields.CharEnumField(BukuPembantu, max_length=10, default=BukuPembantu.BANK, description='Buku Pembantu')
    penerimaan = MoneyField(default=Decimal(0), description='Penerimaan (Rp)')
    pengeluaran = MoneyField(default=Decimal(0), description='Pengeluaran (Rp)')
    pencairan = fields.ForeignKeyField('models.PencairanDana', related_name='entri_bku', null=True,
                                       on_delete=fields.RESTRICT, description='SP2D')

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
        elif message := await unknown_rekening(self.kode_rekening):
            errors['kode_rekening'] = message
        stored = await BukuKasUmum.get_or_none(id=self.id) if self.id else None
        if stored is not None and await closed_month(stored.tanggal):
            errors['tanggal'] = closed_message(stored.tanggal)
        elif await closed_month(self.tanggal):
            errors['tanggal'] = closed_message(self.tanggal)
        if self.pencairan_id and 'pengeluaran' not in errors and 'penerimaan' not in errors:
            errors.update(await self.sp2d_errors(masuk, keluar))
        if stored is not None and keluar < Decimal(stored.pengeluaran or 0):
            withheld = await withheld_from(self.id)
            if withheld > keluar:
                errors['pengeluaran'] = t('keuangan.pajak.melebihi_pembayaran', jumlah=format_rupiah(withheld))
        return errors

    async def sp2d_errors(self, masuk: Decimal, keluar: Decimal) -> dict[str, str]:
        """UP/GU/TU: this is the one receipt of the SP2D's money; LS: a payment within the SP2D's amount."""
        sp2d = await PencairanDana.get_or_none(id=self.pencairan_id, deleted_at__isnull=True)
        if sp2d is None or not sp2d.nomor_sp2d:
            return {'pencairan': t('keuangan.sp2d.belum_terbit')}
        if self.tanggal and self.tanggal < sp2d.tanggal_sp2d:
            return {'tanggal': t('keuangan.sp2d.sebelum_sp2d', tanggal=sp2d.tanggal_sp2d.strftime('%d/%m/%Y'))}
        others = BukuKasUmum.filter(pencairan_id=sp2d.id, deleted_at__isnull=True)
        if self.id:
            others = others.exclude(id=self.id)
        amount = Decimal(sp2d.nilai_sp2d)
        if sp2d.jenis != JenisPencairan.LS:
            if not masuk or masuk != amount:
                return {'penerimaan': t('keuangan.sp2d.penerimaan', jenis=sp2d.jenis.value, nilai=format_rupiah(amount))}
            if await others.exists():
                return {'pencairan': t('keuangan.sp2d.sudah_diterima')}
            return {}
        if not keluar:
            return {'pengeluaran': t('keuangan.sp2d.ls_pengeluaran')}
        paid = sum((Decimal(v) for v in await others.values_list('pengeluaran', flat=True)), Decimal(0))
        if paid + keluar > amount:
            return {'pengeluaran': t('keuangan.sp2d.melebihi', nilai=format_rupiah(amount),
                                     sisa=format_rupiah(max(amount - paid, Decimal(0))))}
        return {}

    async def after_write(self) -> None:
        """Its taxes carry the entry's tanggal and nomor bukti, to be found and read by them."""
        await PotonganPajak.filter(entri_id=self.id).update(tanggal=self.tanggal, no_bukti=self.no_bukti)

    async def check_removal(self) -> str | None:
        """An entry of a closed month is neither deleted nor restored: a correction is a new entry."""
        if await closed_month(self.tanggal):
            return closed_message(self.tanggal)
        if await SetoranPajak.filter(potongan__entri_id=self.id, deleted_at__isnull=True).exists():
            return t('keuangan.pajak.entri_sudah_disetor')
        return None


# ---- taxes withheld from a payment and deposited later ----

class JenisPajak(str, Enum):
    """The taxes a bendahara pengeluaran withholds or collects on a payment and deposits (PPN, PPh Pasal 21,
    22, 23, PPh final Pasal 4 ayat (2)), and the pajak daerah collected likewise."""
    PPN = 'PPN'
    PPH_21 = 'PPh Pasal 21'
    PPH_22 = 'PPh Pasal 22'
    PPH_23 = 'PPh Pasal 23'
    PPH_4_2 = 'PPh Final Pasal 4 ayat (2)'
    PAJAK_DAERAH = 'Pajak Daerah'


async def withheld_from(entry_id: int) -> Decimal:
    values = await PotonganPajak.filter(entri_id=entry_id, deleted_at__isnull=True).values_list('nilai', flat=True)
    return sum((Decimal(v) for v in values), Decimal(0))


async def deposited_of(potongan_id: int, except_id: int | None = None) -> Decimal:
    rows = SetoranPajak.filter(potongan_id=potongan_id, deleted_at__isnull=True)
    if except_id:
        rows = rows.exclude(id=except_id)
    return sum((Decimal(v) for v in await rows.values_list('nilai', flat=True)), Decimal(0))


@table(label='Potongan Pajak', process='M3', parent='entri',
       columns=('entri', 'tanggal', 'no_bukti', 'jenis', 'nilai', 'keterangan'),
       search=('no_bukti',),
       filters=('entri', 'jenis', 'tanggal'),
       ordering=('-tanggal', '-id'),
       readonly=('tanggal', 'no_bukti'),
       row_label='{no_bukti} {jenis} {nilai}')
class PotonganPajak(RecordModel):
    """One tax withheld (dipotong) or collected (dipungut) on a payment of the Buku Kas Umum: its jenis and
    nilai. It is dated by its payment (tanggal and no_bukti are the entry's, copied for reading), so a
    closed month refuses it like the payment itself; it is deposited later by Setoran Pajak rows, often in
    the next month when the month of the payment is already closed. The taxes of a payment never exceed the
    payment; a pungutan already deposited cannot be removed (delete the setoran first).
    Sources: the duties of the bendahara pemerintah to withhold PPh 21/22/23/4(2) and collect PPN, as
    summarised by KPPN Ternate (kppnternate.net, 'pemotongan dan pemungutan pajak oleh bendahara'); the buku
    pembantu pajak format of the Lampiran of Permendagri 77/2020 was not found as text (proposal)."""

    entri = fields.ForeignKeyField('models.BukuKasUmum', related_name='potongan_pajak', on_delete=fields.RESTRICT,
                                   description='Entri BKU (Pembayaran)')
    jenis = fields.CharEnumField(JenisPajak, max_length=30, description='Jenis Pajak')
    nilai = MoneyField(description='Nilai (Rp)')
    tanggal = fields.DateField(null=True, description='Tanggal')
    no_bukti = fields.CharField(max_length=60, null=True, description='Nomor Bukti')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'potongan_pajak'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        entry = await BukuKasUmum.get_or_none(id=self.entri_id, deleted_at__isnull=True) if self.entri_id else None
        if entry is None:
            return errors
        if await closed_month(entry.tanggal):
            errors['entri'] = closed_message(entry.tanggal)
            return errors
        stored = await PotonganPajak.get_or_none(id=self.id) if self.id else None
        if stored is not None and stored.entri_id != self.entri_id and await closed_month(stored.tanggal):
            errors['entri'] = closed_message(stored.tanggal)
            return errors
        keluar = Decimal(entry.pengeluaran or 0)
        if not keluar:
            errors['entri'] = t('keuangan.pajak.bukan_pembayaran')
            return errors
        if self.nilai is not None:
            others = PotonganPajak.filter(entri_id=entry.id, deleted_at__isnull=True)
            if self.id:
                others = others.exclude(id=self.id)
            withheld = sum((Decimal(v) for v in await others.values_list('nilai', flat=True)), Decimal(0))
            if withheld + Decimal(self.nilai) > keluar:
                errors['nilai'] = t('keuangan.pajak.melebihi_pembayaran', jumlah=format_rupiah(keluar))
            elif self.id and Decimal(self.nilai) < await deposited_of(self.id):
                errors['nilai'] = t('keuangan.pajak.di_bawah_setoran', jumlah=format_rupiah(await deposited_of(self.id)))
        return errors

    async def after_write(self) -> None:
        entry = await BukuKasUmum.get_or_none(id=self.entri_id)
        if entry is not None:
            await PotonganPajak.filter(id=self.id).update(tanggal=entry.tanggal, no_bukti=entry.no_bukti)

    async def check_removal(self) -> str | None:
        if self.tanggal and await closed_month(self.tanggal):
            return closed_message(self.tanggal)
        if await SetoranPajak.filter(potongan_id=self.id, deleted_at__isnull=True).exists():
            return t('keuangan.pajak.sudah_disetor')
        return None


NTPN = re.compile(r'[0-9A-Z]{16}')


class KodeBillingField(fields.CharField):
    """The kode billing a tax is paid with: 15 digits."""

    def __init__(self, **kwargs) -> None:
        kwargs['max_length'] = 15
        super().__init__(**kwargs)
        self.validators.insert(0, DigitsValidator(15, 'Kode billing'))


class NtpnField(fields.CharField):
    """The Nomor Transaksi Penerimaan Negara on the Bukti Penerimaan Negara: 16 letters and digits
    (checked by SetoranPajak.check_rules after derive() makes it upper case)."""

    def __init__(self, **kwargs) -> None:
        kwargs['max_length'] = 16
        super().__init__(**kwargs)


@table(label='Setoran Pajak', process='M3',
       columns=('tanggal', 'potongan', 'kode_billing', 'ntpn', 'nilai', 'keterangan'),
       search=('kode_billing', 'ntpn'),
       filters=('tanggal', 'potongan'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} {ntpn}')
class SetoranPajak(RecordModel):
    """The deposit (setor) to the state or regional treasury of a tax withheld on a payment: its own dated
    entry, paid with a kode billing and proved by the NTPN of the Bukti Penerimaan Negara. A tax withheld in
    a month is commonly deposited in the next, perhaps after that month was closed; the setoran is dated
    in its own (open) month, so the closing does not stop it. A pungutan may be deposited in parts; the
    parts never exceed it, and none is dated before the payment.
    Kode billing: 15 digits; NTPN: 16 letters and digits (the billing system of the Modul Penerimaan
    Negara, PMK 225/PMK.05/2020, as read on djpb.kemenkeu.go.id (KPPN Kotabumi, 'setoran ke kas negara'),
    with the 15-digit kode billing and the 16-character NTPN described on banjirembun.com and klikpajak.id;
    the PMK's own text was not read)."""

    tanggal = fields.DateField(description='Tanggal Setor')
    potongan = fields.ForeignKeyField('models.PotonganPajak', related_name='setoran', on_delete=fields.RESTRICT,
                                      description='Pungutan yang Disetor')
    kode_billing = KodeBillingField(description='Kode Billing')
    ntpn = NtpnField(description='NTPN')
    nilai = MoneyField(description='Nilai Setor (Rp)')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'setoran_pajak'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        self.ntpn = self.ntpn.strip().upper() if self.ntpn else self.ntpn
        self.kode_billing = self.kode_billing.strip() if self.kode_billing else self.kode_billing

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.ntpn is not None:
            if not NTPN.fullmatch(self.ntpn):
                errors['ntpn'] = t('keuangan.pajak.ntpn')
            else:
                taken = SetoranPajak.filter(ntpn=self.ntpn, deleted_at__isnull=True)
                if self.id:
                    taken = taken.exclude(id=self.id)
                if await taken.exists():
                    errors['ntpn'] = t('keuangan.pajak.ntpn_dipakai')
        stored = await SetoranPajak.get_or_none(id=self.id) if self.id else None
        if stored is not None and await closed_month(stored.tanggal):
            errors['tanggal'] = closed_message(stored.tanggal)
        elif await closed_month(self.tanggal):
            errors['tanggal'] = closed_message(self.tanggal)
        potongan = await PotonganPajak.get_or_none(id=self.potongan_id, deleted_at__isnull=True) \
            if self.potongan_id else None
        entry = await BukuKasUmum.get_or_none(id=potongan.entri_id, deleted_at__isnull=True) if potongan else None
        if potongan is None or entry is None:
            return errors
        if self.tanggal and self.tanggal < entry.tanggal:
            errors['tanggal'] = t('keuangan.pajak.sebelum_pungut', tanggal=entry.tanggal.strftime('%d/%m/%Y'))
        if self.nilai is not None:
            left = Decimal(potongan.nilai) - await deposited_of(potongan.id, except_id=self.id)
            if Decimal(self.nilai) > left:
                errors['nilai'] = t('keuangan.pajak.melebihi_pungutan', sisa=format_rupiah(max(left, Decimal(0))))
        return errors

    async def check_removal(self) -> str | None:
        return closed_message(self.tanggal) if await closed_month(self.tanggal) else None


# ---- SPP, SPM and SP2D ----

class JenisPencairan(str, Enum):
    """The four mechanisms of payment: uang persediaan, its replenishment (ganti uang), tambahan uang, and
    langsung (straight to the payee)."""
    UP = 'UP'
    GU = 'GU'
    TU = 'TU'
    LS = 'LS'


class StatusPencairan(str, Enum):
    SPP = 'SPP Diajukan'
    SPM = 'SPM Terbit'
    SP2D = 'SP2D Terbit'
    SPJ_TU = 'TU Dipertanggungjawabkan'


def add_months(day: date, months: int) -> date:
    """The same day `months` calendar months later; the month's last day when it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def tu_deadline(tanggal_sp2d: date) -> date:
    """The day the TU must be accounted for: one calendar month after its SP2D ('paling lama 1 (satu)
    bulan sejak tanggal SP2D', read for the APBN's TUP in PMK 190/PMK.05/2012 as quoted on
    amperbendaharaan.blogspot.com; the APBD's text in Permendagri 77/2020 was not found): a month, not
    working days, so no holiday moves it."""
    return add_months(tanggal_sp2d, 1)


STAGES = (('nomor_spm', 'tanggal_spm', 'nilai_spm'), ('nomor_sp2d', 'tanggal_sp2d', 'nilai_sp2d'))


@table(label='SPP, SPM dan SP2D', process='M3',
       columns=('jenis', 'uraian', 'nomor_spp', 'tanggal_spp', 'nilai_spp', 'nomor_spm', 'tanggal_spm', 'nilai_spm',
                'nomor_sp2d', 'tanggal_sp2d', 'nilai_sp2d', 'status', 'batas_spj_tu', 'tanggal_spj_tu'),
       search=('nomor_spp', 'nomor_spm', 'nomor_sp2d', 'uraian'),
       filters=('jenis', 'status', 'tanggal_sp2d'),
       ordering=('-tanggal_spp', '-id'),
       readonly=('status', 'batas_spj_tu'),
       row_label='{jenis} {nomor_sp2d}',
       natural_key=('nomor_spp',))
class PencairanDana(RecordModel):
    """One payment request followed to its cash: the SPP, the SPM issued on it and the SP2D that pays it,
    for one mechanism (UP, GU, TU or LS). One row for the chain rather than three linked tables, because
    each SPM answers exactly one SPP and each SP2D one SPM: one row shows where a request stands (status)
    and lets the rules compare the three documents side by side; a refused SPM is noted and the request
    made again as a new SPP. Rules: an SPM not before its SPP, an SP2D not before its SPM, the same amount
    on all three, a later stage only after the earlier one. A TU must be accounted for within one calendar
    month of its SP2D (tu_deadline); until tanggal_spj_tu is filled it is overdue after batas_spj_tu.
    The BKU entries it pays name it (BukuKasUmum.pencairan). The register formats of the Lampiran of
    Permendagri 77/2020 were not found as text: these columns are a proposal."""

    jenis = fields.CharEnumField(JenisPencairan, max_length=2, description='Jenis')
    uraian = fields.CharField(max_length=255, description='Uraian')
    nomor_spp = fields.CharField(max_length=60, description='Nomor SPP')
    tanggal_spp = fields.DateField(description='Tanggal SPP')
    nilai_spp = MoneyField(description='Nilai SPP (Rp)')
    nomor_spm = fields.CharField(max_length=60, null=True, description='Nomor SPM')
    tanggal_spm = fields.DateField(null=True, description='Tanggal SPM')
    nilai_spm = MoneyField(null=True, description='Nilai SPM (Rp)')
    nomor_sp2d = fields.CharField(max_length=60, null=True, description='Nomor SP2D')
    tanggal_sp2d = fields.DateField(null=True, description='Tanggal SP2D')
    nilai_sp2d = MoneyField(null=True, description='Nilai SP2D (Rp)')
    status = fields.CharEnumField(StatusPencairan, max_length=30, default=StatusPencairan.SPP, description='Status')
    batas_spj_tu = fields.DateField(null=True, description='Batas SPJ TU')
    tanggal_spj_tu = fields.DateField(null=True, description='Tanggal SPJ TU')

    class Meta:
        table = 'pencairan_dana'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        issued = bool(self.nomor_sp2d and self.tanggal_sp2d)
        is_tu = self.jenis == JenisPencairan.TU
        self.batas_spj_tu = tu_deadline(self.tanggal_sp2d) if is_tu and issued else None
        if is_tu and issued and self.tanggal_spj_tu:
            self.status = StatusPencairan.SPJ_TU
        elif issued:
            self.status = StatusPencairan.SP2D
        elif self.nomor_spm and self.tanggal_spm:
            self.status = StatusPencairan.SPM
        else:
            self.status = StatusPencairan.SPP

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        for stage in STAGES:
            filled = [getattr(self, name) not in (None, '') for name in stage]
            if any(filled) and not all(filled):
                missing = stage[filled.index(False)]
                errors[missing] = t('keuangan.sp2d.lengkapi')
        if self.nomor_sp2d and not self.nomor_spm:
            errors['nomor_sp2d'] = t('keuangan.sp2d.tanpa_spm')
        chain = (('tanggal_spp', 'nilai_spp', 'SPP'), ('tanggal_spm', 'nilai_spm', 'SPM'),
                 ('tanggal_sp2d', 'nilai_sp2d', 'SP2D'))
        for (day_before, value_before, name_before), (day, value, _) in zip(chain, chain[1:]):
            earlier, later = getattr(self, day_before), getattr(self, day)
            if earlier and later and later < earlier and day not in errors:
                errors[day] = t('keuangan.sp2d.sebelum', dokumen=name_before, tanggal=earlier.strftime('%d/%m/%Y'))
            amount_before, amount = getattr(self, value_before), getattr(self, value)
            if amount_before is not None and amount is not None and Decimal(amount) != Decimal(amount_before) \
                    and value not in errors:
                errors[value] = t('keuangan.sp2d.nilai_beda', dokumen=name_before, nilai=format_rupiah(amount_before))
        if self.tanggal_spj_tu is not None:
            if self.jenis != JenisPencairan.TU:
                errors['tanggal_spj_tu'] = t('keuangan.sp2d.spj_tu_bukan_tu')
            elif not self.tanggal_sp2d:
                errors['tanggal_spj_tu'] = t('keuangan.sp2d.spj_tu_tanpa_sp2d')
            elif self.tanggal_spj_tu < self.tanggal_sp2d:
                errors['tanggal_spj_tu'] = t('keuangan.sp2d.sebelum', dokumen='SP2D',
                                             tanggal=self.tanggal_sp2d.strftime('%d/%m/%Y'))
        if self.id and (self.nilai_sp2d is None or not self.nomor_sp2d):
            if await BukuKasUmum.filter(pencairan_id=self.id, deleted_at__isnull=True).exists():
                errors['nomor_sp2d'] = t('keuangan.sp2d.sudah_dibukukan')
        return errors

    @classmethod
    def open_filter(cls):
        """A TU whose SP2D is issued (so its SPJ TU is due) and whose SPJ TU is not in yet."""
        return Q(jenis=JenisPencairan.TU.value, batas_spj_tu__isnull=False, tanggal_spj_tu__isnull=True)

    @classmethod
    def overdue_filter(cls):
        return Q(jenis=JenisPencairan.TU.value, batas_spj_tu__lt=office_today(), tanggal_spj_tu__isnull=True)

    def is_overdue(self) -> bool:
        return bool(self.jenis == JenisPencairan.TU and self.batas_spj_tu and self.batas_spj_tu < office_today()
                    and self.tanggal_spj_tu is None)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal_spp': office_today()}


# ---- the monthly SPJ fungsional ----

SPJ_DAY = 10


def spj_deadline(tahun: int, bulan: int, holidays=None) -> date:
    """When the SPJ fungsional of a month is due: the 10th of the next month ('selambat-lambatnya tanggal 10
    setiap bulan', read in a course text on lmsspada.kemdikbud.go.id, not in Permendagri 77/2020, whose
    text was not found). When the 10th is not a working day (a weekend, a holiday of the Hari Libur
    table) the deadline is the last working day before it, so the treasurer hands it in while the office
    is open and never after the date (the rule PMK 190/PMK.05/2012 Pasal 42 ayat (3) gives for its own
    5th-of-the-month deadline, as quoted on akuntt.com); a proposal to be checked against the Lampiran."""
    due = add_months(date(tahun, bulan, SPJ_DAY), 1)
    while not is_working_day(due, holidays):
        due -= timedelta(days=1)
    return due


@table(label='SPJ Fungsional', process='M3',
       columns=('tahun', 'bulan', 'batas_waktu', 'nomor', 'tanggal_disampaikan', 'keterangan'),
       search=('nomor', 'keterangan'),
       filters=('tahun', 'bulan', 'batas_waktu'),
       ordering=('-tahun', '-bulan'),
       readonly=('batas_waktu',),
       row_label='{bulan}/{tahun}',
       natural_key=('tahun', 'bulan'))
class SpjFungsional(RecordModel):
    """The monthly accounting (SPJ fungsional) of the bendahara pengeluaran for one month: due by
    spj_deadline (the 10th of the next month, earlier when that is not a working day); until handed in
    (tanggal_disampaikan) it is overdue after its batas_waktu, on the home page. It is handed in after the
    month's end, not before its last day."""

    tahun = year_field(description='Tahun Anggaran')
    bulan = fields.SmallIntField(validators=[MinValueValidator(1), MaxValueValidator(12)], description='Bulan')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    nomor = fields.CharField(max_length=60, null=True, description='Nomor SPJ')
    tanggal_disampaikan = fields.DateField(null=True, description='Tanggal Disampaikan')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'spj_fungsional'
        table_description = SAME_AS_LABEL

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        """The 10th of the next month moves to the working day before it when the calendar makes it a holiday."""
        return await rederive_deadlines(cls.filter(cls.open_filter(), deleted_at__isnull=True), ('batas_waktu',))

    def derive(self) -> None:
        self.batas_waktu = spj_deadline(self.tahun, self.bulan) if self.tahun and self.bulan in range(1, 13) else None

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not (self.tahun and self.bulan and 1 <= self.bulan <= 12):
            return errors
        last_day = date(self.tahun, self.bulan, calendar.monthrange(self.tahun, self.bulan)[1])
        if self.tanggal_disampaikan and self.tanggal_disampaikan < last_day:
            errors['tanggal_disampaikan'] = t('keuangan.spj.sebelum_akhir_bulan', tanggal=last_day.strftime('%d/%m/%Y'))
        taken = SpjFungsional.filter(tahun=self.tahun, bulan=self.bulan, deleted_at__isnull=True)
        if self.id:
            taken = taken.exclude(id=self.id)
        if await taken.exists():
            errors['bulan'] = t('keuangan.spj.sudah_ada', bulan=month_name(self.bulan), tahun=self.tahun)
        return errors

    @classmethod
    def open_filter(cls):
        return Q(tanggal_disampaikan__isnull=True)

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), tanggal_disampaikan__isnull=True)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.tanggal_disampaikan is None)
