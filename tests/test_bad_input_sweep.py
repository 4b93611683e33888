"""Bad-input sweep (property-based, hypothesis) over the one parse/validate/save path, for every field
kind: whatever a person types, no exception escapes core.records.save, nothing invalid is stored,
and a valid value comes back unchanged when shown and read again."""
from __future__ import annotations

import asyncio
import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from tortoise import Tortoise

from core import records
from core.access import Action, Actor, RoleKind
from core.database import tortoise_config
from core.seed import seed_reference
from forms.fields import display, kind_of, to_python
from forms.indonesian import ParseError
from models.table import TABLES, check_tables

check_tables()
SURAT = TABLES['surat_masuk']
KIB = TABLES['kib_e_aset_tetap_lainnya']
ACTOR = Actor(username='uji', role='Kepala', kind=RoleKind.KEPALA,
              rights=frozenset((name, action) for name in TABLES for action in Action))
numbers = itertools.count(1)
SWEEP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def valid_surat() -> dict[str, str]:
    return {'no_agenda': str(next(numbers)), 'tanggal_diterima': '05/11/2026', 'nomor_surat': '005/1/2026',
            'tanggal_surat': '04/11/2026', 'asal_surat': 'Bappeda', 'perihal': 'Undangan'}


def valid_kib() -> dict[str, str]:
    return {'kode_barang': '1.3.5.01.01.01.001', 'register': str(next(numbers)), 'nama_barang': 'Buku',
            'tahun': '2020', 'harga': '150.000'}


@pytest.fixture(scope='module')
def db():
    """One in-memory database for the module, reachable from every example (Tortoise's global fallback,
    as the app itself uses through RegisterTortoise)."""
    loop = asyncio.new_event_loop()

    async def start():
        await Tortoise.init(config=tortoise_config('sqlite://:memory:'), _enable_global_fallback=True)
        await Tortoise.generate_schemas()
        await seed_reference()
    loop.run_until_complete(start())
    yield loop
    loop.run_until_complete(Tortoise.close_connections())
    loop.close()


def save(db, spec, values):
    return db.run_until_complete(records.save(spec, ACTOR, values))


FIELDS = [(SURAT, name, valid_surat) for name in SURAT.form if name not in SURAT.readonly] + \
         [(KIB, name, valid_kib) for name in ('harga', 'tahun', 'jumlah', 'kondisi', 'asal_usul', 'keterangan')]


@pytest.mark.parametrize('spec, name, base', FIELDS, ids=[f'{s.name}.{n}' for s, n, _ in FIELDS])
@SWEEP
@given(text=st.text(max_size=60) | st.sampled_from(['', ' ', '=1+1', '31/02/2026', '-1', '1e9', '١٢', 'NaN',
                                                     '9' * 40, '1.2.3', '<script>', '\x00', 'Rp -5']))
def test_any_text_is_refused_or_stored_as_it_reads(db, spec, name, base, text) -> None:
    field = spec.field(name)
    result = save(db, spec, {**base(), name: text})   # must not raise
    try:
        expected = to_python(field, text)
    except ParseError:
        assert not result.ok and name in result.errors   # refused beside the field
        return
    if not result.ok:
        assert result.errors and all(isinstance(m, str) and m for m in result.errors.values())
        return
    stored = db.run_until_complete(spec.model.get(id=result.row.id))
    value = getattr(stored, f'{name}_id' if spec.is_fk(name) else name)
    if expected is None:
        default = field.default() if callable(field.default) else field.default
        assert value in (None, default)
    else:
        assert value == expected
        assert to_python(field, display(field, value) if kind_of(field).name != 'money' else str(value)) == value


@SWEEP
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2026, 11, 4)))
def test_a_valid_date_round_trips(db, day) -> None:
    result = save(db, SURAT, {**valid_surat(), 'tanggal_surat': day.strftime('%d/%m/%Y')})
    assert result.ok, result.errors
    stored = db.run_until_complete(SURAT.model.get(id=result.row.id))
    assert stored.tanggal_surat == day
    assert to_python(SURAT.field('tanggal_surat'), display(SURAT.field('tanggal_surat'), day)) == day


@SWEEP
@given(amount=st.decimals(min_value=0, max_value=Decimal('9999999999999'), places=2, allow_nan=False))
def test_a_valid_amount_of_rupiah_round_trips(db, amount) -> None:
    text = display(KIB.field('harga'), amount).removeprefix('Rp ')   # typed as shown: 1.250.000,50
    result = save(db, KIB, {**valid_kib(), 'harga': text})
    assert result.ok, result.errors
    stored = db.run_until_complete(KIB.model.get(id=result.row.id))
    assert stored.harga == amount


@SWEEP
@given(amount=st.decimals(max_value=Decimal('-0.01'), min_value=Decimal('-1e12'), places=2, allow_nan=False))
def test_negative_money_is_never_stored(db, amount) -> None:
    before = db.run_until_complete(KIB.model.all().count())
    result = save(db, KIB, {**valid_kib(), 'harga': str(amount).replace('.', ',')})
    assert not result.ok and result.errors['harga'] == 'Tidak boleh negatif.'
    assert db.run_until_complete(KIB.model.all().count()) == before
