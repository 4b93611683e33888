"""The Rekap on a grid (issue #19, pages/grid_rekap.py) as a person uses it: opened from a filtered
grid, columns picked, the totals read in Indonesian, a figure followed to the grid filtered to its
rows, the Excel file downloaded; a choice kept in a saved view and opened again with it, for a role
that may see the grid but not export it."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
from nicegui import ui
from nicegui.testing import User

from models.musrenbang import UsulanMusrenbang
from models.reference import Desa
from tests.conftest import grid_column, handled, in_open_form, open_form, sees, until
from tests.helpers_auth import create_account, log_in_as
from tests.rules_lane import JARIT, JUGOSARI

GRID = '/tabel/usulan_musrenbang'


async def usulan() -> None:
    jugosari, jarit = await Desa.get(kode=JUGOSARI), await Desa.get(kode=JARIT)
    for n, (desa, status, tahap, biaya) in enumerate((
            (jugosari, 'Diusulkan', 'Desa', '1000000.50'), (jugosari, 'Diusulkan', 'Kecamatan', '2500000'),
            (jarit, 'Diusulkan', 'Desa', '300000'), (jarit, 'Ditolak', 'Desa', '125000.75'),
            (jarit, 'Ditolak', 'Desa', '74999.25')), 1):
        await UsulanMusrenbang.create(tahun_rencana=2026, desa=desa, bidang='Infrastruktur', kegiatan=f'Kegiatan {n}',
                                      lokasi='Dusun', volume=1, satuan='paket', perkiraan_biaya=Decimal(biaya),
                                      urutan_prioritas=n, tahap=tahap, status=status, tanggal_validasi=date(2026, 1, n))


async def open_rekap(user: User) -> ui.dialog:
    button = await until(lambda: user.find(marker='rekap'), what='the Rekap action')
    async with handled():
        button.click()
    await until(lambda: in_open_form(user, 'rekap-tabel'), what='the Rekap table')
    return open_form(user)


async def choose(user: User, marker: str, value: str | None) -> None:
    async with handled():
        with user:
            in_open_form(user, marker).value = value


def rekap_rows(user: User) -> list[dict]:
    with user:
        return in_open_form(user, 'rekap-tabel').rows


def shown(user: User, marker: str) -> str:
    with user:
        return in_open_form(user, marker).text


async def test_a_rekap_of_the_filtered_grid_links_each_figure_to_its_rows(user: User) -> None:
    await usulan()
    await create_account('kasubbag.keu', 'Kepala Subbag Keuangan')
    await log_in_as(user, 'kasubbag.keu', next_path=f'{GRID}?tahap=Desa')   # the grid filtered: 4 of 5
    await user.should_see('Menampilkan 1–4 dari 4 data')
    await open_rekap(user)
    assert shown(user, 'rekap-filter') == 'Filter: Tahap: Desa'
    await choose(user, 'rekap-baris-1', 'desa')
    await choose(user, 'rekap-baris-2', 'status')
    await choose(user, 'rekap-nilai', 'total:perkiraan_biaya')
    await until(lambda: shown(user, 'rekap-total'), equals='Jumlah seluruhnya: Rp 1.500.000,50')
    lines = {(row['r0'], row['r1']): row['v0'] for row in rekap_rows(user)}
    assert lines[('Jarit', 'Ditolak')]['teks'] == 'Rp 200.000'
    assert lines[('Jarit', 'Jumlah')]['teks'] == 'Rp 500.000'
    assert lines[('Jugosari', 'Diusulkan')]['teks'] == 'Rp 1.000.000,50'
    assert lines[('Jumlah', '')]['teks'] == 'Rp 1.500.000,50'
    await choose(user, 'rekap-nilai', 'jumlah')
    await until(lambda: shown(user, 'rekap-total'), equals='Jumlah seluruhnya: 4')

    async with handled():   # the Excel file of what is shown
        user.find(marker='rekap-ekspor').click()
    sheet = openpyxl.load_workbook(io.BytesIO((await user.download.next(timeout=10)).content)).active
    assert ['Jumlah', None, 4] in [[c.value for c in row][:3] for row in sheet.iter_rows()]

    # a figure is a link to the grid with the grid's filter and the figure's own values
    link = {(row['r0'], row['r1']): row['v0']['tautan'] for row in rekap_rows(user)}[('Jarit', 'Ditolak')]
    assert link.startswith(f'{GRID}?') and 'tahap=Desa' in link and 'status=Ditolak' in link
    await user.open(link)
    await user.should_see('Menampilkan 1–2 dari 2 data')
    await until(lambda: sorted(grid_column(user, 'perkiraan_biaya')), equals=['Rp 125.000,75', 'Rp 74.999,25'])


async def test_a_saved_view_opens_its_rekap_again_for_a_role_without_ekspor(user: User) -> None:
    await usulan()
    await create_account('staf.keu', 'Staf Subbag Keuangan')   # lihat, tambah, ubah: no ekspor
    await log_in_as(user, 'staf.keu', next_path=f'{GRID}?status=Diusulkan')
    await user.should_see('Menampilkan 1–3 dari 3 data')
    await open_rekap(user)
    assert not sees(user, marker='rekap-ekspor')
    await choose(user, 'rekap-baris-1', 'tahap')
    await choose(user, 'rekap-kolom', 'desa')
    await until(lambda: [(row['r0'], row['v0']['teks'], row['v1']['teks']) for row in rekap_rows(user)],
                equals=[('Desa', '1', '1'), ('Kecamatan', '0', '1'), ('Jumlah', '1', '2')])
    async with handled():
        user.find(marker='rekap-simpan-tampilan').click()
    await until(lambda: in_open_form(user, 'nama-tampilan'), what='the view name dialog')
    with user:
        in_open_form(user, 'nama-tampilan').value = 'Usulan per tahap'
    async with handled():
        user.find(marker='simpan-nama-tampilan').click()
    await until(lambda: user.notify.contains('Tampilan "Usulan per tahap" tersimpan.'), what='the view saved')

    await user.open(GRID)   # later: the whole grid, then the view
    await user.should_see('Menampilkan 1–5 dari 5 data')
    with user:
        views = next(iter(user.find(marker='tampilan').elements))
    (view_id,) = [key for key, name in views.options.items() if name == 'Usulan per tahap']
    async with handled():
        with user:
            views.value = view_id
    await until(lambda: in_open_form(user, 'rekap-tabel'), what='the Rekap opened by the view')
    with user:
        assert [in_open_form(user, m).value for m in ('rekap-baris-1', 'rekap-baris-2', 'rekap-kolom', 'rekap-nilai')] \
            == ['tahap', None, 'desa', 'jumlah']
    assert shown(user, 'rekap-total') == 'Jumlah seluruhnya: 3'
    assert shown(user, 'rekap-filter') == 'Filter: Status: Diusulkan'


async def test_a_link_carries_the_grids_search_and_a_rekap_figure_keeps_it(user: User) -> None:
    """core.listing.grid_link: `?cari=` opens the grid searched, with the text in its search box, and the
    Rekap of a searched grid links each figure to the same search."""
    await usulan()
    await create_account('kasubbag.keu', 'Kepala Subbag Keuangan')
    await log_in_as(user, 'kasubbag.keu', next_path=GRID)
    await user.should_see('Menampilkan 1–5 dari 5 data')
    await user.open(f'{GRID}?cari=Kegiatan+3&tahap=Desa')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    with user:
        assert user.find(marker='cari').elements.pop().value == 'Kegiatan 3'
    await open_rekap(user)
    await choose(user, 'rekap-baris-1', 'desa')
    await until(lambda: shown(user, 'rekap-total'), equals='Jumlah seluruhnya: 1')
    link = next(row['v0']['tautan'] for row in rekap_rows(user) if row['r0'] == 'Jarit')
    assert 'cari=Kegiatan+3' in link and 'tahap=Desa' in link
    await user.open(link)
    await user.should_see('Menampilkan 1–1 dari 1 data')
