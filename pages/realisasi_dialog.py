"""The Anggaran grid's reports of the budget spent (issue #15, exports/realisasi_reports.py), through the
period dialog of pages/period_reports.py: *Laporan Realisasi* per sub kegiatan up to the end of a month,
and *Laporan Semester I* with the prognosis of the six months after it.

Offered only to whoever may export the Anggaran; the exports ask the role matrix again on the server.
"""
from __future__ import annotations

from typing import Any

from core.access import Action, Actor, can
from exports.realisasi_reports import export_realisasi, export_semester
from forms import indonesian
from locales import t
from models.keuangan import Anggaran, month_name
from pages.keuangan_books_dialog import BULAN
from pages.period_reports import PeriodReport


def may_report(actor: Actor, table: str) -> bool:
    return table == Anggaran.panel.name and can(actor, Action.EKSPOR, Anggaran.panel)


def words_of(kind: str):
    def words() -> dict[str, str]:
        return {key: t(f'keuangan.realisasi.dialog.{kind}.{key}')
                for key in ('menu', 'keterangan', 'judul', 'penjelasan')} | \
            {'tahun': t('keuangan.cetak.tahun'), 'bulan': t('keuangan.realisasi.dialog.bulan'),
             'buat': t('keuangan.cetak.buat')}
    return words


def made_realisasi(tahun: int, chosen: dict[str, Any], rows: int) -> str:
    return t('keuangan.realisasi.dialog.sub_kegiatan.selesai', bulan=month_name(chosen['bulan']), tahun=tahun,
             n=indonesian.format_number(rows))


def made_semester(tahun: int, _chosen: dict[str, Any], rows: int) -> str:
    return t('keuangan.realisasi.dialog.semester.selesai', tahun=tahun, n=indonesian.format_number(rows))


LAPORAN_REALISASI = PeriodReport(
    key='realisasi', marker='laporan-realisasi', words=words_of('sub_kegiatan'), icon='query_stats',
    first_year=2000, years_ahead=1, may=may_report, make=export_realisasi, done=made_realisasi,
    choices=(BULAN,))

LAPORAN_SEMESTER = PeriodReport(
    key='semester', marker='laporan-semester', words=words_of('semester'), icon='event_note',
    first_year=2000, years_ahead=1, may=may_report, make=export_semester, done=made_semester)
