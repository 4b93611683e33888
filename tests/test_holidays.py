"""Issue #14: one holiday calendar behind every working-day deadline. The SKB holidays of 2025 to
2027 are seeded; a PATEN deadline and a permintaan data deadline count around Idul Fitri and the
cuti bersama; a holiday the administrator adds, changes or removes moves the open deadlines."""
from __future__ import annotations

from datetime import date

import pytest

from core import access
from models import workdays
from models.holidays import HariLibur, JenisLibur
from models.informasi import PermintaanData
from models.pelayanan import JenisLayanan, RegisterLayanan
from models.reference import Instansi
from models.holidays import load_holidays as load_calendar_again
from models.workdays import add_working_days, count_working_days, subtract_working_days
from tests.rules_lane import PELAYANAN, UMUM, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401

YEAR_2027 = {'tanggal__gte': date(2027, 1, 1), 'tanggal__lte': date(2027, 12, 31)}


@pytest.fixture
async def calendar(lane_db):
    """The seeded calendar, put back after the test (a test that adds a holiday reloads it)."""
    before = workdays.holidays()
    yield
    workdays.set_holidays(before)


async def test_the_skb_holidays_of_2025_to_2027_are_seeded(calendar):
    per_year = {year: await HariLibur.filter(tanggal__gte=date(year, 1, 1), tanggal__lte=date(year, 12, 31)).count()
                for year in (2025, 2026, 2027, 2028)}
    # 17 + 10 (+ 18 Agustus), 17 + 8, 18 + 8 (Isra Mikraj twice in 2027); 2028 not published yet
    assert per_year == {2025: 28, 2026: 25, 2027: 26, 2028: 0}
    assert await HariLibur.filter(**YEAR_2027, jenis=JenisLibur.CUTI_BERSAMA).count() == 8
    assert (await HariLibur.get(tanggal=date(2027, 3, 15))).dasar == 'SKB 1205/2026, 3/2026, 2/2026'
    assert (await HariLibur.get(tanggal=date(2025, 8, 18))).dasar == 'SKB 933/2025, 1/2025, 3/2025'
    assert (await HariLibur.get(tanggal=date(2026, 3, 23))).jenis == JenisLibur.CUTI_BERSAMA
    assert date(2025, 4, 7) in workdays.holidays() and date(2026, 12, 24) in workdays.holidays()


def test_working_days_skip_the_holidays_given():
    idul_fitri_2025 = {date(2025, 3, 28), date(2025, 3, 31), date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 3),
                       date(2025, 4, 4), date(2025, 4, 7)}
    assert add_working_days(date(2025, 3, 27), 3, idul_fitri_2025) == date(2025, 4, 10)
    assert add_working_days(date(2025, 3, 27), 3, ()) == date(2025, 4, 1)
    assert subtract_working_days(date(2025, 4, 10), 3, idul_fitri_2025) == date(2025, 3, 27)
    assert count_working_days(date(2025, 3, 24), date(2025, 4, 11), idul_fitri_2025) == 8
    assert count_working_days(date(2025, 3, 24), date(2025, 4, 11), ()) == 15


async def test_a_paten_deadline_counts_past_idul_fitri_2025(calendar):
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.get(nama='Rekomendasi Izin Keramaian')   # 3 hari kerja
    assert (await save('register_layanan', kepala, {'no_registrasi': '1', 'tanggal': '27/03/2025', 'nik': '3508035203900002',
                                                    'nama_pemohon': 'Ahmad', 'layanan': layanan.id})).ok
    # 28/3 cuti bersama Nyepi, 31/3-1/4 Idulfitri, 2-4/4 and 7/4 cuti bersama: 8, 9, 10 April
    assert (await RegisterLayanan.get()).batas_waktu == date(2025, 4, 10)


async def test_a_paten_deadline_counts_past_the_new_year_2027(calendar):
    """A request made on the last day of 2026: 1 January and Isra Mikraj (5 January 2027) are off."""
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.get(nama='Rekomendasi Izin Keramaian')   # 3 hari kerja
    assert (await save('register_layanan', kepala, {'no_registrasi': '1', 'tanggal': '31/12/2026',
                                                    'nik': '3508035203900002', 'nama_pemohon': 'Ahmad',
                                                    'layanan': layanan.id})).ok
    assert (await RegisterLayanan.get()).batas_waktu == date(2027, 1, 7)   # 4, 6 and 7 January


async def test_an_upgrade_that_brings_a_new_years_skb_moves_the_open_deadlines(calendar):
    """An office that ran the panel before the 2027 SKB was seeded: its open request was due by the
    old calendar. The next start seeds the new year (core.seed.seed_hari_libur) and moves it."""
    from core.seed import seed_hari_libur
    kepala = await actor(f'Kepala {PELAYANAN}')
    layanan = await JenisLayanan.get(nama='Rekomendasi Izin Keramaian')
    await HariLibur.filter(**YEAR_2027).delete()              # the install as it was before
    await load_calendar_again()
    assert (await save('register_layanan', kepala, {'no_registrasi': '1', 'tanggal': '31/12/2026',
                                                    'nik': '3508035203900002', 'nama_pemohon': 'Ahmad',
                                                    'layanan': layanan.id})).ok
    assert (await RegisterLayanan.get()).batas_waktu == date(2027, 1, 5)   # 1, 4 and 5 January: none known off
    await seed_hari_libur()
    assert await HariLibur.filter(**YEAR_2027).count() == 26
    assert (await RegisterLayanan.get()).batas_waktu == date(2027, 1, 7)
    await seed_hari_libur()                                           # nothing new: nothing moves
    assert (await RegisterLayanan.get()).batas_waktu == date(2027, 1, 7)


async def test_a_new_holiday_moves_the_open_deadlines_and_its_removal_moves_them_back(calendar):
    pelayanan = await actor(f'Kepala {PELAYANAN}')
    umum = await actor(f'Kepala {UMUM}')
    layanan = await JenisLayanan.get(nama='Rekomendasi Izin Keramaian')
    base = {'tanggal': '03/11/2026', 'nik': '3508035203900002', 'nama_pemohon': 'Ahmad', 'layanan': layanan.id}
    assert (await save('register_layanan', pelayanan, {**base, 'no_registrasi': '1'})).ok
    assert (await save('register_layanan', pelayanan, {**base, 'no_registrasi': '2', 'status': 'Selesai',
                                                       'tanggal_selesai': '04/11/2026'})).ok
    setda = await Instansi.get(nama='Bagian pada Setda Kabupaten Lumajang')
    request = {'tanggal': '03/11/2026', 'instansi': setda.id, 'rincian': 'Data penduduk'}
    assert (await save('permintaan_data', umum, {**request, 'nomor': 'A'})).ok
    assert (await save('permintaan_data', umum, {**request, 'nomor': 'B', 'batas_waktu': '30/11/2026'})).ok
    open_request, done = await RegisterLayanan.all().order_by('no_registrasi')
    assert open_request.batas_waktu == date(2026, 11, 6)
    assert (await PermintaanData.get(nomor='A')).batas_waktu == date(2026, 11, 17)

    result = await save('hari_libur', umum, {'tanggal': '05/11/2026', 'nama': 'Libur daerah contoh',
                                             'jenis': 'Libur Daerah'})
    assert result.ok, result.errors
    await open_request.refresh_from_db()
    await done.refresh_from_db()
    assert open_request.batas_waktu == date(2026, 11, 9)       # 4, 6, 9 November
    assert done.batas_waktu == date(2026, 11, 6)               # a finished request keeps its deadline
    assert (await PermintaanData.get(nomor='A')).batas_waktu == date(2026, 11, 18)
    assert (await PermintaanData.get(nomor='B')).batas_waktu == date(2026, 11, 30)   # typed by hand: stays

    from core import records
    from models.table import TABLES
    assert (await records.delete(TABLES['hari_libur'], umum, result.row.id)).ok
    await open_request.refresh_from_db()
    assert open_request.batas_waktu == date(2026, 11, 6)
    assert (await PermintaanData.get(nomor='A')).batas_waktu == date(2026, 11, 17)


async def test_hari_libur_rules(calendar):
    umum = await actor(f'Staf {UMUM}')
    refused(await save('hari_libur', umum, {'tanggal': '31/03/2025', 'nama': 'Idulfitri', 'jenis': 'Libur Nasional',
                                            'dasar': 'SKB'}), 'tanggal', 'Tanggal ini sudah ada di daftar hari libur.')
    refused(await save('hari_libur', umum, {'tanggal': '04/01/2028', 'nama': 'Cuti bersama', 'jenis': 'Cuti Bersama'}),
            'dasar', 'Isi dasar penetapan Cuti Bersama (nomor SKB atau keputusan).')
    assert await HariLibur.filter(tanggal=date(2028, 1, 4)).count() == 0
    assert (await save('hari_libur', umum, {'tanggal': '01/01/2028', 'nama': 'Tahun Baru 2028 Masehi',
                                            'jenis': 'Libur Nasional', 'dasar': 'SKB tahun 2028'})).ok
    assert date(2028, 1, 1) in workdays.holidays()


async def test_only_the_owner_section_edits_the_calendar(calendar):
    pelayanan = await actor(f'Staf {PELAYANAN}')
    with pytest.raises(access.AccessDenied):
        await save('hari_libur', pelayanan, {'tanggal': '03/01/2028', 'nama': 'Libur', 'jenis': 'Libur Daerah'})


async def test_a_holiday_written_by_another_process_reaches_this_one_on_the_next_reload(calendar):
    """Two app processes behind nginx (deploy/): the other one wrote the row, so this one's
    after_write never ran; core.calendar_sync reads the table again and its deadlines agree."""
    from core.calendar_sync import reload_calendar
    new_day = date(2028, 1, 4)   # a Tuesday; no 2028 SKB yet
    assert new_day not in workdays.holidays()
    await HariLibur.filter(id=(await HariLibur.first()).id).update(tanggal=new_day)   # no after_write here
    assert add_working_days(date(2028, 1, 3), 1) == new_day          # still the stale calendar
    assert await reload_calendar() == 2                               # one day came, one went
    assert new_day in workdays.holidays()
    assert add_working_days(date(2028, 1, 3), 1) == date(2028, 1, 5)
    assert await reload_calendar() == 0


async def test_every_table_with_a_derived_deadline_moves_with_the_calendar(calendar):
    """Each table says which of its rows are open (RecordModel.move_deadlines): an open PPID request
    and keberatan move, an answered one keeps its deadline."""
    from models.ppid import AlasanKeberatan, KeberatanInformasi, PermohonanInformasi
    pemohon = dict(alamat='Desa Jarit', nomor_identitas='3508035203900002', nomor_kontak='0812',
                   rincian_informasi='Data bansos', tujuan_penggunaan='Penelitian')
    async def derived(model, **values):
        row = model(**values)
        row.derive()
        await row.save()
        return row
    open_request = await derived(PermohonanInformasi, tahun=2026, no_pendaftaran=1, tanggal=date(2026, 11, 3),
                                 nama_pemohon='Siti', **pemohon)
    answered = await derived(PermohonanInformasi, tahun=2026, no_pendaftaran=2, tanggal=date(2026, 11, 3),
                             nama_pemohon='Budi', keputusan='Dikabulkan Seluruhnya',
                             tanggal_pemberitahuan=date(2026, 11, 4), **pemohon)
    objection = await derived(KeberatanInformasi, tahun=2026, no_registrasi=1, tanggal=date(2026, 11, 4),
                              permohonan=answered, alasan=next(iter(AlasanKeberatan)))
    assert (open_request.batas_waktu, answered.batas_waktu) == (date(2026, 11, 17), date(2026, 11, 17))
    first = objection.batas_tanggapan

    umum = await actor(f'Kepala {UMUM}')
    assert (await save('hari_libur', umum, {'tanggal': '05/11/2026', 'nama': 'Libur daerah contoh',
                                            'jenis': 'Libur Daerah'})).ok
    for row in (open_request, answered, objection):
        await row.refresh_from_db()
    assert open_request.batas_waktu == date(2026, 11, 18)
    assert answered.batas_waktu == date(2026, 11, 17)
    assert objection.batas_tanggapan == add_working_days(date(2026, 11, 4), 30) and objection.batas_tanggapan > first


async def test_a_complaint_and_a_monthly_spj_move_with_the_calendar(calendar):
    """Pengaduan (working days from receipt) and SPJ fungsional (the 10th of the next month, or the
    working day before it): a new holiday moves the open ones; an answered or handed-in one stays."""
    from models.keuangan import SpjFungsional
    from models.pengaduan import Pengaduan

    async def derived(model, **values):
        row = model(**values)
        row.derive()
        await row.save()
        return row
    open_complaint = await derived(Pengaduan, tanggal=date(2026, 11, 2), perihal='Antrean', uraian='Lama',
                                   nama_pelapor='Ani', kontak_pelapor='0812')
    answered = await derived(Pengaduan, tanggal=date(2026, 11, 2), perihal='Loket', uraian='Tutup', nama_pelapor='Budi',
                             kontak_pelapor='0813', status='Selesai', jawaban='Sudah', tanggal_jawaban=date(2026, 11, 3))
    spj = await derived(SpjFungsional, tahun=2026, bulan=10)                  # due Tuesday 10 November 2026
    handed_in = await derived(SpjFungsional, tahun=2025, bulan=10, tanggal_disampaikan=date(2025, 11, 7))
    first = open_complaint.batas_waktu
    assert spj.batas_waktu == date(2026, 11, 10)

    umum = await actor(f'Kepala {UMUM}')
    assert (await save('hari_libur', umum, {'tanggal': '10/11/2026', 'nama': 'Libur daerah contoh',
                                            'jenis': 'Libur Daerah'})).ok
    for row in (open_complaint, answered, spj, handed_in):
        await row.refresh_from_db()
    assert open_complaint.batas_waktu == add_working_days(date(2026, 11, 2), 60) and open_complaint.batas_waktu > first
    assert answered.batas_waktu == first
    assert spj.batas_waktu == date(2026, 11, 9)
    assert handed_in.batas_waktu == date(2025, 11, 10)
