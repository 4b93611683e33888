"""Sifat Rahasia (issue #14): a letter marked Rahasia is seen only by the roles the matrix gives
"Surat rahasia" (core.access.RAHASIA_RIGHT; by default the Camat, the Sekretaris Kecamatan and the
Subbag Umum) and by whom one of its disposisi names; its disposisi follow it. Every path that reads
rows goes through the one row scope (core.access.scope), so each is checked here with a role without
the right (the Kepala Seksi Pemerintahan, given lihat on the letters' tables), one with it, and the
addressee of a disposisi."""
from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from nicegui.testing import User
from PIL import Image

from core import access, record_files, records
from core.access import RAHASIA_RIGHT, SURAT_RAHASIA, Action
from core.accounts import role_rights, seed_accounts, set_permission
from core.dashboard_figures import table_counts
from core.for_me import items_for
from core.global_search import search
from core.importer import OnDuplicate, Status
from core.record_checks import GENERAL
from core.listing import ListQuery, count_rows, export_chunks, fetch_page
from exports.import_files import plan_import
from exports.pdf_print import print_record
from exports.report_export import export_report
from locales import t
from models.accounts import MatrixTable, Role, RolePermission
from models.persuratan import Disposisi, Ekspedisi, Sifat, SuratKeluar, SuratMasuk
from models.table import TABLES
from tests.conftest import grid_column, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import actor, lane_db  # noqa: F401

KASI = 'Kepala Seksi Pemerintahan'
SURAT, DISPOSISI = TABLES['surat_masuk'], TABLES['disposisi']
DAY = date(2026, 11, 5)


async def letter(no: int, perihal: str, sifat: Sifat = Sifat.BIASA, berkas=None) -> SuratMasuk:
    return await SuratMasuk.create(tahun=2026, no_agenda=no, tanggal_diterima=DAY, nomor_surat=f'005/{no}/2026',
                                   tanggal_surat=DAY, asal_surat='Polres Lumajang', perihal=perihal, sifat=sifat,
                                   berkas=berkas or [])


async def disposisi(surat: SuratMasuk, kepada: str) -> Disposisi:
    return await Disposisi.create(surat_masuk=surat, tanggal=DAY, dari_jabatan='Camat', kepada_jabatan=kepada,
                                  isi='Mohon ditindaklanjuti.')


async def kasi(*tables: str, actions=(Action.LIHAT,), username: str = 'kasi.pem'):
    """The Kepala Seksi Pemerintahan, with `actions` on `tables` ticked in the matrix."""
    role = await Role.get(nama=KASI)
    for table in tables:
        for action in actions:
            await set_permission(role, table, action, True)
    return await actor(KASI, username)


async def seen(who, spec=SURAT, **query) -> set[int]:
    page = await fetch_page(spec, who, ListQuery(page_size=100, **query))
    return {row['id'] for row in page.rows}


@pytest.fixture
async def letters(lane_db):  # noqa: F811
    return await letter(1, 'Undangan rapat koordinasi'), await letter(2, 'Penyelidikan kasus korupsi', Sifat.RAHASIA)


async def test_the_right_is_the_camat_sekcam_and_subbag_umums_by_default(lane_db) -> None:  # noqa: F811
    holders = {role.nama for role in await Role.all() if RAHASIA_RIGHT in await role_rights(role)}
    assert holders == {'Camat', 'Sekretaris Kecamatan', 'Kepala Subbag Umum dan Kepegawaian',
                       'Staf Subbag Umum dan Kepegawaian'}
    # a database made before the right existed gets its defaults once; the administrator's choice stays
    await RolePermission.filter(tabel=SURAT_RAHASIA).delete()
    await MatrixTable.filter(tabel=SURAT_RAHASIA).delete()
    await seed_accounts()
    assert {r.nama for r in await Role.all() if RAHASIA_RIGHT in await role_rights(r)} == holders
    camat = await Role.get(nama='Camat')
    await set_permission(camat, SURAT_RAHASIA, Action.LIHAT, False)
    await seed_accounts()
    assert RAHASIA_RIGHT not in await role_rights(camat)


async def test_the_grid_count_and_filters_show_a_rahasia_letter_only_with_the_right(letters) -> None:
    biasa, rahasia = letters
    without = await kasi('surat_masuk')
    assert await seen(without) == {biasa.id}
    assert await count_rows(SURAT, without, ListQuery()) == 1
    assert await count_rows(SURAT, without, ListQuery(search='korupsi')) == 0
    assert await count_rows(SURAT, without, ListQuery(filters={'sifat': [Sifat.RAHASIA.value]})) == 0
    camat = await actor('Camat', 'camat')
    assert await seen(camat) == {biasa.id, rahasia.id}
    assert await count_rows(SURAT, camat, ListQuery()) == 2
    staf_umum = await actor('Staf Subbag Umum dan Kepegawaian', 'agendaris')
    assert await seen(staf_umum) == {biasa.id, rahasia.id}


async def test_the_addressee_of_a_disposisi_sees_the_letter_and_its_disposisi(letters) -> None:
    biasa, rahasia = letters
    without = await kasi('surat_masuk')
    to_sekcam = await disposisi(rahasia, 'Sekretaris Kecamatan')
    assert await seen(without, DISPOSISI) == set()
    assert await count_rows(DISPOSISI, without, ListQuery(parent=('surat_masuk', rahasia.id))) == 0
    to_kasi = await disposisi(rahasia, 'Kasi Pemerintahan')          # the short title names them too
    assert await seen(without) == {biasa.id, rahasia.id}
    assert await seen(without, DISPOSISI) == {to_sekcam.id, to_kasi.id}  # the letter's disposisi follow it
    assert await records.load_row(SURAT, without, rahasia.id)
    assert [item.row_id for item in await items_for(without) if item.table == 'disposisi'] == [to_kasi.id]
    await records.delete(DISPOSISI, await actor('Kepala Subbag Umum dan Kepegawaian', 'kasubbag'), to_kasi.id)
    assert await seen(without) == {biasa.id}                         # a deleted disposisi names no one


async def test_a_disposisi_addressed_to_someone_without_the_letter_is_still_theirs(letters) -> None:
    _, rahasia = letters
    other = await disposisi(rahasia, 'Kasi Pemerintahan')
    staf = await actor('Staf Seksi Pemerintahan', 'staf.pem')        # no disposisi names the Staf
    await set_permission(await Role.get(nama='Staf Seksi Pemerintahan'), 'disposisi', Action.LIHAT, True)
    assert await seen(staf, DISPOSISI) == set()
    mine = await disposisi(rahasia, 'Staf Seksi Pemerintahan')
    assert await seen(staf, DISPOSISI) == {other.id, mine.id}


async def test_search_export_report_and_dashboard_leave_the_letter_out(letters) -> None:
    biasa, rahasia = letters
    without = await kasi('surat_masuk', actions=(Action.LIHAT, Action.EKSPOR))
    found = {group.table: [hit.id for hit in group.hits] for group in await search(without, 'korupsi')}
    assert 'surat_masuk' not in found
    found = {group.table: [hit.id for hit in group.hits] for group in await search(without, 'rapat korupsi undangan')}
    assert rahasia.id not in found.get('surat_masuk', [])
    exported = [row async for chunk in export_chunks(SURAT, without, ListQuery(), ['perihal']) for row in chunk]
    assert exported == [('Undangan rapat koordinasi',)]
    made, count = await export_report(SURAT, without, ListQuery())
    book = openpyxl.load_workbook(io.BytesIO(made.path.read_bytes()))
    cells = {str(c.value) for row in book.active.iter_rows() for c in row if c.value is not None}
    assert count == 1 and 'Penyelidikan kasus korupsi' not in cells and 'Undangan rapat koordinasi' in cells
    assert (await table_counts(without, [SURAT]))['surat_masuk'][0] == 1
    camat = await actor('Camat', 'camat')
    assert (await table_counts(camat, [SURAT]))['surat_masuk'][0] == 2
    found = {group.table: [hit.id for hit in group.hits] for group in await search(camat, 'korupsi')}
    assert found['surat_masuk'] == [rahasia.id]


async def test_a_forged_edit_a_row_history_a_print_and_a_scan_are_refused(letters) -> None:
    _, rahasia = letters
    camat = await actor('Camat', 'camat')
    out = io.BytesIO()
    Image.new('RGB', (64, 48), 'red').save(out, 'JPEG')
    scan = out.getvalue()
    described = await record_files.accept_upload(await actor('Staf Subbag Umum dan Kepegawaian', 'agendaris'),
                                                 SURAT, 'berkas', 'scan.jpg', scan)
    await SuratMasuk.filter(id=rahasia.id).update(berkas=[described])
    record_files.forget()
    without = await kasi('surat_masuk', 'disposisi', actions=(Action.LIHAT, Action.TAMBAH, Action.UBAH))
    with pytest.raises(records.RecordNotFound):                         # the row's history opens through it
        await records.load_row(SURAT, without, rahasia.id)
    with pytest.raises(records.RecordNotFound):
        await records.save(SURAT, without, {'perihal': 'Diubah'}, row_id=rahasia.id)
    assert (await SuratMasuk.get(id=rahasia.id)).perihal == 'Penyelidikan kasus korupsi'
    where = dict(table='surat_masuk', row_id=rahasia.id, name='berkas')
    with pytest.raises(record_files.FileUnavailable):
        await record_files.open_file(without, described['sha256'], **where)
    with pytest.raises(record_files.FileUnavailable):
        await record_files.open_file(without, described['sha256'])
    assert (await record_files.open_file(camat, described['sha256'], **where)).data == scan
    forged = await records.save(DISPOSISI, without, {'surat_masuk': rahasia.id, 'tanggal': '06/11/2026',
                                                      'dari_jabatan': 'Camat', 'kepada_jabatan': 'Kasi Pemerintahan'})
    assert forged.errors == {'surat_masuk': t('rekaman.pilihan_hilang')}   # a disposisi on a letter they cannot see
    with pytest.raises(records.RecordNotFound):
        await print_record(SURAT, without, rahasia.id)
    assert (await print_record(SURAT, camat, rahasia.id)).path.read_bytes().startswith(b'%PDF')
    await disposisi(rahasia, 'Kasi Pemerintahan')
    assert (await print_record(SURAT, without, rahasia.id)).path.read_bytes().startswith(b'%PDF')


async def test_an_import_does_not_update_a_rahasia_letter_by_its_key(letters) -> None:
    without = await kasi('surat_masuk', actions=(Action.LIHAT, Action.TAMBAH, Action.UBAH))
    book = openpyxl.Workbook()
    book.active.append(['No. Agenda', 'Tanggal Diterima', 'Nomor Surat', 'Tanggal Surat', 'Asal Surat', 'Perihal'])
    for no in (1, 2):
        book.active.append([no, '05/11/2026', f'005/{no}/2026', '05/11/2026', 'Polres Lumajang', 'Dari berkas'])
    data = io.BytesIO()
    book.save(data)
    plan = await plan_import(SURAT, without, data.getvalue(), 'surat.xlsx', on_duplicate=OnDuplicate.UPDATE)
    assert plan.rows[0].status == Status.UPDATE and not plan.rows[0].errors
    assert 'tidak berhak mengubahnya' in plan.rows[1].errors.get(GENERAL, ''), plan.rows[1].errors


async def test_a_rahasia_surat_keluar_and_its_ekspedisi(lane_db) -> None:  # noqa: F811
    umum = await actor('Staf Subbag Umum dan Kepegawaian', 'agendaris')
    from models.reference import KlasifikasiArsip
    kode = (await KlasifikasiArsip.first()).id
    ids = []
    for sifat, perihal in ((Sifat.BIASA, 'Undangan'), (Sifat.SANGAT_RAHASIA, 'Laporan intelijen')):
        saved = await records.save(TABLES['surat_keluar'], umum, {
            'tanggal_surat': '05/11/2026', 'tujuan': 'Bupati', 'perihal': perihal, 'klasifikasi': kode,
            'sifat': sifat.value, 'penandatangan': 'Camat'})
        assert saved.ok, saved.errors
        await Ekspedisi.create(surat_keluar_id=saved.row.id, tanggal_kirim=DAY, tujuan='Bupati')
        ids.append(saved.row.id)
    without = await kasi('surat_keluar', 'ekspedisi_surat_keluar')
    assert await seen(without, TABLES['surat_keluar']) == {ids[0]}
    assert {e.surat_keluar_id for e in await Ekspedisi.filter(
        id__in=await seen(without, TABLES['ekspedisi_surat_keluar']))} == {ids[0]}
    assert await seen(umum, TABLES['surat_keluar']) == set(ids)
    assert await SuratKeluar.filter(id__in=ids).count() == 2


async def test_the_administrator_ticks_surat_rahasia_and_the_role_sees_the_letter(user: User) -> None:
    await letter(1, 'Undangan rapat koordinasi')
    rahasia = await letter(2, 'Penyelidikan kasus korupsi', Sifat.RAHASIA)
    await disposisi(rahasia, 'Sekretaris Kecamatan')
    role = await Role.get(nama=KASI)
    await set_permission(role, 'surat_masuk', Action.LIHAT, True)
    await create_account('kasi.pem', KASI)
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasi.pem', next_path='/tabel/surat_masuk')
    await until(lambda: grid_column(user, 'perihal'), equals=['Undangan rapat koordinasi'])
    # a link naming the letter by its id (the disposisi of surat 2) shows nothing of it
    await user.open(f'/tabel/disposisi?surat_masuk={rahasia.id}')
    await user.should_see(marker='ringkasan', content='dari 0 data')
    await user.should_not_see('korupsi')

    admin = User(user.http_client.__class__(transport=user.http_client._transport, base_url='http://test'))
    await log_in_as(admin, 'kasubbag.it', next_path='/pengaturan')
    admin.find(marker='tab-matriks').click()
    with admin:
        next(iter(admin.find(marker='matriks-peran').elements)).value = role.id
    await admin.should_see(marker=f'matriks-peran-{role.id}', retries=30)
    await admin.should_see('Surat rahasia')
    admin.find(marker=f'cek-{SURAT_RAHASIA}-lihat').click()
    await until(lambda: RolePermission.filter(role_id=role.id, tabel=SURAT_RAHASIA, aksi='lihat').exists())
    assert access.RAHASIA_RIGHT in await role_rights(role)

    await user.open('/tabel/surat_masuk')     # the same session, the next request
    await until(lambda: sorted(grid_column(user, 'perihal')),
                equals=['Penyelidikan kasus korupsi', 'Undangan rapat koordinasi'])


async def test_only_who_sees_rahasia_may_mark_a_letter_so(letters) -> None:
    """Without the right, marking a letter Rahasia would make it vanish from the writer's own view:
    refused beside Sifat, nothing saved; the Subbag Umum (with the right) may."""
    biasa, _ = letters
    without = await kasi('surat_masuk', actions=(Action.LIHAT, Action.TAMBAH, Action.UBAH))
    for sifat in (Sifat.RAHASIA, Sifat.SANGAT_RAHASIA):
        refused = await records.save(SURAT, without, {'sifat': sifat.value}, row_id=biasa.id)
        assert refused.errors == {'sifat': t('aturan.surat.rahasia_tanpa_hak', sifat=sifat.value)}
    assert (await SuratMasuk.get(id=biasa.id)).sifat == Sifat.BIASA
    new = await records.save(SURAT, without, {'tahun': 2026, 'no_agenda': 9, 'tanggal_diterima': '05/11/2026',
                                              'nomor_surat': '005/9/2026', 'tanggal_surat': '05/11/2026',
                                              'asal_surat': 'Polres Lumajang', 'perihal': 'Baru',
                                              'sifat': Sifat.RAHASIA.value})
    assert set(new.errors) == {'sifat'} and not await SuratMasuk.filter(no_agenda=9).exists()
    assert (await records.save(SURAT, without, {'perihal': 'Tetap biasa'}, row_id=biasa.id)).ok
    umum = await actor('Staf Subbag Umum dan Kepegawaian', 'agendaris')
    assert (await records.save(SURAT, umum, {'sifat': Sifat.RAHASIA.value}, row_id=biasa.id)).ok
