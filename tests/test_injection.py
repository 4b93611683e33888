"""Injection: markup and spreadsheet formulas typed into every text field stay plain text in the
grid, the form and the export; and no user-controlled key ever reaches the grid options (NiceGUI
evaluates keys starting with ':' as JavaScript)."""
from __future__ import annotations

import io

import openpyxl
from nicegui.testing import User

from forms.fields import kind_of
from models.persuratan import SuratMasuk
from models.table import TABLES, check_tables
from tests.conftest import grid, grid_rows, open_form_by
from tests.test_persuratan_flow import open_as_kepala

check_tables()  # fills in each table's form fields
PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x.invalid","klik")']
SPEC = TABLES['surat_masuk']
TEXT_FIELDS = [n for n in SPEC.form if kind_of(SPEC.field(n)).name in ('text', 'longtext') and n not in SPEC.readonly]


async def test_markup_and_formulas_stay_plain_text(user: User) -> None:
    for index, payload in enumerate(PAYLOADS, start=1):
        values = {name: payload[: getattr(SPEC.field(name), 'max_length', None)] for name in TEXT_FIELDS}
        await SuratMasuk.create(tahun=2026, no_agenda=index, tanggal_diterima='2026-11-05', tanggal_surat='2026-11-05',
                                **values)
    await open_as_kepala(user)
    element = grid(user)
    assert element.props.get('html-columns') == []           # no column renders HTML
    assert not any('cellRenderer' in c for c in element.options['columnDefs'])
    rows = grid_rows(user)
    allowed_keys = {'id', 'version', '_terlambat', '_desa_id', *SPEC.columns}
    for row in rows:
        assert set(row) <= allowed_keys
        assert not any(key.startswith(':') for key in row)
    assert sorted(r['perihal'] for r in rows) == sorted(PAYLOADS)
    # the form shows the text as the value of an input, not as markup
    target = next(r for r in rows if r['perihal'] == PAYLOADS[1])
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': target})
    await open_form_by(user, 'ubah')
    with user:
        for name in TEXT_FIELDS:
            field = next(iter(user.find(marker=f'field-{name}').elements))
            assert field.value.startswith(PAYLOADS[1][:20])
    user.find(marker='batal').click()
    # the export writes every payload as a text cell
    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value in PAYLOADS]
    assert {c.value for c in cells} == set(PAYLOADS)
    assert all(c.data_type == 's' for c in cells)
