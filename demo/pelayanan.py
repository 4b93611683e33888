"""Demo rows of U1 Pelayanan Publik (models/pelayanan.py): the PATEN register, and SKM answers that
give an IKM of about 80 (mutu B), a little better every quarter.
"""
from __future__ import annotations

from datetime import date, timedelta

from demo.base import AWAL, DemoData, Generator, demo_rows, stamp
from models.choices import JenisKelamin
from models.kepegawaian import UnitKerja
from models.pelayanan import (UNSUR_IKM, JenisLayanan, PekerjaanResponden, PendidikanResponden, RegisterLayanan,
                              SkmResponden, StatusLayanan)
from models.workdays import add_working_days

# how often each layanan is asked for (by name; unknown names get 1)
LAYANAN_BOBOT = {'Legalisasi Dokumen': 30, 'Rekomendasi Surat Keterangan Tidak Mampu (SKTM)': 22,
                 'Dispensasi Nikah': 10, 'Surat Keterangan Domisili Usaha': 14,
                 'Pengesahan Surat Keterangan Ahli Waris': 10, 'Rekomendasi Izin Keramaian': 8}


# the mean answer of each unsur (1–4): an IKM near 80 (mutu B); biaya is free, waktu and pengaduan weakest
SKM_MEAN = {'u1': 3.20, 'u2': 3.15, 'u3': 2.95, 'u4': 3.70, 'u5': 3.15, 'u6': 3.20, 'u7': 3.35, 'u8': 2.95,
            'u9': 3.05}


@demo_rows(step=70)
async def pelayanan(demo: DemoData) -> None:
    g = demo.g
    demo.layanan = list(await JenisLayanan.filter(deleted_at__isnull=True, aktif=True).order_by('id'))
    weights = [(lay, LAYANAN_BOBOT.get(lay.nama, 1)) for lay in demo.layanan]
    petugas = [p for p in demo.pegawai if p.unit == UnitKerja.PELAYANAN] or demo.pegawai
    register = []
    for tahun in (2025, 2026):
        first, last = date(tahun, 1, 2), min(date(tahun, 12, 31), g.end)
        if last < first:
            continue
        for nomor, tanggal in enumerate(g.days(260 if tahun == 2025 else 230, first, last), start=1):
            layanan = g.weighted(weights)
            nama, sex = g.name()
            born = g.birth(18, 75)
            batas = add_working_days(tanggal, layanan.jangka_waktu_hari)
            open_ = batas >= g.end - timedelta(days=2) or g.chance(.01)
            status = g.choice((StatusLayanan.DITERIMA, StatusLayanan.DIPROSES)) if open_ else g.weighted(
                ((StatusLayanan.DIAMBIL, 80), (StatusLayanan.SELESAI, 15), (StatusLayanan.DITOLAK, 5)))
            selesai = None
            if status in (StatusLayanan.SELESAI, StatusLayanan.DIAMBIL):
                late = g.chance(.06)
                selesai = min(add_working_days(tanggal, layanan.jangka_waktu_hari + (2 if late else -g.rng.randrange(
                    0, layanan.jangka_waktu_hari))), g.end)
            register.append(RegisterLayanan(
                tahun=tahun, no_registrasi=nomor, tanggal=tanggal, nik=g.nik(born, sex), nama_pemohon=nama,
                desa_id=g.choice(demo.desa).id, layanan_id=layanan.id, status=status, batas_waktu=batas,
                tanggal_selesai=selesai, petugas=g.choice(petugas).nama,
                keterangan='Berkas persyaratan tidak lengkap (pengantar desa belum ada)'
                if status == StatusLayanan.DITOLAK else None,
                created_at=stamp(tanggal, 9)))
    await demo.bulk(RegisterLayanan, register)

    saran = ('Pelayanan sudah cepat dan ramah.', 'Ruang tunggu mohon diperluas.',
             'Mohon persyaratan dipasang di papan pengumuman.', 'Tempat parkir kurang luas.',
             'Petugas sangat membantu, terima kasih.', 'Mohon disediakan kotak pengaduan yang jelas.',
             'Antrean kadang lama saat jam istirahat.', 'Toilet pengunjung perlu dibersihkan.')
    pendidikan = ((PendidikanResponden.SD, 18), (PendidikanResponden.SMP, 22), (PendidikanResponden.SMA, 38),
                  (PendidikanResponden.DIPLOMA, 8), (PendidikanResponden.S1, 13), (PendidikanResponden.S2, 1))
    pekerjaan = ((PekerjaanResponden.WIRAUSAHA, 30), (PekerjaanResponden.SWASTA, 25), (PekerjaanResponden.LAINNYA, 33),
                 (PekerjaanResponden.PNS, 8), (PekerjaanResponden.TNI, 2), (PekerjaanResponden.POLRI, 2))
    skm = []
    for tanggal in g.days(640):
        layanan = g.weighted(weights)
        # a little better every quarter since January 2025
        lift = 0.025 * ((tanggal.year - AWAL.year) * 4 + (tanggal.month - 1) // 3)
        answers = {code: answer(g, SKM_MEAN[code] + lift) for code in UNSUR_IKM}
        sex = g.choice((JenisKelamin.L, JenisKelamin.P))
        skm.append(SkmResponden(
            tanggal=tanggal, layanan_id=layanan.id, jenis_kelamin=sex, usia=g.rng.randrange(18, 71),
            pendidikan=g.weighted(pendidikan), pekerjaan=g.weighted(pekerjaan),
            saran=g.choice(saran) if g.chance(.3) else None, created_at=stamp(tanggal, 11), **answers))
    await demo.bulk(SkmResponden, skm)


def answer(g: Generator, mean: float) -> int:
    """A score 1–4 around `mean`: its two neighbours in proportion, sometimes one further off."""
    mean = max(1.0, min(4.0, mean))
    low = int(mean)
    score = low + (1 if g.rng.random() < mean - low else 0)
    if g.chance(.06):
        score += g.choice((-1, 1))
    return max(1, min(4, score))
