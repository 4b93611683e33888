"""Issue 4, part 3: the workflows of the process tables (usulan musrenbang and who validates it,
counts that follow child rows) and their deadlines, through core.records.save on the test lane's
database (tests/rules_lane.py)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from core import records
from core.access import Action
from core.accounts import set_permission
from models.accounts import Role
from models.clock import office_today
from models.informasi import PermintaanData, StatusPermintaan
from models.musrenbang import BeritaAcaraValidasi, StatusUsulan, UsulanMusrenbang
from models.pelayanan import JenisLayanan, RegisterLayanan
from models.pemerintahan_desa import PembinaanDesa, StatusPembinaan
from models.perencanaan import Laporan, StatusLaporan
from models.reference import Instansi
from models.workdays import add_working_days
from tests.rules_lane import (JARIT, JUGOSARI, UMUM, KEUANGAN,
                              PELAYANAN, PEMERINTAHAN, actor, save, refused, desa)
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)


# ------------------------------------------------------------------ usulan musrenbang: workflow and who validates

USULAN = {'tahun_rencana': '2027', 'bidang': 'Infrastruktur', 'kegiatan': 'Rehabilitasi jalan lingkungan',
          'lokasi': 'Dusun Krajan', 'volume': '350', 'satuan': 'meter', 'perkiraan_biaya': '175.000.000',
          'urutan_prioritas': '1'}


async def test_usulan_starts_as_diusulkan(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    refused(await save('usulan_musrenbang', operator, {**USULAN, 'status': 'Divalidasi Kades'}),
            'status', 'Usulan baru selalu berstatus Diusulkan')
    assert (await save('usulan_musrenbang', operator, USULAN)).ok
    usulan = await UsulanMusrenbang.get()
    assert (usulan.status, usulan.desa_id) == (StatusUsulan.DIUSULKAN, await desa(JARIT))


async def test_the_kepala_desa_of_the_desa_validates_and_it_is_recorded(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    kades = await actor('Kepala Desa', 'kades-jarit', JARIT)
    assert (await save('usulan_musrenbang', operator, USULAN)).ok
    usulan = await UsulanMusrenbang.get()
    # the typed values of the record of validation are never taken
    result = await save('usulan_musrenbang', kades, {'status': 'Divalidasi Kades', 'divalidasi_oleh': 'orang lain',
                                                        'tanggal_validasi': '01/01/2020'}, row_id=usulan.id)
    assert result.ok, result.errors
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh, usulan.tanggal_validasi) == (
        StatusUsulan.DIVALIDASI, 'kades-jarit', office_today())


async def test_an_operator_of_another_desa_cannot_validate(lane_db):
    jarit = await actor('Operator Desa', 'op-jarit', JARIT)
    jugosari = await actor('Operator Desa', 'op-jugosari', JUGOSARI)
    assert (await save('usulan_musrenbang', jarit, USULAN)).ok
    usulan = await UsulanMusrenbang.get()
    with pytest.raises(records.RecordNotFound):   # outside their desa the row does not exist for them
        await save('usulan_musrenbang', jugosari, {'status': 'Divalidasi Kades'}, row_id=usulan.id)
    await usulan.refresh_from_db()
    assert usulan.status == StatusUsulan.DIUSULKAN


async def test_only_the_owner_section_validates_besides_the_desa(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    assert (await save('usulan_musrenbang', operator, USULAN)).ok
    usulan = await UsulanMusrenbang.get()
    # another section given the right to edit by the admin still may not validate
    await set_permission(await Role.get(nama=f'Kepala {PELAYANAN}'), 'usulan_musrenbang', Action.UBAH, True)
    pelayanan = await actor(f'Kepala {PELAYANAN}')
    refused(await save('usulan_musrenbang', pelayanan, {'status': 'Divalidasi Kades'}, row_id=usulan.id),
            'status', 'Hanya Kepala Desa dari desa pengusul atau Subbag Keuangan yang dapat memvalidasi usulan ini.')
    assert (await save('usulan_musrenbang', pelayanan, {'lokasi': 'Dusun Krajan RT 02'}, row_id=usulan.id)).ok
    staf = await actor(f'Staf {KEUANGAN}')
    assert (await save('usulan_musrenbang', staf, {'status': 'Divalidasi Kades'}, row_id=usulan.id)).ok
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh) == (StatusUsulan.DIVALIDASI, 'staf-subbag-keuangan')


async def test_usulan_statuses_move_one_way(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    kades = await actor('Kepala Desa', 'kades-jarit', JARIT)
    kepala = await actor(f'Kepala {KEUANGAN}')
    assert (await save('usulan_musrenbang', operator, USULAN)).ok
    usulan = await UsulanMusrenbang.get()
    refused(await save('usulan_musrenbang', kepala, {'status': 'Disepakati'}, row_id=usulan.id),
            'status', 'Status Diusulkan tidak bisa diubah menjadi Disepakati. Langkah berikutnya: Divalidasi Kades.')
    assert (await save('usulan_musrenbang', kades, {'status': 'Divalidasi Kades'}, row_id=usulan.id)).ok
    refused(await save('usulan_musrenbang', kades, {'status': 'Disepakati'}, row_id=usulan.id),
            'status', 'Status Disepakati ditetapkan oleh Subbag Keuangan')
    refused(await save('usulan_musrenbang', kepala, {'status': 'Diusulkan'}, row_id=usulan.id),
            'status', 'Status Divalidasi Kades tidak bisa diubah menjadi Diusulkan.')
    assert (await save('usulan_musrenbang', kepala, {'status': 'Disepakati', 'tahap': 'Kecamatan'}, row_id=usulan.id)).ok
    refused(await save('usulan_musrenbang', kepala, {'status': 'Ditolak'}, row_id=usulan.id),
            'status', 'Status Disepakati tidak bisa diubah menjadi Ditolak. Status ini sudah final.')
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh) == (StatusUsulan.DISEPAKATI, 'kades-jarit')


async def test_berita_acara_counts_the_validated_usulan(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    assert (await save('berita_acara_validasi', operator, {'tahun_rencana': '2027', 'tanggal': '05/11/2026',
                                                           'nomor': '140/12/2026', 'kepala_desa': 'H. Mashudi'})).ok
    refused(await save('berita_acara_validasi', operator, {'tahun_rencana': '2027', 'tanggal': '06/11/2026',
                                                           'nomor': '140/13/2026', 'kepala_desa': 'H. Mashudi'}),
            'tahun_rencana', 'Berita acara validasi desa ini untuk tahun 2027 sudah ada.')
    for urutan in ('1', '2'):
        assert (await save('usulan_musrenbang', operator, {**USULAN, 'urutan_prioritas': urutan})).ok
    first = await UsulanMusrenbang.get(urutan_prioritas=1)
    kades = await actor('Kepala Desa', 'kades-jarit', JARIT)
    assert (await save('usulan_musrenbang', kades, {'status': 'Divalidasi Kades'}, row_id=first.id)).ok
    berita = await BeritaAcaraValidasi.get()
    assert berita.jumlah_usulan_divalidasi == 1
    refused(await save('usulan_musrenbang', operator, {**USULAN, 'urutan_prioritas': '2'}),
            'urutan_prioritas', 'Urutan prioritas 2 sudah dipakai usulan lain desa ini untuk tahun 2027.')


# ------------------------------------------------------------------ deadlines

async def test_permintaan_data_is_due_in_10_working_days(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    setda = await Instansi.get(nama='Bagian pada Setda Kabupaten Lumajang')
    old = office_today() - timedelta(days=30)
    for nomor, tanggal, status in (('1', old, 'Diterima'), ('2', old, 'Dipenuhi'), ('3', office_today(), 'Diproses')):
        values = {'nomor': nomor, 'tanggal': tanggal, 'instansi': setda.id, 'rincian': 'Data kependudukan',
                  'status': status}
        if status == 'Dipenuhi':
            values['tanggal_dipenuhi'] = tanggal
        assert (await save('permintaan_data', kepala, values)).ok
    rows = {r.nomor: r for r in await PermintaanData.all()}
    assert rows['1'].batas_waktu == add_working_days(old, 10)
    assert await PermintaanData.filter(PermintaanData.overdue_filter()).count() == 1
    assert rows['1'].is_overdue() and not rows['2'].is_overdue() and not rows['3'].is_overdue()
    refused(await save('permintaan_data', kepala, {'status': StatusPermintaan.DIPENUHI.value}, row_id=rows['3'].id),
            'tanggal_dipenuhi', 'Isi tanggal permintaan dipenuhi.')


async def test_register_layanan_is_due_after_the_jangka_waktu_of_its_layanan(lane_db):
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.get(nama='Rekomendasi Izin Keramaian')
    old = office_today() - timedelta(days=30)
    base = {'nik': '3508035203900002', 'nama_pemohon': 'Ahmad', 'layanan': layanan.id, 'tanggal': old}
    assert (await save('register_layanan', kepala, {**base, 'no_registrasi': '1'})).ok
    assert (await save('register_layanan', kepala, {**base, 'no_registrasi': '2', 'status': 'Selesai',
                                                    'tanggal_selesai': old})).ok
    late, done = await RegisterLayanan.all().order_by('no_registrasi')
    assert late.batas_waktu == add_working_days(old, layanan.jangka_waktu_hari)
    assert late.is_overdue() and not done.is_overdue()
    assert await RegisterLayanan.filter(RegisterLayanan.overdue_filter()).count() == 1
    # a longer jangka waktu moves the open request's batas waktu
    assert (await save('jenis_layanan', kepala, {'jangka_waktu_hari': '60'}, row_id=layanan.id)).ok
    await late.refresh_from_db()
    await done.refresh_from_db()
    assert late.batas_waktu == add_working_days(old, 60) and not late.is_overdue()
    assert done.batas_waktu == add_working_days(old, 3)


async def test_pembinaan_tindak_lanjut_is_overdue_until_selesai(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    old = office_today() - timedelta(days=30)
    values = {'desa': await desa(JARIT), 'tanggal': old, 'topik': 'Tertib administrasi', 'batas_waktu': old}
    refused(await save('pembinaan_desa', kepala, values), 'tindak_lanjut', 'Tulis tindak lanjut yang diberi batas waktu.')
    assert (await save('pembinaan_desa', kepala, {**values, 'tindak_lanjut': 'Lengkapi buku register'})).ok
    row = await PembinaanDesa.get()
    assert row.is_overdue() and await PembinaanDesa.filter(PembinaanDesa.overdue_filter()).count() == 1
    assert (await save('pembinaan_desa', kepala, {'status': StatusPembinaan.SELESAI.value}, row_id=row.id)).ok
    assert await PembinaanDesa.filter(PembinaanDesa.overdue_filter()).count() == 0


async def test_laporan_status_is_derived_and_an_unsent_report_is_overdue(lane_db):
    kepala = await actor(f'Kepala {KEUANGAN}')
    old = office_today() - timedelta(days=10)
    for periode, kirim in (('Tahun 2025', None), ('Triwulan III', old + timedelta(days=2)), ('Oktober', old)):
        values = {'jenis': 'LKjIP', 'periode': periode, 'tenggat': old, 'status': 'Dikirim'}
        if kirim:
            values['tanggal_kirim'] = kirim
        assert (await save('laporan', kepala, values)).ok
    status = {r.periode: r.status for r in await Laporan.all()}
    assert status == {'Tahun 2025': StatusLaporan.BELUM, 'Triwulan III': StatusLaporan.TERLAMBAT,
                      'Oktober': StatusLaporan.DIKIRIM}
    assert await Laporan.filter(Laporan.overdue_filter()).count() == 1
