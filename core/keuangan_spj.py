"""The SPJ fungsional of the bendahara pengeluaran for a month (Laporan Pertanggungjawaban Bendahara
Pengeluaran, SPJ Belanja - Fungsional), read from the Buku Kas Umum and the Anggaran
(models/keuangan.py): per kode rekening belanja, the anggaran of the year (the pagu in force, summed over
the sub kegiatan that use the rekening), then what was accounted for in three ways, each up to the month
before, in the month, and up to the month's end:
- SPJ-LS Gaji: payments made with an LS SP2D from a rekening of belanja pegawai (5.1.01);
- SPJ-LS Barang dan Jasa: payments made with an LS SP2D from any other rekening;
- SPJ UP/GU/TU: payments the treasurer made from the uang persediaan, its ganti uang or a tambahan
  uang (an entry with no SP2D, or one of UP, GU or TU);
then the total accounted for and the sisa pagu. A payment is a BKU pengeluaran with a kode rekening
of belanja (5.); receipts, tax deposits and entries without a rekening are not spending. Nothing is
stored: an entry added or corrected shows in the next report.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from core.keuangan_books import month_bounds
from models.keuangan import Anggaran, BukuKasUmum, JenisPencairan

ZERO = Decimal(0)
GAJI = '5.1.01'   # Belanja Pegawai (Permendagri 90/2019 kodefikasi): paid as LS gaji


class CaraSpj(str, Enum):
    LS_GAJI = 'ls_gaji'
    LS_BARANG_JASA = 'ls_barang_jasa'
    UP_GU_TU = 'up_gu_tu'


@dataclass
class SpjLine:
    kode_rekening: str
    uraian: str
    anggaran: Decimal
    lalu: dict[CaraSpj, Decimal] = field(default_factory=lambda: {cara: ZERO for cara in CaraSpj})
    ini: dict[CaraSpj, Decimal] = field(default_factory=lambda: {cara: ZERO for cara in CaraSpj})

    def sampai(self, cara: CaraSpj) -> Decimal:
        return self.lalu[cara] + self.ini[cara]

    @property
    def jumlah(self) -> Decimal:
        return sum((self.sampai(cara) for cara in CaraSpj), ZERO)

    @property
    def sisa(self) -> Decimal:
        return self.anggaran - self.jumlah


def cara_of(kode_rekening: str, jenis: JenisPencairan | str | None) -> CaraSpj:
    if jenis is not None and JenisPencairan(jenis) == JenisPencairan.LS:
        return CaraSpj.LS_GAJI if kode_rekening.startswith(GAJI + '.') else CaraSpj.LS_BARANG_JASA
    return CaraSpj.UP_GU_TU


async def spj_lines(tahun: int, bulan: int) -> list[SpjLine]:
    """One line per kode rekening of the year's Anggaran, and per other rekening belanja paid from
    (its anggaran 0), in the order of the codes."""
    lines: dict[str, SpjLine] = {}
    for row in await Anggaran.filter(tahun=tahun, deleted_at__isnull=True).order_by('kode_rekening', 'id'):
        line = lines.setdefault(row.kode_rekening, SpjLine(row.kode_rekening, row.uraian, ZERO))
        line.anggaran += row.pagu_in_force() or ZERO
    first, last = month_bounds(tahun, bulan)
    paid = BukuKasUmum.filter(tanggal__gte=date(tahun, 1, 1), tanggal__lte=last, deleted_at__isnull=True,
                              pengeluaran__gt=0, kode_rekening__startswith='5.')
    sums: dict[tuple[str, CaraSpj, bool], Decimal] = defaultdict(lambda: ZERO)
    for entry in await paid.values('kode_rekening', 'tanggal', 'pengeluaran', 'pencairan__jenis'):
        cara = cara_of(entry['kode_rekening'], entry['pencairan__jenis'])
        sums[entry['kode_rekening'], cara, entry['tanggal'] >= first] += Decimal(entry['pengeluaran'])
    for (kode, cara, this_month), value in sums.items():
        line = lines.setdefault(kode, SpjLine(kode, '', ZERO))
        (line.ini if this_month else line.lalu)[cara] += value
    return [lines[kode] for kode in sorted(lines)]


def spj_total(lines: list[SpjLine]) -> SpjLine:
    total = SpjLine('', '', sum((line.anggaran for line in lines), ZERO))
    for line in lines:
        for cara in CaraSpj:
            total.lalu[cara] += line.lalu[cara]
            total.ini[cara] += line.ini[cara]
    return total
