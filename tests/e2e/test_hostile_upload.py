"""Issue 11 items 1 and 7a in a real browser, against the app started as the office starts it: a
.xlsm picked in the import dialog is refused for its type (it was called too big), and the 1.6 KB
xlsx with one more cell at XFD1048576, which used to abort the whole server (SIGABRT), is sent
through the real upload route, refused with its message, and the server goes on serving."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.e2e.browser import body_text, button, log_in, wait_for_text, wait_until
from tests.e2e.harness import PASSWORD
from tests.test_hostile_xlsx import THE_ISSUES_FILE, workbook

pytestmark = pytest.mark.e2e


def pick_file(browser, path) -> None:
    """Choose a file in the dialog's upload, as the file picker does."""
    picker = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, '.q-dialog input[type=file]'),
                        'the file input of the import dialog')
    picker[0].send_keys(str(path))


def test_a_refused_type_then_the_hostile_file_and_the_server_goes_on(panel, browser, tmp_path):
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    button(browser, 'Impor Excel').click()
    wait_for_text(browser, 'Impor Excel · Surat Masuk')
    macro = tmp_path / 'makro.xlsm'
    macro.write_bytes(workbook('<row r="1"><c r="A1"><v>1</v></c></row>'))
    pick_file(browser, macro)
    wait_for_text(browser, 'Jenis berkas tidak didukung. Unggah berkas Excel (.xlsx) atau CSV (.csv).')
    assert 'terlalu besar' not in body_text(browser)

    hostile = tmp_path / 'rusak.xlsx'
    hostile.write_bytes(THE_ISSUES_FILE)
    pick_file(browser, hostile)
    wait_for_text(browser, 'Lembar pertama terpakai sampai baris 1.048.576 dan kolom XFD', timeout=60)
    assert panel.server.process.poll() is None, panel.server.log()
    browser.get(f'{panel.url}/')
    wait_for_text(browser, 'Peta Proses Bisnis Kecamatan Candipuro')
