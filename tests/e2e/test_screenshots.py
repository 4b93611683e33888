"""The README's pictures of the newer features, each taken in a real browser at 1366 × 768 after
the steps a person takes, and each checking what it shows: a scan uploaded in the surat masuk form
with its thumbnail, and the file open in the viewer (issue #16); the keyboard shortcut list, a
header's filter, the Impor Excel mapping step of the office's own SKM file (issue #17); the Ctrl+K
search with its results grouped by table, a Kasi's 'Untuk saya' card, a row's Riwayat (issue #18).

`make test-e2e` writes them to docs/screenshots; an ordinary run writes them to a temporary folder."""
from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from PIL import Image, ImageDraw, ImageFont
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from forms.indonesian import format_date
from tests.e2e.browser import (body_text, button, click, field, grid_rows, keys, log_in, open_in_form, select_all,
                               shoot, upload_in_form, wait_for_text, wait_until)
from tests.e2e.harness import PASSWORD
from tests.e2e.test_global_search import press_ctrl_k, results
from tests.e2e.browser import open_header_filter
from tests.e2e.test_grid_spreadsheet import cell, column_texts
from tests.test_import_mapping import FILE_ROWS, office_xlsx
from models.clock import office_today

pytestmark = pytest.mark.e2e
WIDTH, HEIGHT = 1366, 768
KASI_JABATAN = 'Kasi Pemberdayaan Masyarakat'   # the short title a disposisi gives the 'kasi' account's role


def desktop(driver) -> None:
    """An office screen of 1366 × 768, set before the first page so it is laid out for it."""
    driver.set_window_size(WIDTH, HEIGHT)
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                           {'width': WIDTH, 'height': HEIGHT, 'deviceScaleFactor': 1, 'mobile': False})


def picture(driver, folder, name: str) -> None:
    shoot(driver, folder, name, WIDTH, HEIGHT)


def letter_pdf() -> bytes:
    """A one-page scan of a letter: a picture of typed lines on A4, saved as PDF (as a scanner does)."""
    page = Image.new('RGB', (595, 842), 'white')
    draw = ImageDraw.Draw(page)
    big, small = ImageFont.load_default(22), ImageFont.load_default(13)
    draw.text((150, 50), 'PEMERINTAH KABUPATEN LUMAJANG', fill='black', font=big)
    draw.text((235, 80), 'INSPEKTORAT', fill='black', font=big)
    draw.line((50, 115, 545, 115), fill='black', width=3)
    draw.text((50, 140), 'Nomor   : 104/7/35.08/2026', fill='black', font=small)
    draw.text((50, 160), 'Perihal : Pemeriksaan reguler', fill='black', font=small)
    for line in range(14):
        draw.line((50, 220 + 24 * line, 545 if line % 5 != 4 else 330, 220 + 24 * line), fill='#555', width=2)
    draw.text((380, 620), 'Inspektur,', fill='black', font=small)
    buffer = io.BytesIO()
    page.save(buffer, 'PDF', resolution=72)
    return buffer.getvalue()


def surat_masuk(panel, perihal: str):
    async def read():
        from models.persuratan import SuratMasuk
        return await SuratMasuk.get(perihal=perihal, deleted_at__isnull=True)
    return panel.db(read)


def shown_dialog(driver):
    return next((d for d in reversed(driver.find_elements(By.CSS_SELECTOR, '.q-dialog')) if d.is_displayed()), None)


def test_a_scan_in_the_surat_masuk_form_and_in_the_viewer(panel, browser, screenshot_dir, tmp_path):
    scan = tmp_path / 'Scan pemeriksaan reguler.pdf'
    scan.write_bytes(letter_pdf())
    desktop(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    open_in_form(browser, lambda: cell(browser, 'perihal', 'Pemeriksaan reguler'), 'Ubah Surat Masuk')
    thumbnail = upload_in_form(browser, scan)
    wait_for_text(browser, scan.name)
    # the thumbnail is the letter drawn small: a portrait page, not an icon
    width, height = browser.execute_script('return [arguments[0].naturalWidth, arguments[0].naturalHeight]', thumbnail)
    assert height > width
    browser.execute_script('arguments[0].scrollIntoView({block: "center"})', thumbnail)
    picture(browser, screenshot_dir, 'berkas-scan')

    browser.find_element(By.CSS_SELECTOR, '.q-dialog button[aria-label="Lihat"]').click()
    frame = wait_until(lambda: next((f for f in browser.find_elements(By.CSS_SELECTOR, '.q-dialog iframe')
                                     if f.is_displayed()), None), 'the viewer with the PDF')
    viewer = shown_dialog(browser)
    assert scan.name in viewer.text and 'Buka di tab baru' in viewer.text
    served = browser.execute_async_script("""const done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(r => done([r.status, r.headers.get('content-type'),
                                            r.headers.get('content-disposition')]), e => done(String(e)));""",
                                          frame.get_attribute('src'))
    assert served[0] == 200 and served[1].startswith('application/pdf') and served[2].startswith('inline')
    picture(browser, screenshot_dir, 'berkas-penampil')

    viewer.find_element(By.CSS_SELECTOR, 'button[aria-label="Tutup"]').click()
    wait_until(lambda: not [f for f in browser.find_elements(By.CSS_SELECTOR, '.q-dialog iframe') if f.is_displayed()],
               'the viewer to close')
    button(browser, 'Simpan').click()
    wait_for_text(browser, 'Surat Masuk tersimpan')
    saved = wait_until(lambda: surat_masuk(panel, 'Pemeriksaan reguler').berkas, 'the scan saved with the surat')
    assert [item['nama'] for item in saved] == [scan.name]


def test_the_shortcut_list_opened_with_a_question_mark(panel, browser, screenshot_dir):
    desktop(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')
    cell(browser, 'klasifikasi').click()   # a cell edited in the form only: `?` is not typed into it
    keys(browser, '?')
    wait_for_text(browser, 'Pintasan keyboard')
    text = shown_dialog(browser).text
    for words in ('Insert / Alt+N', 'Ctrl+Enter', 'Ctrl+Z', 'F2 / Enter / klik dua kali'):
        assert words in text
    picture(browser, screenshot_dir, 'pintasan')


def test_a_header_filter_narrows_the_grid(panel, browser, screenshot_dir):
    desktop(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')
    box = open_header_filter(browser, 'asal_surat')
    box.send_keys('desa')
    button(browser, 'Terapkan').click()
    wait_until(lambda: sorted(column_texts(browser, 'asal_surat')) == ['Desa Jarit', 'Desa Sumberwuluh'],
               'the rows the server filtered')
    assert 'Menampilkan 1–2 dari 2 data' in body_text(browser)
    box = open_header_filter(browser, 'asal_surat')   # shown again over the rows it chose
    assert box.get_attribute('value') == 'desa'
    picture(browser, screenshot_dir, 'filter-kolom')


def test_the_import_mapping_step_of_an_office_skm_file(panel, browser, screenshot_dir, tmp_path):
    async def kepala_pelayanan():
        from tests.helpers_auth import create_account
        await create_account('pelayanan', 'Kepala Seksi Pelayanan Umum', PASSWORD)
    panel.db(kepala_pelayanan)
    office_file = tmp_path / 'Rekap SKM November.xlsx'
    office_file.write_bytes(office_xlsx(FILE_ROWS))
    desktop(browser)
    log_in(browser, panel.url, 'pelayanan', PASSWORD, next_path='/tabel/skm_responden')
    wait_for_text(browser, 'Responden SKM')

    def opened() -> bool:
        """A click before the page is connected is lost: clicked again only while nothing opened."""
        if shown_dialog(browser) is None:
            button(browser, 'Impor Excel').click()
        return 'Impor Excel · Responden SKM' in body_text(browser)
    wait_until(opened, 'the Impor Excel dialog')
    picker = wait_until(lambda: browser.execute_script(
        """return [...document.querySelectorAll('.q-dialog .q-uploader input[type=file]')]
               .find(i => (i.getAttribute('accept') || '').includes('.xlsx')) || null;"""), 'the file input')
    picker.send_keys(str(office_file))
    wait_for_text(browser, 'Pemetaan kolom')
    text = shown_dialog(browser).text
    assert 'Kolom tidak dikenal: No., Tgl Survei, L/P, Umur, U1' in text
    assert 'Sudah cocok: Layanan, Pendidikan, Pekerjaan.' in text
    chosen = browser.execute_script("""
        const shown = {};
        document.querySelectorAll('.q-dialog .q-field').forEach(f => {
            const label = f.querySelector('.q-field__label');
            const value = f.querySelector('.q-field__native input');
            if (label && value) shown[label.innerText.trim()] = value.value.trim(); });
        return shown;""")
    assert (chosen['Tgl Survei'], chosen['L/P'], chosen['Umur'], chosen['No.']) == (
        'Tanggal Survei', 'Jenis Kelamin', 'Usia (tahun)', '(lewati kolom ini)')
    impor = next(b for b in shown_dialog(browser).find_elements(By.TAG_NAME, 'button') if 'Impor' in b.text.split('\n'))
    assert not impor.is_enabled()   # nothing is read before the mapping is applied
    picture(browser, screenshot_dir, 'impor-pemetaan')


def test_ctrl_k_shows_the_rows_found_grouped_by_table(panel, browser, screenshot_dir):
    desktop(browser)
    log_in(browser, panel.url, 'camat', PASSWORD, next_path='/tabel/surat_masuk')
    wait_for_text(browser, 'camat · Camat')
    wait_until(lambda: press_ctrl_k(browser), 'the search opened by Ctrl+K')
    keys(browser, 'jarit')
    wait_for_text(browser, 'Surat Masuk (1)')
    wait_for_text(browser, 'Usulan Musrenbang (')
    # the results of the whole word: on a loaded machine a pause in the typing searches a part of it first
    wait_until(lambda: (found := results(browser))
               and any('Permohonan rekomendasi' in line and 'Desa Jarit' in line for line in found)
               and any('Posyandu balita dan lansia' in line for line in found), 'the surat and the usulan of Jarit')
    picture(browser, screenshot_dir, 'cari')


def test_a_kasi_finds_the_disposisi_to_them_on_the_home_page(panel, browser, screenshot_dir):
    today = office_today()
    late, soon = today - timedelta(days=6), today + timedelta(days=9)

    async def dispose():
        from core.access import Action
        from core.accounts import set_permission
        from models.accounts import Role
        from models.persuratan import Disposisi, SuratMasuk
        role = await Role.get(nama='Kepala Seksi Pemberdayaan Masyarakat')
        for action in (Action.LIHAT, Action.UBAH):   # the administrator ticks disposisi for the section
            await set_permission(role, 'disposisi', action, True)
        for perihal, batas in (('Jadwal musrenbang kecamatan', late), ('Undangan rapat koordinasi pertanahan', soon)):
            surat = await SuratMasuk.get(perihal=perihal)
            await Disposisi.create(surat_masuk=surat, tanggal=today - timedelta(days=10), dari_jabatan='Camat Candipuro',
                                   kepada_jabatan=KASI_JABATAN, isi='Mohon ditindaklanjuti.', batas_waktu=batas)
    panel.db(dispose)
    desktop(browser)
    log_in(browser, panel.url, 'kasi', PASSWORD)
    wait_for_text(browser, 'Jadwal musrenbang kecamatan')
    card = browser.find_element(By.XPATH, '//a[normalize-space()="Untuk saya"]/ancestor::div[contains(@class, "q-card")]')
    lines = card.text.split('\n')
    # the overdue one first, its deadline passed; the other with the working days left
    assert lines.index(next(l for l in lines if 'Jadwal musrenbang' in l)) < \
        lines.index(next(l for l in lines if 'Undangan rapat koordinasi pertanahan' in l))
    assert f'(batas {format_date(late)})' in card.text and f'(s.d. {format_date(soon)})' in card.text
    assert card.text.count('Tindak lanjuti') == 2 and '(dari Camat Candipuro)' in card.text
    picture(browser, screenshot_dir, 'untuk-saya')


def test_a_rows_riwayat_has_a_line_per_field(panel, browser, screenshot_dir):
    desktop(browser)
    log_in(browser, panel.url, 'kasi', PASSWORD, next_path='/tabel/narasumber')
    wait_until(lambda: grid_rows(browser), 'rows in the grid')
    open_in_form(browser, lambda: cell(browser, 'nama', 'Bambang Prasetyo, S.E.'), 'Ubah Narasumber')
    for label, value in (('Nama', 'Bambang Prasetyo, S.E., M.M.'), ('Bidang Keahlian', 'Koperasi dan BUMDes'),
                         ('Kontak (telepon/email)', 'bambang@lumajangkab.go.id')):
        field(browser, label).click()
        select_all(browser)
        keys(browser, Keys.BACKSPACE, value)
    button(browser, 'Simpan').click()
    wait_for_text(browser, 'Narasumber tersimpan')
    wait_until(lambda: 'Narasumber tersimpan' not in body_text(browser), 'the message to go, out of the picture')
    cell(browser, 'nama', 'Bambang Prasetyo, S.E., M.M.').click()
    wait_until(lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, '.ag-row-selected')
                        if 'Bambang Prasetyo, S.E., M.M.' in r.text], 'the row selected')
    browser.find_element(By.CSS_SELECTOR, 'button[aria-label="Aksi lainnya"]').click()
    wait_until(lambda: next((i for i in browser.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                             if i.is_displayed() and 'Riwayat' in i.text.split('\n')), None), 'Riwayat in the menu').click()
    wait_for_text(browser, 'Riwayat Narasumber')
    details = wait_until(lambda: [c.text for c in browser.find_elements(By.CSS_SELECTOR, '.q-dialog td')
                                  if 'Bidang Keahlian' in c.text], 'the change in the history')
    assert details[0].split('\n') == [
        'Nama: Bambang Prasetyo, S.E. → Bambang Prasetyo, S.E., M.M.',
        'Bidang Keahlian: UMKM dan Koperasi → Koperasi dan BUMDes',
        'Kontak (telepon/email): 0812 3456 7802 → bambang@lumajangkab.go.id']
    assert 'kasi' in shown_dialog(browser).text
    picture(browser, screenshot_dir, 'riwayat')


def test_struktur_data_lists_the_columns_the_administrator_added(panel, browser, screenshot_dir):
    """Pengaturan → Struktur data for Narasumber, with three columns the administrator added (one
    retired) and the Riwayat struktur below (issue #19)."""
    async def add_columns():
        from core import structure
        from core.accounts import load_actor
        from tests.helpers_auth import create_account
        admin = await load_actor((await create_account('admin.foto', 'Administrator', PASSWORD)).id)
        await structure.add_column(admin, 'narasumber', 'Nomor Sertifikat', 'teks', dicari=True,
                                   bantuan='Sertifikat narasumber dari lembaga pelatihan')
        await structure.add_column(admin, 'narasumber', 'Tarif per Jam', 'uang')
        old = await structure.add_column(admin, 'narasumber', 'Kode Lama', 'teks')
        await structure.retire_column(admin, old.id)
        await structure.add_column(admin, 'narasumber', 'Status Kontrak', 'pilihan', pilihan='Aktif\nSelesai')
        structure.forget()     # the columns are the app's to attach; this test process leaves its models as they were
    panel.db(add_columns)
    desktop(browser)
    log_in(browser, panel.url, 'admin.foto', PASSWORD, next_path='/pengaturan')
    wait_until(lambda: next((t for t in browser.find_elements(By.CSS_SELECTOR, '[role="tab"]')
                             if t.is_displayed() and 'struktur data' in t.text.lower()), None),
               'the Struktur data tab').click()
    wait_until(lambda: 'tambah kolom' in body_text(browser).lower(), 'the Struktur data tab open')
    click(browser, field(browser, 'Tabel'))   # the tab's panel may still be sliding in
    wait_until(lambda: (browser.switch_to.active_element.get_attribute('aria-label') or '') == 'Tabel',
               'the focus in the table picker')  # typed before it, the letters would go nowhere
    keys(browser, 'Narasum')                    # the list of tables narrows as one types
    wait_until(lambda: next((e for e in browser.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                             if e.is_displayed() and e.text.strip() == 'Narasumber'), None), 'Narasumber offered').click()
    wait_for_text(browser, 'Status Kontrak')
    # the Riwayat struktur below is drawn after the columns, by a read of its own
    for words in ('Nomor Sertifikat', 'Uang (Rupiah)', 'Dipensiunkan', 'kolom "Kode Lama" dipensiunkan'):
        wait_for_text(browser, words)
    picture(browser, screenshot_dir, 'struktur-data')


def test_a_rekap_of_the_surat_masuk_grid(panel, browser, screenshot_dir):
    """The Rekap of the surat masuk grid (issue #19): its rows grouped, with a chart and totals."""
    desktop(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')
    shown = wait_until(lambda: re.search(r'dari ([\d.]+) data', body_text(browser)), 'the count of the grid')
    total = shown.group(1)        # other browser tests add surat masuk to the shared database
    browser.find_element(By.CSS_SELECTOR, 'button[aria-label="Aksi lainnya"]').click()
    wait_until(lambda: next((i for i in browser.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                             if i.is_displayed() and 'Rekap' in i.text.split('\n')), None), 'Rekap in the menu').click()
    wait_for_text(browser, 'Rekap Surat Masuk')
    wait_for_text(browser, f'Jumlah seluruhnya: {total}')   # the figures come after the dialog's title
    wait_until(lambda: [c for c in browser.find_elements(By.CSS_SELECTOR, '.q-dialog td') if c.text == 'Jumlah'],
               'the totals of the Rekap')
    wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, '.q-dialog canvas'), 'the Rekap chart')
    picture(browser, screenshot_dir, 'rekap')
