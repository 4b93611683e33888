"""The upload's checks (core/file_checks.py, issue #16): type by content, on real files built here —
PDFs by PDFium and by hand with a correct cross-reference, photos by Pillow, office documents by
zipfile and XlsxWriter, an old Word/Excel compound file by hand — and each refusal: names, sizes,
files whose name lies, active PDFs (also hex-escaped and hidden in compressed object streams), zip
bombs, nested archives, macros and uploads cut off half-way."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from functools import cache

import pypdfium2
import pytest
import xlsxwriter
from PIL import Image

from core.file_checks import (ACCEPTED_SUFFIXES, DOC, DOCX, JPEG, MB, ODS, ODT, PDF, PNG, PPTX, XLS, XLSX,
                              Accepted, FileRefused, check_upload)
from forms.fields import safe_file_name
from forms.indonesian import ParseError
from locales import t

LIMIT = 20 * MB


def refusal(name: str, data: bytes, max_bytes: int = LIMIT) -> str:
    with pytest.raises(FileRefused) as caught:
        check_upload(name, data, max_bytes)
    return str(caught.value)


def kind(key: str) -> str:
    return t(f'berkas.periksa.jenis.{key}')


# --- real files ------------------------------------------------------------------------------------

def pdfium_pdf() -> bytes:
    document = pypdfium2.PdfDocument.new()
    document.new_page(200, 300)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def image(form: str) -> bytes:
    out = io.BytesIO()
    Image.new('RGB', (40, 30), 'red').save(out, form)
    return out.getvalue()


PAGES = [b'<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
         b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
         b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>']
GO_TO = b'<< /Type /Action /S /GoTo /D [3 0 R /Fit] >>'


def hand_pdf(action: bytes = GO_TO, page: bytes = PAGES[2]) -> bytes:
    """Catalog, pages, one page and the action the document runs when opened; a classic xref table."""
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for number, body in enumerate([PAGES[0], PAGES[1], page, action], 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n%s\nendobj\n' % (number, body)
    xref = len(out)
    out += b'xref\n0 5\n0000000000 65535 f \n' + b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % xref
    return bytes(out)


def object_stream_pdf(action: bytes = GO_TO, packed: bytes | None = None,
                      dictionary: bytes = b'/Type /ObjStm /Filter /FlateDecode') -> bytes:
    """PDF 1.5: the action (object 4) lives compressed in an object stream (object 5), found through
    a cross-reference stream (object 6)."""
    header = b'4 0 '
    packed = zlib.compress(header + action) if packed is None else packed
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for number, body in enumerate(PAGES, 1):
        offsets[number] = len(out)
        out += b'%d 0 obj\n%s\nendobj\n' % (number, body)
    offsets[5] = len(out)
    out += b'5 0 obj\n<< %s /N 1 /First %d /Length %d >>\nstream\n%s\nendstream\nendobj\n' % (
        dictionary, len(header), len(packed), packed)
    offsets[6] = len(out)
    rows = [(0, 0, 65535), *((1, offsets[n], 0) for n in (1, 2, 3)), (2, 5, 0), (1, offsets[5], 0), (1, offsets[6], 0)]
    table = b''.join(struct.pack('>BIH', *row) for row in rows)
    out += b'6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n' % (
        len(table), table)
    out += b'startxref\n%d\n%%%%EOF\n' % offsets[6]
    return bytes(out)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/{part}" ContentType="{main}"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="{part}"/></Relationships>')
WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
SLIDES_MAIN = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'


def ooxml(part: str = 'word/document.xml', main: str = WORD_MAIN, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as archive:
        archive.writestr('[Content_Types].xml', CONTENT_TYPES.format(part=part, main=main))
        archive.writestr('_rels/.rels', RELS.format(part=part))
        archive.writestr(part, '<?xml version="1.0"?><document><body>Surat undangan rapat</body></document>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def xlsx() -> bytes:
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {'in_memory': True})
    workbook.add_worksheet().write('A1', 'Data penduduk')
    workbook.close()
    return out.getvalue()


def odf(mime: str, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo('mimetype'), mime, compress_type=zipfile.ZIP_STORED)
        archive.writestr('content.xml', '<?xml version="1.0"?><office:document-content/>')
        archive.writestr('META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest/>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def ole(stream: str, macros: bool = False) -> bytes:
    """A compound file (OLE2, 512-byte sectors): sector 0 the FAT, 1 the directory, 2–9 one stream of
    4 096 bytes; with macros, a `Macros` storage beside it, as Word keeps its VBA."""
    end, free, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFF
    header = struct.pack('<8s16sHHHHH6sIIIIIIIII', bytes.fromhex('d0cf11e0a1b11ae1'), bytes(16), 0x3E, 3,
                         0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack('<109I', 0, *[free] * 108)
    fat = struct.pack('<128I', 0xFFFFFFFD, end, *range(3, 10), end, *[free] * 118)

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + '\0').encode('utf-16-le')
        return struct.pack('<64sHBBIII16sI8s8sIQ', encoded, len(encoded), kind, 1, left, right, child,
                           bytes(16), 0, bytes(8), bytes(8), start, size)
    directory = entry('Root Entry', 5, none, none, 1, end, 0)
    directory += entry(stream, 2, 2 if macros else none, none, none, 2, 4096)
    directory += entry('Macros', 1, none, none, none, 0, 0) if macros else bytes(128)
    directory += bytes(128)
    return header + fat + directory + b'\x01' * 4096


@cache
def zeros_deflated(size: int) -> tuple[bytes, int]:
    """`size` zero bytes, deflated (raw, as in a zip) by streaming 1 MB at a time, with their CRC."""
    packer, chunk, crc, parts = zlib.compressobj(9, zlib.DEFLATED, -15), bytes(MB), 0, []
    for _ in range(size // MB):
        parts.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(packer.flush())
    return b''.join(parts), crc


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written field by field: (name, deflated bytes, CRC, size) per entry."""
    out, central = bytearray(), bytearray()
    for name, packed, crc, size in entries:
        offset, encoded = len(out), name.encode()
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed), size, len(encoded), 0)
        out += encoded + packed
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(packed), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    start = len(out)
    out += central + struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


# --- accepted --------------------------------------------------------------------------------------

@pytest.mark.parametrize('name, build, jenis', [
    ('surat.pdf', pdfium_pdf, PDF),
    ('undangan.pdf', hand_pdf, PDF),
    ('berkas lama.PDF', object_stream_pdf, PDF),
    ('foto.jpg', lambda: image('JPEG'), JPEG),
    ('foto.JPEG', lambda: image('JPEG') + bytes(300), JPEG),       # zero padding after the end marker
    ('peta.png', lambda: image('PNG'), PNG),
    ('surat.docx', ooxml, DOCX),
    ('data.xlsx', xlsx, XLSX),
    ('paparan.pptx', lambda: ooxml('ppt/presentation.xml', SLIDES_MAIN), PPTX),
    ('surat.odt', lambda: odf(ODT), ODT),
    ('data.ods', lambda: odf(ODS), ODS),
    ('surat.doc', lambda: ole('WordDocument'), DOC),
    ('data.xls', lambda: ole('Workbook'), XLS),
])
def test_real_files_of_each_accepted_kind_are_accepted_with_their_type(name, build, jenis):
    data = build()
    assert check_upload(name, data, LIMIT) == Accepted(nama=name, jenis=jenis, ukuran=len(data))


def test_the_hand_made_pdfs_are_real_documents_pdfium_opens():
    for data in (hand_pdf(), object_stream_pdf()):
        assert len(pypdfium2.PdfDocument(data)) == 1


def test_the_widget_is_offered_every_accepted_suffix():
    assert ACCEPTED_SUFFIXES == ('.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx', '.pptx', '.odt', '.ods',
                                 '.doc', '.xls')


# --- names and sizes -------------------------------------------------------------------------------

@pytest.mark.parametrize('name', ['../surat.pdf', 'surat\x00.pdf', 'surat\u202efdp.exe', '', '..'])
def test_a_name_with_folder_parts_or_hidden_characters_is_refused_with_the_names_own_message(name):
    with pytest.raises(ParseError) as expected:
        safe_file_name(name)
    assert refusal(name, pdfium_pdf()) == str(expected.value)


def test_an_empty_file_is_refused():
    assert refusal('surat.pdf', b'') == t('berkas.periksa.kosong', nama='surat.pdf')


def test_a_file_over_the_limit_is_refused_naming_the_limit_in_indonesian_numbers():
    message = refusal('scan.pdf', b'%PDF-' + bytes(int(2.5 * MB)), max_bytes=int(1.5 * MB))
    assert message == t('berkas.periksa.terlalu_besar', nama='scan.pdf', ukuran='2,5', batas='1,5')
    assert '2 MB' in refusal('scan.pdf', bytes(3 * MB), max_bytes=2 * MB)
    assert check_upload('scan.pdf', pdfium_pdf(), len(pdfium_pdf())).ukuran == len(pdfium_pdf())


# --- the content decides the type ------------------------------------------------------------------

@pytest.mark.parametrize('name, data, named, found', [
    ('surat.pdf', image('PNG'), 'pdf', 'png'),
    ('surat.pdf', b'<!DOCTYPE html><html><script>location="http://x"</script></html>', 'pdf', 'html'),
    ('surat.pdf', b'\xef\xbb\xbf  <html><body>Masuk</body></html>', 'pdf', 'html'),
    ('surat.pdf', b'MZ\x90\x00\x03' + bytes(200), 'pdf', 'exe'),
    ('foto.jpg', pdfium_pdf(), 'jpeg', 'pdf'),
    ('data.xlsx', ooxml(), 'xlsx', 'docx'),
    ('surat.docx', ole('WordDocument'), 'docx', 'ole'),
    ('data.xls', ole('WordDocument'), 'xls', 'ole'),           # an old Word file named as Excel
    ('surat.pdf', b'%%PDF hidden later ' + pdfium_pdf(), 'pdf', 'lain'),
])
def test_a_file_whose_name_says_one_type_and_content_another_is_refused_naming_both(name, data, named, found):
    suffix = '.' + name.rsplit('.', 1)[1]
    assert refusal(name, data) == t('berkas.periksa.jenis_beda', nama=name, akhiran=suffix,
                                    menurut_nama=kind(named), menurut_isi=kind(found))


def test_accepted_content_under_a_wrong_or_missing_suffix_is_refused_saying_which_suffix_fits():
    assert refusal('scan', pdfium_pdf()) == t('berkas.periksa.akhiran_salah', nama='scan',
                                               menurut_isi=kind('pdf'), akhiran='.pdf')
    assert refusal('foto.heic', image('PNG')) == t('berkas.periksa.akhiran_salah', nama='foto.heic',
                                                    menurut_isi=kind('png'), akhiran='.png')


@pytest.mark.parametrize('name, data', [
    ('catatan.txt', b'Daftar hadir rapat desa\n'),
    ('arsip.zip', raw_zip([('a.txt', *zeros_deflated(0), 0)])),
    ('gambar.gif', b'GIF89a' + bytes(20)),
])
def test_content_of_no_accepted_kind_is_refused_listing_what_is_accepted(name, data):
    assert refusal(name, data) == t('berkas.periksa.jenis_ditolak', nama=name, daftar=', '.join(ACCEPTED_SUFFIXES))


# --- PDF -------------------------------------------------------------------------------------------

@pytest.mark.parametrize('pdf', [
    hand_pdf(b'<< /S /JavaScript /JS (app.alert\\(1\\)) >>'),
    hand_pdf(b'<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>'),      # /JavaScript and /JS, hex-escaped
    hand_pdf(b'<< /S /Launch /F (cmd.exe) >>'),
    hand_pdf(page=b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /A#41 << /O 4 0 R >> >>'),
    object_stream_pdf(b'<< /S /JavaScript /JS (app.alert\\(1\\)) >>'),   # only inside the compressed stream
    object_stream_pdf(b'<< /S /J#61vaScript /JS (x) >>', dictionary=b'/Type /Obj#53tm /Filter /Flat#65Decode'),
])
def test_a_pdf_with_javascript_or_automatic_actions_is_refused(pdf):
    assert refusal('surat.pdf', pdf) == t('berkas.periksa.pdf_aktif', nama='surat.pdf')


def test_the_compressed_javascript_is_not_in_the_bytes_as_written():
    assert b'JavaScript' not in object_stream_pdf(b'<< /S /JavaScript /JS (x) >>')


@pytest.mark.parametrize('pdf', [
    object_stream_pdf(packed=b'not zlib at all, or encrypted bytes'),
    object_stream_pdf(packed=zlib.compress(b'4 0 ' + b' ' * (17 * MB))),           # over the inflate budget
    object_stream_pdf(packed=zlib.compress(b'4 0 << /S /JS (x) >>').hex().encode(),
                      dictionary=b'/Type /ObjStm /Filter [/ASCIIHexDecode /FlateDecode]'),
])
def test_a_pdf_whose_object_streams_cannot_be_checked_is_refused(pdf):
    assert refusal('surat.pdf', pdf) == t('berkas.periksa.pdf_tak_terperiksa', nama='surat.pdf')


def test_names_that_only_begin_like_an_action_are_no_action():
    assert check_upload('surat.pdf', hand_pdf(page=PAGES[2].replace(b'/MediaBox', b'/JSON 1 /AAA 2 /MediaBox')),
                        LIMIT).jenis == PDF


# --- cut off half-way ------------------------------------------------------------------------------

@pytest.mark.parametrize('name, build, key, jenis', [
    ('surat.pdf', pdfium_pdf, 'terpotong', 'pdf'),
    ('foto.jpg', lambda: image('JPEG'), 'terpotong', 'jpeg'),
    ('peta.png', lambda: image('PNG'), 'terpotong', 'png'),
    ('surat.docx', ooxml, 'rusak', None),
    ('data.xlsx', xlsx, 'rusak', None),
])
def test_an_upload_cut_off_half_way_is_refused_as_cut_off(name, build, key, jenis):
    data = build()
    values = {'jenis': kind(jenis)} if jenis else {}
    assert refusal(name, data[:len(data) // 2]) == t(f'berkas.periksa.{key}', nama=name, **values)


# --- office zips -----------------------------------------------------------------------------------

def test_a_zip_declaring_a_gigabyte_is_refused_as_a_bomb_without_unpacking_it():
    packed, crc = zeros_deflated(200 * MB)
    bomb = raw_zip([('[Content_Types].xml', *zeros_deflated(0), 0), ('word/document.xml', *zeros_deflated(0), 0),
                    *((f'word/media/image{i}.png', packed, crc, 200 * MB) for i in range(5))])
    assert len(bomb) < 2 * MB
    assert refusal('laporan.docx', bomb) == t('berkas.periksa.bom_besar', nama='laporan.docx', batas='100')


def test_an_entry_that_unpacks_over_a_hundred_times_its_size_is_refused():
    data = ooxml(extra={'word/media/image1.png': bytes(2 * MB)})
    assert len(data) < 20_000
    assert refusal('surat.docx', data) == t('berkas.periksa.bom_rasio', nama='surat.docx', rasio=100)


def test_a_zip_of_more_than_ten_thousand_entries_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as archive:
        for n in range(10_001):
            archive.writestr(f'word/media/{n}.xml', b'')
    assert refusal('surat.docx', out.getvalue()) == t('berkas.periksa.bom_banyak', nama='surat.docx', batas='10.000')


@pytest.mark.parametrize('extra', [
    {'word/embeddings/lampiran.zip': ooxml()},
    {'word/media/image1.png': ooxml()},                          # an archive by content, not by name
])
def test_an_archive_inside_the_document_is_refused(extra):
    assert refusal('surat.docx', ooxml(extra=extra)) == t('berkas.periksa.arsip_bersarang', nama='surat.docx')


def test_entries_are_read_so_sizes_that_lie_are_caught():
    """The entry unpacks to 300 KB but both its headers declare 1 000 bytes: reading it stops there
    and its checksum no longer matches."""
    name = 'word/media/image1.png'
    data = bytearray(ooxml(extra={name: bytes(range(256)) * 1200}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name).header_offset
    struct.pack_into('<I', data, local + 22, 1000)                      # the local header's size
    struct.pack_into('<I', data, data.rfind(name.encode()) - 46 + 24, 1000)   # the central directory's
    assert refusal('surat.docx', bytes(data)) == t('berkas.periksa.rusak', nama='surat.docx')


@pytest.mark.parametrize('name, data', [
    ('surat.docx', ooxml(extra={'word/vbaProject.bin': b'\xd0\xcf\x11\xe0 vba'})),
    ('data.xlsx', ooxml('xl/workbook.xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')),
    ('surat.odt', odf(ODT, {'Basic/Standard/Module1.xml': b'<script:module>Sub Main</script:module>'})),
    ('surat.doc', ole('WordDocument', macros=True)),
])
def test_documents_with_macros_are_refused(name, data):
    assert refusal(name, data) == t('berkas.periksa.makro', nama=name)


def test_an_odf_naming_its_empty_macro_library_lists_is_accepted():
    data = odf(ODT, {'Basic/script-lc.xml': b'<library:libraries/>'})
    assert check_upload('surat.odt', data, LIMIT).jenis == ODT
