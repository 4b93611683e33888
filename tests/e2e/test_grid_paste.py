"""A paste past the grid's last row in a real browser (issue #17): a block of lines pasted on the
last row (a real 'paste' event carrying the clipboard's data) asks before it writes, then adds the
lines past the end as new rows; Ctrl+Z takes the whole paste back."""
from __future__ import annotations


import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import body_text, button, click, focused_cell, grid_rows, log_in, wait_for_text, wait_until
from tests.e2e.harness import PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e
COLUMNS = ('no_agenda', 'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat', 'perihal')
NEW = [f'Tempelan ke-{i} dari Excel' for i in range(1, 6)]


def surat_masuk(panel, perihal: list[str]):
    async def read():
        from models.persuratan import SuratMasuk
        return await SuratMasuk.filter(perihal__in=perihal, deleted_at__isnull=True).order_by('no_agenda')
    return panel.db(read)


def dispatch_paste(browser, text: str) -> None:
    """What the browser does on Ctrl+V: a 'paste' event on the focused element, carrying the clipboard's text."""
    browser.execute_script("""
        const data = new DataTransfer();
        data.setData('text/plain', arguments[0]);
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                                           cancelable: true}));""", text)


def test_paste_five_lines_past_the_last_row_asks_then_adds_them(panel, browser):
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: grid_rows(browser), 'the surat masuk in the grid')
    # the last row as the grid has it, and its cell once drawn (AG Grid draws cells in animation frames)
    last = browser.execute_script("""const grid = document.querySelector('.nicegui-aggrid');
        return getElement(grid.id.slice(1)).api.getDisplayedRowCount();""") - 1
    shown = browser.execute_script("""
        const grid = document.querySelector('.nicegui-aggrid');
        return getElement(grid.id.slice(1)).api.getDisplayedRowAtIndex(arguments[0]).data;""", last)
    at_last = f'.ag-row[row-index="{last}"] .ag-cell[col-id="no_agenda"]'
    wait_until(lambda: browser.find_element('css selector', at_last), 'the No. Agenda cell of the last row').click()
    wait_until(lambda: focused_cell(browser) and focused_cell(browser)[0] == last, 'the focus on the last row')

    today = office_today().strftime('%d/%m/%Y')
    block = ['\t'.join(str(shown[name]) for name in COLUMNS)]   # the last row as it is, then five new lines
    block += [f'{900 + i}\t{today}\t{900 + i}/DX/{office_today().year}\t{today}\tDinas Koperasi\t{perihal}'
              for i, perihal in enumerate(NEW, start=1)]
    dispatch_paste(browser, '\r\n'.join(block) + '\r\n')
    wait_for_text(browser, 'Tambahkan 5 baris baru?')
    assert 'Timpa 6 sel pada 1 baris?' in body_text(browser)
    assert surat_masuk(panel, NEW) == []   # nothing written before the answer
    click(browser, button(browser, 'Ya'))   # the question may still be scaling in

    wait_for_text(browser, '5 baris baru ditambahkan dari tempelan.')
    added = surat_masuk(panel, NEW)
    assert [(s.no_agenda, s.asal_surat) for s in added] == [(900 + i, 'Dinas Koperasi') for i in range(1, 6)]
    wait_until(lambda: {r.get('Perihal') for r in grid_rows(browser)} >= set(NEW), 'the five new rows in the grid')

    wait_until(lambda: 'Tambahkan 5 baris baru?' not in body_text(browser), 'the question closed')
    ActionChains(browser).key_down(Keys.CONTROL).send_keys('z').key_up(Keys.CONTROL).perform()
    wait_for_text(browser, 'Dibatalkan: 6 baris kembali seperti semula.')
    wait_until(lambda: not {r.get('Perihal') for r in grid_rows(browser)} & set(NEW), 'the pasted rows gone again')
    assert surat_masuk(panel, NEW) == []
