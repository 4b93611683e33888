"""Demo rows of the register of permohonan informasi publik and its keberatan (models/ppid.py): a
few requests a month, most granted within the 10 working days, some extended or refused with
their Pasal 17 letter, a few keberatan on the refusals and one taken to the Komisi Informasi."""
from __future__ import annotations

from datetime import timedelta

from demo.base import DUSUN, DemoData, demo_rows, stamp
from models.ppid import (AlasanKeberatan, AlasanPenolakan, CaraMemperoleh, CaraSalinan, KeberatanInformasi, Keputusan,
                         KeputusanAtasan, PermohonanInformasi, TanggapanPemohon)
from models.workdays import add_working_days

RINCIAN = ('Salinan APBDes tahun berjalan', 'Daftar penerima BLT Dana Desa', 'Rekap realisasi PBB-P2 per desa',
           'Standar pelayanan PATEN kecamatan', 'Laporan hasil Musrenbang kecamatan', 'Data jumlah penduduk per desa',
           'Daftar sarana dan prasarana kantor kecamatan', 'Salinan SK Camat tentang tim kecamatan')
TUJUAN = ('Bahan penelitian skripsi', 'Pengawasan penggunaan Dana Desa', 'Bahan pemberitaan', 'Keperluan pribadi',
          'Bahan diskusi warga')
PEKERJAAN = ('Mahasiswa', 'Wartawan', 'Wiraswasta', 'Petani', 'Pengurus LSM', 'Guru')


@demo_rows(step=115)
async def ppid(demo: DemoData) -> None:
    g = demo.g
    rows = []
    for tanggal in g.days(30):
        nama, sex = g.name()
        batas = add_working_days(tanggal, 10)
        row = PermohonanInformasi(
            tanggal=tanggal, nama_pemohon=nama, alamat=f'Dusun {g.choice(DUSUN)}, Desa {g.choice(demo.desa).nama}',
            pekerjaan=g.choice(PEKERJAAN), nomor_identitas=g.nik(g.birth(), sex), nomor_kontak=g.phone(),
            rincian_informasi=g.choice(RINCIAN), tujuan_penggunaan=g.choice(TUJUAN),
            cara_memperoleh=g.choice(list(CaraMemperoleh)), created_at=stamp(tanggal))
        if row.cara_memperoleh != CaraMemperoleh.MELIHAT:
            row.cara_salinan = g.choice(list(CaraSalinan))
        if g.chance(0.15):
            row.tanggal_perpanjangan = batas
            row.alasan_perpanjangan = 'Informasi perlu dihimpun dari desa'
        last = add_working_days(batas, 7) if row.tanggal_perpanjangan else batas
        if last < g.end:
            row.keputusan = g.weighted(((Keputusan.SELURUHNYA, 75), (Keputusan.SEBAGIAN, 12), (Keputusan.DITOLAK, 13)))
            row.tanggal_pemberitahuan = min(add_working_days(tanggal, g.rng.randrange(2, 11)), last)
            if row.keputusan != Keputusan.SELURUHNYA:
                row.alasan_penolakan = g.choice((AlasanPenolakan.PS17_H, AlasanPenolakan.BELUM_DIKUASAI,
                                                 AlasanPenolakan.PS17_I))
        rows.append(row)
    for year in {row.tanggal.year for row in rows}:   # no. pendaftaran: per year, in order
        for number, row in enumerate((r for r in rows if r.tanggal.year == year), start=1):
            row.no_pendaftaran = number
    await demo.bulk(PermohonanInformasi, rows)

    saved = await PermohonanInformasi.filter(keputusan__in=[Keputusan.DITOLAK.value, Keputusan.SEBAGIAN.value]) \
        .order_by('tanggal')
    keberatan, numbers = [], {}
    for row in saved[::2]:
        tanggal = add_working_days(row.tanggal_pemberitahuan, g.rng.randrange(1, 20))
        if tanggal >= g.end - timedelta(days=1):
            continue
        numbers[tanggal.year] = numbers.get(tanggal.year, 0) + 1
        item = KeberatanInformasi(permohonan_id=row.id, no_registrasi=numbers[tanggal.year], tanggal=tanggal,
                                  alasan=AlasanKeberatan.A, kasus_posisi='Pemohon keberatan atas penolakan',
                                  created_at=stamp(tanggal))
        jawab = add_working_days(tanggal, g.rng.randrange(5, 25))
        if jawab < g.end:
            item.tanggal_tanggapan = jawab
            item.keputusan_atasan = g.choice(list(KeputusanAtasan))
            item.alasan_tanggapan = 'Informasi memuat data pribadi pihak lain' \
                if item.keputusan_atasan == KeputusanAtasan.MENGUATKAN else None
            item.nama_atasan = 'Sekretaris Kecamatan Candipuro'
            item.tanggapan_pemohon = TanggapanPemohon.SENGKETA if not keberatan else TanggapanPemohon.MENERIMA
        keberatan.append(item)
    await demo.bulk(KeberatanInformasi, keberatan)
