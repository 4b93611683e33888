"""The "Data Stunting" story of issue #19 in a real browser: the administrator makes a table per desa
under U2 Pemberdayaan Masyarakat in Pengaturan → Struktur data and adds its two columns; the
Operator Desa of Jugosari fills a row in the form and sees only their desa's rows (a row of Jarit
is kept from them); the Camat sees both desas and exports them to Excel in one click.

A second test holds what this story once met in the browser: a table page open while the app loads
its structure again (another instance changed it) keeps its whole form; a reload used to leave it
with Desa only (core.structure.load_structure now keeps an added table's description)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import (body_text, button, click, dialog_button, dialog_settled, grid_rows, keys, log_in,
                               wait_for_path, wait_for_text, wait_until)
from tests.e2e.harness import PASSWORD

pytestmark = pytest.mark.e2e

JUGOSARI, JARIT = '35.08.03.2001', '35.08.03.2002'
TABLE = 't_data_stunting'


# ---- steps in the open dialog ------------------------------------------------------------------

def dialog_field(driver, label: str):
    """The visible input of the open dialog labelled `label` (without the required star)."""
    return wait_until(lambda: next((e for e in dialog_inputs(driver)
                                    if (e.get_attribute('aria-label') or '').rstrip(' *') == label), None),
                      f'the input {label!r} in the dialog')


def dialog_inputs(driver) -> list:
    return [e for e in driver.find_elements(By.CSS_SELECTOR, '.q-dialog input, .q-dialog textarea') if e.is_displayed()]


def type_into(driver, label: str, text: str) -> None:
    """Click a field of the open dialog and type into it."""
    dialog_field(driver, label).click()
    wait_until(lambda: focused_label(driver) == label, f'the focus in {label!r}')
    keys(driver, text)


def focused_label(driver) -> str:
    return (driver.switch_to.active_element.get_attribute('aria-label') or '').rstrip(' *')


def pick(driver, label: str, option: str, typed: str = '') -> None:
    """Click the select labelled `label` in the open dialog open, type `typed` to narrow its list
    (a select with type-ahead), and click `option`; the field then shows it."""
    control = wait_until(lambda: driver.execute_script(
        """return [...document.querySelectorAll('.q-dialog input[aria-label]')]
               .filter(e => e.getAttribute('aria-label').replace(/ \\*$/, '') === arguments[0])
               .map(e => e.closest('.q-field').querySelector('.q-field__control'))
               .find(c => c.getBoundingClientRect().width > 0) || null;""", label), f'the select {label!r}')
    control.click()
    if typed:
        keys(driver, typed)
    item = wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                                    if e.is_displayed() and e.text.strip() == option), None),
                      f'the choice {option!r} of {label!r}')
    item.click()
    wait_until(lambda: not [m for m in driver.find_elements(By.CSS_SELECTOR, '.q-menu') if m.is_displayed()],
               f'the list of {label!r} closed')
    wait_until(lambda: option in shown_in_select(driver, label), f'{option!r} shown in {label!r}')


def shown_in_select(driver, label: str) -> str:
    return driver.execute_script(
        """const input = [...document.querySelectorAll('.q-dialog input[aria-label]')]
               .find(e => e.getAttribute('aria-label').replace(/ \\*$/, '') === arguments[0]);
           if (!input) return '';   // a select with type-ahead shows its choice in the input itself
           return input.closest('.q-field').querySelector('.q-field__native').innerText + ' ' + input.value;""",
        label)


def tick(driver, text: str) -> None:
    """Click the checkbox of the open dialog whose label is `text` until it shows ticked."""
    box = wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, '.q-dialog .q-checkbox')
                                   if e.is_displayed() and e.text.strip() == text), None), f'the checkbox {text!r}')
    box.click()
    wait_until(lambda: box.get_attribute('aria-checked') == 'true', f'{text!r} ticked')


def dialog_closed(driver) -> bool:
    return not [d for d in driver.find_elements(By.CSS_SELECTOR, '.q-dialog') if d.is_displayed()]


RELOADED = 'Struktur data diubah di proses lain: dimuat ulang'   # core.structure.keep_structure_fresh


def structure_reloads(panel) -> int:
    """How many times the running app has loaded its structure again since it started (its log)."""
    return panel.server.log_path.read_text(errors='replace').count(RELOADED)


def reloaded_since(panel, before: int, what: str) -> None:
    wait_until(lambda: structure_reloads(panel) > before, f'the app to load its structure again after {what}')


# ---- set-up and checks straight in the database ------------------------------------------------------

async def _admin_account() -> None:
    from tests.helpers_auth import create_account
    await create_account('admin.struktur', 'Administrator', PASSWORD)


def make_accounts_and_a_jarit_row(panel) -> None:
    """The Operator Desa of Jugosari and a Camat log in later; an Operator Desa of Jarit writes one
    row through the app's own write path (core.records.save), as the Jarit office would."""
    async def work():
        from core import records, structure
        from core.accounts import load_actor
        from models.reference import Desa
        from models.table import TABLES
        from tests.helpers_auth import create_account

        await create_account('op.jugosari', 'Operator Desa', PASSWORD, desa_kode=JUGOSARI)
        await create_account('camat.stunting', 'Camat', PASSWORD)
        await structure.load_structure()   # this process learns the table the browser made (and its rights)
        try:
            op_jarit = await load_actor((await create_account('op.jarit.stunting', 'Operator Desa', PASSWORD,
                                                              desa_kode=JARIT)).id)
            jarit = await Desa.get(kode=JARIT)
            outcome = await records.save(TABLES[TABLE], op_jarit, {'desa': str(jarit.id), 'x_posyandu': 'Anggrek',
                                                                   'x_jumlah_balita': '52'})
            assert outcome.ok, outcome
        finally:
            structure.forget()   # leave this test process's tables as the other tests expect them
    panel.db(work)


def stored_rows(panel) -> list[tuple[str, str, Decimal | None]]:
    """(desa kode, posyandu, jumlah balita) of every live row, read with plain SQL."""
    async def work():
        from tortoise import connections
        _, rows = await connections.get('default').execute_query(
            f'SELECT d.kode, t.x_posyandu, t.x_jumlah_balita FROM {TABLE} t JOIN desa d ON d.id = t.desa_id '
            'WHERE t.deleted_at IS NULL ORDER BY t.id')
        return [(row['kode'], row['x_posyandu'], None if row['x_jumlah_balita'] is None
                 else Decimal(str(row['x_jumlah_balita']))) for row in rows]
    return panel.db(work)


def added_columns(panel) -> list[tuple[str, str]]:
    async def work():
        from models.structure import KolomTambahan
        return [(k.label, getattr(k.jenis, 'value', k.jenis))
                for k in await KolomTambahan.filter(tabel=TABLE).order_by('urutan', 'id')]
    return panel.db(work)


# ---- the story --------------------------------------------------------------------------------

def test_data_stunting_made_in_the_browser_filled_by_a_desa_and_exported_by_the_camat(panel, browser, downloads):
    import openpyxl

    # 1. the administrator makes the table and its two columns in Pengaturan → Struktur data
    panel.db(_admin_account)
    log_in(browser, panel.url, 'admin.struktur', PASSWORD, next_path='/pengaturan')
    wait_for_path(browser, '/pengaturan')
    tab = wait_until(lambda: next((e for e in browser.find_elements(By.CSS_SELECTOR, '[role="tab"]')
                                   if e.is_displayed() and 'struktur data' in e.text.lower()), None),
                     'the tab Struktur data')
    tab.click()
    click(browser, button(browser, 'Tambah tabel'))   # the tab's panel may still be sliding in
    wait_for_text(browser, 'Kolomnya ditambahkan sesudah tabel dibuat.')
    dialog_settled(browser)
    type_into(browser, 'Nama tabel', 'Data Stunting')
    pick(browser, 'Proses', 'U2 · Pemberdayaan Masyarakat', typed='Pemberdayaan')
    tick(browser, 'Per desa (Operator Desa hanya melihat dan mengisi baris desanya)')
    dialog_button(browser, 'Simpan').click()
    wait_for_text(browser, 'Tabel Data Stunting dibuat. Tambahkan kolomnya.')
    wait_until(lambda: dialog_closed(browser), 'the dialog closed')
    wait_until(lambda: browser.execute_script(
        """const input = [...document.querySelectorAll('input[aria-label="Tabel"]')].find(e => e.offsetParent);
           return input && input.value === 'Data Stunting';"""),
        'Data Stunting picked as the table of the tab')

    for label, jenis in (('Posyandu', 'Teks'), ('Jumlah Balita', 'Bilangan')):
        button(browser, 'Tambah kolom').click()
        dialog_settled(browser)
        type_into(browser, 'Label', label)
        pick(browser, 'Jenis', jenis)
        dialog_button(browser, 'Simpan').click()
        wait_until(lambda: dialog_closed(browser), f'the dialog of {label!r} closed')
        wait_for_text(browser, f'Data Stunting: kolom "{label}" ditambahkan')   # the Riwayat struktur
    wait_for_text(browser, 'Tabel "Data Stunting" dibuat di bawah proses Pemberdayaan Masyarakat')
    assert added_columns(panel) == [('Posyandu', 'teks'), ('Jumlah Balita', 'bilangan')]
    button(browser, 'Keluar').click()
    wait_for_path(browser, '/login')

    # 2. the Operator Desa of Jugosari fills a row; the row of Jarit is not theirs to see
    make_accounts_and_a_jarit_row(panel)
    log_in(browser, panel.url, 'op.jugosari', PASSWORD, next_path='/')
    wait_for_text(browser, 'Data Stunting')   # on their home page
    browser.get(f'{panel.url}/tabel/{TABLE}')
    wait_for_text(browser, 'Menampilkan 0–0 dari 0 data')   # the row of Jarit is not counted for them
    wait_for_text(browser, 'Tidak ada data.')   # and the grid drawn, empty: only then is "no Anggrek" worth checking
    assert 'Anggrek' not in body_text(browser) and grid_rows(browser) == []
    button(browser, 'Tambah').click()
    wait_for_text(browser, 'Tambah Data Stunting')
    dialog_settled(browser)
    type_into(browser, 'Posyandu', 'Melati')
    keys(browser, Keys.TAB, '40')   # Tab to Jumlah Balita
    assert focused_label(browser) == 'Jumlah Balita'
    dialog_button(browser, 'Simpan').click()
    wait_until(lambda: dialog_closed(browser), 'the form closed')
    rows = wait_until(lambda: [r for r in grid_rows(browser) if r.get('Posyandu') == 'Melati'], 'Melati in the grid')
    assert rows[0].get('Jumlah Balita') == '40,00', rows   # a Bilangan keeps two decimals, shown the Indonesian way
    assert [r.get('Posyandu') for r in grid_rows(browser)] == ['Melati']
    assert 'Anggrek' not in body_text(browser)
    assert stored_rows(panel) == [(JARIT, 'Anggrek', Decimal(52)), (JUGOSARI, 'Melati', Decimal(40))]
    button(browser, 'Keluar').click()
    wait_for_path(browser, '/login')

    # 3. the Camat sees both desas and exports them
    log_in(browser, panel.url, 'camat.stunting', PASSWORD, next_path=f'/tabel/{TABLE}')
    wait_for_path(browser, f'/tabel/{TABLE}')
    rows = wait_until(lambda: (found := grid_rows(browser)) and len(found) == 2 and all('Posyandu' in r for r in found)
                      and found, 'the two rows in the Camat\'s grid')
    assert {(r.get('Desa'), r['Posyandu']) for r in rows} == {('Jarit', 'Anggrek'), ('Jugosari', 'Melati')}
    button(browser, 'Ekspor Excel').click()
    wait_for_text(browser, 'Ekspor selesai: 2 baris.')
    files = wait_until(lambda: list(downloads.glob('*.xlsx')) if downloads.exists()
                       and not list(downloads.glob('*.crdownload')) else None, 'the downloaded xlsx file')
    assert len(files) == 1
    cells = [list(line) for line in openpyxl.load_workbook(files[0]).active.iter_rows(values_only=True)]
    header_at = next(i for i, line in enumerate(cells) if 'Posyandu' in line)
    posyandu = cells[header_at].index('Posyandu')
    data = [line for line in cells[header_at + 1:] if any(value is not None for value in line)]
    assert sorted(line[posyandu] for line in data) == ['Anggrek', 'Melati']


# ---- the bug the story met -------------------------------------------------------------------------

def as_another_instance(panel, change) -> None:
    """`await change(structure, admin)` in this process, as a second instance of the app behind the
    same database would make it (deploy/): its structure loaded first, forgotten after."""
    async def work():
        from core import structure
        from core.accounts import load_actor
        from models.accounts import User

        await structure.load_structure()
        try:
            await change(structure, await load_actor((await User.get(username='admin.kedua')).id))
        finally:
            structure.forget()
    panel.db(work)


def test_a_table_page_open_while_the_structure_reloads_keeps_its_form(panel, browser):
    """The Operator Desa has Data Posyandu open; the administrator adds a column to it meanwhile.
    Once the app has loaded the new structure, Tambah still shows the columns the page opened with."""
    async def accounts():
        from tests.helpers_auth import create_account
        await create_account('admin.kedua', 'Administrator', PASSWORD)
        await create_account('op.jugosari.dua', 'Operator Desa', PASSWORD, desa_kode=JUGOSARI)
    panel.db(accounts)

    async def make_table(structure, admin):
        await structure.create_table(admin, 'Data Posyandu', 'U2', per_desa=True)
        await structure.add_column(admin, 't_data_posyandu', 'Nama Posyandu', 'teks')
    reloads = structure_reloads(panel)
    as_another_instance(panel, make_table)
    reloaded_since(panel, reloads, 'Data Posyandu was made')
    log_in(browser, panel.url, 'op.jugosari.dua', PASSWORD, next_path='/tabel/t_data_posyandu')
    wait_until(lambda: browser.execute_script(
        "return [...document.querySelectorAll('.ag-header-cell')].some(h => h.innerText.includes('Nama Posyandu'))"),
        'the column Nama Posyandu in the grid')

    async def add_column(structure, admin):
        await structure.add_column(admin, 't_data_posyandu', 'Jumlah Kader', 'bilangan')
    reloads = structure_reloads(panel)
    as_another_instance(panel, add_column)
    reloaded_since(panel, reloads, 'Jumlah Kader was added')

    button(browser, 'Tambah').click()
    wait_for_text(browser, 'Tambah Data Posyandu')
    dialog_settled(browser)
    shown = [(e.get_attribute('aria-label') or '').rstrip(' *') for e in dialog_inputs(browser)]
    assert 'Nama Posyandu' in shown, f'the Tambah form shows only {shown}'
