"""Issue #15: the standar pelayanan of a jenis layanan holds the 14 components of PermenPAN-RB 15/2014
(in the order and with the names of its Lampiran: six of the service delivery, then eight of its
management) in the form and on the printed standard; the seed brings an existing database up to it
without losing a register row and retires the IMB/PBG rekomendasi; a retired layanan is refused for a
new request while the requests made for it keep it."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest
from nicegui.testing import User
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import TortoiseContext

from core.database import tortoise_config
from core.seed import RETIRED_LAYANAN, seed_jenis_layanan
from core.visible_rows import fk_options
from exports.pdf_print import print_record
from models.pelayanan import JenisLayanan, RegisterLayanan
from models.table import TABLES, editable_fields
from tests.conftest import POSTGRES_URL, grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import JARIT, PELAYANAN, actor, desa, refused, save
from tests.rules_lane import lane_db  # noqa: F401
from tests.test_migrations_keep_data import MIGRATIONS, migrate_to
from tests.test_pdf_print import pdf_text, printed

# The Lampiran of PermenPAN-RB 15/2014, in its order: service delivery, then manufacturing.
PENYAMPAIAN = ('Persyaratan', 'Sistem, Mekanisme, dan Prosedur', 'Jangka Waktu Pelayanan', 'Biaya/Tarif',
               'Produk Pelayanan', 'Penanganan Pengaduan, Saran dan Masukan')
PENGELOLAAN = ('Dasar Hukum', 'Sarana dan Prasarana, dan/atau Fasilitas', 'Kompetensi Pelaksana',
               'Pengawasan Internal', 'Jumlah Pelaksana', 'Jaminan Pelayanan',
               'Jaminan Keamanan dan Keselamatan Pelayanan', 'Evaluasi Kinerja Pelaksana')
IMB = RETIRED_LAYANAN[0]


def test_the_form_holds_the_14_components_in_the_regulations_order():
    spec = TABLES['jenis_layanan']
    labels = [spec.label_of(name).split(' (')[0] for name in editable_fields(spec)]
    components = [label for label in labels if label in PENYAMPAIAN + PENGELOLAAN]
    assert components == list(PENYAMPAIAN + PENGELOLAAN)
    assert labels.index('Persyaratan') == labels.index('Kategori') + 1   # nothing between them


async def test_the_printed_standard_shows_the_14_components_under_their_two_headings(lane_db):
    layanan = await JenisLayanan.get(nama='Dispensasi Nikah')
    await JenisLayanan.filter(id=layanan.id).update(jumlah_pelaksana='3 (tiga) orang')
    kepala = await actor(f'Kepala {PELAYANAN}')
    text = printed(await print_record(TABLES['jenis_layanan'], kepala, layanan.id, today=date(2026, 11, 5)))
    heading_a = 'A. Komponen Standar Pelayanan yang terkait dengan Proses Penyampaian Pelayanan (Service Delivery)'
    heading_b = 'B. Komponen Standar Pelayanan yang terkait dengan Proses Pengelolaan Pelayanan di Internal ' \
                'Organisasi (Manufacturing)'
    order = ['STANDAR PELAYANAN', 'Jenis Layanan: Dispensasi Nikah', heading_a,
             *(f'{n}. {name}' for n, name in enumerate(PENYAMPAIAN, start=1)), heading_b,
             *(f'{n}. {name}' for n, name in enumerate(PENGELOLAAN, start=1)), '5 November 2026']
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [part for part, at in zip(order, positions) if at == -1]
    assert positions == sorted(positions)
    for value in ('1 hari kerja', 'Rp 0 (tidak dipungut biaya)', 'Surat Dispensasi Camat',
                  'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan', '3 (tiga) orang', 'SP4N-LAPOR!'):
        assert value in text, value


@pytest.mark.skipif(bool(POSTGRES_URL), reason='builds the older database as a SQLite file')
async def test_the_seed_upgrades_an_existing_database_and_keeps_every_register_row(tmp_path):
    url = f'sqlite://{tmp_path / "lama.sqlite3"}'
    before_mine = [p for p in MIGRATIONS if int(p.name.split('_')[0]) < 19]
    await migrate_to(url, before_mine, tmp_path)
    with closing(sqlite3.connect(url.removeprefix('sqlite://'))) as db:   # as the seed of before #15 wrote them
        for id_, nama, version in ((1, 'Legalisasi Dokumen', 1), (2, IMB, 1), (3, 'Dispensasi Nikah', 4)):
            db.execute('INSERT INTO jenis_layanan (id, nama, kategori, persyaratan, prosedur, jangka_waktu_hari, '
                       'biaya, produk, dasar_hukum, version, created_by, created_at, updated_at) '
                       "VALUES (?, ?, 'Non-Perizinan', 'lama', 'lama', 2, '0', 'Surat', 'Permendagri 4/2010', ?, "
                       "'sistem', '2025-01-02 08:00:00', '2025-01-02 08:00:00')", (id_, nama, version))
        for nomor, layanan_id in ((1, 1), (2, 2), (3, 2), (4, 3)):
            db.execute('INSERT INTO register_layanan (tahun, no_registrasi, tanggal, nik, nama_pemohon, layanan_id, '
                       'status, version, created_at, updated_at) '
                       "VALUES (2025, ?, '2025-03-03', '3508035203900002', 'Siti', ?, 'Diterima', 1, "
                       "'2025-03-03 08:00:00', '2025-03-03 08:00:00')", (nomor, layanan_id))
        db.commit()
    await migrate_to(url, MIGRATIONS, tmp_path)
    EXECUTOR_CACHE.clear()
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url))
        await seed_jenis_layanan()
        await seed_jenis_layanan()   # a restart changes nothing more
        assert await RegisterLayanan.all().order_by('no_registrasi').values_list('no_registrasi', 'layanan_id') \
            == [(1, 1), (2, 2), (3, 2), (4, 3)]
        legalisasi, imb, dispensasi = [await JenisLayanan.get(id=i) for i in (1, 2, 3)]
        assert legalisasi.aktif and legalisasi.persyaratan != 'lama' and legalisasi.evaluasi_kinerja
        assert legalisasi.jumlah_pelaksana is None            # the office's own count: nothing invented
        assert not imb.aktif and imb.nama == IMB               # retired, not deleted
        assert dispensasi.persyaratan == 'lama' and dispensasi.evaluasi_kinerja is None   # edited: left alone
        assert await JenisLayanan.filter(nama='Rekomendasi Izin Keramaian', aktif=True).exists()   # the missing
        assert await JenisLayanan.all().count() == 7
    EXECUTOR_CACHE.clear()


async def test_a_retired_layanan_is_refused_for_a_new_request_but_old_requests_keep_it(lane_db):
    assert not await JenisLayanan.filter(nama=IMB).exists()   # a new installation never offers it
    retired = await JenisLayanan.create(nama=IMB, jangka_waktu_hari=5, aktif=False, created_by='sistem')
    old = await RegisterLayanan.create(tahun=2020, no_registrasi=9, tanggal=date(2020, 3, 2), nik='3508035203900002',
                                       nama_pemohon='Budi', layanan=retired)
    kepala = await actor(f'Kepala {PELAYANAN}')
    values = {'tanggal': '05/11/2026', 'no_registrasi': '12', 'nik': '3508035203900002', 'nama_pemohon': 'Siti',
              'desa': await desa(JARIT), 'layanan': retired.id}
    refused(await save('register_layanan', kepala, values), 'layanan', 'tidak diselenggarakan')
    assert (await save('register_layanan', kepala, {**values, 'layanan': (await JenisLayanan.first()).id})).ok
    edited = await save('register_layanan', kepala, {'petugas': 'Rina'}, row_id=old.id)
    assert edited.ok, edited.errors
    assert (await RegisterLayanan.get(id=old.id)).layanan_id == retired.id
    options = await fk_options(TABLES['register_layanan'], 'layanan', kepala, current=retired.id)
    assert options[retired.id] == IMB   # the stored request still reads its layanan


async def test_cetak_on_the_jenis_layanan_grid_downloads_its_standard(user: User) -> None:
    await create_account('yanti', f'Kepala {PELAYANAN}')
    await log_in_as(user, 'yanti', next_path='/tabel/jenis_layanan')
    await until(lambda: len(grid_rows(user)) >= 6)
    row = next(r for r in grid_rows(user) if r['nama'] == 'Legalisasi Dokumen')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': row})
    user.find(marker='cetak').click()
    response = await user.download.next(timeout=10)
    text = pdf_text(response.content)
    assert 'STANDAR PELAYANAN' in text and 'Jenis Layanan: Legalisasi Dokumen' in text
    assert 'Evaluasi Kinerja Pelaksana' in text
    await user.should_see('Standar Pelayanan siap dicetak.')


async def test_the_form_offers_only_active_layanan_and_the_grid_filter_every_one(lane_db):
    """JenisLayanan.offered_filter: a form's Layanan list (and its search) leaves out a retired
    layanan unless the stored request names it; the grid's filter keeps it, so old requests stay findable."""
    from core.visible_rows import fk_search
    retired = await JenisLayanan.create(nama=IMB, jangka_waktu_hari=5, aktif=False, created_by='sistem')
    kepala = await actor(f'Kepala {PELAYANAN}')
    spec = TABLES['register_layanan']
    assert retired.id not in await fk_options(spec, 'layanan', kepala, offered=True)
    assert retired.id in await fk_options(spec, 'layanan', kepala, current=retired.id, offered=True)
    assert retired.id in await fk_options(spec, 'layanan', kepala)
    found, _ = await fk_search(spec, 'layanan', kepala, 'Bangunan', offered=True)
    assert retired.id not in found
    assert retired.id in (await fk_search(spec, 'layanan', kepala, 'Bangunan'))[0]
