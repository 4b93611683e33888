"""The figures of the home page and the process pages, counted from what the viewer may see
(core.visible_rows): rows and overdue rows per table, surat per month, layanan per status, the
serapan anggaran per sub kegiatan, and the kepegawaian reminders (gaji berkala, pangkat, pensiun)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.access import Action, Actor, can
from core.visible_rows import visible_rows
from models.kepegawaian import NIP_LAYOUT_STATUSES, Pegawai, add_years
from models.table import TableSpec


async def table_counts(actor: Actor, specs: list[TableSpec]) -> dict[str, tuple[int, int]]:
    """Rows and overdue rows per table, as this actor may see them."""
    counts = {}
    for spec in specs:
        qs = visible_rows(actor, spec)
        overdue = spec.model.overdue_filter()
        counts[spec.name] = (await qs.count(), await qs.filter(overdue).count() if overdue is not None else 0)
    return counts


async def counts_per_period(actor: Actor, spec: TableSpec, field: str, periods: list[tuple[date, date]]) -> list[int]:
    """The rows whose date `field` falls in each period (first and last day included)."""
    qs = visible_rows(actor, spec)
    return [await qs.filter(**{f'{field}__gte': a, f'{field}__lte': b}).count() for a, b in periods]


async def counts_per_choice(actor: Actor, spec: TableSpec, field: str) -> list[tuple[str, int]]:
    """The rows of each value of the choice `field`, in the choice's order."""
    qs = visible_rows(actor, spec)
    return [(choice.value, await qs.filter(**{field: choice}).count()) for choice in spec.field(field).enum_type]


async def budget_per_sub_kegiatan(actor: Actor, spec: TableSpec, year: int) -> tuple[dict[int, list[Decimal]],
                                                                                   dict[int, str]]:
    """The anggaran of a year per sub kegiatan: {id: [pagu, realisasi]}, and the sub kegiatan's
    labels (both empty when the year has no anggaran)."""
    rows = await visible_rows(actor, spec, tahun=year).values('sub_kegiatan_id', 'pagu', 'realisasi')
    if not rows:
        return {}, {}
    per_sub: dict[int, list[Decimal]] = {}
    for row in rows:
        totals = per_sub.setdefault(row['sub_kegiatan_id'], [Decimal(0), Decimal(0)])
        totals[0] += Decimal(row['pagu'] or 0)
        totals[1] += Decimal(row['realisasi'] or 0)
    from core.listing import related_labels
    return per_sub, await related_labels(spec, 'sub_kegiatan', set(per_sub))


# How far ahead the home page looks: the pension's papers take months (PP 11/2017 asks the usul
# pensiun to be made in time), a KGB or pangkat's usul a season. The office's lead times, not a rule.
PENGINGAT_BULAN = {'pensiun': 6, 'kgb': 3, 'kp': 6}


@dataclass(frozen=True)
class Pengingat:
    """One pegawai's coming career date: `jenis` is 'kgb', 'kp' or 'pensiun'."""
    jenis: str
    tanggal: date
    pegawai_id: int
    nama: str
    nip: str | None


async def pengingat_kepegawaian(actor: Actor, today: date) -> list[Pengingat]:
    """The kenaikan gaji berkala, kenaikan pangkat and batas usia pensiun of PNS/CPNS falling from
    `today` to each kind's horizon, soonest first; empty for a viewer who may not see Pegawai."""
    spec = Pegawai.panel
    if not can(actor, Action.LIHAT, spec):
        return []
    found = []
    for pegawai in await visible_rows(actor, spec, status__in=[s.value for s in NIP_LAYOUT_STATUSES]):
        dates = {'kgb': pegawai.kgb_berikutnya(today), 'kp': pegawai.kp_berikutnya(today),
                 'pensiun': pegawai.tanggal_pensiun()}
        for jenis, day in dates.items():
            if day and today <= day < add_years(today, 0, PENGINGAT_BULAN[jenis]):
                found.append(Pengingat(jenis, day, pegawai.id, pegawai.nama, pegawai.nip))
    return sorted(found, key=lambda item: (item.tanggal, item.jenis, item.nama))
