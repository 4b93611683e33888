"""Surat masuk as plain rows, many and fast: the demo's agenda book (demo/persuratan.py) and the
benchmarks' 100k-row tables (bench/datagen.py) both come from here.

    rows = surat_masuk_rows(100_000, seed)      # the same rows for the same n and seed, everywhere

`surat_masuk_rows` yields plain tuples in `SURAT_MASUK_COLUMNS` order, stored the way Tortoise
stores them in SQLite (dates as ISO text, datetimes as ISO text with the offset), so they can be
written with executemany and read back through the ORM as ordinary rows. The rows spread over
`YEARS` years with the agenda numbers of each year running 1, 2, 3 … in date order, like a real
agenda book.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from typing import Iterator

GENERATOR_VERSION = 2               # part of the name of bench/datagen.py's cached databases: raise it on a change
LAST_YEAR = 2026
YEARS = 10

# The benchmark's search word: one topic of the perihal, in about 1 % of the rows at every size.
SEARCH_WORD = 'musrenbang'

SURAT_MASUK_COLUMNS = (
    'version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at', 'tahun', 'no_agenda',
    'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat', 'perihal', 'ringkasan', 'jumlah_lampiran',
    'ditujukan_kepada', 'sifat', 'urgensi', 'status', 'klasifikasi_id',
)

ASAL = (
    'Bappeda', 'Dinkes', 'Dinsos', 'Dispendukcapil', 'Diskominfo', 'DPMPSTP', 'BPRD', 'BPKD', 'BPN',
    'Polsek Candipuro', 'Koramil Candipuro', 'BPJS Kesehatan', 'BPJS Ketenagakerjaan',
    'Bagian Pemerintahan Setda Kabupaten Lumajang', 'Bagian Organisasi Setda Kabupaten Lumajang',
    'Dinas Pendidikan', 'Dinas Pertanian dan Ketahanan Pangan', 'Dinas PUPR', 'Inspektorat',
    'Pemerintah Desa Jugosari', 'Pemerintah Desa Jarit', 'Pemerintah Desa Candipuro', 'Pemerintah Desa Sumberejo',
    'Pemerintah Desa Sumberwuluh', 'Pemerintah Desa Sumbermujur', 'Pemerintah Desa Penanggal',
    'Pemerintah Desa Tambahrejo', 'Pemerintah Desa Kloposawit', 'Pemerintah Desa Tumpeng',
)
JENIS = ('Undangan', 'Permohonan', 'Pemberitahuan', 'Penyampaian', 'Laporan', 'Permintaan data', 'Edaran',
         'Konfirmasi', 'Rekomendasi', 'Nota dinas')
TOPIK = (  # (topic, weight); SEARCH_WORD has weight 1 of about 100
    ('rapat koordinasi lintas sektor', 12), ('pembinaan administrasi desa', 10), ('evaluasi APBDes', 8),
    ('penyaluran bantuan sosial', 8), ('pemutakhiran data kependudukan', 8), ('vaksinasi dan posyandu', 6),
    ('sosialisasi pajak daerah', 6), ('pengukuran tanah', 5), ('kegiatan pemberdayaan UMKM', 6),
    ('penanganan bencana erupsi Semeru', 6), ('kenaikan pangkat pegawai', 5), ('laporan keuangan triwulan', 6),
    ('pengamanan hari besar', 4), ('perbaikan jalan desa', 5), (f'pelaksanaan {SEARCH_WORD} kecamatan', 1),
    ('pelayanan PATEN', 4),
)
KEPADA = ('Camat Candipuro', 'Sekretaris Kecamatan', 'Kasi Pemerintahan', 'Kasi Pelayanan Umum',
          'Kasi Pemberdayaan Masyarakat', 'Kasubbag Umum dan Kepegawaian', 'Kasubbag Keuangan')
SIFAT = (('Biasa', 85), ('Terbatas', 10), ('Rahasia', 4), ('Sangat Rahasia', 1))
URGENSI = (('Biasa', 75), ('Segera', 20), ('Amat Segera', 5))
STATUS = (('Selesai', 70), ('Didisposisi', 20), ('Belum Disposisi', 10))
KLASIFIKASI_CODES = ('000', '100', '200', '300', '400', '500', '600', '700', '800', '900')
KODE_SURAT = ('000.1.5', '000.5.3.1', '100.2.2.4', '400.10.2.2', '400.12', '400.9.14', '500', '300.2.2', '800.1.3.2',
              '900.1.3')   # Permendagri 83/2022


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...], k: int) -> list[str]:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=k)


def surat_masuk_rows(n: int, seed: int, klasifikasi_ids: dict[str, int] | None = None,
                     created_by: str = 'demo') -> Iterator[tuple]:
    """n surat masuk as tuples in SURAT_MASUK_COLUMNS order; the same n and seed give the same rows."""
    rng = random.Random(seed)
    ids = klasifikasi_ids or {code: i for i, code in enumerate(KLASIFIKASI_CODES, start=1)}
    klasifikasi = [ids.get(code) for code in KLASIFIKASI_CODES] + [None]
    first_year = LAST_YEAR - YEARS + 1
    per_year = -(-n // YEARS)
    made = 0
    for year in range(first_year, LAST_YEAR + 1):
        count = min(per_year, n - made)
        if count <= 0:
            return
        # agenda order is date order: day of year grows with the agenda number
        days = sorted(rng.randrange(365) for _ in range(count))
        topics = _weighted(rng, TOPIK, count)
        sifat, urgensi, status = _weighted(rng, SIFAT, count), _weighted(rng, URGENSI, count), _weighted(rng, STATUS, count)
        jan1 = date(year, 1, 1)
        for i in range(count):
            diterima = jan1 + timedelta(days=days[i])
            ditulis = diterima - timedelta(days=rng.randrange(15))
            asal = rng.choice(ASAL)
            stamp = datetime(diterima.year, diterima.month, diterima.day, 1 + i % 9, i % 60, tzinfo=timezone.utc)
            stamp_text = stamp.isoformat(sep=' ')
            yield (
                1, stamp_text, created_by, stamp_text, created_by, None, year, i + 1,
                diterima.isoformat(), f'{rng.choice(KODE_SURAT)}/{rng.randrange(1, 3000)}/427.{rng.randrange(10, 99)}/{year}',
                ditulis.isoformat(), asal, f'{rng.choice(JENIS)} {topics[i]}',
                f'{asal} menyampaikan {topics[i]} untuk ditindaklanjuti.' if rng.random() < 0.6 else None,
                rng.randrange(4), rng.choice(KEPADA), sifat[i], urgensi[i], status[i], rng.choice(klasifikasi),
            )
            made += 1
