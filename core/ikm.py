"""Indeks Kepuasan Masyarakat (IKM) from the SKM answers, per PermenPAN-RB 14/2017 (docs/design.md §IKM).

The method, step by step (Lampiran, "Pengolahan Data Survei"):
- every answer is a score 1 (tidak baik) … 4 (sangat baik);
- NRR per unsur (nilai rata-rata) = sum of the scores of that unsur / number of answers to it;
- NRR tertimbang per unsur = NRR × 1/9: the regulation's weight is 1/(number of unsur). Some
  spreadsheets type 0,111 instead, which gives a different IKM (e.g. 88,25 instead of 88,33, and
  a B instead of an A); the weight here is the exact fraction;
- IKM unit pelayanan = sum of the NRR tertimbang (1 … 4), converted to 25 … 100 by × 25;
- mutu and kinerja by the regulation's intervals of the converted value.

Arithmetic is exact (`fractions.Fraction` over the integer sums from the database). Only the final
value is rounded, once, to 2 decimals, half up (0,005 → 0,01) as Excel's ROUND does; the mutu is
read from that rounded value, the way the regulation's table is read. The unsur are keyed by their
answer field (u1 … u9), never by position, because some offices swap unsur 8 and 9.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Mapping

from tortoise.functions import Count, Sum

from locales import t
from models.clock import office_today
from models.pelayanan import UNSUR_IKM, JenisLayanan, SkmResponden

UNSUR: dict[str, str] = UNSUR_IKM          # code (answer field) -> name
BOBOT = Fraction(1, len(UNSUR))           # the weight of each unsur: exactly 1/9
KONVERSI = 25                             # IKM unit (1–4) × 25 = IKM (25–100)
NILAI_MIN, NILAI_MAX = 1, 4               # the scores of an answer


@dataclass(frozen=True)
class Mutu:
    """Mutu pelayanan and kinerja unit pelayanan (PermenPAN-RB 14/2017, Lampiran, table of intervals)."""
    huruf: str      # A … D

    @property
    def kinerja(self) -> str:
        """Sangat Baik … Tidak Baik."""
        return t(f'ikm.kinerja.{self.huruf.lower()}')

    def __str__(self) -> str:
        return f'{self.huruf} ({self.kinerja})'


# The lowest converted value of each mutu, best first. Below 65,00 is D.
MUTU_BATAS: tuple[tuple[Decimal, Mutu], ...] = (
    (Decimal('88.31'), Mutu('A')),
    (Decimal('76.61'), Mutu('B')),
    (Decimal('65.00'), Mutu('C')),
)
MUTU_D = Mutu('D')
SEMUA_MUTU = (*(m for _, m in MUTU_BATAS), MUTU_D)


def round_half_up(value: Fraction | int, places: int = 2) -> Decimal:
    """`value` rounded to `places` decimals, half away from zero, computed exactly (no float, no
    intermediate rounding): Fraction(88305, 1000) → Decimal('88.31')."""
    value = Fraction(value)
    scaled = abs(value) * 10 ** places
    units = math.floor(scaled + Fraction(1, 2))
    result = Decimal(units).scaleb(-places)
    return -result if value < 0 else result


def mutu_of(nilai: Decimal | Fraction | int | float | str) -> Mutu:
    """The mutu of a converted value (25–100). A value with more than 2 decimals is rounded first,
    since the regulation's intervals are written with 2 (88,305 → 88,31 → A)."""
    nilai = round_half_up(Fraction(str(nilai)) if isinstance(nilai, float) else Fraction(nilai))
    for batas, mutu in MUTU_BATAS:
        if nilai >= batas:
            return mutu
    return MUTU_D


@dataclass(frozen=True)
class Tally:
    """What the database gives for a group of respondents: how many, and per unsur the sum of
    the scores and the number of answers."""
    responden: int = 0
    jumlah: Mapping[str, int] = field(default_factory=dict)    # sum of the scores per unsur
    dijawab: Mapping[str, int] = field(default_factory=dict)   # answers per unsur

    @classmethod
    def of_answers(cls, answers: list[Mapping[str, int]]) -> Tally:
        """From questionnaires given as {'u1': 4, 'u2': 3, …} (a missing or None answer is not counted)."""
        jumlah = {code: sum(a[code] for a in answers if a.get(code) is not None) for code in UNSUR}
        dijawab = {code: sum(1 for a in answers if a.get(code) is not None) for code in UNSUR}
        return cls(len(answers), jumlah, dijawab)

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.responden + other.responden,
                     {c: self.jumlah.get(c, 0) + other.jumlah.get(c, 0) for c in UNSUR},
                     {c: self.dijawab.get(c, 0) + other.dijawab.get(c, 0) for c in UNSUR})


def nrr(tally: Tally) -> dict[str, Fraction]:
    """NRR per unsur = sum of the scores / number of answers, exact. An unsur nobody answered is left out."""
    return {code: Fraction(tally.jumlah[code], tally.dijawab[code]) for code in UNSUR if tally.dijawab.get(code)}


def ikm_unit(nrr_per_unsur: Mapping[str, Fraction]) -> Fraction:
    """IKM unit pelayanan = Σ (NRR × 1/9) over the 9 unsur, exact (1 … 4)."""
    missing = [code for code in UNSUR if code not in nrr_per_unsur]
    if missing:
        raise ValueError(f'IKM needs an NRR for every unsur; missing {missing}')
    return sum((Fraction(nrr_per_unsur[code]) * BOBOT for code in UNSUR), Fraction(0))


def ikm_value(nrr_per_unsur: Mapping[str, Fraction]) -> Decimal:
    """IKM (25–100) = IKM unit × 25, rounded once to 2 decimals, half up."""
    return round_half_up(ikm_unit(nrr_per_unsur) * KONVERSI)


@dataclass(frozen=True)
class Hasil:
    """The IKM of one group of respondents (a period, a layanan, or both)."""
    tally: Tally
    nrr: dict[str, Fraction]     # exact
    ikm: Decimal                 # 25–100, 2 decimals
    mutu: Mutu

    @property
    def responden(self) -> int:
        return self.tally.responden

    def nrr_tertimbang(self, code: str) -> Fraction:
        return self.nrr[code] * BOBOT

    def nilai_unsur(self, code: str) -> Decimal:
        """The unsur's own converted value (NRR × 25, 2 decimals), to read its mutu."""
        return round_half_up(self.nrr[code] * KONVERSI)

    def mutu_unsur(self, code: str) -> Mutu:
        return mutu_of(self.nilai_unsur(code))


def hitung(tally: Tally) -> Hasil | None:
    """The IKM of these answers, or None when no respondent answered every unsur."""
    values = nrr(tally)
    if tally.responden == 0 or len(values) != len(UNSUR):
        return None
    nilai = ikm_value(values)
    return Hasil(tally, values, nilai, mutu_of(nilai))


# --------------------------------------------------------------------------- periods

ROMAWI = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}


@dataclass(frozen=True)
class Periode:
    """A year, or one of its semesters (1–2) or triwulan (1–4)."""
    tahun: int
    semester: int | None = None
    triwulan: int | None = None

    def __post_init__(self) -> None:
        if self.semester is not None and self.triwulan is not None:
            raise ValueError('choose a semester or a triwulan, not both')
        if self.semester not in (None, 1, 2) or self.triwulan not in (None, 1, 2, 3, 4):
            raise ValueError('semester is 1–2, triwulan 1–4')

    @property
    def bulan(self) -> tuple[int, int]:
        """First and last month."""
        if self.semester:
            return (1, 6) if self.semester == 1 else (7, 12)
        if self.triwulan:
            return 3 * self.triwulan - 2, 3 * self.triwulan
        return 1, 12

    @property
    def awal(self) -> date:
        return date(self.tahun, self.bulan[0], 1)

    @property
    def akhir(self) -> date:
        last = self.bulan[1]
        return date(self.tahun, 12, 31) if last == 12 else date(self.tahun, last + 1, 1) - timedelta(days=1)

    @property
    def label(self) -> str:
        if self.semester:
            return t('ikm.periode.semester', semester=ROMAWI[self.semester], tahun=self.tahun)
        if self.triwulan:
            return t('ikm.periode.triwulan', triwulan=ROMAWI[self.triwulan], tahun=self.tahun)
        return t('ikm.periode.tahun', tahun=self.tahun)

    @property
    def kunci(self) -> str:
        """The key of the period selector: 'tahun', 's1', 's2', 't1' … 't4'."""
        if self.semester:
            return f's{self.semester}'
        if self.triwulan:
            return f't{self.triwulan}'
        return 'tahun'

    @classmethod
    def dari_kunci(cls, tahun: int, kunci: str) -> Periode:
        if kunci in ('s1', 's2'):
            return cls(tahun, semester=int(kunci[1]))
        if kunci in ('t1', 't2', 't3', 't4'):
            return cls(tahun, triwulan=int(kunci[1]))
        return cls(tahun)


KUNCI_PERIODE = ('tahun', 's1', 's2', 't1', 't2', 't3', 't4')


def pilihan_periode() -> dict[str, str]:
    """The options of the period selector: key -> what it reads ('Triwulan I (Jan–Mar)')."""
    return {kunci: t(f'ikm.pilihan_periode.{kunci}') for kunci in KUNCI_PERIODE}


# --------------------------------------------------------------------------- from the database

def _responden(periode: Periode, layanan_id: int | None = None):
    query = SkmResponden.filter(deleted_at__isnull=True, tanggal__gte=periode.awal, tanggal__lte=periode.akhir)
    return query.filter(layanan_id=layanan_id) if layanan_id is not None else query


async def tally_per_layanan(periode: Periode, layanan_id: int | None = None) -> dict[int, Tally]:
    """The tallies of a period, per layanan id, summed by the database (exact integers)."""
    aggregates = {'n': Count('id')}
    for code in UNSUR:
        aggregates[f'jumlah_{code}'] = Sum(code)
        aggregates[f'dijawab_{code}'] = Count(code)
    rows = await _responden(periode, layanan_id).annotate(**aggregates).group_by('layanan_id') \
        .values('layanan_id', *aggregates)
    return {row['layanan_id']: Tally(int(row['n']),
                                     {c: int(row[f'jumlah_{c}'] or 0) for c in UNSUR},
                                     {c: int(row[f'dijawab_{c}'] or 0) for c in UNSUR})
            for row in rows}


@dataclass(frozen=True)
class HasilLayanan:
    layanan_id: int
    nama: str
    hasil: Hasil


@dataclass(frozen=True)
class LaporanIkm:
    """The IKM of a period: over every layanan (or the chosen one), and per layanan."""
    periode: Periode
    layanan_id: int | None
    total: Hasil | None
    per_layanan: list[HasilLayanan]


async def laporan(periode: Periode, layanan_id: int | None = None) -> LaporanIkm:
    """Everything the IKM page shows for one period (and optionally one layanan)."""
    tallies = await tally_per_layanan(periode, layanan_id)
    names = dict(await JenisLayanan.filter(id__in=list(tallies)).values_list('id', 'nama')) if tallies else {}
    per_layanan = [HasilLayanan(lid, names.get(lid) or t('ikm.layanan_tanpa_nama', nomor=lid), hasil)
                   for lid, tally in tallies.items() if (hasil := hitung(tally)) is not None]
    per_layanan.sort(key=lambda item: item.nama.casefold())
    total = hitung(sum(tallies.values(), Tally())) if tallies else None
    return LaporanIkm(periode, layanan_id, total, per_layanan)


async def tren_triwulan(tahun: int, layanan_id: int | None = None) -> list[tuple[Periode, Hasil | None]]:
    """The IKM of each triwulan of a year (None for a triwulan without respondents)."""
    trend = []
    for triwulan in (1, 2, 3, 4):
        periode = Periode(tahun, triwulan=triwulan)
        tallies = await tally_per_layanan(periode, layanan_id)
        trend.append((periode, hitung(sum(tallies.values(), Tally())) if tallies else None))
    return trend


async def tahun_survei() -> list[int]:
    """The years that have SKM respondents, newest first (this year when there are none)."""
    first = await SkmResponden.filter(deleted_at__isnull=True).order_by('tanggal').first() \
        .values_list('tanggal', flat=True)
    last = await SkmResponden.filter(deleted_at__isnull=True).order_by('-tanggal').first() \
        .values_list('tanggal', flat=True)
    if first is None or last is None:
        return [office_today().year]
    return list(range(last.year, first.year - 1, -1))


async def pilihan_layanan() -> dict[int, str]:
    """The jenis layanan one may choose on the IKM page: their names by id, by name."""
    return dict(await JenisLayanan.filter(deleted_at__isnull=True).order_by('nama').values_list('id', 'nama'))
