"""Issue #14: the Rekap BMD offered on the KIB and Mutasi Barang grids (pages/rekap_bmd_dialog.py):
a dialog asks for the year and the period, 'Buat rekap' hands over the xlsx (read back here with
openpyxl), a year out of range is refused beside its field, and only whoever may export every KIB
gets it, on the page and again on the server."""
from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal

import openpyxl
import pytest
from nicegui import ui
from nicegui.testing import User

from core import user_files
from core.access import AccessDenied, Action
from core.accounts import load_actor, set_permission
from exports.report_export import KIB_CARDS
from models.accounts import Role
from models.audit import AuditAction, AuditEntry
from models.clock import office_today
from models.sarpras import KibBPeralatanMesin
from tests.conftest import handled, in_open_form, open_form, sees, until
from tests.helpers_auth import create_account, log_in_as

KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'
STAF_UMUM = 'Staf Subbag Umum dan Kepegawaian'
KIB_B = '/tabel/kib_b_peralatan_mesin'


async def barang(register: str, nama: str, tahun: int, harga: int, entered: datetime) -> KibBPeralatanMesin:
    row = await KibBPeralatanMesin.create(kode_barang='1.3.2.10.01.02.001', register=register, nama_barang=nama,
                                          tahun=tahun, harga=Decimal(harga))
    await KibBPeralatanMesin.filter(id=row.id).update(created_at=entered)   # the rekap places it by this day
    return row


async def open_rekap(user: User, marker: str = 'rekap-bmd') -> ui.dialog:
    button = await until(lambda: user.find(marker=marker), what='the Rekap BMD action')
    async with handled():
        button.click()
    await until(lambda: in_open_form(user, 'rekap-buat'), what='the Rekap BMD dialog')
    return open_form(user)


def set_period(user: User, tahun: str, periode: int) -> None:
    with user:
        in_open_form(user, 'rekap-tahun').value = tahun
        in_open_form(user, 'rekap-periode').value = periode


def rekap_sheet(content: bytes) -> list[list]:
    return [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows()]


def kib_line(values: list[list], kode: str) -> list:
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    return next(row for row in values[top + 3:] if row[1] == kode)


def files_made() -> int:
    root = user_files.files_dir()
    return sum(1 for _ in root.iterdir()) if root.exists() else 0


async def test_the_kepala_makes_the_rekap_of_a_semester_from_the_kib_grid(user: User) -> None:
    await barang('000001', 'Mesin Ketik', 2020, 2_500_000, datetime(2021, 2, 1, tzinfo=timezone.utc))
    await barang('000002', 'Laptop', 2025, 14_000_000, datetime(2025, 3, 10, 3, tzinfo=timezone.utc))
    await barang('000003', 'Printer', 2025, 3_000_000, datetime(2025, 9, 1, 3, tzinfo=timezone.utc))
    await create_account('kasubbag', KEPALA_UMUM)
    await log_in_as(user, 'kasubbag', next_path=KIB_B)
    await user.should_see('Menampilkan 1–3 dari 3 data')
    assert user.find(marker='menu-rekap-bmd').elements   # on a phone: in the ⋮ menu with the other reports
    dialog = await open_rekap(user)
    year = in_open_form(user, 'rekap-tahun')
    assert year.value == str(office_today().year) and 'autofocus' in year.props   # the first field has the focus
    assert 'persistent' not in dialog.props                                      # Esc closes it
    set_period(user, '2025', 1)
    async with handled():
        user.find(marker='rekap-buat').click()
    response = await user.download.next(timeout=10)
    values = rekap_sheet(response.content)
    flat = [v for row in values for v in row if v]
    assert 'REKAPITULASI BUKU INVENTARIS BARANG MILIK DAERAH' in flat and 'PERIODE : SEMESTER I TAHUN 2025' in flat
    # KIB B: the mesin ketik held since 2020, the laptop added in January–June; the printer not yet
    assert kib_line(values, '1.3.2')[3:11] == [1, 2_500_000, 1, 14_000_000, 0, 0, 2, 16_500_000]
    await until(lambda: not dialog.value, what='the dialog closed')
    assert user.notify.contains('Rekap BMD Semester I 2025 siap diunduh.')

    await open_rekap(user)   # the whole year, made with Enter in the year field
    set_period(user, '2025', 0)
    async with handled():
        user.find(marker='rekap-tahun').trigger('keydown.enter')
    values = rekap_sheet((await user.download.next(timeout=10)).content)
    assert 'PERIODE : TAHUN 2025' in [v for row in values for v in row if v]
    assert kib_line(values, '1.3.2')[3:11] == [1, 2_500_000, 2, 17_000_000, 0, 0, 3, 19_500_000]


async def test_the_rekap_is_offered_on_the_mutasi_grid_too(user: User) -> None:
    await create_account('kasubbag', KEPALA_UMUM)
    await log_in_as(user, 'kasubbag', next_path='/tabel/mutasi_barang')
    await open_rekap(user)
    set_period(user, '2026', 2)
    async with handled():
        user.find(marker='rekap-buat').click()
    values = rekap_sheet((await user.download.next(timeout=10)).content)
    assert 'PERIODE : SEMESTER II TAHUN 2026' in [v for row in values for v in row if v]


@pytest.mark.parametrize('typed', ['1899', str(office_today().year + 2), 'dua ribu', ''])
async def test_a_year_out_of_range_is_refused_beside_the_field(user: User, typed: str) -> None:
    await create_account('kasubbag', KEPALA_UMUM)
    await log_in_as(user, 'kasubbag', next_path=KIB_B)
    dialog = await open_rekap(user)
    set_period(user, typed, 1)
    async with handled():
        user.find(marker='rekap-buat').click()
    assert in_open_form(user, 'rekap-tahun').error == \
        f'Tahun harus berupa angka dari 1900 sampai {office_today().year + 1}.'
    assert dialog.value and user.download.http_responses == [] and files_made() == 0
    assert await AuditEntry.filter(aksi=AuditAction.EKSPOR).count() == 0


async def test_a_role_without_ekspor_gets_no_rekap_and_is_refused_on_the_server(user: User) -> None:
    staf = await create_account('staf.umum', STAF_UMUM)   # lihat, tambah, ubah on the KIB: no ekspor
    await log_in_as(user, 'staf.umum', next_path=KIB_B)
    await user.should_see('Menampilkan 0–0 dari 0 data')
    assert not sees(user, marker='rekap-bmd') and not sees(user, marker='menu-rekap-bmd')
    with pytest.raises(AccessDenied):   # the service itself, as any forged event would reach it
        await export_rekap_as(staf.id)
    assert files_made() == 0
    role = await Role.get(nama=STAF_UMUM)   # the action follows the matrix: ekspor on every KIB offers it
    for table in KIB_CARDS:
        await set_permission(role, table, Action.EKSPOR, True)
    await user.open(KIB_B)
    await until(lambda: sees(user, marker='rekap-bmd'), what='the Rekap BMD action')


async def export_rekap_as(user_id: int) -> None:
    from exports.bmd_reports import export_rekap
    await export_rekap(await load_actor(user_id), 2025, 1)


async def test_a_right_withdrawn_while_the_dialog_is_open_is_refused(user: User) -> None:
    """The grid's table may still be exported, but the rekap counts every KIB: export_rekap asks the
    role matrix for each, at the click."""
    await create_account('kasubbag', KEPALA_UMUM)
    await log_in_as(user, 'kasubbag', next_path=KIB_B)
    await open_rekap(user)
    role = await Role.get(nama=KEPALA_UMUM)
    await set_permission(role, 'kib_a_tanah', Action.EKSPOR, False)
    set_period(user, '2025', 1)
    async with handled():
        user.find(marker='rekap-buat').click()
    await until(lambda: user.notify.contains('Anda tidak berhak mengekspor KIB A Tanah.'), what='the refusal')
    await set_permission(role, 'kib_b_peralatan_mesin', Action.EKSPOR, False)   # and the grid's own table
    async with handled():
        user.find(marker='rekap-buat').click()
    await until(lambda: user.notify.contains('Anda tidak berhak mengekspor KIB B Peralatan dan Mesin.'),
                what='the refusal')
    assert user.download.http_responses == [] and files_made() == 0
    assert await AuditEntry.filter(aksi=AuditAction.EKSPOR).count() == 0
