"""Issue 2, driven as a clerk would: the map, the Surat Masuk grid and form, filters, search,
inline edit, the disposisi of a surat, the Excel export read back with openpyxl, and delete."""
from __future__ import annotations

import asyncio
import io
from datetime import date, datetime

import openpyxl
from nicegui.testing import User

from models.clock import office_today
from models.persuratan import Disposisi, StatusSuratMasuk, SuratMasuk
from models.reference import KlasifikasiArsip
from tests.conftest import (confirm_paste, finished, grid, grid_column, grid_rows, handled, handlers_of, in_open_form,
                            open_form_by, stored, submit_form, until)
from tests.helpers_auth import create_account, log_in_as

KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'


async def add_surat(user: User, **values: str) -> dict[str, str]:
    """Fill in the Tambah form and save it; returns what the form says ({} when it saved)."""
    await open_form_by(user, 'tambah')
    for name, text in values.items():
        field = user.find(marker=f'field-{name}')
        field.clear()
        field.type(text)
    return await submit_form(user)


async def make_surat(no: int, perihal: str, asal: str = 'Bappeda', diterima: date = date(2026, 11, 5),
                     **extra) -> SuratMasuk:
    return await SuratMasuk.create(tahun=diterima.year, no_agenda=no, tanggal_diterima=diterima,
                                   nomor_surat=f'005/{no}/2026', tanggal_surat=diterima, asal_surat=asal,
                                   perihal=perihal, **extra)


async def open_as_kepala(user: User, path: str = '/tabel/surat_masuk') -> None:
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path=path)


async def test_map_leads_to_the_surat_masuk_grid(user: User) -> None:
    await open_as_kepala(user, '/')
    await user.should_see('Peta Proses Bisnis Kecamatan Candipuro')
    await user.should_see('Proses Manajerial')
    await user.should_see('M1.2 Kepegawaian')   # every process of the map has its tables now (issue 4)
    await user.should_not_see('Belum tersedia')
    user.find('M1.1 Persuratan').click()
    await user.should_see('Pemilik: Subbag Umum dan Kepegawaian')
    await user.should_see('Surat Keluar')
    await user.open('/tabel/surat_masuk')
    await user.should_see('Menampilkan 0–0 dari 0 data')


async def test_add_a_surat_through_the_form_and_see_it(user: User) -> None:
    await open_as_kepala(user)
    assert await add_surat(user, tanggal_diterima='05/11/2026', nomor_surat='005/123/427.75/2026',
                           tanggal_surat='03/11/2026', asal_surat='Dinas Kominfo',
                           perihal='Undangan rapat koordinasi') == {}
    surat = await SuratMasuk.get(perihal='Undangan rapat koordinasi')
    assert (surat.tahun, surat.no_agenda, surat.tanggal_surat) == (2026, 1, date(2026, 11, 3))
    assert surat.created_by == 'sari'
    assert surat.status == StatusSuratMasuk.BELUM_DISPOSISI
    await until(lambda: grid_column(user, 'perihal'), equals=['Undangan rapat koordinasi'])
    assert grid_rows(user)[0]['tanggal_diterima'] == '05/11/2026'
    await user.should_see('Menampilkan 1–1 dari 1 data')


async def test_the_next_agenda_number_is_suggested(user: User) -> None:
    await make_surat(7, 'Lama', diterima=office_today())
    await open_as_kepala(user)
    await open_form_by(user, 'tambah')
    assert in_open_form(user, 'field-no_agenda').value == '8'


async def test_a_bad_date_is_refused_beside_the_field_and_nothing_is_saved(user: User) -> None:
    await open_as_kepala(user)
    await add_surat(user, tanggal_diterima='05/11/2026', nomor_surat='1/2026', tanggal_surat='31/02/2026',
                    asal_surat='BPN', perihal='Tanggal salah')
    await user.should_see('Tanggal 31/02/2026 tidak ada di kalender.')
    assert await SuratMasuk.all().count() == 0
    with user:
        field = next(iter(user.find(marker='field-tanggal_surat').elements))
    assert field.error == 'Tanggal 31/02/2026 tidak ada di kalender.'


async def test_cross_field_rules_tanggal_surat_and_duplicate_agenda(user: User) -> None:
    await make_surat(1, 'Sudah ada')
    await open_as_kepala(user)
    await add_surat(user, tanggal_diterima='05/11/2026', no_agenda='1', nomor_surat='2/2026',
                    tanggal_surat='06/11/2026', asal_surat='BPN', perihal='Salah urut')
    await user.should_see('Tanggal surat tidak boleh sesudah tanggal diterima.')
    # fix the date: now the duplicate agenda number is the only problem, and the free one is offered
    field = user.find(marker='field-tanggal_surat')
    field.clear()
    field.type('01/11/2026')
    user.find(marker='simpan').click()
    await user.should_see('No. Agenda 1 sudah dipakai pada tahun 2026. Nomor berikutnya yang kosong: 2.')
    assert await SuratMasuk.all().count() == 1


async def test_required_fields_and_lengths(user: User) -> None:
    await open_as_kepala(user)
    await add_surat(user, nomor_surat='x' * 101)
    await user.should_see('Paling banyak 100 karakter.')
    await user.should_see('Wajib diisi.')
    assert await SuratMasuk.all().count() == 0


async def test_edit_in_the_form_and_inline(user: User) -> None:
    surat = await make_surat(1, 'Perihal lama')
    await open_as_kepala(user)
    row = grid_rows(user)[0]
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': row})
    await open_form_by(user, 'ubah')
    field = user.find(marker='field-perihal')
    field.clear()
    field.type('Perihal baru')
    assert await submit_form(user) == {}
    await surat.refresh_from_db()
    assert (surat.perihal, surat.version, surat.updated_by) == ('Perihal baru', 2, 'sari')
    # inline: a date typed the Indonesian way
    row = await until(lambda: grid_rows(user)[0], what='the grid after the save')
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'tanggal_surat',
                                                          'oldValue': row['tanggal_surat'], 'newValue': '01/11/2026'})
    await until(lambda: grid_rows(user)[0]['tanggal_surat'], equals='01/11/2026')
    await surat.refresh_from_db()
    assert surat.tanggal_surat == date(2026, 11, 1)
    # inline with a bad value: refused, nothing changes, the grid shows the stored value again
    row = grid_rows(user)[0]
    async with handled():
        user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'tanggal_surat',
                                                              'oldValue': row['tanggal_surat'],
                                                              'newValue': '40/11/2026'})
    assert user.notify.contains('Tanggal Surat: Tanggal 40/11/2026 tidak ada di kalender. Perubahan tidak disimpan.')
    await surat.refresh_from_db()
    assert surat.tanggal_surat == date(2026, 11, 1)
    assert grid_rows(user)[0]['tanggal_surat'] == '01/11/2026'


async def test_a_stale_version_is_refused(user: User) -> None:
    surat = await make_surat(1, 'Asli')
    await open_as_kepala(user)
    row = grid_rows(user)[0]
    await SuratMasuk.filter(id=surat.id).update(perihal='Diubah orang lain', version=2)
    async with handled():
        user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'perihal',
                                                              'oldValue': 'Asli', 'newValue': 'Punya saya'})
    await surat.refresh_from_db()
    assert surat.perihal == 'Diubah orang lain'
    assert user.notify.contains('sudah diubah orang lain')


async def test_search_filter_sort_and_paging(user: User) -> None:
    for no in range(1, 31):
        await make_surat(no, f'Surat nomor {no}', asal='Bappeda' if no % 2 else 'Dinkes',
                         diterima=date(2026, 10, no) if no <= 31 else date(2026, 11, 1))
    await make_surat(31, 'Undangan musrenbang', asal='Dinkes', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–25 dari 31 data')
    assert grid_rows(user)[0]['perihal'] == 'Undangan musrenbang'   # newest first
    user.find(marker='berikutnya').click()
    await user.should_see('Menampilkan 26–31 dari 31 data')
    user.find(marker='cari').type('musrenbang')
    await user.should_see('Menampilkan 1–1 dari 1 data')
    user.find(marker='cari').clear()
    await user.should_see('Menampilkan 1–25 dari 31 data')
    user.find(marker='tombol-filter').click()
    user.find(marker='filter-asal_surat').type('dinkes')
    user.find(marker='filter-tanggal_diterima-dari').type('10/10/2026')
    user.find(marker='filter-tanggal_diterima-sampai').type('20/10/2026')
    user.find(marker='terapkan-filter').click()
    await until(lambda: sorted(grid_column(user, 'no_agenda')), equals=['10', '12', '14', '16', '18', '20'])
    user.find(marker='grid').trigger('columnHeaderClicked', {'colId': 'no_agenda'})
    await until(lambda: grid_column(user, 'no_agenda'), equals=['10', '12', '14', '16', '18', '20'])
    user.find(marker='grid').trigger('columnHeaderClicked', {'colId': 'no_agenda'})
    await until(lambda: grid_column(user, 'no_agenda'), equals=['20', '18', '16', '14', '12', '10'])
    # a column that is not whitelisted for sorting is ignored
    async with handled():
        user.find(marker='grid').trigger('columnHeaderClicked', {'colId': 'ringkasan'})
    assert grid_column(user, 'no_agenda') == ['20', '18', '16', '14', '12', '10']


async def test_export_is_what_the_grid_shows(user: User) -> None:
    umum = await KlasifikasiArsip.get(kode='000')
    await make_surat(1, '=1+1', asal='Dinkes', klasifikasi=umum)
    await make_surat(2, 'Tidak ikut', asal='Bappeda')
    for no in range(3, 30):
        await make_surat(no, f'Dinkes {no}', asal='Dinkes')
    await open_as_kepala(user)
    user.find(marker='tombol-filter').click()
    user.find(marker='filter-asal_surat').type('dinkes')
    user.find(marker='terapkan-filter').click()
    await user.should_see('Menampilkan 1–25 dari 28 data')
    assert len(grid_rows(user)) == 25   # one page in the grid ...
    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=10)
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet['A1'].value == 'Daftar Surat Masuk'
    assert 'Asal Surat memuat "dinkes"' in sheet['A3'].value
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == 'No. Agenda')
    headers = [c.value for c in sheet[header_row]]
    assert sheet.freeze_panes == f'A{header_row + 1}'
    assert sheet.cell(header_row, 1).font.bold
    data = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
    assert len(data) == 28                # ... all pages in the file, and only the filtered rows
    by_perihal = {row[headers.index('Perihal')]: row for row in data}
    assert 'Tidak ikut' not in by_perihal
    formula_row = header_row + 1 + list(by_perihal).index('=1+1')
    cell = sheet.cell(formula_row, headers.index('Perihal') + 1)
    assert cell.value == '=1+1' and cell.data_type == 's'
    date_cell = sheet.cell(formula_row, headers.index('Tanggal Diterima') + 1)
    assert isinstance(date_cell.value, datetime) and date_cell.number_format == 'dd/mm/yyyy'
    assert isinstance(sheet.cell(formula_row, 1).value, int)
    assert by_perihal['=1+1'][headers.index('Klasifikasi')] == '000 Umum'
    assert by_perihal['=1+1'][headers.index('Status')] == 'Belum Disposisi'


async def test_disposisi_of_a_surat_and_its_status(user: User) -> None:
    surat = await make_surat(1, 'Minta data')
    await open_as_kepala(user)
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    user.find(marker='anak-disposisi').click()
    await user.should_see('Disposisi · Surat Masuk 1/2026 Minta data')
    await open_form_by(user, 'anak-tambah')
    for name, text in {'dari_jabatan': 'Camat', 'kepada_jabatan': 'Kasi Pemerintahan', 'tanggal': '06/11/2026',
                       'batas_waktu': '05/11/2026'}.items():
        field = user.find(marker=f'field-{name}')
        field.clear()              # the date opens with today in it
        field.type(text)
    user.find(marker='simpan').click()
    await user.should_see('Batas waktu tidak boleh sebelum tanggal disposisi.')
    field = user.find(marker='field-batas_waktu')
    field.clear()
    field.type('10/11/2026')
    assert await submit_form(user) == {}
    disposisi = await Disposisi.get(surat_masuk_id=surat.id)
    assert disposisi.kepada_jabatan == 'Kasi Pemerintahan'
    await surat.refresh_from_db()
    assert surat.status == StatusSuratMasuk.DIDISPOSISI


async def test_delete_with_confirmation(user: User) -> None:
    surat = await make_surat(1, 'Akan dihapus')
    await make_surat(2, 'Tetap')
    await open_as_kepala(user)
    row = next(r for r in grid_rows(user) if r['perihal'] == 'Akan dihapus')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': row})
    user.find(marker='hapus').click()
    await user.should_see('Hapus data Surat Masuk ini?')
    user.find(marker='ya-hapus').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Tetap'])
    await surat.refresh_from_db()
    assert surat.deleted_at is not None


async def test_filter_by_choice_and_by_reference(user: User) -> None:
    umum = await KlasifikasiArsip.get(kode='000')
    keuangan = await KlasifikasiArsip.get(kode='900')
    await make_surat(1, 'Umum selesai', klasifikasi=umum, status=StatusSuratMasuk.SELESAI)
    await make_surat(2, 'Umum baru', klasifikasi=umum)
    await make_surat(3, 'Keuangan selesai', klasifikasi=keuangan, status=StatusSuratMasuk.SELESAI)
    await open_as_kepala(user)
    user.find(marker='tombol-filter').click()
    user.find(marker='filter-status').click()   # opens the list of choices
    user.find('Selesai').click()
    user.find(marker='terapkan-filter').click()
    await until(lambda: sorted(grid_column(user, 'perihal')), equals=['Keuangan selesai', 'Umum selesai'])
    user.find(marker='filter-klasifikasi').click()
    user.find(marker='filter-klasifikasi').trigger('inputValue', '900')   # 2,986 codes: searched as typed
    await user.should_see('900 Keuangan')
    user.find('900 Keuangan').click()
    user.find(marker='terapkan-filter').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Keuangan selesai'])
    user.find(marker='reset-filter').click()
    await until(lambda: len(grid_rows(user)), equals=3)


async def test_paste_a_block_from_excel(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    rows = grid_rows(user)
    assert [r['perihal'] for r in rows] == ['Satu', 'Dua']
    user.find(marker='grid').trigger('paste', {'text': 'Rapat desa\tRahasia\r\nMonev\tTerbatas\r\n',
                                               'row': 0, 'col': 'perihal'})
    # perihal is followed by klasifikasi (a reference) in the grid: pasting into it is refused, nothing saved
    await user.should_see('Tempelan tidak disimpan')
    await first.refresh_from_db()
    assert first.perihal == 'Satu'
    user.find(marker='grid').trigger('paste', {'text': 'Biasa\tSegera\nRahasia\tAmat Segera\n',
                                               'row': 0, 'col': 'sifat'})
    await confirm_paste(user)
    await until(lambda: grid_column(user, 'urgensi'), equals=['Segera', 'Amat Segera'])   # shown, so pasted upon
    assert await stored(first, 'sifat', 'urgensi') == ('Biasa', 'Segera')
    assert await stored(second, 'sifat', 'urgensi') == ('Rahasia', 'Amat Segera')
    # one bad cell: the whole paste is refused, with the cell named
    user.find(marker='grid').trigger('paste', {'text': 'Sangat Rahasia\tSegera\nPenting\tBiasa\n',
                                               'row': 0, 'col': 'sifat'})
    await confirm_paste(user)
    await user.should_see('Baris ke-2, Sifat: Pilih salah satu: Biasa, Terbatas, Rahasia, Sangat Rahasia.')
    await first.refresh_from_db()
    assert first.sifat.value == 'Biasa'


async def test_a_link_can_open_the_grid_filtered(user: User) -> None:
    await make_surat(1, 'Selesai November', status=StatusSuratMasuk.SELESAI, diterima=date(2026, 11, 3))
    await make_surat(2, 'Selesai Oktober', status=StatusSuratMasuk.SELESAI, diterima=date(2026, 10, 3))
    await make_surat(3, 'Baru November', diterima=date(2026, 11, 4))
    await open_as_kepala(user, '/')
    await user.open('/tabel/surat_masuk?status=Selesai&tanggal_diterima=01/11/2026..30/11/2026&perihal_palsu=x')
    assert [r['perihal'] for r in grid_rows(user)] == ['Selesai November']
    with user:
        start = next(iter(user.find(marker='filter-tanggal_diterima-dari').elements))
    assert start.value == '01/11/2026'


async def test_a_big_export_ends_with_a_link(user: User, monkeypatch) -> None:
    from pages import grid_export
    monkeypatch.setattr(grid_export, 'DIRECT_DOWNLOAD_ROWS', 2)
    for no in range(1, 4):
        await make_surat(no, f'Surat {no}')
    await open_as_kepala(user)
    user.find(marker='ekspor').click()
    await user.should_see('Berkas Excel siap: 3 baris.')
    with user:
        link = next(iter(user.find(marker='unduh-ekspor').elements))
    response = await user.http_client.get(link.props['href'])
    assert response.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[5] and str(r[5]).startswith('Surat ')) == 3
    assert (await user.http_client.get(link.props['href'])).status_code == 404   # the link works once


async def test_a_slow_refresh_never_overwrites_a_newer_page(user: User, monkeypatch) -> None:
    for no in range(1, 31):
        await make_surat(no, f'Surat {no:02d}', diterima=date(2026, 10, no))
    await open_as_kepala(user)
    from pages import table_view
    real_fetch = table_view.fetch_page
    reading, go_on = asyncio.Event(), asyncio.Event()

    async def fetch_page(spec, actor, query):
        if not reading.is_set():   # the first refresh (page 1) is slow: it reads on after the click's
            reading.set()
            await go_on.wait()
        return await real_fetch(spec, actor, query)
    monkeypatch.setattr(table_view, 'fetch_page', fetch_page)
    search = handlers_of(lambda: user.find(marker='cari').type('Surat'))   # refresh 1 (slow, page 1)
    await until(reading.is_set)
    user.find(marker='berikutnya').click()                                # refresh 2 (page 2), finishes first
    await user.should_see('Menampilkan 26–30 dari 30 data')
    go_on.set()
    await finished(search)                                                 # refresh 1 is done too
    await user.should_see('Menampilkan 26–30 dari 30 data')
    assert grid_rows(user)[0]['perihal'] == 'Surat 05'


async def test_an_older_refresh_never_wins_over_a_click_still_loading_its_user(user: User, monkeypatch) -> None:
    """Found by the 50-user benchmark: a click whose refresh was still reading the session when an
    older refresh finished lost its page (the older one set the page back)."""
    for no in range(1, 31):
        await make_surat(no, f'Surat {no:02d}', diterima=date(2026, 10, no))
    await open_as_kepala(user)
    from pages import table_view
    real_fetch, real_actor = table_view.fetch_page, table_view.TableView.fresh_actor
    reading, read_on = asyncio.Event(), asyncio.Event()
    loading, load_on = asyncio.Event(), asyncio.Event()
    hold = {'fetch': True, 'actor': False}

    async def fetch_page(spec, actor, query):
        if hold['fetch']:          # the search's refresh reads its page slowly
            hold['fetch'] = False
            reading.set()
            await read_on.wait()
        return await real_fetch(spec, actor, query)

    async def fresh_actor(self):
        if hold['actor']:          # the click's refresh is slow to load its user: it finishes last
            hold['actor'] = False
            loading.set()
            await load_on.wait()
        return await real_actor(self)
    monkeypatch.setattr(table_view, 'fetch_page', fetch_page)
    monkeypatch.setattr(table_view.TableView, 'fresh_actor', fresh_actor)
    search = handlers_of(lambda: user.find(marker='cari').type('Surat'))   # refresh 1 (page 1, slow page read)
    await until(reading.is_set)
    hold['actor'] = True
    click = handlers_of(lambda: user.find(marker='berikutnya').click())   # refresh 2 (page 2, slow start)
    await until(loading.is_set)
    read_on.set()
    await finished(search)     # the older refresh ends first ...
    load_on.set()
    await finished(click)      # ... then the click's
    await user.should_see('Menampilkan 26–30 dari 30 data')
