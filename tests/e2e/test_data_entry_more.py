"""Issue #17's forms and grid actions in a real browser at 1366 × 768, with the keyboard where the
feature is: the SKM answers typed as digits and arrows, Selesai hari ini from the grid (click and
Enter), the disposisi form (Dari first, Lanjutan of the same surat only, today's date), a click
selecting a row in Sampah, fill-down with Ctrl+D and the bulk edit of one column. What each writes
is read back from the database. The touch-phone tests are in test_data_entry_phone.py."""
from __future__ import annotations


import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import (body_text, button, chord, click, dialog_button, dialog_settled, focused, focused_cell,
                               grid_cell, grid_rows, is_input, keys, log_in, menu_item, scroll_grid_to, tab_to,
                               wait_for_text, wait_until)
from tests.e2e.harness import PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e
WIDTH, HEIGHT = 1366, 768
TODAY = office_today().strftime('%d/%m/%Y')


def desktop(browser) -> None:
    browser.set_window_size(WIDTH, HEIGHT)
    browser.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                            {'width': WIDTH, 'height': HEIGHT, 'deviceScaleFactor': 1, 'mobile': False})


def value_of(browser, label: str) -> str:
    return browser.execute_script("""return [...document.querySelectorAll('.q-dialog input[aria-label]')]
        .find(e => e.getAttribute('aria-label').replace(/ \\*$/, '') === arguments[0] && e.offsetParent !== null).value""",
                                  label)


def selected_texts(browser, col_id: str) -> list[str]:
    """The column's values of the rows the grid has selected."""
    return browser.execute_script("""const grid = document.querySelector('.nicegui-aggrid');
        return getElement(grid.id.slice(1)).api.getSelectedNodes().map(n => n.data[arguments[0]]);""", col_id)


def make_requests(panel, requests: list[tuple[int, str, str]], status: str = 'Diterima') -> None:
    """PATEN requests of this year (no. registrasi, nama pemohon, petugas) for the 'staf' account's grid."""
    async def create():
        from models.pelayanan import JenisLayanan, RegisterLayanan, StatusLayanan
        layanan = await JenisLayanan.first()
        for number, nama, petugas in requests:
            await RegisterLayanan.create(tahun=office_today().year, no_registrasi=number, tanggal=office_today(),
                                         nik='3508035203900002', nama_pemohon=nama, petugas=petugas, layanan=layanan,
                                         status=StatusLayanan(status))
    panel.db(create)


def requests_of(panel, names: list[str]) -> dict[str, object]:
    async def read():
        from models.pelayanan import RegisterLayanan
        return {r.nama_pemohon: r for r in await RegisterLayanan.filter(nama_pemohon__in=names)}
    return panel.db(read)


def skm_by_saran(panel, saran: str):
    async def read():
        from models.pelayanan import SkmResponden
        return await SkmResponden.filter(saran=saran).first()
    return panel.db(read)


def test_skm_answers_typed_as_digits_and_arrows_without_the_mouse(panel, browser):
    desktop(browser)
    log_in(browser, panel.url, 'staf', PASSWORD, next_path='/tabel/skm_responden')
    wait_until(lambda: 'Menampilkan' in body_text(browser), 'the SKM grid')

    def opened() -> bool:   # Insert before the page is connected is lost: pressed again while nothing opened
        if not browser.find_elements('css selector', '.q-dialog'):
            keys(browser, Keys.INSERT)
        return 'Tambah Responden SKM' in body_text(browser)
    wait_until(opened, 'the Tambah form opened by Insert')
    wait_until(lambda: is_input('Tanggal Survei')(focused(browser)), 'the focus in Tanggal Survei')
    assert value_of(browser, 'Tanggal Survei') == TODAY
    keys(browser, Keys.TAB)
    for label, typed, shown in (('Layanan', 'domisili', 'Surat Keterangan Domisili Usaha'), ('Jenis Kelamin', 'p', 'P'),
                                ('Pendidikan', 'sma', 'SMA'), ('Pekerjaan', 'wira', 'Wirausaha')):
        if label == 'Pendidikan':
            assert is_input('Usia (tahun)')(focused(browser))
            keys(browser, '41', Keys.TAB)
        assert is_input(label)(focused(browser)), f'the focus in {label}'
        keys(browser, typed)
        wait_until(lambda: shown in browser.execute_script(
            "return [...document.querySelectorAll('.q-menu .q-item--active, .q-menu .q-manual-focusable--focused')]"
            ".map(e => e.innerText.trim())"), f'{shown} marked in the list of {label}')
        keys(browser, Keys.TAB)
        wait_until(lambda: value_of(browser, label) == shown, f'{shown} chosen by Tab')

    # one Tab stop per answer: a digit picks the point, the arrows step it (not past 1 or 4), a 7 is no point
    points = {}
    for n, typed, expected in ((1, ['3', Keys.ARROW_UP, Keys.ARROW_UP], 4), (2, ['2'], 2), (3, ['2', Keys.ARROW_LEFT,
                               Keys.ARROW_DOWN], 1), (4, [Keys.ARROW_RIGHT, '4'], 4), (5, ['3'], 3), (6, ['3', '7'], 3),
                               (7, ['4'], 4), (8, ['1', Keys.ARROW_RIGHT], 2), (9, ['3'], 3)):
        assert (focused(browser).get_attribute('aria-label') or '').startswith(f'U{n} '), f'the focus in U{n}'
        for key in typed:
            keys(browser, key)
        label = focused(browser).get_attribute('aria-label').rstrip(' *')
        wait_until(lambda: value_of(browser, label) == str(expected), f'U{n} at {expected}')
        pressed = browser.execute_script("""return arguments[0].closest('.q-field')
            .querySelector('.scale-buttons [aria-pressed=true]').innerText.replace('\\n', ' ')""", focused(browser))
        assert pressed.startswith(f'{expected} '), f'U{n}: the button {pressed!r} shown pressed'
        points[n] = expected
        keys(browser, Keys.TAB)
    assert is_input('Saran')(focused(browser))
    keys(browser, 'Antrean lebih tertib (papan ketik)')
    chord(browser, Keys.CONTROL, 's')
    saved = wait_until(lambda: skm_by_saran(panel, 'Antrean lebih tertib (papan ketik)'), 'the answers in the database')
    assert [getattr(saved, f'u{n}') for n in range(1, 10)] == [points[n] for n in range(1, 10)] == [4, 2, 1, 4, 3, 3, 4,
                                                                                                     2, 3]
    assert (saved.usia, saved.jenis_kelamin.value, saved.pendidikan.value, saved.tanggal) == (41, 'P', 'SMA', office_today())


def test_selesai_hari_ini_from_the_grid_by_click_and_by_enter(panel, browser):
    make_requests(panel, [(801, 'Pemohon Klik', 'Rina'), (802, 'Pemohon Papan Ketik', 'Rina')], status='Diproses')
    desktop(browser)
    log_in(browser, panel.url, 'staf', PASSWORD, next_path='/tabel/register_layanan')
    wait_until(lambda: {'Pemohon Klik', 'Pemohon Papan Ketik'} <= {r.get('Nama Pemohon') for r in grid_rows(browser)},
               'the two requests in the grid')

    def quick_button(nama: str):
        index = grid_cell(browser, 'nama_pemohon', nama).find_element('xpath', './ancestor::div[@row-index]') \
            .get_attribute('row-index')
        return browser.find_element('css selector', f'.ag-row[row-index="{index}"] .ag-cell[col-id="_aksi"]'), int(index)

    # a click on the row's Selesai: asked, nothing saved before Ya
    # the grid draws a cell's button (its renderer) after the row's text
    cell = wait_until(lambda: (found := quick_button('Pemohon Klik')[0]).text == 'Selesai' and found,
                      'the Selesai button of the request')
    cell.find_element('css selector', 'button').click()
    wait_for_text(browser, 'Selesai hari ini?')
    assert f'Tanggal Selesai belum diisi. Isi dengan hari ini, {TODAY}' in body_text(browser)
    assert requests_of(panel, ['Pemohon Klik'])['Pemohon Klik'].status.value == 'Diproses'
    click(browser, dialog_button(browser, 'Ya, hari ini'))   # the dialog may still be scaling in
    wait_for_text(browser, 'Pemohon Klik selesai.')
    wait_until(lambda: not quick_button('Pemohon Klik')[0].find_elements('css selector', 'button'),
               'the grid drawn anew: Selesai as the status, no button')

    # the keyboard: the cell focused with the arrows, Enter presses its button, Enter on the autofocused Ya
    def focus_the_request() -> bool:   # a click landing while the grid is drawn anew is lost: clicked again
        index = quick_button('Pemohon Papan Ketik')[1]
        if focused_cell(browser) != (index, 'Nama Pemohon'):
            grid_cell(browser, 'nama_pemohon', 'Pemohon Papan Ketik').click()
        return focused_cell(browser) == (index, 'Nama Pemohon')
    wait_until(focus_the_request, 'the focus on the request')
    keys(browser, Keys.ARROW_RIGHT)    # from the name kept on the left to the quick action, the next column
    wait_until(lambda: browser.execute_script("return document.activeElement.getAttribute('col-id')") == '_aksi',
               'the focus on the Selesai cell')
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Selesai hari ini?')
    dialog_settled(browser)
    wait_until(lambda: 'Ya, hari ini' in focused(browser).text, 'the focus on Ya, hari ini')
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Pemohon Papan Ketik selesai.')

    saved = requests_of(panel, ['Pemohon Klik', 'Pemohon Papan Ketik'])
    assert {(r.status.value, r.tanggal_selesai) for r in saved.values()} == {('Selesai', office_today())}
    scroll_grid_to(browser, 'tanggal_selesai')
    wait_until(lambda: [r.get('Tanggal Selesai') for r in grid_rows(browser)   # the name is kept in view on the left
                        if r.get('Nama Pemohon') in ('Pemohon Klik', 'Pemohon Papan Ketik')] == [TODAY, TODAY],
               'today in the grid, dd/mm/yyyy')


def disposisi_of(panel, perihal: str):
    async def read():
        from models.persuratan import Disposisi
        return await Disposisi.filter(surat_masuk__perihal=perihal).order_by('id')
    return panel.db(read)


def test_the_disposisi_form_dari_first_lanjutan_of_the_same_surat_and_today(panel, browser):
    async def dispose():
        from models.persuratan import Disposisi, SuratMasuk
        for perihal, kepada in (('Pemeriksaan reguler', 'Sekretaris Camat'), ('Vaksinasi anak sekolah', 'Kasi Kesra')):
            surat = await SuratMasuk.get(perihal=perihal)
            await Disposisi.create(surat_masuk=surat, dari_jabatan='Camat', kepada_jabatan=kepada,
                                   tanggal=surat.tanggal_diterima)
    panel.db(dispose)

    async def undispose():
        from models.persuratan import Disposisi
        made = await Disposisi.filter(surat_masuk__perihal__in=['Pemeriksaan reguler', 'Vaksinasi anak sekolah'])
        for disposisi in made:
            await disposisi.delete()
        for disposisi in made:   # the surat's status follows its (now no) disposisi: Belum Disposisi again
            await disposisi.after_write()
    first = disposisi_of(panel, 'Pemeriksaan reguler')[0]
    try:
        desktop(browser)
        log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
        wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')
        grid_cell(browser, 'perihal', 'Pemeriksaan reguler').click()
        button(browser, 'Disposisi').click()
        wait_for_text(browser, 'Disposisi · Surat Masuk')
        click(browser, dialog_button(browser, 'Tambah'))   # the dialog may still be scaling in
        wait_for_text(browser, 'Tambah Disposisi')

        # the focus in Tanggal, today; Tab: Dari, then Lanjutan (also above it on the screen)
        wait_until(lambda: is_input('Tanggal')(focused(browser)), 'the focus in Tanggal')
        assert value_of(browser, 'Tanggal') == TODAY
        keys(browser, Keys.TAB)
        assert is_input('Dari')(focused(browser))
        keys(browser, 'Sekretaris Camat', Keys.TAB)
        assert is_input('Lanjutan dari Disposisi')(focused(browser))
        tops = browser.execute_script("""return ['Dari *', 'Lanjutan dari Disposisi'].map(l =>
            document.querySelector(`.q-dialog input[aria-label="${l}"]`).getBoundingClientRect().top);""")
        assert tops[0] < tops[1], f'Dari at {tops[0]} px, below Lanjutan at {tops[1]} px'
        keys(browser, Keys.ARROW_DOWN)
        listed = wait_until(lambda: [e.text for e in browser.find_elements('css selector', '.q-menu .q-item')
                                     if e.is_displayed()], 'the list of Lanjutan')
        assert listed == [f'{first.tanggal.strftime("%d/%m/%Y")} Sekretaris Camat'], listed   # not Kasi Kesra's
        keys(browser, Keys.ARROW_DOWN)
        wait_until(lambda: browser.execute_script(
            "return [...document.querySelectorAll('.q-menu .q-item--active, .q-menu .q-manual-focusable--focused')]"
            ".map(e => e.innerText.trim())") == listed, 'the disposisi marked in the list')
        keys(browser, Keys.ENTER)
        wait_until(lambda: value_of(browser, 'Lanjutan dari Disposisi') == listed[0], 'the lanjutan chosen')
        keys(browser, Keys.TAB)
        assert is_input('Kepada')(focused(browser))
        keys(browser, 'Kasi Pemerintahan')
        chord(browser, Keys.CONTROL, 's')
        saved = wait_until(lambda: next((d for d in disposisi_of(panel, 'Pemeriksaan reguler')
                                         if d.kepada_jabatan == 'Kasi Pemerintahan'), None), 'the disposisi in the database')
        assert (saved.dari_jabatan, saved.induk_id, saved.tanggal) == ('Sekretaris Camat', first.id, office_today())
    finally:
        panel.db(undispose)   # the surat's status as before: the later tests sort by it


def test_a_click_on_a_row_in_sampah_selects_it_and_pulihkan_restores_it(panel, browser):
    async def delete():
        from core import records
        from core.accounts import load_actor
        from models.accounts import User
        from models.persuratan import SuratMasuk
        from models.table import TABLES
        actor = await load_actor((await User.get(username='umum')).id)
        surat = await SuratMasuk.get(perihal='Rekonsiliasi aset')
        assert (await records.delete(TABLES['surat_masuk'], actor, surat.id)).ok
    panel.db(delete)
    desktop(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: 'Rekonsiliasi aset' not in {r.get('Perihal') for r in grid_rows(browser)} and grid_rows(browser),
               'the grid without the deleted surat')
    browser.find_element('css selector', 'button[aria-label="Aksi lainnya"]').click()
    menu_item(browser, 'Sampah').click()
    wait_for_text(browser, 'Sampah · Surat Masuk')

    def row_of_bpkd():
        return next(r for r in browser.find_elements('css selector', '.q-dialog tbody tr') if 'BPKD' in r.text)
    assert 'selected' not in row_of_bpkd().get_attribute('class')
    # a cell, not the checkbox, once the dialog has stopped scaling in
    click(browser, next(c for c in row_of_bpkd().find_elements('css selector', 'td') if c.text == 'BPKD'))
    wait_until(lambda: 'selected' in row_of_bpkd().get_attribute('class'), 'the row selected by the click')
    assert row_of_bpkd().find_element('css selector', '.q-checkbox').get_attribute('aria-checked') == 'true'
    dialog_button(browser, 'Pulihkan').click()
    wait_for_text(browser, 'Data Surat Masuk dipulihkan.')
    wait_until(lambda: 'Rekonsiliasi aset' in {r.get('Perihal') for r in grid_rows(browser)}, 'the surat back in the grid')


def test_fill_down_with_ctrl_d_and_bulk_edit_of_one_column(panel, browser):
    names = ['Pemohon Isi A', 'Pemohon Isi B', 'Pemohon Isi C']
    make_requests(panel, [(903, names[0], 'Andi'), (902, names[1], 'Budi'), (901, names[2], 'Citra')])
    desktop(browser)
    log_in(browser, panel.url, 'staf', PASSWORD, next_path='/tabel/register_layanan')
    wait_until(lambda: [r.get('Nama Pemohon') for r in grid_rows(browser)][:3] == names, 'the three requests on top')
    scroll_grid_to(browser, 'petugas')

    def petugas() -> list[str]:
        return [r.get('Petugas') for r in grid_rows(browser)][:3]
    # the grid draws the columns scrolled into view after the scroll, not at once
    wait_until(lambda: petugas() == ['Andi', 'Budi', 'Citra'], 'the Petugas column in view')

    # the top row clicked, Shift+click on the third: Ctrl+D copies the top cell down the selection
    grid_cell(browser, 'petugas', 'Andi').click()
    ActionChains(browser).key_down(Keys.SHIFT).click(grid_cell(browser, 'petugas', 'Citra')).key_up(Keys.SHIFT).perform()
    wait_until(lambda: selected_texts(browser, 'petugas') and sorted(selected_texts(browser, 'petugas')) == [
        'Andi', 'Budi', 'Citra'], 'the three rows selected')
    chord(browser, Keys.CONTROL, 'd')
    wait_for_text(browser, 'Petugas diisi ke bawah pada 2 baris.')
    wait_until(lambda: petugas() == ['Andi', 'Andi', 'Andi'], 'the top cell filled down in the grid')
    assert {r.petugas for r in requests_of(panel, names).values()} == {'Andi'}
    chord(browser, Keys.CONTROL, 'z')
    wait_until(lambda: petugas() == ['Andi', 'Budi', 'Citra'], 'the fill undone')

    # a lone cell: the second row clicked, the arrow down to the third, Ctrl+D: the cell above, as in Excel
    grid_cell(browser, 'petugas', 'Budi').click()
    keys(browser, Keys.ARROW_DOWN)
    wait_until(lambda: focused_cell(browser) == (2, 'Petugas'), 'the focus on the third row')
    chord(browser, Keys.CONTROL, 'd')
    wait_until(lambda: petugas() == ['Andi', 'Budi', 'Budi'], 'the cell above copied into the focused one')

    # Ctrl+click the first and third rows, one column for both in the bulk edit, chosen and typed by keyboard
    grid_cell(browser, 'nama_pemohon', names[0]).click()
    ActionChains(browser).key_down(Keys.CONTROL).click(grid_cell(browser, 'nama_pemohon', names[2])) \
        .key_up(Keys.CONTROL).perform()
    wait_until(lambda: sorted(selected_texts(browser, 'nama_pemohon')) == [names[0], names[2]], 'two rows selected')
    button(browser, 'Baris terpilih').click()
    menu_item(browser, 'Ubah kolom untuk baris terpilih').click()
    wait_for_text(browser, 'Ubah 2 baris terpilih')
    tab_to(browser, is_input('Kolom'), 'the Kolom select', limit=4)
    keys(browser, 'pet')
    wait_until(lambda: 'Petugas' in browser.execute_script(
        "return [...document.querySelectorAll('.q-menu .q-item--active, .q-menu .q-manual-focusable--focused')]"
        ".map(e => e.innerText.trim())"), 'Petugas marked in the list')
    keys(browser, Keys.TAB)
    wait_until(lambda: is_input('Petugas')(focused(browser)), 'the focus in the Petugas input')
    keys(browser, 'Dewi')
    tab_to(browser, lambda e: e.tag_name == 'button' and 'Simpan' in e.text.split('\n'), 'Simpan', limit=4)
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Petugas diubah pada 2 baris.')
    wait_until(lambda: petugas() == ['Dewi', 'Budi', 'Dewi'], 'the two rows changed in the grid')
    saved = requests_of(panel, names)
    assert [saved[n].petugas for n in names] == ['Dewi', 'Budi', 'Dewi']
