"""What the IKM of a period shows beside its unsur U8 (Penanganan Pengaduan, Saran dan Masukan,
PermenPAN-RB 14/2017): the complaints of the Register Pengaduan received in the period, how many of
them are Selesai, and how many were answered by their batas waktu; and the rencana tindak lanjut
written for that period. Kept out of core/ikm.py, which stays the regulation's arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass

from core.ikm import Periode
from models.pengaduan import PERIODE_KUNCI, Pengaduan, RencanaTindakLanjutSkm, StatusPengaduan, UnsurSkm, \
    weakest_unsur

PERIODE_OF_KUNCI = {kunci: periode for periode, kunci in PERIODE_KUNCI.items()}


@dataclass(frozen=True)
class AngkaPengaduan:
    diterima: int
    selesai: int
    tepat_waktu: int


async def angka_pengaduan(periode: Periode) -> AngkaPengaduan:
    """The complaints received from the period's first to its last day (not in the trash): all,
    Selesai, and Selesai with the tanggal jawaban on or before the batas waktu."""
    rows = await Pengaduan.filter(deleted_at__isnull=True, tanggal__gte=periode.awal, tanggal__lte=periode.akhir) \
        .values_list('status', 'tanggal_jawaban', 'batas_waktu')
    selesai = [(jawab, batas) for status, jawab, batas in rows if status == StatusPengaduan.SELESAI]
    return AngkaPengaduan(len(rows), len(selesai), sum(1 for jawab, batas in selesai if jawab and batas and jawab <= batas))


async def rtl_of(periode: Periode) -> list[RencanaTindakLanjutSkm]:
    """The rencana tindak lanjut written for exactly this period, by unsur."""
    return list(await RencanaTindakLanjutSkm.filter(deleted_at__isnull=True, tahun=periode.tahun,
                                                    periode=PERIODE_OF_KUNCI[periode.kunci].value)
                .order_by('unsur', 'batas_waktu', 'id'))


async def weakest_of(periode: Periode) -> UnsurSkm | None:
    """The unsur an RTL of this period is offered by default."""
    return await weakest_unsur(periode.tahun, PERIODE_OF_KUNCI[periode.kunci])
