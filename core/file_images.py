"""Image work on uploaded files, before they reach the store and when they are listed: photos are
scaled down and lose their location, and every picture or PDF gets a small preview.

Pure functions of bytes (no database, no NiceGUI), so an upload runs them in a worker thread
(`asyncio.to_thread`) without holding up the event loop:

- `prepare_image` scales a JPEG or PNG down to `max_side` and removes the EXIF GPS block, keeping
  the rest of EXIF (the date a letter was photographed, its orientation). When nothing has to
  change it returns the very bytes it was given, so the same scan uploaded twice has the same
  SHA-256 and is stored once (core/file_store.py). Removing only the location from a JPEG rewrites
  its header and copies the compressed picture as it is: a scan is not made blurrier by a second
  JPEG compression just to drop its coordinates.
- `thumbnail` draws a PNG of at most `size` pixels of an image or of a PDF's first page; a damaged
  file gives None rather than an error, because a list of files must still show the others.

Pictures over MAX_PIXELS are refused before they are decoded: a small file can claim a huge
picture (a decompression bomb) and would take gigabytes of memory to open.
"""
from __future__ import annotations

import io
import logging
import threading

import pypdfium2 as pdfium
from PIL import ExifTags, Image, ImageOps

from locales import t

__all__ = ['MAX_PIXELS', 'ImageRefused', 'prepare_image', 'thumbnail']

log = logging.getLogger('panel')
MAX_PIXELS = 80_000_000
JPEG_QUALITY = 85
PDF = 'application/pdf'
FORMATS = {'image/jpeg': 'JPEG', 'image/png': 'PNG'}   # media type → Pillow's format name
GPS = ExifTags.IFD.GPSInfo
XMP_PREFIXES = (b'http://ns.adobe.com/xap/1.0/\x00', b'http://ns.adobe.com/xmp/extension/\x00')

_pdfium = threading.Lock()   # PDFium is not thread-safe: one document at a time in this process


class ImageRefused(ValueError):
    """The picture cannot be taken: too many pixels to decode safely, or not readable at all."""


def prepare_image(data: bytes, jenis: str, *, max_side: int | None, strip_location: bool) -> bytes:
    """The upload's bytes as they should be stored: a JPEG or PNG whose longer side is over
    `max_side` is scaled down (never up), with its EXIF orientation applied to the pixels; with
    `strip_location` the EXIF GPS block (and XMP mentioning GPS) is removed, the rest of EXIF kept.
    Other media types, and images that need neither, come back unchanged (the same object).
    Raises ImageRefused for a picture over MAX_PIXELS or one that cannot be decoded."""
    fmt = FORMATS.get(jenis)
    if fmt is None:
        return data
    try:
        with _opened(data, fmt) as image:
            if fmt == 'PNG' and strip_location:
                image.load()   # a PNG may keep its EXIF and XMP after the pixels
            scale = max_side is not None and max(image.size) > max_side
            strip = strip_location and _has_location(image)
            if not scale and not strip:
                return data
            if not scale and image.format == 'JPEG':
                rewritten = _jpeg_without_location(data, image.getexif())
                if rewritten is not None:
                    return rewritten
            return _encoded(image, fmt, max_side if scale else None, strip_location)
    except ImageRefused:
        raise
    except Image.DecompressionBombError as error:
        raise _too_big() from error
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError) as error:
        raise ImageRefused(t('berkas.gambar.tidak_terbaca')) from error


def thumbnail(data: bytes, jenis: str, size: int = 160) -> bytes | None:
    """A PNG whose longer side is at most `size` pixels: of a JPEG or PNG (EXIF orientation
    applied) or of a PDF's first page. None for other media types and for anything that cannot be
    drawn; a damaged or hostile file never raises here (it is logged at debug level)."""
    try:
        if jenis == PDF:
            image = _pdf_first_page(data, size)
        elif jenis in FORMATS:
            image = _opened(data, FORMATS[jenis])
        else:
            return None
        with image:
            small = _scalable(image)
            small.thumbnail((size, size), Image.Resampling.LANCZOS)
            ImageOps.exif_transpose(small, in_place=True)
            if small.mode not in ('RGB', 'RGBA', 'L', 'LA'):
                small = small.convert('RGBA' if 'A' in small.getbands() else 'RGB')
            out = io.BytesIO()
            small.save(out, 'PNG', optimize=True)
            return out.getvalue()
    except Exception:   # noqa: BLE001 — any failure of a decoder means "no preview", never a broken page
        log.debug('no thumbnail for a %s of %d bytes', jenis, len(data), exc_info=True)
        return None


def _too_big() -> ImageRefused:
    return ImageRefused(t('berkas.gambar.terlalu_besar', n=MAX_PIXELS // 1_000_000))


def _opened(data: bytes, fmt: str) -> Image.Image:
    """The picture, header read but pixels not yet decoded; refused when it claims too many pixels.
    Only `fmt` is tried, so a file whose content is not its stated type is not read as another."""
    image = Image.open(io.BytesIO(data), formats=[fmt])
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise _too_big()
    return image


def _has_location(image: Image.Image) -> bool:
    if GPS in image.getexif():
        return True
    xmp = image.info.get('xmp') or b''
    return b'gps' in (xmp.encode() if isinstance(xmp, str) else xmp).lower()


def _exif_bytes(exif: Image.Exif, strip_location: bool) -> bytes | None:
    """The EXIF block to write (b'' when nothing is left), or None when Pillow cannot write this
    EXIF back. Without GPS when asked, checked by reading the result again."""
    if strip_location and GPS in exif:
        del exif[GPS]
    if not len(exif):
        return b''
    try:
        written = exif.tobytes()
        again = Image.Exif()
        again.load(written)
    except Exception:   # noqa: BLE001 — cameras write odd EXIF; Pillow may not round-trip it
        return None
    if strip_location and GPS in again:
        return None
    return written


def _jpeg_without_location(data: bytes, exif: Image.Exif) -> bytes | None:
    """The JPEG with its EXIF segment rewritten without GPS and XMP mentioning GPS dropped, the
    compressed picture copied byte for byte up to its end marker (so trailers some phones append
    are dropped too). None when the file is not laid out the plain way this walk reads; the
    caller then decodes and encodes it."""
    exif_block = _exif_bytes(exif, True)
    if exif_block is None or len(exif_block) > 65533:
        return None
    if data[:2] != b'\xff\xd8':
        return None
    parts, pos, exif_written = [data[:2]], 2, False
    while True:
        if pos + 4 > len(data) or data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:   # a fill byte before a marker
            pos += 1
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], 'big')
        segment = data[pos:pos + 2 + length]
        if length < 2 or len(segment) != 2 + length:
            return None
        body = segment[4:]
        if marker == 0xE1 and body.startswith(b'Exif\x00\x00'):
            segment = b'' if exif_written or not exif_block else (
                b'\xff\xe1' + (2 + len(exif_block)).to_bytes(2, 'big') + exif_block)
            exif_written = True
        elif marker == 0xE1 and body.startswith(XMP_PREFIXES) and b'gps' in body.lower():
            segment = b''
        parts.append(segment)
        pos += 2 + length
        if marker == 0xDA:   # start of scan: the compressed picture follows
            break
    end = data.find(b'\xff\xd9', pos)
    if end < 0:
        return None
    parts.append(data[pos:end + 2])
    return b''.join(parts)


def _scalable(image: Image.Image) -> Image.Image:
    """The image in a mode Pillow scales smoothly and PNG can hold: palette and 1-bit pictures are
    resized by nearest neighbour otherwise, and 16-bit or float ones cannot be reduced (they become
    8-bit grey, plenty for a scan)."""
    if image.mode.startswith('I') or image.mode == 'F':
        return image.convert('I').point(lambda value: value / 257).convert('L')
    if image.mode == 'P':
        return image.convert('RGBA' if 'transparency' in image.info else 'RGB')
    if image.mode == '1':
        return image.convert('L')
    return image


def _encoded(image: Image.Image, fmt: str, max_side: int | None, strip_location: bool) -> bytes:
    """Decode, scale, turn upright and encode again: a JPEG at JPEG_QUALITY, a PNG optimised."""
    picture = _scalable(image)
    if max_side is not None:
        picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    else:
        picture.load()
    ImageOps.exif_transpose(picture, in_place=True)
    exif = _exif_bytes(picture.getexif(), strip_location) or b''
    options: dict = {'exif': exif} if exif else {}
    if icc := picture.info.get('icc_profile'):
        options['icc_profile'] = icc
    out = io.BytesIO()
    if fmt == 'JPEG':
        xmp = picture.info.get('xmp')
        if xmp and not (strip_location and b'gps' in xmp.lower()):
            options['xmp'] = xmp
        picture.save(out, 'JPEG', quality=JPEG_QUALITY, optimize=True, **options)
    else:
        picture.save(out, 'PNG', optimize=True, **options)
    return out.getvalue()


def _pdf_first_page(data: bytes, size: int) -> Image.Image:
    """Page 0 drawn at a scale that makes its longer side about `size` pixels, however large the
    page claims to be; the other pages are never read."""
    with _pdfium:
        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=size / max(width, height, 1.0))
                try:
                    return bitmap.to_pil().copy()
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()
