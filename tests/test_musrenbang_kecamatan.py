"""Issue #15: the musrenbang kecamatan (models/musrenbang.py). Its priority list in the layout of
Tabel T-D.4 of the Lampiran of Permendagri 86/2017, kept within the kecamatan's pagu indikatif and
ranked without gaps; and the usulan desa validated by the Kepala Desa of the desa, not by the
Operator Desa who typed it."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from nicegui.testing import User

from core import records
from core.access import Action, RoleKind, default_rights
from core.listing import ListQuery
from core.record_checks import GENERAL
from exports.report_export import export_report
from models.clock import office_today
from models.musrenbang import Musrenbang, PrioritasKecamatan, StatusUsulan, UsulanMusrenbang
from models.reference import Desa, Instansi
from models.table import TABLES
from tests.conftest import grid, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import JARIT, JUGOSARI, KEUANGAN, actor, desa, refused, save
from tests.rules_lane import lane_db  # noqa: F401  (the fixture the tests ask for)

LAMPIRAN_COLUMNS = ['No', 'Prioritas Daerah', 'Sasaran Daerah', 'Program', 'Kegiatan Prioritas', 'Sasaran Kegiatan',
                    'Lokasi (desa/kel)', 'Volume', 'Pagu', 'Perangkat Daerah Penanggungjawab']


async def forum(pagu: str | None = '1.000.000') -> tuple[object, Musrenbang]:
    staf = await actor(f'Staf {KEUANGAN}', 'staf-keuangan')
    values = {'tahun_rencana': '2027', 'tanggal': '11/02/2026', 'tempat': 'Pendopo Kecamatan',
              'pimpinan_sidang': 'Drs. Sugianto', 'wakil_peserta': 'H. Mashudi'}
    assert (await save('musrenbang', staf, {**values, 'pagu_indikatif': pagu} if pagu else values)).ok
    return staf, await Musrenbang.get()


async def line(staf, musrenbang: Musrenbang, urutan: int, kegiatan: str, pagu: str = '100.000'):
    pd = await Instansi.get(nama='Bappeda')
    return await save('prioritas_kecamatan', staf, {
        'musrenbang': musrenbang.id, 'urutan': str(urutan), 'prioritas_daerah': 'Infrastruktur dasar',
        'sasaran_daerah': 'Jalan mantap', 'program': 'Program jalan', 'kegiatan': kegiatan, 'sasaran_kegiatan': 'Warga',
        'lokasi': 'Desa Jarit', 'volume': '350', 'satuan': 'm', 'pagu': pagu, 'perangkat_daerah': pd.id})


async def ranks() -> dict[str, int]:
    return dict(await PrioritasKecamatan.filter(deleted_at__isnull=True).values_list('kegiatan', 'urutan'))


async def test_the_list_fits_the_pagu_indikatif_to_the_rupiah(lane_db):
    staf, musrenbang = await forum('1.000.000')
    assert (await line(staf, musrenbang, 1, 'Rabat beton', '600.000')).ok
    await musrenbang.refresh_from_db()
    assert (musrenbang.jumlah_pagu, musrenbang.sisa_pagu) == (Decimal(600_000), Decimal(400_000))
    refused(await line(staf, musrenbang, 2, 'Talud', '400.001'), 'pagu',
            'Jumlah pagu daftar prioritas menjadi Rp 1.000.001, melebihi pagu indikatif kecamatan Rp 1.000.000. '
            'Sisa pagu yang masih tersedia: Rp 400.000.')
    assert (await line(staf, musrenbang, 2, 'Talud', '400.000')).ok          # equal to the pagu: allowed
    await musrenbang.refresh_from_db()
    assert (musrenbang.jumlah_pagu, musrenbang.sisa_pagu) == (Decimal(1_000_000), Decimal(0))
    first = await PrioritasKecamatan.get(kegiatan='Rabat beton')
    refused(await save('prioritas_kecamatan', staf, {'pagu': '600.001'}, row_id=first.id), 'pagu', 'melebihi')
    refused(await save('musrenbang', staf, {'pagu_indikatif': '999.999'}, row_id=musrenbang.id), 'pagu_indikatif',
            'Pagu indikatif tidak boleh lebih kecil dari jumlah pagu daftar prioritas yang sudah disepakati '
            '(Rp 1.000.000).')
    kepala = await actor(f'Kepala {KEUANGAN}', 'kasubbag-keuangan')      # a Staf may not delete
    assert (await records.delete(TABLES['prioritas_kecamatan'], kepala, first.id)).ok
    await musrenbang.refresh_from_db()
    assert (musrenbang.jumlah_pagu, musrenbang.sisa_pagu) == (Decimal(400_000), Decimal(600_000))
    # the freed pagu is taken; the deleted line cannot come back over the pagu
    assert (await line(staf, musrenbang, 2, 'Drainase', '600.000')).ok
    restored = await records.restore(TABLES['prioritas_kecamatan'], kepala, first.id)
    assert not restored.ok and 'melebihi pagu indikatif' in restored.errors[GENERAL], restored.errors
    assert (await PrioritasKecamatan.get(id=first.id)).deleted_at is not None


async def test_ranks_stay_unique_and_without_gaps(lane_db):
    staf, musrenbang = await forum(None)
    for urutan, kegiatan in enumerate(('A', 'B', 'C'), start=1):
        assert (await line(staf, musrenbang, urutan, kegiatan)).ok
    assert (await line(staf, musrenbang, 2, 'Baru')).ok                     # takes rank 2, the others move down
    assert await ranks() == {'A': 1, 'Baru': 2, 'B': 3, 'C': 4}
    c = await PrioritasKecamatan.get(kegiatan='C')
    assert (await save('prioritas_kecamatan', staf, {'urutan': '1'}, row_id=c.id)).ok     # moved up
    assert await ranks() == {'C': 1, 'A': 2, 'Baru': 3, 'B': 4}
    c = await PrioritasKecamatan.get(kegiatan='C')
    assert (await save('prioritas_kecamatan', staf, {'urutan': '3'}, row_id=c.id)).ok     # moved down: takes 3
    assert await ranks() == {'A': 1, 'Baru': 2, 'C': 3, 'B': 4}
    assert (await line(staf, musrenbang, 99, 'Akhir')).ok                  # past the end: the next rank
    baru = await PrioritasKecamatan.get(kegiatan='Baru')
    kepala = await actor(f'Kepala {KEUANGAN}', 'kasubbag-keuangan')
    assert (await records.delete(TABLES['prioritas_kecamatan'], kepala, baru.id)).ok      # no gap left
    assert await ranks() == {'A': 1, 'C': 2, 'B': 3, 'Akhir': 4}
    a = await PrioritasKecamatan.get(kegiatan='A')
    assert a.version == 3    # moved twice by others' ranks: an open form of it is stale, its save a conflict


async def test_only_the_kepala_desa_validates_and_the_operator_is_refused(lane_db):
    operator = await actor('Operator Desa', 'op-jarit', JARIT)
    assert (await save('usulan_musrenbang', operator, {
        'tahun_rencana': '2027', 'bidang': 'Infrastruktur', 'kegiatan': 'Rabat beton', 'lokasi': 'Dusun Krajan',
        'volume': '350', 'satuan': 'm', 'perkiraan_biaya': '175.000.000', 'urutan_prioritas': '1',
        'dokumen_sumber': 'RKP Desa', 'sumber_nomor': 'No. 4, hlm. 12'})).ok
    usulan = await UsulanMusrenbang.get()
    refused(await save('usulan_musrenbang', operator, {'status': 'Divalidasi Kades'}, row_id=usulan.id), 'status',
            'Operator Desa hanya memasukkan dan mengusulkan; validasi usulan dilakukan oleh Kepala Desa dari desa '
            'pengusul (atau Subbag Keuangan).')
    other = await actor('Kepala Desa', 'kades-jugosari', JUGOSARI)       # another desa's row is not theirs
    with pytest.raises(records.RecordNotFound):
        await save('usulan_musrenbang', other, {'status': 'Divalidasi Kades'}, row_id=usulan.id)
    refused(await save('usulan_musrenbang', operator, {'dokumen_sumber': 'DU-RKPDesa', 'sumber_nomor': ''},
                       row_id=usulan.id), 'sumber_nomor', 'Isi dokumen sumber')
    kades = await actor('Kepala Desa', 'kades-jarit', JARIT)
    assert (await save('usulan_musrenbang', kades, {'status': 'Divalidasi Kades'}, row_id=usulan.id)).ok
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh, usulan.desa_id) == (StatusUsulan.DIVALIDASI, 'kades-jarit',
                                                                        await desa(JARIT))
    rights = default_rights(RoleKind.KEPALA_DESA, None, list(TABLES.values()))
    assert ('usulan_musrenbang', Action.UBAH) in rights and ('prioritas_kecamatan', Action.LIHAT) not in rights


async def test_the_report_has_the_columns_of_tabel_t_d_4(lane_db):
    staf, musrenbang = await forum('1.000.000')
    assert (await line(staf, musrenbang, 1, 'Rabat beton', '600.000')).ok
    assert (await line(staf, musrenbang, 2, 'Talud', '150.000')).ok
    kepala = await actor(f'Kepala {KEUANGAN}', 'kasubbag-keuangan')
    made, count = await export_report(TABLES['prioritas_kecamatan'], kepala, ListQuery())
    assert count == 2
    ws = openpyxl.load_workbook(made.path).active
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    heading = next(i for i, row in enumerate(cells) if row[0] == 'No')
    assert cells[heading] == LAMPIRAN_COLUMNS
    assert cells[heading + 1] == [f'({n})' for n in range(1, 11)]
    assert 'DAFTAR URUTAN KEGIATAN PRIORITAS KECAMATAN BERDASAR PERANGKAT DAERAH' in cells[heading - 3]
    assert cells[heading - 2][0] == 'Kecamatan Candipuro Tahun 2027'
    assert cells[heading + 2] == [1, 'Infrastruktur dasar', 'Jalan mantap', 'Program jalan', 'Rabat beton', 'Warga',
                                  'Desa Jarit', '350 m', 600000, 'Bappeda']
    assert cells[heading + 3][4] == 'Talud'
    sums = {row[0]: row[8] for row in cells[heading + 4:heading + 7]}
    assert sums == {'Jumlah': 750000, 'Pagu indikatif kecamatan': 1000000, 'Sisa pagu': 250000}
    below = [value for row in cells[heading + 7:] for value in row if value]
    assert 'Pimpinan Sidang,' in below and 'Drs. Sugianto' in below and 'Wakil Peserta,' in below
    assert 'H. Mashudi' in below and 'CAMAT CANDIPURO' in below


async def usulan_of(kode: str, kegiatan: str) -> UsulanMusrenbang:
    return await UsulanMusrenbang.create(tahun_rencana=2027, desa=await Desa.get(kode=kode), bidang='Pertanian',
                                         kegiatan=kegiatan, lokasi='Dusun Krajan', volume=Decimal(100), satuan='m',
                                         perkiraan_biaya=Decimal(50_000_000), urutan_prioritas=1)


async def test_a_kepala_desa_sees_their_desa_and_validates_with_one_tap(user: User) -> None:
    mine = await usulan_of(JARIT, 'Saluran irigasi tersier')
    await usulan_of(JUGOSARI, 'Plengsengan Jugosari')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')             # Jarit's usulan only
    rows = grid(user).options['rowData']
    assert [r['id'] for r in rows] == [mine.id]
    user.find(marker='grid').trigger('cellClicked', {'id': mine.id, 'version': rows[0]['version']})
    await user.should_see('Usulan 2027 #1 Saluran irigasi tersier divalidasi.', retries=30)
    await mine.refresh_from_db()
    assert (mine.status, mine.divalidasi_oleh, mine.tanggal_validasi) == (StatusUsulan.DIVALIDASI, 'kades.jarit',
                                                                         office_today())
    await until(lambda: grid(user).options['rowData'][0]['status'], equals='Divalidasi Kades')


async def test_the_operator_desa_is_not_offered_the_validasi_button(user: User) -> None:
    """The Operator Desa may edit the usulan but not validate it: the one-tap column is not shown
    (QuickAction.offered_to); the server refuses the tap anyway (test above)."""
    await usulan_of(JARIT, 'Saluran irigasi tersier')
    await create_account('op.jarit', 'Operator Desa', desa_kode=JARIT)
    await log_in_as(user, 'op.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    assert '_aksi' not in [c.get('colId') for c in grid(user).options['columnDefs']]
