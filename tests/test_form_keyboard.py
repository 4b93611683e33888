"""The record form from the keyboard (issue #17), through the page as a clerk uses it: the focus
starts in the first field that can be typed in, read-only fields and the inputs' icons are no tab
stops, Enter / Ctrl+S save, Esc cancels (asking first when something was typed), Ctrl+Enter saves
and opens the next blank form with the dates, references and choices kept, a date is shown back as
dd/mm/yyyy on leaving it, and a status that needs a date offers today in one click."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from nicegui import ElementFilter, ui
from nicegui.testing import User
from nicegui.testing.user_interaction import UserInteraction

from forms import indonesian
from forms.indonesian import format_date
from models.clock import office_today
from models.pelayanan import JenisLayanan, RegisterLayanan
from models.persuratan import SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES
from pages.record_form import sticky_fields
from tests.conftest import form_messages, grid_rows, handled, in_open_form, open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as

TODAY = office_today()


def field(user: User, name: str) -> ui.element:
    return in_open_form(user, f'field-{name}')


def put(user: User, name: str, value) -> None:
    target = field(user, name)
    if isinstance(target, ui.select):
        target.value = value
    else:
        UserInteraction(user, {target}, None).clear().type(str(value))


async def press(user: User, marker: str, event: str) -> None:
    """A key on an element of the open form (its listener as the browser would call it)."""
    async with handled():
        UserInteraction(user, {in_open_form(user, marker)}, None).trigger(event)


def in_form(user: User, kind: type[ui.element]) -> list[ui.element]:
    with user:
        return list(ElementFilter(kind=kind, local_scope=False).within(instance=open_form(user)))


async def open_surat_form(user: User) -> None:
    await create_account('sari', 'Kepala Subbag Umum dan Kepegawaian')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await open_form_by(user, 'tambah')


def type_surat(user: User, perihal: str) -> None:
    put(user, 'nomor_surat', f'005/{perihal[:3]}/2026')
    put(user, 'tanggal_surat', format_date(TODAY))
    put(user, 'asal_surat', 'Bappeda')
    put(user, 'perihal', perihal)


def surat(perihal: str):
    return SuratMasuk.filter(perihal=perihal, deleted_at__isnull=True).first()


async def test_the_focus_starts_in_the_first_field_and_tab_skips_what_cannot_be_typed(user: User) -> None:
    await open_surat_form(user)
    autofocused = [marker for element in in_form(user, ui.element) if 'autofocus' in element.props
                   for marker in element._markers]
    assert autofocused == ['field-no_agenda']          # Tahun before it is derived, read-only
    tahun = field(user, 'tahun')
    assert tahun.props.get('readonly') and str(tahun.props.get('tabindex')) == '-1'
    # no Quasar clearable (its clear icon is a tab stop); the icons of the inputs are not tab stops
    assert not [e for e in in_form(user, ui.element) if e.props.get('clearable')]
    icons = in_form(user, ui.icon)
    assert {'edit_calendar', 'cancel'} <= {icon.props.get('name') for icon in icons}
    assert all(str(icon.props.get('tabindex')) == '-1' for icon in icons if icon.props.get('name') in ('edit_calendar', 'cancel'))


async def test_enter_in_a_one_line_input_saves(user: User) -> None:
    await open_surat_form(user)
    type_surat(user, 'Undangan rapat Enter')
    await press(user, 'field-perihal', 'keydown.enter.exact')
    saved = await until(lambda: surat('Undangan rapat Enter'), what='the surat saved by Enter')
    assert saved.asal_surat == 'Bappeda'
    with pytest.raises(LookupError):
        open_form(user)


def in_form_listens(user: User, marker: str, event: str) -> bool:
    return any(listener.type == event for listener in in_open_form(user, marker)._event_listeners.values())


async def test_a_long_text_keeps_enter_for_a_new_line_and_ctrl_s_saves_anywhere(user: User) -> None:
    await open_surat_form(user)
    assert in_form_listens(user, 'field-perihal', 'keydown.enter.exact')
    assert not in_form_listens(user, 'field-ringkasan', 'keydown.enter.exact')
    type_surat(user, 'Undangan rapat CtrlS')
    put(user, 'ringkasan', 'Baris satu')
    await press(user, 'formulir', 'keydown.ctrl.s.prevent')
    saved = await until(lambda: surat('Undangan rapat CtrlS'), what='the surat saved by Ctrl+S')
    assert saved.ringkasan == 'Baris satu'


async def test_esc_closes_an_untouched_form_and_asks_before_dropping_typed_values(user: User) -> None:
    await open_surat_form(user)
    await press(user, 'formulir', 'keyup.esc')
    with pytest.raises(LookupError):
        open_form(user)

    await open_form_by(user, 'tambah')
    put(user, 'perihal', 'Belum selesai diketik')
    await press(user, 'formulir', 'keyup.esc')
    await user.should_see('Buang isian?')
    await press(user, 'lanjut-mengisi', 'click')
    assert field(user, 'perihal').value == 'Belum selesai diketik'     # back in the form, nothing lost
    await press(user, 'formulir', 'keyup.esc')
    await user.should_see('Buang isian?')
    await press(user, 'buang', 'click')
    with pytest.raises(LookupError):
        open_form(user)
    assert await surat('Belum selesai diketik') is None


def test_the_sticky_fields_are_dates_references_and_choices_without_unique_ones() -> None:
    assert sticky_fields(TABLES['surat_masuk']) == ['tanggal_diterima', 'tanggal_surat', 'asal_surat', 'klasifikasi',
                                                    'sifat', 'urgensi', 'status']   # asal surat: a filtered text
    assert sticky_fields(TABLES['register_layanan']) == ['tanggal', 'desa', 'layanan', 'status', 'tanggal_selesai']
    assert 'nip' not in sticky_fields(TABLES['pegawai'])


async def test_save_and_add_another_keeps_the_dates_references_and_choices(user: User) -> None:
    await open_surat_form(user)
    assert field(user, 'no_agenda').value == '1'
    klasifikasi = await KlasifikasiArsip.filter(deleted_at__isnull=True).order_by('id').first()
    diterima = TODAY - timedelta(days=1)
    put(user, 'tanggal_diterima', format_date(diterima))
    type_surat(user, 'Surat pertama')
    put(user, 'tanggal_surat', format_date(diterima))
    put(user, 'klasifikasi', klasifikasi.id)
    put(user, 'sifat', 'Terbatas')
    put(user, 'urgensi', 'Segera')
    first_form = open_form(user)
    await press(user, 'formulir', 'keydown.ctrl.enter.prevent')
    first = await until(lambda: surat('Surat pertama'), what='the first surat saved')
    assert (first.tanggal_diterima, first.sifat.value, first.urgensi.value, first.klasifikasi_id) == \
        (diterima, 'Terbatas', 'Segera', klasifikasi.id)

    assert open_form(user) is not first_form and first_form.is_deleted      # the next blank form
    assert field(user, 'tanggal_diterima').value == format_date(diterima)
    assert field(user, 'tanggal_surat').value == format_date(diterima)
    assert field(user, 'klasifikasi').value == klasifikasi.id
    assert (field(user, 'sifat').value, field(user, 'urgensi').value) == ('Terbatas', 'Segera')
    assert field(user, 'no_agenda').value == '2'                         # the next number, suggested afresh
    assert field(user, 'asal_surat').value == 'Bappeda'                  # the same sender's pile
    assert [field(user, name).value for name in ('nomor_surat', 'perihal')] == ['', '']

    put(user, 'nomor_surat', '006/2/2026')
    put(user, 'asal_surat', 'Inspektorat')
    put(user, 'perihal', 'Surat kedua')
    async with handled():
        UserInteraction(user, {in_open_form(user, 'simpan-tambah')}, None).click()                      # the button does the same
    second = await until(lambda: surat('Surat kedua'), what='the second surat saved')
    assert (second.no_agenda, second.tanggal_diterima, second.urgensi.value) == (2, diterima, 'Segera')
    assert field(user, 'perihal').value == ''


async def test_an_edit_form_has_no_save_and_add_another(user: User) -> None:
    await create_account('sari', 'Kepala Subbag Umum dan Kepegawaian')
    await SuratMasuk.create(tahun=TODAY.year, no_agenda=1, tanggal_diterima=TODAY, nomor_surat='005/1/2026',
                            tanggal_surat=TODAY, asal_surat='Bappeda', perihal='Sudah ada')
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    rows = await until(lambda: grid_rows(user), what='the row in the grid')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': rows[0]})
    await open_form_by(user, 'ubah')
    with pytest.raises(StopIteration):
        in_open_form(user, 'simpan-tambah')
    assert not in_form_listens(user, 'formulir', 'keydown.ctrl.enter.prevent')


async def test_a_date_is_shown_back_as_dd_mm_yyyy_when_the_field_is_left(user: User, monkeypatch) -> None:
    monkeypatch.setattr(indonesian, 'today', lambda: date(2026, 12, 3))
    await open_surat_form(user)
    date_field = field(user, 'tanggal_surat')
    for typed, shown in (('2 des 26', '02/12/2026'), ('021226', '02/12/2026'), ('kemarin', '02/12/2026'),
                         ('+3', '08/12/2026')):
        put(user, 'tanggal_surat', typed)
        await press(user, 'field-tanggal_surat', 'blur')
        assert (date_field.value, date_field.error) == (shown, None)
    put(user, 'tanggal_surat', '2 Desemberr')
    await press(user, 'field-tanggal_surat', 'blur')
    assert date_field.value == '2 Desemberr'                              # kept as typed, to be corrected
    assert date_field.error == 'Tanggal tidak dikenal: tulis seperti 02/12/2026'
    put(user, 'tanggal_surat', '2/12/26')
    await press(user, 'field-tanggal_surat', 'blur')
    assert (date_field.value, date_field.error) == ('02/12/2026', None)


async def test_a_status_that_needs_a_date_offers_today_in_one_click(user: User, monkeypatch) -> None:
    day = TODAY + timedelta(days=1)      # not the real today: the button asks forms.indonesian.today
    monkeypatch.setattr(indonesian, 'today', lambda: day)
    await create_account('kasi', 'Kepala Seksi Pelayanan Umum')
    await log_in_as(user, 'kasi', next_path='/tabel/register_layanan')
    await open_form_by(user, 'tambah')
    layanan = await JenisLayanan.filter(deleted_at__isnull=True).order_by('id').first()
    put(user, 'nik', '3508035203900002')
    put(user, 'nama_pemohon', 'Siti Aminah')
    put(user, 'layanan', layanan.id)
    put(user, 'status', 'Selesai')
    today_button = in_open_form(user, 'field-tanggal_selesai').today_button
    assert not today_button.visible
    said = await submit_form(user)
    assert 'tanggal_selesai' in said and today_button.visible
    assert not in_open_form(user, 'field-tanggal').today_button.visible   # filled: nothing to offer
    async with handled():
        UserInteraction(user, {today_button}, None).click()
    assert field(user, 'tanggal_selesai').value == format_date(day)
    assert not today_button.visible and 'tanggal_selesai' not in form_messages(user)
    assert await submit_form(user) == {}
    saved = await RegisterLayanan.get(nama_pemohon='Siti Aminah')
    assert (saved.status.value, saved.tanggal_selesai) == ('Selesai', day)


async def test_a_select_is_typed_into_and_says_when_nothing_matches(user: User) -> None:
    await open_surat_form(user)
    for name in ('sifat', 'klasifikasi'):
        select = field(user, name)
        assert select.props.get('use-input') and select.props.get('fill-input')
        assert any(listener.type == 'filter' and 'moveOptionSelection' in (listener.js_handler or '')
                   for listener in select._event_listeners.values())
        with user:
            empty = [part.text for part in ElementFilter(kind=(ui.item_section, ui.item_label), local_scope=False)
                     .within(instance=select.slots['no-option'].children[0]) if part.text]
        assert empty == ['Tidak ada pilihan yang cocok']
