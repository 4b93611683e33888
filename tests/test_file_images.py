"""Image work on uploads (issue #16): photos scaled down and stripped of their location with the
rest of EXIF kept, nothing changed when nothing has to, previews of pictures and PDFs, and damaged
or oversized files refused or skipped rather than crashing the caller. Real JPEG, PNG and PDF
files, made here with Pillow and pypdfium2."""
from __future__ import annotations

import ctypes
import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_raw
import pytest
from PIL import Image

from core.file_images import MAX_PIXELS, ImageRefused, prepare_image, thumbnail

GPS, DATETIME, ORIENTATION, EXIF_IFD, DATETIME_ORIGINAL = 0x8825, 0x0132, 0x0112, 0x8769, 0x9003
WHEN = '2025:03:14 09:26:53'
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="8,10.0S"/>'
       b'</rdf:RDF></x:xmpmeta>')
PNG_MAGIC = b'\x89PNG\r\n\x1a\n'


def exif_with(*, gps: bool = True, orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    if gps:
        exif[GPS] = {1: 'S', 2: (8.0, 10.0, 0.0), 3: 'E', 4: (115.0, 13.0, 0.0)}
    exif[DATETIME] = WHEN
    exif[ORIENTATION] = orientation
    exif[EXIF_IFD] = {DATETIME_ORIGINAL: WHEN}
    return exif


def picture(size: tuple[int, int], mode: str = 'RGB') -> Image.Image:
    """Not one flat colour, so scaling and re-encoding have something to get wrong."""
    image = Image.linear_gradient('L').resize(size).convert(mode)
    image.paste('red' if mode != 'L' else 0, (0, 0, size[0] // 4, size[1] // 4))   # a marker, top left
    return image


def jpeg(size=(400, 300), **saved) -> bytes:
    out = io.BytesIO()
    picture(size).save(out, 'JPEG', quality=90, **saved)
    return out.getvalue()


def png(size=(400, 300), mode='RGBA', **saved) -> bytes:
    out = io.BytesIO()
    picture(size, mode).save(out, 'PNG', **saved)
    return out.getvalue()


def pdf(width=595, height=842) -> bytes:
    document = pypdfium2.PdfDocument.new()
    document.new_page(width, height)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def letter_pdf(lines: int = 30) -> bytes:
    """An A4 page of text (Helvetica), drawn through PDFium's own API: fonts and glyph caches are
    what PDFium shares between threads."""
    document = pypdfium2.PdfDocument.new()
    page = document.new_page(595, 842)
    for line in range(lines):
        text = pdfium_raw.FPDFPageObj_NewTextObj(document, b'Helvetica', 12.0)
        words = ctypes.create_string_buffer(f'Surat keputusan camat nomor {line}\0'.encode('utf-16-le'))
        pdfium_raw.FPDFText_SetText(text, ctypes.cast(words, ctypes.POINTER(pdfium_raw.FPDF_WCHAR)))
        pdfium_raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 40, 800 - 18 * line)
        pdfium_raw.FPDFPage_InsertObject(page, text)
    pdfium_raw.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def blank_png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of any size, written by hand: Pillow takes seconds to save a huge one."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
    rows = zlib.compress(bytes((1 + (width + 7) // 8) * height), 6)
    return (PNG_MAGIC + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 1, 0, 0, 0, 0))
            + chunk(b'IDAT', rows) + chunk(b'IEND', b''))


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def reddish(rgb) -> bool:
    red, green, blue = rgb[:3]
    return red > 180 and green < 90 and blue < 90


def test_a_jpeg_loses_its_location_and_keeps_the_rest_of_its_exif_and_its_pixels():
    original = jpeg(exif=exif_with(orientation=6), xmp=XMP)
    assert GPS in opened(original).getexif() and opened(original).info.get('xmp')

    kept = prepare_image(original, 'image/jpeg', max_side=None, strip_location=True)

    image = opened(kept)
    exif = image.getexif()
    assert GPS not in exif and not exif.get_ifd(GPS)
    assert exif[DATETIME] == WHEN and exif[ORIENTATION] == 6
    assert exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] == WHEN
    assert 'xmp' not in image.info and b'GPSLatitude' not in kept         # the XMP copy of the place too
    assert image.tobytes() == opened(original).tobytes()                # not compressed a second time
    assert prepare_image(kept, 'image/jpeg', max_side=None, strip_location=True) is kept   # nothing left to do


def test_a_large_photo_is_scaled_down_keeping_its_shape_and_its_date_without_its_location():
    original = jpeg((4000, 3000), exif=exif_with())

    smaller = prepare_image(original, 'image/jpeg', max_side=1600, strip_location=True)

    image = opened(smaller)
    assert image.format == 'JPEG' and image.size == (1600, 1200)
    assert GPS not in image.getexif() and image.getexif()[DATETIME] == WHEN
    assert image.getexif().get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] == WHEN
    assert reddish(image.getpixel((10, 10))) and not reddish(image.getpixel((1590, 1190)))
    assert len(smaller) < len(original)
    assert prepare_image(original, 'image/jpeg', max_side=1600, strip_location=True) == smaller   # same upload, same hash


def test_scaling_keeps_the_location_unless_asked_to_strip_it():
    original = jpeg((2000, 1000), exif=exif_with())
    smaller = opened(prepare_image(original, 'image/jpeg', max_side=1000, strip_location=False))
    assert smaller.size == (1000, 500) and smaller.getexif().get_ifd(GPS)[1] == 'S'


def test_nothing_to_change_gives_back_the_very_same_bytes():
    small_jpeg, small_png = jpeg(exif=exif_with(gps=False)), png()
    assert prepare_image(small_jpeg, 'image/jpeg', max_side=1600, strip_location=True) is small_jpeg
    assert prepare_image(small_png, 'image/png', max_side=400, strip_location=True) is small_png   # exactly max_side
    with_gps = jpeg(exif=exif_with())
    assert prepare_image(with_gps, 'image/jpeg', max_side=None, strip_location=False) is with_gps
    document = pdf()
    assert prepare_image(document, 'application/pdf', max_side=10, strip_location=True) is document


def test_an_image_is_never_enlarged():
    tiny = jpeg((40, 30), exif=exif_with())
    image = opened(prepare_image(tiny, 'image/jpeg', max_side=1600, strip_location=True))
    assert image.size == (40, 30) and GPS not in image.getexif()


def test_a_png_is_scaled_and_stripped_and_stays_a_png_with_its_transparency():
    original = png((1200, 600), exif=exif_with())
    smaller = prepare_image(original, 'image/png', max_side=300, strip_location=True)
    image = opened(smaller)
    assert smaller.startswith(PNG_MAGIC) and image.size == (300, 150) and image.mode == 'RGBA'
    assert GPS not in image.getexif() and image.getexif()[DATETIME] == WHEN
    assert reddish(image.getpixel((5, 5)))

    stripped = opened(prepare_image(png(exif=exif_with()), 'image/png', max_side=None, strip_location=True))
    assert stripped.size == (400, 300) and GPS not in stripped.getexif() and stripped.getexif()[DATETIME] == WHEN


def test_a_turned_photo_is_scaled_upright():
    # Stored landscape with the marker top left; orientation 6 says "turn a quarter clockwise to view",
    # so a viewer shows it portrait with the marker top right.
    original = jpeg((800, 400), exif=exif_with(orientation=6))

    image = opened(prepare_image(original, 'image/jpeg', max_side=200, strip_location=True))

    assert image.size == (100, 200)
    assert image.getexif().get(ORIENTATION, 1) == 1          # the turn is in the pixels now, not applied twice
    assert reddish(image.getpixel((95, 5))) and not reddish(image.getpixel((5, 5)))
    assert image.getexif()[DATETIME] == WHEN and GPS not in image.getexif()


@pytest.mark.parametrize('jenis, data, shape', [
    ('image/jpeg', jpeg((800, 600)), (160, 120)),
    ('image/png', png((300, 900)), (53, 160)),
    ('image/png', png((50, 40)), (50, 40)),                                   # small stays small
    ('application/pdf', pdf(), (113, 160)),                                   # A4 portrait
    ('application/pdf', pdf(842, 595), (160, 113)),                           # A4 landscape
])
def test_a_thumbnail_is_a_small_png(jenis, data, shape):
    made = thumbnail(data, jenis)
    assert made is not None and made.startswith(PNG_MAGIC)
    image = opened(made)
    assert max(image.size) <= 160
    assert abs(image.size[0] - shape[0]) <= 1 and abs(image.size[1] - shape[1]) <= 1


def test_a_pdf_thumbnail_shows_its_blank_page_and_obeys_the_size():
    image = opened(thumbnail(pdf(), 'application/pdf', size=64)).convert('RGB')
    assert max(image.size) == 64 and image.getextrema() == ((255, 255),) * 3
    huge = opened(thumbnail(pdf(14400, 14400), 'application/pdf', size=64))   # PDF's largest page: still 64 px
    assert huge.size == (64, 64)


def test_a_thumbnail_of_a_turned_photo_is_upright():
    image = opened(thumbnail(jpeg((800, 400), exif=exif_with(orientation=6)), 'image/jpeg'))
    assert image.size == (80, 160) and reddish(image.getpixel((75, 5))) and not reddish(image.getpixel((5, 5)))


@pytest.mark.parametrize('jenis, data', [
    ('image/jpeg', b'\xff\xd8\xff\xe0 this is no jpeg at all'),
    ('image/jpeg', jpeg()[:600]),                            # cut off in the middle of the picture
    ('image/jpeg', png()),                                   # not what it says it is
    ('image/png', png()[:100]),
    ('application/pdf', pdf()[:200]),
    ('application/pdf', b'%PDF-1.7\n%%EOF'),
    ('text/plain', b'hello'),
])
def test_a_damaged_or_unknown_file_has_no_thumbnail(jenis, data):
    assert thumbnail(data, jenis) is None


@pytest.mark.parametrize('data', [b'\xff\xd8\xff\xe0 this is no jpeg at all', jpeg()[:600], png()])
def test_preparing_a_damaged_image_is_refused_in_indonesian(data):
    with pytest.raises(ImageRefused, match='tidak dapat dibaca'):
        prepare_image(data, 'image/jpeg', max_side=100, strip_location=True)


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded():
    assert opened(blank_png(16, 8)).size == (16, 8)                        # the hand-made PNG is a real one
    just_over = blank_png(9000, 9000)                                      # 81 million: over our limit only
    bomb = blank_png(20000, 20000)                                         # 400 million: Pillow's own alarm too
    assert 9000 * 9000 > MAX_PIXELS and len(bomb) < 100_000
    for data in (just_over, bomb):
        with pytest.raises(ImageRefused, match='terlalu besar') as refused:
            prepare_image(data, 'image/png', max_side=None, strip_location=False)
        assert isinstance(refused.value, ValueError) and str(MAX_PIXELS // 1_000_000) in str(refused.value)
        assert thumbnail(data, 'image/png') is None


def test_a_pdf_thumbnail_draws_the_page_content():
    image = opened(thumbnail(letter_pdf(), 'application/pdf')).convert('L')
    assert image.size[1] == 160 and image.size[0] in (113, 114)
    assert image.getextrema()[0] < 200 and image.getpixel((100, 150)) == 255   # letters drawn, margin white


RACE = """
from concurrent.futures import ThreadPoolExecutor
from core.file_images import thumbnail
from tests.test_file_images import letter_pdf
letters = [letter_pdf(20 + i % 7) for i in range(16)]
with ThreadPoolExecutor(max_workers=8) as pool:
    made = list(pool.map(lambda data: thumbnail(data, 'application/pdf'), letters))
assert made == [thumbnail(data, 'application/pdf') for data in letters] and None not in made
"""


def test_pdf_thumbnails_can_be_drawn_from_several_worker_threads_at_once():
    # PDFium is not thread-safe: unserialised, this crashes the process (SIGSEGV), hence a process of its own.
    done = subprocess.run([sys.executable, '-c', RACE], cwd=Path(__file__).resolve().parent.parent,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
