"""Deterministic surat masuk for the benchmarks (and, later, the demo data).

    rows = surat_masuk_rows(100_000)            # the same 100k rows on every machine, every run
    insert_surat_masuk(sqlite3_connection, rows)  # executemany, one transaction

`surat_masuk_rows` yields plain tuples in `SURAT_MASUK_COLUMNS` order, stored the way Tortoise
stores them in SQLite (dates as ISO text, datetimes as ISO text with the offset), so any code that
reads the table through the ORM sees ordinary rows. The rows spread over `YEARS` years with the
agenda numbers of each year running 1, 2, 3 … in date order, like a real agenda book.

`database(n)` gives a SQLite file holding the app's schema (every committed migration, applied by
the app's own start-up code), the seeded reference data, and n generated surat masuk; it is built
once per (n, seed, migrations) and kept in `BENCH_DIR` (default: <tmp>/panel-kecamatan-bench).
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261128
GENERATOR_VERSION = 1
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
KODE_SURAT = ('005', '045', '100', '140', '400', '470', '500', '593', '800', '900')


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...], k: int) -> list[str]:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=k)


def surat_masuk_rows(n: int, seed: int = SEED, klasifikasi_ids: dict[str, int] | None = None,
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


def insert_surat_masuk(connection: sqlite3.Connection, rows: Iterable[tuple], batch: int = 50_000) -> int:
    """Insert generated rows with executemany in one transaction; returns how many.

    The table's triggers (the search index's) are set aside during the load and the search index
    is filled in one statement afterwards, which is many times faster than a trigger per row."""
    sql = (f'INSERT INTO surat_masuk ({", ".join(SURAT_MASUK_COLUMNS)}) '
           f'VALUES ({", ".join("?" * len(SURAT_MASUK_COLUMNS))})')
    total = 0
    chunk: list[tuple] = []
    with connection:
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = 'surat_masuk'").fetchall()
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        first_new = (connection.execute('SELECT max(id) FROM surat_masuk').fetchone()[0] or 0) + 1
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                connection.executemany(sql, chunk)
                total += len(chunk)
                chunk.clear()
        if chunk:
            connection.executemany(sql, chunk)
            total += len(chunk)
        fts = [row[1] for row in connection.execute('PRAGMA table_info("surat_masuk_fts")')]
        if fts and any('surat_masuk_fts' in (text or '') for _, text in triggers):
            columns = ', '.join(f'"{name}"' for name in fts)
            connection.execute(f'INSERT INTO "surat_masuk_fts" (rowid, {columns}) '
                               f'SELECT "id", {columns} FROM "surat_masuk" WHERE "id" >= ?', (first_new,))
        for _, text in triggers:
            connection.execute(text)
    return total


def bench_dir() -> Path:
    path = Path(os.environ.get('BENCH_DIR') or Path(tempfile.gettempdir()) / 'panel-kecamatan-bench')
    path.mkdir(parents=True, exist_ok=True)
    return path


def _schema_key() -> str:
    names = sorted(p.name for p in (ROOT / 'migrations' / 'models').glob('*.py'))
    return hashlib.sha256('\n'.join(names).encode()).hexdigest()[:10]


async def _migrate_and_seed(path: Path) -> None:
    """The app's own start-up steps: every migration, then the reference seed."""
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.lifecycle import apply_migrations
    from core.seed import seed_reference

    url = f'sqlite://{path}'
    await apply_migrations(url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url))
        await seed_reference()


def _run_apart(coroutine) -> None:
    """Run a coroutine to the end on its own event loop (also when called from inside one)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, coroutine).result()


def empty_database() -> Path:
    """A migrated and seeded database with no surat (copied, never changed, by `database`)."""
    path = bench_dir() / f'empty_{_schema_key()}.sqlite3'
    if not path.exists():
        tmp = path.with_suffix('.tmp')
        tmp.unlink(missing_ok=True)
        _run_apart(_migrate_and_seed(tmp))
        tmp.rename(path)
    return path


def database(n: int, seed: int = SEED) -> Path:
    """A SQLite file with the app's schema and n generated surat masuk (built once, then reused)."""
    path = bench_dir() / f'surat_masuk_{n}_{seed}_v{GENERATOR_VERSION}_{_schema_key()}.sqlite3'
    if path.exists():
        return path
    tmp = path.with_suffix('.tmp')
    shutil.copyfile(empty_database(), tmp)
    connection = sqlite3.connect(tmp)
    try:
        ids = dict(connection.execute('SELECT kode, id FROM klasifikasi_arsip'))
        insert_surat_masuk(connection, surat_masuk_rows(n, seed, ids))
    finally:
        connection.close()
    tmp.rename(path)
    return path
