"""Issue 11 item 7: what a person cannot slip into the panel.

Text holding hidden characters (controls such as NUL or ESC, the bidi controls that reorder what is
shown) is refused beside the field on every write path (form, cell, paste, import, the names in
Pengaturan), because it can make one name look like another in the grid and the audit log. A link
whose filter value cannot be read never shows more rows than it asked for. The NIP message shows
dates as dd/mm/yyyy whatever the year."""
from __future__ import annotations

from datetime import date

import pytest
from nicegui.testing import User

from core.accounts import AccountError, create_role, create_user
from forms.fields import to_python
from forms.indonesian import ParseError
from models.accounts import Role
from models.accounts import User as Account
from models.kepegawaian import nip_errors
from models.persuratan import Sifat, StatusSuratMasuk, SuratMasuk
from tests.conftest import confirm_paste
from tests.helpers_auth import memory_db  # noqa: F401  (a fixture)
from tests.test_import import element, until, open_dialog, preview, surat, text_of, upload, xlsx
from tests.test_settings_ui import open_settings_as_admin
from tests.test_persuratan_flow import add_surat, grid_rows, make_surat, open_as_kepala

PERIHAL = SuratMasuk._meta.fields_map['perihal']           # CharField: one line
RINGKASAN = SuratMasuk._meta.fields_map['ringkasan']       # LongTextField: lines and tabs allowed
HIDDEN = ['\x00', '\x07', '\x1b', '\x0b', '\x0c', '\x1f', '\x7f', '\x85', '\x9b',        # controls
          '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',  # bidi
          '\u200e', '\u200f', '\u061c', '\ud800']                                         # marks, a lone surrogate


async def open_grid(user: User) -> None:
    """The Surat Masuk grid as a Kepala, once its first page is shown."""
    await open_as_kepala(user)
    await user.should_see('Menampilkan', retries=100)


@pytest.mark.parametrize('char', HIDDEN, ids=[f'U+{ord(c):04X}' for c in HIDDEN])
@pytest.mark.parametrize('field', [PERIHAL, RINGKASAN], ids=['charfield', 'longtext'])
def test_hidden_characters_are_refused_by_the_registry(field, char) -> None:
    with pytest.raises(ParseError) as refused:
        to_python(field, f'Surat{char} Bappeda')
    assert str(refused.value) == (f'Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+{ord(char):04X}, '
                                  'karakter ke-6). Hapus karakter itu atau ketik ulang teksnya.')


def test_line_breaks_and_tabs_stay_in_long_text_and_become_spaces_on_one_line() -> None:
    assert to_python(RINGKASAN, 'Baris satu\r\nBaris dua\rtiga\n\tempat') == 'Baris satu\nBaris dua\ntiga\n\tempat'
    assert to_python(RINGKASAN, 'satu\u2028dua') == 'satu\ndua'
    assert to_python(PERIHAL, 'Undangan rapat\r\n  koordinasi\tdesa') == 'Undangan rapat koordinasi desa'
    assert to_python(PERIHAL, ' Jl. Merdeka\nNo. 5 ') == 'Jl. Merdeka No. 5'
    # letters of any script, emoji (with their joiner) and the non-breaking space are ordinary text
    for text in ('Pondok Pesantren Miftahul Ulum', 'محمد', 'Ibu\u00a0Sari', '👨\u200d👩\u200d👧', 'Café'):
        assert to_python(PERIHAL, text) == text


async def test_the_form_shows_the_message_beside_the_field_and_saves_nothing(user: User) -> None:
    await open_grid(user)
    await add_surat(user, tanggal_diterima='05/11/2026', nomor_surat='005/1/2026', tanggal_surat='03/11/2026',
                    asal_surat='Dinas\u202e atak', perihal='Undangan\x1b[2J rapat')
    await user.should_see('Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+202E, karakter ke-6).',
                          retries=30)
    with user:
        asal = next(iter(user.find(marker='field-asal_surat').elements))
        perihal = next(iter(user.find(marker='field-perihal').elements))
    assert asal.error.startswith('Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+202E, karakter ke-6)')
    assert perihal.error.startswith('Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+001B, karakter ke-9)')
    assert await SuratMasuk.all().count() == 0


async def test_a_cell_edit_and_a_paste_are_refused_with_their_cell_named(user: User) -> None:
    await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_grid(user)
    row = grid_rows(user)[0]
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'perihal',
                                                          'newValue': 'Satu\u202egnitsu'})
    await user.should_see('Perihal: Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+202E, karakter ke-5).',
                          retries=30)
    user.find(marker='grid').trigger('paste', {'text': 'Bappeda\nDinas\x00Kominfo\n', 'row': 0, 'col': 'asal_surat'})
    await confirm_paste(user)
    await user.should_see('Baris ke-2, Asal Surat: Teks ini memuat karakter tersembunyi yang tidak diizinkan '
                          '(U+0000, karakter ke-6).', retries=30)
    assert [(s.perihal, s.asal_surat, s.version) for s in await SuratMasuk.all().order_by('no_agenda')] == \
        [('Satu', 'Bappeda', 1), ('Dua', 'Bappeda', 1)]


async def test_an_import_is_refused_per_row_and_cell_and_writes_nothing(user: User) -> None:
    await open_grid(user)
    await open_dialog(user)
    await upload(user, xlsx([surat(1, 'Baik'), surat(2, 'Undangan \u2066rapat\u2069')]))
    assert text_of(user, 'impor-ringkasan') == 'surat.xlsx: 1 baris baru, 1 bermasalah.'
    bad = preview(user)[1]
    assert bad['_galat'] == {'perihal': 'Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+2066, '
                                        'karakter ke-10). Hapus karakter itu atau ketik ulang teksnya.'}
    assert not element(user, 'impor-simpan').enabled
    assert await SuratMasuk.all().count() == 0


async def test_names_in_settings_refuse_hidden_characters(memory_db) -> None:  # noqa: F811
    role = await Role.get(nama='Camat')
    with pytest.raises(AccountError) as refused:
        await create_user('sari.w', 'sandi-awal-sari-1', role, nama_lengkap='Sari \u202eilaw')
    assert refused.value.field == 'nama_lengkap'
    assert 'karakter tersembunyi' in refused.value.message
    with pytest.raises(AccountError) as refused:
        await create_role('Staf\x1b Baru', role.jenis)
    assert refused.value.field == 'nama'
    assert not await Account.filter(username='sari.w').exists()
    assert not await Role.filter(nama__startswith='Staf\x1b').exists()
    # a line break in a name is one space, as any run of spaces already was
    made = await create_user('sari.w', 'sandi-awal-sari-1', role, nama_lengkap='Sari\n  Wulandari')
    assert made.nama_lengkap == 'Sari Wulandari'


async def test_the_settings_dialog_shows_the_name_message_beside_the_field(user: User) -> None:
    await open_settings_as_admin(user)
    user.find(marker='tambah-pengguna').click()
    await user.should_see(marker='user-username', retries=50)
    user.find(marker='user-username').type('sari.w')
    user.find(marker='user-nama').type('Sari \u202eilaw')
    with user:
        next(iter(user.find(marker='user-role').elements)).value = (await Role.get(nama='Camat')).id
    user.find(marker='user-password').type('sandi-awal-sari-1')
    user.find(marker='user-simpan').click()
    await user.should_see('Teks ini memuat karakter tersembunyi yang tidak diizinkan (U+202E, karakter ke-6).',
                          retries=30)
    with user:
        nama = next(iter(user.find(marker='user-nama').elements))
    assert nama.error.startswith('Teks ini memuat karakter tersembunyi')
    assert not await Account.filter(username='sari.w').exists()


# ---- a link whose filter cannot be read ----------------------------------------------------------

def warnings(user: User) -> int:
    return user.notify.messages.count('Ada isian filter yang tidak bisa dibaca.')


async def three_surat() -> None:
    await make_surat(1, 'Rahasia satu', sifat=Sifat.RAHASIA)
    await make_surat(2, 'Biasa dua', sifat=Sifat.BIASA)
    await make_surat(3, 'Terbatas tiga', sifat=Sifat.TERBATAS, status=StatusSuratMasuk.SELESAI)


async def test_a_link_keeps_the_values_it_can_read_and_names_the_one_it_ignored(user: User) -> None:
    await three_surat()
    await open_as_kepala(user, '/')
    await user.open("/tabel/surat_masuk?sifat=Rahasia&sifat=Biasa'")
    await user.should_see('Menampilkan', retries=100)
    await user.should_see("Sebagian filter dari tautan tidak dimengerti dan diabaikan: Sifat “Biasa'”.")
    assert [r['perihal'] for r in grid_rows(user)] == ['Rahasia satu']      # never more than was asked
    with user:
        sifat = next(iter(user.find(marker='filter-sifat').elements))
    assert sifat.value == ['Rahasia']
    assert sifat.error == "“Biasa'” dari tautan tidak dimengerti dan diabaikan."


async def test_a_link_with_no_readable_value_for_a_filter_shows_no_rows(user: User) -> None:
    await three_surat()
    await open_as_kepala(user, '/')
    await user.open("/tabel/surat_masuk?status=Selesai&sifat=Rahasiaa&tanggal_diterima=31/02/2026..")
    await user.should_see('Menampilkan', retries=100)
    await user.should_see('Filter dari tautan tidak dimengerti: Sifat “Rahasiaa”, Tanggal Diterima “31/02/2026..”. '
                          'Tidak ada data yang ditampilkan sampai filter itu diperbaiki atau dihapus.')
    assert grid_rows(user) == []
    await user.should_see('Menampilkan 0–0 dari 0 data')
    with user:
        sifat = next(iter(user.find(marker='filter-sifat').elements))
        start = next(iter(user.find(marker='filter-tanggal_diterima-dari').elements))
    assert sifat.error == '“Rahasiaa” dari tautan tidak dimengerti. Pilih nilainya atau kosongkan filter ini.'
    assert start.value == '31/02/2026' and start.error == 'Tanggal 31/02/2026 tidak ada di kalender.'
    # paging, sorting or exporting does not quietly drop the filter either: each is refused, saying why
    for act in (lambda: user.find(marker='berikutnya').click(), lambda: user.find(marker='ekspor').click(),
                lambda: user.find(marker='grid').trigger('columnHeaderClicked', {'colId': 'perihal'})):
        warned = warnings(user)
        act()
        await until(lambda: warnings(user) == warned + 1, 'the warning')
        assert grid_rows(user) == []
    # the person fixes the filter: now the grid shows what they chose
    sifat.value = ['Terbatas']
    user.find(marker='filter-tanggal_diterima-dari').clear().type('01/11/2026')
    user.find(marker='terapkan-filter').click()
    await until(lambda: [r['perihal'] for r in grid_rows(user)] == ['Terbatas tiga'], 'the fixed filter')
    await user.should_not_see('Filter dari tautan tidak dimengerti')


async def test_clearing_the_filters_of_a_bad_link_shows_every_row(user: User) -> None:
    await three_surat()
    await open_as_kepala(user, '/')
    await user.open('/tabel/surat_masuk?sifat=xyz')
    await user.should_see('Menampilkan', retries=100)
    await user.should_see('Filter dari tautan tidak dimengerti: Sifat “xyz”.')
    assert grid_rows(user) == []
    user.find(marker='reset-filter').click()
    await until(lambda: len(grid_rows(user)) == 3, 'every row')
    await user.should_not_see('Filter dari tautan tidak dimengerti')


# ---- the NIP and the birth date ------------------------------------------------------------------

def test_the_nip_message_shows_the_birth_date_as_dd_mm_yyyy_for_any_year() -> None:
    assert nip_errors('198603122010012001', date(1985, 3, 12), None) == \
        ['Digit 1–8 NIP harus tanggal lahir 12/03/1985 ditulis ttttbbhh: 19850312.']
    assert nip_errors('198603122010012001', date(1, 1, 1), None) == \
        ['Digit 1–8 NIP harus tanggal lahir 01/01/0001 ditulis ttttbbhh: 00010101.']
    assert nip_errors('000101012010012001', date(1, 1, 1), None) == []      # the digits of year 1 match


def test_a_nip_whose_date_part_is_no_date_says_so() -> None:
    assert nip_errors('198513402010012001', date(1985, 3, 12), None) == \
        ['Digit 1–8 NIP (19851340) bukan tanggal yang ada. Isi dengan tanggal lahir 12/03/1985 ditulis '
         'ttttbbhh: 19850312.']
