"""Demo rows of M3 Pengelolaan Keuangan (models/keuangan.py): the anggaran per rekening of each sub
kegiatan and its monthly realisasi; the anggaran's realisasi, sisa and serapan are what
recompute_anggaran makes of them; and the treasurer's books of the current year (buku_bendahara).
"""
from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from demo.base import AWAL, BULAN, DEMO_USER, DemoData, demo_rows, stamp
from models.keuangan import (Anggaran, AnggaranKas, BukuKasUmum, BukuPembantu, JenisPajak, JenisPencairan,
                             PencairanDana, PotonganPajak, RealisasiAnggaran, SetoranPajak, SpjFungsional, TutupBuku,
                             add_months, spj_deadline)
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


# ---- the treasurer's books of the current year: SP2D, BKU, taxes, anggaran kas, SPJ, closed months ----

BOOKS_SEED = 1515   # its own generator, so the rows of other makers stay as they were
UP_NILAI = Decimal(50_000_000)


async def _put(model, **values):
    """One row written like the demo's bulk rows (derived fields, the demo user), returning its id."""
    row = model(**values)
    row.derive()
    row.created_by = row.updated_by = DEMO_USER
    await row.save()
    return row


def _chain(jenis: JenisPencairan, n: int, tanggal_spp: date, nilai: Decimal) -> dict:
    """SPP, SPM a day later, SP2D two days later, all of the same amount."""
    days = (tanggal_spp, tanggal_spp + timedelta(days=1), tanggal_spp + timedelta(days=2))
    return {'jenis': jenis, 'uraian': f'Pencairan {jenis.value} nomor {n}',
            'nomor_spp': f'{n:04d}/SPP-{jenis.value}/{tanggal_spp.year}', 'tanggal_spp': days[0], 'nilai_spp': nilai,
            'nomor_spm': f'{n:04d}/SPM-{jenis.value}/{tanggal_spp.year}', 'tanggal_spm': days[1], 'nilai_spm': nilai,
            'nomor_sp2d': f'{n:04d}/SP2D-{jenis.value}/{tanggal_spp.year}', 'tanggal_sp2d': days[2],
            'nilai_sp2d': nilai}


@demo_rows(step=62)
async def buku_bendahara(demo: DemoData) -> None:
    """The UP received in January and replenished by a GU each month for what was spent the month before; an
    LS paid straight to the electricity company (recorded in and out, as the SP2D pays it); ATK purchases
    with PPN and PPh 22 withheld and deposited on the 9th of the next month (the last month's still to be
    deposited); the anggaran kas of every rekening of the year spread over twelve months up to its pagu; the
    SPJ fungsional of every month already past, and the Tutup Buku of last December. The PPN (11/111 of a price including it)
    and PPh 22 (1.5% of the price before PPN) rates only make the figures look real."""
    rng = random.Random(BOOKS_SEED)
    end = demo.g.end
    year = end.year
    n = 0

    async def receipt(jenis: JenisPencairan, tanggal_spp: date, nilai: Decimal) -> None:
        nonlocal n
        n += 1
        sp2d = await _put(PencairanDana, **_chain(jenis, n, tanggal_spp, nilai))
        await _put(BukuKasUmum, tanggal=sp2d.tanggal_sp2d, no_bukti=sp2d.nomor_sp2d, buku=BukuPembantu.BANK,
                   uraian=f'Penerimaan SP2D {jenis.value}', penerimaan=nilai, pencairan_id=sp2d.id)

    if date(year, 1, 7) > end:
        return
    # the last month of the year before is closed; this year's months stay open, so every demo entry can
    # still be edited (a closed month would lock the rows the demo check reads back as edits)
    await _put(TutupBuku, tahun=year - 1, bulan=12, tanggal=date(year - 1, 12, 31))
    await receipt(JenisPencairan.UP, date(year, 1, 2), UP_NILAI)
    spent_before = Decimal(0)
    for month in range(1, end.month + 1):
        if month > 1 and spent_before and date(year, month, 5) <= end:
            await receipt(JenisPencairan.GU, date(year, month, 3), spent_before)
        spent_before = Decimal(0)
        last = date(year, month, calendar.monthrange(year, month)[1])
        for k, (kode, uraian, _) in enumerate(REKENING[:2], start=1):
            tanggal = date(year, month, 10 + 5 * k)
            if tanggal > end:
                continue
            nilai = Decimal(rng.randrange(1_000, 4_000) * 1000)
            entry = await _put(BukuKasUmum, tanggal=tanggal, no_bukti=f'BKU-{month:02d}{k:02d}/{year}', uraian=uraian,
                               kode_rekening=kode, buku=BukuPembantu.BANK, pengeluaran=nilai)
            spent_before += nilai
            if kode != '5.1.02.01.01.0024':
                continue
            ppn = (nilai * 11 / 111).quantize(Decimal(1))
            pph22 = ((nilai - ppn) * Decimal('0.015')).quantize(Decimal(1))
            for jenis, value in ((JenisPajak.PPN, ppn), (JenisPajak.PPH_22, pph22)):
                potongan = await _put(PotonganPajak, entri_id=entry.id, jenis=jenis, nilai=value,
                                      tanggal=entry.tanggal, no_bukti=entry.no_bukti)
                setor = add_months(date(year, month, 9), 1)
                if setor <= end:
                    await _put(SetoranPajak, tanggal=setor, potongan_id=potongan.id, nilai=value,
                               kode_billing=''.join(rng.choice('0123456789') for _ in range(15)),
                               ntpn=''.join(rng.choice('0123456789ABCDEF') for _ in range(16)))
        if month == 2 and date(year, 2, 12) <= end:   # the electricity bill paid by LS
            n += 1
            nilai = Decimal(3_450_000)
            sp2d = await _put(PencairanDana, **_chain(JenisPencairan.LS, n, date(year, 2, 9), nilai))
            await _put(BukuKasUmum, tanggal=sp2d.tanggal_sp2d, no_bukti=sp2d.nomor_sp2d, buku=BukuPembantu.BANK,
                       uraian='Penerimaan SP2D LS tagihan listrik', penerimaan=nilai)
            await _put(BukuKasUmum, tanggal=sp2d.tanggal_sp2d, no_bukti=sp2d.nomor_sp2d, buku=BukuPembantu.BANK,
                       uraian='Belanja Tagihan Listrik (LS)', kode_rekening='5.1.02.02.01.0061', pengeluaran=nilai,
                       pencairan_id=sp2d.id)
        if last < end:
            batas = spj_deadline(year, month)
            await _put(SpjFungsional, tahun=year, bulan=month, nomor=f'{month:02d}/SPJ/{year}',
                       tanggal_disampaikan=batas - timedelta(days=rng.randrange(0, 4)) if batas <= end else None)

    kas = []
    for item in await Anggaran.filter(tahun=year, deleted_at__isnull=True).order_by('id'):
        pagu = item.pagu_in_force()
        share = (pagu / 12 / 1000).quantize(Decimal(1), rounding=ROUND_DOWN) * 1000
        values = [share] * 11 + [pagu - share * 11]
        kas += [AnggaranKas(anggaran_id=item.id, bulan=m, nilai=v) for m, v in enumerate(values, start=1)]
        await Anggaran.filter(id=item.id).update(anggaran_kas_total=pagu)
    await demo.bulk(AnggaranKas, kas)
