"""The grid and the form on a phone-size screen (issue #7.8), as the server builds them: a Kepala Desa
(bound to their desa like an Operator Desa) validates an usulan musrenbang with one tap, through core.records
and the role matrix like every write, and is refused on the server for anything else; the key
column stays in view, the desa column is left out for an Operator Desa, the secondary buttons are
in one ⋮ menu, and the form opens full screen."""
from __future__ import annotations

from decimal import Decimal

from nicegui.testing import User

from core.access import Action
from core.accounts import set_permission
from models.accounts import Role
from models.clock import office_today
from models.musrenbang import StatusUsulan, UsulanMusrenbang
from models.reference import Desa
from tests.conftest import grid, handled, open_form_by, until
from tests.helpers_auth import create_account, log_in_as

JARIT, JUGOSARI = '35.08.03.2002', '35.08.03.2001'


def row_of(user: User, row_id: int) -> dict:
    return next(r for r in grid(user).options['rowData'] if r['id'] == row_id)


async def make_usulan(desa_kode: str, priority: int, kegiatan: str) -> UsulanMusrenbang:
    desa = await Desa.get(kode=desa_kode)
    return await UsulanMusrenbang.create(tahun_rencana=2027, desa=desa, bidang='Pertanian', kegiatan=kegiatan,
                                         lokasi=f'Dusun {priority}', volume=Decimal(100), satuan='m',
                                         perkiraan_biaya=Decimal(50_000_000), urutan_prioritas=priority)


def tap_validasi(user: User, row: dict) -> None:
    """What the browser sends when the Validasi button of a row is tapped."""
    user.find(marker='grid').trigger('cellClicked', {'id': row['id'], 'version': row['version']})


async def test_a_kepala_desa_validates_an_usulan_of_their_desa_with_one_tap(user: User) -> None:
    usulan = await make_usulan(JARIT, 1, 'Saluran irigasi tersier')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    columns = grid(user).options['columnDefs']
    quick = columns[0]
    assert quick['field'] == '_aksi' and quick['cellRendererParams']['when'] == 'Diusulkan'
    assert quick['cellRendererParams']['text'] == 'Validasi'
    assert 'desa' not in [c['field'] for c in columns]           # their own desa only: no Desa column
    pinned = [c['field'] for c in columns if ':pinned' in c]
    assert pinned == ['kegiatan']                                 # the key column stays in view on a phone

    tap_validasi(user, row_of(user, usulan.id))
    await user.should_see('Usulan 2027 #1 Saluran irigasi tersier divalidasi.', retries=30)
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh, usulan.tanggal_validasi, usulan.version) == (
        StatusUsulan.DIVALIDASI, 'kades.jarit', office_today(), 2)
    await until(lambda: row_of(user, usulan.id)['status'], equals='Divalidasi Kades')   # the grid shows it

    # tapped again (a stale page): nothing changes, and the clerk is told why
    tap_validasi(user, {**row_of(user, usulan.id)})
    await user.should_see('Usulan Musrenbang ini sudah berstatus Divalidasi Kades.', retries=30)
    await usulan.refresh_from_db()
    assert usulan.version == 2


async def test_a_tap_on_a_row_changed_meanwhile_is_refused_as_a_conflict(user: User) -> None:
    usulan = await make_usulan(JARIT, 1, 'Posyandu balita')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    row = row_of(user, usulan.id)
    await UsulanMusrenbang.filter(id=usulan.id).update(lokasi='Balai Desa', version=2)   # someone saved meanwhile
    tap_validasi(user, row)
    await user.should_see('sudah diubah orang lain', retries=30)
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.version) == (StatusUsulan.DIUSULKAN, 2)


async def test_another_desa_cannot_validate_by_a_forged_tap(user: User) -> None:
    other = await make_usulan(JARIT, 1, 'Jalan Jarit')
    await make_usulan(JUGOSARI, 1, 'Jalan Jugosari')
    await create_account('kades.jugosari', 'Kepala Desa', desa_kode=JUGOSARI)
    await log_in_as(user, 'kades.jugosari', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    tap_validasi(user, {'id': other.id, 'version': other.version})   # a row of Jarit, never shown here
    await user.should_see('Data Usulan Musrenbang tidak ditemukan (mungkin sudah dihapus).', retries=30)
    await other.refresh_from_db()
    assert (other.status, other.divalidasi_oleh, other.version) == (StatusUsulan.DIUSULKAN, None, 1)


async def test_a_forged_tap_without_a_version_changes_nothing(user: User) -> None:
    """The version lock cannot be skipped by leaving the version out of the event."""
    usulan = await make_usulan(JARIT, 1, 'Jalan Jarit')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    await UsulanMusrenbang.filter(id=usulan.id).update(lokasi='Balai Desa', version=2)   # someone saved meanwhile
    async with handled():
        user.find(marker='grid').trigger('cellClicked', {'id': usulan.id})
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.version) == (StatusUsulan.DIUSULKAN, 2)


async def test_a_tap_after_the_right_was_withdrawn_is_refused(user: User) -> None:
    usulan = await make_usulan(JARIT, 1, 'Jalan Jarit')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    row = row_of(user, usulan.id)
    await set_permission(await Role.get(nama='Kepala Desa'), 'usulan_musrenbang', Action.UBAH, False)
    tap_validasi(user, row)
    await user.should_see('Anda tidak berhak mengubah data Usulan Musrenbang.', retries=30)
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.version) == (StatusUsulan.DIUSULKAN, 1)


async def test_a_view_only_role_gets_no_validasi_and_a_forged_tap_changes_nothing(user: User) -> None:
    usulan = await make_usulan(JARIT, 1, 'Jalan Jarit')
    await create_account('pak.camat', 'Camat')   # lihat and ekspor only
    await log_in_as(user, 'pak.camat', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    columns = grid(user).options['columnDefs']
    assert '_aksi' not in [c['field'] for c in columns]
    assert 'desa' in [c['field'] for c in columns]                # the kecamatan sees every desa
    async with handled():
        tap_validasi(user, row_of(user, usulan.id))
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.version) == (StatusUsulan.DIUSULKAN, 1)


async def test_the_quick_action_is_checked_on_the_server(user: User) -> None:
    """core.records.quick_action itself, as any page or a forged event would call it."""
    import pytest

    from core import records
    from core.access import AccessDenied
    from core.accounts import load_actor
    from models.table import TABLES

    spec = TABLES['usulan_musrenbang']
    usulan = await make_usulan(JARIT, 1, 'Jalan Jarit')
    users = {}
    for username, role, desa in (('kades.jarit', 'Kepala Desa', JARIT), ('kades.jugosari', 'Kepala Desa', JUGOSARI),
                                 ('pak.camat', 'Camat', None), ('staf.umum', 'Staf Seksi Pelayanan Umum', None)):
        users[username] = (await create_account(username, role, desa_kode=desa)).id

    async def load_actor_by_username(username: str):
        return await load_actor(users[username])
    with pytest.raises(AccessDenied, match='Anda tidak berhak mengubah data Usulan Musrenbang.'):
        await records.quick_action(spec, await load_actor_by_username('pak.camat'), usulan.id)
    with pytest.raises(AccessDenied):
        await records.quick_action(spec, await load_actor_by_username('staf.umum'), usulan.id)
    with pytest.raises(records.RecordNotFound):
        await records.quick_action(spec, await load_actor_by_username('kades.jugosari'), usulan.id)
    with pytest.raises(AccessDenied):   # a table without a quick action
        await records.quick_action(TABLES['berita_acara_validasi'], await load_actor_by_username('kades.jarit'), 1)
    result = await records.quick_action(spec, await load_actor_by_username('kades.jarit'), usulan.id, version=1)
    assert result.ok
    await usulan.refresh_from_db()
    assert (usulan.status, usulan.divalidasi_oleh) == (StatusUsulan.DIVALIDASI, 'kades.jarit')


async def test_on_a_phone_the_secondary_buttons_are_in_one_menu_and_the_form_is_full_screen(user: User) -> None:
    await make_usulan(JARIT, 1, 'Jalan Jarit')
    await create_account('kades.jarit', 'Kepala Desa', desa_kode=JARIT)
    await log_in_as(user, 'kades.jarit', next_path='/tabel/usulan_musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    with user:
        riwayat = next(iter(user.find(marker='riwayat').elements))
        more = next(iter(user.find(marker='lainnya').elements))
        kolom = next(iter(user.find(marker='tombol-kolom').elements))
    assert 'gt-xs' in riwayat.classes and 'gt-xs' in kolom.classes   # hidden below 600 px
    assert 'lt-sm' in more.classes                                     # shown only below 600 px
    for marker in ('menu-kolom', 'menu-tampilan', 'menu-riwayat', 'menu-impor'):
        user.find(marker=marker)   # one item each in the ⋮ menu

    user.find(marker='menu-kolom').click()
    await user.should_see(marker='hp-kolom-kegiatan')
    await user.should_not_see(marker='hp-kolom-desa')

    await open_form_by(user, 'tambah')   # built to its last button and opened
    await user.should_see('Tambah Usulan Musrenbang')
    with user:
        form = next(iter(user.find(marker='formulir').elements))
        buttons = next(iter(user.find(marker='tombol-formulir').elements))
    dialog = form.parent_slot.parent
    assert dialog.props[':maximized'] == 'Quasar.Screen.lt.sm'
    assert 'sticky' in buttons.classes and buttons.style['bottom'] == '-1rem'
