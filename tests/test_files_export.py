"""Issue #16, files in the export and the import: a files column exports its files' names (one per
line); 'Ekspor dengan berkas (zip)' gives the xlsx and every row's files under a folder per row, only
of the rows the person may see; an exported file imports back with its files column read past (and
said so), the import and its undo leaving the records' files alone; the template has no files column."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl
from nicegui.testing import User

from core import user_files
from core.access import Action
from core.accounts import load_actor, set_permission
from core.file_store import file_store
from core.listing import ListQuery
from exports.files_zip import FolderNames, export_with_files, member_path, path_part
from exports.import_files import template_file
from models.accounts import Role
from models.audit import AuditAction, AuditEntry
from models.pemberdayaan import UsulanMasyarakat
from models.persuratan import SuratMasuk
from models.reference import Desa
from models.table import TABLES
from tests.conftest import handled, stored, until
from tests.helpers_auth import create_account
from tests.test_import import element, open_dialog, press_import, text_of, upload
from tests.test_persuratan_flow import make_surat, open_as_kepala

SCAN = b'%PDF-1.4 scan surat masuk\n' + bytes(range(256)) * 40
PHOTO = b'\xff\xd8\xff\xe0 foto lampiran' + bytes(range(256)) * 30 + b'\xff\xd9'
JUGOSARI, JARIT = '35.08.03.2001', '35.08.03.2002'


async def kept(data: bytes, name: str, jenis: str = 'application/pdf') -> dict:
    """A file put in the store, as a record's description of it."""
    return {'sha256': await file_store().put(data), 'nama': name, 'ukuran': len(data), 'jenis': jenis}


def sheet_rows(data: bytes) -> tuple[list, list[list]]:
    """The header and the data rows of an export."""
    values = [[c.value for c in row] for row in openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows()]
    header = next(i for i, row in enumerate(values) if 'Perihal' in row or 'Pengusul' in row)
    return values[header], values[header + 1:]


async def test_export_lists_the_names_and_the_zip_holds_the_files(user: User) -> None:
    surat = await make_surat(1, 'Undangan rapat')
    files = [await kept(SCAN, 'surat.pdf'), await kept(PHOTO, 'lampiran.jpg', 'image/jpeg')]
    await SuratMasuk.filter(id=surat.id).update(berkas=files)
    other = await make_surat(2, 'Dua scan bernama sama')
    twins = [await kept(SCAN, 'scan.pdf'), await kept(SCAN + b'halaman 2', 'scan.pdf')]
    await SuratMasuk.filter(id=other.id).update(berkas=twins)
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–2 dari 2 data')

    user.find(marker='ekspor').click()
    header, rows = sheet_rows((await user.download.next(timeout=10)).content)
    column = header.index('Scan Surat')
    by_perihal = {row[header.index('Perihal')]: row[column] for row in rows}
    assert by_perihal == {'Undangan rapat': 'surat.pdf\nlampiran.jpg', 'Dua scan bernama sama': 'scan.pdf\nscan.pdf'}

    user.find(marker='ekspor-berkas').click()
    response = await user.download.next(timeout=10)
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    sheet = [name for name in names if name.endswith('.xlsx')]
    assert len(sheet) == 1 and '/' not in sheet[0]
    _, zipped_rows = sheet_rows(archive.read(sheet[0]))
    assert len(zipped_rows) == 2
    first, second = f'surat_masuk/{surat.id} - 1_2026 Undangan rapat', f'surat_masuk/{other.id} - 2_2026 Dua scan bernama sama'
    assert sorted(name for name in names if name not in sheet) == sorted([
        f'{first}/surat.pdf', f'{first}/lampiran.jpg', f'{second}/scan.pdf', f'{second}/scan (2).pdf'])
    assert archive.read(f'{first}/surat.pdf') == SCAN and archive.read(f'{first}/lampiran.jpg') == PHOTO
    assert archive.read(f'{second}/scan (2).pdf') == SCAN + b'halaman 2'
    entry = await AuditEntry.filter(aksi=AuditAction.EKSPOR, tabel='surat_masuk').order_by('-id').first()
    assert entry.keterangan.startswith('2 baris dengan 4 berkas (zip)')


async def test_the_zip_button_is_only_on_tables_with_files(user: User) -> None:
    await open_as_kepala(user, '/tabel/klasifikasi_arsip')
    await user.should_see(marker='ekspor')
    await user.should_not_see(marker='ekspor-berkas')


async def test_an_operator_desa_zips_only_the_files_of_their_desa(user: User) -> None:
    desa = {kode: await Desa.get(kode=kode) for kode in (JUGOSARI, JARIT)}
    for kode, name, data in ((JUGOSARI, 'usulan-jugosari.pdf', SCAN), (JARIT, 'usulan-jarit.pdf', SCAN + b'jarit')):
        row = await UsulanMasyarakat.create(tanggal=date(2026, 11, 5), pengusul=f'Warga {kode}', desa=desa[kode],
                                            uraian='Perbaikan jalan')
        await UsulanMasyarakat.filter(id=row.id).update(lampiran=[await kept(data, name)])
    role = await Role.get(nama='Operator Desa')
    for action in (Action.LIHAT, Action.EKSPOR):
        await set_permission(role, 'usulan_masyarakat', action, True)
    operator = await load_actor((await create_account('operator.jugosari', 'Operator Desa', desa_kode=JUGOSARI)).id)

    zipped = await export_with_files(TABLES['usulan_masyarakat'], operator, ListQuery())
    assert (zipped.rows, zipped.files, zipped.missing) == (1, 1, 0)
    archive = zipfile.ZipFile(zipped.made.path)
    files = [name for name in archive.namelist() if not name.endswith('.xlsx')]
    assert len(files) == 1 and files[0].endswith('/usulan-jugosari.pdf') and archive.read(files[0]) == SCAN
    _, rows = sheet_rows(archive.read(next(n for n in archive.namelist() if n.endswith('.xlsx'))))
    assert [row for row in rows if any(row)] and all('Warga 35.08.03.2001' in row for row in rows if any(row))
    user_files.remove(zipped.made)


async def test_a_file_missing_from_the_store_is_named_in_the_zip_not_fatal(user: User) -> None:
    surat = await make_surat(1, 'Berkas hilang')
    gone = {'sha256': 'ab' * 32, 'nama': 'hilang.pdf', 'ukuran': 10, 'jenis': 'application/pdf'}
    await SuratMasuk.filter(id=surat.id).update(berkas=[await kept(SCAN, 'ada.pdf'), gone])
    kepala = await load_actor((await create_account('kepala', 'Kepala Subbag Umum dan Kepegawaian')).id)
    zipped = await export_with_files(TABLES['surat_masuk'], kepala, ListQuery())
    assert (zipped.files, zipped.missing) == (1, 1)
    archive = zipfile.ZipFile(zipped.made.path)
    note = archive.read('BERKAS_TIDAK_TERBAWA.txt').decode()
    assert 'hilang.pdf' in note and 'tidak ada di penyimpanan' in note
    user_files.remove(zipped.made)


def test_zip_paths_are_safe_and_unique_per_folder() -> None:
    assert path_part('005/2026: Surat "penting"?', 60) == '005_2026_ Surat _penting__'
    assert path_part('..rahasia', 60) == 'rahasia' and path_part('CON.pdf', 60) == '_CON.pdf'
    assert path_part('a' * 200 + '.pdf', 50) == 'a' * 46 + '.pdf'
    names = FolderNames()
    assert [names.unique(n) for n in ('scan.pdf', 'Scan.PDF', 'scan.pdf', 'tanpa-titik')] == \
        ['scan.pdf', 'Scan (2).PDF', 'scan (3).pdf', 'tanpa-titik']
    for bad in (('..', 'x'), ('/etc', 'x'), ('a', '')):
        try:
            member_path(*bad)
        except ValueError:
            continue
        raise AssertionError(f'{bad} was taken')


async def test_an_exported_file_imports_back_and_neither_import_nor_undo_touch_files(user: User) -> None:
    surat = await make_surat(1, 'Undangan rapat')
    files = [await kept(SCAN, 'surat.pdf'), await kept(PHOTO, 'lampiran.jpg', 'image/jpeg')]
    await SuratMasuk.filter(id=surat.id).update(berkas=files)
    await open_as_kepala(user)
    await user.should_see('Menampilkan 1–1 dari 1 data')
    user.find(marker='ekspor').click()
    book = openpyxl.load_workbook(io.BytesIO((await user.download.next(timeout=10)).content))
    sheet = book.active
    header_row = next(row for row in sheet.iter_rows() if any(c.value == 'Perihal' for c in row))
    perihal = next(c for c in header_row if c.value == 'Perihal')
    sheet.cell(row=perihal.row + 1, column=perihal.column, value='Undangan rapat (diubah)')
    buffer = io.BytesIO()
    book.save(buffer)

    await open_dialog(user)
    element(user, 'impor-ganda').value = 'perbarui'
    await upload(user, buffer.getvalue(), 'ekspor.xlsx')
    assert text_of(user, 'impor-ringkasan') == ('ekspor.xlsx: 0 baris baru, 1 diperbarui. Kolom Scan Surat dilewati: '
                                                'berkas tidak dapat diimpor dari lembar kerja, hanya diunggah lewat formulir.')
    await press_import(user)
    await until(lambda: stored(surat, 'perihal'), equals='Undangan rapat (diubah)')
    assert (await SuratMasuk.get(id=surat.id)).berkas == files

    async with handled():
        user.find(marker='batalkan').click()
    await until(lambda: stored(surat, 'perihal'), equals='Undangan rapat')
    assert (await SuratMasuk.get(id=surat.id)).berkas == files


async def test_the_import_template_has_no_files_column(user: User) -> None:
    kepala = await load_actor((await create_account('kepala', 'Kepala Subbag Umum dan Kepegawaian')).id)
    made = await template_file(TABLES['surat_masuk'], kepala)
    values = [c.value for row in openpyxl.load_workbook(made.path).active.iter_rows() for c in row]
    assert 'Perihal' in values and 'Scan Surat' not in values
    user_files.remove(made)
