"""Issue #18 / #14: one record printed as the office's paper, a PDF (exports/pdf_print.py). Each sheet
is rendered and its text read back with PDFium: the kop from Data Kantor, the title, the record's
fields (the Lembar Disposisi with every disposisi of the letter, the tanda terima PATEN, the formulir
cuti of Peraturan BKN 24/2017); who may not see the row cannot print it; and Cetak on the grid."""
from __future__ import annotations

import dataclasses
from datetime import date

import pypdfium2
import pytest
from nicegui.testing import User

from core.access import AccessDenied, Action
from core.office import save_office_settings
from core.records import RecordNotFound
from exports.pdf_print import PDF, print_record
from models.kepegawaian import Pegawai
from models.pelayanan import JenisLayanan
from models.persuratan import Disposisi, SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES
from tests.conftest import grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import JARIT, JUGOSARI, PELAYANAN, UMUM, actor, desa, save
from tests.rules_lane import lane_db  # noqa: F401

KOP = ('PEMERINTAH KABUPATEN LUMAJANG', 'KECAMATAN CANDIPURO', 'Candipuro, Kabupaten Lumajang, Jawa Timur')


def pdf_text(data: bytes) -> str:
    """The text of every page, its lines joined by single spaces (a cell's text may wrap)."""
    document = pypdfium2.PdfDocument(data)
    pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    return ' '.join(' '.join(page.split()) for page in pages)


def printed(made) -> str:
    assert made.media_type == PDF and made.filename.endswith('.pdf')
    data = made.path.read_bytes()
    assert data.startswith(b'%PDF-')
    return pdf_text(data)


async def surat_with_disposisi() -> SuratMasuk:
    surat = await SuratMasuk.create(tahun=2026, no_agenda=7, tanggal_diterima=date(2026, 11, 3),
                                    nomor_surat='360/1187/427.52/2026', tanggal_surat=date(2026, 11, 2),
                                    asal_surat='BPBD Kabupaten Lumajang', perihal='Kesiapsiagaan banjir lahar',
                                    urgensi='Segera')
    first = await Disposisi.create(surat_masuk=surat, tanggal=date(2026, 11, 3), dari_jabatan='Camat',
                                   kepada_jabatan='Kasi Trantib', instruksi='Proses Lebih Lanjut',
                                   isi='Koordinasikan dengan desa rawan', batas_waktu=date(2026, 11, 10))
    await Disposisi.create(surat_masuk=surat, tanggal=date(2026, 11, 4), dari_jabatan='Kasi Trantib', induk=first,
                           kepada_jabatan='Staf Trantib', instruksi='Untuk Dihadiri')
    return surat


async def test_the_lembar_disposisi_holds_the_kop_the_letter_and_every_disposisi(lane_db):
    assert await save_office_settings({'camat_nama': 'Drs. Contoh Nama, M.Si', 'camat_nip': '197001011990031005'}) == {}
    surat = await surat_with_disposisi()
    kepala = await actor(f'Kepala {UMUM}')
    text = printed(await print_record(TABLES['surat_masuk'], kepala, surat.id, today=date(2026, 11, 5)))
    for line in KOP:
        assert line in text
    for expected in ('LEMBAR DISPOSISI', 'Surat dari', 'BPBD Kabupaten Lumajang', 'No. Surat', '360/1187/427.52/2026',
                     'Tgl. Surat', '2 November 2026', 'Diterima Tgl.', '3 November 2026', 'No. Agenda', '7/2026',
                     'Sifat', 'Biasa / Segera', 'Perihal', 'Kesiapsiagaan banjir lahar',
                     'Diteruskan kepada', 'Isi/Instruksi', 'Paraf',
                     'Kasi Trantib', 'Proses Lebih Lanjut', 'Koordinasikan dengan desa rawan', '10 November 2026',
                     'Staf Trantib', 'Untuk Dihadiri', 'CAMAT CANDIPURO', 'Drs. Contoh Nama, M.Si',
                     'NIP. 197001011990031005'):
        assert expected in text, expected
    assert text.index('Kasi Trantib') < text.index('Staf Trantib')     # in the order they were given
    assert text.index('Kesiapsiagaan') < text.index('Drs. Contoh Nama')


async def test_record_text_is_printed_as_written_not_as_markup(lane_db):
    surat = await SuratMasuk.create(tahun=2026, no_agenda=8, tanggal_diterima=date(2026, 11, 3), nomor_surat='1/2026',
                                    tanggal_surat=date(2026, 11, 3), asal_surat='<b>Dinas & Co</b>',
                                    perihal='Rapat <font size=40>besar</font>')
    text = printed(await print_record(TABLES['surat_masuk'], await actor(f'Kepala {UMUM}'), surat.id))
    assert '<b>Dinas & Co</b>' in text and 'Rapat <font size=40>besar</font>' in text


async def test_the_tanda_terima_paten(lane_db):
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.first()
    result = await save('register_layanan', kepala, {
        'tanggal': '05/11/2026', 'no_registrasi': '12', 'nik': '3508035203900002', 'nama_pemohon': 'Siti Aminah',
        'desa': await desa(JARIT), 'layanan': layanan.id, 'petugas': 'Rina Petugas'})
    assert result.ok, result.errors
    row = result.row
    text = printed(await print_record(TABLES['register_layanan'], kepala, row.id))
    for line in KOP:
        assert line in text
    from forms.indonesian import format_long_date
    for expected in ('TANDA TERIMA BERKAS PERMOHONAN', 'PATEN', 'No. Registrasi', '12/2026', '5 November 2026',
                     'Nama Pemohon', 'Siti Aminah', 'NIK', '3508035203900002', 'Jarit', layanan.nama,
                     'Batas Waktu Penyelesaian', format_long_date(row.batas_waktu), 'Petugas', 'Rina Petugas',
                     'Pemohon,', 'Petugas Penerima,'):
        assert expected in text, expected


async def test_the_formulir_cuti_of_peraturan_bkn_24_2017(lane_db):
    assert await save_office_settings({'camat_nama': 'Drs. Contoh Nama, M.Si'}) == {}
    kepala = await actor(f'Kepala {UMUM}')
    budi = await Pegawai.create(nama='Budi Santoso', gelar_belakang='S.Sos.', tanggal_lahir=date(1985, 3, 12),
                                jenis_kelamin='L', jabatan='Pengadministrasi Umum', nip='198503122010011002',
                                tmt_cpns=date(2010, 1, 1), unit='Subbag Umum dan Kepegawaian')
    result = await save('cuti', kepala, {'pegawai': budi.id, 'jenis': 'Tahunan', 'alasan': 'Menjenguk orang tua',
                                         'mulai': '06/07/2026', 'selesai': '08/07/2026',
                                         'alamat_selama_cuti': 'Jl. Mawar 3, Pasirian',
                                         'pertimbangan_atasan': 'Disetujui', 'keputusan': 'Disetujui'})
    assert result.ok, result.errors
    text = printed(await print_record(TABLES['cuti'], kepala, result.row.id))
    for line in KOP:
        assert line in text
    for expected in ('FORMULIR PERMINTAAN DAN PEMBERIAN CUTI', 'I. DATA PEGAWAI', 'Budi Santoso, S.Sos.',
                     '198503122010011002', 'Pengadministrasi Umum', '16 tahun 6 bulan', 'Unit Kerja',
                     'II. JENIS CUTI YANG DIAMBIL', '1. Cuti Tahunan', '6. Cuti Di Luar Tanggungan Negara',
                     'III. ALASAN CUTI', 'Menjenguk orang tua', 'IV. LAMANYA CUTI', '3 hari kerja', '6 Juli 2026',
                     '8 Juli 2026', 'V. CATATAN CUTI', '1. CUTI TAHUNAN', 'N-2', 'N-1', '2024', '2025',
                     'VI. ALAMAT SELAMA MENJALANKAN CUTI', 'Jl. Mawar 3, Pasirian', 'Hormat saya,',
                     'VII. PERTIMBANGAN ATASAN LANGSUNG', 'DITANGGUHKAN', 'TIDAK DISETUJUI',
                     'VIII. KEPUTUSAN PEJABAT YANG BERWENANG MEMBERIKAN CUTI', 'Drs. Contoh Nama, M.Si'):
        assert expected in text, expected


async def test_who_may_not_see_the_row_cannot_print_it(lane_db):
    surat = await surat_with_disposisi()
    operator = await actor('Operator Desa', 'operator-jarit', desa_kode=JARIT)
    with pytest.raises(AccessDenied):
        await print_record(TABLES['surat_masuk'], operator, surat.id)
    kepala = await actor(f'Kepala {PELAYANAN}')
    with pytest.raises(AccessDenied):     # Seksi Pelayanan does not see the staff's cuti
        await print_record(TABLES['cuti'], kepala, 1)
    layanan = await JenisLayanan.first()
    rows = {}
    for number, (kode, nik) in enumerate(((JUGOSARI, '3508035203900002'), (JARIT, '3508035203900003')), start=1):
        result = await save('register_layanan', kepala, {'tanggal': '05/11/2026', 'nik': nik, 'layanan': layanan.id,
                                                         'no_registrasi': str(number),
                                                         'nama_pemohon': f'Pemohon {kode}', 'desa': await desa(kode)})
        assert result.ok, result.errors
        rows[kode] = result.row.id
    # an Operator Desa given the right to see the register still sees only their own desa's rows
    seeing = dataclasses.replace(operator, rights=operator.rights | {('register_layanan', Action.LIHAT)})
    with pytest.raises(RecordNotFound):
        await print_record(TABLES['register_layanan'], seeing, rows[JUGOSARI])
    assert f'Pemohon {JARIT}' in printed(await print_record(TABLES['register_layanan'], seeing, rows[JARIT]))
    with pytest.raises(RecordNotFound):   # a deleted row is not printed either
        await SuratMasuk.filter(id=surat.id).update(deleted_at=date(2026, 11, 6))
        await print_record(TABLES['surat_masuk'], await actor(f'Kepala {UMUM}'), surat.id)


async def test_cetak_on_the_grid_downloads_the_lembar_disposisi_or_the_kartu_kendali(user: User) -> None:
    await surat_with_disposisi()
    await create_account('sari', f'Kepala {UMUM}')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await until(lambda: len(grid_rows(user)) == 1)
    user.find(marker='cetak').click()
    await user.should_see('Pilih dulu satu baris.')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    user.find(marker='cetak').click()
    response = await user.download.next(timeout=10)
    text = pdf_text(response.content)
    assert 'LEMBAR DISPOSISI' in text and 'Kesiapsiagaan banjir lahar' in text and 'Staf Trantib' in text
    await user.should_see('Lembar Disposisi siap dicetak.')
    user.find(marker='cetak-kartu_kendali').click()                # 'Cetak Kartu Kendali', the second sheet
    response = await user.download.next(timeout=10)
    text = pdf_text(response.content)
    assert 'KARTU KENDALI' in text and 'Kesiapsiagaan banjir lahar' in text and 'Pengolah Kasi Trantib' in text
    await user.should_see('Kartu Kendali siap dicetak.')


async def test_the_kartu_kendali_of_a_surat_masuk_in_its_three_sheets(lane_db):
    """The card of the tata kearsipan (exports/kartu_kendali.py): Indeks and Kode from the
    klasifikasi, the agenda number as No. Urut, M marked, and the Pengolah the first disposisi names;
    three sheets on one page, each saying where it goes."""
    surat = await surat_with_disposisi()
    kode = await KlasifikasiArsip.get(kode='300.2')   # Penanggulangan Bencana, Pencarian, dan Pertolongan
    await SuratMasuk.filter(id=surat.id).update(klasifikasi_id=kode.id, jumlah_lampiran=2)
    kepala = await actor(f'Kepala {UMUM}')
    made = await print_record(TABLES['surat_masuk'], kepala, surat.id, sheet='kartu_kendali')
    assert made.filename == 'kartu_kendali_masuk_7_2026.pdf'
    text = printed(made)
    assert text.count('KARTU KENDALI') == 3
    assert len(pypdfium2.PdfDocument(made.path.read_bytes())) == 1   # the three sheets on one F4, to cut
    for expected in ('Lembar I ', 'Lembar II ', 'Lembar III ', 'pengganti buku agenda',
                     'diparaf sebagai tanda terima', 'Indeks', kode.nama, 'Kode 300.2', 'M (masuk)', 'No. Urut 7/2026',
                     'Isi Ringkas Kesiapsiagaan banjir lahar', 'Lampiran 2', 'Dari BPBD Kabupaten Lumajang',
                     'Tgl. Surat 02/11/2026', 'No. Surat 360/1187/427.52/2026', 'Pengolah Kasi Trantib',
                     'Tgl. 03/11/2026'):
        assert expected in text, expected
    assert 'LEMBAR DISPOSISI' not in text          # the other sheet of the same table
    plain = printed(await print_record(TABLES['surat_masuk'], kepala, surat.id))
    assert 'LEMBAR DISPOSISI' in plain and 'KARTU KENDALI' not in plain   # Cetak's first sheet stays the disposisi


async def test_the_kartu_kendali_of_a_surat_keluar_and_of_a_letter_not_to_be_seen(lane_db):
    staf = await actor(f'Staf {UMUM}')
    kode = await KlasifikasiArsip.get(kode='400.10.2.2')
    result = await save('surat_keluar', staf, {'tanggal_surat': '10/02/2026', 'tujuan': 'Kepala Desa Jarit',
                                               'perihal': 'Pembinaan administrasi desa',
                                               'penandatangan': 'Camat Candipuro', 'klasifikasi': kode.id,
                                               'lampiran': '1 berkas', 'keterangan': 'Dikirim lewat caraka'})
    assert result.ok, result.errors
    surat = result.row
    text = printed(await print_record(TABLES['surat_keluar'], staf, surat.id, sheet='kartu_kendali'))
    for expected in ('KARTU KENDALI', 'K (keluar)', 'Kode 400.10.2.2', f'No. Urut {surat.nomor_urut}/2026',
                     f'No. Surat {surat.nomor_surat}', 'Dari Camat Candipuro', 'Kepada Kepala Desa Jarit',
                     'Isi Ringkas Pembinaan administrasi desa', 'Lampiran 1 berkas', 'Catatan Dikirim lewat caraka',
                     'Tgl. 10/02/2026'):
        assert expected in text, expected
    assert 'M (masuk)' not in text
    operator = await actor('Operator Desa', 'operator-jarit', desa_kode=JARIT)
    with pytest.raises(AccessDenied):               # the table's own right, checked on the server
        await print_record(TABLES['surat_keluar'], operator, surat.id, sheet='kartu_kendali')
    with pytest.raises(ValueError):                 # a sheet the table does not have
        await print_record(TABLES['surat_keluar'], staf, surat.id, sheet='lembar_disposisi')

