"""'Untuk saya': what waits for this person or their section, most urgent first (issue #18).

Whose an item is, per table (SOURCES):

- Disposisi not yet Selesai, addressed to one of the person's jabatan. A disposisi names its
  addressee as text (`kepada_jabatan`: 'Kasi Pemerintahan', 'Sekretaris Kecamatan'), not as a role,
  so a role answers to a few names (jabatan_names): its own name ('Kepala Seksi Pemerintahan',
  'Sekretaris Kecamatan', 'Camat'), and for the Kepala of a section 'Kepala <section>' and the short
  title the office writes ('Kasi Pemerintahan', 'Kasubbag Keuangan'); for its Staf 'Staf <section>'.
  A name matches the text whole or as its first words ('Camat' matches 'Camat Candipuro'), in any case.
- Open requests and evaluations of the section that owns the table's process: PATEN requests
  (Register Layanan, Seksi Pelayanan Umum), Permintaan Data (Subbag Umum), Permohonan Data Desa and
  Evaluasi APBDes still Menunggu Evaluasi or Menunggu Penyempurnaan (Seksi Pemerintahan), for the
  Kepala and the Staf of that section.
- For an Operator Desa, who stands for the desa and its Kepala Desa: the usulan musrenbang of their
  desa still Diusulkan (waiting for the Kepala Desa's validation), and their desa's open Permohonan Data.

Everything is read through visible_rows (the row scope: an Operator Desa sees their own desa's rows
only) and only from tables the person may see (can lihat), so a right withdrawn in the matrix takes
the items with it. Complaints and SPJ have no table with a status yet; they join here when they do.

"Still open" is the table's own (its model's open_filter, the grid's Keadaan filter 'terbuka',
models.table.STATE_FILTER) wherever the two mean the same rows, so 'Untuk saya', the home page and
the grid agree; an usulan musrenbang waits for the desa only while Diusulkan, a status filter.

A deadline is the one the table keeps (an evaluasi's batas_waktu is derived with its status, so one
that became Berlaku dengan Sendirinya has left the list), counted in working days with the office's
calendar (models.workdays); a table that keeps none shows how long the item has waited.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tortoise.expressions import Q

from core import records
from core.access import Action, Actor, can
from core.listing import grid_link, row_label
from core.listing.query import filter_q
from core.records import WriteResult
from core.visible_rows import visible_rows
from forms import indonesian
from forms.indonesian import format_date
from locales import t
from models.accounts import jabatan_names, section_of
from models.choices import RoleKind
from models.musrenbang import StatusUsulan
from models.persuratan import StatusDisposisi, kepada_one_of
from models.process_map import Section
from models.table import STATE_FILTER, TABLES, Keadaan, TableSpec
from models.workdays import count_working_days

LIMIT = 100                      # items read per table; the grid's link shows the rest
STILL_OPEN = {STATE_FILTER: Keadaan.TERBUKA.value}    # the table's own open_filter, as a grid filter


@dataclass(frozen=True)
class Person:
    """An actor with what 'Untuk saya' needs to know of their role: its section and jabatan."""
    actor: Actor
    section: Section | None
    jabatan: tuple[str, ...]


async def person_of(actor: Actor) -> Person:
    section = await section_of(actor)
    names = () if actor.is_desa_operator or actor.is_admin else jabatan_names(actor.role, actor.kind, section)
    return Person(actor, section, names)


def addressed_to(names: tuple[str, ...]) -> Q | None:
    """Disposisi whose Kepada is one of these names (models.persuratan.kepada_one_of); None for none."""
    return kepada_one_of(names) if names else None


def _owner(person: Person, spec: TableSpec) -> bool:
    return person.section is not None and person.actor.kind in (RoleKind.KEPALA, RoleKind.STAF) \
        and spec.owner_section == person.section


@dataclass(frozen=True)
class Source:
    """One table's share of 'Untuk saya'. `open` are grid filters (the link to the grid carries
    them, and the list reads the same rows: core.listing.query.filter_q); `whose` gives the person's
    rows (a Q), or None when this table holds nothing for them."""
    table: str
    since: str
    whose: Callable[[Person, TableSpec], Q | None]
    open: dict[str, Any] = field(default_factory=dict)
    deadline: str | None = None
    related: tuple[str, ...] = ()

    @property
    def spec(self) -> TableSpec:
        return TABLES[self.table]

    def conditions(self) -> list[Q]:
        """The `open` filters as the grid reads them; one the grid has not is a mistake in SOURCES,
        refused rather than left out (which would list more than the link opens)."""
        found = [(name, filter_q(self.spec, name, value)) for name, value in self.open.items()]
        missing = [name for name, condition in found if condition is None]
        if missing:
            raise ValueError(f'{self.table}: no grid filter {missing}')
        return [condition for _, condition in found]

    def grid_link(self) -> str:
        """The table's grid with the filters that say 'still open'."""
        return grid_link(self.spec, self.open)


def _section_only(person: Person, spec: TableSpec) -> Q | None:
    return Q() if _owner(person, spec) else None


def _section_or_desa(person: Person, spec: TableSpec) -> Q | None:
    return Q() if _owner(person, spec) or person.actor.is_desa_operator else None


def _desa_only(person: Person, spec: TableSpec) -> Q | None:
    return Q() if person.actor.is_desa_operator else None


SOURCES: tuple[Source, ...] = (
    Source('disposisi', 'tanggal', lambda person, _: addressed_to(person.jabatan), open=STILL_OPEN,
           deadline='batas_waktu', related=('surat_masuk',)),
    Source('register_layanan', 'tanggal', _section_only, open=STILL_OPEN, deadline='batas_waktu'),
    Source('permintaan_data', 'tanggal', _section_only, open=STILL_OPEN, deadline='batas_waktu'),
    Source('permohonan_data_desa', 'tanggal', _section_or_desa, open=STILL_OPEN),
    Source('evaluasi_apbdes', 'tanggal_terima', _section_only, open=STILL_OPEN, deadline='batas_waktu'),
    Source('usulan_musrenbang', 'tahun_rencana', _desa_only, open={'status': [StatusUsulan.DIUSULKAN.value]}),
)
SOURCE_BY_TABLE = {source.table: source for source in SOURCES}


def sources_for(person: Person) -> list[tuple[Source, Any]]:
    """The tables holding something for this person, each with the query of their open rows."""
    found = []
    for source in SOURCES:
        spec = source.spec
        if not can(person.actor, Action.LIHAT, spec):
            continue
        whose = source.whose(person, spec)
        if whose is None:
            continue
        qs = visible_rows(person.actor, spec).filter(whose)
        for condition in source.conditions():
            qs = qs.filter(condition)
        found.append((source, qs))
    return found


@dataclass(frozen=True)
class Item:
    """One thing waiting: which row, what to call it, and when it is due."""
    table: str
    row_id: int
    kind: str                    # the table's label
    title: str
    status: str
    since: date | None
    deadline: date | None

    def overdue(self, on: date) -> bool:
        return self.deadline is not None and self.deadline < on

    def urgency(self) -> tuple:
        """Sort key: overdue and due first (by deadline), then those with no deadline, oldest first."""
        return (self.deadline is None, self.deadline or date.max, self.since or date.max, self.table, self.row_id)


def _after(day: date) -> date:
    return day + timedelta(days=1)


def deadline_text(item: Item, on: date | None = None) -> str:
    """'lewat 2 hari kerja', 'batas hari ini', 'sisa 3 hari kerja', or how long it has waited."""
    on = on or indonesian.today()
    if item.deadline is None:
        if item.since is None:
            return ''
        return t('untuk_saya.tenggat.masuk', n=count_working_days(_after(item.since), on)) \
            if item.since < on else t('untuk_saya.tenggat.masuk_hari_ini')
    if item.deadline < on:
        late = count_working_days(_after(item.deadline), on)
        return t('untuk_saya.tenggat.lewat', n=late, tanggal=format_date(item.deadline)) if late \
            else t('untuk_saya.tenggat.lewat_libur', tanggal=format_date(item.deadline))
    if item.deadline == on:
        return t('untuk_saya.tenggat.hari_ini')
    return t('untuk_saya.tenggat.sisa', n=count_working_days(_after(on), item.deadline),
             tanggal=format_date(item.deadline))


def _title(source: Source, row) -> str:
    if source.table == 'disposisi' and row.surat_masuk is not None:
        surat = row_label(TABLES['surat_masuk'], row.surat_masuk)
        return t('untuk_saya.judul_disposisi', surat=surat, dari=row.dari_jabatan)
    return row_label(source.spec, row)


def _item(source: Source, row) -> Item:
    since = getattr(row, source.since)
    if not isinstance(since, date):     # usulan: the tahun rencana, not a date
        since = row.created_at.date() if getattr(row, 'created_at', None) else None
    deadline = getattr(row, source.deadline) if source.deadline else None
    status = getattr(row, 'status', None)
    status = getattr(status, 'value', status) or ''
    return Item(source.table, row.id, source.spec.label, _title(source, row), status, since, deadline)


async def items_for(actor: Actor, on: date | None = None) -> list[Item]:
    """What waits for this person, most urgent first (at most LIMIT per table)."""
    on = on or indonesian.today()
    person = await person_of(actor)
    items: list[Item] = []
    for source, qs in sources_for(person):
        ordering = [f'{source.deadline}', source.since, 'id'] if source.deadline else [source.since, 'id']
        rows = await qs.select_related(*source.related).order_by(*ordering).limit(LIMIT)
        items += [_item(source, row) for row in rows]
    return sorted(items, key=Item.urgency)


async def counts_for(actor: Actor) -> dict[str, int]:
    """How many items wait per table (all of them, not only the first LIMIT)."""
    person = await person_of(actor)
    return {source.table: await qs.count() for source, qs in sources_for(person)}


async def count_for(actor: Actor) -> int:
    """The header's badge: how many items wait for this person."""
    return sum((await counts_for(actor)).values())


async def follow_up(actor: Actor, disposisi_id: int, note: str) -> WriteResult:
    """Mark a disposisi addressed to this person Ditindaklanjuti, with a note, in one step.

    The note is kept with the disposisi's Isi (a line 'Tindak lanjut dd/mm/yyyy (user): note'):
    the table has no field of its own for it, and adding one needs a migration. Written through
    records.save (the matrix's ubah, the row scope, the optimistic lock, the audit entry)."""
    note = ' '.join((note or '').split())
    if not note:
        return WriteResult({'catatan': t('untuk_saya.tindak_lanjut.isi_catatan')})
    spec = TABLES['disposisi']
    person = await person_of(actor)
    mine = addressed_to(person.jabatan)
    row = await visible_rows(actor, spec, id=disposisi_id).filter(mine).first() if mine is not None else None
    if row is None:
        return WriteResult({records.GENERAL: t('untuk_saya.tindak_lanjut.bukan_untuk_anda')})
    line = t('untuk_saya.tindak_lanjut.baris', tanggal=format_date(indonesian.today()), pengguna=actor.username,
             catatan=note)
    isi = f'{row.isi}\n{line}' if row.isi else line
    return await records.save(spec, actor, {'status': StatusDisposisi.DITINDAKLANJUTI.value, 'isi': isi},
                              row_id=row.id, version=row.version)
