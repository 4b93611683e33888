"""Demo rows of M1.3 Sarana dan Prasarana (models/sarpras.py): the kecamatan's KIB A–F, its rooms
with the KIB B and KIB E barang placed in them (the KIR), the mutasi of some of its barang (and the
KIB rows as those mutasi leave them), and the Kartu Pemeliharaan of the vehicles and buildings.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from demo.base import KODE_SURAT, DemoData, demo_rows, stamp
from models.sarpras import (AsalUsul, Bangunan, JenisMutasi, KartuPemeliharaan, Kib, KibATanah, KibBPeralatanMesin,
                            KibCGedungBangunan, KibDipelihara, KibDJalanIrigasiJaringan, KibEAsetTetapLainnya,
                            KibFKonstruksiDalamPengerjaan, Kondisi, MutasiBarang, Ruangan)


@demo_rows(step=40)
async def sarpras(demo: DemoData) -> None:
    g = demo.g
    letak = 'Jl. Raya Candipuro No. 1, Desa Candipuro'
    tanah_kantor, tanah_rumah_dinas = '1.3.1.01.01.04.001', '1.3.1.01.01.05.001'   # KIB A below

    await demo.bulk(Ruangan, [
        Ruangan(kode='R.01', nama='Ruang Camat', gedung='Gedung Kantor Kecamatan, lantai 2',
                penanggung_jawab='Ajudan Camat'),
        Ruangan(kode='R.02', nama='Ruang Sekretaris Kecamatan', gedung='Gedung Kantor Kecamatan, lantai 2'),
        Ruangan(kode='R.03', nama='Ruang Subbag Umum dan Kepegawaian', gedung='Gedung Kantor Kecamatan, lantai 1',
                penanggung_jawab='Kepala Subbag Umum dan Kepegawaian'),
        Ruangan(kode='R.04', nama='Ruang Pelayanan PATEN', gedung='Gedung Pelayanan PATEN',
                penanggung_jawab='Kepala Seksi Pelayanan Umum'),
        Ruangan(kode='R.05', nama='Aula Pendopo', gedung='Pendopo Kecamatan'),
    ])
    rooms = {room.kode: room for room in await Ruangan.all()}

    def kib(model, items):
        rows, registers = [], defaultdict(int)
        for kode, nama, tahun, harga, extra in items:
            registers[kode] += 1
            rows.append(model(kode_barang=kode, register=f'{registers[kode]:06d}', nama_barang=nama, tahun=tahun,
                              harga=Decimal(harga), kondisi=extra.pop('kondisi', Kondisi.BAIK),
                              asal_usul=extra.pop('asal_usul', AsalUsul.PEMBELIAN), **extra))
        return rows

    await demo.bulk(KibATanah, kib(KibATanah, [
        ('1.3.1.01.01.04.001', 'Tanah Bangunan Kantor Kecamatan', 1985, 1_250_000_000,
         dict(luas_m2=Decimal(2450), letak=letak, hak='Hak Pakai', no_sertifikat='12.13.03.02.4.00012',
              tgl_sertifikat=date(1998, 6, 15), penggunaan='Kantor Kecamatan Candipuro')),
        ('1.3.1.01.01.05.001', 'Tanah Bangunan Rumah Dinas Camat', 1985, 480_000_000,
         dict(luas_m2=Decimal(860), letak='Jl. Raya Candipuro No. 3, Desa Candipuro', hak='Hak Pakai',
              no_sertifikat='12.13.03.02.4.00013', tgl_sertifikat=date(1998, 6, 15), penggunaan='Rumah Dinas Camat')),
        ('1.3.1.01.01.04.001', 'Tanah Balai Pertemuan Kecamatan', 2003, 320_000_000,
         dict(luas_m2=Decimal(600), letak='Jl. Raya Candipuro, Desa Candipuro', hak='Hak Pakai',
              penggunaan='Pendopo dan Balai Pertemuan', asal_usul=AsalUsul.HIBAH)),
    ]))
    b_items = []
    for i in range(8):
        b_items.append(('1.3.2.10.01.02.001', 'Personal Computer', g.choice((2019, 2021, 2023, 2025)),
                        g.money(9_000_000, 14_000_000, 50_000),
                        dict(merk_type=g.choice(('Lenovo ThinkCentre M70', 'HP ProDesk 400 G7', 'Acer Veriton')),
                             bahan='Logam/Plastik', kondisi=Kondisi.RUSAK_BERAT if i == 7 else Kondisi.BAIK,
                             ruangan=rooms[('R.01', 'R.02', 'R.03', 'R.03', 'R.04', 'R.04', 'R.04', 'R.03')[i]])))
    for _ in range(4):
        b_items.append(('1.3.2.10.01.02.002', 'Laptop', g.choice((2022, 2024, 2025)),
                        g.money(11_000_000, 17_000_000, 50_000),
                        dict(merk_type=g.choice(('Asus ExpertBook B1', 'Lenovo ThinkPad E14')), bahan='Logam/Plastik',
                             ruangan=rooms['R.03'])))
    for i in range(5):
        b_items.append(('1.3.2.10.02.03.003', 'Printer', g.choice((2020, 2022, 2024)),
                        g.money(3_000_000, 5_500_000, 50_000),
                        dict(merk_type=g.choice(('Epson L3210', 'Canon G2020', 'HP LaserJet M211')),
                             kondisi=Kondisi.KURANG_BAIK if i == 0 else Kondisi.BAIK,
                             ruangan=rooms[('R.03', 'R.04', 'R.04', 'R.02', 'R.01')[i]])))
    b_items += [
        ('1.3.2.02.01.01.003', 'Mobil Dinas Camat', 2021, 395_000_000,
         dict(merk_type='Toyota Innova 2.0 G', ukuran_cc='1998 cc', no_rangka='MHFJW8EM1M2012345',
              no_mesin='1TR-A123456', no_polisi='N 1003 XP', no_bpkb='R-01234567')),
        ('1.3.2.02.01.04.001', 'Sepeda Motor Dinas', 2019, 18_500_000,
         dict(merk_type='Honda Supra X 125', ukuran_cc='125 cc', no_rangka='MH1JB9110KK123456',
              no_mesin='JB91E1123456', no_polisi='N 2371 XP', no_bpkb='P-09876543')),
        ('1.3.2.02.01.04.001', 'Sepeda Motor Dinas', 2023, 24_700_000,
         dict(merk_type='Yamaha NMAX 155', ukuran_cc='155 cc', no_rangka='MH3SG6410PJ123456',
              no_mesin='G3H3E0123456', no_polisi='N 2488 XP', no_bpkb='S-01122334')),
        ('1.3.2.05.02.04.004', 'Air Conditioner', 2022, 6_250_000,
         dict(merk_type='Daikin 1 PK', ukuran_cc='1 PK', ruangan=rooms['R.01'])),
        ('1.3.2.05.02.04.004', 'Air Conditioner', 2022, 6_250_000,
         dict(merk_type='Daikin 1 PK', ukuran_cc='1 PK', ruangan=rooms['R.04'])),
        ('1.3.2.05.02.06.002', 'LCD Proyektor', 2023, 8_900_000, dict(merk_type='Epson EB-X500', ruangan=rooms['R.05'])),
        ('1.3.2.05.02.01.001', 'Genset', 2020, 32_000_000, dict(merk_type='Yamaha EF 6600', ukuran_cc='5,5 kVA')),
        ('1.3.2.05.01.04.001', 'Meja Pelayanan PATEN', 2024, 12_500_000,
         dict(bahan='Kayu jati', asal_usul=AsalUsul.SWAKELOLA, ruangan=rooms['R.04'])),
    ]
    await demo.bulk(KibBPeralatanMesin, kib(KibBPeralatanMesin, b_items))
    await demo.bulk(KibCGedungBangunan, kib(KibCGedungBangunan, [
        ('1.3.3.01.01.01.001', 'Gedung Kantor Kecamatan Candipuro', 1990, 2_150_000_000,
         dict(bertingkat=True, luas_lantai_m2=Decimal(720), letak=letak, no_dokumen='648/12/427.75/1990',
              tgl_dokumen=date(1990, 3, 12), luas_tanah_m2=Decimal(480), status_tanah='Hak Pakai',
              kode_tanah=tanah_kantor)),
        ('1.3.3.01.01.01.001', 'Gedung Pelayanan PATEN', 2017, 865_000_000,
         dict(luas_lantai_m2=Decimal(210), letak=letak, luas_tanah_m2=Decimal(210), status_tanah='Hak Pakai',
              kode_tanah=tanah_kantor)),
        ('1.3.3.01.01.10.001', 'Pendopo Kecamatan', 2003, 740_000_000,
         dict(luas_lantai_m2=Decimal(400), letak=letak, luas_tanah_m2=Decimal(400), status_tanah='Hak Pakai',
              kode_tanah=tanah_kantor, kondisi=Kondisi.KURANG_BAIK)),
        ('1.3.3.01.02.01.001', 'Rumah Dinas Camat', 1986, 610_000_000,
         dict(luas_lantai_m2=Decimal(180), letak='Jl. Raya Candipuro No. 3, Desa Candipuro',
              luas_tanah_m2=Decimal(220), status_tanah='Hak Pakai', kode_tanah=tanah_rumah_dinas)),
        ('1.3.3.01.01.12.001', 'Garasi Kendaraan Dinas', 2012, 95_000_000,
         dict(luas_lantai_m2=Decimal(60), letak=letak, beton=False)),
        ('1.3.3.01.01.13.001', 'Musala Kantor Kecamatan', 2015, 120_000_000,
         dict(luas_lantai_m2=Decimal(48), letak=letak, asal_usul=AsalUsul.SWAKELOLA)),
    ]))
    await demo.bulk(KibDJalanIrigasiJaringan, kib(KibDJalanIrigasiJaringan, [
        ('1.3.4.01.01.06.001', 'Jalan Lingkungan Kantor Kecamatan', 2016, 185_000_000,
         dict(konstruksi='Paving', panjang=Decimal('0.12'), lebar=Decimal(5), luas=Decimal(600), letak=letak,
              no_dokumen='050/31/427.75/2016', tgl_dokumen=date(2016, 4, 18), status_tanah='Hak Pakai',
              kode_tanah=tanah_kantor)),
        ('1.3.4.02.03.01.001', 'Saluran Drainase Kantor', 2018, 76_000_000,
         dict(konstruksi='Pasangan batu', panjang=Decimal('0.25'), lebar=Decimal('0.6'), luas=Decimal(150),
              letak=letak, status_tanah='Hak Pakai', kode_tanah=tanah_kantor)),
        ('1.3.4.03.02.04.001', 'Jaringan Listrik Kantor', 2017, 64_000_000,
         dict(konstruksi='Kabel tanah', panjang=Decimal('0.30'), letak=letak)),
        ('1.3.4.03.03.05.001', 'Jaringan Internet Fiber Optik', 2023, 42_500_000,
         dict(konstruksi='Kabel udara', panjang=Decimal('0.40'), letak=letak)),
    ]))
    await demo.bulk(KibEAsetTetapLainnya, kib(KibEAsetTetapLainnya, [
        ('1.3.5.01.01.01.001', 'Buku Peraturan Perundang-undangan', 2023, 4_500_000,
         dict(judul_spesifikasi='Himpunan Peraturan tentang Desa / Kementerian Dalam Negeri',
              spesifikasi='Buku, 21 x 29,7 cm, 412 halaman', jumlah=15, ruangan=rooms['R.02'])),
        ('1.3.5.01.01.01.001', 'Buku Pedoman PATEN', 2024, 1_800_000,
         dict(judul_spesifikasi='Pedoman Pelayanan Administrasi Terpadu Kecamatan / Kementerian Dalam Negeri',
              spesifikasi='Buku, 15 x 23 cm, 180 halaman', jumlah=10, ruangan=rooms['R.04'])),
        ('1.3.5.02.01.01.001', 'Lukisan Gunung Semeru', 2019, 7_500_000,
         dict(asal_daerah='Lumajang', pencipta='Sanggar Seni Lumajang', bahan='Cat minyak di kanvas',
              keterangan='Semeru dari Candipuro, 120 x 80 cm', asal_usul=AsalUsul.HIBAH, ruangan=rooms['R.01'])),
        ('1.3.5.03.01.01.001', 'Pohon Pisang Agung', 2022, 1_200_000,
         dict(jenis='Pisang Agung (Musa paradisiaca)', ukuran='Tinggi 2 m', jumlah=12, asal_usul=AsalUsul.HIBAH)),
    ]))
    await demo.bulk(KibFKonstruksiDalamPengerjaan, kib(KibFKonstruksiDalamPengerjaan, [
        ('1.3.6.01.01.01.001', 'Rehabilitasi Gedung Pelayanan PATEN', g.end.year, 315_000_000,
         dict(luas_lantai_m2=Decimal(210), letak=letak, no_dokumen=f'027/45/{KODE_SURAT}/{g.end.year}',
              tgl_dokumen=date(g.end.year, 7, 14), status_tanah='Hak Pakai', kode_tanah=tanah_kantor,
              tanggal_mulai=date(g.end.year, 8, 3), bangunan=Bangunan.PERMANEN, pembiayaan='APBD Kabupaten Lumajang',
              nilai_kontrak=Decimal(398_500_000))),
        ('1.3.6.01.01.01.001', 'Pembangunan Pagar Kantor Kecamatan', g.end.year, 148_000_000,
         dict(letak=letak, tanggal_mulai=date(g.end.year, 9, 21), beton=True, bangunan=Bangunan.PERMANEN,
              status_tanah='Hak Pakai', kode_tanah=tanah_kantor, pembiayaan='APBD Kabupaten Lumajang',
              nilai_kontrak=Decimal(185_000_000))),
    ]))
    await _mutasi(demo, rooms)
    await _pemeliharaan(demo)


async def _mutasi(demo: DemoData, rooms: dict[str, Ruangan]) -> None:
    """A few mutasi, with the KIB rows as MutasiBarang.after_write leaves them: the broken PC is Rusak
    Berat, a printer moved to the pelayanan room, the old motorbike removed by an SK (kept, dihapus)."""
    g = demo.g
    year = g.end.year
    pcs = await KibBPeralatanMesin.filter(kode_barang='1.3.2.10.01.02.001').order_by('register')
    broken = next(pc for pc in pcs if pc.kondisi == Kondisi.RUSAK_BERAT)
    printer = await KibBPeralatanMesin.get(kode_barang='1.3.2.10.02.03.003', register='000004')
    motor = await KibBPeralatanMesin.get(kode_barang='1.3.2.02.01.04.001', register='000001')
    asal = await Ruangan.get(id=printer.ruangan_id)
    def between(barang, early: int, late: int) -> date:   # days before the demo's last day, not before the purchase
        return g.day(max(date(barang.tahun, 12, 31), g.end - timedelta(days=early)), g.end - timedelta(days=late))

    rusak_on, pindah_on, hapus_on = between(broken, 300, 200), between(printer, 190, 100), between(motor, 90, 10)
    sk = f'032/{g.rng.randint(100, 199)}/{KODE_SURAT}/{year}'
    rows = [
        MutasiBarang(kib=Kib.B, kode_barang=broken.kode_barang, register=broken.register, nama_barang=broken.nama_barang,
                     jenis=JenisMutasi.RUSAK_BERAT, tanggal=rusak_on, kondisi_sebelum=Kondisi.BAIK,
                     keterangan='Motherboard terbakar, tidak ekonomis diperbaiki; diusulkan penghapusan',
                     created_at=stamp(rusak_on)),
        MutasiBarang(kib=Kib.B, kode_barang=printer.kode_barang, register=printer.register,
                     nama_barang=printer.nama_barang, jenis=JenisMutasi.PINDAH, tanggal=pindah_on,
                     ruangan_tujuan=rooms['R.04'], ruangan_asal=asal.kode,
                     keterangan='Dipindah untuk loket pelayanan PATEN', created_at=stamp(pindah_on)),
        MutasiBarang(kib=Kib.B, kode_barang=motor.kode_barang, register=motor.register, nama_barang=motor.nama_barang,
                     jenis=JenisMutasi.HAPUS, tanggal=hapus_on, nomor_sk=sk, nilai=Decimal(3_500_000),
                     keterangan='Dijual lelang melalui KPKNL', created_at=stamp(hapus_on)),
    ]
    await demo.bulk(MutasiBarang, rows)
    await KibBPeralatanMesin.filter(id=printer.id).update(ruangan_id=rooms['R.04'].id)
    await KibBPeralatanMesin.filter(id=motor.id).update(dihapus=True, tanggal_dihapus=hapus_on, sk_dihapus=sk)


async def _pemeliharaan(demo: DemoData) -> None:
    """The Kartu Pemeliharaan of the vehicles, the AC, the buildings and the road: the year's
    servicing, each with who did it and what it cost."""
    g = demo.g
    work = {
        '1.3.2.02.01.01.003': (('Servis berkala 10.000 km dan ganti oli', 'Bengkel Resmi Toyota Lumajang', 950_000, 2_400_000),
                               ('Ganti ban 4 buah', 'Toko Ban Sumber Jaya Lumajang', 3_600_000, 4_800_000)),
        '1.3.2.02.01.04.001': (('Servis rutin dan ganti oli', 'AHASS Candipuro', 150_000, 350_000),),
        '1.3.2.05.02.04.004': (('Cuci AC dan isi freon', 'CV Sejuk Abadi Lumajang', 250_000, 450_000),),
        '1.3.3.01.01.01.001': (('Pengecatan ulang dinding luar', 'CV Karya Bangun Lumajang', 12_500_000, 18_000_000),
                               ('Perbaikan atap bocor', 'Swakelola (tukang harian)', 2_750_000, 4_500_000)),
        '1.3.4.02.03.01.001': (('Pembersihan saluran drainase', 'Swakelola (kerja bakti)', 500_000, 900_000),),
    }
    kinds = {'1.3.2': (KibDipelihara.B, KibBPeralatanMesin), '1.3.3': (KibDipelihara.C, KibCGedungBangunan),
             '1.3.4': (KibDipelihara.D, KibDJalanIrigasiJaringan)}
    rows = []
    for kode, jobs in work.items():
        kib, model = kinds[kode[:5]]
        for barang in await model.filter(kode_barang=kode, dihapus=False).order_by('register'):
            for jenis, penyedia, low, high in jobs:
                for _ in range(g.rng.randint(1, 2)):
                    tanggal = g.day(date(max(barang.tahun, g.end.year - 1), 1, 2))
                    rows.append(KartuPemeliharaan(
                        kib=kib, kode_barang=barang.kode_barang, register=barang.register,
                        nama_barang=barang.nama_barang, tanggal=tanggal, jenis_pemeliharaan=jenis,
                        yang_memelihara=penyedia, biaya=g.money(low, high, 50_000),
                        keterangan=f'Kuitansi/SPJ {g.rng.randint(10, 99)}/{tanggal.month:02d}/{tanggal.year}',
                        created_at=stamp(tanggal)))
    await demo.bulk(KartuPemeliharaan, rows)
