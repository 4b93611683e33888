"""Issue #15, U3 Pembinaan dan Pengawasan Pemerintah Desa: the evaluasi of the rancangan APBDes and
its clocks (Permendagri 20/2018 art. 35-36), the 30% ceiling of PP 11/2019 art. 100, the register of
Perdes (UU 6/2014 art. 69), Dana Desa stages, perangkat desa and BPD terms (UU 3/2024).

The clocks are counted with the real calendar of the Hari Libur seed (core/seed_data/hari_libur.json):
receipt on Thursday 5 March 2026 meets Nyepi and Idulfitri 2026 (18-24 March) inside its 20 hari kerja.
Rules go through core.records.save (tests/rules_lane.py), so a refusal saves nothing."""
from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from nicegui.testing import User

from forms.indonesian import format_date
from models.clock import office_today
from models.pemerintahan_desa import (AnggotaBpd, EvaluasiApbdes, HasilEvaluasi, JenisPeraturanDesa, PenyaluranDanaDesa,
                                      PerangkatDesa,
                                      RegisterPeraturanDesa, StatusEvaluasi, StatusPeraturanDesa, evaluasi_clocks,
                                      peraturan_clocks, refresh_evaluasi_apbdes, share_of_belanja)
from models.workdays import add_working_days
from tests.conftest import in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import JARIT, PEMERINTAHAN, actor, desa, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

SEED = json.loads((Path(__file__).resolve().parents[1] / 'core/seed_data/hari_libur.json').read_text())
HOLIDAYS = frozenset(date.fromisoformat(day) for day, *_ in SEED['hari_libur'])
TERIMA = date(2026, 3, 5)
# 20 hari kerja after Thursday 5 March 2026, skipping 18-20 and 23-24 March (Nyepi, Idulfitri) and 3 April (Wafat Yesus Kristus)
BATAS = date(2026, 4, 10)


def test_the_seed_calendar_moves_the_batas_evaluasi_past_nyepi_and_idulfitri():
    assert add_working_days(TERIMA, 20, HOLIDAYS) == BATAS
    assert add_working_days(TERIMA, 20, frozenset()) == date(2026, 4, 2)     # without the six holidays


def clocks(today, **given):
    values = {'tanggal_evaluasi': None, 'hasil': None, 'tanggal_penyempurnaan': None, 'tanggal_pembatalan': None}
    values.update(given)
    return evaluasi_clocks(TERIMA, values['tanggal_evaluasi'], values['hasil'], values['tanggal_penyempurnaan'],
                           values['tanggal_pembatalan'], today, HOLIDAYS)


def test_no_result_by_the_batas_makes_the_perdes_berlaku_dengan_sendirinya():
    before, due, after = BATAS - timedelta(days=1), BATAS, BATAS + timedelta(days=1)
    assert clocks(before)['status'] == StatusEvaluasi.MENUNGGU and clocks(before)['batas_waktu'] == BATAS
    assert clocks(due)['status'] == StatusEvaluasi.MENUNGGU
    assert clocks(after)['status'] == StatusEvaluasi.BERLAKU_SENDIRI and clocks(after)['batas_waktu'] is None


def test_a_result_counts_only_when_given_by_the_batas():
    on_time = clocks(date(2026, 5, 1), hasil=HasilEvaluasi.SESUAI, tanggal_evaluasi=BATAS)
    late = clocks(date(2026, 5, 1), hasil=HasilEvaluasi.SESUAI, tanggal_evaluasi=BATAS + timedelta(days=1))
    assert on_time['status'] == StatusEvaluasi.SESUAI
    assert late['status'] == StatusEvaluasi.BERLAKU_SENDIRI


def test_the_penyempurnaan_runs_20_hari_kerja_from_the_result():
    hasil = BATAS                  # given on the last day, so in time; 1 May (Hari Buruh) falls inside
    batas = add_working_days(hasil, 20, HOLIDAYS)
    assert batas == date(2026, 5, 11)
    perlu = {'hasil': HasilEvaluasi.PERLU_PENYEMPURNAAN, 'tanggal_evaluasi': hasil}
    for today in (batas - timedelta(days=1), batas, batas + timedelta(days=1)):
        found = clocks(today, **perlu)
        assert found['status'] == StatusEvaluasi.PENYEMPURNAAN and found['batas_waktu'] == batas
    assert clocks(batas, **perlu, tanggal_penyempurnaan=batas)['status'] == StatusEvaluasi.DISEMPURNAKAN
    assert clocks(batas, **perlu, tanggal_pembatalan=batas)['status'] == StatusEvaluasi.DIBATALKAN


def test_the_30_percent_counts_belanja_without_the_tanah_bengkok():
    assert share_of_belanja(Decimal(300), Decimal(1000), None) == Decimal('30.00')
    assert share_of_belanja(Decimal(300), Decimal(1100), Decimal(100)) == Decimal('30.00')
    assert share_of_belanja(Decimal(301), Decimal(1100), Decimal(100)) == Decimal('30.10')


def test_an_evaluasi_of_a_rancangan_perdes_lapses_but_a_klarifikasi_keeps_its_typed_batas():
    lapsed = peraturan_clocks('Rancangan Perdes Pungutan', TERIMA, None, None, None, None,
                              BATAS + timedelta(days=1), HOLIDAYS)
    assert lapsed['batas_hasil'] == BATAS and lapsed['status'] == StatusPeraturanDesa.BERLAKU_SENDIRI
    assert peraturan_clocks('Rancangan Perdes Pungutan', TERIMA, None, None, None, None, BATAS,
                            HOLIDAYS)['status'] == StatusPeraturanDesa.PROSES
    typed = date(2026, 4, 4)
    klarifikasi = peraturan_clocks('Peraturan Desa', TERIMA, typed, None, None, None, date(2026, 5, 1), HOLIDAYS)
    assert klarifikasi['batas_hasil'] == typed and klarifikasi['status'] == StatusPeraturanDesa.PROSES
    koreksi = peraturan_clocks('Rancangan Perdes Pungutan', TERIMA, None, date(2026, 3, 30), 'Tidak Sesuai', None,
                               date(2026, 4, 20), HOLIDAYS)
    assert koreksi['status'] == StatusPeraturanDesa.KOREKSI and koreksi['batas_waktu'] == date(2026, 4, 19)


# ------------------------------------------------------------------ through core.records.save

BUDGET = {'pendapatan': '1.500.000.000', 'belanja_bidang_1': '400.000.000', 'belanja_bidang_2': '600.000.000',
          'belanja_bidang_3': '100.000.000', 'belanja_bidang_4': '250.000.000', 'belanja_bidang_5': '150.000.000'}


async def test_the_status_is_set_by_itself_and_moves_as_the_days_pass(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    today = office_today()
    received = today - timedelta(days=60)
    result = await save('evaluasi_apbdes', kepala, {'desa': await desa(JARIT), 'tahun': '2027',
                                                   'tanggal_terima': format_date(received),
                                                   'status': 'Sesuai'})       # not typed: derived
    assert result.ok, result.errors
    row = await EvaluasiApbdes.get()
    assert row.status == StatusEvaluasi.BERLAKU_SENDIRI and row.batas_evaluasi == add_working_days(received, 20)
    await EvaluasiApbdes.filter(id=row.id).update(status=StatusEvaluasi.MENUNGGU.value, batas_waktu=row.batas_evaluasi)
    assert await EvaluasiApbdes.filter(EvaluasiApbdes.overdue_filter()).count() == 1
    assert await refresh_evaluasi_apbdes() == 1
    await row.refresh_from_db()
    assert row.status == StatusEvaluasi.BERLAKU_SENDIRI and row.batas_waktu is None
    assert await refresh_evaluasi_apbdes() == 0


async def test_a_result_needs_the_keputusan_and_the_whole_budget(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    values = {'desa': await desa(JARIT), 'tahun': '2027', 'tanggal_terima': '05/03/2026',
              'tanggal_evaluasi': '20/03/2026', 'hasil': 'Sesuai'}
    result = await save('evaluasi_apbdes', kepala, values)
    refused(result, 'no_keputusan', 'Isi nomor Keputusan Camat')
    refused(result, 'tanggal_keputusan', 'Isi tanggal Keputusan Camat')
    refused(result, 'pendapatan', 'Isi Pendapatan Desa (Rp) (boleh 0)')
    refused(result, 'belanja_bidang_5', 'Isi Bidang Penanggulangan Bencana')
    refused(await save('evaluasi_apbdes', kepala, {**values, 'hasil': '', 'tanggal_penyempurnaan': '25/03/2026'}),
            'tanggal_penyempurnaan', 'Diisi hanya bila hasil evaluasi Perlu Penyempurnaan.')
    assert await EvaluasiApbdes.all().count() == 0


async def test_penghasilan_and_tunjangan_stay_within_30_percent_of_belanja(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    values = {'desa': await desa(JARIT), 'tahun': '2027', 'tanggal_terima': '05/03/2026', **BUDGET}
    refused(await save('evaluasi_apbdes', kepala, {**values, 'belanja_penghasilan': '450.000.001'}),
            'belanja_penghasilan', 'paling banyak 30%')          # one rupiah over
    refused(await save('evaluasi_apbdes', kepala, {**values, 'belanja_penghasilan': '451.000.000'}),
            'belanja_penghasilan', 'tunjangan BPD 30,07% dari belanja desa (di luar hasil tanah bengkok); '
                                   'paling banyak 30% (PP 11/2019 Pasal 100).')
    assert await EvaluasiApbdes.all().count() == 0
    result = await save('evaluasi_apbdes', kepala, {**values, 'belanja_penghasilan': '450.000.000'})
    assert result.ok, result.errors
    assert (await EvaluasiApbdes.get()).persen_penghasilan == Decimal('30.00')


async def test_perangkat_age_and_kepala_desa_terms(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    sekdes = {'desa': await desa(JARIT), 'nama': 'Joko', 'nik': '3508031506780003', 'jabatan': 'Sekretaris Desa',
              'jenis_kelamin': 'L', 'tanggal_lahir': '15/06/1983', 'tgl_sk': '14/06/2026'}
    refused(await save('perangkat_desa', kepala, {**sekdes, 'tgl_sk': '15/06/2026'}), 'tanggal_lahir',
            'pada tanggal SK usianya 43 tahun')
    assert await PerangkatDesa.all().count() == 0
    assert (await save('perangkat_desa', kepala, sekdes)).ok                 # 42 the day before the birthday
    assert (await PerangkatDesa.get()).masa_jabatan_selesai == date(2043, 6, 15)
    kades = {**sekdes, 'nik': '3508031506780004', 'jabatan': 'Kepala Desa', 'tanggal_pelantikan': '20/12/2019'}
    refused(await save('perangkat_desa', kepala, {**kades, 'periode_ke': '3'}), 'periode_ke',
            'paling banyak 2 kali masa jabatan')
    assert (await save('perangkat_desa', kepala, {**kades, 'periode_ke': '2'})).ok
    assert (await PerangkatDesa.get(jabatan='Kepala Desa')).masa_jabatan_selesai == date(2027, 12, 20)
    bpd = {'desa': await desa(JARIT), 'nama': 'Sri', 'jenis_kelamin': 'P', 'tanggal_sumpah': '04/11/2019'}
    refused(await save('anggota_bpd', kepala, {**bpd, 'periode_ke': '3'}), 'periode_ke', 'Anggota BPD paling banyak 2')
    assert (await save('anggota_bpd', kepala, bpd)).ok
    assert (await AnggotaBpd.get()).masa_keanggotaan_selesai == date(2027, 11, 4)


async def test_register_and_dana_desa_rules(lane_db):
    kepala = await actor(f'Kepala {PEMERINTAHAN}')
    jarit = await desa(JARIT)
    refused(await save('register_peraturan_desa', kepala, {'desa': jarit, 'jenis': 'Peraturan Desa', 'judul': 'RKPDes',
                                                          'tanggal_terima': '05/03/2026'}),
            'nomor', 'Isi nomor Peraturan Desa')
    refused(await save('register_peraturan_desa', kepala, {'desa': jarit, 'jenis': 'Rancangan Perdes Pungutan',
                                                          'judul': 'Pasar', 'tanggal_terima': '05/03/2026',
                                                          'hasil': 'Sesuai', 'tanggal_hasil': '04/03/2026'}),
            'tanggal_hasil', 'Tanggal hasil tidak boleh sebelum tanggal diterima.')
    assert await RegisterPeraturanDesa.all().count() == 0
    stage = {'desa': jarit, 'tahun': '2026', 'sumber': 'Dana Desa', 'tahap': 'Tahap I', 'pagu': '1.000.000.000',
             'jumlah': '400.000.000'}
    refused(await save('penyaluran_dana_desa', kepala, {**stage, 'tanggal_salur': '10/03/2026'}),
            'persyaratan_lengkap', 'Tandai persyaratan lengkap')
    refused(await save('penyaluran_dana_desa', kepala, {**stage, 'realisasi': '400.000.001'}),
            'realisasi', 'Realisasi tidak boleh melebihi')
    assert (await save('penyaluran_dana_desa', kepala, stage)).ok
    refused(await save('penyaluran_dana_desa', kepala, {**stage, 'tahap': 'Tahap II', 'jumlah': '600.000.001'}),
            'jumlah', 'melebihi pagu desa')
    assert await PenyaluranDanaDesa.all().count() == 1


# ------------------------------------------------------------------ a person enters an evaluasi

async def test_the_kasi_enters_an_evaluasi_and_sees_its_batas(user: User) -> None:
    await create_account('kasi.pem', f'Kepala {PEMERINTAHAN}')
    await log_in_as(user, 'kasi.pem', next_path='/tabel/evaluasi_apbdes')
    await open_form_by(user, 'tambah')
    jarit = (await __import__('models.reference', fromlist=['Desa']).Desa.get(kode=JARIT)).id
    in_open_form(user, 'field-desa').value = jarit
    from nicegui.testing.user_interaction import UserInteraction
    for name, text in (('tahun', '2027'), ('tanggal_terima', format_date(office_today())),
                       ('belanja_bidang_1', '100.000.000'), ('belanja_penghasilan', '31.000.000')):
        UserInteraction(user, {in_open_form(user, f'field-{name}')}, None).clear().type(text)
    said = await submit_form(user)
    assert 'paling banyak 30%' in said.get('belanja_penghasilan', ''), said
    assert await EvaluasiApbdes.all().count() == 0
    UserInteraction(user, {in_open_form(user, 'field-belanja_penghasilan')}, None).clear().type('30.000.000')
    assert await submit_form(user) == {}
    row = await until(lambda: EvaluasiApbdes.first(), what='the saved evaluasi')
    assert row.status == StatusEvaluasi.MENUNGGU and row.batas_waktu == add_working_days(office_today(), 20)


async def test_on_a_new_day_the_app_derives_the_clocks_of_rows_nobody_edits(lane_db):
    """core.calendar_sync's minute check notices the day changed (start-up counts) and asks every table
    (RecordModel.refresh_clocks): the evaluasi and the rancangan Perdes left without a result past their
    deadline become Berlaku dengan Sendirinya; the next check of the same day writes nothing."""
    from core import calendar_sync
    received = office_today() - timedelta(days=60)
    evaluasi = await EvaluasiApbdes.create(desa_id=await desa(JARIT), tahun=2027, tanggal_terima=received,
                                           status=StatusEvaluasi.MENUNGGU)
    rancangan = await RegisterPeraturanDesa.create(desa_id=await desa(JARIT), jenis=JenisPeraturanDesa.RANCANGAN_PUNGUTAN,
                                                   judul='Pungutan pasar desa', tanggal_terima=received,
                                                   status=StatusPeraturanDesa.PROSES)
    calendar_sync._clocks_day = None
    await calendar_sync.reload_calendar()
    await evaluasi.refresh_from_db()
    await rancangan.refresh_from_db()
    assert evaluasi.status == StatusEvaluasi.BERLAKU_SENDIRI
    assert rancangan.status == StatusPeraturanDesa.BERLAKU_SENDIRI
    await EvaluasiApbdes.filter(id=evaluasi.id).update(status=StatusEvaluasi.MENUNGGU.value)
    await calendar_sync.reload_calendar()                        # the same day: not again
    assert (await EvaluasiApbdes.get(id=evaluasi.id)).status == StatusEvaluasi.MENUNGGU
