"""Reference data every installation starts with. Idempotent: running it again adds only what is missing.

The long lists taken from regulations live as data in core/seed_data/, each naming its source: the
klasifikasi arsip of Permendagri 83/2022 and the hari libur of the SKB 3 Menteri for 2025 and 2026.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from models.clock import office_today
from models.holidays import HariLibur, JenisLibur, load_holidays, move_open_deadlines
from models.keuangan import RekeningBelanja
from models.pelayanan import JenisLayanan, KategoriLayanan
from models.perencanaan import Level, ProgramKegiatan
from models.process_map import DESA, outside_parties
from models.reference import Desa, Instansi, JenisInstansi, KlasifikasiArsip, Pangkat

KECAMATAN_CODE = '35.08.03'
DESA_CANDIPURO = (  # Kemendagri codes; older spellings kept as aliases
    ('2001', 'Jugosari', None),
    ('2002', 'Jarit', None),
    ('2003', 'Candipuro', None),
    ('2004', 'Sumberejo', None),
    ('2005', 'Sumberwuluh', 'Sumber Wuluh'),
    ('2006', 'Sumbermujur', 'Sumber Mujur'),
    ('2007', 'Penanggal', None),
    ('2008', 'Tambahrejo', 'Tambah Rejo'),
    ('2009', 'Kloposawit', 'Klopo Sawit'),
    ('2010', 'Tumpeng', None),
)

INSTANSI_JENIS = {
    'Bappeda': JenisInstansi.OPD, 'OPD terkait': JenisInstansi.OPD, 'OPD Terkait': JenisInstansi.OPD,
    'DPMPSTP': JenisInstansi.OPD, 'BPRD': JenisInstansi.OPD, 'BPKD': JenisInstansi.OPD,
    'Dinsos': JenisInstansi.OPD, 'Dispendukcapil': JenisInstansi.OPD, 'Dinkes': JenisInstansi.OPD,
    'Diskominfo': JenisInstansi.OPD, 'Bagian pada Setda Kabupaten Lumajang': JenisInstansi.OPD,
    'Polres/Polsek': JenisInstansi.VERTIKAL, 'Koramil': JenisInstansi.VERTIKAL, 'BPN': JenisInstansi.VERTIKAL,
    'BPJS Kesehatan': JenisInstansi.BUMN, 'BPJS Ketenagakerjaan': JenisInstansi.BUMN,
    DESA: JenisInstansi.DESA, 'Kepala Desa': JenisInstansi.DESA,
}

SEED_DATA = Path(__file__).with_name('seed_data')


@cache
def seed_data(name: str) -> dict:
    """One file of core/seed_data (read once per process)."""
    return json.loads((SEED_DATA / name).read_text(encoding='utf-8'))


def klasifikasi_arsip() -> list[tuple[str, str]]:
    """Every code of the lampiran of Permendagri 83/2022 with its description, in code order."""
    return [(kode, nama) for kode, nama in seed_data('klasifikasi_arsip.json')['kode']]


def rekening_belanja() -> list[tuple[str, str]]:
    """The kode rekening belanja of Kepmendagri 050-5889/2021 with their names, in code order."""
    return [(kode, nama) for kode, nama in seed_data('rekening_belanja.json')['kode']]


def hari_libur() -> list[tuple[date, str, JenisLibur, str]]:
    """The national holidays and cuti bersama of the SKB 3 Menteri, 2025 to 2027."""
    return [(date.fromisoformat(tanggal), nama, JenisLibur(jenis), dasar)
            for tanggal, nama, jenis, dasar in seed_data('hari_libur.json')['hari_libur']]

PANGKAT = (  # PP 99/2000, Lampiran I: golongan/ruang and pangkat, lowest first
    ('I/a', 'Juru Muda'), ('I/b', 'Juru Muda Tingkat I'), ('I/c', 'Juru'), ('I/d', 'Juru Tingkat I'),
    ('II/a', 'Pengatur Muda'), ('II/b', 'Pengatur Muda Tingkat I'), ('II/c', 'Pengatur'),
    ('II/d', 'Pengatur Tingkat I'),
    ('III/a', 'Penata Muda'), ('III/b', 'Penata Muda Tingkat I'), ('III/c', 'Penata'), ('III/d', 'Penata Tingkat I'),
    ('IV/a', 'Pembina'), ('IV/b', 'Pembina Tingkat I'), ('IV/c', 'Pembina Utama Muda'),
    ('IV/d', 'Pembina Utama Madya'), ('IV/e', 'Pembina Utama'),
)

PROGRAM_KECAMATAN = (  # docs/design.md §Tables (Permendagri 90/2019 nomenclature, urusan 7.01 Kecamatan)
    ('7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota'),
    ('7.01.02', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'),
    ('7.01.03', 'Program Pemberdayaan Masyarakat Desa dan Kelurahan'),
    ('7.01.04', 'Program Koordinasi Ketentraman dan Ketertiban Umum'),
    ('7.01.05', 'Program Penyelenggaraan Urusan Pemerintahan Umum'),
    ('7.01.06', 'Program Pembinaan dan Pengawasan Pemerintahan Desa'),
)

# Usual PATEN services of a kecamatan in Kabupaten Lumajang (Permendagri 4/2010) with the 14 components
# of their standar pelayanan (PermenPAN-RB 15/2014). Jangka waktu in working days; every service is free
# of charge. The texts follow published standar pelayanan of kecamatan in Jawa Timur, read for this:
# Kecamatan Porong, Sidoarjo (https://porong.sidoarjokab.go.id/template-1/005/halaman-3: dispensasi nikah,
# its persyaratan, prosedur and dasar hukum; .../halaman-2: PP 60/2017 and PP 17/2018 as dasar hukum) and
# Kecamatan Krian, Sidoarjo (https://krian.sidoarjokab.go.id/template-1/005/1737096750: the channels of
# penanganan pengaduan, SP4N-LAPOR among them); the manufacturing components as published SPs word them
# (Kecamatan Pendopo Barat: https://id.scribd.com/document/623871872/SPP-KEC-PENDOPO-BARAT; Kecamatan
# Pangururan: https://pangururankec.samosirkab.go.id/standarpelayanan). Jumlah pelaksana is the office's
# own count and is left empty. They are proposals: the kecamatan types in its own Keputusan Camat.
DASAR_HUKUM_PATEN = ('Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;\n'
                     'Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi '
                     'Terpadu Kecamatan.')
KOMPONEN_UMUM = {
    'prosedur': '1. Pemohon menyerahkan berkas persyaratan di loket PATEN;\n'
                '2. Petugas memeriksa kelengkapan berkas; berkas yang belum lengkap dikembalikan dengan '
                'penjelasan kekurangannya;\n'
                '3. Berkas diverifikasi dan diparaf Kepala Seksi yang membidangi;\n'
                '4. Berkas ditandatangani Camat;\n'
                '5. Produk layanan diserahkan kepada pemohon di loket PATEN.',
    'penanganan_pengaduan': 'Pengaduan, saran dan masukan disampaikan:\n'
                            '1. langsung kepada petugas pengaduan di Kantor Kecamatan;\n'
                            '2. secara tertulis melalui surat kepada Camat atau kotak saran;\n'
                            '3. melalui SP4N-LAPOR! (www.lapor.go.id).',
    'dasar_hukum': DASAR_HUKUM_PATEN,
    'sarana_prasarana': 'Loket pelayanan; ruang tunggu; komputer dan printer; kotak saran; toilet.',
    'kompetensi_pelaksana': '1. Pendidikan paling rendah SMA/sederajat;\n'
                            '2. Menguasai komputer;\n'
                            '3. Memahami peraturan perundang-undangan yang menjadi dasar layanan;\n'
                            '4. Mampu berkomunikasi dengan santun.',
    'pengawasan_internal': 'Pengawasan dilakukan oleh atasan langsung secara berjenjang.',
    'jaminan_pelayanan': 'Pelayanan dilaksanakan sesuai dengan standar pelayanan yang telah ditetapkan, oleh '
                         'petugas yang berkompeten dan santun, tanpa dipungut biaya.',
    'jaminan_keamanan': 'Dokumen yang diterbitkan dijamin keabsahannya; berkas pemohon disimpan dan dijaga '
                        'kerahasiaannya; ruang tunggu dijamin kenyamanannya.',
    'evaluasi_kinerja': 'Evaluasi kinerja pelaksana dilakukan secara berkala oleh atasan langsung dan melalui '
                        'Survei Kepuasan Masyarakat.',
}
JENIS_LAYANAN = (
    {'nama': 'Surat Keterangan Domisili Usaha', 'kategori': KategoriLayanan.NON_PERIZINAN, 'jangka_waktu_hari': 2,
     'persyaratan': 'Surat pengantar kepala desa; fotokopi KTP dan KK pemohon; foto lokasi usaha.',
     'produk': 'Surat Keterangan Domisili Usaha'},
    {'nama': 'Rekomendasi Izin Keramaian', 'kategori': KategoriLayanan.PERIZINAN, 'jangka_waktu_hari': 3,
     'persyaratan': 'Surat permohonan; fotokopi KTP penanggung jawab; surat pengantar kepala desa; '
                    'susunan acara dan perkiraan jumlah undangan.',
     'produk': 'Surat Rekomendasi Camat',
     'dasar_hukum': 'Peraturan Pemerintah Nomor 60 Tahun 2017 tentang Tata Cara Perizinan dan Pengawasan Kegiatan '
                    'Keramaian Umum, Kegiatan Masyarakat Lainnya, dan Pemberitahuan Kegiatan Politik;\n'
                    + DASAR_HUKUM_PATEN},
    {'nama': 'Legalisasi Dokumen', 'kategori': KategoriLayanan.NON_PERIZINAN, 'jangka_waktu_hari': 1,
     'persyaratan': 'Dokumen asli dan fotokopinya; fotokopi KTP pemohon.',
     'produk': 'Fotokopi dokumen yang dilegalisasi'},
    {'nama': 'Dispensasi Nikah', 'kategori': KategoriLayanan.NON_PERIZINAN, 'jangka_waktu_hari': 1,
     'persyaratan': 'Surat pengantar kepala desa; fotokopi KTP; fotokopi KK; formulir N1 s.d. N4 yang telah diisi '
                    'dan ditandatangani lengkap; surat pemberitahuan kehendak nikah dari KUA.',
     'produk': 'Surat Dispensasi Camat',
     'prosedur': '1. Pemohon menyerahkan berkas persyaratan di loket PATEN;\n'
                 '2. Petugas memeriksa kelengkapan berkas dan mencatatnya;\n'
                 '3. Petugas verifikasi memeriksa berkas dan menyiapkan konsep surat dispensasi nikah;\n'
                 '4. Surat dispensasi nikah ditandatangani Camat;\n'
                 '5. Surat diserahkan kepada pemohon untuk dibawa ke KUA Kecamatan.',
     'dasar_hukum': 'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan;\n' + DASAR_HUKUM_PATEN},
    {'nama': 'Rekomendasi Surat Keterangan Tidak Mampu (SKTM)', 'kategori': KategoriLayanan.NON_PERIZINAN,
     'jangka_waktu_hari': 1,
     'persyaratan': 'Surat keterangan tidak mampu dari kepala desa; fotokopi KTP dan KK.',
     'produk': 'Surat Rekomendasi Camat'},
    {'nama': 'Pengesahan Surat Keterangan Ahli Waris', 'kategori': KategoriLayanan.NON_PERIZINAN,
     'jangka_waktu_hari': 3,
     'persyaratan': 'Surat keterangan ahli waris yang ditandatangani para ahli waris dan kepala desa; '
                    'surat keterangan kematian; fotokopi KTP dan KK para ahli waris.',
     'produk': 'Surat Keterangan Ahli Waris yang dikuatkan Camat'},
)
# Seeded once, no longer a kecamatan service: PBG replaced IMB (PP 16/2021) and is applied for through
# SIMBG at the kabupaten. Kept, not aktif, so the register rows that name it stay valid.
RETIRED_LAYANAN = ('Rekomendasi Persetujuan Bangunan Gedung (IMB/PBG)',)


def jenis_layanan() -> list[dict[str, object]]:
    """Every seeded layanan with all its components: its own values over KOMPONEN_UMUM."""
    return [{**KOMPONEN_UMUM, 'biaya': Decimal(0), 'aktif': True, **values} for values in JENIS_LAYANAN]

SEED_USER = 'sistem'


async def seed_reference() -> None:
    """Add the reference rows that are missing. Each table is read once and rows are written only
    for what is missing, so an ordinary restart (nothing missing) costs a few SELECTs."""
    desa = {f'{KECAMATAN_CODE}.{suffix}': (nama, alias) for suffix, nama, alias in DESA_CANDIPURO}
    known = set(await Desa.filter(kode__in=list(desa)).values_list('kode', flat=True))
    for kode, (nama, alias) in desa.items():
        if kode not in known:
            await Desa.get_or_create(kode=kode, defaults={'nama': nama, 'alias': alias, 'created_by': SEED_USER})
    known = {name.casefold() for name in await Instansi.all().values_list('nama', flat=True)}
    for party in outside_parties():
        if party.casefold() not in known:
            known.add(party.casefold())
            await Instansi.create(nama=party, jenis=INSTANSI_JENIS.get(party, JenisInstansi.LAINNYA),
                                  keterangan='Pihak pada Peta Relasi', created_by=SEED_USER)
    await seed_klasifikasi()
    await seed_rekening_belanja()
    await seed_hari_libur()
    await seed_process_reference()


# rows of these writers that nobody edited since (version 1) take the regulation's wording
UNTOUCHED_WRITERS = (SEED_USER, 'demo')


async def seed_klasifikasi() -> None:
    """Upsert the klasifikasi arsip by kode: missing codes are added (a deleted one stays deleted),
    a row only the seed or the demo wrote takes the regulation's name; rows people edited, and
    codes not in the regulation, are left alone (letters keep pointing at them)."""
    stored = {row['kode']: row for row in await KlasifikasiArsip.all().values('id', 'kode', 'nama', 'version',
                                                                              'created_by')}
    missing = []
    for kode, nama in klasifikasi_arsip():
        row = stored.get(kode)
        if row is None:
            missing.append(KlasifikasiArsip(kode=kode, nama=nama, created_by=SEED_USER, updated_by=SEED_USER))
        elif row['nama'] != nama and row['version'] == 1 and row['created_by'] in UNTOUCHED_WRITERS:
            await KlasifikasiArsip.filter(id=row['id'], version=1).update(nama=nama)
    if missing:
        await KlasifikasiArsip.bulk_create(missing, batch_size=500)


async def seed_rekening_belanja() -> None:
    """Add the kode rekening belanja not in the table yet; a code the Subbag Keuangan deleted stays
    deleted, and names people edited stay theirs (budget lines keep their own uraian)."""
    known = set(await RekeningBelanja.all().values_list('kode', flat=True))
    missing = [RekeningBelanja(kode=kode, nama=nama, created_by=SEED_USER, updated_by=SEED_USER)
               for kode, nama in rekening_belanja() if kode not in known]
    if missing:
        await RekeningBelanja.bulk_create(missing, batch_size=500)


async def seed_hari_libur() -> None:
    """Add the SKB holidays whose date is not in the table yet (one the administrator deleted stays
    deleted), then load the calendar every working-day deadline counts with. An upgrade that brings
    a new year's SKB moves the deadlines of the open items as the administrator's own entry would
    (models.holidays.move_open_deadlines): a request made in December is due after the new year's
    holidays, not before them."""
    known = set(await HariLibur.all().values_list('tanggal', flat=True))
    missing = [HariLibur(tanggal=tanggal, nama=nama, jenis=jenis, dasar=dasar, created_by=SEED_USER,
                         updated_by=SEED_USER)
               for tanggal, nama, jenis, dasar in hari_libur() if tanggal not in known]
    if missing:
        before = frozenset(await HariLibur.filter(deleted_at__isnull=True).values_list('tanggal', flat=True))
        await HariLibur.bulk_create(missing)
        await load_holidays()
        await move_open_deadlines(before)
    else:
        await load_holidays()


async def seed_process_reference() -> None:
    """Reference data of the process tables: pangkat, the kecamatan programs, the layanan types."""
    known = set(await Pangkat.filter(golongan__in=[golongan for golongan, _ in PANGKAT])
                .values_list('golongan', flat=True))
    for urutan, (golongan, nama) in enumerate(PANGKAT, start=1):
        if golongan not in known:
            await Pangkat.get_or_create(golongan=golongan, defaults={'nama': nama, 'urutan': urutan,
                                                                     'created_by': SEED_USER})
    known = set(await ProgramKegiatan.filter(level=Level.PROGRAM.value).values_list('kode', flat=True))
    for kode, nama in PROGRAM_KECAMATAN:
        if kode not in known:
            await ProgramKegiatan.create(tahun=office_today().year, kode=kode, nama=nama, level=Level.PROGRAM,
                                         created_by=SEED_USER)
    await seed_jenis_layanan()


async def seed_jenis_layanan() -> None:
    """Upsert the layanan by nama: a missing one is added (a deleted one stays deleted); a row only the
    seed wrote and nobody edited since (version 1) takes the seed's standard, its new components
    included, and is retired when the kecamatan no longer grants it; rows people edited are left alone.
    Register rows are never touched: they keep pointing at their layanan."""
    stored = {row.nama.casefold(): row for row in await JenisLayanan.all()}
    untouched = lambda row: row.version == 1 and row.created_by in UNTOUCHED_WRITERS   # noqa: E731
    for values in jenis_layanan():
        row = stored.get(str(values['nama']).casefold())
        if row is None:
            await JenisLayanan.create(**values, created_by=SEED_USER, updated_by=SEED_USER)
        elif untouched(row):
            changed = {name: value for name, value in values.items() if getattr(row, name) != value}
            if changed:
                await JenisLayanan.filter(id=row.id, version=1).update(**changed)
    for nama in RETIRED_LAYANAN:
        row = stored.get(nama.casefold())
        if row is not None and row.aktif and untouched(row):
            await JenisLayanan.filter(id=row.id, version=1).update(aktif=False)
