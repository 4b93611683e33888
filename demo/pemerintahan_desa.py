"""Demo rows of U3 Pemerintahan Desa (models/pemerintahan_desa.py): the perangkat of every desa
(their Kepala Desa sign the musrenbang berita acara), the evaluasi APBDes, and pembinaan desa.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from demo.base import AWAL, KODE_SURAT, DemoData, demo_rows, stamp
from models.choices import JenisKelamin, Pendidikan
from models.pemerintahan_desa import (BIDANG_BELANJA, EvaluasiApbdes, HasilEvaluasi, JabatanPerangkat, JenisApbdes,
                                      PembinaanDesa, PerangkatDesa, StatusPembinaan)
from models.workdays import add_working_days


@demo_rows(step=90)
async def pemerintahan_desa(demo: DemoData) -> None:
    g = demo.g
    perangkat = []
    demo.kepala_desa: dict[int, str] = {}
    for desa in demo.desa:
        jabatan = [JabatanPerangkat.KEPALA_DESA, JabatanPerangkat.SEKRETARIS, JabatanPerangkat.KAUR_TU,
                   JabatanPerangkat.KAUR_KEUANGAN, JabatanPerangkat.KAUR_PERENCANAAN,
                   JabatanPerangkat.KASI_PEMERINTAHAN, JabatanPerangkat.KASI_KESEJAHTERAAN,
                   JabatanPerangkat.KASI_PELAYANAN] + [JabatanPerangkat.KEPALA_DUSUN] * g.rng.randrange(2, 5)
        for posisi in jabatan:
            kades = posisi == JabatanPerangkat.KEPALA_DESA
            nama, sex = g.name(JenisKelamin.L if kades and g.chance(.8) else None)
            born = g.birth(35, 58) if kades else g.birth(24, 55)
            if kades:
                tgl_sk = date(2019, 12, g.rng.randrange(16, 24))
                selesai = tgl_sk.replace(year=tgl_sk.year + 8)   # 8 years since UU 3/2024
                no_sk = f'188.45/{g.rng.randrange(400, 900)}/427.12/2019'
                pendidikan = g.weighted(((Pendidikan.SMA, 55), (Pendidikan.S1, 35), (Pendidikan.SMP, 10)))
                demo.kepala_desa[desa.id] = nama
            else:
                tgl_sk = date(g.rng.randrange(2008, 2025), g.rng.randrange(1, 13), g.rng.randrange(1, 28))
                selesai = born.replace(year=born.year + 60, day=min(born.day, 28))  # until the age of 60
                no_sk = f'141/{g.rng.randrange(1, 40):02d}/{desa.kode[-4:]}/{tgl_sk.year}'
                pendidikan = g.weighted(((Pendidikan.SMA, 60), (Pendidikan.D3, 10), (Pendidikan.S1, 30)))
            perangkat.append(PerangkatDesa(
                desa_id=desa.id, nama=nama, nik=g.nik(born, sex), jabatan=posisi, no_sk=no_sk, tgl_sk=tgl_sk,
                masa_jabatan_selesai=selesai, pendidikan=pendidikan, jenis_kelamin=sex, created_at=stamp(AWAL)))
    await demo.bulk(PerangkatDesa, perangkat)

    evaluasi = []
    for desa in demo.desa:
        base = g.money(1_350_000_000, 2_100_000_000, 1_000_000)
        for tahun, jenis, terima in ((2025, JenisApbdes.APBDES, date(2025, 1, 6)),
                                     (2025, JenisApbdes.PERUBAHAN, date(2025, 9, 8)),
                                     (2026, JenisApbdes.APBDES, date(2025, 12, 8)),
                                     (2026, JenisApbdes.PERUBAHAN, date(2026, 9, 7))):
            diterima = g.day(terima, terima + timedelta(days=10))
            if diterima > g.end:
                continue
            total = base * (Decimal('1.08') if jenis == JenisApbdes.PERUBAHAN else 1) * (
                Decimal('1.04') if tahun == 2026 else 1)
            shares = (Decimal('0.34'), Decimal('0.41'), Decimal('0.05'), Decimal('0.12'), Decimal('0.08'))
            belanja = {name: (total * share / 1000).quantize(Decimal(1)) * 1000
                       for (name, _), share in zip(BIDANG_BELANJA, shares)}
            evaluated = diterima + timedelta(days=g.rng.randrange(5, 20))
            done = evaluated <= g.end - timedelta(days=3)
            hasil = g.weighted(((HasilEvaluasi.SESUAI, 75), (HasilEvaluasi.PERLU_PENYEMPURNAAN, 25))) if done else None
            evaluasi.append(EvaluasiApbdes(
                desa_id=desa.id, tahun=tahun, jenis=jenis, tanggal_terima=diterima,
                tanggal_evaluasi=evaluated if done else None,
                no_keputusan=f'414.2/{g.rng.randrange(10, 99)}/{KODE_SURAT}/{evaluated.year}' if done else None,
                hasil=hasil, catatan='Sesuaikan belanja bidang pembangunan dengan RKPDes.'
                if hasil == HasilEvaluasi.PERLU_PENYEMPURNAAN else None,
                created_at=stamp(diterima), **belanja))
    await demo.bulk(EvaluasiApbdes, evaluasi)

    topik = (
        ('Pembinaan penatausahaan keuangan desa (Siskeudes)', 'Buku kas pembantu belum dimutakhirkan.',
         'Mutakhirkan buku kas pembantu dan laporkan.'),
        ('Monitoring penyaluran BLT Dana Desa', 'Dua KPM belum menerima penyaluran bulan ini.',
         'Salurkan dan lampirkan berita acara penyaluran.'),
        ('Pembinaan penyusunan RKPDes', 'Dokumen RKPDes belum memuat hasil musyawarah dusun.',
         'Lengkapi RKPDes dengan hasil musyawarah dusun.'),
        ('Evaluasi Laporan Penyelenggaraan Pemerintahan Desa', 'LPPDes belum ditandatangani.',
         'Serahkan LPPDes yang telah ditandatangani.'),
        ('Pengawasan pengelolaan aset desa', 'Inventaris aset desa belum diberi kode barang.',
         'Beri kode barang dan perbarui buku inventaris.'),
        ('Pembinaan administrasi kependudukan desa', None, None),
    )
    pembinaan = []
    for tanggal in g.days(34):
        judul, temuan, tindak = g.choice(topik)
        batas = add_working_days(tanggal, g.rng.randrange(10, 30)) if tindak else None
        if batas is None:
            status = StatusPembinaan.SELESAI
        elif batas < g.end - timedelta(days=5):
            status = g.weighted(((StatusPembinaan.SELESAI, 85), (StatusPembinaan.PROSES, 10), (StatusPembinaan.BELUM, 5)))
        else:
            status = g.choice((StatusPembinaan.BELUM, StatusPembinaan.PROSES))
        pembinaan.append(PembinaanDesa(desa_id=g.choice(demo.desa).id, tanggal=tanggal, topik=judul, temuan=temuan,
                                       tindak_lanjut=tindak, batas_waktu=batas, status=status,
                                       created_at=stamp(tanggal, 14)))
    await demo.bulk(PembinaanDesa, pembinaan)
