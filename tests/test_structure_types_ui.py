"""Issue #19 through the screens, for each kind of added column: the administrator adds a column of
that kind to surat masuk in Pengaturan → Struktur data; the Kepala Subbag Umum (the administrator
has no rights on surat masuk) fills it on two letters through the form in Indonesian formats, sees
it in the grid, filters on it, sorts on it, exports the grid to Excel and reads the file back, and
imports a changed export through the import dialog (its header renamed, so the mapping step is
taken); the administrator then renames the column, retires it and brings it back, and every value
typed and imported is still there under the new label.

How each kind is filtered is what the grid offers it: text, long text, number, money and date in
the column's header (AG Grid's filter, which the browser sends as a filter model); yes/no, choices,
desa and a reference only in the filter panel (Filter → the column's select → Terapkan), since
their headers have no filter (pages/grid_filters.header_filter).

Where an empty value sorts is the database's (SQLite puts NULL first, PostgreSQL last), so the
sort is checked on the order of the filled rows. A choice sorts by its text (Rendah before Tinggi),
not by the order of the choices; a desa by its kode (the desa table's order: Jugosari 2001 before
Jarit 2002), a reference to Instansi by its name, as the built-in references sort. The export
writes a yes/no, a choice, a desa or a reference as its shown text, a number as a number and a
date as a date; the export's other rows import back unchanged ("2 sudah sama") for every kind."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from nicegui.testing import User

from models.persuratan import SuratMasuk
from models.structure import KolomTambahan
from tests.conftest import grid, grid_column, grid_rows, handled, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_import import element, open_dialog, press_import, text_of, upload
from tests.test_import_mapping import mapping_selects
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat

LETTERS = ('Undangan rapat', 'Permohonan data', 'Laporan bulanan')   # no_agenda 1, 2, 3
ADMIN, KEPALA = 'kasubbag.it', 'sari'


@dataclass(frozen=True)
class Kind:
    """One kind of column as the test drives it. `typed` is what the clerk types or picks in the form
    on letters 1 and 2, `shown` what the grid then shows; `header_filter` is the header's filter
    model entry (None: the panel's select, set to `panel_filter`), which leaves `filtered` (a letter
    index); `exported` the cells of letters 1 and 2 in the Excel file; `imported` what is written
    into letter 3's cell of the file, shown in the grid as `imported_shown`."""
    jenis: str
    label: str
    typed: tuple[Any, Any]
    shown: tuple[str, str]
    filtered: int
    header_filter: dict | None = None
    panel_filter: Any = None
    sorted_first: int = 0              # the letter first when sorted ascending, of the two filled
    exported: tuple[Any, Any] = ()
    imported: Any = None
    imported_shown: str = ''
    pilihan: str = ''
    referensi: str | None = None


KINDS = (
    Kind('teks', 'Catatan Agenda', ('Arsip gudang timur', 'Dikembalikan ke pengirim'),
         ('Arsip gudang timur', 'Dikembalikan ke pengirim'), 0,
         header_filter={'filterType': 'text', 'type': 'contains', 'filter': 'GUDANG'},
         exported=('Arsip gudang timur', 'Dikembalikan ke pengirim'), imported='Map biru', imported_shown='Map biru'),
    Kind('teks_panjang', 'Uraian Tindak Lanjut', ('Rapat koordinasi\nbaris kedua', 'Kunjungan lapangan'),
         ('Rapat koordinasi\nbaris kedua', 'Kunjungan lapangan'), 1,
         header_filter={'filterType': 'text', 'type': 'contains', 'filter': 'kunjungan'}, sorted_first=1,
         exported=('Rapat koordinasi\nbaris kedua', 'Kunjungan lapangan'),
         imported='Diarsipkan\nsetelah dibaca', imported_shown='Diarsipkan\nsetelah dibaca'),
    Kind('bilangan', 'Jumlah Halaman', ('1.234,5', '12'), ('1.234,50', '12,00'), 0,
         header_filter={'filterType': 'number', 'type': 'greaterThanOrEqual', 'filter': 100}, sorted_first=1,
         exported=(Decimal('1234.5'), 12), imported='7,25', imported_shown='7,25'),
    Kind('uang', 'Nilai Anggaran', ('Rp 1.500.000', '250.000,50'), ('Rp 1.500.000', 'Rp 250.000,50'), 0,
         header_filter={'filterType': 'number', 'type': 'inRange', 'filter': 1_000_000, 'filterTo': 2_000_000},
         sorted_first=1, exported=(1_500_000, Decimal('250000.50')), imported='Rp 75.000', imported_shown='Rp 75.000'),
    Kind('tanggal', 'Tanggal Rapat', ('05/03/2026', '20/01/2026'), ('05/03/2026', '20/01/2026'), 0,
         header_filter={'filterType': 'date', 'type': 'inRange', 'dateFrom': '2026-03-01 00:00:00',
                        'dateTo': '2026-03-31 00:00:00'}, sorted_first=1,
         exported=(datetime(2026, 3, 5), datetime(2026, 1, 20)), imported='17/08/2026', imported_shown='17/08/2026'),
    Kind('ya_tidak', 'Perlu Balasan', (True, False), ('Ya', 'Tidak'), 0, panel_filter=True, sorted_first=1,
         exported=('Ya', 'Tidak'), imported='Ya', imported_shown='Ya'),
    Kind('pilihan', 'Prioritas', ('Tinggi', 'Rendah'), ('Tinggi', 'Rendah'), 1, panel_filter='Rendah',
         sorted_first=1, exported=('Tinggi', 'Rendah'), imported='sedang', imported_shown='Sedang',
         pilihan='Tinggi\nSedang\nRendah'),
    Kind('desa', 'Desa Asal', ('Jugosari', 'Jarit'), ('Jugosari', 'Jarit'), 1, panel_filter='Jarit',
         exported=('Jugosari', 'Jarit'), imported='Candipuro', imported_shown='Candipuro'),
    Kind('referensi', 'Instansi Tujuan', ('Bappeda', 'Dinkes'), ('Bappeda', 'Dinkes'), 1, panel_filter='Dinkes',
         exported=('Bappeda', 'Dinkes'), imported='Koramil', imported_shown='Koramil', referensi='instansi'),
)


# ---- the steps, as the two people take them --------------------------------------------------------

async def as_person(user: User, username: str, path: str) -> None:
    await user.open('/logout')
    await log_in_as(user, username, next_path=path)


async def open_structure(user: User) -> None:
    await as_person(user, ADMIN, '/pengaturan')
    user.find(marker='tab-struktur').click()
    await user.should_see(marker='tambah-kolom')


def by_text(select: Any, text: Any) -> Any:
    """The key of a select's option shown as `text` (a desa, a reference), or `text` itself (a choice)."""
    if not isinstance(text, str) or not isinstance(getattr(select, 'options', None), dict):
        return text
    return next((key for key, shown in select.options.items() if shown == text), text)


async def add_column(user: User, kind: Kind) -> str:
    """The administrator adds the column in the tab's dialog; returns its name (x_...)."""
    await open_structure(user)
    user.find(marker='tambah-kolom').click()
    await user.should_see(marker='kolom-label')
    user.find(marker='kolom-label').type(kind.label)
    element(user, 'kolom-jenis').value = kind.jenis
    if kind.pilihan:
        user.find(marker='kolom-pilihan').type(kind.pilihan)
    if kind.referensi:
        element(user, 'kolom-referensi').value = kind.referensi
    async with handled():
        user.find(marker='kolom-simpan').click()
    kolom = await until(lambda: KolomTambahan.get_or_none(label=kind.label), what='the column added')
    await user.should_see(marker=f'kolom-{kolom.nama}')
    return kolom.nama


def shown_by_letter(user: User, nama: str) -> dict[str, Any]:
    return {row['perihal']: row.get(nama) for row in grid_rows(user)}


def header_of(user: User, nama: str) -> str | None:
    return next((c.get('headerName') for c in grid(user).options['columnDefs'] if c.get('field') == nama), None)


async def fill_in_the_form(user: User, nama: str, kind: Kind) -> None:
    """Letters 1 and 2 are opened with Ubah, the column typed or picked, and saved."""
    for letter, value in zip(LETTERS, kind.typed):
        row = next(r for r in grid_rows(user) if r['perihal'] == letter)
        user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': row})
        await open_form_by(user, 'ubah')
        field = in_open_form(user, f'field-{nama}')
        field.value = by_text(field, value)
        assert await submit_form(user) == {}, (letter, value)
        user.find(marker='grid').trigger('rowSelected', {'selected': False, 'data': row})


async def filter_on(user: User, nama: str, kind: Kind) -> None:
    """The column's filter, as the grid offers it for the kind: the header's, or the panel's."""
    if kind.header_filter is not None:
        async with handled():
            user.find(marker='grid').trigger('filterChanged', {'model': {nama: kind.header_filter}})
        return
    user.find(marker='tombol-filter').click()
    select = element(user, f'filter-{nama}')
    # yes/no is one choice; choices, desa and references may be several (the option's key: an id for a desa)
    select.value = [by_text(select, kind.panel_filter)] if select.multiple else kind.panel_filter
    async with handled():
        user.find(marker='terapkan-filter').click()


async def clear_filter(user: User, nama: str, kind: Kind) -> None:
    if kind.header_filter is not None:
        async with handled():
            user.find(marker='grid').trigger('filterChanged', {'model': {}})
    else:
        async with handled():
            user.find(marker='reset-filter').click()


def exported_cells(data: bytes, label: str) -> dict[str, Any]:
    """The export's cells of the column headed `label`, by the letter's perihal."""
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if label in line)
    header = cells[header_at]
    return {line[header.index('Perihal')]: line[header.index(label)] for line in cells[header_at + 1:]
            if line[header.index('Perihal')]}


def changed_export(data: bytes, label: str, renamed: str, letter: str, value: Any) -> bytes:
    """The exported file with the column's header renamed (so the dialog asks how to map it) and
    `value` written into that letter's cell."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    header_row = next(line for line in sheet.iter_rows() if any(cell.value == label for cell in line))
    column = next(cell.column for cell in header_row if cell.value == label)
    perihal = next(cell.column for cell in header_row if cell.value == 'Perihal')
    sheet.cell(header_row[0].row, column).value = renamed
    target = next(r for r in range(header_row[0].row + 1, sheet.max_row + 1) if sheet.cell(r, perihal).value == letter)
    sheet.cell(target, column).value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def import_with_mapping(user: User, data: bytes, header: str, nama: str) -> None:
    """The import dialog: update rows that exist, map the renamed header to the column, import."""
    await open_dialog(user)
    element(user, 'impor-ganda').value = 'perbarui'
    await upload(user, data, 'ekspor-diubah.xlsx', expect='impor-pesan')
    assert text_of(user, 'impor-pesan').startswith(f'Kolom tidak dikenal: {header}'), text_of(user, 'impor-pesan')
    selects = mapping_selects(user)
    assert nama in selects[header].options
    selects[header].value = nama
    async with handled():
        user.find(marker='impor-petakan').click()
    await until(lambda: text_of(user, 'impor-ringkasan'), equals='ekspor-diubah.xlsx: 0 baris baru, 1 diperbarui, '
                                                                   '2 sudah sama.')
    await press_import(user)
    assert user.notify.contains('Impor Surat Masuk: 0 baris ditambahkan, 1 diperbarui.'), user.notify.messages


# ---- the test ------------------------------------------------------------------------------------

@pytest.mark.parametrize('kind', KINDS, ids=[kind.jenis for kind in KINDS])
async def test_a_column_of_each_kind_is_added_filled_filtered_sorted_exported_imported_renamed_retired_and_back(
        user: User, kind: Kind) -> None:
    for no, perihal in enumerate(LETTERS, start=1):
        await make_surat(no, perihal)
    await create_account(ADMIN, 'Administrator')
    await create_account(KEPALA, KEPALA_UMUM)
    await log_in_as(user, ADMIN, next_path='/pengaturan')
    nama = await add_column(user, kind)

    # filled through the form, in the office's own formats, and shown by the grid
    await as_person(user, KEPALA, '/tabel/surat_masuk')
    await until(lambda: header_of(user, nama), equals=kind.label)
    await fill_in_the_form(user, nama, kind)
    await until(lambda: [shown_by_letter(user, nama)[letter] for letter in LETTERS[:2]], equals=list(kind.shown))

    # filtered: only the matching letter remains; taken off, all three again
    await filter_on(user, nama, kind)
    await until(lambda: grid_column(user, 'perihal'), equals=[LETTERS[kind.filtered]])
    await clear_filter(user, nama, kind)
    await until(lambda: len(grid_rows(user)), equals=3)

    # sorted by a click on its header: the two filled letters in the kind's order, then the other way
    first, second = LETTERS[kind.sorted_first], LETTERS[1 - kind.sorted_first]
    filled = lambda: [p for p in grid_column(user, 'perihal') if p != LETTERS[2]]   # noqa: E731
    async with handled():
        user.find(marker='grid').trigger('columnHeaderClicked', {'colId': nama})
    await until(filled, equals=[first, second])
    assert header_of(user, nama) == f'{kind.label} ▲'
    async with handled():
        user.find(marker='grid').trigger('columnHeaderClicked', {'colId': nama})
    await until(filled, equals=[second, first])

    # exported: the column under its label, the values typed
    user.find(marker='ekspor').click()
    exported = (await user.download.next(timeout=10)).content
    cells = exported_cells(exported, kind.label)
    assert [cells[letter] for letter in LETTERS[:2]] == list(kind.exported), cells   # 12 == '12' would not hold

    # imported: the export, letter 3 given a value under a header the dialog asks to map
    renamed = f'{kind.label} (isian)'
    await import_with_mapping(user, changed_export(exported, kind.label, renamed, LETTERS[2], kind.imported),
                              renamed, nama)
    await until(lambda: shown_by_letter(user, nama)[LETTERS[2]], equals=kind.imported_shown)
    wanted = {**dict(zip(LETTERS, kind.shown)), LETTERS[2]: kind.imported_shown}

    # renamed, retired (gone from the grid), brought back: under the new label, nothing lost
    kolom = await KolomTambahan.get(nama=nama)
    await open_structure(user)
    user.find(marker=f'ganti-nama-{nama}').click()
    await user.should_see(marker='kolom-label')
    user.find(marker='kolom-label').clear().type(f'{kind.label} Baru')
    async with handled():
        user.find(marker='kolom-simpan').click()
    await user.should_see(f'{kind.label} Baru')
    await as_person(user, KEPALA, '/tabel/surat_masuk')
    await until(lambda: header_of(user, nama), equals=f'{kind.label} Baru')

    await open_structure(user)
    async with handled():
        user.find(marker=f'pensiunkan-{nama}').click()
    await user.should_see(marker=f'kembalikan-{nama}')
    await as_person(user, KEPALA, '/tabel/surat_masuk')
    await until(lambda: len(grid_rows(user)), equals=3)
    assert header_of(user, nama) is None and all(nama not in row for row in grid_rows(user))

    await open_structure(user)
    async with handled():
        user.find(marker=f'kembalikan-{nama}').click()
    await user.should_see(marker=f'pensiunkan-{nama}')
    await as_person(user, KEPALA, '/tabel/surat_masuk')
    await until(lambda: header_of(user, nama), equals=f'{kind.label} Baru')
    await until(lambda: shown_by_letter(user, nama), equals=wanted)
    assert (await KolomTambahan.get(id=kolom.id)).label == f'{kind.label} Baru'
    assert await SuratMasuk.all().count() == 3
