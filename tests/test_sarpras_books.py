"""Issue #14, Sarana dan Prasarana (M1.3): the KIB A–F cards' columns, their rules with the message
beside the field, and the cards printed in their own layout, read back with openpyxl."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
from nicegui.testing import User

from models.sarpras import (KibATanah, KibBPeralatanMesin, KibCGedungBangunan, KibDJalanIrigasiJaringan,
                            KibEAsetTetapLainnya, KibFKonstruksiDalamPengerjaan, Ruangan)
from models.table import TABLES
from tests.conftest import grid_column, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as

KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'
LETAK = 'Jl. Raya Candipuro No. 1'


def test_each_form_follows_its_card_and_kib_a_has_no_kondisi():
    assert 'kondisi' not in TABLES['kib_a_tanah'].form and 'kondisi' not in TABLES['kib_a_tanah'].filters
    c = TABLES['kib_c_gedung_bangunan'].form
    assert c.index('kondisi') < c.index('bertingkat') < c.index('luas_lantai_m2') < c.index('luas_tanah_m2') \
        < c.index('status_tanah') < c.index('kode_tanah')
    d = TABLES['kib_d_jalan_irigasi_jaringan'].form
    assert d.index('letak') < d.index('tgl_dokumen') < d.index('no_dokumen') < d.index('status_tanah')
    f = TABLES['kib_f_konstruksi_dalam_pengerjaan'].form
    assert f.index('bangunan') < f.index('bertingkat') < f.index('tanggal_mulai') < f.index('nilai_kontrak')
    assert TABLES['kib_e_aset_tetap_lainnya'].label_of('judul_spesifikasi') == 'Judul/Pencipta'


async def test_a_wrong_nomor_kode_tanah_is_refused_beside_its_field(user: User) -> None:
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/kib_c_gedung_bangunan')
    await open_form_by(user, 'tambah')
    for name, value in (('kode_barang', '1.3.3.01.01.01.001'), ('register', '000001'),
                        ('nama_barang', 'Gedung Kantor'), ('tahun', '1990'), ('harga', '2150000000'),
                        ('letak', LETAK), ('luas_tanah_m2', '480'), ('kode_tanah', '1.3.3.01.01.01.001')):
        in_open_form(user, f'field-{name}').value = value
    errors = await submit_form(user)
    assert errors['kode_tanah'] == 'Nomor kode tanah adalah kode barang tanahnya di KIB A, seperti 1.3.1.01.01.04.001.'
    assert errors.keys() == {'kode_tanah', '_'}    # '_': the form's own line over the fields
    in_open_form(user, 'field-kode_tanah').value = '1.3.1.01.01.04.001'
    assert await submit_form(user) == {}
    gedung = await KibCGedungBangunan.get(register='000001')
    assert (gedung.kode_tanah, gedung.luas_tanah_m2) == ('1.3.1.01.01.04.001', Decimal(480))


async def test_kib_f_keeps_the_bangunan_and_the_contract_value(user: User) -> None:
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/kib_f_konstruksi_dalam_pengerjaan')
    await open_form_by(user, 'tambah')
    for name, value in (('kode_barang', '1.3.6.01.01.01.001'), ('register', '000001'),
                        ('nama_barang', 'Rehabilitasi Gedung PATEN'), ('tahun', '2026'), ('harga', '0'),
                        ('letak', LETAK), ('bangunan', 'SP'), ('tanggal_mulai', '03/08/2026'),
                        ('kode_tanah', '1.3.1.01.01.04'), ('nilai_kontrak', '398500000'),
                        ('pembiayaan', 'APBD Kabupaten')):
        in_open_form(user, f'field-{name}').value = value
    assert 'kode_tanah' in await submit_form(user)
    in_open_form(user, 'field-kode_tanah').value = '1.3.1.01.01.04.001'
    assert await submit_form(user) == {}
    kdp = await KibFKonstruksiDalamPengerjaan.get(register='000001')
    assert (kdp.bangunan.value, kdp.nilai_kontrak, kdp.tanggal_mulai) == ('SP', Decimal(398_500_000), date(2026, 8, 3))


async def set_office() -> None:
    from core.office import save_office_settings
    assert await save_office_settings({'camat_nama': 'Drs. Bambang Sutrisno', 'camat_nip': '196805121990031007',
                                       'kode_lokasi': '12.13.03.02.4.00.01', 'pengurus_barang_nama': 'Siti Rahayu',
                                       'pengurus_barang_nip': '198703152010012003'}) == {}


async def test_the_pengurus_barang_nip_has_18_digits():
    from core.office import save_office_settings
    errors = await save_office_settings({'pengurus_barang_nama': 'Siti Rahayu', 'pengurus_barang_nip': '19870315'})
    assert errors == {'pengurus_barang_nip': 'NIP terdiri dari 18 angka.'}


async def card_of(user: User, table: str, first_name: str) -> tuple[list[list], int]:
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path=f'/tabel/{table}')
    await until(lambda: first_name in grid_column(user, 'nama_barang'))
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert sheet.print_title_rows == f'${top + 1}:${top + 3}'       # both heading rows and the numbers
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ('landscape', 14)
    return values, top


def signatures_under(values: list[list], top: int) -> list:
    return [v for row in values[top + 3:] for v in row if isinstance(v, str)]


async def test_kib_a_prints_its_14_columns_without_kondisi(user: User) -> None:
    await set_office()
    await KibATanah.create(kode_barang='1.3.1.01.01.04.001', register='000001', nama_barang='Tanah Kantor Kecamatan',
                           tahun=1985, harga=Decimal(1_250_000_000), luas_m2=Decimal(2450), letak=LETAK,
                           hak='Hak Pakai', no_sertifikat='12.13.03.02.4.00012', tgl_sertifikat=date(1998, 6, 15),
                           penggunaan='Kantor Kecamatan')
    values, top = await card_of(user, 'kib_a_tanah', 'Tanah Kantor Kecamatan')
    flat = [v for row in values[:top] for v in row if v]
    assert flat[:3] == ['PEMERINTAH KABUPATEN LUMAJANG', 'KECAMATAN CANDIPURO', 'Candipuro, Kabupaten Lumajang, Jawa Timur']
    assert 'KARTU INVENTARIS BARANG (KIB) A — TANAH' in flat and 'NO. KODE LOKASI : 12.13.03.02.4.00.01' in flat
    assert values[top][:14] == ['No.', 'Jenis Barang / Nama Barang', 'Nomor', None, 'Luas (M²)', 'Tahun Pengadaan',
                                'Letak / Alamat', 'Status Tanah', None, None, 'Penggunaan', 'Asal Usul', 'Harga (Rp)',
                                'Keterangan']
    assert values[top + 1][2:4] == ['Kode Barang', 'Register']
    assert values[top + 1][7:10] == ['Hak', 'Tanggal Sertifikat', 'Nomor Sertifikat']
    assert values[top + 2] == list(range(1, 15))
    assert not any('Kondisi' in str(v) for v in values[top] + values[top + 1])
    row = values[top + 3]
    assert row[:8] == [1, 'Tanah Kantor Kecamatan', '1.3.1.01.01.04.001', '000001', 2450, 1985, LETAK, 'Hak Pakai']
    assert row[8].date() == date(1998, 6, 15) and row[12] == 1_250_000_000
    below = signatures_under(values, top)
    assert below.index('Mengetahui,') < below.index('Kepala SKPD (CAMAT CANDIPURO)') < below.index('Drs. Bambang Sutrisno')
    assert 'Pengurus Barang' in below and 'Siti Rahayu' in below and 'NIP. 198703152010012003' in below


async def test_kib_c_and_kib_d_print_the_land_and_the_dokumen(user: User) -> None:
    await set_office()
    await KibCGedungBangunan.create(kode_barang='1.3.3.01.01.01.001', register='000001', nama_barang='Gedung Kantor',
                                    tahun=1990, harga=Decimal(2_150_000_000), kondisi='Kurang Baik', bertingkat=True,
                                    beton=True, luas_lantai_m2=Decimal(720), letak=LETAK, tgl_dokumen=date(1990, 3, 12),
                                    no_dokumen='648/12/1990', luas_tanah_m2=Decimal(480), status_tanah='Hak Pakai',
                                    kode_tanah='1.3.1.01.01.04.001')
    values, top = await card_of(user, 'kib_c_gedung_bangunan', 'Gedung Kantor')
    assert values[top][:17] == ['No.', 'Jenis Barang / Nama Barang', 'Nomor', None, 'Kondisi Bangunan (B, KB, RB)',
                                'Konstruksi Bangunan', None, 'Luas Lantai (M²)', 'Letak / Lokasi Alamat',
                                'Dokumen Gedung', None, 'Luas (M²)', 'Status Tanah', 'Nomor Kode Tanah', 'Asal Usul',
                                'Harga (Rp)', 'Ket.']
    assert values[top + 2] == list(range(1, 18))
    row = values[top + 3]
    assert row[4:8] == ['KB', 'Bertingkat', 'Beton', 720] and row[10] == '648/12/1990'
    assert row[11:14] == [480, 'Hak Pakai', '1.3.1.01.01.04.001']


async def test_kib_d_prints_its_dokumen_and_kondisi(user: User) -> None:
    await KibDJalanIrigasiJaringan.create(kode_barang='1.3.4.01.01.06.001', register='000001', nama_barang='Jalan Kantor',
                                          tahun=2016, harga=Decimal(185_000_000), konstruksi='Paving',
                                          panjang=Decimal('0.12'), lebar=Decimal(5), luas=Decimal(600), letak=LETAK,
                                          tgl_dokumen=date(2016, 4, 18), no_dokumen='050/31/2016',
                                          status_tanah='Hak Pakai', kode_tanah='1.3.1.01.01.04.001')
    values, top = await card_of(user, 'kib_d_jalan_irigasi_jaringan', 'Jalan Kantor')
    assert values[top][9] == 'Dokumen' and values[top + 1][9:11] == ['Tanggal', 'Nomor']
    assert values[top][15:17] == ['Kondisi (B, KB, RB)', 'Ket.'] and values[top + 2] == list(range(1, 18))
    row = values[top + 3]
    assert row[4:7] == ['Paving', 0.12, 5] and row[9].date() == date(2016, 4, 18) and row[10:13] == [
        '050/31/2016', 'Hak Pakai', '1.3.1.01.01.04.001'] and row[15] == 'B'


async def test_kib_b_e_and_f_print_their_cards(user: User) -> None:
    await KibBPeralatanMesin.create(kode_barang='1.3.2.02.01.01.003', register='000001', nama_barang='Mobil Dinas Camat',
                                    tahun=2021, harga=Decimal(395_000_000), merk_type='Toyota Innova', ukuran_cc='1998 cc',
                                    no_rangka='MHFJW8EM1M2012345', no_mesin='1TR-A123456', no_polisi='N 1003 XP',
                                    no_bpkb='R-01234567')
    values, top = await card_of(user, 'kib_b_peralatan_mesin', 'Mobil Dinas Camat')
    assert values[top][:5] == ['No.', 'Kode Barang', 'Nama Barang / Jenis Barang', 'Register', 'Merk / Type']
    assert values[top + 1][8:13] == ['Pabrik', 'Rangka', 'Mesin', 'Polisi', 'BPKB']
    assert values[top + 2] == list(range(1, 17))
    assert values[top + 3][:5] == [1, '1.3.2.02.01.01.003', 'Mobil Dinas Camat', '000001', 'Toyota Innova']
    assert values[top + 3][11] == 'N 1003 XP'



async def test_kib_e_and_f_print_their_groups(user: User) -> None:
    await KibEAsetTetapLainnya.create(kode_barang='1.3.5.01.01.01.001', register='000001', nama_barang='Buku Pedoman',
                                      tahun=2024, harga=Decimal(1_800_000), judul_spesifikasi='Pedoman PATEN / Kemendagri',
                                      spesifikasi='15 x 23 cm', jumlah=10)
    values, top = await card_of(user, 'kib_e_aset_tetap_lainnya', 'Buku Pedoman')
    assert values[top][4] == 'Buku / Perpustakaan' and values[top][6] == 'Barang Bercorak Kesenian / Kebudayaan'
    assert values[top][9] == 'Hewan / Ternak dan Tumbuhan' and values[top][11:13] == ['Jumlah', 'Tahun Cetak / Pembelian']
    assert values[top + 1][4:11] == ['Judul / Pencipta', 'Spesifikasi', 'Asal Daerah', 'Pencipta', 'Bahan', 'Jenis',
                                     'Ukuran']
    assert values[top + 2] == list(range(1, 17))
    assert values[top + 3][4:6] == ['Pedoman PATEN / Kemendagri', '15 x 23 cm'] and values[top + 3][11] == 10


async def test_kib_f_prints_15_columns_with_the_contract_value(user: User) -> None:
    await KibFKonstruksiDalamPengerjaan.create(kode_barang='1.3.6.01.01.01.001', register='000001',
                                               nama_barang='Rehabilitasi Gedung PATEN', tahun=2026, harga=Decimal(0),
                                               letak=LETAK, bangunan='P', tanggal_mulai=date(2026, 8, 3),
                                               kode_tanah='1.3.1.01.01.04.001', pembiayaan='APBD Kabupaten',
                                               nilai_kontrak=Decimal(398_500_000))
    values, top = await card_of(user, 'kib_f_konstruksi_dalam_pengerjaan', 'Rehabilitasi Gedung PATEN')
    assert values[top][:15] == ['No.', 'Jenis Barang / Nama Barang', 'Bangunan (P, SP, D)', 'Konstruksi Bangunan', None,
                                'Luas (M²)', 'Letak / Lokasi Alamat', 'Dokumen', None, 'Tgl, Bln, Thn Mulai',
                                'Status Tanah', 'Nomor Kode Tanah', 'Asal-usul Pembiayaan', 'Nilai Kontrak (Rp)',
                                'Keterangan']
    assert values[top + 2] == list(range(1, 16))
    row = values[top + 3]
    assert row[2:5] == ['P', 'Tidak', 'Beton'] and row[9].date() == date(2026, 8, 3)
    assert row[11:14] == ['1.3.1.01.01.04.001', 'APBD Kabupaten', 398_500_000]


async def test_a_ruangan_code_is_unique_and_the_nip_has_18_digits(user: User) -> None:
    await Ruangan.create(kode='R.01', nama='Ruang Camat')
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/ruangan')
    await open_form_by(user, 'tambah')
    for name, value in (('kode', 'R.01'), ('nama', 'Ruang Sekcam'), ('nip_penanggung_jawab', '1987')):
        in_open_form(user, f'field-{name}').value = value
    errors = await submit_form(user)
    assert errors['kode'] == 'Kode ruangan R.01 sudah dipakai.'
    assert errors['nip_penanggung_jawab'] == 'NIP penanggung jawab terdiri dari 18 angka.'
    in_open_form(user, 'field-kode').value = 'R.02'
    in_open_form(user, 'field-nip_penanggung_jawab').value = '198703152010012003'
    assert await submit_form(user) == {}
    assert await Ruangan.filter(kode='R.02', nama='Ruang Sekcam').exists()


async def test_the_kir_of_a_room_for_its_wall(user: User) -> None:
    await set_office()
    camat = await Ruangan.create(kode='R.01', nama='Ruang Camat', penanggung_jawab='Agus Salim',
                                 nip_penanggung_jawab='199001012015011001')
    other = await Ruangan.create(kode='R.02', nama='Ruang Sekcam')
    await KibBPeralatanMesin.create(kode_barang='1.3.2.05.02.04.004', register='000001', nama_barang='Air Conditioner',
                                    tahun=2022, harga=Decimal(6_250_000), merk_type='Daikin 1 PK', ukuran_cc='1 PK',
                                    no_pabrik='DK-123', ruangan=camat)
    await KibBPeralatanMesin.create(kode_barang='1.3.2.10.01.02.001', register='000001', nama_barang='Personal Computer',
                                    tahun=2019, harga=Decimal(9_000_000), kondisi='Rusak Berat', ruangan=camat)
    await KibBPeralatanMesin.create(kode_barang='1.3.2.10.01.02.001', register='000002', nama_barang='Laptop Sekcam',
                                    tahun=2024, harga=Decimal(12_000_000), ruangan=other)
    await KibEAsetTetapLainnya.create(kode_barang='1.3.5.02.01.01.001', register='000001', nama_barang='Lukisan Semeru',
                                      tahun=2019, harga=Decimal(7_500_000), bahan='Cat minyak', jumlah=2,
                                      kondisi='Kurang Baik', ruangan=camat)
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/ruangan')
    await until(lambda: 'Ruang Sekcam' in grid_column(user, 'nama'))
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ['R.01 Ruang Camat', 'R.02 Ruang Sekcam']
    sheet = book['R.01 Ruang Camat']
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v]
    assert 'KARTU INVENTARIS RUANGAN (KIR)' in flat and 'RUANGAN : R.01 Ruang Camat' in flat
    assert 'NO. KODE LOKASI : 12.13.03.02.4.00.01' in flat
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert values[top][:11] == ['No.', 'Jenis Barang / Nama Barang', 'Merk / Model', 'No. Seri Pabrik', 'Ukuran',
                                'Bahan', 'Tahun Pembuatan / Pembelian', 'No. Kode Barang', 'Jumlah Barang / Register',
                                'Harga Beli / Perolehan (Rp)', 'Keadaan Barang']
    assert values[top + 1][10:13] == ['Baik (B)', 'Kurang Baik (KB)', 'Rusak Berat (RB)']
    assert values[top][13] == 'Keterangan Mutasi dll.' and values[top + 2] == list(range(1, 15))
    rows = [row for row in values[top + 3:] if isinstance(row[0], int)]
    assert [r[1] for r in rows] == ['Air Conditioner', 'Personal Computer', 'Lukisan Semeru']   # by kode barang
    assert rows[0][2:5] == ['Daikin 1 PK', 'DK-123', '1 PK'] and rows[0][8:13] == ['1 / 000001', 6_250_000, 1, None, None]
    assert rows[1][10:13] == [None, None, 1] and rows[2][8] == '2 / 000001' and rows[2][10:13] == [None, 2, None]
    assert 'Laptop Sekcam' not in flat
    below = [v for row in values[top + 3 + len(rows):] for v in row if isinstance(v, str)]
    for line in ('Mengetahui,', 'Kepala SKPD (CAMAT CANDIPURO)', 'Pengurus Barang', 'Siti Rahayu',
                 'Penanggung Jawab Ruangan', 'Agus Salim', 'NIP. 199001012015011001'):
        assert line in below
    assert sheet.print_title_rows == f'${top + 1}:${top + 3}'
