"""Issue 11 item 1: a 1.6 KB xlsx (a header, and one more cell at XFD1048576) made python-calamine
ask for 512 GiB and abort the whole server. Every file of that family, written here by hand with
zipfile (a huge declared dimension, a far-away cell, cells without references or with a prefix,
very wide rows, many sheets, a huge table of shared strings), is now measured before it is read and
refused with an Indonesian message; and the reading runs in a child process with a memory and a
time limit, so that even a file nobody foresaw only ends that child. Driven as the app does it
(exports.reader_process), and through the import dialog, after which the app still serves pages.

Nothing here reads a dangerous file in the test process itself: a guard that regressed would make
the child abort, and the test fail with 'terlalu berat' instead of taking pytest down.

Issue 11 item 7a: a file the browser refuses for its type was said to be too big."""
from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from nicegui.testing import User

from core import importer
from core.importer import ImportFileError
from exports import reader_process
from exports.reader_process import read_table_in_child
from models.persuratan import SuratMasuk
from tests.test_import import element, open_dialog, text_of, upload
from tests.test_persuratan_flow import open_as_kepala

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
RELATIONS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PACKAGE = 'http://schemas.openxmlformats.org/package/2006/relationships'
LABELS = {'Perihal': 'perihal', 'Asal Surat': 'asal_surat'}
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Perihal</t></is></c></row>'
ROW_2 = '<row r="2"><c r="A2" t="inlineStr"><is><t>Undangan</t></is></c></row>'
TOO_FAR = 'Lembar pertama terpakai sampai baris {baris} dan kolom {kolom}; impor membaca paling jauh sampai baris'


def workbook(*sheets: str, shared: str | None = None, listed: int | None = None) -> bytes:
    """An xlsx with these sheetData bodies (the first is imported), optional sharedStrings.xml, and
    `listed` sheets named in workbook.xml (default: one per body)."""
    listed = len(sheets) if listed is None else listed
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as archive:
        archive.writestr('[Content_Types].xml',
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr('_rels/.rels', f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
                                        f'Type="{RELATIONS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr('xl/workbook.xml', f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONS}"><sheets>'
                         + ''.join(f'<sheet name="S{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, listed + 1))
                         + '</sheets></workbook>')
        relations = [f'<Relationship Id="rId{n}" Type="{RELATIONS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                     for n in range(1, listed + 1)]
        if shared is not None:
            relations.append(f'<Relationship Id="rId0" Type="{RELATIONS}/sharedStrings" Target="sharedStrings.xml"/>')
            archive.writestr('xl/sharedStrings.xml', shared)
        archive.writestr('xl/_rels/workbook.xml.rels', f'<Relationships xmlns="{PACKAGE}">{"".join(relations)}</Relationships>')
        for n, body in enumerate(sheets, start=1):
            archive.writestr(f'xl/worksheets/sheet{n}.xml', body if body.startswith('<worksheet') else sheet(body))
    return buffer.getvalue()


def sheet(rows: str, dimension: str | None = None) -> str:
    declared = f'<dimension ref="{dimension}"/>' if dimension else ''
    return f'<worksheet xmlns="{MAIN}">{declared}<sheetData>{rows}</sheetData></worksheet>'


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def strings(entries: str, **counts: int) -> str:
    declared = ''.join(f' {name}="{value}"' for name, value in counts.items())
    return f'<sst xmlns="{MAIN}"{declared}>{entries}</sst>'


THE_ISSUES_FILE = workbook(HEADER + f'<row r="1048576">{text_cell("XFD1048576", "x")}</row>')
FAMILY = {
    'the issue: one more cell at XFD1048576':
        (THE_ISSUES_FILE, TOO_FAR.format(baris='1.048.576', kolom='XFD')),
    'a declared dimension of the whole sheet':
        (workbook(sheet(HEADER + ROW_2, dimension='A1:XFD1048576')), TOO_FAR.format(baris='1.048.576', kolom='XFD')),
    'a far row whose cells carry no reference':
        (workbook(HEADER + '<row r="1048576"><c><v>1</v></c><c><v>2</v></c></row>'),
         TOO_FAR.format(baris='1.048.576', kolom='B')),
    'rows and cells without any reference, one far to the right':
        (workbook('<row>' + '<c t="inlineStr"><is><t>Perihal</t></is></c>' + '<c/>' * 16383 + '</row>'),
         TOO_FAR.format(baris='1', kolom='XFD')),
    'a far cell behind a namespace prefix':
        (workbook(f'<x:row xmlns:x="{MAIN}" r="5"><x:c r="XFD5"><x:v>1</x:v></x:c></x:row>' + HEADER),
         TOO_FAR.format(baris='5', kolom='XFD')),
    'a far cell whose reference is not the first attribute':
        (workbook(HEADER + "<row r='2'><c s='0' r='A900000'><v>1</v></c></row>"), TOO_FAR.format(baris='900.000', kolom='A')),
    'a cell with only a format, far away':
        (workbook(HEADER + ROW_2 + '<row r="1048576"><c r="XFD1048576" s="1"/></row>'),
         TOO_FAR.format(baris='1.048.576', kolom='XFD')),
    'a very wide row':
        (workbook(HEADER + '<row r="2">' + ''.join(f'<c r="{letters}2"><v>1</v></c>' for letters in ('A', 'KN')) + '</row>'),
         TOO_FAR.format(baris='2', kolom='KN')),
    'many moderately wide rows':
        (workbook(HEADER + ''.join(f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="ET{n}"><v>1</v></c></row>'
                                   for n in range(2, 101))),
         'Lembar pertama terlalu luas: 100 baris kali 150 kolom, lebih dari 6.500 sel sekali impor.'),
    'more sheets than a workbook may list':
        (workbook(HEADER + ROW_2, listed=1001), 'Berkas berisi 1.001 lembar kerja; paling banyak 1.000.'),
    'shared strings declared by the billion':
        (workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + ROW_2,
                  shared=strings('<si><t>Perihal</t></si>', count=4294967295, uniqueCount=4294967295)),
         'Berkas menyimpan 4.294.967.295 teks berbeda; paling banyak 6.500 sekali impor.'),
    'more shared strings than cells allowed':
        (workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + ROW_2,
                  shared=strings('<si><t>Perihal</t></si>' + '<si><t/></si>' * 7000)),
         'Berkas menyimpan 7.001 teks berbeda; paling banyak 6.500 sekali impor.'),
}


def read(data: bytes, max_rows: int = 100):
    """As plan_import reads an upload (max_rows 100: a row limit of 130 and 6 500 cells)."""
    return read_table_in_child(data, 'hostile.xlsx', LABELS, max_rows=max_rows, max_bytes=10 << 20)


def test_the_issues_file_is_tiny() -> None:
    assert len(THE_ISSUES_FILE) < 1700


@pytest.mark.parametrize('name', FAMILY)
def test_every_file_of_the_family_is_refused_before_it_is_read(name: str) -> None:
    data, message = FAMILY[name]
    with pytest.raises(ImportFileError) as refused:
        read(data)
    assert str(refused.value).startswith(message), str(refused.value)


def test_only_the_first_sheet_is_read_and_unusual_spellings_are_read_right() -> None:
    """Sheet 2 reaches XFD1048576, and is never opened; sheet 1 has rows and cells without `r`, and
    a row without cells at the very end (as some programs write a row's height), which the reader
    skips and so does not count."""
    first = ('<row><c t="inlineStr"><is><t>Perihal</t></is></c><c t="inlineStr"><is><t>Asal Surat</t></is></c></row>'
             '<row><c t="inlineStr"><is><t>Undangan</t></is></c><c t="inlineStr"><is><t>Bappeda</t></is></c></row>'
             '<row r="1048576" ht="20" customHeight="1"/>')
    table = read(workbook(first, HEADER + f'<row r="1048576">{text_cell("XFD1048576", "x")}</row>'))
    assert (table.header_row, table.columns, table.rows) == (
        1, [('perihal', 'Perihal'), ('asal_surat', 'Asal Surat')], [(2, ['Undangan', 'Bappeda'])])


def test_a_reader_that_aborts_ends_only_its_child() -> None:
    """With the limits raised so far that the guard lets it by, the file declaring 4 294 967 295
    shared strings makes python-calamine abort (SIGABRT): the child ends, this process does not."""
    data = FAMILY['shared strings declared by the billion'][0]
    with pytest.raises(ImportFileError, match='^Berkas ini terlalu berat untuk dibaca server; tidak ada yang disimpan.'):
        read(data, max_rows=100_000_000)


def test_the_childs_memory_is_limited(monkeypatch) -> None:
    """100 million declared shared strings: python-calamine reserves 2.4 GB for them (untouched).
    The reader's child, limited to 1.5 GiB, is refused that and ends; with a higher limit, on a
    machine that grants such a reservation, the same file reads."""
    data = workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + ROW_2,
                    shared=strings('<si><t>Perihal</t></si>', uniqueCount=100_000_000))
    assert reader_process.READ_MEMORY_BYTES < 24 * 100_000_000
    with pytest.raises(ImportFileError, match='^Berkas ini terlalu berat untuk dibaca server'):
        read(data, max_rows=100_000_000)
    if os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') > 8 << 30 \
            and Path('/proc/sys/vm/overcommit_memory').read_text().strip() != '2':
        monkeypatch.setattr(reader_process, 'READ_MEMORY_BYTES', 8 << 30)
        assert read(data, max_rows=100_000_000).rows == [(2, ['Undangan'])]


def test_a_file_that_takes_too_long_is_stopped_and_its_child_killed(monkeypatch) -> None:
    rows = ''.join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Surat {n}</t></is></c><c r="B{n}"><v>{n}</v></c></row>'
                   for n in range(2, 60_002))
    data = workbook(HEADER + rows)
    monkeypatch.setattr(reader_process, 'READ_SECONDS', 0.2)   # the file takes seconds: the interpreter alone 0.1
    started = time.monotonic()
    with pytest.raises(ImportFileError, match='^Berkas ini terlalu lama dibaca'):
        read(data, max_rows=100_000)
    assert time.monotonic() - started < 30
    assert not [pid for pid in children() if 'exports.reader_process' in command_line(pid)]


def children() -> list[int]:
    tasks = Path(f'/proc/{os.getpid()}/task')
    return [int(pid) for task in tasks.iterdir() for pid in (task / 'children').read_text().split()]


def command_line(pid: int) -> str:
    try:
        return Path(f'/proc/{pid}/cmdline').read_bytes().replace(b'\0', b' ').decode()
    except OSError:
        return ''


async def test_the_issues_file_through_the_dialog_gets_a_message_and_the_app_goes_on(user: User) -> None:
    await open_as_kepala(user)
    await open_dialog(user)
    await upload(user, THE_ISSUES_FILE, 'rusak.xlsx', expect='impor-pesan')
    assert text_of(user, 'impor-pesan').startswith(TOO_FAR.format(baris='1.048.576', kolom='XFD')), \
        text_of(user, 'impor-pesan')
    assert not element(user, 'impor-simpan').enabled
    assert await SuratMasuk.all().count() == 0
    await user.open('/')
    await user.should_see('Peta Proses Bisnis Kecamatan Candipuro')


async def test_a_reader_killed_under_the_dialog_gives_a_message_and_the_app_goes_on(user: User, monkeypatch) -> None:
    """The row limit set so high that the guard lets the billion shared strings by: the child aborts."""
    monkeypatch.setenv('IMPORT_MAX_ROWS', '100000000')
    await open_as_kepala(user)
    await open_dialog(user)
    await upload(user, FAMILY['shared strings declared by the billion'][0], 'teks.xlsx', expect='impor-pesan')
    assert text_of(user, 'impor-pesan').startswith('Berkas ini terlalu berat untuk dibaca server'), \
        text_of(user, 'impor-pesan')
    await user.open('/tabel/surat_masuk')
    await user.should_see('Surat Masuk')
    assert importer.limits()[1] == 100_000_000 and await SuratMasuk.all().count() == 0


async def test_a_file_of_a_refused_type_is_not_called_too_big(user: User) -> None:
    """Issue 11 item 7a: the browser refuses a .xlsm for its type; the dialog said 'too big'."""
    await open_as_kepala(user)
    await open_dialog(user)
    # what the upload's 'rejected' handler emits in the browser, for QUploader's rejected entries
    user.find(marker='impor-unggah').trigger('rejected', [{'reason': 'accept', 'name': 'makro.xlsm'}])
    await user.should_see('Jenis berkas tidak didukung. Unggah berkas Excel (.xlsx) atau CSV (.csv).')
    assert 'terlalu besar' not in text_of(user, 'impor-pesan')
    user.find(marker='impor-unggah').trigger('rejected', [{'reason': 'max-file-size', 'name': 'besar.xlsx'}])
    await user.should_see('Berkas terlalu besar; paling besar 10 MB sekali impor.')
