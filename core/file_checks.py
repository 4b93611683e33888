"""Whether uploaded bytes may be stored, decided by their content rather than their name (issue #16).

A clerk uploads scans, photos and office documents; what is stored is later opened by other clerks
on office computers, so an upload is refused when its content is not one of the accepted kinds,
when its name says one kind and its content is another (an .exe or an HTML page renamed .pdf), when
it was cut off half-way, or when it carries something that runs or explodes when opened: a PDF with
JavaScript or automatic actions (also hex-escaped names and names hidden in compressed object
streams), an office zip that is a zip bomb, holds another archive, or holds macros.

Pure standard library and no shared state, so a page may run it in a thread (asyncio.to_thread):
every decompression is capped, so a hostile upload costs bounded memory and time.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from decimal import Decimal

from forms.fields import safe_file_name
from forms.indonesian import ParseError, format_number
from locales import t

PDF = 'application/pdf'
JPEG = 'image/jpeg'
PNG = 'image/png'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
ODT = 'application/vnd.oasis.opendocument.text'
ODS = 'application/vnd.oasis.opendocument.spreadsheet'
DOC = 'application/msword'
XLS = 'application/vnd.ms-excel'

# suffix → (kind, MIME type); the kind names the type in messages (berkas.periksa.jenis.<kind>)
_BY_SUFFIX = {
    '.pdf': ('pdf', PDF), '.jpg': ('jpeg', JPEG), '.jpeg': ('jpeg', JPEG), '.png': ('png', PNG),
    '.docx': ('docx', DOCX), '.xlsx': ('xlsx', XLSX), '.pptx': ('pptx', PPTX),
    '.odt': ('odt', ODT), '.ods': ('ods', ODS), '.doc': ('doc', DOC), '.xls': ('xls', XLS),
}
ACCEPTED_SUFFIXES: tuple[str, ...] = tuple(_BY_SUFFIX)
_SUFFIX_OF = {'pdf': '.pdf', 'jpeg': '.jpg', 'png': '.png', 'docx': '.docx', 'xlsx': '.xlsx', 'pptx': '.pptx',
              'odt': '.odt', 'ods': '.ods', 'ole': '.doc / .xls'}

MB = 1024 * 1024
ZIP_TOTAL_MAX = 100 * MB        # everything a zip unpacks to
ZIP_RATIO_MAX = 100             # an entry this much smaller than it unpacks to …
ZIP_RATIO_FROM = 1 * MB         # … and unpacking to more than this, is a bomb
ZIP_ENTRIES_MAX = 10_000
PDF_INFLATE_MAX = 16 * MB       # the object streams of a PDF, all together, once decompressed
_CHUNK = 64 * 1024

OLE_MAGIC = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'
PNG_MAGIC = b'\x89PNG\r\n\x1a\n'
PNG_END = b'\x00\x00\x00\x00IEND\xaeB`\x82'
ZIP_MAGIC = b'PK\x03\x04'

# Content that is not accepted, named so that a refusal can say what the file really is.
_OTHER_KINDS = (
    (b'MZ', 'exe'), (b'\x7fELF', 'exe'), (b'GIF8', 'gif'), (b'BM', 'bmp'), (b'II*\x00', 'tiff'),
    (b'MM\x00*', 'tiff'), (b'Rar!', 'arsip'), (b'7z\xbc\xaf\x27\x1c', 'arsip'), (b'\x1f\x8b', 'arsip'),
    (b'PK\x05\x06', 'arsip'),
)
_ARCHIVE_MAGICS = (ZIP_MAGIC, b'PK\x05\x06', b'Rar!', b'7z\xbc\xaf\x27\x1c', b'\x1f\x8b', b'\xfd7zXZ\x00', b'MSCF')
_ARCHIVE_SUFFIXES = ('.zip', '.jar', '.7z', '.rar', '.gz', '.tgz', '.tar', '.bz2', '.xz', '.cab')
_HTML = re.compile(rb'^\s*<(!doctype\s+html|html|head|body|script|iframe|svg|\?xml)', re.IGNORECASE)

# PDF: a name is `/` and the characters up to the next delimiter; `#xx` inside it is one byte
_PDF_DELIMS = rb'\x00\t\n\f\r ()<>\[\]{}/%'
_PDF_NAME_ESCAPED = re.compile(rb'/[^' + _PDF_DELIMS + rb']*#[^' + _PDF_DELIMS + rb']*')
_PDF_HEX = re.compile(rb'#([0-9A-Fa-f]{2})')
_PDF_ACTIVE = re.compile(rb'/(?:JavaScript|JS|Launch|AA)(?![^' + _PDF_DELIMS + rb'])')
_PDF_STREAM = re.compile(rb'>>(?:[\x00\t\n\f\r ]|%[^\r\n]*)*stream(?:\r\n|\n|\r)')
_PDF_NAME = re.compile(rb'/[^' + _PDF_DELIMS + rb']+')
_PDF_FLATE = {b'/FlateDecode', b'/Fl'}
_PDF_OTHER_FILTERS = {b'/ASCIIHexDecode', b'/AHx', b'/ASCII85Decode', b'/A85', b'/LZWDecode', b'/LZW',
                      b'/RunLengthDecode', b'/RL', b'/Crypt', b'/DCTDecode', b'/DCT', b'/JPXDecode',
                      b'/JBIG2Decode', b'/CCITTFaxDecode', b'/CCF', b'/Predictor'}

# OOXML: the main part's content type names the document; a macro-enabled one is refused
_OOXML = (('wordprocessingml.document.main+xml', 'word/', 'docx'),
          ('spreadsheetml.sheet.main+xml', 'xl/', 'xlsx'),
          ('presentationml.presentation.main+xml', 'ppt/', 'pptx'))
_ODF = {ODT.encode(): 'odt', ODS.encode(): 'ods'}
_ODF_MACRO_LISTS = ('script-lc.xml', 'script-lb.xml', 'dialog-lc.xml', 'dialog-lb.xml')
_OLE_MACROS = ('_VBA_PROJECT'.encode('utf-16-le'), 'Macros'.encode('utf-16-le') + b'\x00\x00')
# the stream an old Word or Excel file keeps its document in, as its directory entry spells it
_OLE_STREAMS = {'doc': 'WordDocument'.encode('utf-16-le') + b'\x00\x00',
                'xls': 'Workbook'.encode('utf-16-le') + b'\x00\x00'}

_ZIP_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
               struct.error, NotImplementedError, RuntimeError, OverflowError, IndexError)


class FileRefused(Exception):
    """The upload may not be stored; str(error) tells the person who uploaded what is wrong and
    what to do."""


@dataclass(frozen=True)
class Accepted:
    nama: str       # the safe name
    jenis: str      # MIME type found from the content
    ukuran: int


def check_upload(name: str, data: bytes, max_bytes: int) -> Accepted:
    """The upload's safe name, its type found from its content, and its size; FileRefused otherwise."""
    try:
        nama = safe_file_name(name)
    except ParseError as error:
        raise FileRefused(str(error)) from None
    if not data:
        raise FileRefused(t('berkas.periksa.kosong', nama=nama))
    if len(data) > max_bytes:
        raise FileRefused(t('berkas.periksa.terlalu_besar', nama=nama, ukuran=_mb(len(data)),
                            batas=_mb(max_bytes)))
    suffix = ('.' + nama.rsplit('.', 1)[1].lower()) if '.' in nama else ''
    named_kind, named_type = _BY_SUFFIX.get(suffix, (None, None))
    found = _content_kind(nama, data)
    if found == 'ole' and named_kind in _OLE_STREAMS and _OLE_STREAMS[named_kind] in data:
        found = named_kind
    if found == named_kind:
        return Accepted(nama=nama, jenis=named_type, ukuran=len(data))
    if named_kind is not None:
        raise FileRefused(t('berkas.periksa.jenis_beda', nama=nama, akhiran=suffix,
                            menurut_nama=_label(named_kind), menurut_isi=_label(found)))
    if found in _SUFFIX_OF:
        raise FileRefused(t('berkas.periksa.akhiran_salah', nama=nama, menurut_isi=_label(found),
                            akhiran=_SUFFIX_OF[found]))
    raise FileRefused(t('berkas.periksa.jenis_ditolak', nama=nama, daftar=', '.join(ACCEPTED_SUFFIXES)))


def _mb(size: int) -> str:
    value = (Decimal(size) / MB).quantize(Decimal('0.1'))
    return format_number(value, 0 if value == value.to_integral_value() else 1)


def _label(kind: str) -> str:
    return t(f'berkas.periksa.jenis.{kind}')


def _content_kind(nama: str, data: bytes) -> str:
    """The kind the bytes are, after the checks of that kind (FileRefused when they fail); a kind
    that is not accepted is returned too, for the message."""
    if data.startswith(b'%PDF-'):
        _check_pdf(nama, data)
        return 'pdf'
    if data.startswith(b'\xff\xd8\xff'):
        if not data.rstrip(b'\x00').endswith(b'\xff\xd9'):
            raise FileRefused(t('berkas.periksa.terpotong', nama=nama, jenis=_label('jpeg')))
        return 'jpeg'
    if data.startswith(PNG_MAGIC):
        if not data.rstrip(b'\x00').endswith(PNG_END):
            raise FileRefused(t('berkas.periksa.terpotong', nama=nama, jenis=_label('png')))
        return 'png'
    if data.startswith(ZIP_MAGIC):
        return _check_zip(nama, data)
    if data.startswith(OLE_MAGIC):
        if any(marker in data for marker in _OLE_MACROS):
            raise FileRefused(t('berkas.periksa.makro', nama=nama))
        return 'ole'
    if data[:4] == b'RIFF' and data[8:12] == b'WEBP':
        return 'webp'
    if data[4:8] == b'ftyp':
        return 'heic' if data[8:12] in (b'heic', b'heix', b'mif1', b'msf1') else 'lain'
    for magic, kind in _OTHER_KINDS:
        if data.startswith(magic):
            return kind
    if _HTML.match(data[:1024].removeprefix(b'\xef\xbb\xbf')):
        return 'html'
    return 'lain'


# --- PDF -------------------------------------------------------------------------------------------

def _unescape_names(data: bytes) -> bytes:
    """`/J#61vaScript` → `/JavaScript`: PDF readers decode `#xx` in names, so the check must too."""
    return _PDF_NAME_ESCAPED.sub(lambda m: _PDF_HEX.sub(lambda h: bytes([int(h.group(1), 16)]), m.group()), data)


def _check_pdf(nama: str, data: bytes) -> None:
    if b'%%EOF' not in data[-1024:]:
        raise FileRefused(t('berkas.periksa.terpotong', nama=nama, jenis=_label('pdf')))
    if _PDF_ACTIVE.search(_unescape_names(data)):
        raise FileRefused(t('berkas.periksa.pdf_aktif', nama=nama))
    budget = PDF_INFLATE_MAX
    for stream in _PDF_STREAM.finditer(data):
        start = data.rfind(b'obj', max(0, stream.start() - _CHUNK), stream.start())
        names = set(_PDF_NAME.findall(_unescape_names(data[start + 3 if start >= 0 else stream.start():
                                                             stream.start()])))
        if b'/ObjStm' not in names:
            continue    # only object streams hold objects (actions); page content never runs
        if names & _PDF_OTHER_FILTERS:
            raise FileRefused(t('berkas.periksa.pdf_tak_terperiksa', nama=nama))
        if not names & _PDF_FLATE:
            continue    # uncompressed: already read with the rest of the file
        try:
            inside = _inflate(memoryview(data)[stream.end():], budget)
        except zlib.error:
            raise FileRefused(t('berkas.periksa.pdf_tak_terperiksa', nama=nama)) from None
        budget -= len(inside)
        if budget < 0:
            raise FileRefused(t('berkas.periksa.pdf_tak_terperiksa', nama=nama))
        if _PDF_ACTIVE.search(_unescape_names(inside)):
            raise FileRefused(t('berkas.periksa.pdf_aktif', nama=nama))


def _inflate(view: memoryview, limit: int) -> bytes:
    """One zlib stream from the start of `view`, fed in chunks (the rest of the file is never
    copied) and cut at `limit` + 1 bytes of output, so going over the limit shows."""
    inflater, out, size, at = zlib.decompressobj(), [], 0, 0
    while not inflater.eof and at < len(view) and size <= limit:
        piece = inflater.decompress(view[at:at + _CHUNK], limit - size + 1)
        at += _CHUNK
        size += len(piece)
        out.append(piece)
    return b''.join(out)


# --- office zips (OOXML, ODF) ----------------------------------------------------------------------

def _check_zip(nama: str, data: bytes) -> str:
    """The office kind of a zip ('arsip' for any other zip), after the bomb, nesting and macro checks.
    The declared sizes are checked first, then every entry is read in chunks against a running cap:
    that verifies each entry's CRC too, so a damaged or cut-off document is refused here."""
    _check_entry_count(nama, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = [e for e in archive.infolist() if not e.is_dir()]
            _check_declared(nama, entries)
            kind = _office_kind(nama, archive, entries)
            if kind != 'arsip':
                _read_all(nama, archive, entries)
    except _ZIP_DAMAGE:
        raise FileRefused(t('berkas.periksa.rusak', nama=nama)) from None
    return kind


def _check_entry_count(nama: str, data: bytes) -> None:
    """The entry count from the end record, before zipfile parses a central directory of any size."""
    end = data.rfind(b'PK\x05\x06', max(0, len(data) - 65_557))
    if end >= 0 and end + 22 <= len(data):
        total = struct.unpack_from('<H', data, end + 10)[0]
        if ZIP_ENTRIES_MAX < total < 0xFFFF:
            raise FileRefused(t('berkas.periksa.bom_banyak', nama=nama, batas=format_number(ZIP_ENTRIES_MAX)))


def _check_declared(nama: str, entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > ZIP_ENTRIES_MAX:
        raise FileRefused(t('berkas.periksa.bom_banyak', nama=nama, batas=format_number(ZIP_ENTRIES_MAX)))
    if sum(e.file_size for e in entries) > ZIP_TOTAL_MAX:
        raise FileRefused(t('berkas.periksa.bom_besar', nama=nama, batas=_mb(ZIP_TOTAL_MAX)))
    for entry in entries:
        _check_ratio(nama, entry.file_size, entry.compress_size)
        if entry.filename.lower().endswith(_ARCHIVE_SUFFIXES):
            raise FileRefused(t('berkas.periksa.arsip_bersarang', nama=nama))


def _check_ratio(nama: str, size: int, packed: int) -> None:
    if size > ZIP_RATIO_FROM and size > ZIP_RATIO_MAX * max(packed, 1):
        raise FileRefused(t('berkas.periksa.bom_rasio', nama=nama, rasio=ZIP_RATIO_MAX))


def _read_capped(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, cap: int) -> bytes:
    with archive.open(entry) as handle:
        return handle.read(cap)


def _office_kind(nama: str, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> str:
    by_name = {e.filename: e for e in entries}
    lowered = [e.filename.lower() for e in entries]
    if any(n.endswith('vbaproject.bin') for n in lowered) or \
            any(n.startswith(('basic/', 'scripts/')) and not n.endswith(_ODF_MACRO_LISTS) for n in lowered):
        raise FileRefused(t('berkas.periksa.makro', nama=nama))
    if 'mimetype' in by_name:
        return _ODF.get(_read_capped(archive, by_name['mimetype'], 256).strip(), 'arsip')
    if '[Content_Types].xml' not in by_name:
        return 'arsip'
    types = _read_capped(archive, by_name['[Content_Types].xml'], MB).decode('utf-8', 'replace').lower()
    if 'macroenabled' in types or 'vbaproject' in types:
        raise FileRefused(t('berkas.periksa.makro', nama=nama))
    for main_part, folder, kind in _OOXML:
        if main_part in types and any(n.startswith(folder) for n in lowered):
            return kind
    return 'arsip'


def _read_all(nama: str, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> None:
    """Unpack every entry in chunks, counting what comes out: the declared sizes may lie."""
    total = 0
    for entry in entries:
        size = 0
        with archive.open(entry) as handle:
            while chunk := handle.read(_CHUNK):
                if size == 0 and chunk.startswith(_ARCHIVE_MAGICS):
                    raise FileRefused(t('berkas.periksa.arsip_bersarang', nama=nama))
                size += len(chunk)
                total += len(chunk)
                if total > ZIP_TOTAL_MAX:
                    raise FileRefused(t('berkas.periksa.bom_besar', nama=nama, batas=_mb(ZIP_TOTAL_MAX)))
                _check_ratio(nama, size, entry.compress_size)
