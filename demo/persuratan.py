"""Demo rows of M1.1 Persuratan (models/persuratan.py): the surat masuk of the agenda book (the
generator the benchmarks also use, demo/surat_masuk_rows.py), their disposisi chains, the surat
keluar numbered as SuratKeluar.save numbers them (klasifikasi of Permendagri 83/2022, the default
pattern and unit code), a few of them *Batal*, and the Buku Ekspedisi of the letters sent. The surat's
status is what Disposisi.after_write would make of its disposisi.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from demo.base import AWAL, DEMO_USER, SEED, DemoData, demo_rows, stamp
from demo.surat_masuk_rows import SURAT_MASUK_COLUMNS, surat_masuk_rows
from models.persuratan import (KODE_UNIT, POLA_NOMOR_SURAT, Disposisi, Ekspedisi, Instruksi, JenisNaskah,
                               SaranaKirim, Sifat, StatusDisposisi, StatusSuratKeluar, StatusSuratMasuk, SuratKeluar,
                               SuratMasuk, Urgensi, format_nomor)
from models.reference import KlasifikasiArsip
from models.workdays import add_working_days


@demo_rows(step=30)
async def persuratan(demo: DemoData) -> None:
    g = demo.g
    klasifikasi = dict(await KlasifikasiArsip.all().values_list('kode', 'id'))
    surat = []
    for values in surat_masuk_rows(1500, seed=SEED, klasifikasi_ids=klasifikasi, created_by=DEMO_USER):
        row = dict(zip(SURAT_MASUK_COLUMNS, values))
        diterima = date.fromisoformat(row['tanggal_diterima'])
        if row['tahun'] < AWAL.year or diterima > g.end:
            continue
        status = StatusSuratMasuk(row['status'])
        age = (g.end - diterima).days
        if age > 30 and status == StatusSuratMasuk.DIDISPOSISI and g.chance(.85):
            status = StatusSuratMasuk.SELESAI
        elif age <= 3:
            status = StatusSuratMasuk.BELUM_DISPOSISI
        surat.append(SuratMasuk(
            tahun=row['tahun'], no_agenda=row['no_agenda'], tanggal_diterima=diterima,
            nomor_surat=row['nomor_surat'], tanggal_surat=date.fromisoformat(row['tanggal_surat']),
            asal_surat=row['asal_surat'], perihal=row['perihal'], ringkasan=row['ringkasan'],
            jumlah_lampiran=row['jumlah_lampiran'], ditujukan_kepada=row['ditujukan_kepada'],
            sifat=Sifat(row['sifat']), urgensi=Urgensi(row['urgensi']), status=status,
            klasifikasi_id=row['klasifikasi_id'], created_at=datetime.fromisoformat(row['created_at'])))
    await demo.bulk(SuratMasuk, surat)

    # the disposisi chain of each surat, so that its status is what Disposisi.after_write would make it
    ids = {(year, n): i for i, year, n in await SuratMasuk.all().values_list('id', 'tahun', 'no_agenda')}
    kepada = ('Sekretaris Kecamatan', 'Kasi Pemerintahan', 'Kasi Pelayanan Umum', 'Kasi Pemberdayaan Masyarakat',
              'Kasubbag Umum dan Kepegawaian', 'Kasubbag Keuangan')
    staf = {'Sekretaris Kecamatan': 'Kasubbag Umum dan Kepegawaian', 'Kasi Pemerintahan': 'Staf Seksi Pemerintahan',
            'Kasi Pelayanan Umum': 'Staf Seksi Pelayanan Umum',
            'Kasi Pemberdayaan Masyarakat': 'Staf Seksi Pemberdayaan Masyarakat',
            'Kasubbag Umum dan Kepegawaian': 'Staf Subbag Umum dan Kepegawaian',
            'Kasubbag Keuangan': 'Bendahara Pengeluaran'}
    isi = ('Mohon ditindaklanjuti sesuai ketentuan.', 'Koordinasikan dengan desa terkait.',
           'Siapkan bahan dan laporkan hasilnya.', 'Hadiri dan laporkan hasilnya.', 'Untuk diketahui dan diarsipkan.',
           'Siapkan data yang diminta.')
    first_level, second_level = [], []
    for s in surat:
        if s.status == StatusSuratMasuk.BELUM_DISPOSISI:
            continue
        surat_id = ids[(s.tahun, s.no_agenda)]
        tanggal = min(add_working_days(s.tanggal_diterima, g.rng.randrange(0, 2)), g.end)
        target = g.choice(kepada)
        done = s.status == StatusSuratMasuk.SELESAI
        instruksi = g.choice(list(Instruksi))
        first = Disposisi(surat_masuk_id=surat_id, dari_jabatan='Camat Candipuro', kepada_jabatan=target,
                          tanggal=tanggal, isi=g.choice(isi), instruksi=instruksi,
                          batas_waktu=add_working_days(tanggal, g.rng.randrange(3, 11)),
                          status=StatusDisposisi.SELESAI if done else StatusDisposisi.DITINDAKLANJUTI,
                          created_at=stamp(tanggal, 9))
        first_level.append(first)
        if g.chance(.45):
            lanjut = min(add_working_days(tanggal, 1), g.end)
            second_level.append((surat_id, Disposisi(
                surat_masuk_id=surat_id, dari_jabatan=target, kepada_jabatan=staf[target], tanggal=lanjut,
                isi=g.choice(isi), instruksi=Instruksi.PROSES,
                batas_waktu=add_working_days(lanjut, g.rng.randrange(2, 8)),
                status=StatusDisposisi.SELESAI if done else g.choice((StatusDisposisi.BELUM_DIBACA,
                                                                      StatusDisposisi.DITINDAKLANJUTI)),
                created_at=stamp(lanjut, 10))))
    await demo.bulk(Disposisi, first_level)
    parents = {sid: did for did, sid in await Disposisi.all().values_list('id', 'surat_masuk_id')}
    for surat_id, child in second_level:
        child.induk_id = parents[surat_id]
    await demo.bulk(Disposisi, [child for _, child in second_level])

    tujuan = [f'Kepala Desa {d.nama}' for d in demo.desa] + [
        'Bupati Lumajang c.q. Kepala Bagian Pemerintahan', 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
        'Kepala Bappeda Kabupaten Lumajang', 'Kepala BPKD Kabupaten Lumajang', 'Kapolsek Candipuro',
        'Danramil Candipuro', 'Kepala Puskesmas Candipuro', 'Para Kepala Desa se-Kecamatan Candipuro']
    hal = (('Undangan rapat koordinasi', JenisNaskah.UNDANGAN, '100.2.2.4'),
           ('Undangan Musrenbang Kecamatan', JenisNaskah.UNDANGAN, '000.7.1.4'),
           ('Penyampaian laporan bulanan', JenisNaskah.SURAT_DINAS, '100.2.2.4'),
           ('Permohonan data penduduk miskin', JenisNaskah.SURAT_DINAS, '400.9.14'),
           ('Surat tugas monitoring Dana Desa', JenisNaskah.SURAT_TUGAS, '800.1.11.1'),
           ('Surat tugas pembinaan administrasi desa', JenisNaskah.SURAT_TUGAS, '800.1.11.1'),
           ('Surat keterangan pindah tugas', JenisNaskah.SURAT_KETERANGAN, '800.1.3.1'),
           ('Edaran kesiapsiagaan erupsi Semeru', JenisNaskah.SURAT_EDARAN, '300.2.2'),
           ('Nota dinas usulan kenaikan pangkat', JenisNaskah.NOTA_DINAS, '800.1.3.2'),
           ('Rekomendasi pencairan ADD tahap II', JenisNaskah.SURAT_DINAS, '400.10.2.4'),
           ('Penyampaian hasil evaluasi APBDes', JenisNaskah.SURAT_DINAS, '400.10.2.4'))
    keluar = []
    for tahun in (2025, 2026):
        first, last = date(tahun, 1, 2), min(date(tahun, 12, 30), g.end)
        if last < first:
            continue
        for urut, tanggal in enumerate(g.days(80 if tahun == 2025 else 70, first, last), start=1):
            perihal, jenis, kode = g.choice(hal)
            age = (g.end - tanggal).days
            status = StatusSuratKeluar.DIKIRIM if age > 7 else g.choice(list(StatusSuratKeluar)[:-1])
            if urut % 37 == 0:
                status = StatusSuratKeluar.BATAL
            keluar.append(SuratKeluar(
                nomor_urut=urut, nomor_surat=format_nomor(POLA_NOMOR_SURAT, kode, urut, KODE_UNIT, tahun),
                tanggal_surat=tanggal, keterangan='Salah alamat tujuan; diganti surat baru'
                if status == StatusSuratKeluar.BATAL else None,
                tujuan=g.choice(tujuan), perihal=perihal, klasifikasi_id=klasifikasi.get(kode), jenis_naskah=jenis,
                sifat=g.weighted(((Sifat.BIASA, 90), (Sifat.TERBATAS, 10))),
                urgensi=g.weighted(((Urgensi.BIASA, 80), (Urgensi.SEGERA, 20))),
                lampiran=g.choice((None, None, '1 berkas', '2 lembar')),
                penandatangan=g.weighted((('Camat Candipuro', 75), ('Sekretaris Kecamatan', 25))),
                status=status, created_at=stamp(tanggal)))
    await demo.bulk(SuratKeluar, keluar)
    sent = await SuratKeluar.filter(status=StatusSuratKeluar.DIKIRIM.value, created_by=DEMO_USER)
    ekspedisi = []
    for surat in sent:
        kirim = surat.tanggal_surat + timedelta(days=g.rng.randrange(0, 3))
        sarana = g.weighted(((SaranaKirim.CARAKA, 60), (SaranaKirim.APLIKASI, 25), (SaranaKirim.POS, 10),
                             (SaranaKirim.SURAT_ELEKTRONIK, 5)))
        diterima = kirim + timedelta(days=g.rng.randrange(0, 4)) if kirim + timedelta(days=3) <= g.end else None
        ekspedisi.append(Ekspedisi(
            surat_keluar_id=surat.id, tanggal_kirim=kirim, tujuan=surat.tujuan, sarana=sarana,
            petugas=g.choice(('Suparman (caraka)', 'Hadi Santoso (caraka)', 'Staf Subbag Umum')),
            nama_penerima=g.choice(('Siti Aminah', 'Bambang Irawan', 'Dwi Lestari', 'Agus Prasetyo'))
            if diterima else None,
            tanggal_terima=diterima, keterangan='Paraf penerima ada' if diterima else 'Menunggu tanda terima',
            created_at=stamp(kirim)))
    await demo.bulk(Ekspedisi, ekspedisi)
