"""Demo rows of M3 Pengelolaan Keuangan (models/keuangan.py): the anggaran per rekening of each sub
kegiatan and its monthly realisasi; the anggaran's realisasi, sisa and serapan are what
recompute_anggaran makes of them.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from demo.base import AWAL, BULAN, DemoData, demo_rows, stamp
from models.keuangan import Anggaran, RealisasiAnggaran
from models.perencanaan import Level, ProgramKegiatan, percent

REKENING = (  # kode rekening, uraian, share of the sub kegiatan's pagu
    ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', Decimal('0.35')),
    ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', Decimal('0.25')),
    ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', Decimal('0.40')),
)


REKENING_KHUSUS = {
    '7.01.01.2.08.0002': (('5.1.02.02.01.0061', 'Belanja Tagihan Listrik', Decimal('0.65')),
                          ('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', Decimal('0.35'))),
    '7.01.01.2.09.0002': (('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor',
                           Decimal('0.70')),
                          ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas', Decimal('0.30'))),
}


@demo_rows(step=60)
async def keuangan(demo: DemoData) -> None:
    g = demo.g
    subs = await ProgramKegiatan.filter(level=Level.SUB_KEGIATAN).order_by('tahun', 'kode')
    anggaran = []
    for sub in subs:
        for kode, uraian, share in REKENING_KHUSUS.get(sub.kode, REKENING):
            pagu = (Decimal(sub.pagu) * share / 1000).quantize(Decimal(1)) * 1000
            anggaran.append(Anggaran(tahun=sub.tahun, sub_kegiatan_id=sub.id, kode_rekening=kode, uraian=uraian,
                                     pagu=pagu, created_at=stamp(date(sub.tahun, 1, 5) if sub.tahun > 2025 else AWAL)))
    await demo.bulk(Anggaran, anggaran)

    realisasi = []
    for item in await Anggaran.all().order_by('id'):
        months = [m for m in range(2, 13) if date(item.tahun, m, 1) <= g.end]
        target = Decimal('0.96') if item.tahun < g.end.year else Decimal('0.80')
        budget = (Decimal(item.pagu) * target).quantize(Decimal(1))
        payments = sorted(g.rng.sample(months, k=min(len(months), g.rng.randrange(3, 7)))) if months else []
        spent = Decimal(0)
        for n, month in enumerate(payments, start=1):
            last_day_of_month = (date(item.tahun, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            tanggal = g.day(date(item.tahun, month, 1), min(last_day_of_month, g.end))
            share = budget / len(payments)
            nilai = min((share * Decimal(str(g.rng.uniform(.8, 1.2))) / 1000).quantize(Decimal(1)) * 1000,
                        Decimal(item.pagu) - spent)
            if nilai <= 0:
                break
            spent += nilai
            # one payment per month, so the serapan up to its month is the running total
            realisasi.append(RealisasiAnggaran(
                anggaran_id=item.id, tanggal=tanggal, uraian=f'{item.uraian} bulan {BULAN[month - 1]}',
                nilai=nilai, no_bukti=f'SPJ-{item.tahun}-{item.id:03d}-{n:02d}',
                serapan_sd_bulan=percent(spent, item.pagu), created_at=stamp(tanggal)))
        if spent:  # what recompute_anggaran makes of the rows
            item.realisasi = spent
            item.derive()
            await Anggaran.filter(id=item.id).update(realisasi=item.realisasi, sisa=item.sisa,
                                                     serapan_persen=item.serapan_persen)
    await demo.bulk(RealisasiAnggaran, realisasi)
