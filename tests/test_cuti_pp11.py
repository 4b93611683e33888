"""Issue 14, Kepegawaian: cuti per PP 11/2017 and Peraturan BKN 24/2017. Each rule refuses a bad
request with its Indonesian message beside the field and writes nothing; the balance N-2/N-1/N of
the formulir is kept with the request; working days come from models.workdays.

Through core.records.save as the Kepala Subbag Umum dan Kepegawaian, on the lane's migrated database."""
from __future__ import annotations

from datetime import date

from models.kepegawaian import Cuti, Pegawai, saldo_cuti_tahunan
from models.workdays import add_working_days, count_working_days
from tests.rules_lane import UMUM, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)


async def pegawai(nama='Budi', tmt_cpns=date(2010, 1, 1), jenis_kelamin='L', status='PNS', nip=None) -> Pegawai:
    nip = nip or f'19850312{tmt_cpns.year:04d}{tmt_cpns.month:02d}{1 if jenis_kelamin == "L" else 2}002'
    return await Pegawai.create(nama=nama, tanggal_lahir=date(1985, 3, 12), jenis_kelamin=jenis_kelamin, status=status,
                                jabatan='Pengadministrasi Umum', nip=nip, tmt_cpns=tmt_cpns)


def days(first: date, working: int) -> dict[str, str]:
    """A request of `working` working days from `first` (a working day, no holiday), as typed in the form."""
    last = add_working_days(first, working - 1)
    return {'mulai': f'{first:%d/%m/%Y}', 'selesai': f'{last:%d/%m/%Y}'}


def span(first: date, last: date) -> dict[str, str]:
    return {'mulai': f'{first:%d/%m/%Y}', 'selesai': f'{last:%d/%m/%Y}'}


async def taken(who: Pegawai, jenis: str, first: date, working: int, **more) -> None:
    last = add_working_days(first, working - 1)
    await Cuti.create(pegawai=who, jenis=jenis, alasan='Dulu', mulai=first, selesai=last,
                      lama_hari=count_working_days(first, last), **more)


async def test_cuti_tahunan_only_after_one_year_of_service(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    baru = await pegawai(tmt_cpns=date(2026, 3, 1), nip='198503122026031002')
    result = await save('cuti', kepala, {'pegawai': baru.id, 'jenis': 'Tahunan', 'alasan': 'Keluarga',
                                         **days(date(2026, 11, 9), 2)})
    refused(result, 'mulai', 'Cuti tahunan baru dapat diberikan setelah bekerja 1 tahun secara terus-menerus '
                             '(mulai 01/03/2027).')
    assert await Cuti.all().count() == 0
    lama = await pegawai(nama='Sari', tmt_cpns=date(2025, 1, 1), nip='198503122025011003')
    assert (await save('cuti', kepala, {'pegawai': lama.id, 'jenis': 'Tahunan', 'alasan': 'Keluarga',
                                        **days(date(2026, 11, 9), 2)})).ok


async def test_balance_n2_n1_n_carries_at_most_six_days(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    budi = await pegawai()
    await taken(budi, 'Tahunan', date(2024, 3, 4), 10)     # 2024: used, so 2023's days go no further
    await taken(budi, 'Tahunan', date(2025, 3, 3), 3)      # 2025: used, so 2024's days stop here: N-2 is 0
    await taken(budi, 'Tahunan', date(2026, 2, 2), 1, keputusan='Tidak Disetujui')   # refused: not counted
    saldo = await saldo_cuti_tahunan(budi, 2026)
    assert (saldo.n2, saldo.n1, saldo.n, saldo.total) == (0, 6, 12, 18)
    result = await save('cuti', kepala, {'pegawai': budi.id, 'jenis': 'Tahunan', 'alasan': 'Mudik',
                                         **days(date(2026, 7, 6), 19)})
    refused(result, 'selesai', 'Sisa cuti tahunan hanya 18 hari kerja (N-2: 0, N-1: 6, N: 12); '
                               'yang diminta 19 hari kerja.')
    result = await save('cuti', kepala, {'pegawai': budi.id, 'jenis': 'Tahunan', 'alasan': 'Mudik',
                                         **days(date(2026, 7, 6), 5)})
    assert result.ok, result.errors
    row = await Cuti.get(id=result.row.id)
    assert (row.sisa_n2, row.sisa_n1, row.sisa_n, row.lama_hari) == (0, 6, 12, 5)   # the formulir's catatan cuti
    after = await saldo_cuti_tahunan(budi, 2026)
    assert (after.n2, after.n1, after.n) == (0, 1, 12)      # the oldest days go first


async def test_two_unused_years_give_twenty_four_days_and_cuti_besar_takes_the_year(lane_db):
    budi = await pegawai()
    saldo = await saldo_cuti_tahunan(budi, 2026)
    assert (saldo.n2, saldo.n1, saldo.n, saldo.total) == (6, 6, 12, 24)
    await taken(budi, 'Besar', date(2026, 1, 5), 20, ibadah_haji_pertama=True)
    saldo = await saldo_cuti_tahunan(budi, 2026)
    assert (saldo.n2, saldo.n1, saldo.n) == (6, 6, 0)       # a year with cuti besar has no cuti tahunan of its own


async def test_cuti_bersama_counts_working_days_and_is_not_cuti_tahunan(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    budi = await pegawai()
    # Friday 6 to Tuesday 10 November 2026: a cuti bersama of the working days only
    result = await save('cuti', kepala, {'pegawai': budi.id, 'jenis': 'Bersama', 'alasan': 'Cuti bersama',
                                         **span(date(2026, 11, 6), date(2026, 11, 10))})
    assert result.ok, result.errors
    assert (await Cuti.get(id=result.row.id)).lama_hari == count_working_days(date(2026, 11, 6), date(2026, 11, 10))
    assert (await saldo_cuti_tahunan(budi, 2026)).total == 24      # not taken from cuti tahunan (Pasal 333)


async def test_cuti_besar_and_cltn_after_five_years_and_only_for_pns(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    baru = await pegawai(tmt_cpns=date(2023, 4, 1), nip='198503122023041002')
    besar = {'pegawai': baru.id, 'jenis': 'Besar', 'alasan': 'Keperluan keluarga',
             **span(date(2026, 11, 2), date(2026, 11, 30))}
    refused(await save('cuti', kepala, besar), 'mulai',
            'Cuti besar baru dapat diberikan setelah bekerja paling singkat 5 tahun secara terus-menerus '
            '(mulai 01/04/2028), kecuali untuk ibadah haji pertama.')
    refused(await save('cuti', kepala, {**besar, 'jenis': 'Di Luar Tanggungan Negara'}), 'mulai',
            'Cuti di luar tanggungan negara baru dapat diberikan setelah bekerja paling singkat 5 tahun '
            'secara terus-menerus (mulai 01/04/2028).')
    assert (await save('cuti', kepala, {**besar, 'ibadah_haji_pertama': True, 'alasan': 'Ibadah haji'})).ok
    refused(await save('cuti', kepala, {**besar, 'jenis': 'Sakit', 'ibadah_haji_pertama': True}),
            'ibadah_haji_pertama', 'Ibadah haji pertama hanya untuk cuti besar.')
    pppk = await pegawai(nama='Rina', status='PPPK', nip='198503122024021003')
    refused(await save('cuti', kepala, {**besar, 'pegawai': pppk.id}), 'jenis', 'Cuti Besar hanya untuk PNS.')
    honorer = await Pegawai.create(nama='Honorer', tanggal_lahir=date(1990, 1, 1), jenis_kelamin='L',
                                   status='Non-ASN', jabatan='Pramu Bakti')
    refused(await save('cuti', kepala, {**besar, 'pegawai': honorer.id, 'jenis': 'Sakit'}), 'pegawai',
            'Pegawai Non-ASN tidak mendapat cuti menurut PP 11/2017.')
    assert await Cuti.all().count() == 1


async def test_the_longest_grant_of_each_kind(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    budi = await pegawai()
    base = {'pegawai': budi.id, 'alasan': 'Perlu'}
    first = date(2026, 1, 5)
    for jenis, last, message in (
            ('Besar', date(2026, 4, 5), 'Cuti besar paling lama 3 bulan.'),
            ('Sakit', date(2027, 7, 5), 'Cuti sakit paling lama 1 tahun 6 bulan.'),
            ('Karena Alasan Penting', date(2026, 2, 5), 'Cuti karena alasan penting paling lama 1 bulan.'),
            ('Di Luar Tanggungan Negara', date(2029, 1, 5), 'Cuti di luar tanggungan negara paling lama 3 tahun.')):
        refused(await save('cuti', kepala, {**base, 'jenis': jenis, **span(first, last)}), 'selesai', message)
        assert (await save('cuti', kepala, {**base, 'jenis': jenis, **span(first, last.replace(day=4))})).ok, jenis


async def test_cuti_melahirkan_first_to_third_birth_of_a_woman(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    sari = await pegawai(nama='Sari', jenis_kelamin='P', nip='198503122010012003')
    budi = await pegawai(nip='198503122010011004')
    base = {'pegawai': sari.id, 'jenis': 'Melahirkan', 'alasan': 'Persalinan',
            **span(date(2026, 3, 2), date(2026, 6, 1))}
    refused(await save('cuti', kepala, base), 'persalinan_ke', 'Isi persalinan ke berapa selama menjadi PNS.')
    refused(await save('cuti', kepala, {**base, 'persalinan_ke': '4'}), 'persalinan_ke',
            'Cuti melahirkan hanya untuk persalinan pertama sampai ketiga; untuk persalinan keempat dan '
            'seterusnya diberikan cuti besar.')
    refused(await save('cuti', kepala, {**base, 'persalinan_ke': '2', 'selesai': '02/06/2026'}), 'selesai',
            'Cuti melahirkan paling lama 3 bulan.')
    refused(await save('cuti', kepala, {**base, 'pegawai': budi.id, 'persalinan_ke': '1'}), 'jenis',
            'Cuti melahirkan hanya untuk pegawai perempuan.')
    refused(await save('cuti', kepala, {**base, 'jenis': 'Sakit', 'persalinan_ke': '1'}), 'persalinan_ke',
            'Persalinan ke- hanya diisi untuk cuti melahirkan.')
    assert (await save('cuti', kepala, {**base, 'persalinan_ke': '3'})).ok
    assert await Cuti.all().count() == 1


async def test_two_decisions_and_a_refusal_gives_the_days_back(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    budi = await pegawai()
    result = await save('cuti', kepala, {'pegawai': budi.id, 'jenis': 'Tahunan', 'alasan': 'Mudik',
                                         'pertimbangan_atasan': 'Perubahan', 'keputusan': 'Ditangguhkan',
                                         **days(date(2026, 7, 6), 4)})
    assert result.ok, result.errors
    row = await Cuti.get(id=result.row.id)
    assert (row.pertimbangan_atasan, row.keputusan) == ('Perubahan', 'Ditangguhkan')
    assert (await saldo_cuti_tahunan(budi, 2026)).total == 20
    assert (await save('cuti', kepala, {'pertimbangan_atasan': 'Tidak Disetujui'}, row_id=row.id)).ok
    assert (await saldo_cuti_tahunan(budi, 2026)).total == 24     # refused by the atasan: not taken
