"""Issue 5 item 3, driven as a clerk would: 'Impor Excel' on the Surat Masuk grid. A file in
Indonesian formats is previewed and imported; a bad row shows its error per row and per cell and
nothing is written, and its reason comes back in a downloadable file; duplicates are skipped or
updated; bad files and limits give their message; the template round-trips; one click undoes the
import; a role that may not import writes nothing, whatever event it sends."""
from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import openpyxl
from nicegui import ElementFilter, ui
from nicegui.testing import User

from core import record_bulk, turns
from exports import import_child
from core.access import Action
from core.accounts import set_permission
from models.accounts import Role
from models.audit import AuditAction, AuditEntry
from models.persuratan import Sifat, SuratMasuk, Urgensi
from models.reference import KlasifikasiArsip
from tests.conftest import grid_rows, handled, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_import_process import import_children
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat, open_as_kepala

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
HEADER = ['No. Agenda', 'Tanggal Diterima', 'Nomor Surat', 'Tanggal Surat', 'Asal Surat', 'Perihal',
          'Klasifikasi', 'Sifat', 'Urgensi', 'Jumlah Lampiran']


def xlsx(rows: list[list[Any]], header: list[str] = HEADER, *, title: bool = True) -> bytes:
    """A workbook like our own export: a title, two subtitle lines, a blank row, then the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        for line in (['Daftar Surat Masuk'], ['Kantor Kecamatan Candipuro'], ['Diekspor oleh sari'], []):
            sheet.append(line)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def surat(no: int, perihal: str, **changes: Any) -> list[Any]:
    values = {'No. Agenda': no, 'Tanggal Diterima': '05/11/2026', 'Nomor Surat': f'005/{no}/2026',
              'Tanggal Surat': date(2026, 11, 3), 'Asal Surat': 'Bappeda', 'Perihal': perihal,
              'Klasifikasi': '000 Umum', 'Sifat': 'Biasa', 'Urgensi': 'Biasa', 'Jumlah Lampiran': 0} | changes
    return [values[name] for name in HEADER]


def element(user: User, marker: str) -> Any:
    with user:
        return next(iter(user.find(marker=marker).elements))


def text_of(user: User, marker: str) -> str:
    """The text of the element with this marker, or '' when there is none (yet)."""
    try:
        with user:
            return next(iter(user.find(marker=marker).elements)).text
    except AssertionError:
        return ''


async def open_dialog(user: User) -> None:
    user.find(marker='impor').click()
    await user.should_see('Impor Excel · Surat Masuk')


async def upload(user: User, data: bytes, name: str = 'surat.xlsx', *, expect: str = 'impor-ringkasan') -> None:
    """Hand a file to the dialog's upload, as the browser's POST would, and wait for its verdict."""
    before = text_of(user, 'impor-pesan'), text_of(user, 'impor-ringkasan')
    await element(user, 'impor-unggah').handle_uploads([ui.upload.SmallFileUpload(name, XLSX, data)])
    if expect == 'impor-ringkasan':
        await until(lambda: text_of(user, 'impor-ringkasan') not in ('', before[1]), what='the preview')
    else:
        await until(lambda: text_of(user, 'impor-pesan') not in ('', before[0]), what='the message')


def preview(user: User) -> list[dict]:
    return element(user, 'impor-pratinjau').rows


async def press_import(user: User) -> None:
    """Press Impor and wait until it has answered: written, the grid drawn again, the dialog closed;
    or a message in the dialog."""
    async with handled():
        user.find(marker='impor-simpan').click()


async def test_a_file_in_indonesian_formats_is_previewed_imported_and_shown(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    rows = [surat(1, 'Undangan rapat', **{'Tanggal Diterima': date(2026, 11, 5), 'Sifat': 'rahasia',
                                          'Urgensi': 'AMAT SEGERA', 'Jumlah Lampiran': '1.000'}),
            surat(2, 'Permohonan data', **{'Tanggal Surat': '31/10/2026', 'Klasifikasi': '100', 'Jumlah Lampiran': 2.0})]
    header = [' no.  AGENDA ', *HEADER[1:]]                          # headers compared without case and spaces
    await upload(user, xlsx(rows, header))
    assert text_of(user, 'impor-ringkasan') == 'surat.xlsx: 2 baris baru.'
    shown = preview(user)
    assert [(r['_baris'], r['_status'], r['perihal']) for r in shown] == [(6, 'Baru', 'Undangan rapat'),
                                                                         (7, 'Baru', 'Permohonan data')]
    assert shown[0]['tanggal_diterima'] == '05/11/2026'
    assert await SuratMasuk.all().count() == 0                       # a preview writes nothing
    await press_import(user)
    assert user.notify.contains('Impor Surat Masuk: 2 baris ditambahkan.')
    assert sorted(r['perihal'] for r in grid_rows(user)) == ['Permohonan data', 'Undangan rapat']
    first = await SuratMasuk.get(no_agenda=1)
    second = await SuratMasuk.get(no_agenda=2)
    assert (first.tahun, first.tanggal_diterima, first.tanggal_surat) == (2026, date(2026, 11, 5), date(2026, 11, 3))
    assert (first.sifat, first.urgensi, first.jumlah_lampiran, first.created_by) == \
        (Sifat.RAHASIA, Urgensi.AMAT_SEGERA, 1000, 'sari')
    assert first.klasifikasi_id == (await KlasifikasiArsip.get(kode='000')).id
    assert second.klasifikasi_id == (await KlasifikasiArsip.get(kode='100')).id
    assert second.tanggal_surat == date(2026, 10, 31)
    entries = await AuditEntry.filter(tabel='surat_masuk').order_by('id')
    assert [e.aksi for e in entries] == [AuditAction.TAMBAH, AuditAction.TAMBAH, AuditAction.IMPOR]
    assert entries[0].sesudah['perihal'] == 'Undangan rapat' and entries[0].pengguna == 'sari'
    assert len({e.kelompok for e in entries}) == 1
    await user.should_see(marker='batalkan')                          # the undo banner


async def test_a_file_of_many_chunks_shows_a_progress_bar_that_reaches_the_end(user: User, monkeypatch) -> None:
    """Issue 7.4: while the file is checked, and again while its rows are saved, a bar under the upload
    moves chunk by chunk with a caption counting the rows, and is put away once it is full."""
    monkeypatch.setattr(turns, 'TURN_SECONDS', 0)   # 10 rows: a turn after each row of each pass
    monkeypatch.setattr(record_bulk, 'BULK_CHUNK', 4)     # and three to write them
    monkeypatch.setattr(import_child, 'PROGRESS_SECONDS', 0)   # every report sent (the import's process has this pace)
    await open_as_kepala(user)
    await open_dialog(user)
    with user:                                        # hidden until there is work to show
        bar = next(iter(ElementFilter(marker='impor-kemajuan')))
        caption = next(iter(ElementFilter(marker='impor-kemajuan-teks')))
    box = caption.parent_slot.parent.parent_slot.parent   # the caption is in a row with Batalkan, in the box
    assert not box.visible
    seen: list[tuple[float, str]] = []
    bar.on_value_change(lambda event: seen.append((event.value, caption.text)))

    def step(prefix: str) -> list[tuple[float, str]]:
        return [(value, text) for value, text in seen if text.startswith(prefix)]

    await upload(user, xlsx([surat(n, f'Surat {n}') for n in range(1, 11)]))
    checking = step('Memeriksa baris')
    values = [value for value, _ in checking]
    assert values == sorted(set(values)) and sum(0 < v < 1 for v in values) >= 5, checking
    assert checking[-1] == (1, 'Memeriksa baris 10 dari 10…')
    assert not box.visible                            # put away with the preview shown

    seen.clear()
    await press_import(user)
    assert user.notify.contains('Impor Surat Masuk: 10 baris ditambahkan.')
    saving = step('Menyimpan baris')
    values = [value for value, _ in saving]
    assert values == sorted(set(values)) and sum(0 < v < 1 for v in values) >= 3, saving
    assert saving[-1] == (1, 'Menyimpan baris 10 dari 10…')
    assert step('Memeriksa baris')[-1][0] == 1        # checked once more against the data as it is now
    assert await SuratMasuk.all().count() == 10


async def test_one_bad_row_is_shown_per_row_and_cell_nothing_is_written_and_its_reason_downloads(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    rows = [surat(1, 'Baik'), surat(2, 'Tanggal salah', **{'Tanggal Surat': '31/02/2026'}), surat(3, 'Baik juga')]
    await upload(user, xlsx(rows))
    assert text_of(user, 'impor-ringkasan') == 'surat.xlsx: 2 baris baru, 1 bermasalah.'
    assert text_of(user, 'impor-pesan').startswith('1 baris bermasalah: tidak ada yang akan disimpan.')
    bad = preview(user)[1]
    assert (bad['_baris'], bad['_status']) == (7, 'Bermasalah')
    assert bad['_galat'] == {'tanggal_surat': 'Tanggal 31/02/2026 tidak ada di kalender.'}   # the cell is marked
    assert bad['_alasan'] == 'Tanggal Surat: Tanggal 31/02/2026 tidak ada di kalender.'
    assert element(user, 'impor-galat').rows == [{'_baris': 7, '_alasan': bad['_alasan']}]
    assert not element(user, 'impor-simpan').enabled
    async with handled():
        user.find(marker='impor-simpan').click()                     # a forged click changes nothing either
    assert await SuratMasuk.all().count() == 0

    user.find(marker='impor-unduh-galat').click()
    response = await user.download.next(timeout=10)
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == 'Baris di Berkas Asal')
    headers = [c.value for c in sheet[header_row]]
    assert headers == ['Baris di Berkas Asal', *HEADER, 'Alasan']
    failing = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
    assert len(failing) == 1
    assert failing[0][0] == 7 and failing[0][headers.index('Perihal')] == 'Tanggal salah'
    assert failing[0][-1] == 'Tanggal Surat: Tanggal 31/02/2026 tidak ada di kalender.'

    # fixed in that very file, it uploads again (its Baris and Alasan columns are skipped)
    sheet.cell(header_row + 1, headers.index('Tanggal Surat') + 1).value = '28/02/2026'
    fixed = io.BytesIO()
    book.save(fixed)
    await upload(user, fixed.getvalue(), 'perbaikan.xlsx')
    assert text_of(user, 'impor-ringkasan') == 'perbaikan.xlsx: 1 baris baru.'
    await press_import(user)
    assert [(s.no_agenda, s.tanggal_surat) for s in await SuratMasuk.all()] == [(2, date(2026, 2, 28))]


async def test_duplicates_on_the_natural_key_are_skipped_or_updated(user: User) -> None:
    stored = await make_surat(1, 'Perihal lama', diterima=date(2026, 11, 5))
    await open_as_kepala(user)
    await open_dialog(user)
    same = {'Tanggal Surat': date(2026, 11, 5), 'Klasifikasi': None}   # as stored, but for the perihal
    data = xlsx([surat(1, 'Perihal baru', **same), surat(2, 'Surat baru')])
    await upload(user, data)
    assert text_of(user, 'impor-ringkasan') == 'surat.xlsx: 1 baris baru, 1 dilewati karena sudah ada.'
    assert [r['_status'] for r in preview(user)] == ['Dilewati (sudah ada)', 'Baru']
    await press_import(user)
    assert user.notify.contains('Impor Surat Masuk: 1 baris ditambahkan, 1 dilewati karena sudah ada.')
    await stored.refresh_from_db()
    assert (stored.perihal, stored.version) == ('Perihal lama', 1)
    assert await SuratMasuk.filter(no_agenda=2).count() == 1

    await open_dialog(user)
    element(user, 'impor-ganda').value = 'perbarui'
    await upload(user, data)
    assert text_of(user, 'impor-ringkasan') == 'surat.xlsx: 0 baris baru, 1 diperbarui, 1 sudah sama.'
    await press_import(user)
    await stored.refresh_from_db()
    assert (stored.perihal, stored.version, stored.updated_by) == ('Perihal baru', 2, 'sari')
    change = await AuditEntry.filter(tabel='surat_masuk', baris_id=stored.id, aksi=AuditAction.UBAH).get()
    assert (change.sebelum, change.sesudah) == ({'perihal': 'Perihal lama'}, {'perihal': 'Perihal baru'})
    assert await SuratMasuk.all().count() == 2


async def test_bad_files_give_their_message_in_the_dialog_and_write_nothing(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    formula = openpyxl.load_workbook(io.BytesIO(xlsx([surat(1, 'Rumus')])))
    formula.active['J6'] = '=1+1'
    with_formula = io.BytesIO()
    formula.save(with_formula)
    cases = [
        (b'%PDF-1.7 not a workbook', 'laporan.xlsx', 'Berkas ini PDF, bukan Excel.'),
        (b'', 'kosong.xlsx', 'Berkas kosong.'),
        (xlsx([surat(1, 'x')], ['Nomor Agenda', *HEADER[1:], 'Catatan']), 'judul.xlsx',
         'Kolom tidak dikenal: Nomor Agenda, Catatan. Kolom yang dikenal: No. Agenda, Tanggal Diterima, '),
        (xlsx([surat(1, 'x')])[:400], 'rusak.xlsx', 'Berkas Excel rusak'),
        (with_formula.getvalue(), 'rumus.xlsx', 'Sel J6 berisi rumus.'),
    ]
    for data, name, message in cases:
        await upload(user, data, name, expect='impor-pesan')
        assert text_of(user, 'impor-pesan').startswith(message), (name, text_of(user, 'impor-pesan'))
        assert not element(user, 'impor-simpan').enabled
    assert await SuratMasuk.all().count() == 0


async def test_size_and_row_limits_are_enforced_on_the_server(user: User, monkeypatch) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    monkeypatch.setenv('IMPORT_MAX_ROWS', '3')
    await upload(user, xlsx([surat(n, f'Surat {n}') for n in range(1, 5)]), expect='impor-pesan')
    assert text_of(user, 'impor-pesan') == ('Berkas berisi lebih dari 3 baris data; paling banyak 3 baris sekali '
                                            'impor. Bagi menjadi beberapa berkas.')
    monkeypatch.setenv('IMPORT_MAX_ROWS', '100000')
    monkeypatch.setenv('IMPORT_MAX_MB', '0.005')   # 5 KiB: the browser's limit is bypassed, the server's is not
    big = xlsx([surat(n, 'Perihal yang cukup panjang ' * 4) for n in range(1, 200)])
    await upload(user, big, expect='impor-pesan')
    assert text_of(user, 'impor-pesan').startswith('Berkas terlalu besar (')
    assert 'KB); paling besar 5 KB sekali impor.' in text_of(user, 'impor-pesan')
    assert await SuratMasuk.all().count() == 0


async def test_the_template_downloads_and_imports_once_filled(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    user.find(marker='impor-templat').click()
    response = await user.download.next(timeout=10)
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    lines = [sheet.cell(r, 1).value for r in range(1, 20)]
    assert sheet['A1'].value == 'Templat impor Surat Masuk'
    assert 'Sifat: pilih salah satu — Biasa, Terbatas, Rahasia, Sangat Rahasia.' in lines
    assert 'Klasifikasi: tulis seperti di daftar Klasifikasi Arsip, misalnya "000 Umum", atau Kode-nya saja.' in lines
    header_row = next(r for r in range(1, 30) if sheet.cell(r, 1).value == 'No. Agenda')
    headers = [c.value for c in sheet[header_row]]
    assert 'Tahun' not in headers and headers[:3] == ['No. Agenda', 'Tanggal Diterima', 'Nomor Surat']
    filled = {'No. Agenda': 7, 'Tanggal Diterima': datetime(2026, 11, 5), 'Nomor Surat': '005/7/2026',
              'Tanggal Surat': '04/11/2026', 'Asal Surat': 'Dinas Kominfo', 'Perihal': 'Dari templat',
              'Sifat': 'Terbatas', 'Klasifikasi': 'Umum'}
    for name, value in filled.items():
        sheet.cell(header_row + 1, headers.index(name) + 1).value = value
    buffer = io.BytesIO()
    book.save(buffer)
    await upload(user, buffer.getvalue(), 'templat_terisi.xlsx')
    assert text_of(user, 'impor-ringkasan') == 'templat_terisi.xlsx: 1 baris baru.'
    await press_import(user)
    row = await SuratMasuk.get(no_agenda=7)
    assert (row.perihal, row.sifat, row.tanggal_diterima) == ('Dari templat', Sifat.TERBATAS, date(2026, 11, 5))


async def test_an_export_imports_back_as_the_same_rows(user: User) -> None:
    for no in range(1, 4):
        await make_surat(no, f'Surat {no}', diterima=date(2026, 11, no))
    await open_as_kepala(user)
    user.find(marker='ekspor').click()
    exported = (await user.download.next(timeout=10)).content
    await open_dialog(user)
    element(user, 'impor-ganda').value = 'perbarui'
    await upload(user, exported, 'ekspor.xlsx')
    assert text_of(user, 'impor-ringkasan') == 'ekspor.xlsx: 0 baris baru, 3 sudah sama.'


async def test_a_whole_import_is_undone_in_one_step(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    await upload(user, xlsx([surat(n, f'Surat {n}') for n in range(1, 4)]))
    await press_import(user)
    assert len(grid_rows(user)) == 3
    user.find(marker='batalkan').click()
    await until(lambda: user.notify.contains('Dibatalkan: 3 baris kembali seperti semula.'), what='the undo')
    await until(lambda: grid_rows(user), equals=[])
    assert await SuratMasuk.filter(deleted_at__isnull=True).count() == 0
    assert await AuditEntry.filter(aksi=AuditAction.BATAL).count() == 4   # each row, and the import itself


async def test_a_role_that_may_not_import_writes_nothing_whatever_it_sends(user: User) -> None:
    await create_account('pak.camat', 'Camat')   # lihat and ekspor only
    await log_in_as(user, 'pak.camat', next_path='/tabel/surat_masuk')
    await user.should_see('Menampilkan 0–0 dari 0 data')
    await user.should_not_see(marker='impor')
    await user.open('/logout')

    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await open_dialog(user)
    await upload(user, xlsx([surat(1, 'Sah')]))                      # previewed while still allowed
    kepala = await Role.get(nama=KEPALA_UMUM)
    for action in (Action.TAMBAH, Action.UBAH):                      # the admin withdraws them meanwhile
        await set_permission(kepala, 'surat_masuk', action, False)
    element(user, 'impor-simpan').enable()                           # a forged click on the import button
    user.find(marker='impor-simpan').click()
    await until(lambda: text_of(user, 'impor-pesan'), equals='Anda tidak berhak mengimpor data Surat Masuk.')
    element(user, 'impor-pesan').text = ''
    await upload(user, xlsx([surat(2, 'Lagi')]), expect='impor-pesan')   # a forged upload
    async with handled():
        user.find(marker='impor-templat').click()                    # and a template request
    assert text_of(user, 'impor-pesan') == 'Anda tidak berhak mengimpor data Surat Masuk.'
    assert await SuratMasuk.all().count() == 0
    assert not await AuditEntry.filter(aksi__in=[AuditAction.TAMBAH, AuditAction.IMPOR]).exists()


async def open_with_progress(user: User, monkeypatch) -> tuple[ui.linear_progress, ui.label]:
    """The dialog open as the Kepala, its progress bar reported at every step; the bar and its caption."""
    monkeypatch.setattr(import_child, 'PROGRESS_SECONDS', 0)
    await open_as_kepala(user)
    await open_dialog(user)
    with user:
        return next(iter(ElementFilter(marker='impor-kemajuan'))), next(iter(ElementFilter(marker='impor-kemajuan-teks')))


async def test_batalkan_ends_the_check_or_the_import_and_nothing_is_written(user: User, monkeypatch) -> None:
    """#13 (g): the check and the write run in a process of their own, which Batalkan beside the bar
    ends; the dialog says nothing was saved, and nothing was."""
    bar, caption = await open_with_progress(user, monkeypatch)
    cancel_during: list[str] = ['Memeriksa baris']

    def press_batalkan(event) -> None:        # as the bar first moves in the step named
        if cancel_during and caption.text.startswith(cancel_during[0]) and event.value < 1:
            cancel_during.clear()
            user.find(marker='impor-kemajuan-batalkan').click()
    bar.on_value_change(press_batalkan)
    data = xlsx([surat(n, f'Surat {n}') for n in range(1, 201)])
    await upload(user, data, expect='impor-pesan')
    assert text_of(user, 'impor-pesan') == 'Impor dibatalkan; tidak ada yang disimpan.'
    assert text_of(user, 'impor-ringkasan') == ''       # no preview

    await upload(user, data)                            # checked to the end this time
    cancel_during.append('Menyimpan baris')
    await press_import(user)
    await until(lambda: text_of(user, 'impor-pesan') == 'Impor dibatalkan; tidak ada yang disimpan.')
    assert await SuratMasuk.all().count() == 0
    assert import_children() == []                     # its process ended with it


async def test_closing_the_dialog_during_the_import_ends_it_and_nothing_is_written(user: User, monkeypatch) -> None:
    """#13 (g): the dialog closed (its X, Tutup or Escape: Quasar's 'hide') while rows are being
    written ends the import's process before its commit: nothing saved, no process left, the dialog
    gone with its upload route."""
    bar, caption = await open_with_progress(user, monkeypatch)
    with user:
        dialog = next(iter(ElementFilter(marker='impor-dialog')))
    await upload(user, xlsx([surat(n, f'Surat {n}') for n in range(1, 201)]))
    closed_while: list[str] = []

    def close_while_saving(event) -> None:   # as the bar first moves in the write
        if not closed_while and caption.text.startswith('Menyimpan baris') and event.value < 1:
            closed_while.append(caption.text)
            user.find(marker='impor-dialog').trigger('hide')
    bar.on_value_change(close_while_saving)
    await press_import(user)
    assert closed_while                                 # it was closed in the middle of the write
    assert dialog.is_deleted
    assert await SuratMasuk.all().count() == 0
    assert import_children() == []
    assert not await AuditEntry.filter(aksi=AuditAction.IMPOR).exists()
