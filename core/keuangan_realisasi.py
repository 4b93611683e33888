"""How much of the kecamatan's budget was spent, per program, kegiatan, sub kegiatan and rekening
belanja (models/keuangan.py Anggaran, its RealisasiAnggaran payments; the names of the program and
kegiatan from models/perencanaan.py ProgramKegiatan): the lines of the two printed reports of the
budget, exports/realisasi_reports.py.

Each rekening's line holds its pagu in the DPA (`pagu`), the pagu in force (`pagu_berlaku`: the
DPPA's once the APBD is changed) and what was paid from it up to a day (`realisasi`); every group above
it holds the sums of the lines under it. Nothing here is stored: a payment added, edited or deleted
shows in the next report.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.keuangan import Anggaran, RealisasiAnggaran
from models.perencanaan import Level, ProgramKegiatan, induk_of, percent
from models.reference import code_order

ZERO = Decimal(0)


@dataclass(frozen=True)
class RealisasiLine:
    """One line of the report: a program, kegiatan or sub kegiatan (level) with its sums, or a
    rekening belanja (level None)."""
    level: Level | None
    kode: str
    uraian: str
    pagu: Decimal
    pagu_berlaku: Decimal
    realisasi: Decimal

    @property
    def perubahan(self) -> Decimal:
        """Bertambah/(berkurang) in the DPPA; 0 while there is none."""
        return self.pagu_berlaku - self.pagu

    @property
    def sisa(self) -> Decimal:
        return self.pagu_berlaku - self.realisasi

    @property
    def persen(self) -> Decimal | None:
        return percent(self.realisasi, self.pagu_berlaku)


def _total(level: Level, kode: str, uraian: str, lines: list[RealisasiLine]) -> RealisasiLine:
    rekening = [line for line in lines if line.level is None]
    return RealisasiLine(level, kode, uraian, sum((r.pagu for r in rekening), ZERO),
                         sum((r.pagu_berlaku for r in rekening), ZERO), sum((r.realisasi for r in rekening), ZERO))


async def realisasi_lines(tahun: int, sampai: date) -> list[RealisasiLine]:
    """The year's budget in the order of its codes: each program, then each of its kegiatan, each of
    their sub kegiatan, and that sub kegiatan's rekening; realisasi counts the payments dated up to
    and including `sampai`. A program or kegiatan missing from Program dan Kegiatan is named by its
    code alone."""
    anggaran = await Anggaran.filter(tahun=tahun, deleted_at__isnull=True).order_by('kode_rekening', 'id')
    paid: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for row in await RealisasiAnggaran.filter(anggaran__tahun=tahun, anggaran__deleted_at__isnull=True,
                                              tanggal__lte=sampai, deleted_at__isnull=True) \
            .values('anggaran_id', 'nilai'):
        paid[row['anggaran_id']] += Decimal(row['nilai'])
    subs = {row.id: row for row in await ProgramKegiatan.filter(id__in={a.sub_kegiatan_id for a in anggaran})}
    names = dict(await ProgramKegiatan.filter(tahun=tahun).values_list('kode', 'nama'))
    per_sub: dict[str, list[RealisasiLine]] = defaultdict(list)
    for row in anggaran:
        pagu = Decimal(row.pagu or 0)
        berlaku = row.pagu_in_force()
        per_sub[subs[row.sub_kegiatan_id].kode].append(
            RealisasiLine(None, row.kode_rekening, row.uraian, pagu, ZERO if berlaku is None else berlaku,
                          paid[row.id]))
    sub_names = {sub.kode: sub.nama for sub in subs.values()}
    tree: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for kode in sorted(per_sub, key=code_order):
        kegiatan = induk_of(kode) or kode
        tree[induk_of(kegiatan) or kegiatan][kegiatan].append(kode)
    lines: list[RealisasiLine] = []
    for program in sorted(tree, key=code_order):
        program_lines: list[RealisasiLine] = []
        for kegiatan in sorted(tree[program], key=code_order):
            kegiatan_lines: list[RealisasiLine] = []
            for sub in tree[program][kegiatan]:
                kegiatan_lines += [_total(Level.SUB_KEGIATAN, sub, sub_names.get(sub, ''), per_sub[sub]),
                                   *per_sub[sub]]
            program_lines += [_total(Level.KEGIATAN, kegiatan, names.get(kegiatan, ''), kegiatan_lines),
                              *kegiatan_lines]
        lines += [_total(Level.PROGRAM, program, names.get(program, ''), program_lines), *program_lines]
    return lines


def grand_total(lines: list[RealisasiLine]) -> RealisasiLine:
    """The sums of every rekening: the report's Jumlah."""
    return _total(Level.PROGRAM, '', '', lines)
