"""The grid keeps its AG Grid instance (issue 13): a page change, a sort and a search send only the
new rows, so the grid the browser built when the page opened is the one showing them (a mark put
on its API object and on its root element survives); the rows of the same id do not stay selected;
and the header filters follow the query when it changes elsewhere (Hapus filter, the filter
panel's Terapkan), as they did when the grid was built anew each time."""
from __future__ import annotations

from datetime import timedelta

import pytest
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import (body_text, button, field, grid_rows, keys, log_in, open_header_filter, select_all,
                               wait_until)
from tests.e2e.harness import PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e
ASAL = 'Kantor Uji Instans Grid'
ROWS = 30   # past the first page of 25

GRID_JS = "const grid = getElement(document.querySelector('.nicegui-aggrid').id.slice(1));"
MARK_JS = GRID_JS + """
grid.api.panelMark = arguments[0];
document.querySelector('.nicegui-aggrid .ag-root-wrapper').panelMark = arguments[0];"""
MARKS_JS = GRID_JS + """
return [grid.api.panelMark || null, document.querySelector('.nicegui-aggrid .ag-root-wrapper').panelMark || null];"""


@pytest.fixture
def many_surat(panel):
    """Thirty surat masuk more, so there is a second page; taken away again after the test (the
    other browser tests count the rows of this table)."""
    async def add():
        from models.persuratan import SuratMasuk
        day = office_today() - timedelta(days=40)
        for i in range(ROWS):
            await SuratMasuk.create(tahun=day.year, no_agenda=700 + i, tanggal_diterima=day, tanggal_surat=day,
                                    nomor_surat=f'{700 + i}/UJI/{day.year}', asal_surat=ASAL,
                                    perihal=f'Uji instans grid kode{i:02d}')

    async def remove():
        from models.persuratan import SuratMasuk
        await SuratMasuk.filter(asal_surat=ASAL).delete()
    panel.db(add)
    yield
    panel.db(remove)


def marks(browser) -> list:
    return browser.execute_script(MARKS_JS)


def first_row(browser) -> dict[str, str]:
    rows = grid_rows(browser)
    return rows[0] if rows else {}


def summary(browser) -> str:
    return next(line for line in body_text(browser).split('\n') if line.startswith('Menampilkan '))


def header_filter_model(browser) -> dict:
    return browser.execute_script(GRID_JS + 'return grid.api.getFilterModel();')


def selected_ids(browser) -> list:
    return browser.execute_script(GRID_JS + 'return grid.api.getSelectedRows().map(r => r.id);')


def visible(browser, selector: str):
    return wait_until(lambda: next((e for e in browser.find_elements('css selector', selector) if e.is_displayed()),
                                   None), f'a visible {selector}')


def test_page_change_sort_and_search_keep_the_grid_and_the_header_filter_follows(panel, browser, many_surat):
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 10 and 'Menampilkan 1–25 dari' in body_text(browser),
               'the first page of surat masuk')
    browser.execute_script(MARK_JS, 'dibuat-sekali')
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali']

    # next page: other rows, the same grid
    before = first_row(browser)
    visible(browser, 'button[aria-label="Halaman berikutnya"]').click()
    wait_until(lambda: 'Menampilkan 26–' in body_text(browser) and first_row(browser) != before, 'the second page')
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali'], 'the page change built the grid anew'

    # a sort: the rows in the new order, the header's mark, the same grid
    unsorted = [int(r['No. Agenda']) for r in grid_rows(browser)]
    visible(browser, '.ag-header-cell[col-id="no_agenda"] .ag-header-cell-text').click()
    wait_until(lambda: browser.execute_script(GRID_JS + "return grid.api.getColumnDef('no_agenda').headerName;")
               .endswith('▲'), 'the sort mark on No. Agenda')
    wait_until(lambda: (numbers := [int(r['No. Agenda']) for r in grid_rows(browser)]) == sorted(numbers)
               and numbers != unsorted, 'the rows by No. Agenda')
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali'], 'the sort built the grid anew'

    # a search, then a wider one that still holds the selected row: the same grid, the row not selected
    search = browser.find_element('css selector', 'input[placeholder^="Cari"]')
    search.click()
    keys(browser, 'kode07')
    wait_until(lambda: [r['Perihal'] for r in grid_rows(browser)] == ['Uji instans grid kode07'], 'the row searched')
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali'], 'the search built the grid anew'
    visible(browser, '.ag-cell[col-id="perihal"]').click()
    wait_until(lambda: len(selected_ids(browser)) == 1, 'the row selected')
    search.click()
    keys(browser, Keys.END, Keys.BACKSPACE)   # kode0: kode00 to kode09, kode07 among them
    wait_until(lambda: len(grid_rows(browser)) == 10, 'the ten rows of kode0')
    # the server's deselectAll comes in a message of its own, after the rows
    wait_until(lambda: selected_ids(browser) == [], 'no row selected: the server no longer has one selected')
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali'], 'the search built the grid anew'
    select_all(browser)
    keys(browser, Keys.BACKSPACE)
    wait_until(lambda: len(grid_rows(browser)) >= 10 and 'Menampilkan 1–25 dari' in body_text(browser),
               'the rows again after the search is emptied')
    everything = summary(browser)

    # a header filter, then the panel's Hapus filter: the header shows no filter any more
    box = open_header_filter(browser, 'asal_surat')
    box.send_keys('desa')
    button(browser, 'Terapkan').click()
    wait_until(lambda: (asal := [r['Asal Surat'] for r in grid_rows(browser)])
               and all('desa' in a.lower() for a in asal), 'the rows the server filtered')
    visible(browser, 'button[aria-label="Filter"]').click()
    assert field(browser, 'Asal Surat').get_attribute('value') == 'desa'
    button(browser, 'Hapus filter').click()
    wait_until(lambda: summary(browser) == everything, 'every row again')
    wait_until(lambda: header_filter_model(browser) == {}, 'the header filter emptied')
    # the header's mark follows its filter's model: on AG Grid's filterChanged event, not at once
    wait_until(lambda: not browser.find_elements('css selector', '.ag-header-cell[col-id="asal_surat"]'
                                                                 '.ag-header-cell-filtered'), 'the header unmarked')

    # the panel's filter: the header shows it
    field(browser, 'Asal Surat').send_keys('instans grid')
    button(browser, 'Terapkan').click()
    wait_until(lambda: {r['Asal Surat'] for r in grid_rows(browser)} == {ASAL}, 'the rows of the panel\'s filter')
    wait_until(lambda: header_filter_model(browser) == {
        'asal_surat': {'filterType': 'text', 'type': 'contains', 'filter': 'instans grid'}}, 'the filter in the header')
    assert 'Menampilkan 1–25 dari 30 data' in body_text(browser)
    assert marks(browser) == ['dibuat-sekali', 'dibuat-sekali'], 'a filter built the grid anew'
