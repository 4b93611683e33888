"""The panel in a real browser (headless Chromium from Debian, driven by Selenium), against the app
started as the office starts it. A person's steps: log in, walk the process map to a table, add
and edit a row with the keyboard only, paste a block copied from Excel, export and open the file,
and be refused a page their role may not see. The screenshots in the README come from here."""
from __future__ import annotations


import pytest
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import (PHONE_HEIGHT, PHONE_WIDTH, body_text, button, click, field, focused, focused_cell,
                               grid_rows, is_button, is_input, keys, link, log_in, open_by_double_click, paste, phone,
                               scroll_grid_to, select_all, shoot, size_of, tab_to, tap, wait_for_path, wait_for_text,
                               wait_until)
from tests.e2e.harness import ADMIN_PASSWORD, PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e


def narasumber(panel, nama: str):
    async def read():
        from models.pemberdayaan import Narasumber
        return await Narasumber.filter(nama=nama, deleted_at__isnull=True).first()
    return panel.db(read)


def test_first_login_changes_the_password_then_settings(panel, browser, screenshot_dir):
    """The administrator's first login: the forced password change, then the settings page."""
    browser.get(f'{panel.url}/login')
    wait_for_text(browser, 'Gunakan nama pengguna dan kata sandi dari Administrator.')
    shoot(browser, screenshot_dir, 'login', 1366, 700)
    log_in(browser, panel.url, 'admin', ADMIN_PASSWORD)
    wait_for_path(browser, '/ganti-sandi')
    wait_for_text(browser, 'Anda wajib mengganti kata sandi sebelum memakai panel.')
    field(browser, 'Kata sandi lama').click()
    keys(browser, ADMIN_PASSWORD, Keys.TAB)
    tab_to(browser, is_input('Kata sandi baru'), 'the new password field')
    keys(browser, 'sandi-baru-admin-2026', Keys.TAB)
    tab_to(browser, is_input('Ulangi kata sandi baru'), 'the repeat field')
    keys(browser, 'sandi-baru-admin-2026', Keys.ENTER)
    wait_until(lambda: browser.current_url.rstrip('/') == panel.url, 'the home page after the change')

    link(browser, 'Pengaturan').click()
    wait_for_path(browser, '/pengaturan')
    wait_for_text(browser, 'Pengguna')
    shoot(browser, screenshot_dir, 'pengaturan')


def test_walk_the_process_map_to_a_table(panel, browser, screenshot_dir):
    """Home page (the map) → a process in the sidebar → its table card → the grid with its rows."""
    log_in(browser, panel.url, 'kasi', PASSWORD)
    wait_for_text(browser, 'Peta Proses Bisnis Kecamatan Candipuro')
    link(browser, 'L4 Narasumber Pembinaan dan Sosialisasi').click()
    wait_for_path(browser, '/proses/l4')
    wait_for_text(browser, 'Proses Lainnya')
    link(browser, 'Narasumber').click()
    wait_for_path(browser, '/tabel/narasumber')
    # under load the header (the column names) may come after the rows
    wait_until(lambda: 'Ir. Wulan Sari' in [row.get('Nama') for row in grid_rows(browser)],
               'Ir. Wulan Sari in the grid')
    assert 'Menampilkan 1–' in body_text(browser)


def test_add_and_edit_a_row_with_the_keyboard_only(panel, browser, screenshot_dir):
    """Tambah: Tab to the button, Enter, type into each field, Tab to Simpan, Enter. Then in the grid:
    arrow keys to a cell, Enter to edit, type, Enter to save. Both land in the database."""
    log_in(browser, panel.url, 'kasi', PASSWORD, next_path='/tabel/narasumber')
    wait_for_path(browser, '/tabel/narasumber')
    wait_until(lambda: grid_rows(browser), 'rows in the grid')

    tab_to(browser, is_button('Tambah'), 'the Tambah button')
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Tambah Narasumber')
    tab_to(browser, is_input('Nama'), 'the Nama field')
    keys(browser, 'Siti Aminah, S.P.')
    tab_to(browser, is_input('Bidang Keahlian'), 'the Bidang Keahlian field')
    keys(browser, 'Hortikultura')
    tab_to(browser, is_input('Kontak (telepon/email)'), 'the Kontak field')
    keys(browser, 'bukan nomor')
    tab_to(browser, is_button('Simpan'), 'the Simpan button')
    keys(browser, Keys.ENTER)
    # a wrong kontak is refused beside its field, and nothing is saved
    wait_for_text(browser, 'Tulis nomor telepon (misalnya 0812 3456 7890) atau alamat email.')
    assert narasumber(panel, 'Siti Aminah, S.P.') is None
    shoot(browser, screenshot_dir, 'form-galat')
    tab_to(browser, is_input('Kontak (telepon/email)'), 'the Kontak field again', backwards=True)
    select_all(browser)
    keys(browser, Keys.BACKSPACE, '0813 1111 2222')
    tab_to(browser, is_button('Simpan'), 'the Simpan button')
    keys(browser, Keys.ENTER)
    wait_until(lambda: 'Tambah Narasumber' not in body_text(browser), 'the form to close')
    saved = wait_until(lambda: narasumber(panel, 'Siti Aminah, S.P.'), 'the new row in the database')
    assert (saved.bidang, saved.kontak, saved.version) == ('Hortikultura', '0813 1111 2222', 1)
    wait_until(lambda: 'Siti Aminah, S.P.' in [r['Nama'] for r in grid_rows(browser)], 'the new row in the grid')

    # into the grid with Tab (the header), down with the arrows to the new row, right to Bidang Keahlian
    tab_to(browser, lambda e: 'ag-header-cell' in (e.get_attribute('class') or ''), 'the grid header')
    names = [r['Nama'] for r in grid_rows(browser)]
    keys(browser, *[Keys.ARROW_DOWN] * (names.index('Siti Aminah, S.P.') + 1))
    keys(browser, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)   # the grid focuses a row once drawn: after a scroll, later
    wait_until(lambda: focused_cell(browser) == (names.index('Siti Aminah, S.P.'), 'Bidang Keahlian'),
               'the focus on the Bidang Keahlian of the new row')
    keys(browser, Keys.ENTER)
    wait_until(lambda: focused(browser).tag_name == 'input', 'the cell editor')
    select_all(browser)
    keys(browser, 'Hortikultura dan Pascapanen', Keys.ENTER)
    wait_until(lambda: narasumber(panel, 'Siti Aminah, S.P.').bidang == 'Hortikultura dan Pascapanen',
               'the cell edit in the database')
    assert narasumber(panel, 'Siti Aminah, S.P.').version == 2
    wait_for_text(browser, 'Bidang Keahlian tersimpan.')
    row = wait_until(lambda: next((r for r in grid_rows(browser) if r['Nama'] == 'Siti Aminah, S.P.'
                                   and r['Bidang Keahlian'] == 'Hortikultura dan Pascapanen'), None),
                     'the edited cell in the grid')
    assert row['Kontak (telepon/email)'] == '0813 1111 2222'


def put_on_clipboard(driver, text: str) -> None:
    """What Excel puts on the clipboard when cells are copied: tab-separated, one line per row."""
    driver.execute_cdp_cmd('Browser.grantPermissions', {
        'origin': driver.execute_script('return location.origin'),
        'permissions': ['clipboardReadWrite', 'clipboardSanitizedWrite']})
    # the page counts as focused, as a person's window would be: a headless Chromium otherwise may
    # refuse writeText with "Document is not focused" (seen with Debian's chromium of December 2026)
    driver.execute_cdp_cmd('Emulation.setFocusEmulationEnabled', {'enabled': True})
    written = driver.execute_async_script(
        'const done = arguments[arguments.length - 1];'
        'navigator.clipboard.writeText(arguments[0]).then(() => done(true), e => done(String(e)));', text)
    assert written is True, f'the clipboard refused the text: {written}'


def test_paste_a_block_copied_from_excel(panel, browser, screenshot_dir):
    """Ctrl+V on a focused cell fills the block below and right of it, all or nothing."""
    log_in(browser, panel.url, 'kasi', PASSWORD, next_path='/tabel/narasumber')
    rows = wait_until(lambda: (found := grid_rows(browser)) and all('Nama' in r for r in found)
                      and {'Drs. Hadi Santoso', 'Ir. Wulan Sari'} <= {r['Nama'] for r in found} and found,
                      'rows in the grid with their Nama column')   # under load the columns may come after the rows
    names = [r['Nama'] for r in rows]
    first, second = names.index('Drs. Hadi Santoso'), names.index('Ir. Wulan Sari')
    assert second == first + 1

    def focus_bidang_of(row: int) -> None:
        browser.find_element('css selector', 'input[placeholder^="Cari"]').click()
        tab_to(browser, lambda e: 'ag-header-cell' in (e.get_attribute('class') or ''), 'the grid header')
        keys(browser, *[Keys.ARROW_DOWN] * (row + 1), Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
        wait_until(lambda: focused_cell(browser) == (row, 'Bidang Keahlian'),
                   f'the focus on Bidang Keahlian of row {row}')

    # a block with one wrong kontak: refused as a whole, the wrong cell named, nothing changed
    put_on_clipboard(browser, 'Tanaman Pangan\t0812 0000 1111\r\nBudidaya Ikan\tbukan-kontak\r\n')
    focus_bidang_of(first)
    paste(browser)
    click(browser, button(browser, 'Ya'))      # a paste over rows asks first (in a dialog still scaling in)
    wait_for_text(browser, 'Tempelan tidak disimpan')
    assert 'Baris ke-2, Kontak (telepon/email): Tulis nomor telepon' in body_text(browser)
    assert narasumber(panel, 'Drs. Hadi Santoso').bidang == 'Pertanian'
    shoot(browser, screenshot_dir, 'tempel-galat')
    button(browser, 'Tutup').click()
    wait_until(lambda: 'Tempelan tidak disimpan' not in body_text(browser), 'the message to close')

    put_on_clipboard(browser, 'Tanaman Pangan\t0812 0000 1111\r\nBudidaya Ikan\tikan@lumajangkab.go.id\r\n')
    focus_bidang_of(first)
    paste(browser)
    click(browser, button(browser, 'Ya'))
    wait_for_text(browser, '2 baris diperbarui dari tempelan.')
    hadi, wulan = narasumber(panel, 'Drs. Hadi Santoso'), narasumber(panel, 'Ir. Wulan Sari')
    assert (hadi.bidang, hadi.kontak, wulan.bidang, wulan.kontak) == (
        'Tanaman Pangan', '0812 0000 1111', 'Budidaya Ikan', 'ikan@lumajangkab.go.id')
    rows = wait_until(lambda: [r for r in grid_rows(browser) if r['Bidang Keahlian'] in ('Tanaman Pangan', 'Budidaya Ikan')],
                      'the pasted rows in the grid')
    assert {r['Nama'] for r in rows} == {'Drs. Hadi Santoso', 'Ir. Wulan Sari'}
    shoot(browser, screenshot_dir, 'tempel')


def test_export_downloads_what_the_grid_shows(panel, browser, downloads):
    """Search, then Ekspor Excel: the downloaded file holds exactly the rows the grid shows, typed."""
    import openpyxl

    log_in(browser, panel.url, 'kasi', PASSWORD, next_path='/tabel/narasumber')
    wait_until(lambda: grid_rows(browser), 'rows in the grid')
    browser.find_element('css selector', 'input[placeholder="Cari narasumber…"]').click()
    keys(browser, 'Sari')
    wait_until(lambda: {r['Nama'] for r in grid_rows(browser)} == {'Ir. Wulan Sari'}, 'the search to narrow the grid')
    tab_to(browser, is_button('Ekspor Excel'), 'the Ekspor Excel button')
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Ekspor selesai: 1 baris.')
    files = wait_until(lambda: [p for p in downloads.glob('*.xlsx')] if downloads.exists()
                       and not list(downloads.glob('*.crdownload')) else None, 'the downloaded xlsx file')
    assert len(files) == 1
    sheet = openpyxl.load_workbook(files[0]).active
    rows = [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == 'Nama')
    assert rows[header_at][:4] == ('Nama', 'Instansi', 'Bidang Keahlian', 'Kontak (telepon/email)')
    data = [row for row in rows[header_at + 1:] if any(v is not None for v in row)]
    assert [row[0] for row in data] == ['Ir. Wulan Sari']
    assert any('Narasumber' in str(v) for row in rows[:header_at] for v in row if v), 'a title row names the table'
    assert sheet.freeze_panes is not None


def test_a_limited_role_is_refused_a_forbidden_page(panel, browser, screenshot_dir):
    """Staf Seksi Pelayanan Umum types the address of a table of another section: 403, no data."""
    log_in(browser, panel.url, 'staf', PASSWORD)
    wait_for_text(browser, 'Peta Proses Bisnis Kecamatan Candipuro')   # the home page drawn, its processes with it
    assert 'L4 Narasumber Pembinaan dan Sosialisasi' not in body_text(browser)
    browser.get(f'{panel.url}/tabel/narasumber')
    wait_for_text(browser, '403 · Akses ditolak')
    text = body_text(browser)
    assert 'Anda tidak berhak melihat Narasumber.' in text
    assert 'Drs. Hadi Santoso' not in text and not grid_rows(browser)
    shoot(browser, screenshot_dir, 'akses-ditolak')
    link(browser, 'Kembali ke beranda').click()
    wait_until(lambda: browser.current_url.rstrip('/') == panel.url, 'the way back to the home page')


def usulan(panel, kegiatan: str):
    async def read():
        from models.musrenbang import UsulanMusrenbang
        return await UsulanMusrenbang.get(kegiatan=kegiatan)
    return panel.db(read)


def test_kepala_desa_validates_an_usulan_on_a_phone(panel, browser, screenshot_dir):
    """390 × 844, a phone with a touch screen: the Kepala Desa of Jarit reads the usulan of the desa
    (no Desa column, the kegiatan kept in view on the left, the secondary buttons in one ⋮ menu),
    opens one in the full-screen form with Simpan and Batal in reach, and validates another with one
    tap on its Validasi button."""
    phone(browser)
    log_in(browser, panel.url, 'kades', PASSWORD, next_path='/tabel/usulan_musrenbang')
    wait_for_path(browser, '/tabel/usulan_musrenbang')
    kegiatan = {'Pavingisasi jalan dusun Krajan', 'Saluran irigasi tersier', 'Posyandu balita dan lansia'}
    rows = wait_until(lambda: (found := grid_rows(browser)) and {r.get('Kegiatan') for r in found} == kegiatan
                      and found, 'the usulan in the grid, with their Kegiatan')   # the header may come after the rows
    assert 'Desa' not in rows[0]
    pinned = browser.find_elements('css selector', '.ag-pinned-left-cols-container .ag-cell[col-id="kegiatan"]')
    assert len(pinned) == 3 and all(c.is_displayed() for c in pinned)
    width = browser.execute_script('return document.documentElement.scrollWidth')
    assert width <= PHONE_WIDTH, f'the page is {width} px wide: it scrolls sideways'
    assert not [b for b in browser.find_elements('css selector', 'button')
                if b.is_displayed() and b.text.split('\n')[-1] in ('Riwayat', 'Impor Excel', 'Kolom')]
    shoot(browser, screenshot_dir, 'hp-usulan-musrenbang', PHONE_WIDTH, PHONE_HEIGHT)

    tap(browser, browser.find_element('css selector', 'button[aria-label="Lainnya"]'))
    wait_until(lambda: [e for e in browser.find_elements('css selector', '.q-menu .q-item')
                        if e.is_displayed() and 'Riwayat' in e.text], 'Riwayat in the ⋮ menu')
    shoot(browser, screenshot_dir, 'hp-menu', PHONE_WIDTH, PHONE_HEIGHT)
    keys(browser, Keys.ESCAPE)
    wait_until(lambda: not [e for e in browser.find_elements('css selector', '.q-menu') if e.is_displayed()],
               'the menu to close')

    cell = next(c for c in browser.find_elements('css selector', '.ag-cell[col-id="kegiatan"]')
                if c.text == 'Posyandu balita dan lansia')
    open_by_double_click(browser, cell, 'Ubah Usulan Musrenbang')   # a double tap
    form = wait_until(lambda: next((c for c in browser.find_elements('css selector', '.q-dialog .q-card')
                                    if c.is_displayed()), None), 'the form')
    wait_until(lambda: size_of(browser, form) == (PHONE_WIDTH, PHONE_HEIGHT), 'the form to fill the screen')
    simpan, batal = button(browser, 'Simpan'), button(browser, 'Batal')
    for control in (simpan, batal):   # in reach without scrolling the long form, and big enough for a finger
        bottom = browser.execute_script('return arguments[0].getBoundingClientRect().bottom', control)
        assert bottom <= PHONE_HEIGHT and size_of(browser, control)[1] >= 36
    shoot(browser, screenshot_dir, 'hp-form-usulan', PHONE_WIDTH, PHONE_HEIGHT)
    tap(browser, batal)
    wait_until(lambda: 'Ubah Usulan Musrenbang' not in body_text(browser), 'the form to close')

    def status_cell(kegiatan: str):
        """The cell beside the kegiatan on the left: its Validasi button, or its status once validated."""
        index = next(c.find_element('xpath', './ancestor::div[@row-index]').get_attribute('row-index')
                     for c in browser.find_elements('css selector', '.ag-pinned-left-cols-container .ag-cell')
                     if c.text == kegiatan)
        return browser.find_element('css selector', f'.ag-center-cols-container .ag-row[row-index="{index}"] '
                                                    '.ag-cell[col-id="_aksi"]')
    target = wait_until(lambda: status_cell('Saluran irigasi tersier').find_element('css selector', 'button'),
                        'the Validasi button of the usulan')
    assert target.text == 'Validasi' and target.is_displayed()
    width, height = size_of(browser, target)
    assert width >= 44 and height >= 40, f'a button of {width} × {height} px is too small for a finger'
    tap(browser, target)
    tahun = office_today().year + 1
    wait_for_text(browser, f'Usulan {tahun} #2 Saluran irigasi tersier divalidasi.')
    validated = usulan(panel, 'Saluran irigasi tersier')
    assert (validated.status.value, validated.divalidasi_oleh) == ('Divalidasi Kades', 'kades')
    assert usulan(panel, 'Posyandu balita dan lansia').status.value == 'Diusulkan'   # the form was cancelled
    wait_until(lambda: status_cell('Saluran irigasi tersier').text == 'Divalidasi Kades', 'the new status in the grid')
    assert [status_cell(k).text for k in ('Pavingisasi jalan dusun Krajan', 'Posyandu balita dan lansia')] == [
        'Validasi', 'Validasi']
    scroll_grid_to(browser, 'status')   # the grid draws the columns scrolled into view after the scroll, not at once
    wait_until(lambda: 'Divalidasi Kades' in [r.get('Status') for r in grid_rows(browser)], 'the new status in Status')
    scroll_grid_to(browser, '_aksi')
    shoot(browser, screenshot_dir, 'hp-usulan-divalidasi', PHONE_WIDTH, PHONE_HEIGHT)


def test_the_camat_home_page_and_the_surat_masuk_register(panel, browser, screenshot_dir):
    """The pictures of the README: the Camat's home page, and the surat masuk grid with its form."""
    log_in(browser, panel.url, 'camat', PASSWORD)
    wait_for_text(browser, 'Peta Proses Bisnis Kecamatan Candipuro')
    shoot(browser, screenshot_dir, 'beranda')   # once the charts have animated in
    button(browser, 'Keluar').click()
    wait_for_path(browser, '/login')
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) == 8, 'the eight surat masuk in the grid')
    shoot(browser, screenshot_dir, 'surat-masuk')
    button(browser, 'Tambah').click()
    wait_for_text(browser, 'Tambah Surat Masuk')
    shoot(browser, screenshot_dir, 'form-surat-masuk')


def test_click_a_row_then_ubah_opens_it(panel, browser):
    log_in(browser, panel.url, 'kasi', PASSWORD, next_path='/tabel/narasumber')
    wait_until(lambda: grid_rows(browser), 'rows in the grid')
    cell = next(c for c in browser.find_elements('css selector', '.ag-cell[col-id="nama"]')
                if c.text == 'Bambang Prasetyo, S.E.')
    cell.click()
    wait_until(lambda: [row for row in browser.find_elements('css selector', '.ag-row-selected')
                        if 'Bambang Prasetyo, S.E.' in row.text], 'the row selected')
    button(browser, 'Ubah').click()
    wait_for_text(browser, 'Ubah Narasumber', timeout=8)
