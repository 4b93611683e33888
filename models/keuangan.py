"""M3 Pengelolaan Keuangan: the budget per rekening of a sub kegiatan, and what was spent from it.

Proposal (docs/design.md §Tables): no primary source for the SPJ/BKU layouts was found. The kode rekening
follows Permendagri 90/2019 (belanja at sub rincian objek level, e.g. 5.1.02.01.01.0024); serapan
(absorption) = realisasi / pagu × 100, per rekening, and cumulatively up to each month.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from tortoise import fields

from locales import t
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
