"""The parts every printed sheet is made of (exports/pdf_print.py, exports/kartu_kendali.py): the
paper sizes, the paragraph styles, a record's value as escaped markup, the office's kop and the
Camat's signature block, ruled tables, and the PDF written on a worker thread. ReportLab platypus;
the standard fonts (Helvetica) hold Latin-1 only."""
from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from forms.indonesian import format_long_date
from locales import t

PDF = 'application/pdf'
F4 = (215 * mm, 330 * mm)      # the folio of Indonesian offices
GRID = colors.black

BASE = ParagraphStyle('isi', fontName='Helvetica', fontSize=10, leading=13)
SMALL = ParagraphStyle('kecil', parent=BASE, fontSize=9, leading=11)
BOLD = ParagraphStyle('tebal', parent=BASE, fontName='Helvetica-Bold')
CENTRE = ParagraphStyle('tengah', parent=BASE, alignment=TA_CENTER)
TITLE = ParagraphStyle('judul', parent=BOLD, fontSize=13, leading=17, alignment=TA_CENTER, spaceBefore=2,
                       spaceAfter=5)


def text(value) -> str:
    """A record's value as paragraph markup: escaped, its line breaks kept."""
    if value is None or value == '':
        return '-'
    if isinstance(value, date):
        return format_long_date(value)
    return escape(str(value.value if hasattr(value, 'value') else value)).replace('\n', '<br/>')


def para(markup: str, style: ParagraphStyle = BASE) -> Paragraph:
    return Paragraph(markup, style)


def kop(office: dict[str, str]) -> list:
    """The office's letterhead: pemerintah, kantor, alamat, ruled off below."""
    return [para(text(office['pemerintah']), ParagraphStyle('kop1', parent=BOLD, fontSize=13, leading=16,
                                                            alignment=TA_CENTER)),
            para(text(office['kantor']), ParagraphStyle('kop2', parent=BOLD, fontSize=15, leading=19,
                                                        alignment=TA_CENTER)),
            para(text(office['alamat']), ParagraphStyle('kop3', parent=SMALL, alignment=TA_CENTER)),
            HRFlowable(width='100%', thickness=2, color=GRID, spaceBefore=3, spaceAfter=8)]


def camat_signature(office: dict[str, str], on: date | None = None) -> list[str]:
    """The lines of the Camat's signature block (as the reports print it), as markup."""
    lines = [text(t('cetak.tempat_tanggal', tempat=office['tempat'], tanggal=format_long_date(on)))] if on else []
    lines += [text(office['jabatan_penandatangan']), '<br/><br/>',
              f"<u><b>{text(office['camat_nama'] or t('cetak.nama_kosong'))}</b></u>"]
    if office['camat_pangkat']:
        lines.append(text(office['camat_pangkat']))
    lines.append(text(t('cetak.nip', nip=office['camat_nip'] or '.' * 24)))
    return lines


def signature_table(*blocks: list[str], width: float) -> Table:
    """Signature blocks side by side (one block: on the right half); one row, so never split."""
    cells = [para('<br/>'.join(block), CENTRE) for block in blocks]
    if len(cells) == 1:
        cells.insert(0, '')
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 6 * mm)]))
    return table


def field_rows(pairs: list[tuple[str, object]], width: float, label_width: float = 45 * mm) -> Table:
    """'Label : value' lines, the values wrapping in their column."""
    rows = [[para(escape(label)), ':', para(text(value))] for label, value in pairs]
    table = Table(rows, colWidths=[label_width, 4 * mm, width - label_width - 4 * mm])
    table.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 2), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
    return table


def boxed(rows: list[list], widths: list[float], extra: list[tuple] = (), heights: list | None = None,
          repeat: int = 0) -> Table:
    """A ruled table (every cell boxed), `extra` style commands on top; `heights` None = fit the text."""
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=repeat)
    table.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.6, GRID), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5),
                               *extra]))
    return table


def render(path: Path, story: list, pagesize: tuple[float, float], title: str) -> None:
    """Write the PDF at `path` (as `<path>.part`, renamed when complete); runs on a worker thread."""
    tmp = path.with_name(path.name + '.part')
    doc = SimpleDocTemplate(str(tmp), pagesize=pagesize, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=10 * mm, bottomMargin=10 * mm, title=title, author=t('cetak.pembuat'))
    try:
        doc.build(story)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stem(*parts: object) -> str:
    return re.sub(r'[^a-z0-9]+', '_', '_'.join(str(p) for p in parts).lower()).strip('_')[:80]


# Each sheet reads what it prints (the row is already checked) and returns (story, file name, page size, title).
Sheet = tuple[list, str, tuple[float, float], str]
