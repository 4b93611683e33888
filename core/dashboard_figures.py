"""The figures of the home page and the process pages, counted from what the viewer may see
(core.visible_rows): rows and overdue rows per table, surat per month, layanan per status, the
serapan anggaran per program, this triwulan's IKM, and the kepegawaian reminders (gaji berkala,
pangkat, pensiun).

What each role asks of the home page (issue #18): the Camat and Sekcam, the overdue and open items
per section and process; a Kepala or Staf, their own section's open items; an Operator Desa, their
desa's rows. Each of these counts is a GridCount: the grid filters that say "overdue" or "open"
(OVERDUE, OPEN), counted by the grid's own query (core.listing.count_rows), so the number on the
home page is the number of rows its link opens, by construction."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import urlencode

from core import ikm
from core.access import Action, Actor, can
from core.listing import ListQuery, count_rows, filters_to_url
from core.visible_rows import visible_rows
from models.informasi import OPEN_PERMINTAAN, StatusPermohonanDesa
from models.kepegawaian import NIP_LAYOUT_STATUSES, Pegawai, add_years
from models.musrenbang import StatusUsulan
from models.pelayanan import OPEN_STATUSES
from models.pengaduan import OPEN_PENGADUAN
from models.pemberdayaan import StatusUsulanMasyarakat
from models.pemerintahan_desa import StatusPembinaan
from models.perencanaan import ProgramKegiatan, StatusLaporan
from models.persuratan import StatusDisposisi, StatusSuratKeluar, StatusSuratMasuk
from models.process_map import PROCESS_BY_CODE, PROCESSES, Process, Section
from models.table import TABLES, TableSpec


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


def _but(statuses: type[Enum], *done: Enum) -> list[str]:
    return [s.value for s in statuses if s not in done]


def _values(statuses) -> list[str]:
    return [s.value for s in statuses]


# "Still open", per table, as grid filters on its status (a table whose open rows no grid filter can
# say, such as an Evaluasi APBDes without a hasil, is left out rather than counted differently).
OPEN: dict[str, dict[str, Any]] = {
    'surat_masuk': {'status': _but(StatusSuratMasuk, StatusSuratMasuk.SELESAI)},
    'disposisi': {'status': _but(StatusDisposisi, StatusDisposisi.SELESAI)},
    'surat_keluar': {'status': _but(StatusSuratKeluar, StatusSuratKeluar.DIKIRIM, StatusSuratKeluar.BATAL)},
    'permintaan_data': {'status': _values(OPEN_PERMINTAAN)},
    'permohonan_data_desa': {'status': _values((StatusPermohonanDesa.DITERIMA, StatusPermohonanDesa.DIPROSES))},
    'laporan': {'status': [StatusLaporan.BELUM.value]},
    'usulan_musrenbang': {'status': _values((StatusUsulan.DIUSULKAN, StatusUsulan.DIVALIDASI))},
    'register_layanan': {'status': _values(OPEN_STATUSES)},
    'pengaduan': {'status': _values(OPEN_PENGADUAN)},
    'usulan_masyarakat': {'status': _but(StatusUsulanMasyarakat, StatusUsulanMasyarakat.SELESAI)},
    'pembinaan_desa': {'status': _but(StatusPembinaan, StatusPembinaan.SELESAI)},
}


def _past(deadline: str, table: str) -> Callable[[date], dict[str, Any]]:
    """Open and with `deadline` before today (a date up to yesterday), as the grid filters it."""
    return lambda today: {**OPEN[table], deadline: (None, today - timedelta(days=1))}


# Each table's overdue_filter (models) said as grid filters; tests/test_dashboard_roles.py checks
# that both give the same rows for every table that has an overdue_filter.
OVERDUE: dict[str, Callable[[date], dict[str, Any]]] = {
    'disposisi': _past('batas_waktu', 'disposisi'),
    'permintaan_data': _past('batas_waktu', 'permintaan_data'),
    'laporan': _past('tenggat', 'laporan'),              # Belum is derived from "no tanggal kirim"
    'register_layanan': _past('batas_waktu', 'register_layanan'),
    'pengaduan': _past('batas_waktu', 'pengaduan'),
    'pembinaan_desa': _past('batas_waktu', 'pembinaan_desa'),
}


def grid_link(spec: TableSpec, filters: dict[str, Any]) -> str:
    """The table's grid opened with these filters (`/tabel/disposisi?status=Belum+Dibaca&...`)."""
    params = filters_to_url(spec, filters)
    query = urlencode([(name, value) for name, values in params.items() for value in values])
    return f'/tabel/{spec.name}' + (f'?{query}' if query else '')


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


async def table_work(actor: Actor, spec: TableSpec, today: date) -> TableWork:
    opened = await grid_count(actor, spec, OPEN[spec.name]) if spec.name in OPEN else None
    late = await grid_count(actor, spec, OVERDUE[spec.name](today)) if spec.name in OVERDUE else None
    return TableWork(spec, PROCESS_BY_CODE[spec.process], opened, late)


def _in_map_order(specs: list[TableSpec]) -> list[TableSpec]:
    order = {p.code: i for i, p in enumerate(PROCESSES)}
    return sorted(specs, key=lambda s: (order.get(s.process, len(order)), list(TABLES).index(s.name)))


async def overdue_per_section(actor: Actor, today: date) -> list[TableWork]:
    """The Camat's question: per table with a deadline that the viewer may see, its overdue and open
    items, by section (in the order of the Peta Relasi) and then by process."""
    sections = list(Section)
    specs = [TABLES[name] for name in OVERDUE if can(actor, Action.LIHAT, TABLES[name])]
    rows = [await table_work(actor, spec, today) for spec in _in_map_order(specs)]
    return sorted(rows, key=lambda w: sections.index(w.section) if w.section else len(sections))


async def section_workload(actor: Actor, section: Section, today: date) -> list[TableWork]:
    """A Kepala's (or Staf's) question: the open items of their section's tables, the tables with
    the most overdue items first, then the most open ones."""
    specs = [TABLES[name] for name in OPEN if TABLES[name].owner_section == section
             and can(actor, Action.LIHAT, TABLES[name])]
    work = [await table_work(actor, spec, today) for spec in _in_map_order(specs)]
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
        opened = await grid_count(actor, spec, OPEN[spec.name]) if spec.name in OPEN else None
        found.append(DesaCount(spec, PROCESS_BY_CODE[spec.process], await grid_count(actor, spec, {}), opened))
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
