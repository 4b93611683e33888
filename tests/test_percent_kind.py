"""A new field kind is one registry entry (issue 12 item 2): the *Persentase* kind of PercentField
(models/base.py) is one FieldKind in forms/fields.py, and with it the grid, its filter (a range, in a
link too), the form, the export and the import's typed cells all take and show a percentage:
typed 12,5 or 12,5%, shown 12,5%, exported as the number 12.5 with a percent format, kept from 0 to
100 by the field's validators (a capaian may pass its target). The percentages of the panel
(Anggaran's serapan, Realisasi Anggaran's serapan s.d. bulan, Indikator Kinerja's capaian) are
derived, never typed; the form shows them read-only."""
from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from nicegui.testing import User
from tortoise.exceptions import ValidationError

from core import records
from forms.fields import REGISTRY, display, kind_of, to_python
from forms.filters import filter_of
from forms.indonesian import ParseError
from locales import t
from models.base import PercentField
from models.keuangan import Anggaran
from models.perencanaan import IndikatorKinerja, ProgramKegiatan
from models.table import TABLES
from tests.conftest import grid_rows, in_open_form, open_form_by, until
from tests.helpers_auth import create_account, log_in_as

SERAPAN = Anggaran._meta.fields_map['serapan_persen']
CAPAIAN = IndikatorKinerja._meta.fields_map['capaian_persen']


def test_a_percentage_is_typed_with_or_without_its_sign_and_shown_with_it() -> None:
    kind = kind_of(SERAPAN)
    assert (kind.name, kind.export, kind.widget, kind.numeric, filter_of(SERAPAN).name) == \
        ('percent', 'percent', 'input', True, 'range')
    for typed in ('12,5', '12,5%', ' 12,5 % ', '12,50%'):
        assert to_python(SERAPAN, typed) == Decimal('12.5')
    assert [display(SERAPAN, v) for v in (Decimal('12.50'), Decimal('100.00'), Decimal(0), Decimal('33.33'), None)] == \
        ['12,5%', '100%', '0%', '33,33%', '']
    for shown in ('12,5%', '100%', '0,05%'):                       # what is shown reads back
        assert display(SERAPAN, to_python(SERAPAN, shown)) == shown
    with pytest.raises(ParseError):
        to_python(SERAPAN, 'dua belas%')


def test_the_field_validators_keep_it_from_0_to_100_and_a_capaian_may_pass_its_target() -> None:
    for value in (Decimal(0), Decimal('12.5'), Decimal(100)):
        SERAPAN.validate(value)
    for value in (Decimal('-0.01'), Decimal('100.01')):
        with pytest.raises(ValidationError):
            SERAPAN.validate(value)
    CAPAIAN.validate(Decimal('120.5'))
    with pytest.raises(ValidationError):
        CAPAIAN.validate(Decimal(-1))
    # the write path's message, as for any field's validators
    spec = TABLES['anggaran']
    assert records.field_error(spec, 'serapan_persen', Decimal('100.5')) == t('rekaman.paling_besar', n='100')
    assert records.field_error(spec, 'serapan_persen', Decimal('-1')) == t('rekaman.tidak_negatif')
    assert records.field_error(spec, 'serapan_persen', Decimal('99.5')) is None


def test_a_typed_cell_of_an_import_is_the_percentage_it_shows() -> None:
    """An Excel number (12.5, as the export writes it) and a text cell both give percentage points;
    0.125 is not read as a hundred and twenty-five, and the binary noise of a float is dropped."""
    take = kind_of(SERAPAN).import_cell
    assert to_python(SERAPAN, take(12.5)) == Decimal('12.5')
    assert to_python(SERAPAN, take(0.125)) == Decimal('0.125')
    assert to_python(SERAPAN, take(0.1 + 0.2)) == Decimal('0.3')
    assert to_python(SERAPAN, take('12,5%')) == Decimal('12.5') == to_python(SERAPAN, Decimal('12.50'))


def test_without_its_entry_a_percentage_is_a_plain_decimal(monkeypatch) -> None:
    """The one entry is what makes the kind: without it PercentField falls back to DecimalField's."""
    monkeypatch.delitem(REGISTRY, PercentField)
    assert kind_of(SERAPAN).name == 'decimal' and display(SERAPAN, Decimal('12.5')) == '12,50'
    with pytest.raises(ParseError):
        to_python(SERAPAN, '12,5%')


async def anggaran_rows() -> None:
    sub = await ProgramKegiatan.create(tahun=2026, kode='7.01.01.2.01.0001', nama='Penyediaan Administrasi')
    for kode, pagu, realisasi in (('5.1.02.01.01.0024', 1_000_000, 125_000), ('5.1.02.01.01.0025', 2_000_000, 1_600_000),
                                  ('5.1.02.01.01.0026', 500_000, 500_000)):
        row = Anggaran(tahun=2026, sub_kegiatan=sub, kode_rekening=kode, uraian=f'Belanja {kode[-4:]}',
                       pagu=Decimal(pagu), realisasi=Decimal(realisasi))
        row.derive()          # serapan 12,5%, 80% and 100%, as the write path derives it
        await row.save()


async def test_the_grid_its_filter_the_form_and_the_export_take_and_show_a_percentage(user: User) -> None:
    await anggaran_rows()
    await create_account('dewi', 'Kepala Subbag Keuangan')
    # a link filters the percentage as a range, its bounds written as the grid shows them
    await log_in_as(user, 'dewi', next_path='/tabel/anggaran?serapan_persen=10%25..80%25')
    await until(lambda: sorted(r['serapan_persen'] for r in grid_rows(user)), 'the filtered rows',
                equals=['12,5%', '80%'])
    with user:
        low = next(iter(user.find(marker='filter-serapan_persen-dari').elements))
        high = next(iter(user.find(marker='filter-serapan_persen-sampai').elements))
    assert (low.value, high.value) == ('10%', '80%')
    # the form shows it as the grid does (derived: read-only)
    target = next(r for r in grid_rows(user) if r['serapan_persen'] == '12,5%')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': target})
    await open_form_by(user, 'ubah')
    assert in_open_form(user, 'field-serapan_persen').value == '12,5%'
    user.find(marker='batal').click()
    # the export: the filter in words, the percentages as numbers with a percent format
    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    lines = [row[0].value for row in sheet.iter_rows(max_row=4)]
    assert 'Filter: Serapan (%) 10 s.d. 80' in lines
    header = next(row for row in sheet.iter_rows() if row[0].value == 'Tahun Anggaran')
    at = [c.value for c in header].index('Serapan (%)')
    cells = [row[at] for row in sheet.iter_rows(min_row=header[0].row + 1) if row[0].value is not None]
    assert sorted(c.value for c in cells) == [12.5, 80]
    assert {c.number_format for c in cells} == {'0.00"%"'}
