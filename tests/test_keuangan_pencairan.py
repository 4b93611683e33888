"""Issue #15, Pengelolaan Keuangan (M3): SPP, SPM and SP2D of one request (pencairan_dana) and the BKU
entries they pay; the DPA/DPPA pagu in force and its anggaran kas; the monthly SPJ fungsional deadline.
Written through core.records as the seeded Kepala Subbag Keuangan."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from core.keuangan_books import anggaran_kas_gaps
from models.clock import office_today
from models.keuangan import (Anggaran, BukuKasUmum, PencairanDana, SpjFungsional, StatusPencairan, spj_deadline,
                             tu_deadline)
from models.perencanaan import Level, ProgramKegiatan
from tests.rules_lane import KEUANGAN, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'
NONE: frozenset[date] = frozenset()   # no holidays: only the weekend moves a deadline


def spp(jenis: str, nomor: str, tanggal: str, nilai: str) -> dict:
    return {'jenis': jenis, 'uraian': f'Pencairan {jenis}', 'nomor_spp': nomor, 'tanggal_spp': tanggal,
            'nilai_spp': nilai}


async def test_the_chain_spp_spm_sp2d_keeps_its_order_and_its_amount(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    assert (await save('pencairan_dana', kepala, spp('UP', 'SPP-UP/001', '05/01/2026', '50.000.000'))).ok
    row = await PencairanDana.get(nomor_spp='SPP-UP/001')
    assert row.status == StatusPencairan.SPP
    spm = {'nomor_spm': 'SPM-UP/001', 'tanggal_spm': '06/01/2026', 'nilai_spm': '50.000.000'}
    refused(await save('pencairan_dana', kepala, {**spm, 'tanggal_spm': '04/01/2026'}, row_id=row.id),
            'tanggal_spm', 'tidak boleh sebelum tanggal SPP (05/01/2026)')
    refused(await save('pencairan_dana', kepala, {**spm, 'nilai_spm': '49.000.000'}, row_id=row.id),
            'nilai_spm', 'harus sama dengan nilai SPP (Rp 50.000.000)')
    refused(await save('pencairan_dana', kepala, {'nomor_spm': 'SPM-UP/001'}, row_id=row.id),
            'tanggal_spm', 'Lengkapi nomor, tanggal, dan nilainya.')
    refused(await save('pencairan_dana', kepala, {'nomor_sp2d': 'SP2D/1', 'tanggal_sp2d': '07/01/2026',
                                                  'nilai_sp2d': '50.000.000'}, row_id=row.id),
            'nomor_sp2d', 'setelah SPM-nya')
    assert (await save('pencairan_dana', kepala, spm, row_id=row.id)).ok
    assert (await PencairanDana.get(id=row.id)).status == StatusPencairan.SPM
    sp2d = {'nomor_sp2d': 'SP2D/0001/UP', 'tanggal_sp2d': '07/01/2026', 'nilai_sp2d': '50.000.000'}
    refused(await save('pencairan_dana', kepala, {**sp2d, 'tanggal_sp2d': '05/01/2026'}, row_id=row.id),
            'tanggal_sp2d', 'tidak boleh sebelum tanggal SPM (06/01/2026)')
    refused(await save('pencairan_dana', kepala, {**sp2d, 'nilai_sp2d': '50.000.001'}, row_id=row.id),
            'nilai_sp2d', 'harus sama dengan nilai SPM')
    assert (await save('pencairan_dana', kepala, sp2d, row_id=row.id)).ok
    assert (await PencairanDana.get(id=row.id)).status == StatusPencairan.SP2D

    # the BKU receives the UP once, for its whole amount, not before the SP2D
    receipt = {'tanggal': '07/01/2026', 'no_bukti': 'SP2D/0001/UP', 'uraian': 'Penerimaan UP', 'buku': 'Bank',
               'pencairan': row.id}
    refused(await save('buku_kas_umum', kepala, {**receipt, 'penerimaan': '5.000.000'}), 'penerimaan',
            'satu penerimaan sebesar nilai SP2D (Rp 50.000.000)')
    refused(await save('buku_kas_umum', kepala, {**receipt, 'tanggal': '06/01/2026', 'penerimaan': '50.000.000'}),
            'tanggal', 'sebelum tanggal SP2D (07/01/2026)')
    assert (await save('buku_kas_umum', kepala, {**receipt, 'penerimaan': '50.000.000'})).ok
    refused(await save('buku_kas_umum', kepala, {**receipt, 'penerimaan': '50.000.000'}), 'pencairan', 'sudah dibukukan')
    refused(await save('pencairan_dana', kepala, {'nomor_sp2d': '', 'tanggal_sp2d': '', 'nilai_sp2d': ''},
                       row_id=row.id), 'nomor_sp2d', 'sudah dibukukan di Buku Kas Umum')


async def test_an_ls_sp2d_pays_entries_up_to_its_amount_and_a_tu_is_due_a_month_later(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    chain = {'nomor_spm': 'SPM-LS/7', 'tanggal_spm': '10/03/2026', 'nilai_spm': '8.000.000',
             'nomor_sp2d': 'SP2D-LS/7', 'tanggal_sp2d': '12/03/2026', 'nilai_sp2d': '8.000.000'}
    assert (await save('pencairan_dana', kepala, {**spp('LS', 'SPP-LS/7', '09/03/2026', '8.000.000'), **chain})).ok
    ls = await PencairanDana.get(nomor_spp='SPP-LS/7')
    pay = {'tanggal': '12/03/2026', 'uraian': 'Pembayaran LS', 'buku': 'Bank', 'pencairan': ls.id,
           'kode_rekening': '5.1.02.02.01.0061'}
    assert (await save('buku_kas_umum', kepala, {**pay, 'no_bukti': 'LS-7a', 'pengeluaran': '5.000.000'})).ok
    refused(await save('buku_kas_umum', kepala, {**pay, 'no_bukti': 'LS-7b', 'pengeluaran': '3.500.000'}),
            'pengeluaran', 'sisa Rp 3.000.000')
    assert (await save('buku_kas_umum', kepala, {**pay, 'no_bukti': 'LS-7b', 'pengeluaran': '3.000.000'})).ok
    assert await BukuKasUmum.filter(pencairan_id=ls.id).count() == 2

    # a TU of 31 January is due on 28 February (one calendar month, the month's last day when shorter)
    assert tu_deadline(date(2026, 1, 31)) == date(2026, 2, 28)
    assert tu_deadline(date(2026, 3, 12)) == date(2026, 4, 12)
    tu = {**spp('TU', 'SPP-TU/1', '02/03/2026', '10.000.000'), 'nomor_spm': 'SPM-TU/1', 'tanggal_spm': '03/03/2026',
          'nilai_spm': '10.000.000', 'nomor_sp2d': 'SP2D-TU/1', 'tanggal_sp2d': '04/03/2026', 'nilai_sp2d': '10.000.000'}
    assert (await save('pencairan_dana', kepala, tu)).ok
    row = await PencairanDana.get(nomor_spp='SPP-TU/1')
    assert row.batas_spj_tu == date(2026, 4, 4)
    refused(await save('pencairan_dana', kepala, {'tanggal_spj_tu': '01/03/2026'}, row_id=row.id),
            'tanggal_spj_tu', 'sebelum tanggal SP2D (04/03/2026)')
    refused(await save('pencairan_dana', kepala, {'tanggal_spj_tu': '20/03/2026'}, row_id=ls.id),
            'tanggal_spj_tu', 'hanya untuk pencairan TU')
    # overdue after its deadline while not accounted for
    await PencairanDana.filter(id=row.id).update(batas_spj_tu=office_today() - timedelta(days=1))
    assert await PencairanDana.filter(PencairanDana.overdue_filter()).count() == 1
    assert (await save('pencairan_dana', kepala, {'tanggal_spj_tu': '30/03/2026'}, row_id=row.id)).ok
    stored = await PencairanDana.get(id=row.id)
    assert stored.status == StatusPencairan.SPJ_TU and not stored.is_overdue()
    assert await PencairanDana.filter(PencairanDana.overdue_filter()).count() == 0


async def _rekening(kepala) -> Anggaran:
    await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.08', level=Level.KEGIATAN, kode_induk='7.01.01',
                                 nama='Administrasi Umum')
    sub = await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.08.0002', level=Level.SUB_KEGIATAN,
                                       kode_induk='7.01.01.2.08', nama='Penyediaan Jasa Komunikasi')
    assert (await save('anggaran', kepala, {'tahun': '2026', 'sub_kegiatan': sub.id, 'kode_rekening': '5.1.02.02.01.0061',
                                            'uraian': 'Belanja Tagihan Listrik', 'pagu': '12.000.000'})).ok
    return await Anggaran.get(kode_rekening='5.1.02.02.01.0061')


async def test_the_pagu_in_force_is_the_dppa_and_the_anggaran_kas_never_passes_it(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    rekening = await _rekening(kepala)
    assert rekening.pagu_berlaku == 12_000_000
    for bulan in range(1, 12):
        assert (await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': str(bulan), 'nilai': '1.000.000'})).ok
    refused(await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': '12', 'nilai': '1.500.000'}),
            'nilai', 'melebihi pagu berlaku Rp 12.000.000: sisa yang belum direncanakan Rp 1.000.000')
    refused(await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': '11', 'nilai': '500.000'}),
            'bulan', 'November')
    assert await anggaran_kas_gaps(2026) == [
        'Anggaran kas 5.1.02.02.01.0061 baru Rp 11.000.000 dari pagu berlaku Rp 12.000.000 (kurang Rp 1.000.000).']
    assert (await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': '12', 'nilai': '1.000.000'})).ok
    assert await anggaran_kas_gaps(2026) == []

    # spending up to the DPA's pagu, then the DPPA lowers it: refused below the anggaran kas, then the realisasi
    assert (await save('realisasi_anggaran', kepala, {'anggaran': rekening.id, 'tanggal': '20/02/2026',
                                                      'uraian': 'Listrik Januari', 'no_bukti': 'SPJ-01',
                                                      'nilai': '9.000.000'})).ok
    refused(await save('anggaran', kepala, {'pagu_perubahan': '10.000.000'}, row_id=rekening.id),
            'pagu_perubahan', 'kurang dari anggaran kas yang sudah direncanakan (Rp 12.000.000)')
    assert (await save('anggaran', kepala, {'pagu_perubahan': '15.000.000'}, row_id=rekening.id)).ok
    changed = await Anggaran.get(id=rekening.id)
    assert (changed.pagu_berlaku, changed.sisa) == (15_000_000, 6_000_000)
    assert await anggaran_kas_gaps(2026) == [
        'Anggaran kas 5.1.02.02.01.0061 baru Rp 12.000.000 dari pagu berlaku Rp 15.000.000 (kurang Rp 3.000.000).']
    # above the DPA's pagu but within the DPPA's: accepted; beyond the DPPA's: refused
    assert (await save('realisasi_anggaran', kepala, {'anggaran': rekening.id, 'tanggal': '20/09/2026',
                                                      'uraian': 'Listrik Agustus', 'no_bukti': 'SPJ-08',
                                                      'nilai': '5.000.000'})).ok
    refused(await save('realisasi_anggaran', kepala, {'anggaran': rekening.id, 'tanggal': '20/10/2026',
                                                      'uraian': 'Listrik September', 'no_bukti': 'SPJ-09',
                                                      'nilai': '1.500.000'}), 'nilai', 'Rp 1.000.000')
    refused(await save('anggaran', kepala, {'pagu_perubahan': '13.000.000'}, row_id=rekening.id),
            'pagu_perubahan', 'Rp 14.000.000')


def test_the_spj_is_due_on_the_tenth_or_the_working_day_before_it():
    assert spj_deadline(2026, 1, holidays=NONE) == date(2026, 2, 10)              # a Tuesday
    assert spj_deadline(2026, 9, holidays=NONE) == date(2026, 10, 9)              # the 10th is a Saturday: Friday the 9th
    assert spj_deadline(2026, 12, holidays=NONE) == date(2027, 1, 8)               # 10 January 2027 is a Sunday
    assert spj_deadline(2026, 3, holidays={date(2026, 4, 10)}) == date(2026, 4, 9)   # a holiday on Friday
    assert spj_deadline(2026, 4, holidays={date(2026, 5, 8)}) == date(2026, 5, 7)    # Sunday 10 May, Friday off
    today = office_today()
    row = SpjFungsional(tahun=today.year, bulan=1, batas_waktu=today)
    assert not row.is_overdue()                                    # due today: not late yet
    row.batas_waktu = today - timedelta(days=1)
    assert row.is_overdue()
    row.tanggal_disampaikan = today
    assert not row.is_overdue()


async def test_an_spj_not_handed_in_by_its_deadline_is_overdue(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    refused(await save('spj_fungsional', kepala, {'tahun': '2026', 'bulan': '1', 'tanggal_disampaikan': '30/01/2026'}),
            'tanggal_disampaikan', '(31/01/2026)')
    assert (await save('spj_fungsional', kepala, {'tahun': '2026', 'bulan': '1'})).ok
    row = await SpjFungsional.get(tahun=2026, bulan=1)
    assert row.batas_waktu == date(2026, 2, 10)
    late = await SpjFungsional.filter(SpjFungsional.overdue_filter()).count()
    assert late == (1 if office_today() > date(2026, 2, 10) else 0)
    refused(await save('spj_fungsional', kepala, {'tahun': '2026', 'bulan': '1'}), 'bulan', 'sudah dicatat')
    assert (await save('spj_fungsional', kepala, {'tanggal_disampaikan': '09/02/2026'}, row_id=row.id)).ok
    assert await SpjFungsional.filter(SpjFungsional.overdue_filter()).count() == 0


async def test_the_home_page_names_the_rekening_whose_anggaran_kas_falls_short(user) -> None:
    """The Kepala Subbag Keuangan sees on the home page, linked to the Anggaran grid, each rekening of
    this year whose anggaran kas does not yet reach the pagu in force; an Operator Desa, who may not
    see Anggaran, is not shown it; once the plan reaches the pagu, the card is gone."""
    from tests.helpers_auth import create_account, log_in_as
    year = office_today().year
    kepala = await actor(KEPALA_KEUANGAN, 'bendahara.kepala')
    sub = await ProgramKegiatan.create(tahun=year, kode='7.01.01.2.08.0002', level=Level.SUB_KEGIATAN,
                                       kode_induk='7.01.01.2.08', nama='Penyediaan Jasa Komunikasi')
    assert (await save('anggaran', kepala, {'tahun': str(year), 'sub_kegiatan': sub.id,
                                            'kode_rekening': '5.1.02.02.01.0061', 'uraian': 'Belanja Tagihan Listrik',
                                            'pagu': '12.000.000'})).ok
    rekening = await Anggaran.get(kode_rekening='5.1.02.02.01.0061')
    assert (await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': '1', 'nilai': '4.000.000'})).ok

    await log_in_as(user, 'bendahara.kepala')
    await user.should_see(marker='anggaran-kas-kurang')
    await user.should_see('Anggaran kas 5.1.02.02.01.0061 baru Rp 4.000.000 dari pagu berlaku Rp 12.000.000 '
                          '(kurang Rp 8.000.000).')
    await user.open('/logout')
    await create_account('operator.jarit', 'Operator Desa', desa_kode='35.08.03.2002')
    await log_in_as(user, 'operator.jarit')
    await user.should_see('Beranda')
    await user.should_not_see(marker='anggaran-kas-kurang')
    await user.open('/logout')

    assert (await save('anggaran_kas', kepala, {'anggaran': rekening.id, 'bulan': '2', 'nilai': '8.000.000'})).ok
    await log_in_as(user, 'bendahara.kepala')
    await user.should_see('Beranda')
    await user.should_not_see(marker='anggaran-kas-kurang')
