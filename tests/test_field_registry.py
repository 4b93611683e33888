"""The one field registry: each Tortoise field class maps to its parser, display, filter and widget,
looked up along the MRO; and the table descriptions are checked at start-up."""
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from tortoise import fields

from forms.fields import REGISTRY, FieldKind, display, kind_of, to_python
from forms.indonesian import ParseError
from models.base import MoneyField
from models.persuratan import Sifat, SuratMasuk
from models.table import TABLES, TableConfigError, TableSpec, check_tables


def field(name):
    return SuratMasuk._meta.fields_map[name]


def test_each_field_class_has_its_kind():
    assert kind_of(field('perihal')).name == 'text'
    assert kind_of(field('ringkasan')).name == 'longtext'
    assert kind_of(field('ringkasan')).widget == 'textarea'
    assert kind_of(field('tanggal_surat')).widget == 'date'
    assert kind_of(field('sifat')).widget == 'select'
    assert kind_of(field('sifat')).filter == 'in'
    assert kind_of(field('klasifikasi')).filter == 'fk'
    assert kind_of(field('no_agenda')).name == 'int'
    assert kind_of(MoneyField()).name == 'money'            # its own entry, not DecimalField's
    assert kind_of(fields.DecimalField(max_digits=5, decimal_places=2)).name == 'decimal'


def test_lookup_follows_the_mro():
    class NikField(fields.CharField):
        pass
    assert kind_of(NikField(max_length=16)).name == 'text'


def test_a_new_field_type_is_one_entry():
    class RatingField(fields.SmallIntField):
        pass
    entry = FieldKind('rating', 'int', 'range', lambda f, t: int(t) * 1, lambda f, v: '★' * v, 'input')
    REGISTRY[RatingField] = entry
    try:
        assert kind_of(RatingField()).display(RatingField(), 3) == '★★★'
    finally:
        del REGISTRY[RatingField]


def test_a_kind_says_how_an_import_takes_a_typed_cell_and_how_a_bulk_write_stores_it():
    """One entry also tells the import how to take a typed Excel cell (import_cell) and the bulk write
    whether a checked value goes to the database driver as it is (written_as_is)."""
    from core.import_cells import typed_cell
    from core.record_bulk import _as_is, _to_db

    def cell(f, value):
        return typed_cell(kind_of(f), value)
    assert cell(field('perihal'), 12.5) == '12,5' and cell(field('klasifikasi'), 1.5) == '1.5'   # as Excel showed it
    assert cell(field('perihal'), 12.0) == '12' and cell(field('perihal'), True) == 'Ya'
    assert cell(field('tanggal_surat'), datetime(2026, 11, 5, 9, 30)) == date(2026, 11, 5)
    assert cell(field('sifat'), 1.0) == '1' and cell(MoneyField(), 0.1 + 0.2) == Decimal('0.3')
    assert cell(field('perihal'), time(9, 30)) == '09:30:00' and cell(field('no_agenda'), 7.0) == 7.0
    with pytest.raises(ParseError, match='terlalu panjang'):
        cell(field('nomor_surat'), 12345678901234567.0)

    class RatingField(fields.SmallIntField):
        pass
    REGISTRY[RatingField] = FieldKind('rating', 'int', 'range', lambda f, t: int(t), lambda f, v: '★' * v, 'input',
                                      import_cell=lambda value: round(value))
    try:
        assert cell(RatingField(), 3.6) == 4
        assert _to_db(RatingField()) is not _as_is   # not said: Tortoise converts it
        REGISTRY[RatingField] = FieldKind('rating', 'int', 'range', lambda f, t: int(t), lambda f, v: '★' * v,
                                          'input', written_as_is=True)
        assert _to_db(RatingField()) is _as_is and cell(RatingField(), 3.6) == 3.6
    finally:
        del REGISTRY[RatingField]


def test_to_python_parses_text_and_accepts_widget_values():
    assert to_python(field('tanggal_surat'), '31/12/2026') == date(2026, 12, 31)
    assert to_python(field('tanggal_surat'), date(2026, 1, 1)) == date(2026, 1, 1)
    assert to_python(field('sifat'), 'rahasia') == Sifat.RAHASIA
    assert to_python(field('no_agenda'), '12') == 12
    assert to_python(field('klasifikasi'), 3) == 3
    assert to_python(MoneyField(), '1.250.000,50') == Decimal('1250000.50')
    assert to_python(field('perihal'), '   ') is None
    with pytest.raises(ParseError, match='Pilih salah satu: Biasa, Terbatas, Rahasia, Sangat Rahasia'):
        to_python(field('sifat'), 'Penting')
    with pytest.raises(ParseError):
        to_python(field('no_agenda'), 1.5)


def test_display():
    assert display(field('tanggal_surat'), date(2026, 3, 9)) == '09/03/2026'
    assert display(field('sifat'), Sifat.SANGAT_RAHASIA) == 'Sangat Rahasia'
    assert display(MoneyField(), Decimal('1250000')) == 'Rp 1.250.000'
    assert display(field('ringkasan'), None) == ''


def test_descriptions_are_checked_at_start_up():
    check_tables()  # the real ones are fine
    spec = TABLES['surat_masuk']
    broken = TableSpec(model=SuratMasuk, label='Rusak', process='M9', columns=('perihall',),
                       search=('klasifikasi',), ordering=('-tanggal',))
    TABLES['rusak'] = broken
    try:
        with pytest.raises(TableConfigError) as error:
            check_tables()
        text = str(error.value)
        assert "rusak.columns: no field 'perihall'" in text
        assert "rusak.search: 'klasifikasi' is a relation" in text
        assert "rusak.ordering: no field '-tanggal'" in text
        assert "rusak.process: no process 'M9'" in text
    finally:
        del TABLES['rusak']
        TABLES['surat_masuk'] = spec
    check_tables()
    assert TABLES['surat_masuk'].children == ('disposisi',)
