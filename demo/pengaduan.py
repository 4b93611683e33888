"""Demo rows of the Register Pengaduan and the Rencana Tindak Lanjut SKM (models/pengaduan.py): a
few complaints a month about the demo's jenis layanan, most answered in time, a few late or still
open; and for each triwulan with SKM answers, an RTL on its weakest unsur.

Its own seeded generator (not the shared one), so the rows of every other maker stay as they were.
"""
from __future__ import annotations

from datetime import timedelta

from demo.base import AWAL, SEED, DemoData, Generator, demo_rows, stamp
from models.kepegawaian import UnitKerja
from models.pengaduan import (BATAS_PENYELESAIAN_HARI, OPEN_PENGADUAN, KanalPengaduan, PeriodeSkm, Pengaduan,
                              RencanaTindakLanjutSkm, StatusPengaduan, StatusRtl, period_dates, weakest_unsur)
from models.workdays import add_working_days

KELUHAN = (
    ('Antrean pelayanan lama', 'Saya menunggu lebih dari dua jam di loket tanpa nomor antrean.'),
    ('Persyaratan tidak jelas', 'Persyaratan yang diminta petugas berbeda dengan yang tertempel di papan informasi.'),
    ('Berkas belum selesai', 'Berkas saya sudah lewat jangka waktu layanan tetapi belum selesai.'),
    ('Petugas tidak ada di tempat', 'Pada jam pelayanan petugas tidak berada di meja layanan.'),
    ('Ruang tunggu panas', 'Kipas angin ruang tunggu rusak dan ruangan sangat panas.'),
    ('Diminta biaya tambahan', 'Saya diminta uang oleh oknum padahal layanan ini gratis.'),
)
TINDAK_LANJUT = ('Klarifikasi dengan petugas layanan dan pemohon.', 'Diteruskan kepada Kasi Pelayanan untuk diperbaiki.',
                 'Pemeriksaan berkas bersama pemohon.')
JAWABAN = 'Terima kasih atas pengaduan Bapak/Ibu. Permasalahan telah kami tindak lanjuti dan diperbaiki.'
RTL_KEGIATAN = {
    'U3': 'Menerapkan pemantauan jangka waktu layanan harian dan pemberitahuan kepada pemohon.',
    'U8': 'Menyediakan kanal pengaduan WhatsApp dan kotak pengaduan, menjawab paling lambat sesuai batas waktu.',
    'U9': 'Perbaikan ruang tunggu: kipas angin, kursi dan papan informasi.',
}


@demo_rows(step=75)
async def pengaduan(demo: DemoData) -> None:
    g = Generator(SEED + 75)
    petugas = [p for p in demo.pegawai if p.unit == UnitKerja.PELAYANAN] or demo.pegawai
    kanal = ((KanalPengaduan.LANGSUNG, 30), (KanalPengaduan.WHATSAPP, 30), (KanalPengaduan.LAPOR, 15),
             (KanalPengaduan.TELEPON, 10), (KanalPengaduan.SUREL, 5), (KanalPengaduan.FORMULIR_DARING, 10))
    rows = []
    for tanggal in g.days(70, AWAL, g.end):
        perihal, uraian = g.choice(KELUHAN)
        jalur = g.weighted(kanal)
        anonim = jalur == KanalPengaduan.LAPOR and g.chance(.4)
        nama = None if anonim else g.name()[0]
        batas = add_working_days(tanggal, BATAS_PENYELESAIAN_HARI)
        open_ = batas >= g.end - timedelta(days=3) and g.chance(.6) or g.chance(.05)
        status = g.choice(OPEN_PENGADUAN) if open_ else g.weighted(((StatusPengaduan.SELESAI, 92),
                                                          (StatusPengaduan.TIDAK_DAPAT_DIPROSES, 8)))
        jawab = None
        if not open_:
            late = g.chance(.1)
            jawab = min(add_working_days(tanggal, BATAS_PENYELESAIAN_HARI + 3 if late else g.rng.randrange(2, 30)), g.end)
        rows.append(Pengaduan(
            tanggal=tanggal, kanal=jalur, nama_pelapor=nama, kontak_pelapor=None if anonim else g.phone(),
            nomor_tiket=f'LAPOR-{tanggal:%y%m%d}{g.rng.randrange(1000, 9999)}' if jalur == KanalPengaduan.LAPOR else None,
            perihal=perihal, uraian=uraian, layanan_id=g.choice(demo.layanan).id if demo.layanan and g.chance(.7) else None,
            tindak_lanjut=g.choice(TINDAK_LANJUT) if status in (StatusPengaduan.DITINDAKLANJUTI, StatusPengaduan.SELESAI)
            else None,
            jawaban=JAWABAN if status == StatusPengaduan.SELESAI else
            'Pengaduan di luar kewenangan kecamatan; disarankan menghubungi desa.'
            if status == StatusPengaduan.TIDAK_DAPAT_DIPROSES else None,
            tanggal_jawaban=jawab, status=status, created_at=stamp(tanggal, 10)))
    await demo.bulk(Pengaduan, rows)

    plans = []
    for tahun in (2025, 2026):
        for periode in (PeriodeSkm.TRIWULAN_1, PeriodeSkm.TRIWULAN_2, PeriodeSkm.TRIWULAN_3, PeriodeSkm.TRIWULAN_4):
            awal, akhir = period_dates(tahun, periode)
            if akhir >= g.end:
                continue
            unsur = await weakest_unsur(tahun, periode)
            if unsur is None:
                continue
            code = unsur.name
            batas = akhir + timedelta(days=90)
            done = batas < g.end
            plans.append(RencanaTindakLanjutSkm(
                tahun=tahun, periode=periode, unsur=unsur,
                kegiatan=RTL_KEGIATAN.get(code, f'Perbaikan unsur {unsur.value} sesuai saran responden.'),
                penanggung_jawab=g.choice(petugas).nama if petugas else 'Kasi Pelayanan Umum', batas_waktu=batas,
                realisasi='Telah dilaksanakan.' if done else None,
                status=StatusRtl.SELESAI if done else StatusRtl.DIRENCANAKAN, created_at=stamp(akhir + timedelta(days=7))))
    await demo.bulk(RencanaTindakLanjutSkm, plans)
