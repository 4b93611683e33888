"""Demo rows of U3 Pemerintahan Desa (models/pemerintahan_desa.py): the perangkat of every desa
(their Kepala Desa sign the musrenbang berita acara), the BPD, the evaluasi APBDes with their
clocks, the register of Perdes, the Dana Desa and ADD stages, and pembinaan desa.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from demo.base import AWAL, KODE_SURAT, DemoData, demo_rows, stamp
from models.choices import JenisKelamin, Pendidikan
from models.pemerintahan_desa import (BIDANG_BELANJA, AnggotaBpd, EvaluasiApbdes, HasilEvaluasi, HasilPeraturanDesa,
                                      JabatanBpd, JabatanPerangkat, JenisApbdes, JenisPeraturanDesa, PembinaanDesa,
                                      PenyaluranDanaDesa, PerangkatDesa, RegisterPeraturanDesa, StatusPembinaan,
                                      SumberDana, TahapPenyaluran)
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
            born = g.birth(35, 58) if kades else g.birth(43, 55)   # 20-42 when appointed
            if kades:
                tgl_sk = date(2019, 12, g.rng.randrange(16, 24))
                selesai = tgl_sk.replace(year=tgl_sk.year + 8)   # 8 years since UU 3/2024
                no_sk = f'188.45/{g.rng.randrange(400, 900)}/427.12/2019'
                pendidikan = g.weighted(((Pendidikan.SMA, 55), (Pendidikan.S1, 35), (Pendidikan.SMP, 10)))
                demo.kepala_desa[desa.id] = nama
            else:
                tgl_sk = date(born.year + g.rng.randrange(21, 42), g.rng.randrange(1, 13), g.rng.randrange(1, 28))
                selesai = born.replace(year=born.year + 60, day=min(born.day, 28))  # until the age of 60
                no_sk = f'141/{g.rng.randrange(1, 40):02d}/{desa.kode[-4:]}/{tgl_sk.year}'
                pendidikan = g.weighted(((Pendidikan.SMA, 60), (Pendidikan.D3, 10), (Pendidikan.S1, 30)))
            perangkat.append(PerangkatDesa(
                desa_id=desa.id, nama=nama, nik=g.nik(born, sex), jabatan=posisi, no_sk=no_sk, tgl_sk=tgl_sk,
                tanggal_lahir=born, tanggal_pelantikan=tgl_sk if kades else None, periode_ke=1 if kades else None,
                masa_jabatan_selesai=selesai, pendidikan=pendidikan, jenis_kelamin=sex, created_at=stamp(AWAL)))
    await demo.bulk(PerangkatDesa, perangkat)

    bpd = []
    for desa in demo.desa:
        sumpah = date(2019, 11, g.rng.randrange(4, 28))
        for urut in range(g.rng.choice((5, 7, 9))):
            nama, sex = g.name()
            jabatan = (JabatanBpd.KETUA, JabatanBpd.WAKIL_KETUA, JabatanBpd.SEKRETARIS)[urut] if urut < 3 \
                else JabatanBpd.ANGGOTA
            row = AnggotaBpd(desa_id=desa.id, nama=nama, jenis_kelamin=sex, jabatan=jabatan, tanggal_sumpah=sumpah,
                             periode_ke=g.weighted(((1, 70), (2, 30))), no_sk=f'188.45/{g.rng.randrange(100, 400)}/'
                             f'427.12/2019', created_at=stamp(AWAL))
            row.derive()
            bpd.append(row)
    await demo.bulk(AnggotaBpd, bpd)

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
            pendapatan = (total * Decimal('0.97') / 1000).quantize(Decimal(1)) * 1000
            fixed = add_working_days(evaluated, g.rng.randrange(5, 18))
            row = EvaluasiApbdes(
                desa_id=desa.id, tahun=tahun, jenis=jenis, tanggal_terima=diterima,
                tanggal_evaluasi=evaluated if done else None,
                no_keputusan=f'414.2/{g.rng.randrange(10, 99)}/{KODE_SURAT}/{evaluated.year}' if done else None,
                tanggal_keputusan=evaluated if done else None, pendapatan=pendapatan,
                belanja_penghasilan=(total * Decimal('0.27') / 1000).quantize(Decimal(1)) * 1000,
                penerimaan_pembiayaan=total - pendapatan, pengeluaran_pembiayaan=Decimal(0),
                hasil=hasil, catatan='Sesuaikan belanja bidang pembangunan dengan RKPDes.'
                if hasil == HasilEvaluasi.PERLU_PENYEMPURNAAN else None,
                tanggal_penyempurnaan=fixed if hasil == HasilEvaluasi.PERLU_PENYEMPURNAAN and fixed <= g.end else None,
                created_at=stamp(diterima), **belanja)
            row.derive(today=g.end)
            evaluasi.append(row)
    await demo.bulk(EvaluasiApbdes, evaluasi)

    peraturan = []
    judul = {JenisPeraturanDesa.RANCANGAN_PUNGUTAN: 'Pungutan Desa atas Pemanfaatan Pasar Desa',
             JenisPeraturanDesa.RANCANGAN_ORGANISASI: 'Susunan Organisasi dan Tata Kerja Pemerintah Desa',
             JenisPeraturanDesa.PERDES: 'Rencana Kerja Pemerintah Desa',
             JenisPeraturanDesa.PERKADES: 'Penjabaran APB Desa'}
    for terima in g.days(16):
        jenis = g.choice(list(judul))
        desa = g.choice(demo.desa)
        klarifikasi = jenis in (JenisPeraturanDesa.PERDES, JenisPeraturanDesa.PERKADES)
        hasil_pada = terima + timedelta(days=g.rng.randrange(7, 25))
        done = hasil_pada <= g.end - timedelta(days=2)
        row = RegisterPeraturanDesa(
            desa_id=desa.id, jenis=jenis, judul=judul[jenis], tanggal_terima=terima,
            nomor=f'{g.rng.randrange(1, 12)} Tahun {terima.year}' if klarifikasi else None,
            batas_hasil=terima + timedelta(days=30) if klarifikasi else None,
            tanggal_hasil=hasil_pada if done else None, no_hasil=f'188/{g.rng.randrange(10, 99)}/{KODE_SURAT}/'
            f'{hasil_pada.year}' if done else None,
            hasil=g.weighted(((HasilPeraturanDesa.SESUAI, 80), (HasilPeraturanDesa.TIDAK_SESUAI, 20))) if done
            else None, created_at=stamp(terima))
        row.derive(today=g.end)
        peraturan.append(row)
    await demo.bulk(RegisterPeraturanDesa, peraturan)

    penyaluran = []
    for desa in demo.desa:
        for tahun in (2025, 2026):
            for sumber, pagu, tahap_persen in (
                    (SumberDana.DANA_DESA, g.money(900_000_000, 1_200_000_000, 1_000_000),
                     ((TahapPenyaluran.TAHAP_I, Decimal('0.4'), date(tahun, 3, 10)),
                      (TahapPenyaluran.TAHAP_II, Decimal('0.6'), date(tahun, 7, 14)))),
                    (SumberDana.ADD, g.money(300_000_000, 450_000_000, 1_000_000),
                     ((TahapPenyaluran.TAHAP_I, Decimal('0.4'), date(tahun, 4, 7)),
                      (TahapPenyaluran.TAHAP_II, Decimal('0.4'), date(tahun, 8, 11)),
                      (TahapPenyaluran.TAHAP_III, Decimal('0.2'), date(tahun, 11, 10))))):
                for tahap, persen, salur in tahap_persen:
                    if salur > g.end:
                        continue
                    jumlah = (pagu * persen / 1000).quantize(Decimal(1)) * 1000
                    lapor = salur + timedelta(days=120)
                    row = PenyaluranDanaDesa(
                        desa_id=desa.id, tahun=tahun, sumber=sumber, tahap=tahap, pagu=pagu, jumlah=jumlah,
                        persyaratan='Perdes APB Desa; laporan realisasi tahap sebelumnya; surat pengantar',
                        persyaratan_lengkap=True, tanggal_salur=salur,
                        realisasi=(jumlah * Decimal('0.9') / 1000).quantize(Decimal(1)) * 1000
                        if lapor <= g.end else None, tanggal_laporan=lapor if lapor <= g.end else None,
                        created_at=stamp(salur))
                    row.derive()
                    penyaluran.append(row)
    await demo.bulk(PenyaluranDanaDesa, penyaluran)

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
