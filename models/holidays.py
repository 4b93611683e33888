"""The office's holiday calendar behind every working-day deadline (models/workdays.py).

Sources, seeded by core.seed from core/seed_data/hari_libur.json:
- 2025: Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun
  2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (17 libur nasional, 10 cuti bersama), changed by
  Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (cuti bersama 18 Agustus 2025).
- 2026: Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (17 libur nasional, 8 cuti
  bersama).
- 2027: Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 (15 September 2026; 18 libur
  nasional, Isra Mikraj falling twice, and 8 cuti bersama). Its text was not read here: the dates are
  those of the SKB as two public calendars copy it from setneg.go.id and kemenkopmk.go.id, and they
  agree on all 26 days and on 2025 and 2026 with the seed (docs/design.md, "Buku Persuratan dan Hari
  Libur"). Idulfitri and Iduladha 1448 H may still be moved by a Keputusan Menteri Agama: the
  administrator edits the row, and the open deadlines move.
An upgrade that brings a new year adds only the missing dates and moves the open deadlines
(core.seed.seed_hari_libur).
Cuti bersama counts as a day off for the office: ASN take it (it is deducted from cuti tahunan).
A *libur daerah* is a day off set by the Bupati for the kabupaten only.

A written Hari Libur row reloads the calendar and moves the deadlines of the open items that the
panel computed from it, so a new SKB changes what is due when.
"""
from __future__ import annotations

from datetime import date
from enum import Enum

from tortoise import fields

from locales import t
from models import workdays
from models.base import RecordModel, key_taken
from models.process_map import Section
from models.table import SAME_AS_LABEL, table


class JenisLibur(str, Enum):
    LIBUR_NASIONAL = 'Libur Nasional'
    CUTI_BERSAMA = 'Cuti Bersama'
    LIBUR_DAERAH = 'Libur Daerah'


@table(label='Hari Libur', owner=Section.UMUM,
       columns=('tanggal', 'nama', 'jenis', 'dasar'), search=('nama', 'dasar'), filters=('tanggal', 'jenis'),
       ordering=('-tanggal',), row_label='{tanggal} {nama}', natural_key=('tanggal',))
class HariLibur(RecordModel):
    """A national holiday, a cuti bersama or a libur daerah, with the decision it comes from."""

    tanggal = fields.DateField(db_index=True, description='Tanggal')
    nama = fields.CharField(max_length=150, description='Keterangan Hari Libur')
    jenis = fields.CharEnumField(JenisLibur, max_length=20, default=JenisLibur.LIBUR_NASIONAL, description='Jenis')
    dasar = fields.CharField(max_length=255, null=True, description='Dasar Penetapan')

    class Meta:
        table = 'hari_libur'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors = {}
        if self.tanggal and await key_taken(self, 'tanggal', include_deleted=False):
            errors['tanggal'] = t('persuratan.hari_libur.tanggal_dipakai')
        if self.jenis and JenisLibur(self.jenis) != JenisLibur.LIBUR_DAERAH and not (self.dasar or '').strip():
            errors['dasar'] = t('persuratan.hari_libur.dasar_wajib', jenis=JenisLibur(self.jenis).value)
        return errors

    async def after_write(self) -> None:
        before = await load_holidays()
        if before != workdays.holidays():
            await move_open_deadlines(before)


async def load_holidays() -> frozenset[date]:
    """Read the calendar from the database into models.workdays; returns the calendar before."""
    days = await HariLibur.filter(deleted_at__isnull=True).values_list('tanggal', flat=True)
    return workdays.set_holidays(days)


async def move_open_deadlines(before: frozenset[date]) -> int:
    """Recompute the deadlines every table derived with the calendar `before` (each table's
    RecordModel.move_deadlines says which of its rows are open and which deadlines are derived).
    Returns how many rows moved."""
    from models.table import TABLES

    moved = 0
    for spec in TABLES.values():
        moved += await spec.model.move_deadlines(before)
    return moved


async def refresh_all_clocks() -> int:
    """Every table's state that changes with the days (RecordModel.refresh_clocks); returns the rows changed."""
    from models.table import TABLES

    changed = 0
    for spec in TABLES.values():
        changed += await spec.model.refresh_clocks()
    return changed
