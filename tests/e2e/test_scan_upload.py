"""Issue #16 in a real browser: a clerk opens a surat masuk, picks the PDF of its scan in the form's
uploader (QUploader sends it at once), sees its thumbnail drawn from the server's /berkas route,
saves, and the grid shows 📎 1 in the Scan Surat column."""
from __future__ import annotations

import io

import pypdfium2
import pytest
from selenium.webdriver.common.by import By

from tests.e2e.browser import (button, grid_rows, log_in, open_in_form, scroll_grid_to, upload_in_form, wait_for_text,
                               wait_until)
from tests.e2e.harness import PASSWORD

pytestmark = pytest.mark.e2e
PERIHAL = 'Rekonsiliasi aset'


def scan_pdf() -> bytes:
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_upload_a_scan_see_its_thumbnail_and_save(panel, browser, tmp_path):
    scan = tmp_path / 'Scan rekonsiliasi aset.pdf'
    scan.write_bytes(scan_pdf())
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    cell = wait_until(lambda: next((c for c in browser.find_elements(By.CSS_SELECTOR, '.ag-cell[col-id="perihal"]')
                                    if c.text == PERIHAL), None), f'the surat {PERIHAL!r} in the grid')
    open_in_form(browser, cell, 'Ubah Surat Masuk')
    upload_in_form(browser, scan)
    wait_for_text(browser, scan.name)
    button(browser, 'Simpan').click()
    wait_for_text(browser, 'Surat Masuk tersimpan')
    scroll_grid_to(browser, 'berkas')
    wait_until(lambda: [row.get('Scan Surat') for row in grid_rows(browser) if row.get('Perihal') == PERIHAL] == ['📎 1'],
               'the paper clip with 1 in the Scan Surat column of that surat')
