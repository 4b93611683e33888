"""Issue 14, Kepegawaian: the career fields of Pegawai (TMT CPNS/PNS, pangkat or golongan PPPK, the
jabatan of UU ASN, latihan jabatan, masa kerja), the dates the reminders read, and the migration
that maps the pre-2014 'Struktural' onto the jabatan of UU ASN.

Rules through core.records.save as the Kepala Subbag Umum dan Kepegawaian, on the lane's migrated database."""
from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from nicegui.testing import User

from core.config import load_settings
from core.dashboard_figures import pengingat_kepegawaian
from models.clock import office_today
from models.kepegawaian import (JenisJabatan, Pegawai, add_years, batas_usia_pensiun, masa_kerja,
                                next_after)
from models.reference import Pangkat
from tests.rules_lane import JARIT, UMUM, actor, refused, save
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)
from tests.test_migrations_keep_data import MIGRATIONS, Postgres, Sqlite, fill, migrate_to

PNS = {'nama': 'Siti Aminah', 'tanggal_lahir': '12/03/1985', 'jenis_kelamin': 'P', 'status': 'PNS',
       'jabatan': 'Pengadministrasi Umum', 'nip': '198503122010012001', 'tmt_cpns': '01/01/2010'}
PPPK = {**PNS, 'status': 'PPPK', 'nip': '198503122023212004', 'tmt_cpns': ''}


def test_dates_of_a_career():
    assert masa_kerja(date(2010, 1, 1), date(2026, 3, 1)) == (16, 2)
    assert masa_kerja(date(2010, 1, 15), date(2026, 3, 1)) == (16, 1)
    assert masa_kerja(date(2027, 1, 1), date(2026, 3, 1)) is None
    assert batas_usia_pensiun(JenisJabatan.PELAKSANA, 'Pengadministrasi Umum') == 58
    assert batas_usia_pensiun(JenisJabatan.JPT, 'Sekretaris Daerah') == 60
    assert batas_usia_pensiun(JenisJabatan.FUNGSIONAL, 'Perencana Ahli Madya') == 60
    assert batas_usia_pensiun(JenisJabatan.FUNGSIONAL, 'Perencana Ahli Utama') == 65
    assert batas_usia_pensiun(JenisJabatan.FUNGSIONAL, 'Arsiparis Ahli Pertama') == 58
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2026, 1, 31), 0, 1) == date(2026, 2, 28)
    assert next_after(date(2020, 4, 1), 2, date(2026, 3, 1)) == date(2026, 4, 1)
    assert next_after(date(2020, 4, 1), 2, date(2026, 4, 2)) == date(2028, 4, 1)
    assert next_after(date(2022, 10, 1), 4, date(2026, 3, 1)) == date(2026, 10, 1)


async def test_tmt_cpns_agrees_with_the_nip_and_comes_at_eighteen(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    refused(await save('pegawai', kepala, {**PNS, 'tmt_cpns': '01/02/2010'}), 'tmt_cpns',
            'TMT CPNS harus sama dengan digit 9–14 NIP (201001: tahun dan bulan).')
    refused(await save('pegawai', kepala, {**PNS, 'nip': '198503122002012001', 'tmt_cpns': '01/01/2002'}), 'tmt_cpns',
            'TMT CPNS tidak boleh sebelum pegawai berusia 18 tahun (12/03/2003).')
    refused(await save('pegawai', kepala, {**PNS, 'status': 'CPNS', 'tmt_pns': '01/01/2011'}), 'tmt_pns',
            'TMT PNS hanya untuk pegawai berstatus PNS.')
    refused(await save('pegawai', kepala, {**PNS, 'tmt_pns': '01/12/2009'}), 'tmt_pns',
            'TMT PNS tidak boleh sebelum TMT CPNS.')
    assert await Pegawai.all().count() == 0
    result = await save('pegawai', kepala, {**PNS, 'tmt_pns': '01/01/2011'})
    assert result.ok, result.errors
    row = await Pegawai.get(id=result.row.id)
    assert (row.tmt_cpns, row.tmt_pns, row.masa_kerja_pada(date(2026, 3, 1))) == (date(2010, 1, 1), date(2011, 1, 1),
                                                                                (16, 2))


async def test_pppk_has_a_golongan_and_a_pns_a_pangkat(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    pangkat = await Pangkat.get(golongan='III/a')
    refused(await save('pegawai', kepala, {**PPPK, 'pangkat': pangkat.id}), 'pangkat',
            'Pangkat/golongan hanya untuk PNS dan CPNS; PPPK memakai Golongan PPPK.')
    refused(await save('pegawai', kepala, {**PNS, 'golongan_pppk': 'IX'}), 'golongan_pppk',
            'Golongan PPPK (I–XVII) hanya untuk PPPK; PNS dan CPNS memakai pangkat/golongan ruang.')
    refused(await save('pegawai', kepala, {**PPPK, 'tmt_cpns': '01/01/2023'}), 'tmt_cpns',
            'TMT CPNS hanya untuk PNS dan CPNS.')
    assert not (await save('pegawai', kepala, {**PPPK, 'golongan_pppk': 'XVIII'})).ok
    assert await Pegawai.all().count() == 0
    assert (await save('pegawai', kepala, {**PPPK, 'golongan_pppk': 'XVII'})).ok
    assert (await save('pegawai', kepala, {**PNS, 'pangkat': pangkat.id, 'tmt_pangkat': '01/04/2022'})).ok


async def test_jabatan_of_uu_asn_and_latihan_jabatan(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    refused(await save('pegawai', kepala, {**PNS, 'jenis_jabatan': 'Pelaksana', 'eselon': 'IV.a'}), 'eselon',
            'Eselon hanya untuk jabatan pimpinan tinggi, administrator dan pengawas.')
    assert not (await save('pegawai', kepala, {**PNS, 'jenis_jabatan': 'Struktural'})).ok
    refused(await save('pegawai', kepala, {**PNS, 'latihan_jabatan_lulus': '01/05/2019'}), 'latihan_jabatan',
            'Isi nama latihan jabatan yang diluluskan.')
    assert await Pegawai.all().count() == 0
    result = await save('pegawai', kepala, {
        **PNS, 'jabatan': 'Kepala Seksi Pemerintahan', 'jenis_jabatan': 'Pengawas', 'eselon': 'IV.a',
        'latihan_jabatan': 'Pelatihan Kepemimpinan Pengawas', 'latihan_jabatan_lulus': '01/05/2019',
        'latihan_jabatan_jam': '270', 'pendidikan': 'S1', 'pendidikan_nama': 'Ilmu Pemerintahan',
        'pendidikan_lulus': '2008'})
    assert result.ok, result.errors
    row = await Pegawai.get(id=result.row.id)
    assert (row.jenis_jabatan, row.latihan_jabatan_jam, row.pendidikan_lulus) == ('Pengawas', 270, 2008)


async def test_reminders_of_the_home_page_with_a_fixed_today(lane_db):
    today = date(2026, 3, 1)
    common = {'jenis_kelamin': 'L', 'jabatan': 'Pengadministrasi Umum', 'status': 'PNS'}
    await Pegawai.create(nama='Gaji Berkala', tanggal_lahir=date(1990, 5, 5), nip='199005052014041001',
                         tmt_cpns=date(2014, 4, 1), tmt_kgb=date(2024, 4, 1), **common)          # KGB 1 April 2026
    await Pegawai.create(nama='Naik Pangkat', tanggal_lahir=date(1988, 1, 1), nip='198801012015011001',
                         tmt_cpns=date(2015, 1, 1), tmt_kgb=date(2025, 1, 1), tmt_pangkat=date(2022, 8, 1),
                         **common)                                                               # KP 1 August 2026
    await Pegawai.create(nama='Purna Tugas', tanggal_lahir=date(1968, 7, 15), nip='196807151990031001',
                         tmt_cpns=date(1990, 3, 1), tmt_kgb=date(2025, 3, 1), **common)          # 58 on 15 July 2026
    await Pegawai.create(nama='Masih Lama', tanggal_lahir=date(1968, 12, 15), nip='196812151990031002',
                         tmt_cpns=date(1990, 3, 1), tmt_kgb=date(2025, 3, 1), tmt_pangkat=date(2024, 4, 1),
                         **common)                                                               # 58 in December: later
    await Pegawai.create(nama='Fungsional Madya', tanggal_lahir=date(1968, 7, 1), nip='196807011990031003',
                         tmt_cpns=date(1990, 3, 1), tmt_kgb=date(2025, 3, 1), jenis_jabatan='Fungsional',
                         **{**common, 'jabatan': 'Perencana Ahli Madya'})                        # BUP 60: 2028
    await Pegawai.create(nama='Honorer', tanggal_lahir=date(1968, 7, 15), status='Non-ASN', jenis_kelamin='L',
                         jabatan='Pramu Bakti')
    kepala = await actor(f'Kepala {UMUM}')
    found = [(r.jenis, r.tanggal, r.nama) for r in await pengingat_kepegawaian(kepala, today)]
    assert found == [('kgb', date(2026, 4, 1), 'Gaji Berkala'), ('pensiun', date(2026, 7, 15), 'Purna Tugas'),
                     ('kp', date(2026, 8, 1), 'Naik Pangkat')]
    later = [(r.jenis, r.nama) for r in await pengingat_kepegawaian(kepala, date(2026, 7, 16))]
    assert later == [('kp', 'Naik Pangkat'), ('pensiun', 'Masih Lama')]     # Purna Tugas's day has passed
    operator = await actor('Operator Desa', desa_kode=JARIT)     # may not see Pegawai: no reminders
    assert await pengingat_kepegawaian(operator, today) == []


async def test_the_home_page_shows_the_reminders(user: User) -> None:
    born = add_years(office_today(), -58, 2)       # reaches 58 in two months
    nip = f'{born:%Y%m%d}{born.year + 22}031001'
    await Pegawai.create(nama='Purna Tugas', tanggal_lahir=born, nip=nip, tmt_cpns=date(born.year + 22, 3, 1),
                         jenis_kelamin='L', jabatan='Pengadministrasi Umum', status='PNS')
    await create_account('kasubbag', f'Kepala {UMUM}')
    await log_in_as(user, 'kasubbag')
    await user.should_see(marker='pengingat-kepegawaian')
    await user.should_see(f'{born.day:02d}/{born.month:02d}/{born.year + 58}: Purna Tugas mencapai batas usia pensiun')


def test_the_migration_maps_struktural_by_eselon(tmp_path: Path) -> None:
    """Migration 10 on rows as they stood before it: Struktural with eselon III is Administrator,
    with IV Pengawas, without eselon Pelaksana (tests/test_migrations_keep_data.py: other values stay)."""
    step = next(i for i, p in enumerate(MIGRATIONS) if p.name.split('_', 2)[2] == 'kepegawaian_karier_cuti.py')
    url = load_settings().database_url
    asyncio.run(migrate_to(url, MIGRATIONS[:step], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    try:
        fill(db, db.tables())
        for id_, eselon in ((1, "'III.a'"), (2, "'IV.b'"), (3, 'NULL')):
            sql = f"UPDATE pegawai SET jenis_jabatan = 'Struktural', eselon = {eselon} WHERE id = {id_}"
            if isinstance(db, Sqlite):
                db.db.execute(sql)
            else:
                db.run(db.db.execute(sql))
        db.commit()
    finally:
        db.close()
    asyncio.run(migrate_to(url, MIGRATIONS[:step + 1], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    try:
        assert db.select('pegawai', ['id', 'jenis_jabatan']) == [(1, 'Administrator'), (2, 'Pengawas'),
                                                                  (3, 'Pelaksana')]
    finally:
        db.close()
