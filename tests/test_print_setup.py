"""Issue #18: every report-format Excel prints to the paper. Read back with openpyxl from the file as
written: landscape, F4 (paper 14) for the office's books and A4 (9) for the IKM recap, one page wide
and as many long as needed, the heading rows repeated on every page, the margins, and 'Halaman 1
dari 3' in the footer."""
from __future__ import annotations

import openpyxl
import pytest

from core.ikm import Periode
from core.listing import ListQuery
from exports.ikm_export import export_ikm
from exports.report_export import KIB_CARDS, REPORTS, export_report
from models.table import TABLES
from tests.rules_lane import actor
from tests.rules_lane import lane_db  # noqa: F401

FOOTER = 'Halaman &P dari &N'


def assert_prints(sheet, paper: int, first_heading: str, heading_rows: int = 1) -> None:
    setup = sheet.page_setup
    assert setup.orientation == 'landscape'
    assert int(setup.paperSize) == paper
    assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)   # 1 is the default, so it may be left out
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    top = next(row[0].row for row in sheet.iter_rows() if row[0].value == first_heading)
    assert sheet.print_title_rows == f'${top}:${top + heading_rows - 1}'
    assert sheet.oddFooter.center.text == FOOTER
    margins = sheet.page_margins
    assert (margins.left, margins.right, margins.top, margins.bottom) == (0.4, 0.4, 0.6, 0.6)
    assert sheet.print_options.horizontalCentered


@pytest.mark.parametrize('table', sorted(REPORTS))
async def test_every_register_prints_on_f4_landscape(lane_db, table):
    camat = await actor('Camat')
    made, _ = await export_report(TABLES[table], camat, ListQuery())
    sheet = openpyxl.load_workbook(made.path).active
    if table == 'prioritas_kecamatan':    # Tabel T-D.4: its headings and the row of column numbers (1)-(10)
        assert_prints(sheet, 14, 'No', heading_rows=2)
        return
    # the DUK: two heading rows and the row of column numbers under them
    assert_prints(sheet, 14, 'No.', heading_rows=3 if table in ('pegawai', 'ruangan', 'kartu_pemeliharaan', *KIB_CARDS) else 1)


async def test_the_ikm_recap_prints_on_a4_landscape(lane_db):
    camat = await actor('Camat')
    for report_format in (False, True):
        made, _ = await export_ikm(camat, Periode(2026), report_format=report_format)
        assert_prints(openpyxl.load_workbook(made.path).active, 9, 'Bagian')
