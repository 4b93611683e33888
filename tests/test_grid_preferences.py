"""Each person's grid: shown columns and widths are remembered, and named views ('tampilan') of
search, filters and sort can be saved and applied again."""
from __future__ import annotations

from datetime import date

from nicegui.testing import User

from models.persuratan import StatusSuratMasuk
from tests.conftest import grid, grid_column, grid_rows, handled, until
from tests.test_persuratan_flow import make_surat, open_as_kepala


def column(user: User, name: str) -> dict:
    return next(c for c in grid(user).options['columnDefs'] if c['field'] == name)


async def test_hidden_columns_and_widths_are_remembered(user: User) -> None:
    await open_as_kepala(user)
    user.find(marker='kolom-nomor_surat').click()   # untick
    await until(lambda: column(user, 'nomor_surat')['hide'] is True)
    async with handled():
        user.find(marker='grid').trigger('columnResized', {'colId': 'perihal', 'width': 420})
    await user.open('/tabel/surat_masuk')   # another visit
    assert column(user, 'nomor_surat')['hide'] is True
    assert column(user, 'perihal')['width'] == 420
    assert column(user, 'asal_surat')['hide'] is False


async def test_a_saved_view_brings_back_search_filters_and_sort(user: User) -> None:
    await make_surat(1, 'Rapat selesai', status=StatusSuratMasuk.SELESAI, diterima=date(2026, 11, 3))
    await make_surat(2, 'Rapat baru', diterima=date(2026, 11, 4))
    await make_surat(3, 'Rapat lama selesai', status=StatusSuratMasuk.SELESAI, diterima=date(2026, 8, 4))
    await open_as_kepala(user)
    user.find(marker='tombol-filter').click()
    user.find(marker='filter-status').click()
    user.find('Selesai').click()
    user.find(marker='filter-tanggal_diterima-dari').type('01/10/2026')
    user.find(marker='terapkan-filter').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Rapat selesai'])
    user.find(marker='simpan-tampilan').click()
    await user.should_see(marker='simpan-nama-tampilan')
    user.find(marker='simpan-nama-tampilan').click()
    await user.should_see('Beri nama tampilan ini.')
    user.find(marker='nama-tampilan').type('Selesai kuartal ini')
    async with handled():
        user.find(marker='simpan-nama-tampilan').click()
    await user.open('/tabel/surat_masuk')
    assert len(grid_rows(user)) == 3
    user.find(marker='tampilan').click()
    user.find('Selesai kuartal ini').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Rapat selesai'])
    with user:
        start = next(iter(user.find(marker='filter-tanggal_diterima-dari').elements))
    assert start.value == '01/10/2026'
