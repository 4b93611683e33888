"""The start-up checks (core.checks): each problem has its id, all are reported at once, nothing is
changed by looking, the model modules are found without a list, and `python main.py check` says it."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from tortoise import fields
from tortoise.models import Model

import models
from core import checks
from core.checks import ChecksFailed, require_no_problems, run_checks
from forms import fields as registry
from models.table import TABLES

ROOT = Path(__file__).resolve().parent.parent


def test_the_real_tables_have_no_problem():
    assert run_checks() == []


@pytest.fixture
def broken(monkeypatch):
    """Break descriptions for one test only (TableSpec is a plain dataclass; the originals come back)."""
    def breaking(table: str, **changes):
        monkeypatch.setitem(TABLES, table, dataclasses.replace(TABLES[table], **changes))
    return breaking


@pytest.mark.parametrize('table, changes, problem_id', [
    ('surat_masuk', {'columns': ('perihal', 'perihall')}, 'T001'),
    ('surat_masuk', {'ordering': ('-tanggal_diterimaa',)}, 'T002'),
    ('disposisi', {'search': ('surat_masuk',)}, 'T003'),
    ('desa', {'natural_key': ('kode', 'kode')}, 'T005'),
    ('desa', {'process': None, 'owner': None}, 'T006'),
    ('surat_masuk', {'process': 'X9'}, 'T007'),
    ('surat_masuk', {'desa_field': 'perihal'}, 'T009'),
    ('desa', {'row_label': '{kode} {namaa}'}, 'T011'),
])
def test_each_problem_has_its_id(broken, table, changes, problem_id):
    broken(table, **changes)
    found = run_checks()
    assert [p.id for p in found] == [problem_id], found
    assert table in found[0].message


def test_every_problem_is_reported_at_once_and_looking_changes_nothing(broken):
    broken('surat_masuk', columns=('perihal', 'nope'))
    broken('desa', row_label='{nope}')
    def described() -> dict:   # every option of every description, as it stands (no deep copy)
        return {name: [getattr(spec, f.name) for f in dataclasses.fields(spec)] for name, spec in TABLES.items()}
    before = described()
    first = run_checks()
    assert {p.id for p in first} == {'T001', 'T011'}
    assert run_checks() == first
    assert described() == before
    with pytest.raises(ChecksFailed) as error:
        require_no_problems()
    assert 'T001 surat_masuk.columns' in str(error.value) and 'T011 desa.row_label' in str(error.value)


def test_a_field_type_without_a_kind_is_named(monkeypatch):
    monkeypatch.delitem(registry.REGISTRY, fields.DateField)
    found = run_checks()
    assert found and {p.id for p in found} == {'F001'}
    assert any(p.message.startswith('surat_masuk.tanggal_diterima: DateField') for p in found)


def _modules_with_models() -> set[str]:
    found = set()
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f'models.{info.name}')
        if any(inspect.isclass(v) and issubclass(v, Model) and v.__module__ == module.__name__
               and not v._meta.abstract for v in vars(module).values()):
            found.add(module.__name__)
    return found


def test_model_modules_are_discovered_not_listed():
    assert set(models.MODEL_MODULES) == _modules_with_models()


def test_a_model_in_a_support_module_fails_a_check(monkeypatch):
    monkeypatch.setattr(checks, 'SUPPORT_MODULES', checks.SUPPORT_MODULES | {'reference'})
    found = [p for p in run_checks() if p.id == 'M001']
    assert len(found) == 1 and 'models.reference' in found[0].message and 'Desa' in found[0].message


def test_a_table_from_outside_the_model_modules_fails_a_check(monkeypatch):
    spec = TABLES['desa']
    monkeypatch.setattr(spec.model, '__module__', 'tests.somewhere')
    found = [p for p in run_checks() if p.id == 'M002']
    assert [p.message.split(':')[0] for p in found] == ['desa']


def test_the_check_command_prints_and_exits_by_what_it_found():
    result = subprocess.run([sys.executable, 'main.py', 'check'], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'{len(TABLES)} tabel' in result.stdout
    broken = subprocess.run(
        [sys.executable, '-c', 'import dataclasses, sys; from models.table import TABLES, finish_tables; '
         'finish_tables(); TABLES["desa"] = dataclasses.replace(TABLES["desa"], columns=("nope",)); '
         'from core import checks; sys.exit(checks.main())'],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert broken.returncode == 1
    assert "T001 desa.columns: no field 'nope'" in broken.stdout
