"""Demo rows of M2 Perencanaan dan Pelaporan (models/perencanaan.py): program, kegiatan and sub
kegiatan with their pagu, indikator kinerja with their quarterly realisasi, and the laporan due.

The kegiatan and sub kegiatan names follow the Kepmendagri 050-5889/2021 nomenclature for urusan
7.01 Kecamatan as far as known; treat them, like every name here, as examples.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from core.seed import PROGRAM_KECAMATAN
from demo.base import AWAL, BULAN, DemoData, demo_rows, stamp
from models.perencanaan import CaraHitung, IndikatorKinerja, JenisLaporan, Laporan, Level, ProgramKegiatan

KEGIATAN = (  # kegiatan kode, nama, [(sub kode, nama, pagu)]
    ('7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
        ('7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 18_500_000),
        ('7.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
         12_000_000)]),
    ('7.01.01.2.06', 'Administrasi Umum Perangkat Daerah', [
        ('7.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 45_000_000),
        ('7.01.01.2.06.0005', 'Penyediaan Barang Cetakan dan Penggandaan', 22_000_000),
        ('7.01.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 36_000_000)]),
    ('7.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', [
        ('7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 54_000_000)]),
    ('7.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', [
        ('7.01.01.2.09.0002', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan '
                              'Dinas Operasional atau Lapangan', 28_000_000)]),
    ('7.01.02.2.01', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', [
        ('7.01.02.2.01.0001', 'Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 65_000_000)]),
    ('7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', [
        ('7.01.03.2.01.0001', 'Fasilitasi dan Pembinaan Pemberdayaan Masyarakat dan UMKM', 48_000_000)]),
    ('7.01.06.2.01', 'Fasilitasi Penyelenggaraan Pemerintahan Desa', [
        ('7.01.06.2.01.0001', 'Pembinaan dan Pengawasan Administrasi dan Keuangan Desa', 52_000_000)]),
)


@demo_rows(step=50)
async def perencanaan(demo: DemoData) -> None:
    g = demo.g
    years = [y for y in (2025, 2026) if y <= g.end.year]
    have = set(await ProgramKegiatan.all().values_list('tahun', 'kode'))
    rows = [ProgramKegiatan(tahun=tahun, kode=kode, nama=nama, level=Level.PROGRAM, created_at=stamp(AWAL))
            for tahun in years for kode, nama in PROGRAM_KECAMATAN if (tahun, kode) not in have]
    for tahun in years:
        grow = Decimal('1.05') if tahun == 2026 else Decimal(1)
        for kode, nama, subs in KEGIATAN:
            rows.append(ProgramKegiatan(tahun=tahun, kode=kode, nama=nama, pagu=sum(
                (Decimal(p) * grow for _, _, p in subs), Decimal(0))))
            rows += [ProgramKegiatan(tahun=tahun, kode=sub, nama=sub_nama, pagu=Decimal(pagu) * grow)
                     for sub, sub_nama, pagu in subs]
    await demo.bulk(ProgramKegiatan, rows)
    by_code = {(p.tahun, p.kode): p for p in await ProgramKegiatan.all()}

    indikator = []
    quarters_done = {tahun: 4 if tahun < g.end.year else (g.end.month - 1) // 3 for tahun in years}
    plan = (  # program/kegiatan, uraian, satuan, target, cara, quarterly values
        ('7.01.02', 'Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan', 'nilai', 80, CaraHitung.POSISI_AKHIR,
         (78.9, 79.6, 80.4, 81.2)),
        ('7.01.02.2.01', 'Persentase layanan PATEN selesai tepat waktu', '%', 95, CaraHitung.POSISI_AKHIR,
         (91, 93, 94, 96)),
        ('7.01.06', 'Jumlah desa yang tertib administrasi pemerintahan', 'desa', 10, CaraHitung.POSISI_AKHIR,
         (7, 8, 9, 9)),
        ('7.01.06.2.01', 'Jumlah desa yang dibina dan diawasi', 'desa', 10, CaraHitung.POSISI_AKHIR, (10, 10, 10, 10)),
        ('7.01.03', 'Jumlah kelompok masyarakat/UMKM yang dibina', 'kelompok', 40, CaraHitung.KUMULATIF,
         (8, 12, 11, 10)),
        ('7.01.01.2.01', 'Dokumen perencanaan dan laporan kinerja yang disusun tepat waktu', 'dokumen', 6,
         CaraHitung.KUMULATIF, (2, 2, 1, 1)),
        ('7.01.01', 'Persentase serapan anggaran kecamatan', '%', 95, CaraHitung.POSISI_AKHIR, (18, 42, 68, 93)),
    )
    for tahun in years:
        for kode, uraian, satuan, target, cara, values in plan:
            program = by_code[(tahun, kode)]
            done = quarters_done[tahun]
            tw = [Decimal(str(v)) if i < done else None for i, v in enumerate(values)]
            indikator.append(IndikatorKinerja(
                program_kegiatan_id=program.id, uraian=uraian, satuan=satuan, tahun=tahun, target=Decimal(target),
                kondisi_awal=Decimal(str(values[0])), cara_hitung=cara, realisasi_tw1=tw[0], realisasi_tw2=tw[1],
                realisasi_tw3=tw[2], realisasi_tw4=tw[3], created_at=stamp(date(tahun, 1, 15) if tahun > 2025 else AWAL)))
    await demo.bulk(IndikatorKinerja, indikator)

    bagian = demo.instansi_id('Bagian Pemerintahan Setda Kabupaten Lumajang')
    bappeda = demo.instansi_id('Bappeda')
    laporan = []

    def report(jenis, periode, tenggat, tujuan, late_days=None, keterangan=None):
        if tenggat > g.end + timedelta(days=40):
            return
        sent = None
        if late_days is not None and tenggat + timedelta(days=late_days) <= g.end:
            sent = tenggat + timedelta(days=late_days)
        elif late_days is None and tenggat <= g.end - timedelta(days=3):
            sent = tenggat - timedelta(days=g.rng.randrange(0, 6))
        laporan.append(Laporan(jenis=jenis, periode=periode, tenggat=tenggat, tanggal_kirim=sent, tujuan_id=tujuan,
                               keterangan=keterangan, created_at=stamp(min(tenggat - timedelta(days=20), g.end))))

    report(JenisLaporan.LKJIP, 'Tahun 2024', date(2025, 2, 28), bagian)
    report(JenisLaporan.LKJIP, 'Tahun 2025', date(2026, 2, 27), bagian)
    report(JenisLaporan.LPPD, 'Tahun 2024', date(2025, 2, 14), bagian, late_days=4, keterangan='Data sektoral menyusul')
    report(JenisLaporan.LPPD, 'Tahun 2025', date(2026, 2, 13), bagian)
    report(JenisLaporan.RENJA, 'Tahun 2026', date(2025, 6, 30), bappeda)
    report(JenisLaporan.RENJA, 'Tahun 2027', date(2026, 6, 30), bappeda)
    report(JenisLaporan.LKPJ, 'Tahun 2025', date(2026, 1, 31), bagian)
    month = date(2025, 1, 1)
    while month <= g.end:
        next_month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        tenggat = next_month.replace(day=10)
        if tenggat <= g.end + timedelta(days=15):
            late = 3 if g.chance(.12) else None
            report(JenisLaporan.BULANAN, f'{BULAN[month.month - 1]} {month.year}', tenggat, bagian, late_days=late)
        month = next_month
    await demo.bulk(Laporan, laporan)
