"""Search across everything in a real browser (issue #18): Ctrl+K on any page opens the search,
typing shows the rows found grouped by table, the arrows and Enter open one in its form; the
header's Cari button does the same, and a role that may only read a row gets it read-only."""
from __future__ import annotations


import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.e2e.browser import body_text, button, field, focused, keys, log_in, select_all, wait_for_text, wait_until
from tests.e2e.harness import PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e

SEARCH_LABEL = 'Cari di semua tabel'


def search_open(driver) -> bool:
    """The search box shown and focused, as it is now (no wait: the callers wait on this)."""
    box = focused(driver)
    return box.get_attribute('aria-label') == SEARCH_LABEL and box.is_displayed()


def press_ctrl_k(driver) -> bool:
    """Ctrl+K, then whether the search box is shown and focused (the page's keyboard listens once
    the page is connected: a key pressed before that is lost, so the caller waits on this)."""
    ActionChains(driver).key_down(Keys.CONTROL).send_keys('k').key_up(Keys.CONTROL).perform()
    try:
        return wait_until(lambda: search_open(driver), 'the search box', timeout=2)
    except AssertionError:
        return False


def results(driver) -> list[str]:
    return [item.text for item in driver.find_elements(By.CSS_SELECTOR, '.global-search-hit') if item.is_displayed()]


def test_ctrl_k_type_and_enter_opens_the_row_in_its_form(panel, browser):
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_keluar')
    wait_for_text(browser, 'umum · Kepala Subbag Umum dan Kepegawaian')
    wait_until(lambda: press_ctrl_k(browser), 'the search opened by Ctrl+K')
    keys(browser, 'bencana lahar')
    wait_for_text(browser, 'Surat Masuk (1)')
    # the results of the whole text: on a loaded machine a pause in the typing searches a part of it first
    wait_until(lambda: (found := results(browser)) and found[0].startswith('7/') and 'Laporan bencana lahar' in found[0]
               and 'Perihal: Laporan bencana lahar' in found[0], 'the surat first, and where the text was found')
    keys(browser, Keys.ARROW_DOWN)                      # from the box to the first result
    wait_until(lambda: 'global-search-hit' in (focused(browser).get_attribute('class') or ''),
               'the focus on the first result')
    keys(browser, Keys.ENTER)
    wait_for_text(browser, 'Ubah Surat Masuk')
    wait_until(lambda: field(browser, 'Perihal').get_attribute('value') == 'Laporan bencana lahar',
               'the surat open in its form')
    wait_until(lambda: not search_open(browser), 'the search box gone, or without the focus')


def test_the_cari_button_finds_despite_a_typo_and_opens_read_only(panel, browser):
    log_in(browser, panel.url, 'camat', PASSWORD)
    wait_for_text(browser, 'camat · Camat')

    def opened() -> bool:
        """A click before the page is connected is lost: clicked again only while nothing opened."""
        if not any(e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, '.q-dialog')):
            button(browser, 'Cari').click()
        return search_open(browser)
    wait_until(opened, 'the search opened by the Cari button')
    keys(browser, 'bencna lahar')                       # a letter missing
    wait_for_text(browser, 'Yang mirip (satu huruf berbeda)')
    wait_for_text(browser, 'Surat Masuk (1)')
    keys(browser, Keys.ENTER)                           # Enter in the box opens the first result
    wait_for_text(browser, 'Anda hanya boleh melihat data ini.')
    text = body_text(browser)
    assert 'Surat Masuk: 7/' in text and 'Desa Sumberwuluh' in text
    assert 'Ubah Surat Masuk' not in text


def test_an_operator_desa_finds_only_their_desas_rows(panel, browser):
    async def elsewhere():
        from decimal import Decimal

        from models.musrenbang import UsulanMusrenbang
        from models.reference import Desa
        jugosari = await Desa.get(nama='Jugosari')
        await UsulanMusrenbang.get_or_create(
            desa=jugosari, kegiatan='Saluran irigasi tersier Jugosari',
            defaults={'tahun_rencana': 2030, 'bidang': 'Pertanian', 'lokasi': 'Dusun Krajan Jugosari',
                      'volume': Decimal(50), 'satuan': 'm', 'perkiraan_biaya': Decimal(10_000_000),
                      'urutan_prioritas': 1})
    panel.db(elsewhere)
    log_in(browser, panel.url, 'jarit', PASSWORD)
    wait_for_text(browser, 'jarit · Operator Desa')
    wait_until(lambda: press_ctrl_k(browser), 'the search opened by Ctrl+K')
    keys(browser, 'irigasi')
    wait_for_text(browser, 'Usulan Musrenbang (1)')
    shown = wait_until(lambda: (lines := [line.split('\n')[0] for line in results(browser)])
                       and f'{office_today().year + 1} #2 Saluran irigasi tersier' in lines and lines,
                       'the usulan of Jarit among the results')   # those of the whole word, not of a part typed first
    assert not [line for line in shown if 'Jugosari' in line]
    select_all(browser)
    keys(browser, 'irigasi Jugosari')
    wait_for_text(browser, 'Tidak ada yang cocok dengan “irigasi Jugosari”')
    assert not results(browser)
