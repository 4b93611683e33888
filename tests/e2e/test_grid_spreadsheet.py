"""The grid like a spreadsheet in a real browser at 1366 × 768 (issue #17): the toolbar is one
line, a double click on a cell opens the cell's editor (not the form), Insert opens the Tambah
form, `?` lists the shortcuts, a header's filter narrows the rows on the server, Shift+click on a
second header sorts by both."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import (body_text, button, click, focused, grid_rows, keys, log_in, open_header_filter,
                               scroll_grid_to, select_all, wait_for_text, wait_until)
from tests.e2e.harness import PASSWORD

pytestmark = pytest.mark.e2e
WIDTH, HEIGHT = 1366, 768


def open_surat_masuk(panel, browser) -> None:
    browser.set_window_size(WIDTH, HEIGHT)
    browser.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                            {'width': WIDTH, 'height': HEIGHT, 'deviceScaleFactor': 1, 'mobile': False})
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')


def cell(browser, col_id: str, text: str | None = None):
    return wait_until(lambda: next((c for c in browser.find_elements('css selector', f'.ag-cell[col-id="{col_id}"]')
                                    if c.is_displayed() and (text is None or c.text == text)), None),
                      f'a cell of {col_id} {text or ""}')


def cell_editor(browser):
    element = focused(browser)
    inside = element.find_elements('xpath', './ancestor::div[contains(@class, "ag-cell")]')
    return element if element.tag_name == 'input' and inside else None


def double_click_to_edit(browser, col_id: str, text: str):
    """Double-click a cell until its editor has the focus: a double click landing while the grid is
    drawn anew (after a refresh) can be lost, so it is retried (bounded, as open_by_double_click)."""
    for attempt in range(3):
        ActionChains(browser).double_click(cell(browser, col_id, text)).perform()
        try:
            return wait_until(lambda: cell_editor(browser), 'the cell editor in the grid', timeout=5 if attempt < 2 else 10)
        except AssertionError:
            if attempt == 2:
                raise


def header_name(browser, col_id: str) -> str:
    """A column's header as the grid has it now (also when scrolled out of view)."""
    return browser.execute_script("""const grid = document.querySelector('.nicegui-aggrid');
        return getElement(grid.id.slice(1)).api.getColumnDef(arguments[0]).headerName;""", col_id)


def column_texts(browser, col_id: str) -> list[str]:
    """One column's cells as shown, top to bottom."""
    return browser.execute_script("""
        return [...document.querySelectorAll('.ag-row')].filter(r => r.querySelector(`.ag-cell[col-id="${arguments[0]}"]`))
            .sort((a, b) => a.getAttribute('row-index') - b.getAttribute('row-index'))
            .map(r => r.querySelector(`.ag-cell[col-id="${arguments[0]}"]`).innerText.trim());""", col_id)


def test_the_toolbar_is_one_line_and_the_columns_fit(panel, browser):
    open_surat_masuk(panel, browser)
    toolbar = button(browser, 'Tambah').find_element('xpath', './parent::div')
    heights = browser.execute_script("""
        const bar = arguments[0];
        const shown = [...bar.children].filter(e => e.getBoundingClientRect().width > 0);
        return [bar.getBoundingClientRect().height, Math.max(...shown.map(e => e.getBoundingClientRect().height))];""",
        toolbar)
    assert heights[0] <= heights[1] + 4, f'the toolbar is {heights[0]} px high: more than one line of {heights[1]} px'
    # Perihal is on screen (kept on the left) and not cut to nothing; more than half the columns are in view,
    # measured once the header is drawn (under load it may come after the rows)
    pinned = '.ag-pinned-left-header .ag-header-cell[col-id="perihal"]'
    wait_until(lambda: browser.find_elements('css selector', pinned), 'the header of Perihal, kept on the left')
    widths = browser.execute_script("""
        const grid = document.querySelector('.ag-root-wrapper').getBoundingClientRect();
        return [...document.querySelectorAll('.ag-header-cell[col-id]')].map(h => {
            const r = h.getBoundingClientRect();
            return [h.getAttribute('col-id'), r.width, r.left >= grid.left - 1 && r.right <= grid.right + 1]; });""")
    shown = {name: width for name, width, inside in widths if inside}
    assert shown.get('perihal', 0) >= 200
    assert len(shown) >= 7, f'only {sorted(shown)} of the 11 columns are in view at {WIDTH} px'


def test_double_click_edits_the_cell_and_shortcuts_open_tambah_and_the_list(panel, browser):
    open_surat_masuk(panel, browser)
    editor = double_click_to_edit(browser, 'asal_surat', 'Bappeda')
    assert editor.get_attribute('value') == 'Bappeda'
    assert 'Ubah Surat Masuk' not in body_text(browser)
    keys(browser, Keys.ESCAPE)   # leaves the cell as it was
    wait_until(lambda: focused(browser).tag_name != 'input', 'the editor to close')

    # `?` typed in the search box is text; on the grid (not editing) it lists the shortcuts
    search = browser.find_element('css selector', 'input[placeholder^="Cari"]')
    search.click()
    keys(browser, '?')
    # the search for it done on the server, so a shortcut sent with the key would have shown by now
    wait_for_text(browser, 'Menampilkan 0–0 dari 0 data')
    assert 'Pintasan keyboard' not in body_text(browser)
    select_all(browser)
    keys(browser, Keys.BACKSPACE)
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'every row again after the search is emptied')
    cell(browser, 'klasifikasi').click()   # a cell edited in the form only: on an editable one, `?` is typed in it
    keys(browser, '?')
    wait_for_text(browser, 'Pintasan keyboard')
    for words in ('Insert / Alt+N', 'Ctrl+Enter', 'Ctrl+Z', 'Ctrl+D', 'F2 / Enter / klik dua kali'):
        assert words in body_text(browser)
    click(browser, button(browser, 'Tutup'))   # the list may still be scaling in
    wait_until(lambda: 'Pintasan keyboard' not in body_text(browser), 'the list to close')

    cell(browser, 'tanggal_diterima').click()
    keys(browser, Keys.INSERT)
    wait_for_text(browser, 'Tambah Surat Masuk')
    click(browser, button(browser, 'Batal'))   # the form may still be scaling in
    wait_until(lambda: 'Tambah Surat Masuk' not in body_text(browser), 'the form to close')
    cell(browser, 'tanggal_diterima').click()
    ActionChains(browser).key_down(Keys.ALT).send_keys('n').key_up(Keys.ALT).perform()
    wait_for_text(browser, 'Tambah Surat Masuk')


def test_header_filter_and_shift_sort_go_to_the_server(panel, browser):
    open_surat_masuk(panel, browser)
    box = open_header_filter(browser, 'asal_surat')
    box.send_keys('desa')
    button(browser, 'Terapkan').click()
    wait_until(lambda: sorted(column_texts(browser, 'asal_surat')) == ['Desa Jarit', 'Desa Sumberwuluh'],
               'the rows the server filtered')
    assert 'Menampilkan 1–2 dari 2 data' in body_text(browser)
    open_header_filter(browser, 'asal_surat')
    button(browser, 'Hapus').click()
    wait_until(lambda: len(grid_rows(browser)) == 8, 'all rows again')

    scroll_grid_to(browser, 'status')   # off to the right at 1366 px
    wait_until(lambda: browser.find_element('css selector', '.ag-header-cell[col-id="status"] .ag-header-cell-text'),
               'the Status header').click()
    wait_until(lambda: header_name(browser, 'status').endswith('▲'), 'sorted by status')
    scroll_grid_to(browser, 'no_agenda')
    second = wait_until(lambda: browser.find_element('css selector', '.ag-header-cell[col-id="no_agenda"] '
                                                                     '.ag-header-cell-text'), 'the No. Agenda header')
    ActionChains(browser).key_down(Keys.SHIFT).click(second).key_up(Keys.SHIFT).perform()
    wait_until(lambda: header_name(browser, 'no_agenda').endswith('▲2'), 'sorted by status, then no agenda')
    assert header_name(browser, 'status').endswith('▲1')
    # the headers' new names are the grid's at once; its rows are drawn after them
    wait_until(lambda: (numbers := [int(n) for n in column_texts(browser, 'no_agenda')]) == sorted(numbers)
               and len(numbers) == 8, 'the eight rows by no agenda')   # one status for all: the second key orders them
