"""Demo rows of L6–L9 Informasi (models/informasi.py): permintaan data, informasi and peraturan with
their penyampaian to the desa (jumlah desa as recount_penyampaian counts them), permohonan data
desa, and verifikasi informasi.
"""
from __future__ import annotations

from datetime import timedelta

from demo.base import DUSUN, DemoData, demo_rows, stamp
from models.informasi import (HasilVerifikasi, InformasiPeraturan, JenisInformasi, PenyampaianInformasi, PermintaanData,
                              PermohonanDataDesa, StatusPermintaan, StatusPermohonanDesa, VerifikasiInformasi)
from models.workdays import add_working_days


@demo_rows(step=110)
async def informasi(demo: DemoData) -> None:
    g = demo.g
    bagian = ['Bagian Pemerintahan Setda Kabupaten Lumajang', 'Bagian Perekonomian Setda Kabupaten Lumajang',
              'Bagian Kesejahteraan Rakyat Setda Kabupaten Lumajang', 'Bagian Organisasi Setda Kabupaten Lumajang',
              'Bagian pada Setda Kabupaten Lumajang']
    rincian = ('Data jumlah penduduk miskin per desa', 'Rekapitulasi realisasi PBB-P2 per desa',
               'Data sarana ibadah dan lembaga keagamaan', 'Data kelompok tani dan luas lahan',
               'Data jumlah RT/RW dan dusun', 'Data rumah tidak layak huni', 'Data lokasi rawan bencana',
               'Data jabatan dan pegawai kecamatan (ANJAB)', 'Data UMKM per desa')
    permintaan = []
    for tanggal in g.days(28):
        batas = add_working_days(tanggal, 10)
        if batas < g.end - timedelta(days=2):
            status = g.weighted(((StatusPermintaan.DIPENUHI, 88), (StatusPermintaan.DIPROSES, 6),
                                 (StatusPermintaan.DITOLAK, 6)))
        else:
            status = g.choice((StatusPermintaan.DITERIMA, StatusPermintaan.DIPROSES))
        dipenuhi = min(add_working_days(tanggal, g.rng.randrange(3, 12)), g.end) \
            if status == StatusPermintaan.DIPENUHI else None
        permintaan.append(PermintaanData(
            nomor=f'005/{g.rng.randrange(100, 999)}/427.{g.rng.randrange(10, 60)}/{tanggal.year}', tanggal=tanggal,
            instansi_id=demo.instansi_id(g.choice(bagian)), rincian=g.choice(rincian),
            tujuan_penggunaan=g.choice(('Bahan rapat pimpinan', 'Penyusunan LPPD', 'Pemutakhiran data sektoral',
                                        'Bahan evaluasi program')),
            tanggal_dipenuhi=dipenuhi, status=status, created_at=stamp(tanggal)))
    await demo.bulk(PermintaanData, permintaan)

    sumber = ('Dinkes', 'BPJS Kesehatan', 'BPJS Ketenagakerjaan', 'Dispendukcapil', 'BPN', 'Polres/Polsek', 'Koramil',
              'BPRD', 'Dinsos', 'Diskominfo', 'DPMPSTP', 'BPKD')
    judul = {
        'Dinkes': ('Jadwal Bulan Imunisasi Anak Sekolah', JenisInformasi.PENGUMUMAN),
        'BPJS Kesehatan': ('Reaktivasi kepesertaan PBI JK', JenisInformasi.INFORMASI),
        'BPJS Ketenagakerjaan': ('Perlindungan pekerja rentan melalui Dana Desa', JenisInformasi.SURAT_EDARAN),
        'Dispendukcapil': ('Layanan jemput bola perekaman KTP-el', JenisInformasi.PENGUMUMAN),
        'BPN': ('Program Pendaftaran Tanah Sistematis Lengkap (PTSL)', JenisInformasi.INFORMASI),
        'Polres/Polsek': ('Imbauan keamanan menjelang hari raya', JenisInformasi.SURAT_EDARAN),
        'Koramil': ('Pelaksanaan TMMD di wilayah Candipuro', JenisInformasi.INFORMASI),
        'BPRD': ('Batas akhir pembayaran PBB-P2', JenisInformasi.PENGUMUMAN),
        'Dinsos': ('Pemutakhiran DTKS melalui aplikasi SIKS-NG', JenisInformasi.SURAT_EDARAN),
        'Diskominfo': ('Peraturan Bupati tentang Satu Data Kabupaten Lumajang', JenisInformasi.PERATURAN),
        'DPMPSTP': ('Perizinan berusaha berbasis risiko melalui OSS', JenisInformasi.INFORMASI),
        'BPKD': ('Peraturan Bupati tentang pengalokasian ADD', JenisInformasi.PERATURAN),
    }
    info_rows, planned = [], []
    for tanggal in g.days(22):
        src = g.choice(sumber)
        title, jenis = judul[src]
        nomor = (f'{g.rng.randrange(1, 80)} Tahun {tanggal.year}' if jenis == JenisInformasi.PERATURAN
                 else f'{g.choice(("400.7", "440", "470", "973", "300"))}/{g.rng.randrange(100, 999)}/427.{g.rng.randrange(10, 60)}/{tanggal.year}')
        info_rows.append(InformasiPeraturan(sumber_id=demo.instansi_id(src), jenis=jenis, nomor=nomor, tanggal=tanggal,
                                            judul=title, ringkasan=f'{title}; mohon diteruskan kepada seluruh desa.',
                                            created_at=stamp(tanggal)))
        planned.append(g.rng.sample(demo.desa, g.rng.randrange(3, len(demo.desa) + 1)) if tanggal < g.end else [])
    await demo.bulk(InformasiPeraturan, info_rows)
    saved = list(await InformasiPeraturan.all().order_by('id'))
    penyampaian = []
    for info, desa_list in zip(saved, planned):
        dates = []
        for desa in desa_list:
            tanggal = min(add_working_days(info.tanggal, g.rng.randrange(1, 6)), g.end)
            dates.append(tanggal)
            penyampaian.append(PenyampaianInformasi(
                informasi_id=info.id, desa_id=desa.id, tanggal=tanggal,
                keterangan=g.choice(('Grup WhatsApp perangkat desa', 'Surat pengantar camat', 'Rapat koordinasi desa')),
                created_at=stamp(tanggal, 10)))
        info.jumlah_desa, info.tanggal_penyampaian = len(dates), min(dates, default=None)  # as recount_penyampaian
    await demo.bulk(PenyampaianInformasi, penyampaian)
    for info in saved:
        await InformasiPeraturan.filter(id=info.id).update(jumlah_desa=info.jumlah_desa,
                                                           tanggal_penyampaian=info.tanggal_penyampaian)

    permohonan_topik = (('Permohonan data penerima BLT Dana Desa', 'Data kesejahteraan sosial'),
                        ('Permohonan salinan peta batas desa', 'Data wilayah'),
                        ('Permohonan data aset desa hasil inventarisasi', 'Data aset'),
                        ('Permohonan rekap pajak PBB-P2 desa', 'Data pajak daerah'),
                        ('Permohonan data perangkat desa untuk SIPD', 'Data kepegawaian desa'))
    permohonan = []
    for tanggal in g.days(30):
        perihal, jenis = g.choice(permohonan_topik)
        age = (g.end - tanggal).days
        status = (g.choice((StatusPermohonanDesa.DITERIMA, StatusPermohonanDesa.DIPROSES)) if age < 10 else
                  g.weighted(((StatusPermohonanDesa.SELESAI, 90), (StatusPermohonanDesa.DITOLAK, 10))))
        closed = status in (StatusPermohonanDesa.SELESAI, StatusPermohonanDesa.DITOLAK)
        permohonan.append(PermohonanDataDesa(
            desa_id=g.choice(demo.desa).id, tanggal=tanggal, perihal=perihal, jenis_data=jenis,
            tindak_lanjut=('Data diserahkan dalam bentuk salinan elektronik.' if status == StatusPermohonanDesa.SELESAI
                           else 'Data tersebut dikelola OPD teknis; desa diarahkan ke OPD terkait.') if closed else None,
            tanggal_selesai=min(add_working_days(tanggal, g.rng.randrange(2, 8)), g.end)
            if status == StatusPermohonanDesa.SELESAI else None,
            status=status, created_at=stamp(tanggal)))
    await demo.bulk(PermohonanDataDesa, permohonan)

    laporan_desa = (('Laporan kejadian banjir lahar di Dusun {dusun}', 'Badan Penanggulangan Bencana Daerah'),
                    ('Data warga terdampak kekeringan', 'Dinsos'),
                    ('Laporan kasus demam berdarah', 'Dinkes'),
                    ('Informasi kerusakan jembatan Dusun {dusun}', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
                    ('Data kelahiran dan kematian bulan lalu', 'Dispendukcapil'),
                    ('Laporan gangguan keamanan di Dusun {dusun}', 'Polres/Polsek'))
    verifikasi = []
    for tanggal in g.days(32):
        text, tujuan = g.choice(laporan_desa)
        age = (g.end - tanggal).days
        hasil = None if age < 3 else g.weighted(((HasilVerifikasi.VALID, 75), (HasilVerifikasi.PERLU_PERBAIKAN, 18),
                                                 (HasilVerifikasi.TIDAK_VALID, 7)))
        passed = hasil == HasilVerifikasi.VALID and g.chance(.85)
        verifikasi.append(VerifikasiInformasi(
            desa_id=g.choice(demo.desa).id, tanggal=tanggal, informasi=text.format(dusun=g.choice(DUSUN)), hasil=hasil,
            catatan={HasilVerifikasi.PERLU_PERBAIKAN: 'Lengkapi foto dan titik lokasi.',
                     HasilVerifikasi.TIDAK_VALID: 'Tidak sesuai hasil cek lapangan.'}.get(hasil),
            disampaikan_ke_id=demo.instansi_id(tujuan) if passed else None,
            tanggal_penyampaian=min(add_working_days(tanggal, 1), g.end) if passed else None,
            created_at=stamp(tanggal)))
    await demo.bulk(VerifikasiInformasi, verifikasi)
