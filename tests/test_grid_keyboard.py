"""The grid like a spreadsheet, as the server builds it (issue #17): AG Grid's own texts in
Indonesian, the key column kept on the left, filters in the columns' headers that are the filter
panel's server-side filters, multi-sort with Shift+click, a double click that edits the cell in
place, and the page's shortcuts (Insert / Alt+N for Tambah, `?` for the list)."""
from __future__ import annotations

from datetime import date

from nicegui import ElementFilter
from nicegui.testing import User

from models.persuratan import SuratMasuk
from tests.conftest import grid, grid_column, handled, in_open_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import make_surat, open_as_kepala


def column(user: User, name: str) -> dict:
    return next(c for c in grid(user).options['columnDefs'] if c['field'] == name)


def header_filter_applied(user: User, model: dict) -> None:
    """What the browser sends when a header filter's Terapkan is pressed: the grid's filter model."""
    user.find(marker='grid').trigger('filterChanged', {'model': model})


def header_clicked(user: User, name: str, shift: bool = False) -> None:
    user.find(marker='grid').trigger('columnHeaderClicked', {'colId': name, 'shift': shift})


def shortcut(user: User, name: str) -> None:
    """What the page's keyboard sends once its JS has taken a key as a shortcut (table_page.SHORTCUT_JS:
    'add' for Insert or Alt+N, 'help' for `?`); the keys themselves: tests/e2e/test_grid_spreadsheet.py."""
    key = {'add': 'Insert', 'help': '?'}[name]
    user.find(marker='pintasan-keyboard').trigger('key', {
        'shortcut': name, 'action': 'keydown', 'repeat': False, 'key': key, 'code': key, 'location': 0,
        'altKey': False, 'ctrlKey': False, 'metaKey': False, 'shiftKey': key == '?'})


async def test_the_grid_speaks_indonesian_and_keeps_the_key_column_and_header_filters(user: User) -> None:
    await make_surat(1, 'Undangan rapat')
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–1 dari 1 data')
    options = grid(user).options
    texts = options['localeText']
    assert (texts['loadingOoo'], texts['noRowsToShow'], texts['page'], texts['of']) == (
        'Memuat…', 'Tidak ada data.', 'Halaman', 'dari')
    assert texts['applyFilter'] == 'Terapkan' and texts['inRange'] == 'Di antara'
    assert options['enableFilterHandlers'] is True
    # the key column (the text that names a letter) is kept on the left on every screen
    pinned = [c['field'] for c in options['columnDefs'] if c.get(':pinned') == "'left'"]
    assert pinned == ['perihal']
    # header filters: text contains, a date range; choices and references stay in the panel
    assert column(user, 'asal_surat')['filter']['component'] == 'agTextColumnFilter'
    assert column(user, 'tanggal_diterima')['filter']['component'] == 'agDateColumnFilter'
    assert column(user, 'tanggal_diterima')['filterParams']['filterOptions'][0] == 'inRange'
    assert 'filter' not in column(user, 'sifat') and 'filter' not in column(user, 'klasifikasi')
    # widths by kind: long text shares the room, dates and choices are narrow
    assert column(user, 'asal_surat')['flex'] == 1 and column(user, 'tanggal_surat')['width'] == 105
    assert column(user, 'sifat')['width'] == 110 and 'autoSizeStrategy' not in options
    assert column(user, 'perihal')['width'] == 220 and 'flex' not in column(user, 'perihal')


async def test_a_header_filter_is_the_panels_filter_on_the_server(user: User) -> None:
    for no in range(1, 31):   # more than a page: a filter of the page alone would show too few
        await make_surat(no, f'Surat {no}', asal='Dinkes' if no % 2 else 'Bappeda',
                         diterima=date(2026, 10, no))
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–25 dari 30 data')
    async with handled():
        header_filter_applied(user, {
            'asal_surat': {'filterType': 'text', 'type': 'contains', 'filter': 'dinkes'},
            'tanggal_diterima': {'filterType': 'date', 'type': 'inRange',
                                 'dateFrom': '2026-10-05 00:00:00', 'dateTo': '2026-10-25 00:00:00'}})
    await user.should_see('Menampilkan 1–11 dari 11 data')
    assert sorted(int(n) for n in grid_column(user, 'no_agenda')) == list(range(5, 26, 2))
    with user:   # the (closed) panel holds the same filter, so a saved view and the export have it
        asal = next(iter(ElementFilter(marker='filter-asal_surat', local_scope=False)))
        start = next(iter(ElementFilter(marker='filter-tanggal_diterima-dari', local_scope=False)))
    assert (asal.value, start.value) == ('dinkes', '05/10/2026')
    # drawn again, the headers show the filter that is applied
    model = grid(user).options['initialState']['filter']['filterModel']
    assert model['asal_surat'] == {'filterType': 'text', 'type': 'contains', 'filter': 'dinkes'}
    assert model['tanggal_diterima']['dateFrom'].startswith('2026-10-05')
    # a header filter taken off (Hapus) widens the grid again; a forged model is ignored
    async with handled():
        header_filter_applied(user, {'tanggal_diterima': {'filterType': 'date', 'type': 'greaterThanOrEqual',
                                                          'dateFrom': '2026-10-29 00:00:00'},
                                     'perihal': {'filterType': 'text', 'type': 'contains', 'filter': 'x'},
                                     'ringkasan': {'filterType': 'text', 'type': 'contains', 'filter': 'x'}})
    await until(lambda: grid_column(user, 'no_agenda'), equals=['30', '29'])


async def test_shift_click_sorts_by_a_second_column_on_the_server(user: User) -> None:
    for no, asal in enumerate(['Bappeda', 'Dinkes', 'Bappeda', 'Dinkes'], start=1):
        await make_surat(no, f'Surat {no}', asal=asal)
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–4 dari 4 data')
    async with handled():
        header_clicked(user, 'asal_surat')
    await until(lambda: grid_column(user, 'asal_surat'), equals=['Bappeda', 'Bappeda', 'Dinkes', 'Dinkes'])
    async with handled():
        header_clicked(user, 'no_agenda', shift=True)
    async with handled():
        header_clicked(user, 'no_agenda', shift=True)   # second Shift+click: descending
    await until(lambda: grid_column(user, 'no_agenda'), equals=['3', '1', '4', '2'])
    assert column(user, 'asal_surat')['headerName'] == 'Asal Surat ▲1'
    assert column(user, 'no_agenda')['headerName'] == 'No. Agenda ▼2'
    async with handled():
        header_clicked(user, 'perihal')   # a plain click: that column alone
    await until(lambda: grid_column(user, 'no_agenda'), equals=['1', '2', '3', '4'])
    assert column(user, 'asal_surat')['headerName'] == 'Asal Surat'


async def test_a_double_click_edits_an_editable_cell_in_place_and_opens_the_form_elsewhere(user: User) -> None:
    await make_surat(1, 'Undangan rapat')
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–1 dari 1 data')
    row = grid(user).options['rowData'][0]
    assert column(user, 'perihal')['editable'] is True
    async with handled():
        user.find(marker='grid').trigger('cellDoubleClicked', {'data': row, 'colId': 'perihal', 'phone': False})
    await user.should_not_see(marker='simpan')   # AG Grid's cell editor, not the form
    # a cell that cannot be edited in place (a reference) opens the row's form
    async with handled():
        user.find(marker='grid').trigger('cellDoubleClicked', {'data': row, 'colId': 'klasifikasi', 'phone': False})
    await until(lambda: in_open_form(user, 'simpan'), 'the Ubah form')
    await user.should_see('Ubah Surat Masuk')


async def test_insert_opens_tambah_and_question_mark_lists_the_shortcuts(user: User) -> None:
    await open_as_kepala(user)
    await user.should_see('Menampilkan 0–0 dari 0 data')
    async with handled():
        shortcut(user, 'help')
    await user.should_see('Pintasan keyboard')
    for words in ('Insert / Alt+N', 'Ctrl+Enter', 'Simpan, lalu langsung isi data berikutnya', 'Ctrl+Z',
                  'Ctrl+Y', 'Ctrl+D', 'F2 / Enter / klik dua kali', 'Esc', 'Enter / Ctrl+S'):
        await user.should_see(words)
    user.find(marker='tutup-pintasan').click()
    async with handled():
        shortcut(user, 'add')
    await until(lambda: in_open_form(user, 'simpan'), 'the Tambah form')
    await user.should_see('Tambah Surat Masuk')


async def test_insert_does_not_open_the_form_for_a_role_that_may_not_add(user: User) -> None:
    await make_surat(1, 'Undangan rapat')
    await create_account('pak.camat', 'Camat')   # lihat and ekspor only
    await log_in_as(user, 'pak.camat', next_path='/tabel/surat_masuk')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    async with handled():
        shortcut(user, 'add')
    await user.should_see('Anda tidak berhak menambah data Surat Masuk.', retries=30)
    await user.should_not_see(marker='simpan')
    assert await SuratMasuk.all().count() == 1
