"""Demo rows of M1.1 Persuratan (models/persuratan.py): the surat masuk of the agenda book (the
generator the benchmarks also use, demo/surat_masuk_rows.py), their disposisi chains, and the surat
keluar. The surat's status is what Disposisi.after_write would make of its disposisi.
"""
from __future__ import annotations

from datetime import date, datetime

from demo.base import AWAL, DEMO_USER, KODE_SURAT, SEED, DemoData, demo_rows, stamp
from demo.surat_masuk_rows import SURAT_MASUK_COLUMNS, surat_masuk_rows
from models.persuratan import (Disposisi, Instruksi, JenisNaskah, Sifat, StatusDisposisi, StatusSuratKeluar,
                               StatusSuratMasuk, SuratKeluar, SuratMasuk, Urgensi)
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
    hal = (('Undangan rapat koordinasi', JenisNaskah.UNDANGAN, '000.9'),
           ('Undangan Musrenbang Kecamatan', JenisNaskah.UNDANGAN, '000.9'),
           ('Penyampaian laporan bulanan', JenisNaskah.SURAT_DINAS, '100'),
           ('Permohonan data penduduk miskin', JenisNaskah.SURAT_DINAS, '400'),
           ('Surat tugas monitoring Dana Desa', JenisNaskah.SURAT_TUGAS, '900'),
           ('Surat tugas pembinaan administrasi desa', JenisNaskah.SURAT_TUGAS, '100.3'),
           ('Surat keterangan pindah tugas', JenisNaskah.SURAT_KETERANGAN, '800'),
           ('Edaran kesiapsiagaan erupsi Semeru', JenisNaskah.SURAT_EDARAN, '300'),
           ('Nota dinas usulan kenaikan pangkat', JenisNaskah.NOTA_DINAS, '800.1'),
           ('Rekomendasi pencairan ADD tahap II', JenisNaskah.SURAT_DINAS, '900.1'),
           ('Penyampaian hasil evaluasi APBDes', JenisNaskah.SURAT_DINAS, '100.3'))
    keluar = []
    for tahun in (2025, 2026):
        first, last = date(tahun, 1, 2), min(date(tahun, 12, 30), g.end)
        if last < first:
            continue
        for urut, tanggal in enumerate(g.days(80 if tahun == 2025 else 70, first, last), start=1):
            perihal, jenis, kode = g.choice(hal)
            age = (g.end - tanggal).days
            status = StatusSuratKeluar.DIKIRIM if age > 7 else g.choice(list(StatusSuratKeluar))
            keluar.append(SuratKeluar(
                nomor_urut=urut, nomor_surat=f'{kode}/{urut}/{KODE_SURAT}/{tahun}', tanggal_surat=tanggal,
                tujuan=g.choice(tujuan), perihal=perihal, klasifikasi_id=klasifikasi.get(kode), jenis_naskah=jenis,
                sifat=g.weighted(((Sifat.BIASA, 90), (Sifat.TERBATAS, 10))),
                urgensi=g.weighted(((Urgensi.BIASA, 80), (Urgensi.SEGERA, 20))),
                lampiran=g.choice((None, None, '1 berkas', '2 lembar')),
                penandatangan=g.weighted((('Camat Candipuro', 75), ('Sekretaris Kecamatan', 25))),
                status=status, created_at=stamp(tanggal)))
    await demo.bulk(SuratKeluar, keluar)
