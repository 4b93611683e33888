"""Issue #15: the kode rekening belanja of Kepmendagri 050-5889/2021 seeded as data (core/seed_data/
rekening_belanja.json), and a budget line or a BKU payment naming a code not in it refused beside
Kode Rekening, until the Subbag Keuangan adds the code of a later update."""
from __future__ import annotations

from models.keuangan import RekeningBelanja
from models.perencanaan import Level, ProgramKegiatan
from tests.rules_lane import KEUANGAN, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401

KEPALA_KEUANGAN = f'Kepala {KEUANGAN}'
UNKNOWN = '5.1.02.01.01.9998'   # well formed, in no list
MESSAGE = 'Kode rekening 5.1.02.01.01.9998 tidak ada di daftar Kode Rekening Belanja'


async def test_the_whole_list_is_seeded_with_its_names(lane_db):
    assert await RekeningBelanja.all().count() == 3413
    names = dict(await RekeningBelanja.filter(kode__in=['5', '5.1.01', '5.1.02.01.01.0024', '5.1.02.02.01.0061',
                                                         '5.2.02.10.01.0002', '5.4.02.05.01.0001'])
                 .values_list('kode', 'nama'))
    assert names == {'5': 'BELANJA DAERAH', '5.1.01': 'Belanja Pegawai',
                     '5.1.02.01.01.0024': 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
                     '5.1.02.02.01.0061': 'Belanja Tagihan Listrik',
                     '5.2.02.10.01.0002': 'Belanja Modal Personal Computer',
                     '5.4.02.05.01.0001': 'Belanja Bantuan Keuangan Umum Daerah Provinsi atau Kabupaten/Kota kepada Desa'}


async def test_a_code_not_in_the_list_is_refused_until_keuangan_adds_it(lane_db):
    kepala = await actor(KEPALA_KEUANGAN)
    await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.08', level=Level.KEGIATAN, kode_induk='7.01.01', nama='Adm')
    sub = await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.08.0001', level=Level.SUB_KEGIATAN,
                                       kode_induk='7.01.01.2.08', nama='Surat Menyurat')
    line = {'tahun': '2026', 'sub_kegiatan': sub.id, 'uraian': 'Belanja baru', 'pagu': '1.000.000'}
    refused(await save('anggaran', kepala, {**line, 'kode_rekening': UNKNOWN}), 'kode_rekening', MESSAGE)
    refused(await save('buku_kas_umum', kepala, {'tanggal': '05/02/2026', 'no_bukti': 'BKU-1', 'uraian': 'Bayar',
                                                 'kode_rekening': UNKNOWN, 'pengeluaran': '100.000'}),
            'kode_rekening', MESSAGE)
    refused(await save('anggaran', kepala, {**line, 'kode_rekening': '5.1.2'}), 'kode_rekening',
            'Kode rekening belanja ditulis seperti 5.1.02.01.01.0024.')   # the form's own message comes first
    assert (await save('rekening_belanja', kepala, {'kode': UNKNOWN, 'nama': 'Belanja dari pemutakhiran'})).ok
    assert (await save('anggaran', kepala, {**line, 'kode_rekening': UNKNOWN})).ok


async def test_a_deleted_code_is_not_seeded_back(lane_db):
    from core import records
    from core.seed import seed_rekening_belanja
    from models.table import TABLES
    kepala = await actor(KEPALA_KEUANGAN)
    row = await RekeningBelanja.get(kode='5.3.01.01.01.0001')
    assert (await records.delete(TABLES['rekening_belanja'], kepala, row.id)).ok
    await seed_rekening_belanja()
    assert await RekeningBelanja.filter(kode='5.3.01.01.01.0001', deleted_at__isnull=True).count() == 0
