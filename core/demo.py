"""Demo data: a living Kecamatan Candipuro for a new user to try, in every registered table.

    python main.py demo                 fill an empty database (migrates and seeds it first)
    make run DEMO=1                     the same at start-up (env DEMO_DATA=1), only when empty

Never on by default, and never on a database that already holds records: `is_empty()` looks at
every table the reference seed does not fill, and at the users.

The rows are made up but follow the rules of each table (check_rules, derived values, yearly
numbers): NIP agree with the birth date and sex, NIK are 16 digits of Kec. Candipuro (3508 03
DDMMYY nnnn, day + 40 for women), dates fall in 2025–2026 up to `AKHIR` (or today, if earlier),
money is Rupiah, the SKM answers give an IKM of about 80 (mutu B). Everything comes from one
seeded random generator, so the same seed gives the same data. The surat masuk reuse the
benchmark's seeded generator (bench/datagen.py). Rows are built as model instances, their `derive()`
run, and written with bulk_create; values that other rows derive (jumlah peserta, realisasi
anggaran, jumlah desa, the surat's status) are computed here the way their `after_write` computes
them. `check_sample()` runs each table's check_rules on a sample afterwards, and the fill fails
loudly if one is refused.

The kegiatan and sub kegiatan names follow the Kepmendagri 050-5889/2021 nomenclature for urusan
7.01 Kecamatan as far as known; treat them, like every name here, as examples.
"""
from __future__ import annotations

import asyncio
import os
import random
import sys
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from core import audit
from core.access import RoleKind
from core.accounts import OPERATOR_DESA_ROLE, USERNAME_PATTERN, default_roles, normalise_username
from core.passwords import hash_password, policy_error
from core.texts import t
from forms.indonesian import WIB, format_number
from models.accounts import Role, User
from models.audit import AuditAction
from models.kepegawaian import (Cuti, Eselon, JenisCuti, JenisJabatan, KeputusanCuti, Pegawai, StatusPegawai,
                                UnitKerja)
from models.informasi import (HasilVerifikasi, InformasiPeraturan, JenisInformasi, PenyampaianInformasi,
                              PermintaanData, PermohonanDataDesa, StatusPermintaan, StatusPermohonanDesa,
                              VerifikasiInformasi)
from models.keuangan import Anggaran, RealisasiAnggaran
from models.musrenbang import (VALIDATED, BeritaAcaraValidasi, Musrenbang, StatusUsulan, TahapUsulan,
                               UsulanMusrenbang)
from models.pelayanan import (JenisLayanan, PekerjaanResponden, PendidikanResponden, RegisterLayanan, SkmResponden,
                              StatusLayanan, UNSUR_IKM)
from models.pemberdayaan import (BentukPembinaan, KategoriPenerima, KegiatanPemberdayaan, Narasumber,
                                 PenerimaPembinaan, StatusUsulanMasyarakat, UsulanMasyarakat)
from models.pemerintahan_desa import (BIDANG_BELANJA, EvaluasiApbdes, HasilEvaluasi, JabatanPerangkat, JenisApbdes,
                                      PembinaanDesa, PerangkatDesa, StatusPembinaan)
from models.perencanaan import (CaraHitung, IndikatorKinerja, JenisLaporan, Laporan, Level, ProgramKegiatan)
from models.persuratan import (Disposisi, Instruksi, JenisNaskah, Sifat, StatusDisposisi, StatusSuratKeluar,
                               StatusSuratMasuk, SuratKeluar, SuratMasuk, Urgensi)
from models.choices import JenisKelamin, Pendidikan
from models.process_map import Section
from models.reference import Desa, Instansi, JenisInstansi, KlasifikasiArsip, Pangkat
from models.sarpras import (AsalUsul, Kib, Kondisi, JenisMutasi, KibATanah, KibBPeralatanMesin,
                            KibCGedungBangunan, KibDJalanIrigasiJaringan, KibEAsetTetapLainnya,
                            KibFKonstruksiDalamPengerjaan, MutasiBarang)
from models.table import TABLES
from models.workdays import add_working_days, is_working_day

SEED = 35_08_03                     # Kec. Candipuro's area code
AWAL = date(2025, 1, 2)
AKHIR = date(2026, 11, 27)          # the last day with data (or today, if earlier)
DEMO_USER = 'demo'                  # created_by of every demo row
DEMO_PASSWORD = 'candipuro-demo-2026'
SEEDED_TABLES = {'desa', 'instansi', 'klasifikasi_arsip', 'pangkat', 'program_kegiatan', 'jenis_layanan'}
KODE_KECAMATAN = '350803'           # NIK prefix: Jawa Timur 35, Lumajang 08, Candipuro 03
KODE_SURAT = '427.75'               # the kecamatan's code in its letter numbers (example)


def wanted() -> bool:
    """DEMO_DATA=1 (set by `make run DEMO=1`) asks for demo data at start-up."""
    return os.environ.get('DEMO_DATA', '').strip().lower() in ('1', 'true', 'yes', 'ya')


def last_day() -> date:
    return min(date.today(), AKHIR)


# --------------------------------------------------------------------------- names and numbers

PRIA = ('Ahmad', 'Agus', 'Bambang', 'Budi', 'Dwi', 'Eko', 'Fajar', 'Hadi', 'Hendra', 'Imam', 'Joko', 'Kusnadi',
        'Mohammad', 'Rudi', 'Slamet', 'Sugeng', 'Suprapto', 'Teguh', 'Wahyu', 'Yusuf', 'Arif', 'Didik', 'Heru',
        'Nur Hasan', 'Rizky', 'Syaiful', 'Totok', 'Gatot', 'Hariyanto', 'Abdul Rochim', 'Anang', 'Mulyadi')
WANITA = ('Ani', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Kartini', 'Lestari', 'Nanik', 'Rina', 'Siti', 'Sri',
          'Tri', 'Umi', 'Wulan', 'Yuli', 'Sumiati', 'Suwarni', 'Nur Aini', 'Dian', 'Eka', 'Ratna', 'Yuyun',
          'Lilik', 'Hartatik', 'Ninik', 'Anis')
BELAKANG_PRIA = ('Santoso', 'Wibowo', 'Hidayat', 'Prasetyo', 'Setiawan', 'Susanto', 'Kurniawan', 'Saputra',
                 'Effendi', 'Hermawan', 'Firmansyah', 'Maulana', 'Syahputra', 'Wijaya', 'Sutrisno', 'Purnomo')
BELAKANG_WANITA = ('Rahayu', 'Wahyuni', 'Lestari', 'Handayani', 'Purnamasari', 'Susanti', 'Rahmawati', 'Astuti',
                   'Kusumawati', 'Fatmawati', 'Nurhayati', 'Ningsih', 'Suryani', 'Maharani')
TEMPAT_LAHIR = ('Lumajang', 'Lumajang', 'Lumajang', 'Jember', 'Probolinggo', 'Malang', 'Pasuruan', 'Surabaya')
DUSUN = ('Krajan', 'Kampung Baru', 'Sumbersari', 'Gondoruso', 'Kebonan', 'Karanganyar', 'Sukosari', 'Tegalrejo',
         'Sidomulyo', 'Rowobaung', 'Kajar Kuning', 'Umbulan')


class Generator:
    """The seeded source of every random choice, with the helpers the tables share."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.end = last_day()
        self._nik_serial = 0
        self._nip_serial: dict[str, int] = defaultdict(int)

    def choice(self, items):
        return self.rng.choice(items)

    def weighted(self, pairs):
        return self.rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def name(self, sex: JenisKelamin | None = None) -> tuple[str, JenisKelamin]:
        sex = sex or self.choice((JenisKelamin.L, JenisKelamin.P))
        if sex == JenisKelamin.L:
            return f'{self.choice(PRIA)} {self.choice(BELAKANG_PRIA)}', sex
        return f'{self.choice(WANITA)} {self.choice(BELAKANG_WANITA)}', sex

    def birth(self, youngest: int = 20, oldest: int = 60) -> date:
        today = self.end
        start = date(today.year - oldest, 1, 1)
        stop = date(today.year - youngest, 12, 31)
        return start + timedelta(days=self.rng.randrange((stop - start).days))

    def nik(self, born: date, sex: JenisKelamin) -> str:
        """A NIK of Kec. Candipuro: 350803, the birth date DDMMYY (day + 40 for women), a serial."""
        self._nik_serial += 1
        day = born.day + (40 if sex == JenisKelamin.P else 0)
        return f'{KODE_KECAMATAN}{day:02d}{born:%m%y}{self._nik_serial % 10000:04d}'

    def nip(self, born: date, sex: JenisKelamin, tmt_cpns: date) -> str:
        """NIP of a PNS: birth date, TMT CPNS (yyyymm), 1/2 for the sex, serial (Perka BKN 22/2007)."""
        prefix = f'{born:%Y%m%d}{tmt_cpns:%Y%m}{1 if sex == JenisKelamin.L else 2}'
        self._nip_serial[prefix] += 1
        return f'{prefix}{self._nip_serial[prefix]:03d}'

    def day(self, first: date | None = None, last: date | None = None, working: bool = True) -> date:
        """A random day between first and last (default: the demo period), a working day by default."""
        first, last = first or AWAL, min(last or self.end, self.end)
        if last < first:
            last = first
        for _ in range(20):
            value = first + timedelta(days=self.rng.randrange((last - first).days + 1))
            if not working or is_working_day(value):
                return value
        return first

    def days(self, n: int, first: date | None = None, last: date | None = None) -> list[date]:
        return sorted(self.day(first, last) for _ in range(n))

    def money(self, low: int, high: int, step: int = 1000) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)

    def phone(self) -> str:
        return f'08{self.choice(("12", "13", "52", "53", "57", "77", "81", "95"))}-' \
               f'{self.rng.randrange(1000, 9999)}-{self.rng.randrange(1000, 9999)}'


def stamp(day: date, hour: int = 8) -> datetime:
    """created_at of a row entered on `day`, office hours, WIB."""
    return datetime.combine(day, time(hour, 0), tzinfo=WIB)


def romawi(month: int) -> str:
    return ('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII')[month - 1]


BULAN = ('Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
         'November', 'Desember')


# --------------------------------------------------------------------------- the filler

class DemoData:
    """Fills every table, in the order of their references. `counts` says how many rows went where."""

    def __init__(self, seed: int = SEED) -> None:
        self.g = Generator(seed)
        self.counts: dict[str, int] = {}
        self.desa: list[Desa] = []
        self.instansi: dict[str, Instansi] = {}
        self.pegawai: list[Pegawai] = []
        self.layanan: list[JenisLayanan] = []

    async def bulk(self, model, rows: list) -> None:
        for row in rows:
            row.derive()
            if getattr(row, 'created_by', None) is None:
                row.created_by = DEMO_USER
            row.updated_by = row.created_by
        if rows:
            await model.bulk_create(rows, batch_size=500)
        name = model._meta.db_table
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    async def run(self) -> dict[str, int]:
        self.desa = list(await Desa.filter(deleted_at__isnull=True).order_by('kode'))
        await self.reference()
        await self.kepegawaian()
        await self.persuratan()
        await self.sarpras()
        await self.perencanaan()
        await self.keuangan()
        await self.pelayanan()
        await self.pemberdayaan()
        await self.pemerintahan_desa()
        await self.musrenbang()
        await self.informasi()
        return self.counts

    # ----------------------------------------------------------------- reference tables
    async def reference(self) -> None:
        """The seed fills desa, instansi, klasifikasi and pangkat; add the OPD and Bagian Setda that
        the demo rows name, and a second level of klasifikasi the letters use."""
        extra = [
            ('Dinas Pekerjaan Umum dan Penataan Ruang', JenisInstansi.OPD),
            ('Dinas Pendidikan', JenisInstansi.OPD),
            ('Dinas Pertanian dan Ketahanan Pangan', JenisInstansi.OPD),
            ('Dinas Koperasi dan Usaha Mikro', JenisInstansi.OPD),
            ('Dinas Pemberdayaan Masyarakat dan Desa', JenisInstansi.OPD),
            ('Badan Penanggulangan Bencana Daerah', JenisInstansi.OPD),
            ('Bagian Pemerintahan Setda Kabupaten Lumajang', JenisInstansi.OPD),
            ('Bagian Perekonomian Setda Kabupaten Lumajang', JenisInstansi.OPD),
            ('Bagian Kesejahteraan Rakyat Setda Kabupaten Lumajang', JenisInstansi.OPD),
            ('Bagian Organisasi Setda Kabupaten Lumajang', JenisInstansi.OPD),
            ('Puskesmas Candipuro', JenisInstansi.LAINNYA),
        ]
        known = {i.nama.casefold() for i in await Instansi.all()}
        await self.bulk(Instansi, [Instansi(nama=nama, jenis=jenis, keterangan='Data demo')
                                   for nama, jenis in extra if nama.casefold() not in known])
        self.instansi = {i.nama: i for i in await Instansi.filter(deleted_at__isnull=True)}
        second_level = [
            ('000.1', 'Ketatausahaan dan Kerumahtanggaan', 2, 3), ('000.9', 'Rapat dan Undangan', 1, 1),
            ('100.3', 'Pemerintahan Desa', 3, 5), ('400.10', 'Pemberdayaan Masyarakat', 2, 3),
            ('800.1', 'Sumber Daya Manusia', 2, 5), ('900.1', 'Keuangan Daerah', 2, 5),
        ]
        known = set(await KlasifikasiArsip.all().values_list('kode', flat=True))
        await self.bulk(KlasifikasiArsip, [KlasifikasiArsip(kode=kode, nama=nama, retensi_aktif=aktif,
                                                            retensi_inaktif=inaktif)
                                           for kode, nama, aktif, inaktif in second_level if kode not in known])

    def instansi_id(self, nama: str) -> int:
        return self.instansi[nama].id

    # ----------------------------------------------------------------- M1.2 Kepegawaian
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

    async def kepegawaian(self) -> None:
        g = self.g
        pangkat = {p.golongan: p for p in await Pangkat.all()}
        rows = []
        for jabatan, jenis, eselon, unit, status, golongan, pendidikan, gelar in self.ROSTER:
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
                jabatan=jabatan, jenis_jabatan=self.JENIS_JABATAN[jenis], eselon=Eselon(eselon) if eselon else None,
                tmt_jabatan=date(g.rng.randrange(2018, 2026), g.rng.randrange(1, 13), 1),
                pendidikan=Pendidikan.SMA if pendidikan == 'SMA' else Pendidikan(pendidikan), unit=unit,
                created_at=stamp(AWAL)))
        await self.bulk(Pegawai, rows)
        self.pegawai = list(await Pegawai.all().order_by('id'))

        cuti = []
        asn = [p for p in self.pegawai if p.nip]
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
                             alamat_selama_cuti=f'Dusun {g.choice(DUSUN)}, Desa {g.choice(self.desa).nama}, '
                                                'Kec. Candipuro, Lumajang',
                             keputusan=keputusan, created_at=stamp(min(mulai - timedelta(days=7), g.end))))
        await self.bulk(Cuti, cuti)

    # ----------------------------------------------------------------- M1.1 Persuratan
    async def persuratan(self) -> None:
        from bench.datagen import SURAT_MASUK_COLUMNS, surat_masuk_rows
        g = self.g
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
        await self.bulk(SuratMasuk, surat)

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
        await self.bulk(Disposisi, first_level)
        parents = {sid: did for did, sid in await Disposisi.all().values_list('id', 'surat_masuk_id')}
        for surat_id, child in second_level:
            child.induk_id = parents[surat_id]
        await self.bulk(Disposisi, [child for _, child in second_level])

        tujuan = [f'Kepala Desa {d.nama}' for d in self.desa] + [
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
        await self.bulk(SuratKeluar, keluar)

    # ----------------------------------------------------------------- M1.3 Sarana dan Prasarana
    async def sarpras(self) -> None:
        g = self.g
        letak = 'Jl. Raya Candipuro No. 1, Desa Candipuro'

        def kib(model, items):
            rows, registers = [], defaultdict(int)
            for kode, nama, tahun, harga, extra in items:
                registers[kode] += 1
                rows.append(model(kode_barang=kode, register=f'{registers[kode]:06d}', nama_barang=nama, tahun=tahun,
                                  harga=Decimal(harga), kondisi=extra.pop('kondisi', Kondisi.BAIK),
                                  asal_usul=extra.pop('asal_usul', AsalUsul.PEMBELIAN), **extra))
            return rows

        await self.bulk(KibATanah, kib(KibATanah, [
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
                                 bahan='Logam/Plastik', kondisi=Kondisi.RUSAK_BERAT if i == 7 else Kondisi.BAIK)))
        for _ in range(4):
            b_items.append(('1.3.2.10.01.02.002', 'Laptop', g.choice((2022, 2024, 2025)),
                            g.money(11_000_000, 17_000_000, 50_000),
                            dict(merk_type=g.choice(('Asus ExpertBook B1', 'Lenovo ThinkPad E14')), bahan='Logam/Plastik')))
        for i in range(5):
            b_items.append(('1.3.2.10.02.03.003', 'Printer', g.choice((2020, 2022, 2024)),
                            g.money(3_000_000, 5_500_000, 50_000),
                            dict(merk_type=g.choice(('Epson L3210', 'Canon G2020', 'HP LaserJet M211')),
                                 kondisi=Kondisi.KURANG_BAIK if i == 0 else Kondisi.BAIK)))
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
            ('1.3.2.05.02.04.004', 'Air Conditioner', 2022, 6_250_000, dict(merk_type='Daikin 1 PK', ukuran_cc='1 PK')),
            ('1.3.2.05.02.04.004', 'Air Conditioner', 2022, 6_250_000, dict(merk_type='Daikin 1 PK', ukuran_cc='1 PK')),
            ('1.3.2.05.02.06.002', 'LCD Proyektor', 2023, 8_900_000, dict(merk_type='Epson EB-X500')),
            ('1.3.2.05.02.01.001', 'Genset', 2020, 32_000_000, dict(merk_type='Yamaha EF 6600', ukuran_cc='5,5 kVA')),
            ('1.3.2.05.01.04.001', 'Meja Pelayanan PATEN', 2024, 12_500_000, dict(bahan='Kayu jati', asal_usul=AsalUsul.SWAKELOLA)),
        ]
        await self.bulk(KibBPeralatanMesin, kib(KibBPeralatanMesin, b_items))
        await self.bulk(KibCGedungBangunan, kib(KibCGedungBangunan, [
            ('1.3.3.01.01.01.001', 'Gedung Kantor Kecamatan Candipuro', 1990, 2_150_000_000,
             dict(bertingkat=True, luas_lantai_m2=Decimal(720), letak=letak, no_dokumen='648/12/427.75/1990',
                  tgl_dokumen=date(1990, 3, 12), status_tanah='Hak Pakai')),
            ('1.3.3.01.01.01.001', 'Gedung Pelayanan PATEN', 2017, 865_000_000,
             dict(luas_lantai_m2=Decimal(210), letak=letak, status_tanah='Hak Pakai')),
            ('1.3.3.01.01.10.001', 'Pendopo Kecamatan', 2003, 740_000_000,
             dict(luas_lantai_m2=Decimal(400), letak=letak, status_tanah='Hak Pakai', kondisi=Kondisi.KURANG_BAIK)),
            ('1.3.3.01.02.01.001', 'Rumah Dinas Camat', 1986, 610_000_000,
             dict(luas_lantai_m2=Decimal(180), letak='Jl. Raya Candipuro No. 3, Desa Candipuro', status_tanah='Hak Pakai')),
            ('1.3.3.01.01.12.001', 'Garasi Kendaraan Dinas', 2012, 95_000_000,
             dict(luas_lantai_m2=Decimal(60), letak=letak, beton=False)),
            ('1.3.3.01.01.13.001', 'Musala Kantor Kecamatan', 2015, 120_000_000,
             dict(luas_lantai_m2=Decimal(48), letak=letak, asal_usul=AsalUsul.SWAKELOLA)),
        ]))
        await self.bulk(KibDJalanIrigasiJaringan, kib(KibDJalanIrigasiJaringan, [
            ('1.3.4.01.01.06.001', 'Jalan Lingkungan Kantor Kecamatan', 2016, 185_000_000,
             dict(konstruksi='Paving', panjang=Decimal('0.12'), lebar=Decimal(5), luas=Decimal(600), letak=letak,
                  status_tanah='Hak Pakai')),
            ('1.3.4.02.03.01.001', 'Saluran Drainase Kantor', 2018, 76_000_000,
             dict(konstruksi='Pasangan batu', panjang=Decimal('0.25'), lebar=Decimal('0.6'), luas=Decimal(150),
                  letak=letak)),
            ('1.3.4.03.02.04.001', 'Jaringan Listrik Kantor', 2017, 64_000_000,
             dict(konstruksi='Kabel tanah', panjang=Decimal('0.30'), letak=letak)),
            ('1.3.4.03.03.05.001', 'Jaringan Internet Fiber Optik', 2023, 42_500_000,
             dict(konstruksi='Kabel udara', panjang=Decimal('0.40'), letak=letak)),
        ]))
        await self.bulk(KibEAsetTetapLainnya, kib(KibEAsetTetapLainnya, [
            ('1.3.5.01.01.01.001', 'Buku Peraturan Perundang-undangan', 2023, 4_500_000,
             dict(judul_spesifikasi='Himpunan Peraturan tentang Desa', jumlah=15, jenis='Buku')),
            ('1.3.5.01.01.01.001', 'Buku Pedoman PATEN', 2024, 1_800_000,
             dict(judul_spesifikasi='Pedoman Pelayanan Administrasi Terpadu Kecamatan', jumlah=10, jenis='Buku')),
            ('1.3.5.02.01.01.001', 'Lukisan Gunung Semeru', 2019, 7_500_000,
             dict(judul_spesifikasi='Semeru dari Candipuro', asal_daerah='Lumajang', pencipta='Sanggar Seni Lumajang',
                  bahan='Cat minyak di kanvas', ukuran='120 x 80 cm', asal_usul=AsalUsul.HIBAH)),
            ('1.3.5.03.01.01.001', 'Pohon Pisang Agung', 2022, 1_200_000,
             dict(judul_spesifikasi='Tanaman peneduh halaman', jenis='Tanaman', jumlah=12, asal_usul=AsalUsul.HIBAH)),
        ]))
        await self.bulk(KibFKonstruksiDalamPengerjaan, kib(KibFKonstruksiDalamPengerjaan, [
            ('1.3.6.01.01.01.001', 'Rehabilitasi Gedung Pelayanan PATEN', g.end.year, 315_000_000,
             dict(luas_lantai_m2=Decimal(210), letak=letak, no_dokumen=f'027/45/{KODE_SURAT}/{g.end.year}',
                  tgl_dokumen=date(g.end.year, 7, 14), status_tanah='Hak Pakai',
                  tanggal_mulai=date(g.end.year, 8, 3))),
            ('1.3.6.01.01.01.001', 'Pembangunan Pagar Kantor Kecamatan', g.end.year, 148_000_000,
             dict(letak=letak, tanggal_mulai=date(g.end.year, 9, 21), beton=True)),
        ]))
        mutasi = []
        barang = [(Kib.B, b) for b in await KibBPeralatanMesin.all()] + [(Kib.C, c) for c in await KibCGedungBangunan.all()]
        for kib_kind, item in g.rng.sample(barang, 12):
            jenis = g.weighted(((JenisMutasi.PEMELIHARAAN, 70), (JenisMutasi.RUSAK, 15), (JenisMutasi.PINDAH, 15)))
            if item.kondisi == Kondisi.RUSAK_BERAT:
                jenis = JenisMutasi.RUSAK
            tanggal = g.day()
            mutasi.append(MutasiBarang(
                kib=kib_kind, kode_barang=item.kode_barang, register=item.register, nama_barang=item.nama_barang,
                jenis=jenis, tanggal=tanggal,
                nilai=g.money(350_000, 4_500_000, 50_000) if jenis == JenisMutasi.PEMELIHARAAN else None,
                keterangan={JenisMutasi.PEMELIHARAAN: 'Servis berkala', JenisMutasi.RUSAK: 'Rusak, diusulkan penghapusan',
                            JenisMutasi.PINDAH: 'Dipindah ke ruang pelayanan'}[jenis],
                created_at=stamp(tanggal)))
        await self.bulk(MutasiBarang, mutasi)

    # ----------------------------------------------------------------- M2 Perencanaan dan Pelaporan
    KEGIATAN = (  # kegiatan kode, nama, [(sub kode, nama, pagu)]
        ('7.01.01.2.01', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', [
            ('7.01.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 18_500_000),
            ('7.01.01.2.01.0006', 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
             12_000_000)]),
        ('7.01.01.2.06', 'Administrasi Umum Perangkat Daerah', [
            ('7.01.01.2.06.0002', 'Penyediaan Peralatan dan Perlengkapan Kantor', 45_000_000),
            ('7.01.01.2.06.0005', 'Penyediaan Barang Cetakan dan Penggandaan', 22_000_000),
            ('7.01.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 36_000_000)]),
        ('7.01.01.2.08', 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah', [
            ('7.01.01.2.08.0002', 'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik', 54_000_000)]),
        ('7.01.01.2.09', 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', [
            ('7.01.01.2.09.0002', 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan '
                                  'Dinas Operasional atau Lapangan', 28_000_000)]),
        ('7.01.02.2.01', 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', [
            ('7.01.02.2.01.0001', 'Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 65_000_000)]),
        ('7.01.03.2.01', 'Koordinasi Kegiatan Pemberdayaan Desa', [
            ('7.01.03.2.01.0001', 'Fasilitasi dan Pembinaan Pemberdayaan Masyarakat dan UMKM', 48_000_000)]),
        ('7.01.06.2.01', 'Fasilitasi Penyelenggaraan Pemerintahan Desa', [
            ('7.01.06.2.01.0001', 'Pembinaan dan Pengawasan Administrasi dan Keuangan Desa', 52_000_000)]),
    )

    async def perencanaan(self) -> None:
        from core.seed import PROGRAM_KECAMATAN
        g = self.g
        years = [y for y in (2025, 2026) if y <= g.end.year]
        have = set(await ProgramKegiatan.all().values_list('tahun', 'kode'))
        rows = [ProgramKegiatan(tahun=tahun, kode=kode, nama=nama, level=Level.PROGRAM, created_at=stamp(AWAL))
                for tahun in years for kode, nama in PROGRAM_KECAMATAN if (tahun, kode) not in have]
        for tahun in years:
            grow = Decimal('1.05') if tahun == 2026 else Decimal(1)
            for kode, nama, subs in self.KEGIATAN:
                rows.append(ProgramKegiatan(tahun=tahun, kode=kode, nama=nama, pagu=sum(
                    (Decimal(p) * grow for _, _, p in subs), Decimal(0))))
                rows += [ProgramKegiatan(tahun=tahun, kode=sub, nama=sub_nama, pagu=Decimal(pagu) * grow)
                         for sub, sub_nama, pagu in subs]
        await self.bulk(ProgramKegiatan, rows)
        by_code = {(p.tahun, p.kode): p for p in await ProgramKegiatan.all()}

        indikator = []
        quarters_done = {tahun: 4 if tahun < g.end.year else (g.end.month - 1) // 3 for tahun in years}
        plan = (  # program/kegiatan, uraian, satuan, target, cara, quarterly values
            ('7.01.02', 'Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan', 'nilai', 80, CaraHitung.POSISI_AKHIR,
             (78.9, 79.6, 80.4, 81.2)),
            ('7.01.02.2.01', 'Persentase layanan PATEN selesai tepat waktu', '%', 95, CaraHitung.POSISI_AKHIR,
             (91, 93, 94, 96)),
            ('7.01.06', 'Jumlah desa yang tertib administrasi pemerintahan', 'desa', 10, CaraHitung.POSISI_AKHIR,
             (7, 8, 9, 9)),
            ('7.01.06.2.01', 'Jumlah desa yang dibina dan diawasi', 'desa', 10, CaraHitung.POSISI_AKHIR, (10, 10, 10, 10)),
            ('7.01.03', 'Jumlah kelompok masyarakat/UMKM yang dibina', 'kelompok', 40, CaraHitung.KUMULATIF,
             (8, 12, 11, 10)),
            ('7.01.01.2.01', 'Dokumen perencanaan dan laporan kinerja yang disusun tepat waktu', 'dokumen', 6,
             CaraHitung.KUMULATIF, (2, 2, 1, 1)),
            ('7.01.01', 'Persentase serapan anggaran kecamatan', '%', 95, CaraHitung.POSISI_AKHIR, (18, 42, 68, 93)),
        )
        for tahun in years:
            for kode, uraian, satuan, target, cara, values in plan:
                program = by_code[(tahun, kode)]
                done = quarters_done[tahun]
                tw = [Decimal(str(v)) if i < done else None for i, v in enumerate(values)]
                indikator.append(IndikatorKinerja(
                    program_kegiatan_id=program.id, uraian=uraian, satuan=satuan, tahun=tahun, target=Decimal(target),
                    kondisi_awal=Decimal(str(values[0])), cara_hitung=cara, realisasi_tw1=tw[0], realisasi_tw2=tw[1],
                    realisasi_tw3=tw[2], realisasi_tw4=tw[3], created_at=stamp(date(tahun, 1, 15) if tahun > 2025 else AWAL)))
        await self.bulk(IndikatorKinerja, indikator)

        bagian = self.instansi_id('Bagian Pemerintahan Setda Kabupaten Lumajang')
        bappeda = self.instansi_id('Bappeda')
        laporan = []

        def report(jenis, periode, tenggat, tujuan, late_days=None, keterangan=None):
            if tenggat > g.end + timedelta(days=40):
                return
            sent = None
            if late_days is not None and tenggat + timedelta(days=late_days) <= g.end:
                sent = tenggat + timedelta(days=late_days)
            elif late_days is None and tenggat <= g.end - timedelta(days=3):
                sent = tenggat - timedelta(days=g.rng.randrange(0, 6))
            laporan.append(Laporan(jenis=jenis, periode=periode, tenggat=tenggat, tanggal_kirim=sent, tujuan_id=tujuan,
                                   keterangan=keterangan, created_at=stamp(min(tenggat - timedelta(days=20), g.end))))

        report(JenisLaporan.LKJIP, 'Tahun 2024', date(2025, 2, 28), bagian)
        report(JenisLaporan.LKJIP, 'Tahun 2025', date(2026, 2, 27), bagian)
        report(JenisLaporan.LPPD, 'Tahun 2024', date(2025, 2, 14), bagian, late_days=4, keterangan='Data sektoral menyusul')
        report(JenisLaporan.LPPD, 'Tahun 2025', date(2026, 2, 13), bagian)
        report(JenisLaporan.RENJA, 'Tahun 2026', date(2025, 6, 30), bappeda)
        report(JenisLaporan.RENJA, 'Tahun 2027', date(2026, 6, 30), bappeda)
        report(JenisLaporan.LKPJ, 'Tahun 2025', date(2026, 1, 31), bagian)
        month = date(2025, 1, 1)
        while month <= g.end:
            next_month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
            tenggat = next_month.replace(day=10)
            if tenggat <= g.end + timedelta(days=15):
                late = 3 if g.chance(.12) else None
                report(JenisLaporan.BULANAN, f'{BULAN[month.month - 1]} {month.year}', tenggat, bagian, late_days=late)
            month = next_month
        await self.bulk(Laporan, laporan)

    # ----------------------------------------------------------------- M3 Pengelolaan Keuangan
    REKENING = (  # kode rekening, uraian, share of the sub kegiatan's pagu
        ('5.1.02.01.01.0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', Decimal('0.35')),
        ('5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', Decimal('0.25')),
        ('5.1.02.04.01.0001', 'Belanja Perjalanan Dinas Biasa', Decimal('0.40')),
    )
    REKENING_KHUSUS = {
        '7.01.01.2.08.0002': (('5.1.02.02.01.0061', 'Belanja Tagihan Listrik', Decimal('0.65')),
                              ('5.1.02.02.01.0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan', Decimal('0.35'))),
        '7.01.01.2.09.0002': (('5.1.02.03.02.0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor',
                               Decimal('0.70')),
                              ('5.1.02.01.01.0004', 'Belanja Bahan-Bahan Bakar dan Pelumas', Decimal('0.30'))),
    }

    async def keuangan(self) -> None:
        g = self.g
        subs = await ProgramKegiatan.filter(level=Level.SUB_KEGIATAN).order_by('tahun', 'kode')
        anggaran = []
        for sub in subs:
            for kode, uraian, share in self.REKENING_KHUSUS.get(sub.kode, self.REKENING):
                pagu = (Decimal(sub.pagu) * share / 1000).quantize(Decimal(1)) * 1000
                anggaran.append(Anggaran(tahun=sub.tahun, sub_kegiatan_id=sub.id, kode_rekening=kode, uraian=uraian,
                                         pagu=pagu, created_at=stamp(date(sub.tahun, 1, 5) if sub.tahun > 2025 else AWAL)))
        await self.bulk(Anggaran, anggaran)

        from models.perencanaan import percent
        realisasi = []
        for item in await Anggaran.all().order_by('id'):
            months = [m for m in range(2, 13) if date(item.tahun, m, 1) <= g.end]
            target = Decimal('0.96') if item.tahun < g.end.year else Decimal('0.80')
            budget = (Decimal(item.pagu) * target).quantize(Decimal(1))
            payments = sorted(g.rng.sample(months, k=min(len(months), g.rng.randrange(3, 7)))) if months else []
            spent = Decimal(0)
            for n, month in enumerate(payments, start=1):
                last_day_of_month = (date(item.tahun, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                tanggal = g.day(date(item.tahun, month, 1), min(last_day_of_month, g.end))
                share = budget / len(payments)
                nilai = min((share * Decimal(str(g.rng.uniform(.8, 1.2))) / 1000).quantize(Decimal(1)) * 1000,
                            Decimal(item.pagu) - spent)
                if nilai <= 0:
                    break
                spent += nilai
                # one payment per month, so the serapan up to its month is the running total
                realisasi.append(RealisasiAnggaran(
                    anggaran_id=item.id, tanggal=tanggal, uraian=f'{item.uraian} bulan {BULAN[month - 1]}',
                    nilai=nilai, no_bukti=f'SPJ-{item.tahun}-{item.id:03d}-{n:02d}',
                    serapan_sd_bulan=percent(spent, item.pagu), created_at=stamp(tanggal)))
            if spent:  # what recompute_anggaran makes of the rows
                item.realisasi = spent
                item.derive()
                await Anggaran.filter(id=item.id).update(realisasi=item.realisasi, sisa=item.sisa,
                                                         serapan_persen=item.serapan_persen)
        await self.bulk(RealisasiAnggaran, realisasi)

    # ----------------------------------------------------------------- U1 Pelayanan Publik
    # how often each layanan is asked for (by name; unknown names get 1)
    LAYANAN_BOBOT = {'Legalisasi Dokumen': 30, 'Rekomendasi Surat Keterangan Tidak Mampu (SKTM)': 22,
                     'Dispensasi Nikah': 10, 'Surat Keterangan Domisili Usaha': 14,
                     'Pengesahan Surat Keterangan Ahli Waris': 10, 'Rekomendasi Izin Keramaian': 8,
                     'Rekomendasi Persetujuan Bangunan Gedung (IMB/PBG)': 6}
    # the mean answer of each unsur (1–4): an IKM near 80 (mutu B); biaya is free, waktu and pengaduan weakest
    SKM_MEAN = {'u1': 3.20, 'u2': 3.15, 'u3': 2.95, 'u4': 3.70, 'u5': 3.15, 'u6': 3.20, 'u7': 3.35, 'u8': 2.95,
                'u9': 3.05}

    async def pelayanan(self) -> None:
        g = self.g
        self.layanan = list(await JenisLayanan.filter(deleted_at__isnull=True).order_by('id'))
        weights = [(lay, self.LAYANAN_BOBOT.get(lay.nama, 1)) for lay in self.layanan]
        petugas = [p for p in self.pegawai if p.unit == UnitKerja.PELAYANAN] or self.pegawai
        register = []
        for tahun in (2025, 2026):
            first, last = date(tahun, 1, 2), min(date(tahun, 12, 31), g.end)
            if last < first:
                continue
            for nomor, tanggal in enumerate(g.days(260 if tahun == 2025 else 230, first, last), start=1):
                layanan = g.weighted(weights)
                nama, sex = g.name()
                born = g.birth(18, 75)
                batas = add_working_days(tanggal, layanan.jangka_waktu_hari)
                open_ = batas >= g.end - timedelta(days=2) or g.chance(.01)
                status = g.choice((StatusLayanan.DITERIMA, StatusLayanan.DIPROSES)) if open_ else g.weighted(
                    ((StatusLayanan.DIAMBIL, 80), (StatusLayanan.SELESAI, 15), (StatusLayanan.DITOLAK, 5)))
                selesai = None
                if status in (StatusLayanan.SELESAI, StatusLayanan.DIAMBIL):
                    late = g.chance(.06)
                    selesai = min(add_working_days(tanggal, layanan.jangka_waktu_hari + (2 if late else -g.rng.randrange(
                        0, layanan.jangka_waktu_hari))), g.end)
                register.append(RegisterLayanan(
                    tahun=tahun, no_registrasi=nomor, tanggal=tanggal, nik=g.nik(born, sex), nama_pemohon=nama,
                    desa_id=g.choice(self.desa).id, layanan_id=layanan.id, status=status, batas_waktu=batas,
                    tanggal_selesai=selesai, petugas=g.choice(petugas).nama,
                    keterangan='Berkas persyaratan tidak lengkap (pengantar desa belum ada)'
                    if status == StatusLayanan.DITOLAK else None,
                    created_at=stamp(tanggal, 9)))
        await self.bulk(RegisterLayanan, register)

        saran = ('Pelayanan sudah cepat dan ramah.', 'Ruang tunggu mohon diperluas.',
                 'Mohon persyaratan dipasang di papan pengumuman.', 'Tempat parkir kurang luas.',
                 'Petugas sangat membantu, terima kasih.', 'Mohon disediakan kotak pengaduan yang jelas.',
                 'Antrean kadang lama saat jam istirahat.', 'Toilet pengunjung perlu dibersihkan.')
        pendidikan = ((PendidikanResponden.SD, 18), (PendidikanResponden.SMP, 22), (PendidikanResponden.SMA, 38),
                      (PendidikanResponden.DIPLOMA, 8), (PendidikanResponden.S1, 13), (PendidikanResponden.S2, 1))
        pekerjaan = ((PekerjaanResponden.WIRAUSAHA, 30), (PekerjaanResponden.SWASTA, 25), (PekerjaanResponden.LAINNYA, 33),
                     (PekerjaanResponden.PNS, 8), (PekerjaanResponden.TNI, 2), (PekerjaanResponden.POLRI, 2))
        skm = []
        for tanggal in g.days(640):
            layanan = g.weighted(weights)
            # a little better every quarter since January 2025
            lift = 0.025 * ((tanggal.year - AWAL.year) * 4 + (tanggal.month - 1) // 3)
            answers = {code: self._answer(self.SKM_MEAN[code] + lift) for code in UNSUR_IKM}
            sex = g.choice((JenisKelamin.L, JenisKelamin.P))
            skm.append(SkmResponden(
                tanggal=tanggal, layanan_id=layanan.id, jenis_kelamin=sex, usia=g.rng.randrange(18, 71),
                pendidikan=g.weighted(pendidikan), pekerjaan=g.weighted(pekerjaan),
                saran=g.choice(saran) if g.chance(.3) else None, created_at=stamp(tanggal, 11), **answers))
        await self.bulk(SkmResponden, skm)

    def _answer(self, mean: float) -> int:
        """A score 1–4 around `mean`: its two neighbours in proportion, sometimes one further off."""
        mean = max(1.0, min(4.0, mean))
        low = int(mean)
        score = low + (1 if self.g.rng.random() < mean - low else 0)
        if self.g.chance(.06):
            score += self.g.choice((-1, 1))
        return max(1, min(4, score))

    # ----------------------------------------------------------------- U2 and L3–L5
    async def pemberdayaan(self) -> None:
        g = self.g
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
            narasumber.append(Narasumber(nama=f'{nama}, {gelar}', instansi_id=self.instansi_id(nama_instansi),
                                         bidang=bidang, kontak=g.phone(), created_at=stamp(AWAL)))
        await self.bulk(Narasumber, narasumber)
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
            desa = g.choice(self.desa)
            kegiatan_rows.append(KegiatanPemberdayaan(
                nama=f'{nama} Desa {desa.nama}', tanggal=tanggal, desa_id=desa.id, lokasi=f'Balai Desa {desa.nama}',
                sasaran=sasaran, anggaran=g.money(2_500_000, 15_000_000, 250_000),
                narasumber_id=expert_of.get(self.instansi_id(instansi)),
                created_at=stamp(max(tanggal - timedelta(days=7), AWAL))))
            planned.append((desa, umkm, g.rng.randrange(8, 21)))
        await self.bulk(KegiatanPemberdayaan, kegiatan_rows)
        saved = list(await KegiatanPemberdayaan.all().order_by('id'))
        penerima = []
        for kegiatan, (desa, umkm, count) in zip(saved, planned):
            for _ in range(count):
                nama, sex = g.name()
                born = g.birth(18, 65)
                is_umkm = umkm and g.chance(.8)
                penerima.append(PenerimaPembinaan(
                    kegiatan_id=kegiatan.id, nama=nama, nik=g.nik(born, sex),
                    desa_id=desa.id if g.chance(.85) else g.choice(self.desa).id,
                    kategori=KategoriPenerima.UMKM if is_umkm else KategoriPenerima.MASYARAKAT,
                    jenis_usaha=g.choice(usaha) if is_umkm else None,
                    bentuk=g.weighted(((BentukPembinaan.PEMBINAAN, 60), (BentukPembinaan.FASILITASI, 30),
                                       (BentukPembinaan.BANTUAN, 10))),
                    created_at=stamp(kegiatan.tanggal, 13)))
            kegiatan.jumlah_peserta = count  # what recount_peserta makes of them
        await self.bulk(PenerimaPembinaan, penerima)
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
            desa = g.choice(self.desa)
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
                opd_tujuan_id=self.instansi_id(opd) if forwarded else None,
                tanggal_diteruskan=min(add_working_days(tanggal, g.rng.randrange(2, 8)), g.end) if forwarded else None,
                tanggapan=g.choice(('Diakomodasi dalam usulan Renja OPD tahun berikutnya.',
                                    'Akan ditinjau lokasi oleh tim teknis.', 'Dijadwalkan pada anggaran perubahan.'))
                if answered else None,
                status=status, created_at=stamp(tanggal)))
        await self.bulk(UsulanMasyarakat, usulan)

    # ----------------------------------------------------------------- U3 Pemerintah Desa
    async def pemerintahan_desa(self) -> None:
        g = self.g
        perangkat = []
        self.kepala_desa: dict[int, str] = {}
        for desa in self.desa:
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
                    self.kepala_desa[desa.id] = nama
                else:
                    tgl_sk = date(g.rng.randrange(2008, 2025), g.rng.randrange(1, 13), g.rng.randrange(1, 28))
                    selesai = born.replace(year=born.year + 60, day=min(born.day, 28))  # until the age of 60
                    no_sk = f'141/{g.rng.randrange(1, 40):02d}/{desa.kode[-4:]}/{tgl_sk.year}'
                    pendidikan = g.weighted(((Pendidikan.SMA, 60), (Pendidikan.D3, 10), (Pendidikan.S1, 30)))
                perangkat.append(PerangkatDesa(
                    desa_id=desa.id, nama=nama, nik=g.nik(born, sex), jabatan=posisi, no_sk=no_sk, tgl_sk=tgl_sk,
                    masa_jabatan_selesai=selesai, pendidikan=pendidikan, jenis_kelamin=sex, created_at=stamp(AWAL)))
        await self.bulk(PerangkatDesa, perangkat)

        evaluasi = []
        for desa in self.desa:
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
        await self.bulk(EvaluasiApbdes, evaluasi)

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
            pembinaan.append(PembinaanDesa(desa_id=g.choice(self.desa).id, tanggal=tanggal, topik=judul, temuan=temuan,
                                           tindak_lanjut=tindak, batas_waktu=batas, status=status,
                                           created_at=stamp(tanggal, 14)))
        await self.bulk(PembinaanDesa, pembinaan)

    # ----------------------------------------------------------------- L1/L2 Musrenbang
    async def musrenbang(self) -> None:
        g = self.g
        held = [(2026, date(2025, 2, 12)), (2027, date(2026, 2, 11))]
        await self.bulk(Musrenbang, [Musrenbang(
            tahun_rencana=tahun, tanggal=tanggal, tempat='Pendopo Kecamatan Candipuro',
            jumlah_peserta=g.rng.randrange(110, 160),
            notulen=f'Musrenbang RKPD Kecamatan Candipuro untuk tahun {tahun}: {g.rng.randrange(35, 50)} usulan desa '
                    'dibahas dan diurutkan prioritasnya; hasilnya dituangkan dalam berita acara dan disampaikan ke Bappeda.',
            created_at=stamp(tanggal)) for tahun, tanggal in held if tanggal <= g.end])
        ideas = (
            ('Infrastruktur', 'Pembangunan jalan rabat beton Dusun {dusun}', 'm', 250, 600, 450_000,
             'Dinas Pekerjaan Umum dan Penataan Ruang'),
            ('Infrastruktur', 'Pembangunan saluran irigasi tersier Dusun {dusun}', 'm', 150, 400, 380_000,
             'Dinas Pekerjaan Umum dan Penataan Ruang'),
            ('Kebencanaan', 'Pembangunan talud penahan banjir lahar Dusun {dusun}', 'm', 50, 150, 2_400_000,
             'Badan Penanggulangan Bencana Daerah'),
            ('Pendidikan', 'Rehabilitasi ruang kelas SDN {desa} 01', 'ruang', 1, 3, 95_000_000, 'Dinas Pendidikan'),
            ('Kesehatan', 'Pengadaan alat kesehatan posyandu Dusun {dusun}', 'paket', 1, 3, 12_500_000, 'Dinkes'),
            ('Ekonomi', 'Pelatihan dan bantuan alat usaha UMKM', 'paket', 1, 4, 25_000_000,
             'Dinas Koperasi dan Usaha Mikro'),
            ('Pertanian', 'Bantuan bibit pisang agung dan pupuk organik', 'paket', 1, 5, 18_000_000,
             'Dinas Pertanian dan Ketahanan Pangan'),
        )
        operator = {d.id: f'operator.{d.nama.lower()}' for d in self.desa}
        usulan, validated_by_desa = [], defaultdict(int)
        for tahun, tanggal in held:
            if tanggal - timedelta(days=30) > g.end:
                continue
            decided = tanggal < g.end
            for desa in self.desa:
                for prioritas in range(1, g.rng.randrange(4, 7)):
                    bidang, kegiatan, satuan, low, high, unit_cost, opd = g.choice(ideas)
                    volume = Decimal(g.rng.randrange(low, high + 1))
                    if tahun == 2026 or (decided and g.chance(.7)):
                        status = (g.weighted(((StatusUsulan.DISEPAKATI, 70), (StatusUsulan.DITOLAK, 30)))
                                  if tahun == 2026 else StatusUsulan.DIVALIDASI)
                    else:
                        status = StatusUsulan.DIUSULKAN
                    tahap = {StatusUsulan.DIUSULKAN: TahapUsulan.DESA, StatusUsulan.DIVALIDASI: TahapUsulan.KECAMATAN,
                             StatusUsulan.DITOLAK: TahapUsulan.KECAMATAN}.get(
                        status, g.choice((TahapUsulan.FORUM_PD, TahapUsulan.KABUPATEN)))
                    validated = status in VALIDATED
                    validasi = min(tanggal - timedelta(days=g.rng.randrange(5, 15)), g.end)
                    if validated:
                        validated_by_desa[(desa.id, tahun)] += 1
                    usulan.append(UsulanMusrenbang(
                        tahun_rencana=tahun, desa_id=desa.id, bidang=bidang,
                        kegiatan=kegiatan.format(dusun=g.choice(DUSUN), desa=desa.nama),
                        sasaran=f'Warga Desa {desa.nama}', lokasi=f'Desa {desa.nama}', volume=volume, satuan=satuan,
                        perkiraan_biaya=volume * unit_cost, opd_penanggung_jawab_id=self.instansi_id(opd),
                        urutan_prioritas=prioritas, tahap=tahap, status=status,
                        divalidasi_oleh=operator[desa.id] if validated else None,
                        tanggal_validasi=validasi if validated else None,
                        catatan_validasi='Sesuai RKPDes dan hasil musyawarah desa.' if validated else None,
                        created_at=stamp(min(tanggal - timedelta(days=30), g.end))))
        await self.bulk(UsulanMusrenbang, usulan)
        berita = []
        for (desa_id, tahun), count in sorted(validated_by_desa.items()):
            tanggal = min(next(t for y, t in held if y == tahun) - timedelta(days=4), g.end)
            berita.append(BeritaAcaraValidasi(
                desa_id=desa_id, tahun_rencana=tahun, tanggal=tanggal,
                nomor=f'141/BA/{g.rng.randrange(1, 20):02d}/{tanggal.year}', kepala_desa=self.kepala_desa[desa_id],
                jumlah_usulan_divalidasi=count,  # what recount_validated makes of the usulan
                catatan='Usulan prioritas desa telah divalidasi Kepala Desa.', created_at=stamp(tanggal)))
        await self.bulk(BeritaAcaraValidasi, berita)

    # ----------------------------------------------------------------- L6–L9
    async def informasi(self) -> None:
        g = self.g
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
                instansi_id=self.instansi_id(g.choice(bagian)), rincian=g.choice(rincian),
                tujuan_penggunaan=g.choice(('Bahan rapat pimpinan', 'Penyusunan LPPD', 'Pemutakhiran data sektoral',
                                            'Bahan evaluasi program')),
                tanggal_dipenuhi=dipenuhi, status=status, created_at=stamp(tanggal)))
        await self.bulk(PermintaanData, permintaan)

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
            info_rows.append(InformasiPeraturan(sumber_id=self.instansi_id(src), jenis=jenis, nomor=nomor, tanggal=tanggal,
                                                judul=title, ringkasan=f'{title}; mohon diteruskan kepada seluruh desa.',
                                                created_at=stamp(tanggal)))
            planned.append(g.rng.sample(self.desa, g.rng.randrange(3, len(self.desa) + 1)) if tanggal < g.end else [])
        await self.bulk(InformasiPeraturan, info_rows)
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
        await self.bulk(PenyampaianInformasi, penyampaian)
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
                desa_id=g.choice(self.desa).id, tanggal=tanggal, perihal=perihal, jenis_data=jenis,
                tindak_lanjut=('Data diserahkan dalam bentuk salinan elektronik.' if status == StatusPermohonanDesa.SELESAI
                               else 'Data tersebut dikelola OPD teknis; desa diarahkan ke OPD terkait.') if closed else None,
                tanggal_selesai=min(add_working_days(tanggal, g.rng.randrange(2, 8)), g.end)
                if status == StatusPermohonanDesa.SELESAI else None,
                status=status, created_at=stamp(tanggal)))
        await self.bulk(PermohonanDataDesa, permohonan)

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
                desa_id=g.choice(self.desa).id, tanggal=tanggal, informasi=text.format(dusun=g.choice(DUSUN)), hasil=hasil,
                catatan={HasilVerifikasi.PERLU_PERBAIKAN: 'Lengkapi foto dan titik lokasi.',
                         HasilVerifikasi.TIDAK_VALID: 'Tidak sesuai hasil cek lapangan.'}.get(hasil),
                disampaikan_ke_id=self.instansi_id(tujuan) if passed else None,
                tanggal_penyampaian=min(add_working_days(tanggal, 1), g.end) if passed else None,
                created_at=stamp(tanggal)))
        await self.bulk(VerifikasiInformasi, verifikasi)


# --------------------------------------------------------------------------- users

STAF_UNIT = {Section.UMUM: UnitKerja.UMUM, Section.KEUANGAN: UnitKerja.KEUANGAN, Section.PELAYANAN: UnitKerja.PELAYANAN,
             Section.PEMBERDAYAAN: UnitKerja.PEMBERDAYAAN, Section.PEMERINTAHAN: UnitKerja.PEMERINTAHAN}
SHORT = {Section.UMUM: 'umum', Section.KEUANGAN: 'keuangan', Section.PELAYANAN: 'pelayanan',
         Section.PEMBERDAYAAN: 'pemberdayaan', Section.PEMERINTAHAN: 'pemerintahan'}
OPERATOR_DESA_DEMO = 'Jarit'


def demo_accounts() -> list[tuple[str, str, RoleKind, Section | None]]:
    """(username, role name, kind, section): one account for every default role."""
    accounts = []
    for role_name, kind, section in default_roles():
        if kind == RoleKind.PIMPINAN:
            username = 'camat' if role_name == 'Camat' else 'sekcam'
        elif kind == RoleKind.KEPALA:
            username = f'{"kasubbag" if section in (Section.UMUM, Section.KEUANGAN) else "kasi"}.{SHORT[section]}'
        elif kind == RoleKind.STAF:
            username = f'staf.{SHORT[section]}'
        elif kind == RoleKind.OPERATOR_DESA:
            username = f'operator.{OPERATOR_DESA_DEMO.lower()}'
        else:
            username = 'admin.demo'
        accounts.append((username, role_name, kind, section))
    return accounts


def _person_for(kind: RoleKind, role_name: str, section: Section | None, pegawai: list[Pegawai]) -> str | None:
    """The demo pegawai who holds this role (the Camat for Camat, a Kepala for a Kepala, staff for Staf)."""
    for p in pegawai:
        if kind == RoleKind.PIMPINAN and p.jabatan == ('Camat Candipuro' if role_name == 'Camat' else role_name):
            return p.nama
        if section is not None and p.unit == STAF_UNIT[section]:
            if (kind == RoleKind.KEPALA) == (p.jenis_jabatan == JenisJabatan.STRUKTURAL):
                return p.nama
    return None


async def create_demo_users(password: str = DEMO_PASSWORD) -> list[tuple[str, str]]:
    """One active user per default role, all with the demo password and no forced change.

    The password is hashed once and shared: argon2 takes most of a second per hash on purpose, and
    fourteen hashes would make the demo slow. Names are checked as core.accounts.create_user checks
    them, and every creation goes to the audit log. Returns (username, role) of the users made."""
    if problem := policy_error(password):
        raise ValueError(problem)
    password_hash = await asyncio.to_thread(hash_password, password)
    roles = {role.nama: role for role in await Role.all()}
    pegawai = list(await Pegawai.all().order_by('id'))
    desa = await Desa.get_or_none(nama=OPERATOR_DESA_DEMO)
    made = []
    for username, role_name, kind, section in demo_accounts():
        username = normalise_username(username)
        role = roles.get(role_name)
        if role is None or not USERNAME_PATTERN.fullmatch(username) or await User.filter(username=username).exists():
            continue
        if kind == RoleKind.OPERATOR_DESA and desa is None:
            continue
        nama = (f'{OPERATOR_DESA_ROLE} {desa.nama}' if kind == RoleKind.OPERATOR_DESA else
                _person_for(kind, role_name, section, pegawai) or role_name)
        user = await User.create(username=username, nama_lengkap=nama, role=role,
                                 desa_id=desa.id if kind == RoleKind.OPERATOR_DESA else None,
                                 password_hash=password_hash, must_change_password=False)
        await audit.record(DEMO_USER, AuditAction.HAK_AKSES, table='pengguna', row_id=user.id,
                           after={'username': username, 'peran': role.nama}, note=f'Pengguna demo {username} dibuat')
        made.append((username, role.nama))
    return made


# --------------------------------------------------------------------------- checks

async def is_empty() -> bool:
    """No record in any table the seed does not fill, and no user but the first administrator."""
    for name, spec in TABLES.items():
        if name not in SEEDED_TABLES and await spec.model.all().exists():
            return False
    return await User.all().count() <= 1


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (Decimal, int, float)) and isinstance(b, (Decimal, int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


async def row_problems(spec, row) -> dict[str, str]:
    """What the save path would refuse in a stored row: the table's rules, the field validators, and a
    derived value that differs from what `derive()` computes."""
    from core.records import field_error, stored_values
    found = dict(await row.check_rules())
    for name in spec.form:
        value = getattr(row, f'{name}_id' if spec.is_fk(name) else name)
        if message := field_error(spec, name, value):
            found[name] = message
    before = stored_values(spec, row)
    row.derive()
    for key, value in stored_values(spec, row).items():
        if not _same(before[key], value):
            found[key] = f'nilai turunan {before[key]!r}, seharusnya {value!r}'
    return found


async def check_sample(per_table: int | None = 5) -> dict[str, list[str]]:
    """Check up to `per_table` rows spread over every table (None: every row); returns the problems
    per table, empty when every checked row passes."""
    problems: dict[str, list[str]] = {}
    for name, spec in TABLES.items():
        ids = list(await spec.model.filter(deleted_at__isnull=True).order_by('id').values_list('id', flat=True))
        if per_table is not None:
            ids = ids[::max(1, len(ids) // per_table)][:per_table]
        for row_id in ids:
            if found := await row_problems(spec, await spec.model.get(id=row_id)):
                problems.setdefault(name, []).append(f'#{row_id}: {found}')
    return problems


# --------------------------------------------------------------------------- entry points

async def fill(seed: int = SEED, with_users: bool = True) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Fill an empty, migrated and seeded database. Raises RuntimeError when it is not empty, or when a
    sampled row breaks a rule of its table (nothing is kept then). Returns the rows per table and the
    demo users made."""
    if not await is_empty():
        raise RuntimeError(t('konsol.demo.sudah_berisi'))
    async with in_transaction():
        counts = await DemoData(seed).run()
        if problems := await check_sample(per_table=3):
            raise RuntimeError(t('konsol.demo.melanggar_aturan', masalah=problems))
    users = await create_demo_users() if with_users else []
    await audit.record(DEMO_USER, AuditAction.TAMBAH,
                       note=f'Data demo dimuat: {sum(counts.values())} baris, {len(users)} pengguna')
    return counts, users


def summary(counts: dict[str, int], users: list[tuple[str, str]]) -> str:
    lines = [t('konsol.demo.dimuat', baris=format_number(sum(counts.values())), tabel=len(counts))]
    if users:
        lines.append(t('konsol.demo.pengguna', sandi=DEMO_PASSWORD))
        lines += [f'  {username:<20} {role}' for username, role in users]
    return '\n'.join(lines)


async def fill_if_empty() -> None:
    """The start-up hook of `make run DEMO=1` (DEMO_DATA=1): fills only an empty database."""
    if not await is_empty():
        print(t('konsol.demo.tidak_dimuat'), flush=True)
        return
    counts, users = await fill()
    bar = '=' * 60
    print(f'\n{bar}\n{summary(counts, users)}\n{bar}\n', flush=True)


def main(argv: list[str]) -> int:
    """`python main.py demo`: migrate and seed the configured database, then fill it if it is empty."""
    from core.config import load_settings
    from core.lifecycle import prepared_database
    from models.table import check_tables

    if argv:
        print(t('konsol.demo.pakai'))
        return 0 if argv[0] in ('-h', '--help') else 2

    async def run() -> int:
        check_tables()
        async with prepared_database(load_settings().database_url):
            try:
                counts, users = await fill()
            except RuntimeError as error:
                print(t('konsol.gagal', pesan=error), file=sys.stderr)
                return 1
        print(summary(counts, users), flush=True)
        return 0

    return asyncio.run(run())
