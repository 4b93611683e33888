"""Demo rows of U2 Pemberdayaan Masyarakat (models/pemberdayaan.py): narasumber, kegiatan with
their penerima (jumlah peserta as recount_peserta counts them), and usulan masyarakat.
"""
from __future__ import annotations

from datetime import timedelta

from demo.base import AWAL, DUSUN, DemoData, demo_rows, stamp
from models.pemberdayaan import (BentukPembinaan, KategoriPenerima, KegiatanPemberdayaan, Narasumber, PenerimaPembinaan,
                                 StatusUsulanMasyarakat, UsulanMasyarakat)
from models.workdays import add_working_days


@demo_rows(step=80)
async def pemberdayaan(demo: DemoData) -> None:
    g = demo.g
    experts = (
        ('Dinkes', 'Kesehatan ibu dan anak, pencegahan stunting'),
        ('Dinas Koperasi dan Usaha Mikro', 'Kewirausahaan dan pemasaran digital UMKM'),
        ('Dinas Pertanian dan Ketahanan Pangan', 'Budidaya pisang agung dan pascapanen'),
        ('Badan Penanggulangan Bencana Daerah', 'Kesiapsiagaan bencana erupsi Semeru'),
        ('Dinas Pemberdayaan Masyarakat dan Desa', 'Pengelolaan BUMDes'),
        ('Dinsos', 'Perlindungan sosial dan data kesejahteraan'),
        ('BPJS Ketenagakerjaan', 'Jaminan sosial pekerja informal'),
        ('DPMPSTP', 'Perizinan berusaha berbasis risiko (NIB)'),
        ('Dinas Pendidikan', 'Pendidikan anak usia dini'),
        ('Puskesmas Candipuro', 'Gizi keluarga dan posyandu'),
    )
    narasumber = []
    for nama_instansi, bidang in experts:
        nama, sex = g.name()
        gelar = g.choice(('S.Sos.', 'S.E.', 'S.P.', 'S.KM.', 'S.Kep., Ns.', 'M.M.'))
        narasumber.append(Narasumber(nama=f'{nama}, {gelar}', instansi_id=demo.instansi_id(nama_instansi),
                                     bidang=bidang, kontak=g.phone(), created_at=stamp(AWAL)))
    await demo.bulk(Narasumber, narasumber)
    expert_of = {n.instansi_id: n.id for n in await Narasumber.all()}
    topics = (  # nama, sasaran, the narasumber's instansi, UMKM?
        ('Pelatihan Pengolahan Keripik Pisang Agung', 'Pelaku UMKM olahan pangan',
         'Dinas Pertanian dan Ketahanan Pangan', True),
        ('Pelatihan Pemasaran Digital UMKM', 'Pelaku UMKM', 'Dinas Koperasi dan Usaha Mikro', True),
        ('Sosialisasi Pencegahan Stunting', 'Ibu hamil dan ibu balita, kader posyandu', 'Dinkes', False),
        ('Simulasi Kesiapsiagaan Erupsi Semeru', 'Warga kawasan rawan bencana',
         'Badan Penanggulangan Bencana Daerah', False),
        ('Pembinaan Pengelolaan BUMDes', 'Pengurus BUMDes', 'Dinas Pemberdayaan Masyarakat dan Desa', False),
        ('Fasilitasi Pendaftaran NIB bagi Usaha Mikro', 'Pelaku usaha mikro', 'DPMPSTP', True),
        ('Sosialisasi BPJS Ketenagakerjaan Pekerja Informal', 'Petani dan pekerja informal',
         'BPJS Ketenagakerjaan', False),
        ('Pelatihan Kerajinan Anyaman Bambu', 'Perajin dan ibu rumah tangga', 'Dinas Koperasi dan Usaha Mikro', True),
        ('Pembinaan Kader Posyandu', 'Kader posyandu', 'Puskesmas Candipuro', False),
    )
    usaha = ('Keripik pisang', 'Anyaman bambu', 'Warung makan', 'Toko kelontong', 'Jahit pakaian', 'Kue basah',
             'Budidaya lele', 'Madu klanceng', 'Bengkel motor', 'Gula kelapa')
    kegiatan_rows, planned = [], []
    for tanggal in g.days(26):
        nama, sasaran, instansi, umkm = g.choice(topics)
        desa = g.choice(demo.desa)
        kegiatan_rows.append(KegiatanPemberdayaan(
            nama=f'{nama} Desa {desa.nama}', tanggal=tanggal, desa_id=desa.id, lokasi=f'Balai Desa {desa.nama}',
            sasaran=sasaran, anggaran=g.money(2_500_000, 15_000_000, 250_000),
            narasumber_id=expert_of.get(demo.instansi_id(instansi)),
            created_at=stamp(max(tanggal - timedelta(days=7), AWAL))))
        planned.append((desa, umkm, g.rng.randrange(8, 21)))
    await demo.bulk(KegiatanPemberdayaan, kegiatan_rows)
    saved = list(await KegiatanPemberdayaan.all().order_by('id'))
    penerima = []
    for kegiatan, (desa, umkm, count) in zip(saved, planned):
        for _ in range(count):
            nama, sex = g.name()
            born = g.birth(18, 65)
            is_umkm = umkm and g.chance(.8)
            penerima.append(PenerimaPembinaan(
                kegiatan_id=kegiatan.id, nama=nama, nik=g.nik(born, sex),
                desa_id=desa.id if g.chance(.85) else g.choice(demo.desa).id,
                kategori=KategoriPenerima.UMKM if is_umkm else KategoriPenerima.MASYARAKAT,
                jenis_usaha=g.choice(usaha) if is_umkm else None,
                bentuk=g.weighted(((BentukPembinaan.PEMBINAAN, 60), (BentukPembinaan.FASILITASI, 30),
                                   (BentukPembinaan.BANTUAN, 10))),
                created_at=stamp(kegiatan.tanggal, 13)))
        kegiatan.jumlah_peserta = count  # what recount_peserta makes of them
    await demo.bulk(PenerimaPembinaan, penerima)
    for kegiatan in saved:
        await KegiatanPemberdayaan.filter(id=kegiatan.id).update(jumlah_peserta=kegiatan.jumlah_peserta)

    usulan_text = (
        ('Perbaikan jalan makadam menuju lahan pertanian Dusun {dusun}', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
        ('Bantuan bibit pisang agung untuk kelompok tani', 'Dinas Pertanian dan Ketahanan Pangan'),
        ('Pelatihan menjahit bagi ibu-ibu PKK', 'Dinas Koperasi dan Usaha Mikro'),
        ('Pembangunan talud sungai rawan banjir lahar Dusun {dusun}', 'Badan Penanggulangan Bencana Daerah'),
        ('Penambahan tenaga pengajar PAUD', 'Dinas Pendidikan'),
        ('Bantuan alat pengering kopi untuk UMKM', 'Dinas Koperasi dan Usaha Mikro'),
        ('Pemasangan lampu penerangan jalan Dusun {dusun}', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
        ('Pemeriksaan kesehatan lansia rutin', 'Dinkes'),
    )
    usulan = []
    for tanggal in g.days(32):
        text, opd = g.choice(usulan_text)
        desa = g.choice(demo.desa)
        nama, _ = g.name()
        age = (g.end - tanggal).days
        status = (StatusUsulanMasyarakat.DITERIMA if age < 10 else
                  g.weighted(((StatusUsulanMasyarakat.DITERUSKAN, 30), (StatusUsulanMasyarakat.DITANGGAPI, 30),
                              (StatusUsulanMasyarakat.SELESAI, 40))))
        forwarded = status != StatusUsulanMasyarakat.DITERIMA
        answered = status in (StatusUsulanMasyarakat.DITANGGAPI, StatusUsulanMasyarakat.SELESAI)
        usulan.append(UsulanMasyarakat(
            tanggal=tanggal, pengusul=g.choice((f'{nama} (warga)', f'Kelompok Tani {g.choice(("Sumber Rejeki", "Makmur", "Tani Mulyo"))}',
                                                f'PKK Desa {desa.nama}', f'Karang Taruna Desa {desa.nama}')),
            desa_id=desa.id, uraian=text.format(dusun=g.choice(DUSUN)),
            opd_tujuan_id=demo.instansi_id(opd) if forwarded else None,
            tanggal_diteruskan=min(add_working_days(tanggal, g.rng.randrange(2, 8)), g.end) if forwarded else None,
            tanggapan=g.choice(('Diakomodasi dalam usulan Renja OPD tahun berikutnya.',
                                'Akan ditinjau lokasi oleh tim teknis.', 'Dijadwalkan pada anggaran perubahan.'))
            if answered else None,
            status=status, created_at=stamp(tanggal)))
    await demo.bulk(UsulanMasyarakat, usulan)
