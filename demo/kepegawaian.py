"""Demo rows of M1.2 Kepegawaian (models/kepegawaian.py): the office's roster of pegawai, with NIP
that agree with the birth date, TMT CPNS and sex (Perka BKN 22/2007), their career dates (TMT CPNS,
PNS, pangkat, gaji berkala, latihan jabatan), PPPK with a golongan, one PNS near the batas usia
pensiun, and cuti of every kind within the rules of PP 11/2017.
"""
from __future__ import annotations

from datetime import date, timedelta

from demo.base import AWAL, DUSUN, TEMPAT_LAHIR, DemoData, demo_rows, stamp
from models.choices import JenisKelamin, Pendidikan
from models.kepegawaian import (Cuti, Eselon, GolonganPPPK, JenisCuti, JenisJabatan, KeputusanCuti, Pegawai,
                                StatusPegawai, UnitKerja, add_years, saldo_cuti_tahunan)
from models.reference import Pangkat
from models.workdays import add_working_days

ROSTER = (  # jabatan, jenis, eselon, unit, status, golongan (PPPK: I–XVII), pendidikan, gelar belakang
    ('Camat Candipuro', 'A', 'III.a', UnitKerja.PIMPINAN, 'PNS', 'IV/b', 'S2', 'S.STP., M.Si.'),
    ('Sekretaris Kecamatan', 'A', 'III.b', UnitKerja.PIMPINAN, 'PNS', 'IV/a', 'S2', 'S.Sos., M.AP.'),
    ('Kepala Subbagian Umum dan Kepegawaian', 'W', 'IV.b', UnitKerja.UMUM, 'PNS', 'III/d', 'S1', 'S.AP.'),
    ('Kepala Subbagian Keuangan', 'W', 'IV.b', UnitKerja.KEUANGAN, 'PNS', 'III/d', 'S1', 'S.E.'),
    ('Kepala Seksi Pelayanan Umum', 'W', 'IV.a', UnitKerja.PELAYANAN, 'PNS', 'III/d', 'S1', 'S.Sos.'),
    ('Kepala Seksi Pemberdayaan Masyarakat', 'W', 'IV.a', UnitKerja.PEMBERDAYAAN, 'PNS', 'III/c', 'S1', 'S.P.'),
    ('Kepala Seksi Pemerintahan', 'W', 'IV.a', UnitKerja.PEMERINTAHAN, 'PNS', 'III/d', 'S1', 'S.H.'),
    ('Pengadministrasi Umum', 'P', None, UnitKerja.UMUM, 'PNS', 'II/c', 'SMA', None),
    ('Pengelola Kepegawaian', 'P', None, UnitKerja.UMUM, 'PNS', 'III/a', 'S1', 'S.AP.'),
    ('Pengelola Barang Milik Daerah', 'P', None, UnitKerja.UMUM, 'PNS', 'II/d', 'D3', 'A.Md.'),
    ('Arsiparis Ahli Pertama', 'F', None, UnitKerja.UMUM, 'PNS', 'III/b', 'S1', 'S.Hum.'),
    ('Bendahara Pengeluaran', 'P', None, UnitKerja.KEUANGAN, 'PNS', 'III/a', 'S1', 'S.E.'),
    ('Penyusun Program Anggaran dan Pelaporan', 'P', None, UnitKerja.KEUANGAN, 'PNS', 'III/b', 'S1', 'S.E.'),
    ('Perencana Ahli Pertama', 'F', None, UnitKerja.KEUANGAN, 'PNS', 'III/a', 'S1', 'S.T.'),
    ('Pengadministrasi Layanan Publik', 'P', None, UnitKerja.PELAYANAN, 'PNS', 'II/c', 'SMA', None),
    ('Pengelola Layanan Operasional', 'P', None, UnitKerja.PELAYANAN, 'PPPK', 'VII', 'D3', 'A.Md.'),
    ('Operator Layanan Operasional', 'P', None, UnitKerja.PELAYANAN, 'PPPK', 'V', 'SMA', None),
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


JENIS_JABATAN = {'A': JenisJabatan.ADMINISTRATOR, 'W': JenisJabatan.PENGAWAS, 'F': JenisJabatan.FUNGSIONAL,
                 'P': JenisJabatan.PELAKSANA}
LATIHAN = {'A': ('Pelatihan Kepemimpinan Administrator (PKA)', 360),
           'W': ('Pelatihan Kepemimpinan Pengawas (PKP)', 270)}


@demo_rows(step=20)
async def kepegawaian(demo: DemoData) -> None:
    g = demo.g
    pangkat = {p.golongan: p for p in await Pangkat.all()}
    rows = []
    for index, (jabatan, jenis, eselon, unit, status, golongan, pendidikan, gelar) in enumerate(ROSTER):
        nama, sex = g.name()
        senior = golongan and golongan.startswith(('IV', 'III/d', 'III/c'))
        born = g.birth(40, 56) if senior else g.birth(22, 50)
        if index == 2:   # the Kasubbag Umum reaches the batas usia pensiun (58) within the demo's half year
            born = add_years(g.end, -58, 4)
        status = StatusPegawai(status)
        nip = tmt_cpns = tmt_pns = None
        if status in (StatusPegawai.PNS, StatusPegawai.CPNS):
            year = 2025 if status == StatusPegawai.CPNS else min(born.year + g.rng.randrange(23, 31), 2021)
            tmt_cpns = date(max(year, born.year + 19), g.choice((1, 3, 4, 12)), 1)
            tmt_pns = add_years(tmt_cpns, 1) if status == StatusPegawai.PNS else None
            nip = g.nip(born, sex, tmt_cpns)
        elif status == StatusPegawai.PPPK:  # PPPK numbers: another layout, 18 digits
            nip = f'{born:%Y%m%d}2024{g.choice(("02", "10"))}{1 if sex == JenisKelamin.L else 2}' \
                  f'{g.rng.randrange(1, 999):03d}'
        pangkat_id = pangkat[golongan].id if golongan and status != StatusPegawai.PPPK else None
        tmt_pangkat = max(date(g.rng.randrange(2019, 2026), g.choice((4, 10)), 1), tmt_cpns) if pangkat_id else None
        latihan = LATIHAN.get(jenis)
        lulus = (born.year + {'S2': 26, 'S1': 23, 'D3': 21}.get(pendidikan, 18)) if pendidikan else None
        rows.append(Pegawai(
            nip=nip, nama=nama, gelar_depan='Drs.' if jabatan == 'Sekretaris Kecamatan' and g.chance(.3) else None,
            gelar_belakang=gelar, tempat_lahir=g.choice(TEMPAT_LAHIR), tanggal_lahir=born, jenis_kelamin=sex,
            status=status, pangkat_id=pangkat_id, tmt_pangkat=tmt_pangkat,
            golongan_pppk=GolonganPPPK(golongan) if status == StatusPegawai.PPPK else None,
            tmt_cpns=tmt_cpns, tmt_pns=tmt_pns,
            tmt_kgb=add_years(tmt_cpns, 2 * ((g.end.year - tmt_cpns.year - 1) // 2)) if tmt_cpns else None,
            jabatan=jabatan, jenis_jabatan=JENIS_JABATAN[jenis], eselon=Eselon(eselon) if eselon else None,
            tmt_jabatan=date(g.rng.randrange(2018, 2026), g.rng.randrange(1, 13), 1),
            latihan_jabatan=latihan[0] if latihan else None,
            latihan_jabatan_lulus=date(g.rng.randrange(2015, 2024), g.rng.randrange(1, 13), 1) if latihan else None,
            latihan_jabatan_jam=latihan[1] if latihan else None,
            pendidikan=Pendidikan.SMA if pendidikan == 'SMA' else Pendidikan(pendidikan), unit=unit,
            pendidikan_lulus=min(lulus, g.end.year) if lulus else None,
            created_at=stamp(AWAL)))
    await demo.bulk(Pegawai, rows)
    demo.pegawai = list(await Pegawai.all().order_by('id'))

    cuti = []
    asn = [p for p in demo.pegawai if p.status == StatusPegawai.PNS and p.tmt_cpns and p.tmt_cpns.year < 2019]
    for _ in range(40):
        pegawai = g.choice(asn)
        jenis = g.weighted(((JenisCuti.TAHUNAN, 68), (JenisCuti.SAKIT, 12), (JenisCuti.ALASAN_PENTING, 10),
                            (JenisCuti.MELAHIRKAN, 5 if pegawai.jenis_kelamin == JenisKelamin.P else 0),
                            (JenisCuti.BESAR, 3), (JenisCuti.BERSAMA, 2)))
        mulai = g.day(AWAL, g.end + timedelta(days=20))
        length = {JenisCuti.TAHUNAN: g.rng.randrange(1, 4), JenisCuti.SAKIT: g.rng.randrange(2, 8),
                  JenisCuti.ALASAN_PENTING: g.rng.randrange(2, 6), JenisCuti.BESAR: 60, JenisCuti.BERSAMA: 1}.get(jenis)
        if jenis in (JenisCuti.TAHUNAN, JenisCuti.BERSAMA):
            selesai = add_working_days(mulai, length - 1)
        elif jenis == JenisCuti.MELAHIRKAN:
            selesai = add_years(mulai, 0, 3) - timedelta(days=1)
        else:
            selesai = mulai + timedelta(days=length - 1)
        alasan = {JenisCuti.TAHUNAN: g.choice(('Keperluan keluarga', 'Mudik ke kampung halaman', 'Acara pernikahan saudara',
                                               'Mengantar anak mendaftar sekolah', 'Istirahat')),
                  JenisCuti.SAKIT: 'Sakit, surat keterangan dokter terlampir',
                  JenisCuti.ALASAN_PENTING: g.choice(('Orang tua sakit keras', 'Keluarga meninggal dunia')),
                  JenisCuti.MELAHIRKAN: 'Persalinan anak kedua', JenisCuti.BESAR: 'Menunaikan ibadah haji',
                  JenisCuti.BERSAMA: 'Cuti bersama (petugas piket pada hari cuti bersama yang ditetapkan)'}[jenis]
        decided = mulai <= g.end - timedelta(days=3)
        atasan = g.weighted(((KeputusanCuti.DISETUJUI, 92), (KeputusanCuti.PERUBAHAN, 4),
                             (KeputusanCuti.DITANGGUHKAN, 4))) if decided or g.chance(.5) else None
        keputusan = (KeputusanCuti.DISETUJUI if atasan == KeputusanCuti.DISETUJUI else atasan) if decided else None
        cuti.append(Cuti(pegawai_id=pegawai.id, jenis=jenis, alasan=alasan, mulai=mulai, selesai=selesai,
                         ibadah_haji_pertama=jenis == JenisCuti.BESAR,
                         persalinan_ke=2 if jenis == JenisCuti.MELAHIRKAN else None,
                         alamat_selama_cuti=f'Dusun {g.choice(DUSUN)}, Desa {g.choice(demo.desa).nama}, '
                                            'Kec. Candipuro, Lumajang',
                         pertimbangan_atasan=atasan, keputusan=keputusan,
                         created_at=stamp(min(mulai - timedelta(days=7), g.end))))
    await demo.bulk(Cuti, cuti)
    # the formulir's catatan cuti: the cuti tahunan left of N-2, N-1 and N beside each request
    by_id = {p.id: p for p in demo.pegawai}
    for row in await Cuti.all().order_by('mulai', 'id'):
        saldo = await saldo_cuti_tahunan(by_id[row.pegawai_id], row.mulai.year, kecuali=row.id)
        await Cuti.filter(id=row.id).update(sisa_n2=saldo.n2, sisa_n1=saldo.n1, sisa_n=saldo.n)
