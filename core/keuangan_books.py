"""The treasurer's books read from the Buku Kas Umum (models/keuangan.py): the saldo after each entry.

The saldo is never typed nor stored. It is computed here, on every reading, from the live entries in the
order of tanggal and then of entry (id, the nomor urut), starting from zero at the first entry of the
tahun anggaran. So an entry added, changed or deleted in the past moves every later saldo at once, with
no stored value to fall out of step; and a closed month (Tutup Buku) cannot be changed at all, so the saldo
printed for it stays what it was.

The buku pembantu pajak is read the same way from the taxes withheld on payments (potongan_pajak, dated by
their payment) and their deposits (setoran_pajak, dated by themselves): per jenis pajak and month, what was
withheld (pungut) = what was deposited (setor) + what is still to be deposited (saldo belum disetor), with
the saldo carried from month to month."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
import calendar
from typing import Iterable

from locales import t
from models.formats import format_rupiah
from models.keuangan import Anggaran, BukuKasUmum, BukuPembantu, JenisPajak, PotonganPajak, SetoranPajak


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


# ---- the buku pembantu pajak ----

@dataclass(frozen=True)
class TaxMove:
    """A tax withheld (pungut) or deposited (setor) on a day."""
    tanggal: date
    jenis: str
    pungut: Decimal
    setor: Decimal
    no_bukti: str = ''
    uraian: str = ''


@dataclass(frozen=True)
class PajakSaldo:
    """One jenis pajak in one month: saldo brought, withheld, deposited, saldo belum disetor."""
    jenis: str
    saldo_awal: Decimal
    pungut: Decimal
    setor: Decimal
    saldo_akhir: Decimal


def month_bounds(tahun: int, bulan: int) -> tuple[date, date]:
    return date(tahun, bulan, 1), date(tahun, bulan, calendar.monthrange(tahun, bulan)[1])


def pajak_balance(moves: Iterable[TaxMove], tahun: int, bulan: int) -> list[PajakSaldo]:
    """Per jenis pajak (in JenisPajak's order), the month's balance: saldo_awal is everything withheld
    before the month less everything deposited before it; saldo_akhir = saldo_awal + pungut - setor, so the
    total withheld up to the month's end equals the total deposited plus saldo_akhir."""
    first, last = month_bounds(tahun, bulan)
    sums: dict[str, list[Decimal]] = {}
    for move in moves:
        if move.tanggal > last:
            continue
        before, pungut, setor = sums.setdefault(move.jenis, [Decimal(0)] * 3)
        if move.tanggal < first:
            before += move.pungut - move.setor
        else:
            pungut += move.pungut
            setor += move.setor
        sums[move.jenis] = [before, pungut, setor]
    order = [jenis.value for jenis in JenisPajak]
    return [PajakSaldo(jenis, before, pungut, setor, before + pungut - setor)
            for jenis, (before, pungut, setor) in sorted(sums.items(), key=lambda item: order.index(item[0]))]


async def tax_moves(until: date) -> list[TaxMove]:
    """Every live tax withheld (dated by its live payment) and deposited up to `until`, in book order."""
    withheld = await PotonganPajak.filter(deleted_at__isnull=True, entri__deleted_at__isnull=True,
                                          entri__tanggal__lte=until) \
        .values('entri__tanggal', 'entri__no_bukti', 'entri__uraian', 'jenis', 'nilai')
    deposited = await SetoranPajak.filter(deleted_at__isnull=True, potongan__deleted_at__isnull=True,
                                          tanggal__lte=until) \
        .values('tanggal', 'ntpn', 'potongan__jenis', 'potongan__entri__no_bukti', 'nilai')
    moves = [TaxMove(row['entri__tanggal'], _jenis(row['jenis']), Decimal(row['nilai']), Decimal(0),
                     row['entri__no_bukti'], row['entri__uraian']) for row in withheld]
    moves += [TaxMove(row['tanggal'], _jenis(row['potongan__jenis']), Decimal(0), Decimal(row['nilai']),
                      row['ntpn'], t('keuangan.laporan.uraian_setor', bukti=row['potongan__entri__no_bukti']))
              for row in deposited]
    return sorted(moves, key=lambda move: (move.tanggal, move.setor > 0))


def _jenis(value) -> str:
    return value.value if isinstance(value, JenisPajak) else str(value)


async def buku_pajak(tahun: int, bulan: int) -> tuple[list[PajakSaldo], list[TaxMove]]:
    """The buku pembantu pajak of a month: the balance per jenis and the month's own moves."""
    first, last = month_bounds(tahun, bulan)
    moves = await tax_moves(last)
    return pajak_balance(moves, tahun, bulan), [move for move in moves if move.tanggal >= first]


# ---- the anggaran kas against the pagu in force ----

async def anggaran_kas_gaps(tahun: int) -> list[str]:
    """The rekening of a year whose anggaran kas does not yet come to the pagu in force, each as a message
    (a plan above the pagu is refused when written, so only a shortfall remains to be shown)."""
    gaps = []
    for row in await Anggaran.filter(tahun=tahun, deleted_at__isnull=True).order_by('kode_rekening', 'id'):
        pagu, planned = row.pagu_in_force() or Decimal(0), Decimal(row.anggaran_kas_total or 0)
        if planned != pagu:
            gaps.append(t('keuangan.anggaran_kas.kurang', rekening=row.kode_rekening, jumlah=format_rupiah(planned),
                          pagu=format_rupiah(pagu), selisih=format_rupiah(pagu - planned)))
    return gaps
