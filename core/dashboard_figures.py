"""The figures of the home page and the process pages, counted from what the viewer may see
(core.visible_rows): rows and overdue rows per table, surat per month, layanan per status, the
serapan anggaran per program, this triwulan's IKM, and the kepegawaian reminders (gaji berkala,
pangkat, pensiun).

What each role asks of the home page (issue #18): the Camat and Sekcam, the overdue and open items
per section and process; a Kepala or Staf, their own section's open items; an Operator Desa, their
desa's rows. Each of these counts is a GridCount: the grid's state filter (Keadaan, models.table.STATE_FILTER:
'terbuka' or 'lewat_batas', the rows of the table's own open_filter or overdue_filter), counted by the
grid's own query (core.listing.count_rows), so the number on the home page is the number of rows its
link opens, by construction, for every table whose model says what is open or overdue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from core import ikm
from core.access import Action, Actor, can
from core.keuangan_books import anggaran_kas_gaps
from core.listing import ListQuery, count_rows, grid_link
from core.visible_rows import visible_rows
from models.kepegawaian import NIP_LAYOUT_STATUSES, Pegawai, add_years
from models.keuangan import Anggaran
from models.perencanaan import ProgramKegiatan
from models.process_map import PROCESS_BY_CODE, PROCESSES, Process, Section
from models.table import STATE_FILTER, TABLES, Keadaan, TableSpec


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


@dataclass(frozen=True)
class GridCount:
    """How many rows a grid shows for these filters, and the link that opens it so."""
    spec: TableSpec
    count: int
    filters: dict[str, Any]

    @property
    def link(self) -> str:
        return grid_link(self.spec, self.filters)


async def grid_count(actor: Actor, spec: TableSpec, filters: dict[str, Any]) -> GridCount:
    return GridCount(spec, await count_rows(spec, actor, ListQuery(filters=filters)), filters)


@dataclass(frozen=True)
class TableWork:
    """One table's open items and, when it keeps a deadline, its overdue ones."""
    spec: TableSpec
    process: Process
    open: GridCount | None
    overdue: GridCount | None

    @property
    def section(self) -> Section | None:
        return self.spec.owner_section

    @property
    def late(self) -> int:
        return self.overdue.count if self.overdue else 0


async def state_count(actor: Actor, spec: TableSpec, state: Keadaan) -> GridCount | None:
    """The rows in a state (the grid's Keadaan filter), None when the table has no such state."""
    return await grid_count(actor, spec, {STATE_FILTER: state.value}) if state in spec.states() else None


def tables_with(actor: Actor, state: Keadaan) -> list[TableSpec]:
    """The tables of a process that have this state and that the actor may see, in the map's order."""
    return _in_map_order([spec for spec in TABLES.values()
                          if spec.process and state in spec.states() and can(actor, Action.LIHAT, spec)])


async def table_work(actor: Actor, spec: TableSpec) -> TableWork:
    return TableWork(spec, PROCESS_BY_CODE[spec.process], await state_count(actor, spec, Keadaan.TERBUKA),
                     await state_count(actor, spec, Keadaan.LEWAT_BATAS))


def _in_map_order(specs: list[TableSpec]) -> list[TableSpec]:
    order = {p.code: i for i, p in enumerate(PROCESSES)}
    return sorted(specs, key=lambda s: (order.get(s.process, len(order)), list(TABLES).index(s.name)))


async def overdue_per_section(actor: Actor) -> list[TableWork]:
    """The Camat's question: per table with a deadline (an overdue_filter) that the viewer may see, its
    overdue and open items, by section (in the order of the Peta Relasi) and then by process. Overdue
    is the models' own clock (models.clock.office_today())."""
    sections = list(Section)
    rows = [await table_work(actor, spec) for spec in tables_with(actor, Keadaan.LEWAT_BATAS)]
    return sorted(rows, key=lambda w: sections.index(w.section) if w.section else len(sections))


async def section_workload(actor: Actor, section: Section) -> list[TableWork]:
    """A Kepala's (or Staf's) question: the open items of their section's tables (those with an
    open_filter), the tables with the most overdue items first, then the most open ones."""
    work = [await table_work(actor, spec) for spec in tables_with(actor, Keadaan.TERBUKA)
            if spec.owner_section == section]
    return sorted(work, key=lambda w: (-w.late, -(w.open.count if w.open else 0)))


@dataclass(frozen=True)
class DesaCount:
    """One table's rows for an Operator Desa: all their desa's, and the open ones."""
    spec: TableSpec
    process: Process
    total: GridCount
    open: GridCount | None


async def desa_counts(actor: Actor) -> list[DesaCount]:
    """An Operator Desa's question: per table of a process the desa takes part in, their desa's rows
    (the row scope keeps every other desa out) and of them the open ones, in the map's order."""
    specs = [s for s in TABLES.values() if s.process and s.desa_field and can(actor, Action.LIHAT, s)]
    found = []
    for spec in _in_map_order(specs):
        found.append(DesaCount(spec, PROCESS_BY_CODE[spec.process], await grid_count(actor, spec, {}),
                               await state_count(actor, spec, Keadaan.TERBUKA)))
    return found


@dataclass(frozen=True)
class SerapanProgram:
    """The pagu and realisasi of one program's anggaran in a year, and its sub kegiatan (the grid's filter)."""
    kode: str
    nama: str
    pagu: Decimal
    realisasi: Decimal
    tahun: int
    sub_kegiatan: tuple[int, ...]

    @property
    def persen(self) -> Decimal:
        return (self.realisasi / self.pagu * 100).quantize(Decimal('0.01')) if self.pagu else Decimal(0)

    @property
    def filters(self) -> dict[str, Any]:
        return {'sub_kegiatan': list(self.sub_kegiatan), 'tahun': (self.tahun, self.tahun)}


async def serapan_per_program(actor: Actor, year: int) -> list[SerapanProgram]:
    """The anggaran of a year per program (the first three parts of its sub kegiatan's kode,
    Permendagri 90/2019), named as the year's Program dan Kegiatan names it, in kode order; empty
    when the viewer may not see Anggaran or the year has none."""
    spec = TABLES['anggaran']
    if not can(actor, Action.LIHAT, spec):
        return []
    rows = await visible_rows(actor, spec, tahun=year).values('sub_kegiatan_id', 'sub_kegiatan__kode', 'pagu',
                                                              'realisasi')
    per_program: dict[str, list] = {}
    for row in rows:
        kode = '.'.join((row['sub_kegiatan__kode'] or '').split('.')[:3])
        totals = per_program.setdefault(kode, [Decimal(0), Decimal(0), set()])
        totals[0] += Decimal(row['pagu'] or 0)
        totals[1] += Decimal(row['realisasi'] or 0)
        totals[2].add(row['sub_kegiatan_id'])
    names = dict(await ProgramKegiatan.filter(tahun=year, kode__in=list(per_program), deleted_at__isnull=True)
                 .values_list('kode', 'nama')) if per_program else {}
    return [SerapanProgram(kode, names.get(kode) or kode, pagu, realisasi, year, tuple(sorted(ids)))
            for kode, (pagu, realisasi, ids) in sorted(per_program.items())]


def triwulan_of(day: date) -> ikm.Periode:
    return ikm.Periode(day.year, triwulan=(day.month - 1) // 3 + 1)


def triwulan_before(periode: ikm.Periode) -> ikm.Periode:
    if periode.triwulan == 1:
        return ikm.Periode(periode.tahun - 1, triwulan=4)
    return ikm.Periode(periode.tahun, triwulan=periode.triwulan - 1)


@dataclass(frozen=True)
class IkmTriwulan:
    """This triwulan's IKM (PermenPAN-RB 14/2017, core.ikm) and the one before, to say the change."""
    periode: ikm.Periode
    hasil: ikm.Hasil | None
    sebelumnya: ikm.Periode
    hasil_sebelumnya: ikm.Hasil | None

    @property
    def selisih(self) -> Decimal | None:
        """This triwulan's value less the last one's (both rounded to 2 decimals, as shown)."""
        if self.hasil is None or self.hasil_sebelumnya is None:
            return None
        return self.hasil.ikm - self.hasil_sebelumnya.ikm


async def ikm_triwulan(actor: Actor, today: date) -> IkmTriwulan | None:
    """The IKM of the triwulan of `today` and of the one before it (over every layanan); None for
    a viewer who may not see the SKM answers."""
    if not can(actor, Action.LIHAT, TABLES['skm_responden']):
        return None
    periode = triwulan_of(today)
    before = triwulan_before(periode)
    return IkmTriwulan(periode, (await ikm.laporan(periode)).total, before, (await ikm.laporan(before)).total)


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


async def anggaran_kas_kurang(actor: Actor, tahun: int) -> list[str]:
    """The rekening of the year whose anggaran kas does not yet come to the pagu in force, each as a
    message (core.keuangan_books.anggaran_kas_gaps); empty for a viewer who may not see Anggaran."""
    if not can(actor, Action.LIHAT, Anggaran.panel):
        return []
    return await anggaran_kas_gaps(tahun)
