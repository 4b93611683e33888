"""Small steps a person takes in the browser, for the tests: type with the keyboard, Tab to a
control, wait for a text, read the grid as it is shown. Elements are found by what a person sees
(visible Indonesian text, input labels, aria-labels), never by the app's internal ids."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, TypeVar

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

T = TypeVar('T')
WAIT = 20.0


def wait_until(check: Callable[[], T], what: str, timeout: float = WAIT) -> T:
    """Poll `check` until it returns something truthy (bounded); fail naming `what`."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except (StaleElementReferenceException, WebDriverException, AssertionError) as error:
            last_error = error
        time.sleep(0.1)
    raise AssertionError(f'waited {timeout:.0f} s for {what}' + (f' (last error: {last_error})' if last_error else ''))


def keys(driver, *sequence: str) -> None:
    """Type into whatever has the focus, as a keyboard would."""
    ActionChains(driver).send_keys(*sequence).perform()


def select_all(driver) -> None:
    """Ctrl+A in the focused input (modifier pressed and released, so nothing else is typed with it)."""
    ActionChains(driver).key_down(Keys.CONTROL).send_keys('a').key_up(Keys.CONTROL).perform()


def paste(driver) -> None:
    """Ctrl+V: the browser fires a real 'paste' event on the focused element with the clipboard's text."""
    ActionChains(driver).key_down(Keys.CONTROL).send_keys('v').key_up(Keys.CONTROL).perform()


def focused(driver) -> WebElement:
    return driver.switch_to.active_element


def describe(element: WebElement) -> str:
    label = element.get_attribute('aria-label') or element.text.replace('\n', ' ')[:40]
    return f'<{element.tag_name}> {label!r}'


def tab_to(driver, is_target: Callable[[WebElement], bool], what: str, limit: int = 60,
           backwards: bool = False) -> WebElement:
    """Press Tab (or Shift+Tab) until the focused element is the target: proves it is reachable by keyboard."""
    seen = []
    for _ in range(limit):
        element = focused(driver)
        if is_target(element):
            return element
        seen.append(describe(element))
        if backwards:
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            keys(driver, Keys.TAB)
    raise AssertionError(f'{what} not reached with {limit} Tab presses; passed: {seen[-12:]}')


def is_button(text: str) -> Callable[[WebElement], bool]:
    return lambda e: e.tag_name == 'button' and text in e.text.split('\n')


def is_input(label: str) -> Callable[[WebElement], bool]:
    return lambda e: e.tag_name in ('input', 'textarea') and (e.get_attribute('aria-label') or '').rstrip(' *') == label


def body_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, 'body').text


def wait_for_text(driver, text: str, timeout: float = WAIT) -> None:
    wait_until(lambda: text in body_text(driver), f'the text {text!r} on {driver.current_url}', timeout)


def wait_for_path(driver, path: str, timeout: float = WAIT) -> None:
    wait_until(lambda: driver.current_url.split('?')[0].endswith(path), f'the address {path}', timeout)


def link(driver, text: str) -> WebElement:
    return wait_until(lambda: next((e for e in driver.find_elements(By.LINK_TEXT, text) if e.is_displayed()), None),
                      f'a visible link {text!r}')


def button(driver, text: str) -> WebElement:
    return wait_until(lambda: next((e for e in driver.find_elements(By.TAG_NAME, 'button')
                                    if e.is_displayed() and text in e.text.split('\n')), None),
                      f'a visible button {text!r}')


def field(driver, label: str) -> WebElement:
    """The visible input whose label (aria-label, without the required star) is `label`."""
    return wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, 'input, textarea')
                                    if e.is_displayed() and (e.get_attribute('aria-label') or '').rstrip(' *') == label),
                                   None), f'a visible input labelled {label!r}')


def choose(driver, label: str, option: str) -> None:
    """Open the select labelled `label` and pick `option` from its list, as a finger or mouse would."""
    box = wait_until(lambda: driver.execute_script(
        """return [...document.querySelectorAll('input[aria-label]')]
               .filter(e => e.getAttribute('aria-label').replace(/ \\*$/, '') === arguments[0])
               .map(e => e.closest('.q-field').querySelector('.q-field__control'))
               .find(c => c.getBoundingClientRect().width > 0) || null;""", label), f'a visible select labelled {label!r}')
    driver.execute_script('arguments[0].scrollIntoView({block: "center"})', box)
    box.click()
    item = wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                                    if e.is_displayed() and e.text.strip() == option), None),
                      f'the choice {option!r} of {label!r}')
    item.click()


def open_by_double_click(driver, cell: WebElement, expected_text: str, tries: int = 3) -> None:
    """Double-click (a double tap on a phone) a grid cell until its form shows `expected_text`; a
    double click landing while the grid is still re-rendering can be lost, so it is retried (bounded)."""
    for _ in range(tries - 1):
        ActionChains(driver).double_click(cell).perform()
        try:
            wait_for_text(driver, expected_text, timeout=5)
            return
        except AssertionError:
            pass
    ActionChains(driver).double_click(cell).perform()
    wait_for_text(driver, expected_text, timeout=8)


def open_in_form(driver, cell: WebElement | Callable[[], WebElement], expected_text: str, tries: int = 3) -> None:
    """Select a grid cell's row with a click and open its form with the toolbar's Ubah (on a desktop a
    double click edits the cell itself); a click landing while the grid re-renders can be lost, so
    it is retried (bounded). `cell` may be a function finding it anew for each try."""
    for attempt in range(tries):
        (cell() if callable(cell) else cell).click()
        button(driver, 'Ubah').click()
        try:
            wait_for_text(driver, expected_text, timeout=5 if attempt < tries - 1 else 8)
            return
        except AssertionError:
            if attempt == tries - 1:
                raise


def upload_in_form(driver, path: Path) -> WebElement:
    """Pick a file in the open form's files uploader (QUploader sends it at once) and wait until its
    thumbnail, drawn by the server's /berkas route, has loaded; returns the thumbnail <img>."""
    picker = wait_until(lambda: driver.execute_script(
        """return [...document.querySelectorAll('.q-dialog .q-uploader input[type=file]')]
               .find(i => (i.getAttribute('accept') || '').includes('.pdf')) || null;"""),
        'the file input of the form\'s uploader')
    picker.send_keys(str(path))
    return wait_until(lambda: driver.execute_script(
        """return [...document.querySelectorAll('.q-dialog img')]
               .find(i => i.src.includes('/gambar-kecil') && i.complete && i.naturalWidth > 0) || null;"""),
        'the thumbnail of the uploaded file, loaded')


def log_in(driver, base_url: str, username: str, password: str, next_path: str = '/') -> None:
    """Log in with the keyboard only: the user name field has the focus, Tab, password, Enter."""
    driver.get(f'{base_url}/login?next={next_path}')
    wait_until(lambda: is_input('Nama pengguna')(focused(driver)), 'the focus in the user name field')
    keys(driver, username, Keys.TAB)
    wait_until(lambda: is_input('Kata sandi')(focused(driver)), 'the focus in the password field')
    keys(driver, password, Keys.ENTER)
    wait_until(lambda: '/login' not in driver.current_url, f'leaving the login page as {username}')


# ---- the grid -------------------------------------------------------------------------------

def grid_rows(driver) -> list[dict[str, str]]:
    """The grid as shown: one dict per displayed row, header text → cell text."""
    return driver.execute_script("""
        const root = document.querySelector('.ag-root-wrapper');
        if (!root) return [];
        const headers = {};
        root.querySelectorAll('.ag-header-cell[col-id]').forEach(h => {
            headers[h.getAttribute('col-id')] = h.innerText.replace(/[▲▼]/g, '').trim(); });
        const rows = {};  // a row is split between the column pinned on the left (on a phone) and the rest
        root.querySelectorAll('.ag-pinned-left-cols-container .ag-row, .ag-center-cols-container .ag-row').forEach(r => {
            const index = Number(r.getAttribute('row-index'));
            const row = rows[index] || (rows[index] = {});
            r.querySelectorAll('.ag-cell[col-id]').forEach(c => { row[headers[c.getAttribute('col-id')]] = c.innerText.trim(); });
        });
        return Object.keys(rows).sort((a, b) => a - b).map(k => rows[k]);
    """)


def scroll_grid_to(driver, col_id: str) -> None:
    """Scroll the grid sideways until a column is on screen (on a phone most columns are off to the right)."""
    driver.execute_script("""
        const grid = document.querySelector('.nicegui-aggrid');
        getElement(grid.id.slice(1)).api.ensureColumnVisible(arguments[0], 'middle');""", col_id)


def focused_cell(driver) -> tuple[int, str] | None:
    """(row index, column header) of the grid cell that has the keyboard focus."""
    found = driver.execute_script("""
        const cell = document.activeElement && document.activeElement.closest('.ag-cell');
        if (!cell) return null;
        const row = cell.closest('.ag-row');
        const colId = cell.getAttribute('col-id');
        const header = document.querySelector(`.ag-header-cell[col-id="${colId}"]`);
        return [Number(row.getAttribute('row-index')), header ? header.innerText.replace(/[▲▼]/g, '').trim() : colId];
    """)
    return tuple(found) if found else None


# ---- a phone ---------------------------------------------------------------------------------

PHONE_WIDTH, PHONE_HEIGHT = 390, 844


def phone(driver) -> None:
    """Make the browser a phone-size touch screen (390 × 844) before a page is opened, so the page
    is laid out for it from the start."""
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {
        'width': PHONE_WIDTH, 'height': PHONE_HEIGHT, 'deviceScaleFactor': 1, 'mobile': True})
    driver.execute_cdp_cmd('Emulation.setTouchEmulationEnabled', {'enabled': True, 'maxTouchPoints': 5})


def settled(driver, element: WebElement, what: str = 'the element') -> tuple[int, int]:
    """The middle (x, y) of the element once it has stopped moving and nothing covers it there: the
    same middle at two looks 0.1 s apart, and the element (or a child of it) on top at that point."""
    driver.execute_script('arguments[0].scrollIntoView({block: "nearest", inline: "nearest"})', element)
    seen: list[tuple[int, int]] = []

    def still_and_uncovered() -> tuple[int, int] | None:
        x, y, hit = driver.execute_script(
            'const e = arguments[0], r = e.getBoundingClientRect(), x = r.left + r.width / 2, '
            'y = r.top + r.height / 2, top = document.elementFromPoint(x, y); '
            'return [Math.round(x), Math.round(y), !!top && (top === e || e.contains(top))];', element)
        still = bool(seen) and seen[-1] == (x, y)   # the same middle as at the last look, 0.1 s before
        seen.append((x, y))
        return (x, y) if still and hit else None
    return wait_until(still_and_uncovered, f'{what}, still and not covered')


def tap(driver, element: WebElement) -> None:
    """A finger's tap in the middle of the element (touch events, not a mouse click), once the element
    has stopped moving and nothing covers its middle. A tap lands where the middle is at that moment:
    while a dialog was still sliding in on a loaded machine, a tap meant for its Layanan select
    opened the Jenis Kelamin one below it."""
    x, y = settled(driver, element, 'the element to tap')
    actions = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, 'finger'))
    actions.pointer_action.move_to_location(x, y).pointer_down().pointer_up()
    actions.perform()


def click(driver, element: WebElement) -> None:
    """A mouse click on the element once it has stopped moving and nothing covers its middle (see
    `tap`): a button of a dialog still scaling in, or of a tab panel still sliding in, moves between
    the moment Selenium reads where its middle is and the click, which then lands beside it."""
    settled(driver, element, 'the element to click')
    element.click()


def size_of(driver, element: WebElement) -> tuple[float, float]:
    """(width, height) in CSS pixels, as a finger meets it."""
    return tuple(driver.execute_script('const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];',
                                       element))


def still_picture(driver, timeout: float = 5.0) -> bytes:
    """The viewport once it has stopped changing (a resize's layout, a dialog's transition, charts
    animating in): two pictures in a row alike. Past `timeout` (a spinner never stops) the last one."""
    deadline = time.monotonic() + timeout
    picture = driver.get_screenshot_as_png()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        previous, picture = picture, driver.get_screenshot_as_png()
        if picture == previous:
            break
    return picture


def shoot(driver, folder: Path, name: str, width: int = 1366, height: int = 820) -> Path:
    """A screenshot of exactly width × height CSS pixels (the viewport, as a person would see it),
    taken once the page has stopped moving."""
    driver.execute_cdp_cmd('Emulation.setDeviceMetricsOverride',
                           {'width': width, 'height': height, 'deviceScaleFactor': 1, 'mobile': width < 600})
    path = folder / f'{name}.png'
    path.write_bytes(still_picture(driver))
    return path


# ---- dialogs, menus and chords (issue #17's data-entry tests) -------------------------------------

def chord(driver, modifier: str, key: str) -> None:
    """A modifier held while a key is pressed (Ctrl+D, Ctrl+Z, Ctrl+S), then released."""
    ActionChains(driver).key_down(modifier).send_keys(key).key_up(modifier).perform()


def dialog_button(driver, text: str) -> WebElement:
    """A visible button of the open dialog (the page behind may have one of the same name)."""
    return wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, '.q-dialog button')
                                    if e.is_displayed() and text in e.text.split('\n')), None),
                      f'a visible button {text!r} in the dialog')


def menu_item(driver, text: str) -> WebElement:
    """A visible item of an open menu (the toolbar's Lainnya or ⋮, Baris terpilih)."""
    return wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, '.q-menu .q-item')
                                    if e.is_displayed() and text in e.text.split('\n')), None),
                      f'the menu item {text!r}')


def grid_cell(driver, col_id: str, text: str) -> WebElement:
    """The visible cell of column `col_id` showing `text` (the main grid's, or the open dialog's)."""
    return wait_until(lambda: next((c for c in driver.find_elements(By.CSS_SELECTOR, f'.ag-cell[col-id="{col_id}"]')
                                    if c.is_displayed() and c.text == text), None), f'the cell {text!r} of {col_id}')


def dialog_settled(driver) -> None:
    """Wait until the open dialogs have finished appearing (and closing ones are gone). While Quasar's
    transition runs, the dialog moves the focus itself, so a key typed then may go down on one element
    and up on another and press nothing (a QBtn clicks on the key's release)."""
    wait_until(lambda: driver.execute_script(   # every dialog: a question opens over the form it is about
        "const inner = [...document.querySelectorAll('.q-dialog .q-dialog__inner')];"
        "return inner.length > 0 && inner.every(d => !/q-transition--/.test(d.className))"),
        'the dialog shown, its transition over')


def open_header_filter(driver, col_id: str):
    """Click a header's filter button until its filter's input shows (retried, bounded, like a double click)."""
    def shown_input():
        return next((e for e in driver.find_elements('css selector', '.ag-popup input') if e.is_displayed()), None)
    for attempt in range(3):
        driver.find_element('css selector', f'.ag-header-cell[col-id="{col_id}"] .ag-header-cell-filter-button').click()
        try:
            return wait_until(shown_input, f'the filter of {col_id}', timeout=5 if attempt < 2 else 10)
        except AssertionError:
            if attempt == 2:
                raise
