"""The Buku Kas Umum grid's 'Cetak Buku' (issue #15): one month of the Buku Kas Umum, of one of its
buku pembantu (kas tunai, bank, panjar), the buku pembantu pajak (taxes withheld and deposited per
jenis), or the SPJ fungsional, through the period dialog of pages/period_reports.py, which asks for tahun, bulan and buku.

Offered only to whoever may export the Buku Kas Umum; exports/keuangan_reports asks the role matrix
again on the server.
"""
from __future__ import annotations

from typing import Any

from core.access import Action, Actor, can
from exports.keuangan_reports import export_book, export_buku_pajak, export_spj
from locales import t
from models.keuangan import BukuPembantu, month_name
from models.table import TABLES
from pages.period_reports import Choice, PeriodReport

BOOK_GRID = 'buku_kas_umum'
BKU = 'bku'
PAJAK = 'pajak'
SPJ = 'spj'


def may_print(actor: Actor, table: str) -> bool:
    return table == BOOK_GRID and can(actor, Action.EKSPOR, TABLES[BOOK_GRID])


def book_options() -> dict[str, str]:
    """The BKU, the buku pembantu read from it, the buku pembantu pajak (read from the taxes), and the
    month's SPJ fungsional (read from the BKU and the Anggaran)."""
    kinds = {kind.value: t('keuangan.laporan.judul_pembantu', buku=kind.value).title()
             for kind in BukuPembantu if kind != BukuPembantu.PAJAK}
    return {BKU: t('keuangan.cetak.bku'), **kinds, PAJAK: t('keuangan.cetak.pajak'), SPJ: t('keuangan.cetak.spj')}


async def make_book(actor: Actor, tahun: int, bulan: int, jenis: str):
    if jenis == PAJAK:
        return await export_buku_pajak(actor, tahun, bulan)
    if jenis == SPJ:
        return await export_spj(actor, tahun, bulan)
    return await export_book(actor, tahun, bulan, None if jenis == BKU else BukuPembantu(jenis))


def made(tahun: int, chosen: dict[str, Any], _rows: int) -> str:
    return t('keuangan.cetak.selesai', buku=book_options()[chosen['jenis']], bulan=month_name(chosen['bulan']),
             tahun=tahun)


def words() -> dict[str, str]:
    return {'menu': t('keuangan.cetak.menu'), 'keterangan': t('keuangan.cetak.keterangan'),
            'judul': t('keuangan.cetak.judul'), 'tahun': t('keuangan.cetak.tahun'), 'bulan': t('keuangan.cetak.bulan'),
            'jenis': t('keuangan.cetak.buku'), 'buat': t('keuangan.cetak.buat')}


BULAN = Choice('bulan', lambda: {m: month_name(m) for m in range(1, 13)}, lambda today: today.month)   # this month first

CETAK_BUKU = PeriodReport(
    key='buku', marker='cetak-buku', words=words, icon='menu_book', first_year=2000, years_ahead=1,
    may=may_print, make=make_book, done=made,
    choices=(BULAN,
             Choice('jenis', book_options, lambda today: BKU)))
