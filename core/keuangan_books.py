"""The treasurer's books read from the Buku Kas Umum (models/keuangan.py): the saldo after each entry.

The saldo is never typed nor stored. It is computed here, on every reading, from the live entries in the
order of tanggal and then of entry (id, the nomor urut), starting from zero at the first entry of the
tahun anggaran. So an entry added, changed or deleted in the past moves every later saldo at once, with
no stored value to fall out of step; and a closed month (Tutup Buku) cannot be changed at all, so the saldo
printed for it stays what it was."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

from models.keuangan import BukuKasUmum, BukuPembantu


@dataclass(frozen=True)
class BkuLine:
    """One line of a printed book: its nomor urut within the year, the entry, and the saldo after it."""
    nomor: int
    entry_id: int
    tanggal: date
    no_bukti: str
    uraian: str
    kode_rekening: str
    buku: str
    penerimaan: Decimal
    pengeluaran: Decimal
    saldo: Decimal


def running_balance(entries: Iterable) -> list[BkuLine]:
    """The entries in book order (tanggal, id), each with the saldo after it, from zero."""
    lines, saldo = [], Decimal(0)
    for nomor, entry in enumerate(sorted(entries, key=lambda e: (e.tanggal, e.id)), start=1):
        masuk, keluar = Decimal(entry.penerimaan or 0), Decimal(entry.pengeluaran or 0)
        saldo += masuk - keluar
        buku = entry.buku.value if isinstance(entry.buku, BukuPembantu) else entry.buku
        lines.append(BkuLine(nomor, entry.id, entry.tanggal, entry.no_bukti, entry.uraian,
                             entry.kode_rekening or '', buku, masuk, keluar, saldo))
    return lines


async def book_lines(tahun: int, bulan: int | None = None, buku: BukuPembantu | None = None) -> list[BkuLine]:
    """The lines of the Buku Kas Umum (or of one buku pembantu) of a year, or of one month of it with the
    saldo carried from the months before."""
    entries = BukuKasUmum.filter(deleted_at__isnull=True, tanggal__gte=date(tahun, 1, 1),
                                 tanggal__lte=date(tahun, 12, 31))
    if buku is not None:
        entries = entries.filter(buku=buku)
    lines = running_balance(await entries)
    return [line for line in lines if bulan is None or line.tanggal.month == bulan]


async def saldo_on(day: date, buku: BukuPembantu | None = None) -> Decimal:
    """The saldo at the end of `day` (of the BKU, or of one buku pembantu)."""
    lines = [line for line in await book_lines(day.year, buku=buku) if line.tanggal <= day]
    return lines[-1].saldo if lines else Decimal(0)
