"""Issue #14, Sarana dan Prasarana (M1.3): maintenance is kept on a Kartu Pemeliharaan of its own,
and a mutasi (pindah, hapus, rusak berat) updates the KIB register through the one write path, all
or nothing: the role matrix, the KIB row's version and its history. Each rule refuses a bad input
beside its field; the Kartu Pemeliharaan and the Rekap BMD are read back with openpyxl.

Service-level tests write through core.records as the seeded roles (tests/rules_lane.py); the
form tests drive the page as the Kepala of Subbag Umum dan Kepegawaian (the `user` fixture)."""
from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest
from nicegui.testing import User

from core import records
from core.access import Action, Actor
from core.listing import ListQuery
from models.audit import AuditAction, AuditEntry
from models.choices import RoleKind
from models.clock import office_today
from models.sarpras import (JenisMutasi, KartuPemeliharaan, Kib, KibATanah, KibBPeralatanMesin, KibCGedungBangunan,
                            KibEAsetTetapLainnya, Kondisi, MutasiBarang, Ruangan)
from models.table import TABLES
from tests.conftest import in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import UMUM, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

KEPALA_UMUM = f'Kepala {UMUM}'
PC = {'kib': Kib.B.value, 'kode_barang': '1.3.2.10.01.02.001', 'register': '000001'}
LAST_WEEK = (office_today() - timedelta(days=7)).strftime('%d/%m/%Y')


async def a_pc(**extra) -> KibBPeralatanMesin:
    return await KibBPeralatanMesin.create(kode_barang=PC['kode_barang'], register=PC['register'],
                                           nama_barang='Personal Computer', tahun=2021, harga=Decimal(9_500_000),
                                           **extra)


def mutasi(jenis: JenisMutasi, **values) -> dict:
    return {**PC, 'jenis': jenis.value, 'tanggal': LAST_WEEK, **values}


# ------------------------------------------------------------------ pemeliharaan is not a mutasi

async def test_a_new_mutasi_cannot_be_a_pemeliharaan_but_the_stored_ones_still_read(lane_db):
    kepala = await actor(KEPALA_UMUM)
    await a_pc()
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.PEMELIHARAAN, nilai='350.000')), 'jenis',
            'Pemeliharaan bukan mutasi: catat di Kartu Pemeliharaan')
    assert await MutasiBarang.all().count() == 0
    old = await MutasiBarang.create(kib=Kib.B, kode_barang=PC['kode_barang'], register=PC['register'],
                                    jenis=JenisMutasi.PEMELIHARAAN, tanggal=date(2025, 3, 4), nilai=Decimal(350_000))
    stored = await MutasiBarang.get(id=old.id)
    assert stored.jenis == JenisMutasi.PEMELIHARAAN
    result = await records.save(TABLES['mutasi_barang'], kepala, {'keterangan': 'Servis berkala (tercatat lama)'},
                                row_id=old.id)
    assert result.ok, result.errors
    assert (await KibBPeralatanMesin.get(register='000001')).version == 1    # the register was not touched


async def test_a_kartu_pemeliharaan_line_names_a_barang_of_kib_b_to_e(lane_db):
    kepala = await actor(KEPALA_UMUM)
    await a_pc()
    line = {**PC, 'tanggal': LAST_WEEK, 'jenis_pemeliharaan': 'Ganti power supply',
            'yang_memelihara': 'CV Mitra Komputer Lumajang', 'biaya': '450.000'}
    refused(await save('kartu_pemeliharaan', kepala, {**line, 'register': '000009'}), 'register',
            'Tidak ada barang dengan kode 1.3.2.10.01.02.001 register 000009 di KIB B Peralatan dan Mesin.')
    assert 'kib' in (await save('kartu_pemeliharaan', kepala, {**line, 'kib': Kib.A.value})).errors
    tomorrow = (office_today() + timedelta(days=1)).strftime('%d/%m/%Y')
    refused(await save('kartu_pemeliharaan', kepala, {**line, 'tanggal': tomorrow}), 'tanggal',
            'Tanggal tidak boleh melewati hari ini.')
    refused(await save('kartu_pemeliharaan', kepala, {**line, 'tanggal': '02/01/2020'}), 'tanggal',
            'Tanggal tidak boleh sebelum tahun perolehan barang (2021).')
    assert 'biaya' in (await save('kartu_pemeliharaan', kepala, {**line, 'biaya': '-5'})).errors
    assert await KartuPemeliharaan.all().count() == 0
    result = await save('kartu_pemeliharaan', kepala, {**line, 'nama_barang': 'diketik'})
    assert result.ok, result.errors
    kartu = await KartuPemeliharaan.get()
    assert (kartu.nama_barang, kartu.biaya, kartu.yang_memelihara) == ('Personal Computer', Decimal(450_000),
                                                                      'CV Mitra Komputer Lumajang')
    assert TABLES['kartu_pemeliharaan'].owner_section.value == UMUM


# ------------------------------------------------------------------ a mutasi updates the register

async def test_rusak_berat_sets_the_kondisi_logs_it_and_a_deleted_mutasi_gives_it_back(lane_db):
    kepala = await actor(KEPALA_UMUM)
    pc = await a_pc(kondisi=Kondisi.KURANG_BAIK)
    result = await save('mutasi_barang', kepala, mutasi(JenisMutasi.RUSAK_BERAT, keterangan='Motherboard terbakar'))
    assert result.ok, result.errors
    stored = await KibBPeralatanMesin.get(id=pc.id)
    assert (stored.kondisi, stored.version, stored.updated_by) == (Kondisi.RUSAK_BERAT, 2, kepala.username)
    assert (await MutasiBarang.get()).kondisi_sebelum == Kondisi.KURANG_BAIK
    logged = await AuditEntry.get(tabel='kib_b_peralatan_mesin', baris_id=pc.id)
    assert (logged.aksi, logged.pengguna) == (AuditAction.UBAH, kepala.username)
    assert (logged.sebelum, logged.sesudah) == ({'kondisi': 'Kurang Baik'}, {'kondisi': 'Rusak Berat'})
    assert logged.keterangan == f'bersama Mutasi Barang #{result.row.id}'
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.RUSAK_BERAT)), 'jenis',
            'Barang ini sudah tercatat Rusak Berat.')
    assert (await records.delete(TABLES['mutasi_barang'], kepala, result.row.id)).ok
    stored = await KibBPeralatanMesin.get(id=pc.id)
    assert (stored.kondisi, stored.version) == (Kondisi.KURANG_BAIK, 3)


async def test_tanah_has_no_kondisi_to_break(lane_db):
    kepala = await actor(KEPALA_UMUM)
    await KibATanah.create(kode_barang='1.3.1.01.01.04.001', register='000001', nama_barang='Tanah Kantor',
                           tahun=1985, harga=Decimal(1_250_000_000), letak='Jl. Raya Candipuro No. 1')
    values = {'kib': Kib.A.value, 'kode_barang': '1.3.1.01.01.04.001', 'register': '000001',
              'jenis': JenisMutasi.RUSAK_BERAT.value, 'tanggal': LAST_WEEK}
    refused(await save('mutasi_barang', kepala, values), 'jenis', 'Tanah (KIB A) tidak mempunyai kondisi')


async def test_pindah_moves_the_barang_to_its_new_room_and_back_when_deleted(lane_db):
    kepala = await actor(KEPALA_UMUM)
    camat = await Ruangan.create(kode='R.01', nama='Ruang Camat')
    paten = await Ruangan.create(kode='R.04', nama='Ruang Pelayanan PATEN')
    pc = await a_pc(ruangan=camat)
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.PINDAH)), 'ruangan_tujuan',
            'Pindah ke mana? Isi ruangan tujuan atau unit/SKPD tujuan.')
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.PINDAH, ruangan_tujuan=paten.id,
                                                       unit_tujuan='Kecamatan Pasirian')),
            'unit_tujuan', 'tidak keduanya')
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.PINDAH, ruangan_tujuan=camat.id)),
            'ruangan_tujuan', 'Barang ini sudah berada di R.01 Ruang Camat.')
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.RUSAK_BERAT, ruangan_tujuan=paten.id)),
            'ruangan_tujuan', 'Ruangan atau unit tujuan hanya diisi untuk mutasi Pindah.')
    await KibCGedungBangunan.create(kode_barang='1.3.3.01.01.01.001', register='000001', nama_barang='Gedung Kantor',
                                    tahun=1990, harga=Decimal(2_150_000_000), letak='Jl. Raya Candipuro No. 1')
    gedung = {'kib': Kib.C.value, 'kode_barang': '1.3.3.01.01.01.001', 'register': '000001'}
    refused(await save('mutasi_barang', kepala, {**mutasi(JenisMutasi.PINDAH, ruangan_tujuan=paten.id), **gedung}),
            'ruangan_tujuan', 'Barang KIB C Gedung dan Bangunan tidak ditempatkan di ruangan')
    assert await MutasiBarang.all().count() == 0 and (await KibBPeralatanMesin.get(id=pc.id)).version == 1

    result = await save('mutasi_barang', kepala, mutasi(JenisMutasi.PINDAH, ruangan_tujuan=paten.id))
    assert result.ok, result.errors
    assert (await KibBPeralatanMesin.get(id=pc.id)).ruangan_id == paten.id
    assert (await MutasiBarang.get()).ruangan_asal == 'R.01'
    assert (await records.delete(TABLES['mutasi_barang'], kepala, result.row.id)).ok
    assert (await KibBPeralatanMesin.get(id=pc.id)).ruangan_id == camat.id


async def test_hapus_needs_its_sk_and_keeps_the_row_out_of_the_register(lane_db):
    kepala = await actor(KEPALA_UMUM)
    pc = await a_pc()
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.HAPUS)), 'nomor_sk',
            'Penghapusan memerlukan nomor SK penghapusan.')
    result = await save('mutasi_barang', kepala, mutasi(JenisMutasi.HAPUS, nomor_sk='032/145/427.75/2026'))
    assert result.ok, result.errors
    stored = await KibBPeralatanMesin.get(id=pc.id)
    assert stored.deleted_at is None    # kept: it leaves the register, not the database
    assert (stored.dihapus, stored.tanggal_dihapus, stored.sk_dihapus) == (
        True, office_today() - timedelta(days=7), '032/145/427.75/2026')
    gone = f"Barang ini sudah dihapus dari register pada {LAST_WEEK} (SK 032/145/427.75/2026)"
    refused(await save('mutasi_barang', kepala, mutasi(JenisMutasi.RUSAK_BERAT)), 'register', gone)
    line = {**PC, 'tanggal': LAST_WEEK, 'jenis_pemeliharaan': 'Servis', 'yang_memelihara': 'CV Mitra', 'biaya': '1'}
    refused(await save('kartu_pemeliharaan', kepala, line), 'register', gone)
    assert await MutasiBarang.all().count() == 1 and await KartuPemeliharaan.all().count() == 0
    # the SK can still be corrected on the mutasi that removed it
    assert (await records.save(TABLES['mutasi_barang'], kepala, {'nomor_sk': '032/146/427.75/2026'},
                               row_id=result.row.id)).ok
    assert (await KibBPeralatanMesin.get(id=pc.id)).sk_dihapus == '032/146/427.75/2026'


async def test_pindah_to_another_unit_takes_the_barang_out_of_the_register(lane_db):
    kepala = await actor(KEPALA_UMUM)
    pc = await a_pc()
    result = await save('mutasi_barang', kepala, mutasi(JenisMutasi.PINDAH, unit_tujuan='Kecamatan Pasirian',
                                                        nomor_sk='BAST 027/12/2026'))
    assert result.ok, result.errors
    stored = await KibBPeralatanMesin.get(id=pc.id)
    assert (stored.dihapus, stored.sk_dihapus) == (True, 'BAST 027/12/2026')


async def test_a_stored_mutasi_keeps_its_barang_and_kind(lane_db):
    kepala = await actor(KEPALA_UMUM)
    await a_pc()
    result = await save('mutasi_barang', kepala, mutasi(JenisMutasi.RUSAK_BERAT))
    assert result.ok
    refused(await records.save(TABLES['mutasi_barang'], kepala, {'jenis': JenisMutasi.HAPUS.value,
                                                                 'nomor_sk': '032/1/2026'}, row_id=result.row.id),
            'jenis', 'Barang dan jenis mutasi yang sudah disimpan tidak dapat diubah')


async def test_a_writer_who_may_not_edit_the_kib_cannot_change_it_by_a_mutasi(lane_db):
    pc = await a_pc()
    clerk = Actor(username='juru', role='Juru Mutasi', kind=RoleKind.STAF,
                  rights=frozenset({('mutasi_barang', Action.LIHAT), ('mutasi_barang', Action.TAMBAH)}))
    refused(await save('mutasi_barang', clerk, mutasi(JenisMutasi.RUSAK_BERAT)), 'kib',
            'Anda tidak berhak mengubah KIB B Peralatan dan Mesin')
    assert await MutasiBarang.all().count() == 0
    assert (await KibBPeralatanMesin.get(id=pc.id)).kondisi == Kondisi.BAIK


async def test_the_mutasi_and_the_register_are_written_all_or_nothing(lane_db):
    """Two mutasi of one barang in one batch were both checked against the same KIB row: the second
    finds it changed by the first, and the whole batch is rolled back, the first mutasi too."""
    kepala = await actor(KEPALA_UMUM)
    camat = await Ruangan.create(kode='R.01', nama='Ruang Camat')
    paten = await Ruangan.create(kode='R.04', nama='Ruang Pelayanan PATEN')
    pc = await a_pc(ruangan=camat)
    batch = await records.save_batch(TABLES['mutasi_barang'], kepala, [
        records.BatchItem(mutasi(JenisMutasi.PINDAH, ruangan_tujuan=paten.id)),
        records.BatchItem(mutasi(JenisMutasi.RUSAK_BERAT))])
    assert not batch.ok
    assert await MutasiBarang.all().count() == 0
    stored = await KibBPeralatanMesin.get(id=pc.id)
    assert (stored.ruangan_id, stored.kondisi, stored.version) == (camat.id, Kondisi.BAIK, 1)
    assert not await AuditEntry.filter(tabel='kib_b_peralatan_mesin').exists()


# ------------------------------------------------------------------ the cards

async def test_the_kartu_pemeliharaan_prints_one_card_per_barang(lane_db):
    from core.office import save_office_settings
    from exports.bmd_reports import export_pemeliharaan
    kepala = await actor(KEPALA_UMUM)
    assert await save_office_settings({'kode_lokasi': '12.13.03.02.4.00.01', 'pengurus_barang_nama': 'Siti Rahayu',
                                       'pengurus_barang_nip': '198703152010012003'}) == {}
    await a_pc()
    await KibCGedungBangunan.create(kode_barang='1.3.3.01.01.01.001', register='000001', nama_barang='Gedung Kantor',
                                    tahun=1990, harga=Decimal(2_150_000_000), letak='Jl. Raya Candipuro No. 1')
    gedung = {'kib': Kib.C.value, 'kode_barang': '1.3.3.01.01.01.001', 'register': '000001'}
    for values in ({**PC, 'tanggal': '10/03/2026', 'jenis_pemeliharaan': 'Ganti power supply',
                    'yang_memelihara': 'CV Mitra Komputer', 'biaya': '450.000'},
                   {**PC, 'tanggal': '02/02/2026', 'jenis_pemeliharaan': 'Pembersihan dan ganti pasta',
                    'yang_memelihara': 'Swakelola', 'biaya': '75.000', 'keterangan': 'Kuitansi 12/02/2026'},
                   {**gedung, 'tanggal': '15/04/2026', 'jenis_pemeliharaan': 'Pengecatan dinding luar',
                    'yang_memelihara': 'CV Karya Bangun', 'biaya': '12.500.000'}):
        assert (await save('kartu_pemeliharaan', kepala, values)).ok
    made, count = await export_pemeliharaan(TABLES['kartu_pemeliharaan'], kepala, ListQuery())
    assert count == 3
    assert 'Periode: semua data' in [c.value for row in openpyxl.load_workbook(made.path).active.iter_rows()
                                     for c in row]
    made, count = await export_pemeliharaan(TABLES['kartu_pemeliharaan'], kepala,
                                            ListQuery(filters={'tanggal': (date(2026, 1, 1), date(2026, 6, 30))}))
    assert count == 3
    book = openpyxl.load_workbook(io.BytesIO(made.path.read_bytes()))
    assert book.sheetnames == ['1.3.2.10.01.02.001 000001', '1.3.3.01.01.01.001 000001']
    sheet = book['1.3.2.10.01.02.001 000001']
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v]
    assert 'KARTU PEMELIHARAAN BARANG' in flat and 'NO. KODE LOKASI : 12.13.03.02.4.00.01' in flat
    assert 'BARANG : 1.3.2.10.01.02.001 / 000001 Personal Computer (KIB B Peralatan dan Mesin)' in flat
    assert 'Periode: 1 Januari 2026 s.d. 30 Juni 2026' in flat
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert values[top][:6] == ['No.', 'Tanggal', 'Jenis Pemeliharaan', 'Yang Memelihara', 'Biaya (Rp)', 'Keterangan']
    assert values[top + 2][:6] == [1, 2, 3, 4, 5, 6]
    first, second, total = values[top + 3], values[top + 4], values[top + 5]
    assert first[0] == 1 and first[1].date() == date(2026, 2, 2) and first[2:6] == [
        'Pembersihan dan ganti pasta', 'Swakelola', 75_000, 'Kuitansi 12/02/2026']   # oldest first
    assert second[:5:4] == [2, 450_000] and total[2] == 'Jumlah' and total[4] == 525_000
    below = [v for row in values[top + 6:] for v in row if isinstance(v, str)]
    assert 'Mengetahui,' in below and 'Pengurus Barang' in below and 'Siti Rahayu' in below
    assert sheet.print_title_rows == f'${top + 1}:${top + 3}'
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ('landscape', 14)


async def test_the_kib_card_and_the_kir_leave_out_a_barang_dihapus(lane_db):
    from exports.bmd_reports import export_kib, kir_rows
    kepala = await actor(KEPALA_UMUM)
    camat = await Ruangan.create(kode='R.01', nama='Ruang Camat')
    await a_pc(ruangan=camat)
    await KibBPeralatanMesin.create(kode_barang=PC['kode_barang'], register='000002', nama_barang='Laptop Camat',
                                    tahun=2024, harga=Decimal(14_000_000), ruangan=camat)
    assert (await save('mutasi_barang', kepala, mutasi(JenisMutasi.HAPUS, nomor_sk='032/145/2026'))).ok
    made, _ = await export_kib(TABLES['kib_b_peralatan_mesin'], kepala, ListQuery())
    values = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(made.path.read_bytes())).active.iter_rows()]
    names = [row[2] for row in values if isinstance(row[0], int) and row[0] > 0 and isinstance(row[2], str)]
    assert 'Laptop Camat' in names and 'Personal Computer' not in names
    assert [line['nama_barang'] for line in await kir_rows(kepala, camat.id)] == ['Laptop Camat']


# ------------------------------------------------------------------ through the page

async def test_a_hapus_through_the_form_asks_for_its_sk_beside_the_field(user: User) -> None:
    pc = await a_pc()
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/mutasi_barang')
    await open_form_by(user, 'tambah')
    for name, value in (('kib', Kib.B.value), ('kode_barang', PC['kode_barang']), ('register', PC['register']),
                        ('jenis', JenisMutasi.HAPUS.value), ('tanggal', LAST_WEEK)):
        in_open_form(user, f'field-{name}').value = value
    errors = await submit_form(user)
    assert errors['nomor_sk'] == 'Penghapusan memerlukan nomor SK penghapusan.'
    in_open_form(user, 'field-nomor_sk').value = '032/145/427.75/2026'
    assert await submit_form(user) == {}
    stored = await until(lambda: KibBPeralatanMesin.get_or_none(id=pc.id, dihapus=True))
    assert stored.sk_dihapus == '032/145/427.75/2026' and stored.updated_by == 'sari'


async def test_a_kartu_pemeliharaan_line_through_the_form(user: User) -> None:
    await a_pc()
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/kartu_pemeliharaan')
    await open_form_by(user, 'tambah')
    assert in_open_form(user, 'field-bukti') is not None   # the kuitansi or berita acara, kept with the line
    for name, value in (('kib', Kib.B.value), ('kode_barang', PC['kode_barang']), ('register', '000002'),
                        ('tanggal', LAST_WEEK), ('jenis_pemeliharaan', 'Ganti keyboard'),
                        ('yang_memelihara', 'CV Mitra Komputer'), ('biaya', '185000')):
        in_open_form(user, f'field-{name}').value = value
    errors = await submit_form(user)
    assert errors['register'].startswith('Tidak ada barang dengan kode 1.3.2.10.01.02.001 register 000002')
    in_open_form(user, 'field-register').value = '000001'
    assert await submit_form(user) == {}
    kartu = await until(lambda: KartuPemeliharaan.get_or_none(jenis_pemeliharaan='Ganti keyboard'))
    assert (kartu.nama_barang, kartu.biaya, kartu.created_by) == ('Personal Computer', Decimal(185_000), 'sari')


# ------------------------------------------------------------------ the Rekap BMD

async def test_the_rekap_counts_each_kib_at_the_start_added_removed_and_at_the_end(lane_db):
    from datetime import datetime, timezone
    from exports.bmd_reports import export_rekap, rekap_rows
    kepala = await actor(KEPALA_UMUM)
    old = await a_pc()                                                           # 2021: held since before 2026
    await KibBPeralatanMesin.filter(id=old.id).update(created_at=datetime(2022, 1, 10, tzinfo=timezone.utc))
    new = await KibBPeralatanMesin.create(kode_barang=PC['kode_barang'], register='000002', nama_barang='Laptop',
                                          tahun=2026, harga=Decimal(14_000_000))
    await KibBPeralatanMesin.filter(id=new.id).update(created_at=datetime(2026, 8, 4, 3, tzinfo=timezone.utc))
    await KibEAsetTetapLainnya.create(kode_barang='1.3.5.01.01.01.001', register='000001', nama_barang='Buku Pedoman',
                                      tahun=2024, harga=Decimal(1_800_000), jumlah=10)
    await KibBPeralatanMesin.filter(id=old.id).update(dihapus=True, tanggal_dihapus=date(2026, 3, 2), sk_dihapus='SK 1')

    year = {line['golongan']: line for line in await rekap_rows(kepala, 2026)}
    b = year['KIB B Peralatan dan Mesin']
    assert (b['saldo_awal_jumlah'], b['bertambah_jumlah'], b['berkurang_jumlah'], b['saldo_akhir_jumlah']) == (1, 1, 1, 1)
    assert (b['saldo_awal_nilai'], b['saldo_akhir_nilai']) == (Decimal(9_500_000), Decimal(14_000_000))
    e = year['KIB E Aset Tetap Lainnya']
    assert (e['saldo_awal_jumlah'], e['saldo_akhir_jumlah'], e['kode']) == (10, 10, '1.3.5')   # a set of 10 books
    first = {line['golongan']: line for line in await rekap_rows(kepala, 2026, 1)}['KIB B Peralatan dan Mesin']
    second = {line['golongan']: line for line in await rekap_rows(kepala, 2026, 2)}['KIB B Peralatan dan Mesin']
    assert (first['bertambah_jumlah'], first['berkurang_jumlah'], first['saldo_akhir_jumlah']) == (0, 1, 0)
    assert (second['saldo_awal_jumlah'], second['bertambah_jumlah'], second['saldo_akhir_jumlah']) == (0, 1, 1)

    made, count = await export_rekap(kepala, 2026, 2)
    assert count == 6
    sheet = openpyxl.load_workbook(io.BytesIO(made.path.read_bytes())).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v]
    assert 'REKAPITULASI BUKU INVENTARIS BARANG MILIK DAERAH' in flat and 'PERIODE : SEMESTER II TAHUN 2026' in flat
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert values[top][:12] == ['No.', 'Kode', 'Golongan / Nama KIB', 'Saldo Awal', None, 'Bertambah', None,
                                'Berkurang', None, 'Saldo Akhir', None, 'Keterangan']
    assert values[top + 1][3:5] == ['Jumlah Barang', 'Nilai (Rp)']
    rows = values[top + 3:top + 10]
    assert [r[1] for r in rows[:6]] == ['1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.3.6']
    assert rows[1][3:11] == [0, 0, 1, 14_000_000, 0, 0, 1, 14_000_000]
    assert rows[6][2] == 'Jumlah' and rows[6][9:11] == [11, 15_800_000]
    assert sheet.print_title_rows == f'${top + 1}:${top + 3}'
    with pytest.raises(ValueError):
        await rekap_rows(kepala, 2026, 3)
