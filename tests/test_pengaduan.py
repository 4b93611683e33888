"""Issue #15, U1: the Register Pengaduan (its rules with their Indonesian messages, nothing saved on a
refusal; its batas waktu counted in working days of the seeded SKB calendar around Idul Fitri 2026;
overdue on the home page; a public submission) and the Rencana Tindak Lanjut SKM (its default unsur
is core.ikm's weakest of the period), both beside the IKM: the U8 figures of a period against a hand
count, on the IKM page and in its export."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import openpyxl
import pytest
from nicegui.testing import User

from core import ikm, pengaduan_figures
from core.ikm import Periode
from exports.ikm_export import export_ikm
from models import workdays
from models.clock import office_today
from models.pelayanan import JenisLayanan, SkmResponden
from models.pengaduan import (BATAS_PENYELESAIAN_HARI, Pengaduan, PeriodeSkm, RencanaTindakLanjutSkm,
                              StatusPengaduan, UnsurSkm)
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import PELAYANAN, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

KEPALA = f'Kepala {PELAYANAN}'
ADUAN = {'tanggal': '02/11/2026', 'kanal': 'Langsung', 'nama_pelapor': 'Sulastri', 'kontak_pelapor': '0812-1111-2222',
         'perihal': 'Antrean lama', 'uraian': 'Menunggu dua jam tanpa nomor antrean.'}


@pytest.mark.parametrize('values, field, message', [
    ({'nama_pelapor': ''}, 'nama_pelapor', 'Isi nama pelapor; hanya pengaduan melalui SP4N-LAPOR! yang boleh anonim.'),
    ({'nomor_tiket': 'LAPOR-123'}, 'nomor_tiket', 'Nomor tiket hanya untuk pengaduan melalui SP4N-LAPOR!.'),
    ({'tanggal_jawaban': '30/10/2026'}, 'tanggal_jawaban',
     'Tanggal jawaban tidak boleh sebelum tanggal pengaduan diterima.'),
    ({'status': 'Selesai', 'tindak_lanjut': 'Klarifikasi', 'tanggal_jawaban': '05/11/2026'}, 'jawaban',
     'Pengaduan Selesai harus memiliki jawaban kepada pelapor.'),
    ({'status': 'Selesai', 'tindak_lanjut': 'Klarifikasi', 'jawaban': 'Sudah diperbaiki.'}, 'tanggal_jawaban',
     'Isi tanggal jawaban untuk pengaduan berstatus Selesai.'),
    ({'status': 'Ditindaklanjuti'}, 'tindak_lanjut', 'Isi tindak lanjut untuk pengaduan berstatus Ditindaklanjuti.'),
    ({'status': 'Tidak Dapat Diproses', 'tanggal_jawaban': '05/11/2026'}, 'jawaban',
     'Tuliskan alasan pengaduan tidak dapat diproses sebagai jawaban kepada pelapor.'),
])
async def test_each_rule_refuses_with_its_message_and_saves_nothing(lane_db, values, field, message):
    kepala = await actor(KEPALA)
    refused(await save('pengaduan', kepala, {**ADUAN, **values}), field, message)
    assert await Pengaduan.all().count() == 0


async def test_an_anonymous_lapor_complaint_and_a_finished_one_are_saved(lane_db):
    kepala = await actor(KEPALA)
    lapor = await save('pengaduan', kepala, {**ADUAN, 'kanal': 'SP4N-LAPOR!', 'nama_pelapor': '',
                                             'nomor_tiket': 'LAPOR-2611021234'})
    assert lapor.ok, lapor.errors
    done = await save('pengaduan', kepala, {**ADUAN, 'status': 'Selesai', 'tindak_lanjut': 'Klarifikasi',
                                            'jawaban': 'Sudah diperbaiki.', 'tanggal_jawaban': '05/11/2026'})
    assert done.ok, done.errors
    assert await Pengaduan.all().count() == 2


async def test_the_batas_waktu_counts_working_days_past_idul_fitri_2026(lane_db):
    """60 working days. From Tue 17/3/2026 without holidays: 12 weeks on, Tue 9/6. The SKB calendar
    has 13 weekday holidays on the way: cuti bersama Nyepi 18/3, Nyepi 19/3, cuti bersama Idulfitri
    20/3, 23/3, 24/3 (Idulfitri 21–22/3 is a weekend), Wafat Yesus Kristus 3/4, 1/5, Kenaikan 14/5
    and its cuti bersama 15/5, Iduladha 27/5 and cuti bersama 28/5, Pancasila 1/6, 1 Muharam 16/6:
    so 10, 11, 12, 15, 17 … 26 June, the 60th is Fri 26/6. A complaint received on a day of the
    leave counts from the same first working day (25/3); one received on 25/3 ends a day later."""
    assert BATAS_PENYELESAIAN_HARI == 60
    kepala = await actor(KEPALA)
    expected = {'17/03/2026': date(2026, 6, 26),     # the day before the leave
                '18/03/2026': date(2026, 6, 26),     # its first day
                '24/03/2026': date(2026, 6, 26),     # its last day
                '25/03/2026': date(2026, 6, 29)}     # the day after: Mon 29/6
    for tanggal, batas in expected.items():
        result = await save('pengaduan', kepala, {**ADUAN, 'tanggal': tanggal})
        assert result.ok, result.errors
        assert (await Pengaduan.get(id=result.row.id)).batas_waktu == batas, tanggal
    assert workdays.add_working_days(date(2026, 3, 17), 60, ()) == date(2026, 6, 9)


def test_overdue_is_the_day_after_the_batas_waktu_while_open():
    today = office_today()
    assert not Pengaduan(batas_waktu=today, status=StatusPengaduan.DITERIMA).is_overdue()
    assert Pengaduan(batas_waktu=today - timedelta(days=1), status=StatusPengaduan.DITINDAKLANJUTI).is_overdue()
    assert not Pengaduan(batas_waktu=today - timedelta(days=1), status=StatusPengaduan.SELESAI).is_overdue()
    assert not Pengaduan(batas_waktu=today - timedelta(days=1), status=StatusPengaduan.TIDAK_DAPAT_DIPROSES).is_overdue()


async def test_a_public_submission_is_a_formulir_daring_complaint_diterima(lane_db):
    row, errors = await Pengaduan.from_public(nama_pelapor='Budi', kontak_pelapor='', perihal='Parkir',
                                              uraian='Parkir sempit.')
    assert row is None and errors == {'kontak_pelapor': 'Wajib diisi.'}
    assert await Pengaduan.all().count() == 0
    row, errors = await Pengaduan.from_public(nama_pelapor='Budi', kontak_pelapor='budi@contoh.id', perihal='Parkir',
                                              uraian='Parkir sempit.', tanggal=date(2026, 3, 17))
    assert errors == {}
    stored = await Pengaduan.get(id=row.id)
    assert (stored.kanal.value, stored.status.value, stored.batas_waktu) == ('Formulir Daring', 'Diterima',
                                                                             date(2026, 6, 26))


# ------------------------------------------------------------------ beside the IKM

async def complaints_of_triwulan_3() -> None:
    """In triwulan III 2026: 2 answered in time, 1 late, 1 open, 1 not processed (5 received, 3 Selesai,
    2 in time); plus one Selesai in the trash and one of triwulan II, neither counted."""
    def aduan(tanggal, status, jawab=None, deleted=False):
        return Pengaduan.create(tanggal=tanggal, nama_pelapor='Warga', perihal='Aduan', uraian='Aduan', status=status,
                                batas_waktu=tanggal + timedelta(days=14), tanggal_jawaban=jawab, jawaban='Dijawab',
                                tindak_lanjut='Ditindaklanjuti',
                                deleted_at=datetime.now(timezone.utc) if deleted else None)
    await aduan(date(2026, 7, 1), 'Selesai', date(2026, 7, 15))          # on the batas waktu: in time
    await aduan(date(2026, 8, 3), 'Selesai', date(2026, 8, 4))
    await aduan(date(2026, 9, 1), 'Selesai', date(2026, 9, 16))          # a day late
    await aduan(date(2026, 9, 30), 'Diterima')
    await aduan(date(2026, 8, 10), 'Tidak Dapat Diproses', date(2026, 8, 11))
    await aduan(date(2026, 8, 12), 'Selesai', date(2026, 8, 13), deleted=True)
    await aduan(date(2026, 6, 30), 'Selesai', date(2026, 7, 1))


async def answers_with_u3_weakest() -> None:
    layanan = await JenisLayanan.get(nama='Legalisasi Dokumen')
    for scores in ((4, 4, 2, 4, 4, 4, 4, 3, 4), (3, 4, 2, 4, 3, 4, 4, 3, 4), (4, 3, 3, 4, 4, 4, 3, 3, 3)):
        await SkmResponden.create(tanggal=date(2026, 8, 10), layanan=layanan, jenis_kelamin='L', usia=40,
                                  pendidikan='SMA', pekerjaan='Wirausaha', **{f'u{i}': s for i, s in enumerate(scores, 1)})


async def test_u8_figures_match_a_hand_count_and_the_export_shows_them_with_the_rtl(lane_db):
    await complaints_of_triwulan_3()
    await answers_with_u3_weakest()
    periode = Periode(2026, triwulan=3)
    assert await pengaduan_figures.angka_pengaduan(periode) == pengaduan_figures.AngkaPengaduan(5, 3, 2)
    assert await pengaduan_figures.angka_pengaduan(Periode(2026, semester=2)) == pengaduan_figures.AngkaPengaduan(5, 3, 2)
    assert await pengaduan_figures.angka_pengaduan(Periode(2026)) == pengaduan_figures.AngkaPengaduan(6, 4, 3)

    # the weakest unsur of core.ikm's figures is the RTL's default, and fills an RTL saved without one
    report = await ikm.laporan(periode)
    lowest = min(report.total.nrr, key=lambda code: (report.total.nrr[code], code))
    assert lowest == 'u3'
    assert await pengaduan_figures.weakest_of(periode) == UnsurSkm.U3
    assert await pengaduan_figures.weakest_of(Periode(2026, triwulan=1)) is None
    kepala = await actor(KEPALA)
    result = await save('rencana_tindak_lanjut_skm', kepala, {
        'tahun': '2026', 'periode': 'Triwulan III', 'kegiatan': 'Pemantauan jangka waktu layanan harian',
        'penanggung_jawab': 'Kasi Pelayanan Umum', 'batas_waktu': '31/12/2026'})
    assert result.ok, result.errors
    assert (await RencanaTindakLanjutSkm.get(id=result.row.id)).unsur == UnsurSkm.U3
    refused(await save('rencana_tindak_lanjut_skm', kepala, {
        'tahun': '2026', 'periode': 'Triwulan III', 'unsur': 'U8 Penanganan Pengaduan, Saran dan Masukan',
        'kegiatan': 'Kotak pengaduan', 'penanggung_jawab': 'Kasi', 'batas_waktu': '30/06/2026'}),
        'batas_waktu', 'Batas waktu tindak lanjut tidak boleh sebelum awal periode SKM.')
    refused(await save('rencana_tindak_lanjut_skm', kepala, {
        'tahun': '2026', 'periode': 'Triwulan III', 'kegiatan': 'Kotak pengaduan', 'penanggung_jawab': 'Kasi',
        'batas_waktu': '30/09/2026', 'status': 'Selesai'}), 'realisasi', 'Isi realisasi untuk tindak lanjut berstatus Selesai.')
    assert await RencanaTindakLanjutSkm.all().count() == 1
    await RencanaTindakLanjutSkm.create(tahun=2026, periode=PeriodeSkm.TRIWULAN_2, unsur=UnsurSkm.U9,
                                        kegiatan='Ruang tunggu', penanggung_jawab='Kasubbag Umum',
                                        batas_waktu=date(2026, 9, 30))      # another period: not in this export

    made, _ = await export_ikm(kepala, periode)
    sheet = openpyxl.load_workbook(made.path).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert 'Pengaduan Triwulan III 2026: 5 diterima, 3 selesai, 2 selesai tepat waktu.' in cells
    rtl = [row for row in sheet.iter_rows(values_only=True) if row[0] == 'Rencana tindak lanjut']
    assert [(row[1], row[8]) for row in rtl] == [('U3', 'Waktu Penyelesaian')]
    assert 'Pemantauan jangka waktu layanan harian' in rtl[0][2] and 'Kasi Pelayanan Umum' in rtl[0][2]


async def test_overdue_complaints_on_the_home_page_and_u8_beside_the_ikm(user: User) -> None:
    await complaints_of_triwulan_3()
    await answers_with_u3_weakest()
    past = office_today() - timedelta(days=3)
    await Pengaduan.create(tanggal=date(2025, 1, 6), nama_pelapor='Warga', perihal='Lewat', uraian='Lewat',
                           status='Diverifikasi', batas_waktu=past)
    await RencanaTindakLanjutSkm.create(tahun=2026, periode=PeriodeSkm.TRIWULAN_3, unsur=UnsurSkm.U3,
                                        kegiatan='Pemantauan jangka waktu', penanggung_jawab='Kasi Pelayanan Umum',
                                        batas_waktu=date(2026, 12, 31))
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    await user.should_see('Lewat batas waktu per seksi dan proses')
    overdue = await Pengaduan.filter(Pengaduan.overdue_filter()).count()    # the one above, and 30/9/2026's once past
    assert overdue >= 1
    assert marked(user, 'lewat-pengaduan').text == str(overdue)
    await user.open('/ikm?tahun=2026&periode=t3')
    await user.should_see('Indeks Kepuasan Masyarakat')
    u8 = (await ikm.laporan(Periode(2026, triwulan=3))).total.nilai_unsur('u8')
    assert marked(user, 'angka-pengaduan').text == \
        f'Pengaduan Triwulan III 2026: 5 diterima, 3 selesai, 2 selesai tepat waktu (U8 = {str(u8).replace(".", ",")}).'
    rtl = marked(user, 'tabel-rtl')
    assert [c['label'] for c in rtl.columns] == ['No.', 'Prioritas Unsur', 'Program/Kegiatan', 'Waktu',
                                                 'Penanggung Jawab', 'Status']   # the SKM report's RTL order
    assert [(r['no'], r['unsur'], r['kegiatan']) for r in rtl.rows] == [
        (1, 'U3 Waktu Penyelesaian', 'Pemantauan jangka waktu')]


def marked(user: User, marker: str):
    with user:
        return next(iter(user.find(marker=marker).elements))
