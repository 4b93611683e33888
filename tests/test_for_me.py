"""'Untuk saya' (core.for_me, pages.for_me): each role's list is what waits for them, within their
rights and row scope, with its deadline in working days; the counts match the grids they open; a
disposisi is marked Ditindaklanjuti in one click with a note, through the one write path."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from nicegui import ui
from nicegui.testing import User

from core.access import Action
from core.accounts import load_actor, set_permission
from core.for_me import SOURCE_BY_TABLE, SOURCES, counts_for, items_for, jabatan_names
from core.listing import ListQuery, count_rows, read_link_filters
from forms import indonesian
from models.accounts import Role
from models.audit import AuditAction, AuditEntry
from models.choices import RoleKind
from models.informasi import PermohonanDataDesa
from models.musrenbang import StatusUsulan, UsulanMusrenbang
from models.pelayanan import JenisLayanan, RegisterLayanan, StatusLayanan
from models.pemerintahan_desa import EvaluasiApbdes, StatusEvaluasi, evaluasi_clocks
from models.persuratan import Disposisi, StatusDisposisi, SuratMasuk
from models.process_map import Section
from models.reference import Desa
from models.table import TABLES
from models.workdays import add_working_days, subtract_working_days
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as

TODAY = date(2026, 11, 11)          # a Wednesday, no holiday near
KASI_PEMERINTAHAN = 'Kepala Seksi Pemerintahan'
KEPALA_PELAYANAN = 'Kepala Seksi Pelayanan Umum'
JARIT, JUGOSARI = '35.08.03.2002', '35.08.03.2001'


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(indonesian, 'today', lambda: TODAY)


def element(user: User, marker: str) -> ui.element:
    with user:
        return next(iter(user.find(marker=marker).elements))


async def make_surat(no: int, perihal: str) -> SuratMasuk:
    day = date(2026, 11, 2)
    return await SuratMasuk.create(tahun=2026, no_agenda=no, tanggal_diterima=day, nomor_surat=f'005/{no}/2026',
                                   tanggal_surat=day, asal_surat='BPBD', perihal=perihal)


async def make_disposisi(surat: SuratMasuk, kepada: str, batas: date,
                         status: StatusDisposisi = StatusDisposisi.BELUM_DIBACA) -> Disposisi:
    return await Disposisi.create(surat_masuk=surat, tanggal=date(2026, 11, 2), dari_jabatan='Camat Candipuro',
                                  kepada_jabatan=kepada, isi='Mohon ditindaklanjuti.', batas_waktu=batas,
                                  status=status)


async def make_evaluasi(desa: Desa, terima: date, tahun: int = 2027) -> EvaluasiApbdes:
    """An evaluasi as derive() would store it on TODAY (.create skips derive): its status and batas waktu."""
    clocks = evaluasi_clocks(terima, None, None, None, None, TODAY)
    return await EvaluasiApbdes.create(desa=desa, tahun=tahun, tanggal_terima=terima, **clocks)


def test_every_source_is_read_as_the_grid_reads_its_filters() -> None:
    for source in SOURCES:
        assert len(source.conditions()) == len(source.open) >= 1, source.table


async def test_an_evaluasi_leaves_the_list_once_it_is_berlaku_dengan_sendirinya(user: User) -> None:
    """The stored clock decides: an evaluasi whose 20 working days passed without a result is no longer
    waiting for the section, though it has no hasil."""
    desa = await Desa.get(kode=JARIT)
    waiting = await make_evaluasi(desa, subtract_working_days(TODAY, 16))
    lapsed = await make_evaluasi(desa, subtract_working_days(TODAY, 25), tahun=2026)
    assert lapsed.status == StatusEvaluasi.BERLAKU_SENDIRI and lapsed.hasil is None
    kasi = await load_actor((await create_account('kasi.pem', KASI_PEMERINTAHAN)).id)
    await set_permission(await Role.get(nama=KASI_PEMERINTAHAN), 'disposisi', Action.LIHAT, False)
    items = await items_for(kasi)
    assert [(i.table, i.row_id, i.deadline) for i in items] == [('evaluasi_apbdes', waiting.id, waiting.batas_waktu)]
    assert (await counts_for(kasi))['evaluasi_apbdes'] == 1


async def grant_disposisi(role_name: str) -> None:
    """Lihat and ubah on disposisi: every Kepala's by default (docs/design.md §Roles), ticked again
    here where a test withdrew them."""
    role = await Role.get(nama=role_name)
    for action in (Action.LIHAT, Action.UBAH):
        await set_permission(role, 'disposisi', action, True)


def test_a_role_answers_to_the_jabatan_a_disposisi_names() -> None:
    assert 'Kasi Pemerintahan' in jabatan_names(KASI_PEMERINTAHAN, RoleKind.KEPALA, Section.PEMERINTAHAN)
    assert 'Kasubbag Keuangan' in jabatan_names('Kepala Subbag Keuangan', RoleKind.KEPALA, Section.KEUANGAN)
    assert jabatan_names('Staf Seksi Pemerintahan', RoleKind.STAF, Section.PEMERINTAHAN) == (
        'Staf Seksi Pemerintahan',)
    assert jabatan_names('Camat', RoleKind.PIMPINAN, None) == ('Camat',)


async def test_a_kasi_sees_the_disposisi_to_their_jabatan_most_urgent_first(user: User) -> None:
    lahar = await make_surat(1, 'Kesiapsiagaan lahar Semeru')
    rapat = await make_surat(2, 'Undangan rapat koordinasi')
    late = await make_disposisi(lahar, 'Kasi Pemerintahan', subtract_working_days(TODAY, 2))
    soon = await make_disposisi(rapat, 'kasi pemerintahan kecamatan', add_working_days(TODAY, 3))
    await make_disposisi(rapat, 'Kasi Pelayanan Umum', TODAY)                       # someone else's
    await make_disposisi(lahar, 'Kasi Pemerintahan', TODAY, StatusDisposisi.SELESAI)   # done
    desa = await Desa.get(kode=JARIT)
    evaluasi = await make_evaluasi(desa, subtract_working_days(TODAY, 16))
    kasi = await create_account('kasi.pem', KASI_PEMERINTAHAN)

    # with the right to see disposisi withdrawn in the matrix, none of them (the evaluasi is the section's own table)
    await set_permission(await Role.get(nama=KASI_PEMERINTAHAN), 'disposisi', Action.LIHAT, False)
    before = await items_for(await load_actor(kasi.id))
    assert [(i.table, i.row_id) for i in before] == [('evaluasi_apbdes', evaluasi.id)]

    await grant_disposisi(KASI_PEMERINTAHAN)
    items = await items_for(await load_actor(kasi.id))
    assert [(i.table, i.row_id) for i in items] == [('disposisi', late.id), ('disposisi', soon.id),
                                                    ('evaluasi_apbdes', evaluasi.id)]

    await log_in_as(user, 'kasi.pem', next_path='/untuk-saya')
    await user.should_see('Kesiapsiagaan lahar Semeru', retries=30)
    await user.should_not_see('Kasi Pelayanan Umum')
    texts = {(i.table, i.row_id): element(user, f'tenggat-{i.table}-{i.row_id}').text for i in items}
    assert texts['disposisi', late.id] == 'lewat 2 hari kerja (batas 09/11/2026)'
    assert texts['disposisi', soon.id] == 'sisa 3 hari kerja (s.d. 16/11/2026)'
    assert texts['evaluasi_apbdes', evaluasi.id] == 'sisa 4 hari kerja (s.d. 17/11/2026)'   # its batas waktu
    await until(lambda: element(user, 'untuk-saya-badge').text, equals='3')
    assert element(user, 'untuk-saya-badge').visible


async def test_a_kepala_pelayanan_sees_the_open_paten_requests_as_the_grid_counts_them(user: User) -> None:
    layanan = await JenisLayanan.first()
    for no, status, batas in ((1, StatusLayanan.DITERIMA, add_working_days(TODAY, 1)),
                              (2, StatusLayanan.DIPROSES, subtract_working_days(TODAY, 1)),
                              (3, StatusLayanan.SELESAI, TODAY)):
        await RegisterLayanan.create(tahun=2026, no_registrasi=no, tanggal=date(2026, 11, 2), nik='3508035203900002',
                                     nama_pemohon=f'Pemohon {no}', layanan=layanan, status=status, batas_waktu=batas,
                                     tanggal_selesai=TODAY if status == StatusLayanan.SELESAI else None)
    kepala = await create_account('kasi.pel', KEPALA_PELAYANAN)
    actor = await load_actor(kepala.id)
    items = await items_for(actor)
    assert [i.title for i in items] == ['2/2026 Pemohon 2', '1/2026 Pemohon 1']

    link = SOURCE_BY_TABLE['register_layanan'].grid_link()
    spec = TABLES['register_layanan']
    filters = read_link_filters(spec, parse_qs(urlsplit(link).query)).filters
    assert (await counts_for(actor))['register_layanan'] == await count_rows(spec, actor, ListQuery(filters=filters)) == 2

    await log_in_as(user, 'kasi.pel', next_path='/untuk-saya')
    await user.should_see('lewat 1 hari kerja (batas 10/11/2026)', retries=30)
    await user.should_see('sisa 1 hari kerja (s.d. 12/11/2026)')
    user.find(marker='tabel-register_layanan').click()
    await user.should_see('Menampilkan 1–2 dari 2 data', retries=30)


async def make_usulan(desa_kode: str, priority: int, kegiatan: str) -> UsulanMusrenbang:
    return await UsulanMusrenbang.create(tahun_rencana=2027, desa=await Desa.get(kode=desa_kode), bidang='Infrastruktur',
                                         kegiatan=kegiatan, lokasi='Dusun Krajan', volume=Decimal(100), satuan='m',
                                         perkiraan_biaya=Decimal(50_000_000), urutan_prioritas=priority)


async def test_an_operator_desa_sees_only_their_desas_items(user: User) -> None:
    mine = await make_usulan(JARIT, 1, 'Rabat beton Dusun Krajan')
    await make_usulan(JUGOSARI, 1, 'Plengsengan Jugosari')
    validated = await make_usulan(JARIT, 2, 'Sudah divalidasi')
    validated.status = StatusUsulan.DIVALIDASI
    await validated.save()
    for kode, perihal in ((JARIT, 'Data stunting Jarit'), (JUGOSARI, 'Data stunting Jugosari')):
        await PermohonanDataDesa.create(desa=await Desa.get(kode=kode), tanggal=date(2026, 11, 9), perihal=perihal,
                                        jenis_data='Stunting')
    operator = await create_account('op.jarit', 'Operator Desa', desa_kode=JARIT)
    actor = await load_actor(operator.id)
    items = await items_for(actor)
    assert sorted(i.title for i in items) == ['2026-11-09 Data stunting Jarit'.replace('2026-11-09', '09/11/2026'),
                                              f'2027 #1 {mine.kegiatan}']
    assert await counts_for(actor) == {'permohonan_data_desa': 1, 'usulan_musrenbang': 1}

    await log_in_as(user, 'op.jarit', next_path='/untuk-saya')
    await user.should_see('Rabat beton Dusun Krajan', retries=30)
    await user.should_see('masuk 2 hari kerja lalu')
    await user.should_not_see('Jugosari')
    await user.should_not_see('Sudah divalidasi')
    await until(lambda: element(user, 'untuk-saya-badge').text, equals='2')

    await user.open('/')      # the home page's card: the same items, and the way to the whole list
    await user.should_see(marker='untuk-saya-kartu')
    await user.should_see('Rabat beton Dusun Krajan')
    assert element(user, 'untuk-saya-jumlah').text == '2'


async def test_a_disposisi_is_marked_ditindaklanjuti_in_one_click_with_a_note(user: User) -> None:
    surat = await make_surat(1, 'Kesiapsiagaan lahar Semeru')
    disposisi = await make_disposisi(surat, 'Kasi Pemerintahan', add_working_days(TODAY, 2))
    await grant_disposisi(KASI_PEMERINTAHAN)
    await create_account('kasi.pem', KASI_PEMERINTAHAN)
    await log_in_as(user, 'kasi.pem', next_path='/untuk-saya')
    await user.should_see('Kesiapsiagaan lahar Semeru', retries=30)

    user.find(marker=f'tindak-lanjut-{disposisi.id}').click()
    await user.should_see(marker='catatan-tindak-lanjut')
    user.find(marker='simpan-tindak-lanjut').click()
    await user.should_see('Tulis catatan tindak lanjutnya.', retries=30)
    assert (await Disposisi.get(id=disposisi.id)).status == StatusDisposisi.BELUM_DIBACA

    user.find(marker='catatan-tindak-lanjut').type('Sudah koordinasi dengan BPBD')
    user.find(marker='simpan-tindak-lanjut').click()
    await user.should_see('Disposisi ditandai ditindaklanjuti.', retries=30)
    row = await until(lambda: Disposisi.get_or_none(id=disposisi.id, status=StatusDisposisi.DITINDAKLANJUTI))
    assert row.isi == 'Mohon ditindaklanjuti.\nTindak lanjut 11/11/2026 (kasi.pem): Sudah koordinasi dengan BPBD'
    assert row.version == disposisi.version + 1
    entry = await AuditEntry.get(tabel='disposisi', baris_id=disposisi.id, aksi=AuditAction.UBAH)
    assert entry.pengguna == 'kasi.pem'
    assert entry.sesudah['status'] == 'Ditindaklanjuti' and 'Sudah koordinasi' in entry.sesudah['isi']
    # still waiting (not Selesai), without the button
    await user.should_not_see(marker=f'tindak-lanjut-{disposisi.id}', retries=30)
    await user.should_see(marker=f'untuk-disposisi-{disposisi.id}')


async def test_a_click_on_an_item_opens_its_record(user: User) -> None:
    surat = await make_surat(1, 'Kesiapsiagaan lahar Semeru')
    disposisi = await make_disposisi(surat, 'Kasi Pemerintahan', add_working_days(TODAY, 2))
    await grant_disposisi(KASI_PEMERINTAHAN)
    await create_account('kasi.pem', KASI_PEMERINTAHAN)
    await log_in_as(user, 'kasi.pem', next_path='/untuk-saya')
    await user.should_see('Kesiapsiagaan lahar Semeru', retries=30)
    user.find(marker=f'buka-disposisi-{disposisi.id}').click()
    await user.should_see('Ubah Disposisi', retries=30)
    await user.should_see(marker='formulir')
