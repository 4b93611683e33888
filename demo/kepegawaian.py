"""Demo rows of M1.2 Kepegawaian (models/kepegawaian.py): the office's roster of pegawai, with NIP
that agree with the birth date, TMT CPNS and sex (Perka BKN 22/2007), and their cuti.
"""
from __future__ import annotations

from datetime import date, timedelta

from demo.base import AWAL, DUSUN, TEMPAT_LAHIR, DemoData, demo_rows, stamp
from models.choices import JenisKelamin, Pendidikan
from models.kepegawaian import Cuti, Eselon, JenisCuti, JenisJabatan, KeputusanCuti, Pegawai, StatusPegawai, UnitKerja
from models.reference import Pangkat
from models.workdays import add_working_days

ROSTER = (  # jabatan, jenis, eselon, unit, status, golongan, pendidikan, gelar belakang
    ('Camat Candipuro', 'S', 'III.a', UnitKerja.PIMPINAN, 'PNS', 'IV/b', 'S2', 'S.STP., M.Si.'),
    ('Sekretaris Kecamatan', 'S', 'III.b', UnitKerja.PIMPINAN, 'PNS', 'IV/a', 'S2', 'S.Sos., M.AP.'),
    ('Kepala Subbagian Umum dan Kepegawaian', 'S', 'IV.b', UnitKerja.UMUM, 'PNS', 'III/d', 'S1', 'S.AP.'),
    ('Kepala Subbagian Keuangan', 'S', 'IV.b', UnitKerja.KEUANGAN, 'PNS', 'III/d', 'S1', 'S.E.'),
    ('Kepala Seksi Pelayanan Umum', 'S', 'IV.a', UnitKerja.PELAYANAN, 'PNS', 'III/d', 'S1', 'S.Sos.'),
    ('Kepala Seksi Pemberdayaan Masyarakat', 'S', 'IV.a', UnitKerja.PEMBERDAYAAN, 'PNS', 'III/c', 'S1', 'S.P.'),
    ('Kepala Seksi Pemerintahan', 'S', 'IV.a', UnitKerja.PEMERINTAHAN, 'PNS', 'III/d', 'S1', 'S.H.'),
    ('Pengadministrasi Umum', 'P', None, UnitKerja.UMUM, 'PNS', 'II/c', 'SMA', None),
    ('Pengelola Kepegawaian', 'P', None, UnitKerja.UMUM, 'PNS', 'III/a', 'S1', 'S.AP.'),
    ('Pengelola Barang Milik Daerah', 'P', None, UnitKerja.UMUM, 'PNS', 'II/d', 'D3', 'A.Md.'),
    ('Arsiparis Ahli Pertama', 'F', None, UnitKerja.UMUM, 'PNS', 'III/b', 'S1', 'S.Hum.'),
    ('Bendahara Pengeluaran', 'P', None, UnitKerja.KEUANGAN, 'PNS', 'III/a', 'S1', 'S.E.'),
    ('Penyusun Program Anggaran dan Pelaporan', 'P', None, UnitKerja.KEUANGAN, 'PNS', 'III/b', 'S1', 'S.E.'),
    ('Perencana Ahli Pertama', 'F', None, UnitKerja.KEUANGAN, 'PNS', 'III/a', 'S1', 'S.T.'),
    ('Pengadministrasi Layanan Publik', 'P', None, UnitKerja.PELAYANAN, 'PNS', 'II/c', 'SMA', None),
    ('Pengelola Layanan Operasional', 'P', None, UnitKerja.PELAYANAN, 'PPPK', None, 'D3', 'A.Md.'),
    ('Operator Layanan Operasional', 'P', None, UnitKerja.PELAYANAN, 'PPPK', None, 'SMA', None),
    ('Pengadministrasi Perkantoran', 'P', None, UnitKerja.PELAYANAN, 'PNS', 'II/b', 'SMA', None),
    ('Penggerak Swadaya Masyarakat Ahli Muda', 'F', None, UnitKerja.PEMBERDAYAAN, 'PNS', 'III/c', 'S1', 'S.Sos.'),
    ('Pengelola Program dan Kegiatan', 'P', None, UnitKerja.PEMBERDAYAAN, 'PNS', 'III/a', 'S1', 'S.Kom.'),
    ('Pengadministrasi Pemerintahan', 'P', None, UnitKerja.PEMERINTAHAN, 'PNS', 'II/d', 'D3', 'A.Md.'),
    ('Analis Pemerintahan Desa', 'P', None, UnitKerja.PEMERINTAHAN, 'PNS', 'III/b', 'S1', 'S.IP.'),
    ('Pengolah Data dan Informasi', 'P', None, UnitKerja.PEMERINTAHAN, 'CPNS', 'III/a', 'S1', 'S.Kom.'),
    ('Pramu Bakti', 'P', None, UnitKerja.UMUM, 'Non-ASN', None, 'SMA', None),
    ('Pengemudi', 'P', None, UnitKerja.UMUM, 'Non-ASN', None, 'SMP', None),
    ('Petugas Keamanan', 'P', None, UnitKerja.UMUM, 'Non-ASN', None, 'SMA', None),
    ('Petugas Kebersihan', 'P', None, UnitKerja.UMUM, 'Non-ASN', None, 'SD', None),
)


JENIS_JABATAN = {'S': JenisJabatan.STRUKTURAL, 'F': JenisJabatan.FUNGSIONAL, 'P': JenisJabatan.PELAKSANA}


@demo_rows(step=20)
async def kepegawaian(demo: DemoData) -> None:
    g = demo.g
    pangkat = {p.golongan: p for p in await Pangkat.all()}
    rows = []
    for jabatan, jenis, eselon, unit, status, golongan, pendidikan, gelar in ROSTER:
        nama, sex = g.name()
        senior = golongan and golongan.startswith(('IV', 'III/d', 'III/c'))
        born = g.birth(40, 56) if senior else g.birth(22, 50)
        status = StatusPegawai(status)
        nip = None
        if status in (StatusPegawai.PNS, StatusPegawai.CPNS):
            year = 2025 if status == StatusPegawai.CPNS else min(born.year + g.rng.randrange(23, 31), 2021)
            tmt_cpns = date(max(year, born.year + 19), g.choice((1, 3, 4, 12)), 1)
            nip = g.nip(born, sex, tmt_cpns)
        elif status == StatusPegawai.PPPK:  # PPPK numbers: another layout, 18 digits
            nip = f'{born:%Y%m%d}2024{g.choice(("02", "10"))}{1 if sex == JenisKelamin.L else 2}' \
                  f'{g.rng.randrange(1, 999):03d}'
        rows.append(Pegawai(
            nip=nip, nama=nama, gelar_depan='Drs.' if jabatan == 'Sekretaris Kecamatan' and g.chance(.3) else None,
            gelar_belakang=gelar, tempat_lahir=g.choice(TEMPAT_LAHIR), tanggal_lahir=born, jenis_kelamin=sex,
            status=status, pangkat_id=pangkat[golongan].id if golongan else None,
            tmt_pangkat=date(g.rng.randrange(2019, 2026), g.choice((4, 10)), 1) if golongan else None,
            jabatan=jabatan, jenis_jabatan=JENIS_JABATAN[jenis], eselon=Eselon(eselon) if eselon else None,
            tmt_jabatan=date(g.rng.randrange(2018, 2026), g.rng.randrange(1, 13), 1),
            pendidikan=Pendidikan.SMA if pendidikan == 'SMA' else Pendidikan(pendidikan), unit=unit,
            created_at=stamp(AWAL)))
    await demo.bulk(Pegawai, rows)
    demo.pegawai = list(await Pegawai.all().order_by('id'))

    cuti = []
    asn = [p for p in demo.pegawai if p.nip]
    for _ in range(40):
        pegawai = g.choice(asn)
        jenis = g.weighted(((JenisCuti.TAHUNAN, 70), (JenisCuti.SAKIT, 12), (JenisCuti.ALASAN_PENTING, 10),
                            (JenisCuti.MELAHIRKAN, 5 if pegawai.jenis_kelamin == JenisKelamin.P else 0),
                            (JenisCuti.BESAR, 3)))
        mulai = g.day(AWAL, g.end + timedelta(days=20))
        length = {JenisCuti.TAHUNAN: g.rng.randrange(1, 7), JenisCuti.SAKIT: g.rng.randrange(2, 8),
                  JenisCuti.ALASAN_PENTING: g.rng.randrange(2, 6), JenisCuti.MELAHIRKAN: 90,
                  JenisCuti.BESAR: 60}[jenis]
        selesai = add_working_days(mulai, length - 1) if jenis == JenisCuti.TAHUNAN else mulai + timedelta(days=length - 1)
        alasan = {JenisCuti.TAHUNAN: g.choice(('Keperluan keluarga', 'Mudik ke kampung halaman', 'Acara pernikahan saudara',
                                               'Mengantar anak mendaftar sekolah', 'Istirahat')),
                  JenisCuti.SAKIT: 'Sakit, surat keterangan dokter terlampir',
                  JenisCuti.ALASAN_PENTING: g.choice(('Orang tua sakit keras', 'Keluarga meninggal dunia')),
                  JenisCuti.MELAHIRKAN: 'Persalinan anak kedua', JenisCuti.BESAR: 'Menunaikan ibadah haji'}[jenis]
        keputusan = None if mulai > g.end - timedelta(days=3) else g.weighted(
            ((KeputusanCuti.DISETUJUI, 90), (KeputusanCuti.PERUBAHAN, 5), (KeputusanCuti.DITANGGUHKAN, 5)))
        cuti.append(Cuti(pegawai_id=pegawai.id, jenis=jenis, alasan=alasan, mulai=mulai, selesai=selesai,
                         alamat_selama_cuti=f'Dusun {g.choice(DUSUN)}, Desa {g.choice(demo.desa).nama}, '
                                            'Kec. Candipuro, Lumajang',
                         keputusan=keputusan, created_at=stamp(min(mulai - timedelta(days=7), g.end))))
    await demo.bulk(Cuti, cuti)
