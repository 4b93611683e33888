"""Issue 4, parts 2 and 3: each domain rule of the process tables refuses a bad input with its
Indonesian message and writes nothing; derived values are computed, never typed; the workflows
(usulan musrenbang, counts that follow child rows) and the deadlines behave.

Everything goes through core.records.save, the one write path of the pages, as users of the
seeded roles, on the database of the test lane (a SQLite file, or PostgreSQL in CI) built by the
committed migrations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core import records
from models.clock import office_today
from models.informasi import InformasiPeraturan, PenyampaianInformasi
from models.kepegawaian import Cuti, Pegawai
from models.keuangan import Anggaran, RealisasiAnggaran
from models.pelayanan import JenisLayanan, RegisterLayanan, SkmResponden
from models.pemberdayaan import KegiatanPemberdayaan, PenerimaPembinaan
from models.perencanaan import IndikatorKinerja, Level, ProgramKegiatan
from models.persuratan import Disposisi, SuratMasuk
from models.reference import Instansi
from models.sarpras import KibBPeralatanMesin, KibCGedungBangunan, MutasiBarang
from models.table import TABLES
from models.workdays import add_working_days, count_working_days
from tests.rules_lane import (JARIT, JUGOSARI, UMUM, KEUANGAN,
                              PELAYANAN, PEMBERDAYAAN, PEMERINTAHAN, YEAR, actor, save, refused, desa)
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)


# ------------------------------------------------------------------ NIP and NIK

PEGAWAI = {'nama': 'Siti Aminah', 'tanggal_lahir': '12/03/1985', 'jenis_kelamin': 'P', 'status': 'PNS',
           'jabatan': 'Pengadministrasi Umum'}


async def test_nip_is_18_digits(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    refused(await save('pegawai', kepala, {**PEGAWAI, 'nip': '19850312201001200'}), 'nip', 'NIP harus 18 digit angka.')
    refused(await save('pegawai', kepala, {**PEGAWAI, 'nip': '1985031220100120AB'}), 'nip', 'NIP harus 18 digit angka.')
    assert await Pegawai.all().count() == 0


async def test_nip_of_a_pns_starts_with_the_birth_date(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    result = await save('pegawai', kepala, {**PEGAWAI, 'nip': '198603122010012001'})
    refused(result, 'nip', 'Digit 1–8 NIP harus tanggal lahir 12/03/1985 ditulis ttttbbhh: 19850312.')
    assert await Pegawai.all().count() == 0


async def test_nip_of_a_pns_carries_the_sex_in_digit_15(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    result = await save('pegawai', kepala, {**PEGAWAI, 'nip': '198503122010011001'})
    refused(result, 'nip', 'Digit ke-15 NIP harus 2 untuk jenis kelamin P')
    assert (await save('pegawai', kepala, {**PEGAWAI, 'nip': '198503122010012001'})).ok


async def test_nip_of_a_pns_carries_a_real_tmt_month(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    result = await save('pegawai', kepala, {**PEGAWAI, 'nip': '198503122010132001'})
    refused(result, 'nip', 'Digit 9–14 NIP harus tahun dan bulan TMT CPNS')


async def test_nip_rules_follow_the_status(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    refused(await save('pegawai', kepala, PEGAWAI), 'nip', 'NIP wajib diisi untuk PNS, CPNS dan PPPK.')
    refused(await save('pegawai', kepala, {**PEGAWAI, 'status': 'Non-ASN', 'nip': '198503122010012001'}),
            'nip', 'Pegawai Non-ASN tidak memiliki NIP')
    # a PPPK number has another layout: only its length is checked
    assert (await save('pegawai', kepala, {**PEGAWAI, 'status': 'PPPK', 'nip': '198503122023212004'})).ok
    assert (await save('pegawai', kepala, {**PEGAWAI, 'nama': 'Honorer', 'status': 'Non-ASN'})).ok


@pytest.mark.parametrize('table, values', [
    ('register_layanan', {'tanggal': '02/11/2026', 'nama_pemohon': 'Ahmad', 'no_registrasi': '1'}),
    ('perangkat_desa', {'nama': 'Sutrisno', 'jabatan': 'Kepala Dusun', 'jenis_kelamin': 'L'}),
    ('penerima_pembinaan', {'nama': 'Sulastri', 'kategori': 'Masyarakat'}),
])
async def test_nik_is_16_digits(lane_db, table, values):
    if table == 'register_layanan':
        who = await actor(f'Kepala {PELAYANAN}')
        values['layanan'] = (await JenisLayanan.first()).id
    elif table == 'perangkat_desa':
        who = await actor(f'Kepala {PEMERINTAHAN}')
        values['desa'] = await desa(JARIT)
    else:
        who = await actor(f'Kepala {PEMBERDAYAAN}')
        values['kegiatan'] = (await KegiatanPemberdayaan.create(nama='Pelatihan', tanggal=date(YEAR, 11, 2),
                                                                lokasi='Balai Desa')).id
    for nik in ('350803520390000', '35080352039000021', '3508O35203900002'):
        refused(await save(table, who, {**values, 'nik': nik}), 'nik', 'NIK harus 16 digit angka.')
    assert await TABLES[table].model.all().count() == 0
    assert (await save(table, who, {**values, 'nik': '3508035203900002'})).ok


# ------------------------------------------------------------------ dates in their order

async def test_cuti_ends_after_it_starts(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    pegawai = await Pegawai.create(nama='Budi', tanggal_lahir=date(1985, 3, 12), jenis_kelamin='L', jabatan='Staf',
                                   nip='198503122010011002')
    result = await save('cuti', kepala, {'pegawai': pegawai.id, 'jenis': 'Tahunan', 'alasan': 'Keperluan keluarga',
                                         'mulai': '10/11/2026', 'selesai': '09/11/2026'})
    refused(result, 'selesai', 'Tanggal selesai cuti tidak boleh sebelum tanggal mulai.')
    assert await Cuti.all().count() == 0


async def test_register_layanan_is_finished_after_it_is_received(lane_db):
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.first()
    base = {'tanggal': '05/11/2026', 'nik': '3508035203900002', 'nama_pemohon': 'Ahmad', 'layanan': layanan.id,
            'no_registrasi': '1'}
    refused(await save('register_layanan', kepala, {**base, 'tanggal_selesai': '04/11/2026'}),
            'tanggal_selesai', 'Tanggal selesai tidak boleh sebelum tanggal permohonan.')
    refused(await save('register_layanan', kepala, {**base, 'status': 'Selesai'}),
            'tanggal_selesai', 'Isi tanggal selesai untuk layanan berstatus Selesai.')
    refused(await save('register_layanan', kepala, {**base, 'status': 'Ditolak'}),
            'keterangan', 'Tulis alasan penolakan di keterangan.')
    assert await RegisterLayanan.all().count() == 0


async def test_disposisi_and_surat_dates(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    refused(await save('surat_masuk', kepala, {'tanggal_diterima': '05/11/2026', 'no_agenda': '1',
                                               'nomor_surat': '005/1/2026', 'tanggal_surat': '06/11/2026',
                                               'asal_surat': 'Bappeda', 'perihal': 'Undangan'}),
            'tanggal_surat', 'Tanggal surat tidak boleh sesudah tanggal diterima.')
    surat = await SuratMasuk.create(tahun=YEAR, no_agenda=1, tanggal_diterima=date(YEAR, 11, 5), nomor_surat='1',
                                    tanggal_surat=date(YEAR, 11, 5), asal_surat='Bappeda', perihal='Undangan')
    refused(await save('disposisi', kepala, {'surat_masuk': surat.id, 'dari_jabatan': 'Camat',
                                             'kepada_jabatan': 'Sekcam', 'tanggal': '06/11/2026',
                                             'batas_waktu': '05/11/2026'}),
            'batas_waktu', 'Batas waktu tidak boleh sebelum tanggal disposisi.')
    assert await Disposisi.all().count() == 0


@pytest.mark.parametrize('table, role, values, field, message', [
    ('permintaan_data', UMUM, {'nomor': '005/1', 'rincian': 'Data penduduk', 'tanggal': '05/11/2026',
                               'tanggal_dipenuhi': '04/11/2026'},
     'tanggal_dipenuhi', 'Tanggal dipenuhi tidak boleh sebelum tanggal permintaan.'),
    ('pembinaan_desa', PEMERINTAHAN, {'tanggal': '05/11/2026', 'topik': 'Administrasi desa',
                                      'tindak_lanjut': 'Lengkapi buku', 'batas_waktu': '01/11/2026'},
     'batas_waktu', 'Batas waktu tidak boleh sebelum tanggal pembinaan.'),
    ('perangkat_desa', PEMERINTAHAN, {'nama': 'Sutrisno', 'nik': '3508031506780003', 'jabatan': 'Kepala Dusun',
                                      'jenis_kelamin': 'L', 'tgl_sk': '05/11/2026',
                                      'masa_jabatan_selesai': '04/11/2026'},
     'masa_jabatan_selesai', 'Masa jabatan selesai tidak boleh sebelum tanggal SK.'),
    ('evaluasi_apbdes', PEMERINTAHAN, {'tahun': '2027', 'tanggal_terima': '05/11/2026',
                                       'tanggal_evaluasi': '04/11/2026'},
     'tanggal_evaluasi', 'Tanggal evaluasi tidak boleh sebelum tanggal rancangan diterima.'),
    ('usulan_masyarakat', PEMBERDAYAAN, {'tanggal': '05/11/2026', 'pengusul': 'Karang Taruna', 'uraian': 'Lapangan',
                                         'tanggal_diteruskan': '04/11/2026'},
     'tanggal_diteruskan', 'Tanggal diteruskan tidak boleh sebelum tanggal usulan.'),
    ('permohonan_data_desa', PEMERINTAHAN, {'tanggal': '05/11/2026', 'perihal': 'Data', 'jenis_data': 'DTKS',
                                            'tanggal_selesai': '04/11/2026'},
     'tanggal_selesai', 'Tanggal selesai tidak boleh sebelum tanggal permohonan.'),
    ('verifikasi_informasi', PEMERINTAHAN, {'tanggal': '05/11/2026', 'informasi': 'Data stunting',
                                            'tanggal_penyampaian': '04/11/2026'},
     'tanggal_penyampaian', 'Tanggal penyampaian tidak boleh sebelum tanggal informasi diterima.'),
])
async def test_dates_follow_their_order(lane_db, table, role, values, field, message):
    who = await actor(f'Kepala {role}')
    spec = TABLES[table]
    if spec.desa_field:
        values[spec.desa_field] = await desa(JARIT)
    if 'instansi' in spec.fields_map:
        values['instansi'] = (await Instansi.first()).id
    refused(await save(table, who, values), field, message)
    assert await spec.model.all().count() == 0


async def test_penyampaian_is_not_before_the_informasi(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    informasi = await InformasiPeraturan.create(sumber=await Instansi.first(), tanggal=date(YEAR, 11, 5), judul='SE')
    refused(await save('penyampaian_informasi', kepala, {'informasi': informasi.id, 'desa': await desa(JARIT),
                                                         'tanggal': '04/11/2026'}),
            'tanggal', 'Tanggal penyampaian tidak boleh sebelum tanggal informasinya.')


# ------------------------------------------------------------------ money, IKM answers, codes

@pytest.mark.parametrize('table, field', [
    ('anggaran', 'pagu'), ('kib_b_peralatan_mesin', 'harga'), ('jenis_layanan', 'biaya'),
    ('kegiatan_pemberdayaan', 'anggaran'), ('usulan_musrenbang', 'perkiraan_biaya'),
    ('evaluasi_apbdes', 'belanja_bidang_2'), ('program_kegiatan', 'pagu'), ('mutasi_barang', 'nilai'),
])
async def test_money_is_never_negative(lane_db, table, field):
    spec = TABLES[table]
    who = await actor('Kepala ' + {'M1.3': UMUM, 'M2': KEUANGAN, 'M3': KEUANGAN, 'U1': PELAYANAN, 'U2': PEMBERDAYAAN,
                                   'U3': PEMERINTAHAN, 'L1': KEUANGAN}[spec.process])
    result = await save(table, who, {field: '-1.000'})
    refused(result, field, 'Tidak boleh negatif.')


@pytest.mark.parametrize('answer', ['0', '5', '-1'])
async def test_ikm_answers_are_1_to_4(lane_db, answer):
    kepala = await actor(f'Kepala {PELAYANAN}')
    values = {'tanggal': '05/11/2026', 'layanan': (await JenisLayanan.first()).id, 'jenis_kelamin': 'P', 'usia': '34',
              'pendidikan': 'SMA', 'pekerjaan': 'Wirausaha', **{f'u{i}': '3' for i in range(1, 10)}}
    refused(await save('skm_responden', kepala, {**values, 'u7': answer}), 'u7', 'Jawaban SKM harus 1, 2, 3 atau 4.')
    assert await SkmResponden.all().count() == 0
    assert (await save('skm_responden', kepala, {**values, 'u7': '4'})).ok


async def test_kode_barang_follows_its_kib(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    base = {'register': '000001', 'nama_barang': 'Gedung Kantor Kecamatan', 'tahun': '2010', 'harga': '850.000.000',
            'letak': 'Jl. Raya Candipuro'}
    refused(await save('kib_c_gedung_bangunan', kepala, {**base, 'kode_barang': '1.3.2.01.01.01.001'}),
            'kode_barang', 'Kode barang KIB C harus diawali 1.3.3 (Gedung dan Bangunan).')
    refused(await save('kib_c_gedung_bangunan', kepala, {**base, 'kode_barang': '1.3.3.1.1.1.1'}),
            'kode_barang', 'Kode barang ditulis seperti 1.3.3.01.01.01.001')
    assert (await save('kib_c_gedung_bangunan', kepala, {**base, 'kode_barang': '1.3.3.01.01.01.001'})).ok
    refused(await save('kib_c_gedung_bangunan', kepala, {**base, 'kode_barang': '1.3.3.01.01.01.001'}),
            'register', 'Register 000001 sudah dipakai untuk kode barang ini.')
    assert await KibCGedungBangunan.all().count() == 1


async def test_a_mutasi_names_a_barang_of_its_kib(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    await KibBPeralatanMesin.create(kode_barang='1.3.2.02.01.02.004', register='000003', nama_barang='Sepeda Motor',
                                    tahun=2020, harga=Decimal('18500000'))
    values = {'kib': 'KIB B Peralatan dan Mesin', 'kode_barang': '1.3.2.02.01.02.004', 'register': '000009',
              'jenis': 'Rusak Berat', 'tanggal': '05/11/2026', 'nilai': '350.000'}
    refused(await save('mutasi_barang', kepala, values), 'register', 'Tidak ada barang dengan kode 1.3.2.02.01.02.004')
    result = await save('mutasi_barang', kepala, {**values, 'register': '000003', 'nama_barang': 'diketik'})
    assert result.ok
    assert (await MutasiBarang.get()).nama_barang == 'Sepeda Motor'   # copied from the KIB, never typed


async def test_program_level_and_induk_come_from_the_kode(lane_db):
    kepala = await actor(f'Kepala {KEUANGAN}')
    this_year = office_today().year
    refused(await save('program_kegiatan', kepala, {'tahun': str(this_year), 'kode': '7.01.09.2.01', 'nama': 'X'}),
            'kode', f'Program 7.01.09 tahun {this_year} belum ada; tambahkan induknya dulu.')
    refused(await save('program_kegiatan', kepala, {'tahun': str(this_year), 'kode': '7.1.2', 'nama': 'X'}),
            'kode', 'Kode ditulis seperti 7.01.01 (program)')
    result = await save('program_kegiatan', kepala, {'tahun': str(this_year), 'kode': '7.01.02.2.01',
                                                     'nama': 'Penyelenggaraan Pelayanan Publik', 'level': 'Program'})
    assert result.ok
    row = await ProgramKegiatan.get(kode='7.01.02.2.01')
    assert (row.level, row.kode_induk) == (Level.KEGIATAN, '7.01.02')


async def test_other_table_rules(lane_db):
    pemberdayaan = await actor(f'Kepala {PEMBERDAYAAN}')
    kegiatan = await KegiatanPemberdayaan.create(nama='Pelatihan', tanggal=date(YEAR, 11, 2), lokasi='Balai Desa')
    refused(await save('penerima_pembinaan', pemberdayaan, {'kegiatan': kegiatan.id, 'nama': 'UD Sumber Rejeki',
                                                           'kategori': 'UMKM'}),
            'jenis_usaha', 'Isi jenis usaha untuk penerima UMKM.')
    refused(await save('narasumber', pemberdayaan, {'nama': 'dr. Rina', 'bidang': 'Kesehatan', 'kontak': 'rina@'}),
            'kontak', 'Tulis nomor telepon')
    assert (await save('narasumber', pemberdayaan, {'nama': 'dr. Rina', 'bidang': 'Kesehatan',
                                                    'kontak': '0812-3456-7890'})).ok
    pemerintahan = await actor(f'Kepala {PEMERINTAHAN}')
    refused(await save('perangkat_desa', pemerintahan, {'desa': await desa(JARIT), 'nama': 'Joko',
                                                        'nik': '3508031506780003', 'jabatan': 'Sekretaris Desa',
                                                        'jenis_kelamin': 'L', 'pendidikan': 'SMP'}),
            'pendidikan', 'Perangkat desa berpendidikan paling rendah SMA/sederajat')
    refused(await save('verifikasi_informasi', pemerintahan, {'desa': await desa(JARIT), 'tanggal': '05/11/2026',
                                                              'informasi': 'Data stunting', 'hasil': 'Perlu Perbaikan',
                                                              'disampaikan_ke': (await Instansi.get(nama='Dinkes')).id,
                                                              'tanggal_penyampaian': '06/11/2026'}),
            'hasil', 'Hanya informasi yang Valid yang dapat disampaikan.')


# ------------------------------------------------------------------ numbers suggested per year

async def test_no_registrasi_is_suggested_per_year_and_never_doubled(lane_db):
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.first()
    assert (await RegisterLayanan.suggested_values())['no_registrasi'] == 1
    base = {'nik': '3508035203900002', 'nama_pemohon': 'Ahmad', 'layanan': layanan.id}
    this_year = office_today()
    for number in (1, 2):
        assert (await save('register_layanan', kepala, {**base, 'tanggal': this_year, 'no_registrasi': str(number)})).ok
    assert (await RegisterLayanan.suggested_values())['no_registrasi'] == 3
    refused(await save('register_layanan', kepala, {**base, 'tanggal': this_year, 'no_registrasi': '2'}),
            'no_registrasi', f'No. Registrasi 2 sudah dipakai pada tahun {this_year.year}. '
                             'Nomor berikutnya yang kosong: 3.')
    # another year has its own numbers
    last_year = this_year.replace(year=this_year.year - 1, day=1)
    assert (await save('register_layanan', kepala, {**base, 'tanggal': last_year, 'no_registrasi': '2'})).ok


# ------------------------------------------------------------------ derived values

async def test_cuti_lama_hari_is_derived(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    pegawai = await Pegawai.create(nama='Budi', tanggal_lahir=date(1985, 3, 12), jenis_kelamin='L', jabatan='Staf',
                                   nip='198503122010011002')
    base = {'pegawai': pegawai.id, 'alasan': 'Keperluan keluarga', 'lama_hari': '99'}
    # Friday 6 to Tuesday 10 November 2026: 3 working days, 5 calendar days
    assert (await save('cuti', kepala, {**base, 'jenis': 'Tahunan', 'mulai': '06/11/2026', 'selesai': '10/11/2026'})).ok
    assert (await save('cuti', kepala, {**base, 'jenis': 'Sakit', 'mulai': '06/11/2026', 'selesai': '10/11/2026'})).ok
    assert [c.lama_hari for c in await Cuti.all().order_by('id')] == [3, 5]
    refused(await save('cuti', kepala, {**base, 'jenis': 'Tahunan', 'mulai': '07/11/2026', 'selesai': '08/11/2026'}),
            'mulai', 'Cuti tahunan harus mencakup paling sedikit 1 hari kerja.')
    refused(await save('cuti', kepala, {**base, 'jenis': 'Tahunan', 'mulai': '02/11/2026', 'selesai': '04/12/2026'}),
            'selesai', 'Cuti tahunan paling lama 24 hari kerja (yang diisi: 25 hari kerja).')


def test_working_days():
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 1) == date(2026, 11, 30)
    assert add_working_days(friday, 10) == date(2026, 12, 11)
    assert count_working_days(date(2026, 11, 23), date(2026, 12, 6)) == 10
    assert count_working_days(date(2026, 11, 28), date(2026, 11, 29)) == 0


async def test_capaian_is_realisasi_over_target(lane_db):
    kepala = await actor(f'Kepala {KEUANGAN}')
    program = await ProgramKegiatan.filter(kode='7.01.02').first()
    base = {'program_kegiatan': program.id, 'uraian': 'Jumlah layanan PATEN yang diselesaikan', 'satuan': 'berkas',
            'tahun': str(program.tahun), 'target': '1.200', 'realisasi_tw1': '250', 'realisasi_tw2': '310,5',
            'realisasi': '1', 'capaian_persen': '1'}
    assert (await save('indikator_kinerja', kepala, base)).ok
    row = await IndikatorKinerja.get()
    assert (row.realisasi, row.capaian_persen) == (Decimal('560.50'), Decimal('46.71'))
    assert (await save('indikator_kinerja', kepala, {'cara_hitung': 'Posisi Akhir (TW terakhir)'}, row_id=row.id)).ok
    await row.refresh_from_db()
    assert (row.realisasi, row.capaian_persen) == (Decimal('310.50'), Decimal('25.88'))
    assert (await save('indikator_kinerja', kepala, {'target': '0'}, row_id=row.id)).ok
    await row.refresh_from_db()
    assert row.capaian_persen is None


async def test_serapan_follows_the_realisasi_per_rekening_and_month(lane_db):
    kepala = await actor(f'Kepala {KEUANGAN}')
    year = office_today().year
    await ProgramKegiatan.create(tahun=year, kode='7.01.02.2.01', nama='Kegiatan', level=Level.KEGIATAN)
    sub = await ProgramKegiatan.create(tahun=year, kode='7.01.02.2.01.0001', nama='Sub', level=Level.SUB_KEGIATAN)
    program = await ProgramKegiatan.get(kode='7.01.02', tahun=year)
    refused(await save('anggaran', kepala, {'tahun': str(year), 'sub_kegiatan': program.id, 'uraian': 'ATK',
                                            'kode_rekening': '5.1.02.01.01.0024', 'pagu': '10.000.000'}),
            'sub_kegiatan', 'Pilih sebuah sub kegiatan')
    assert (await save('anggaran', kepala, {'tahun': str(year), 'sub_kegiatan': sub.id, 'uraian': 'ATK',
                                            'kode_rekening': '5.1.02.01.01.0024', 'pagu': '10.000.000'})).ok
    anggaran = await Anggaran.get()
    spend = {'anggaran': anggaran.id, 'uraian': 'Pembelian kertas', 'no_bukti': 'SPJ-1'}
    assert (await save('realisasi_anggaran', kepala, {**spend, 'tanggal': date(year, 2, 10), 'nilai': '1.500.000'})).ok
    assert (await save('realisasi_anggaran', kepala, {**spend, 'tanggal': date(year, 3, 3), 'nilai': '2.000.000'})).ok
    await anggaran.refresh_from_db()
    assert (anggaran.realisasi, anggaran.sisa, anggaran.serapan_persen) == (
        Decimal('3500000'), Decimal('6500000'), Decimal('35.00'))
    months = {r.bulan: r.serapan_sd_bulan for r in await RealisasiAnggaran.all()}
    assert months == {2: Decimal('15.00'), 3: Decimal('35.00')}
    refused(await save('realisasi_anggaran', kepala, {**spend, 'tanggal': date(year, 4, 1), 'nilai': '7.000.000'}),
            'nilai', 'Melebihi sisa pagu rekening ini (Rp 6.500.000).')
    refused(await save('anggaran', kepala, {'pagu': '3.000.000'}, row_id=anggaran.id),
            'pagu', 'Pagu tidak boleh lebih kecil dari realisasi yang sudah tercatat (Rp 3.500.000).')
    first = await RealisasiAnggaran.get(bulan=2)
    assert (await records.delete(TABLES['realisasi_anggaran'], kepala, first.id)).ok
    await anggaran.refresh_from_db()
    assert anggaran.serapan_persen == Decimal('20.00')
    assert (await RealisasiAnggaran.get(bulan=3)).serapan_sd_bulan == Decimal('20.00')


async def test_jumlah_peserta_is_the_count_of_penerima(lane_db):
    kepala = await actor(f'Kepala {PEMBERDAYAAN}')
    assert (await save('kegiatan_pemberdayaan', kepala, {'nama': 'Pelatihan Batik', 'tanggal': '05/11/2026',
                                                         'lokasi': 'Balai Desa Jarit', 'jumlah_peserta': '40'})).ok
    kegiatan = await KegiatanPemberdayaan.get()
    other = await KegiatanPemberdayaan.create(nama='Sosialisasi', tanggal=date(YEAR, 11, 9), lokasi='Kecamatan')
    assert kegiatan.jumlah_peserta == 0          # typed 40, never taken
    for nama, nik in (('Sulastri', '3508034506900001'), ('Wahyuni', '3508034506900002')):
        assert (await save('penerima_pembinaan', kepala, {'kegiatan': kegiatan.id, 'nama': nama, 'nik': nik})).ok
    refused(await save('penerima_pembinaan', kepala, {'kegiatan': kegiatan.id, 'nama': 'Lagi',
                                                      'nik': '3508034506900002'}),
            'nik', 'NIK ini sudah terdaftar sebagai penerima pada kegiatan ini.')
    await kegiatan.refresh_from_db()
    assert kegiatan.jumlah_peserta == 2
    moved = await PenerimaPembinaan.get(nama='Wahyuni')
    assert (await save('penerima_pembinaan', kepala, {'kegiatan': other.id}, row_id=moved.id)).ok
    await kegiatan.refresh_from_db()
    await other.refresh_from_db()
    assert (kegiatan.jumlah_peserta, other.jumlah_peserta) == (1, 1)
    stays = await PenerimaPembinaan.get(nama='Sulastri')
    assert (await records.delete(TABLES['penerima_pembinaan'], kepala, stays.id)).ok
    await kegiatan.refresh_from_db()
    assert kegiatan.jumlah_peserta == 0


async def test_informasi_counts_the_desa_it_was_passed_to(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    informasi = await InformasiPeraturan.create(sumber=await Instansi.get(nama='BPJS Kesehatan'),
                                                tanggal=date(YEAR, 11, 2), judul='Pendaftaran PBI')
    for kode, day in ((JARIT, '05/11/2026'), (JUGOSARI, '04/11/2026')):
        assert (await save('penyampaian_informasi', kepala, {'informasi': informasi.id, 'desa': await desa(kode),
                                                             'tanggal': day})).ok
    refused(await save('penyampaian_informasi', kepala, {'informasi': informasi.id, 'desa': await desa(JARIT),
                                                         'tanggal': '06/11/2026'}),
            'desa', 'Informasi ini sudah tercatat disampaikan ke desa tersebut.')
    await informasi.refresh_from_db()
    assert (informasi.jumlah_desa, informasi.tanggal_penyampaian) == (2, date(YEAR, 11, 4))
    assert await PenyampaianInformasi.all().count() == 2
