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

from models.holidays import HariLibur, JenisLibur, load_holidays
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


def hari_libur() -> list[tuple[date, str, JenisLibur, str]]:
    """The national holidays and cuti bersama of the SKB 3 Menteri, 2025 and 2026."""
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

# Usual PATEN services of a kecamatan in Kabupaten Lumajang (Permendagri 4/2010; PermenPAN-RB 15/2014
# components). Jangka waktu in working days and the texts are proposals: replace them with the
# kecamatan's own Standar Pelayanan. Every service is free of charge.
JENIS_LAYANAN = (
    ('Surat Keterangan Domisili Usaha', KategoriLayanan.NON_PERIZINAN, 2,
     'Surat pengantar kepala desa; fotokopi KTP dan KK pemohon; foto lokasi usaha.',
     'Surat Keterangan Domisili Usaha'),
    ('Rekomendasi Persetujuan Bangunan Gedung (IMB/PBG)', KategoriLayanan.PERIZINAN, 5,
     'Surat permohonan; fotokopi KTP; bukti kepemilikan tanah; gambar rencana bangunan; '
     'surat pengantar kepala desa.',
     'Surat Rekomendasi Camat'),
    ('Rekomendasi Izin Keramaian', KategoriLayanan.PERIZINAN, 3,
     'Surat permohonan; fotokopi KTP penanggung jawab; surat pengantar kepala desa; '
     'susunan acara dan perkiraan jumlah undangan.',
     'Surat Rekomendasi Camat'),
    ('Legalisasi Dokumen', KategoriLayanan.NON_PERIZINAN, 1,
     'Dokumen asli dan fotokopinya; fotokopi KTP pemohon.',
     'Fotokopi dokumen yang dilegalisasi'),
    ('Dispensasi Nikah', KategoriLayanan.NON_PERIZINAN, 1,
     'Surat pengantar kepala desa; surat pemberitahuan kehendak nikah dari KUA; '
     'fotokopi KTP kedua calon mempelai.',
     'Surat Dispensasi Camat'),
    ('Rekomendasi Surat Keterangan Tidak Mampu (SKTM)', KategoriLayanan.NON_PERIZINAN, 1,
     'Surat keterangan tidak mampu dari kepala desa; fotokopi KTP dan KK.',
     'Surat Rekomendasi Camat'),
    ('Pengesahan Surat Keterangan Ahli Waris', KategoriLayanan.NON_PERIZINAN, 3,
     'Surat keterangan ahli waris yang ditandatangani para ahli waris dan kepala desa; '
     'surat keterangan kematian; fotokopi KTP dan KK para ahli waris.',
     'Surat Keterangan Ahli Waris yang dikuatkan Camat'),
)
DASAR_HUKUM_PATEN = 'Permendagri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi Terpadu Kecamatan.'

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


async def seed_hari_libur() -> None:
    """Add the SKB holidays whose date is not in the table yet (one the administrator deleted stays
    deleted), then load the calendar every working-day deadline counts with."""
    known = set(await HariLibur.all().values_list('tanggal', flat=True))
    missing = [HariLibur(tanggal=tanggal, nama=nama, jenis=jenis, dasar=dasar, created_by=SEED_USER,
                         updated_by=SEED_USER)
               for tanggal, nama, jenis, dasar in hari_libur() if tanggal not in known]
    if missing:
        await HariLibur.bulk_create(missing)
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
            await ProgramKegiatan.create(tahun=date.today().year, kode=kode, nama=nama, level=Level.PROGRAM,
                                         created_by=SEED_USER)
    known = {name.casefold() for name in await JenisLayanan.all().values_list('nama', flat=True)}
    for nama, kategori, hari, persyaratan, produk in JENIS_LAYANAN:
        if nama.casefold() not in known:
            await JenisLayanan.create(nama=nama, kategori=kategori, jangka_waktu_hari=hari, biaya=Decimal(0),
                                      persyaratan=persyaratan, produk=produk, dasar_hukum=DASAR_HUKUM_PATEN,
                                      prosedur='Pemohon menyerahkan berkas di loket PATEN; petugas memeriksa '
                                               'kelengkapan; berkas diproses dan ditandatangani Camat; '
                                               'produk diserahkan kepada pemohon.',
                                      created_by=SEED_USER)
