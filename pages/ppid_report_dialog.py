"""The 'Laporan tahunan PPID' on the Permohonan Informasi Publik grid (issue #15): the laporan
tahunan layanan informasi publik of a year (exports/ppid_report.export_laporan_tahunan), through the
period dialog of pages/period_reports.py.

Offered only to whoever may export the register and see its keberatan; the export asks the role
matrix again on the server.
"""
from __future__ import annotations

from typing import Any

from core.access import Action, Actor, can
from exports.ppid_report import export_laporan_tahunan
from forms import indonesian
from locales import t
from models.ppid import KeberatanInformasi, PermohonanInformasi
from pages.period_reports import PeriodReport


def may_report(actor: Actor, table: str) -> bool:
    return table == PermohonanInformasi.panel.name and can(actor, Action.EKSPOR, PermohonanInformasi.panel) \
        and can(actor, Action.LIHAT, KeberatanInformasi.panel)


def made(tahun: int, _chosen: dict[str, Any], rows: int) -> str:
    return t('ppid.dialog.selesai', tahun=tahun, n=indonesian.format_number(rows))


def words() -> dict[str, str]:
    return {'menu': t('ppid.dialog.menu'), 'keterangan': t('ppid.dialog.keterangan'), 'judul': t('ppid.dialog.judul'),
            'penjelasan': t('ppid.dialog.penjelasan'), 'tahun': t('ppid.dialog.tahun'), 'buat': t('ppid.dialog.buat')}


LAPORAN_PPID = PeriodReport(
    key='ppid', marker='laporan-ppid', words=words, icon='summarize',
    first_year=2008, years_ahead=0,   # UU 14/2008: no register of requests before it
    may=may_report, make=export_laporan_tahunan, done=made)
