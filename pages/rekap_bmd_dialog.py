"""The grids' 'Rekap BMD' (issue #14): the Rekapitulasi Buku Inventaris BMD of a semester or a year
(exports/bmd_reports.export_rekap), offered on the KIB A–F grids and the Mutasi Barang grid beside
the other reports, through the period dialog of pages/period_reports.py.

The rekap counts every KIB, so it is offered only to whoever may export this table and every KIB;
export_rekap asks the role matrix again on the server.
"""
from __future__ import annotations

from typing import Any

from core.access import Actor, Action, can
from exports.bmd_reports import export_rekap
from exports.report_export import KIB_CARDS
from locales import t
from models.table import TABLES
from pages.period_reports import Choice, PeriodReport

REKAP_GRIDS = (*KIB_CARDS, 'mutasi_barang')
SETAHUN = 0   # the Periode choice for the whole year; 1 and 2 are the semesters


def may_rekap(actor: Actor, table: str) -> bool:
    """Whether the action belongs on this grid for this person: ekspor on it and on every KIB."""
    return table in REKAP_GRIDS and all(can(actor, Action.EKSPOR, TABLES[name]) for name in (table, *KIB_CARDS))


def period_options() -> dict[int, str]:
    return {1: t('grid.rekap_bmd.semester_1'), 2: t('grid.rekap_bmd.semester_2'), SETAHUN: t('grid.rekap_bmd.setahun')}


async def make_rekap(actor: Actor, tahun: int, periode: int):
    return await export_rekap(actor, tahun, periode or None)


def made(tahun: int, chosen: dict[str, Any], _rows: int) -> str:
    return t('grid.rekap_bmd.selesai', periode=period_options()[chosen['periode']], tahun=tahun)


def words() -> dict[str, str]:
    return {'menu': t('grid.rekap_bmd.menu'), 'keterangan': t('grid.rekap_bmd.keterangan'),
            'judul': t('grid.rekap_bmd.judul'), 'penjelasan': t('grid.rekap_bmd.penjelasan'),
            'tahun': t('grid.rekap_bmd.tahun'), 'periode': t('grid.rekap_bmd.periode'), 'buat': t('grid.rekap_bmd.buat')}


REKAP_BMD = PeriodReport(
    key='rekap', marker='rekap-bmd', words=words, icon='summarize', first_year=1900, years_ahead=1,
    may=may_rekap, make=make_rekap, done=made,
    choices=(Choice('periode', period_options, lambda today: 1 if today.month <= 6 else 2, radio=True),))
