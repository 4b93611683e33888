"""Issue #17 on a 390 × 844 touch phone, by taps only: the SKM answers as four labelled choices a
thumb can hit, each question readable, saved as numbers and shown in the grid; and the grid's
toolbar fitting the screen, its secondary actions in the ⋮ menu."""
from __future__ import annotations


import pytest

from tests.e2e.browser import (PHONE_WIDTH, body_text, button, dialog_button, grid_rows, keys, log_in, menu_item,
                               phone, scroll_grid_to, size_of, tap, wait_for_text, wait_until)
from tests.e2e.harness import PASSWORD
from models.clock import office_today

pytestmark = pytest.mark.e2e
WORDS = ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik']
ANSWERS = [3, 4, 2, 1, 4, 3, 2, 4, 1]   # U1 … U9, the last tap of each question


def tap_choose(browser, label: str, option: str | None = None) -> str:
    """Tap a select labelled `label` open and tap `option` (the first item when None); returns it."""
    box = wait_until(lambda: browser.execute_script(
        """return [...document.querySelectorAll('.q-dialog input[aria-label]')]
               .filter(e => e.getAttribute('aria-label').replace(/ \\*$/, '') === arguments[0])
               .map(e => e.closest('.q-field').querySelector('.q-field__control'))
               .find(c => c.getBoundingClientRect().width > 0) || null;""", label), f'the select {label!r}')
    tap(browser, box)
    item = wait_until(lambda: next((e for e in browser.find_elements('css selector', '.q-menu .q-item')
                                    if e.is_displayed() and option in (None, e.text.strip())), None),
                      f'the choice {option or "(first)"} of {label!r}')
    text = item.text.strip()
    tap(browser, item)
    wait_until(lambda: not [m for m in browser.find_elements('css selector', '.q-menu') if m.is_displayed()],
               f'the list of {label!r} closed')
    return text


def question(browser, n: int):
    """The field of the answer Un: its input, its label element and its buttons."""
    return browser.execute_script("""
        const input = [...document.querySelectorAll('.q-dialog input[aria-label]')]
            .find(e => e.getAttribute('aria-label').startsWith(`U${arguments[0]} `));
        const f = input.closest('.q-field');
        return [input, f.querySelector('.q-field__label'), [...f.querySelectorAll('.scale-buttons button')]];""", n)


def test_skm_answers_tapped_on_a_phone(panel, browser):
    phone(browser)
    log_in(browser, panel.url, 'staf', PASSWORD, next_path='/tabel/skm_responden')
    wait_until(lambda: 'Menampilkan' in body_text(browser), 'the SKM grid')
    tap(browser, button(browser, 'Tambah'))
    wait_for_text(browser, 'Tambah Responden SKM')
    tap_choose(browser, 'Layanan', 'Surat Keterangan Domisili Usaha')
    tap_choose(browser, 'Jenis Kelamin', 'L')
    tap(browser, browser.find_element('css selector', '.q-dialog input[aria-label^="Usia"]'))
    keys(browser, '67')   # the phone's number pad
    tap_choose(browser, 'Pendidikan', 'SD')
    tap_choose(browser, 'Pekerjaan', 'Lainnya')

    for n, last in enumerate(ANSWERS, start=1):
        box, label, choices = question(browser, n)
        # the question reads in full on the phone, and its four choices are words a thumb can hit
        assert browser.execute_script('return arguments[0].scrollWidth <= arguments[0].clientWidth + 1', label), \
            f'the label of U{n} is cut: {label.get_attribute("innerText")!r} in {size_of(browser, label)[0]:.0f} px'
        assert [c.text.replace('\n', ' ') for c in choices] == [f'{p} {w}' for p, w in enumerate(WORDS, start=1)]
        for choice in choices:
            width, height = size_of(browser, choice)
            assert width >= 44 and height >= 44, f'a choice of {width:.0f} × {height:.0f} px is too small for a thumb'
        # a thumb scrolls the question up from under the form's Simpan and Batal bar before it taps
        browser.execute_script('arguments[0].scrollIntoView({block: "center"})', choices[0])
        for point in [p for p in (1, 2, 3, 4) if p != last] + [last]:   # each of the four, ending on the answer
            tap(browser, question(browser, n)[2][point - 1])
            wait_until(lambda: question(browser, n)[0].get_attribute('value') == str(point)
                       and [c.get_attribute('aria-pressed') for c in question(browser, n)[2]]
                       == ['true' if p == point else 'false' for p in (1, 2, 3, 4)], f'U{n} at {point}, pressed')
    width = browser.execute_script('return document.documentElement.scrollWidth')
    assert width <= PHONE_WIDTH, f'the form is {width} px wide'
    tap(browser, dialog_button(browser, 'Simpan'))
    wait_until(lambda: 'Tambah Responden SKM' not in body_text(browser), 'the form to close')

    async def read():
        from models.pelayanan import SkmResponden
        return await SkmResponden.filter(usia=67, pendidikan='SD').first()
    saved = wait_until(lambda: panel.db(read), 'the answers in the database')
    assert [getattr(saved, f'u{n}') for n in range(1, 10)] == ANSWERS
    assert (saved.jenis_kelamin.value, saved.pekerjaan.value, saved.tanggal) == ('L', 'Lainnya', office_today())

    shown = {}
    for n in range(1, 10):   # the grid scrolls sideways on a phone: each answer's column brought into view
        scroll_grid_to(browser, f'u{n}')
        shown[n] = wait_until(lambda: browser.execute_script(
            """const grid = document.querySelector('.nicegui-aggrid');
               const api = getElement(grid.id.slice(1)).api;
               let index = null;
               api.forEachNode(node => { if (node.data.id === arguments[1]) index = node.rowIndex; });
               const cell = document.querySelector(`.ag-row[row-index="${index}"] .ag-cell[col-id="${arguments[0]}"]`);
               return cell ? cell.innerText.trim() : null;""", f'u{n}', saved.id), f'the cell of U{n} in the grid')
    assert [shown[n] for n in range(1, 10)] == [str(a) for a in ANSWERS], shown


def test_the_grid_toolbar_fits_a_phone_and_the_menu_holds_the_rest(panel, browser):
    phone(browser)
    log_in(browser, panel.url, 'umum', PASSWORD, next_path='/tabel/surat_masuk')
    wait_until(lambda: len(grid_rows(browser)) >= 8, 'the surat masuk in the grid')
    width = browser.execute_script('return document.documentElement.scrollWidth')
    assert width <= PHONE_WIDTH, f'the page is {width} px wide: it scrolls sideways'
    toolbar = button(browser, 'Tambah').find_element('xpath', './parent::div')
    shown = browser.execute_script("""
        return [...arguments[0].children].filter(e => e.getBoundingClientRect().width > 0).map(e => {
            const r = e.getBoundingClientRect();
            return [e.innerText.replace(/\\n/g, ' ').trim() || e.getAttribute('aria-label') || e.tagName,
                    r.left, r.right, r.height]; });""", toolbar)
    outside = [(name, left, right) for name, left, right, _ in shown if left < 0 or right > PHONE_WIDTH + 0.5]
    assert not outside, f'toolbar controls off the screen: {outside}'
    lines = browser.execute_script("""   // controls side by side share a line whatever their heights
        const boxes = [...arguments[0].children].map(e => e.getBoundingClientRect()).filter(r => r.width > 0)
            .sort((a, b) => a.top - b.top);
        let lines = 0, bottom = -Infinity;
        for (const r of boxes) { if (r.top >= bottom - 1) { lines += 1; bottom = r.bottom; }
                                 else bottom = Math.max(bottom, r.bottom); }
        return lines;""", toolbar)
    assert lines <= 2, f'the toolbar takes {lines} lines on a phone'   # the search box, then the buttons
    for text in ('Tambah', 'Ubah'):
        assert size_of(browser, button(browser, text))[1] >= 36
    secondary = ('Riwayat', 'Sampah', 'Impor Excel', 'Ekspor Excel', 'Disposisi')
    assert not [b for b in browser.find_elements('css selector', 'button')
                if b.is_displayed() and b.text.split('\n')[-1] in secondary], 'secondary buttons on the phone toolbar'

    tap(browser, browser.find_element('css selector', 'button[aria-label="Lainnya"]'))
    for text in secondary:
        item = menu_item(browser, text)
        assert item.location['x'] + item.size['width'] <= PHONE_WIDTH + 0.5, f'{text} off the screen in the menu'
    tap(browser, menu_item(browser, 'Sampah'))   # an item of the menu works with a tap
    wait_for_text(browser, 'Sampah · Surat Masuk')
