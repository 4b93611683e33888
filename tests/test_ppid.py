"""Issue #15: the register of permohonan informasi publik and its keberatan (models/ppid.py), the
deadlines of UU 14/2008 Pasal 22 and 36 counted with the 2026 holidays of the SKB, the one
extension with its reason, the register and the annual report (exports/ppid_report.py, read back
with openpyxl), and L6's permintaan data across a real holiday."""
from __future__ import annotations

import io
from datetime import date

import openpyxl
from nicegui.testing import User

from exports.ppid_report import export_laporan_tahunan
from models.clock import office_today
from models.informasi import PermintaanData
from models.ppid import KeberatanInformasi, PermohonanInformasi
from models.reference import Instansi
from tests.conftest import grid_rows, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import UMUM, actor, lane_db, refused, save  # noqa: F401 (lane_db is a fixture)

KEPALA_UMUM = f'Kepala {UMUM}'
PEMOHON = {'nama_pemohon': 'Siti Rahayu', 'alamat': 'Dusun Krajan, Desa Jugosari', 'nomor_identitas': '3508035203900002',
           'nomor_kontak': '081234567890', 'rincian_informasi': 'Salinan APBDes Jugosari 2026',
           'tujuan_penggunaan': 'Bahan diskusi warga', 'cara_memperoleh': 'Salinan (softcopy)', 'cara_salinan': 'E-mail'}


async def permohonan(who, nomor: int, tanggal: str, **values) -> PermohonanInformasi:
    result = await save('permohonan_informasi', who, {**PEMOHON, 'no_pendaftaran': nomor, 'tanggal': tanggal, **values})
    assert result.ok, result.errors
    return await PermohonanInformasi.get(id=result.row.id)


async def test_the_answer_is_due_in_10_working_days_across_idul_fitri_and_natal(lane_db):
    umum = await actor(KEPALA_UMUM)
    # received Tue 17 March 2026: Nyepi 18–19, cuti bersama and Idul Fitri 20–24 March, Wafat Yesus 3 April
    before_lebaran = await permohonan(umum, 1, '17/03/2026')
    assert before_lebaran.batas_waktu == date(2026, 4, 8)
    # received Fri 11 December 2026: cuti bersama 24 and Natal 25 December
    before_natal = await permohonan(umum, 2, '11/12/2026')
    assert before_natal.batas_waktu == date(2026, 12, 29)
    # received on the Monday after: the tenth working day is the first one after the holidays
    assert (await permohonan(umum, 3, '14/12/2026')).batas_waktu == date(2026, 12, 30)


async def test_the_extension_is_granted_once_with_a_reason(lane_db):
    umum = await actor(KEPALA_UMUM)
    row = await permohonan(umum, 1, '17/03/2026')
    refused(await save('permohonan_informasi', umum, {'tanggal_perpanjangan': '06/04/2026'}, row_id=row.id),
            'alasan_perpanjangan', 'harus disertai alasan tertulis')
    refused(await save('permohonan_informasi', umum, {'tanggal_perpanjangan': '09/04/2026',
                                                      'alasan_perpanjangan': 'Dokumen di arsip desa'}, row_id=row.id),
            'tanggal_perpanjangan', 'dalam 10 hari kerja')
    await row.refresh_from_db()
    assert (row.batas_waktu, row.tanggal_perpanjangan, row.version) == (date(2026, 4, 8), None, 1)   # nothing saved

    result = await save('permohonan_informasi', umum, {'tanggal_perpanjangan': '08/04/2026',
                                                       'alasan_perpanjangan': 'Dokumen di arsip desa'}, row_id=row.id)
    assert result.ok, result.errors
    await row.refresh_from_db()
    assert row.batas_waktu == date(2026, 4, 17)   # 7 more working days
    refused(await save('permohonan_informasi', umum, {'tanggal_perpanjangan': '07/04/2026'}, row_id=row.id),
            'tanggal_perpanjangan', 'hanya dapat diperpanjang satu kali')
    refused(await save('permohonan_informasi', umum, {'tanggal_perpanjangan': '', 'alasan_perpanjangan': ''},
                       row_id=row.id),
            'tanggal_perpanjangan', 'hanya dapat diperpanjang satu kali')
    await row.refresh_from_db()
    assert (row.batas_waktu, row.version) == (date(2026, 4, 17), 2)


async def test_the_decision_names_its_exemption_and_its_notice(lane_db):
    umum = await actor(KEPALA_UMUM)
    row = await permohonan(umum, 1, '02/11/2026')
    refused(await save('permohonan_informasi', umum, {'keputusan': 'Ditolak', 'tanggal_pemberitahuan': '05/11/2026'},
                       row_id=row.id), 'alasan_penolakan', 'Pasal 17')
    refused(await save('permohonan_informasi', umum, {'keputusan': 'Dikabulkan Seluruhnya'}, row_id=row.id),
            'tanggal_pemberitahuan', 'Isi tanggal pemberitahuan')
    refused(await save('permohonan_informasi', umum, {
        'keputusan': 'Dikabulkan Seluruhnya', 'tanggal_pemberitahuan': '05/11/2026',
        'alasan_penolakan': 'Pasal 17 huruf h (rahasia pribadi)'}, row_id=row.id), 'alasan_penolakan', 'hanya diisi')
    refused(await save('permohonan_informasi', umum, {'tanggal_pemberitahuan': '30/10/2026', 'keputusan': 'Ditolak',
                                                      'alasan_penolakan': 'Pasal 17 huruf h (rahasia pribadi)'},
                       row_id=row.id), 'tanggal_pemberitahuan', 'tidak boleh sebelum')
    refused(await save('permohonan_informasi', umum, {'cara_salinan': ''}, row_id=row.id),
            'cara_salinan', 'cara mendapatkan salinan')
    await row.refresh_from_db()
    assert (row.keputusan, row.version) == (None, 1)
    assert (await save('permohonan_informasi', umum, {
        'keputusan': 'Ditolak', 'tanggal_pemberitahuan': '05/11/2026',
        'alasan_penolakan': 'Informasi belum dikuasai atau belum didokumentasikan'}, row_id=row.id)).ok


async def test_overdue_until_answered(lane_db):
    umum = await actor(KEPALA_UMUM)
    late = await permohonan(umum, 1, '02/01/2025')
    await permohonan(umum, 2, '03/01/2025', keputusan='Dikabulkan Seluruhnya', tanggal_pemberitahuan='10/01/2025')
    assert late.is_overdue()
    assert [r.id for r in await PermohonanInformasi.filter(PermohonanInformasi.overdue_filter())] == [late.id]


async def test_keberatan_is_filed_within_30_working_days_and_answered_within_30(lane_db):
    umum = await actor(KEPALA_UMUM)
    row = await permohonan(umum, 1, '17/03/2026', keputusan='Ditolak', tanggal_pemberitahuan='08/04/2026',
                           alasan_penolakan='Pasal 17 huruf h (rahasia pribadi)')
    base = {'permohonan': row.id, 'no_registrasi': 1, 'alasan': 'a. Penolakan berdasarkan alasan pengecualian Pasal 17'}
    # 30 working days after the answer of 8 April: 1 May, 14–15 May are off, so 25 May is the last day
    refused(await save('keberatan_informasi', umum, {**base, 'tanggal': '26/05/2026'}),
            'tanggal', 'paling lambat 30 hari kerja setelah alasannya ditemukan, yaitu 25/05/2026')
    refused(await save('keberatan_informasi', umum, {**base, 'tanggal': '16/03/2026'}), 'tanggal', 'sebelum tanggal permohonan')
    assert await KeberatanInformasi.all().count() == 0
    result = await save('keberatan_informasi', umum, {**base, 'tanggal': '25/05/2026'})
    assert result.ok, result.errors
    keberatan = await KeberatanInformasi.get(id=result.row.id)
    # Iduladha 27–28 May, 1 and 16 June are off: 30 working days end on 10 July
    assert keberatan.batas_tanggapan == date(2026, 7, 10)
    refused(await save('keberatan_informasi', umum, {'keputusan_atasan': 'Menguatkan keputusan PPID',
                                                     'tanggal_tanggapan': '01/07/2026'}, row_id=keberatan.id),
            'alasan_tanggapan', 'Pasal 36 ayat 3')
    assert keberatan.is_overdue() is (office_today() > date(2026, 7, 10))

    # unanswered: the ground is the batas waktu that passed (8 April for a request of 17 March)
    silent = await permohonan(umum, 2, '17/03/2026')
    assert (await save('keberatan_informasi', umum, {'permohonan': silent.id, 'no_registrasi': 2, 'tanggal': '25/05/2026',
                                                     'alasan': 'c. Tidak ditanggapinya permintaan informasi'})).ok


async def test_permintaan_data_from_the_setda_counts_the_idul_fitri_holidays(lane_db):
    umum = await actor(KEPALA_UMUM)
    setda = await Instansi.get(nama='Bagian pada Setda Kabupaten Lumajang')
    result = await save('permintaan_data', umum, {'nomor': '005/7', 'tanggal': '17/03/2026', 'instansi': setda.id,
                                                  'rincian': 'Data penduduk miskin'})
    assert result.ok, result.errors
    assert (await PermintaanData.get(id=result.row.id)).batas_waktu == date(2026, 4, 8)   # not 31 March


async def test_the_annual_report_matches_a_hand_count(lane_db):
    umum = await actor(KEPALA_UMUM)
    h = 'Pasal 17 huruf h (rahasia pribadi)'
    await permohonan(umum, 1, '05/01/2026', keputusan='Dikabulkan Seluruhnya', tanggal_pemberitahuan='09/01/2026')  # 4
    await permohonan(umum, 2, '05/01/2026', keputusan='Dikabulkan Seluruhnya', tanggal_pemberitahuan='19/01/2026')  # 9: 16 Jan is Isra Mikraj
    await permohonan(umum, 3, '17/03/2026', keputusan='Dikabulkan Sebagian', tanggal_pemberitahuan='15/04/2026',
                     alasan_penolakan=h, tanggal_perpanjangan='06/04/2026', alasan_perpanjangan='Pemilahan dokumen')  # 15
    refused_row = await permohonan(umum, 4, '04/05/2026', keputusan='Ditolak', tanggal_pemberitahuan='06/05/2026',
                                   alasan_penolakan=h)  # 2
    await permohonan(umum, 5, '04/05/2026', keputusan='Ditolak', tanggal_pemberitahuan='06/05/2026',
                     alasan_penolakan='Informasi belum dikuasai atau belum didokumentasikan')
    await permohonan(umum, 6, '02/11/2026')                                       # not yet answered
    await permohonan(umum, 1, '05/01/2025', keputusan='Ditolak', tanggal_pemberitahuan='06/01/2025',
                     alasan_penolakan=h)                                          # another year
    assert (await save('keberatan_informasi', umum, {
        'permohonan': refused_row.id, 'no_registrasi': 1, 'tanggal': '11/05/2026',
        'alasan': 'a. Penolakan berdasarkan alasan pengecualian Pasal 17', 'tanggal_tanggapan': '20/05/2026',
        'keputusan_atasan': 'Menguatkan keputusan PPID', 'alasan_tanggapan': 'Data pribadi pemohon lain',
        'tanggapan_pemohon': 'Mengajukan sengketa ke Komisi Informasi'})).ok

    made, count = await export_laporan_tahunan(umum, 2026)
    assert count == 6
    sheet = openpyxl.load_workbook(io.BytesIO(made.path.read_bytes())).active
    figures = {row[0].value: row[1].value for row in sheet.iter_rows() if row[0].value and row[1].value is not None}
    assert figures['Jumlah permohonan informasi publik'] == 6
    assert figures['Dikabulkan seluruhnya'] == 2
    assert figures['Dikabulkan sebagian'] == 1
    assert figures['Ditolak'] == 2
    assert figures['Belum diputus'] == 1
    assert figures['Diperpanjang'] == 1
    assert figures['Dijawab dalam 10 hari kerja'] == 4
    assert figures['Dijawab dalam masa perpanjangan'] == 1
    assert figures['Dijawab melewati batas waktu'] == 0
    assert figures['Rata-rata waktu jawaban (hari kerja)'] == 6.4     # (4 + 9 + 15 + 2 + 2) / 5
    assert figures['Waktu jawaban terlama (hari kerja)'] == 15
    assert figures[h] == 2                      # the refusal and the partial grant
    assert figures['Informasi belum dikuasai atau belum didokumentasikan'] == 1
    assert figures['Jumlah keberatan'] == 1
    assert figures['Keberatan ditanggapi'] == 1
    assert figures['Menguatkan keputusan PPID'] == 1
    assert figures['Diajukan sengketa ke Komisi Informasi'] == 1


async def test_a_clerk_enters_a_request_and_extends_it(user: User) -> None:
    await create_account('kasubbag', KEPALA_UMUM)
    await log_in_as(user, 'kasubbag', next_path='/tabel/permohonan_informasi')
    await user.should_see('Permohonan Informasi Publik')
    assert user.find(marker='menu-laporan-ppid').elements   # the annual report among the grid's reports
    await open_form_by(user, 'tambah')
    with user:
        for name, value in {**PEMOHON, 'tanggal': '17/03/2026'}.items():
            in_open_form(user, f'field-{name}').value = value
    assert await submit_form(user) == {}
    row = await until(lambda: PermohonanInformasi.get_or_none(nama_pemohon='Siti Rahayu'), what='the saved request')
    assert row.batas_waktu == date(2026, 4, 8)

    await until(lambda: grid_rows(user), what='the row in the grid')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    await open_form_by(user, 'ubah')
    with user:
        in_open_form(user, 'field-tanggal_perpanjangan').value = '07/04/2026'
    said = await submit_form(user)
    assert 'alasan tertulis' in said.get('alasan_perpanjangan', ''), said
    with user:
        in_open_form(user, 'field-alasan_perpanjangan').value = 'Menunggu salinan dari desa'
    assert await submit_form(user) == {}
    await row.refresh_from_db()
    assert (row.tanggal_perpanjangan, row.batas_waktu) == (date(2026, 4, 7), date(2026, 4, 17))
