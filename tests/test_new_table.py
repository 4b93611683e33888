"""Issue 12: a new table is one model class in a module of models/, plus `make migration NAME=...`,
plus its demo rows in demo/<area>.py, and nothing else (README, Code layout).

The table is added the way a developer adds it, in a copy of the code so that the repository is
never touched (not even by a killed test): a new module models/pokdarwis.py with one `@table(...)`
model, its demo rows in demo/pokdarwis.py, and `make migration NAME=...` run in the copy, which
writes the copy's migrations/models/<n>_<ts>_kelompok_sadar_wisata.py for SQLite and PostgreSQL.

Then the app of the test (NiceGUI's `user`) starts with the copy's models folder added to the
models package's `__path__` and the copy's migrations: it finds the module by itself (no list is
edited), applies the migration at start-up and derives the rights from the process map. The
owner section's staff finds the table on the process page, opens its grid and adds a row through
the form; the section's Kepala exports it to Excel; another section's staff gets 403. Finally
`python main.py demo`, run in the copy, fills the table from its demo module.
"""
from __future__ import annotations

import asyncio
import io
import os
import shutil
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from nicegui.testing import User
from tortoise import connections
from tortoise.context import TortoiseContext

import models
from core import lifecycle
from core.config import ROOT, load_settings
from core.database import tortoise_config
from models.table import TABLES
from tests.conftest import WAIT_SECONDS, grid_column, grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import add_surat as add_row   # fills in and saves any table's Tambah form

MODULE = 'pokdarwis'                 # models/pokdarwis.py and demo/pokdarwis.py, new in the copy
TABLE = 'kelompok_sadar_wisata'
LABEL = 'Kelompok Sadar Wisata'
STAF = 'Staf Seksi Pemberdayaan Masyarakat'     # U2's owner section (models/process_map.py)
KEPALA = 'Kepala Seksi Pemberdayaan Masyarakat'
OTHER_STAF = 'Staf Seksi Pelayanan Umum'
CODE = ('main.py', 'Makefile', 'core', 'demo', 'exports', 'forms', 'locales', 'migrations', 'models', 'pages')

MODEL_SOURCE = f'''"""U2 Pemberdayaan Masyarakat: the kelompok sadar wisata (Pokdarwis) of the desa."""
from __future__ import annotations

from tortoise import fields

from models.base import RecordModel
from models.table import SAME_AS_LABEL, table


@table(label={LABEL!r}, process='U2',
       columns=('nama', 'desa', 'ketua', 'jumlah_anggota', 'tanggal_berdiri'),
       search=('nama', 'ketua'),
       filters=('desa', 'tanggal_berdiri'),
       desa_field='desa',
       row_label='{{nama}}')
class KelompokSadarWisata(RecordModel):
    nama = fields.CharField(max_length=120, description='Nama Kelompok')
    desa = fields.ForeignKeyField('models.Desa', null=True, related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')
    ketua = fields.CharField(max_length=120, description='Ketua')
    jumlah_anggota = fields.IntField(default=0, description='Jumlah Anggota')
    tanggal_berdiri = fields.DateField(null=True, description='Tanggal Berdiri')

    class Meta:
        table = {TABLE!r}
        table_description = SAME_AS_LABEL
'''

DEMO_SOURCE = '''"""Demo rows of models/pokdarwis.py: one kelompok sadar wisata in each of the first four desa."""
from __future__ import annotations

from demo.base import AWAL, DemoData, demo_rows, stamp
from models.pokdarwis import KelompokSadarWisata


@demo_rows(step=900)
async def pokdarwis(demo: DemoData) -> None:
    g = demo.g
    await demo.bulk(KelompokSadarWisata, [
        KelompokSadarWisata(nama=f'Pokdarwis {desa.nama}', desa_id=desa.id, ketua=g.name()[0],
                            jumlah_anggota=g.rng.randrange(10, 40), tanggal_berdiri=g.day(), created_at=stamp(AWAL))
        for desa in demo.desa[:4]])
'''


def run_in(folder: Path, *command: str, timeout: float = 300) -> str:
    """Run a command in `folder` as a developer would in a terminal; its output, or a failure that
    shows it. On a timeout the command is killed with all it started (make, then python, then
    aerich's workers), so that a hang fails the test instead of holding it."""
    process = subprocess.Popen(command, cwd=folder, env=dict(os.environ), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        raise AssertionError(f'{" ".join(command)} still running after {timeout:g} s:\n{output}') from None
    assert process.returncode == 0, f'{" ".join(command)} exited with {process.returncode}:\n{output}'
    return output


@pytest.fixture(scope='module')
def developer_copy(tmp_path_factory) -> Path:
    """A copy of the code with the new model module and its demo module, after `make migration`."""
    copy = tmp_path_factory.mktemp('kode')
    for name in CODE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns('__pycache__'))
        else:
            shutil.copy2(ROOT / name, copy / name)
    assert not (ROOT / 'models' / f'{MODULE}.py').exists(), 'the table of this test must be new'
    (copy / 'models' / f'{MODULE}.py').write_text(MODEL_SOURCE, encoding='utf-8')
    (copy / 'demo' / f'{MODULE}.py').write_text(DEMO_SOURCE, encoding='utf-8')
    committed = set((copy / 'migrations' / 'models').glob('*.py'))
    run_in(copy, 'make', 'migration', f'NAME={TABLE}', f'PY={sys.executable}')
    [migration] = set((copy / 'migrations' / 'models').glob('*.py')) - committed
    assert migration.name.endswith(f'_{TABLE}.py')
    source = migration.read_text(encoding='utf-8')
    assert source.count(f'CREATE TABLE IF NOT EXISTS "{TABLE}"') == 2, source   # SQLite and PostgreSQL
    return copy


@pytest.fixture
def new_table(developer_copy, migrated_template, monkeypatch):
    """The app of the test sees the copy's models folder and migrations (request it before `user`).
    The modules already imported stay the repository's; the new module is the one name only the
    copy has. Afterwards the table is forgotten again, so later tests see the repository's tables."""
    monkeypatch.setattr(models, '__path__', [*models.__path__, str(developer_copy / 'models')])
    monkeypatch.setattr(lifecycle, 'MIGRATIONS_DIR', developer_copy / 'migrations')
    yield TABLE
    TABLES.pop(TABLE, None)
    sys.modules.pop(f'models.{MODULE}', None)
    vars(models).pop(MODULE, None)


async def test_a_new_table_has_its_grid_form_export_and_rights(new_table, user: User) -> None:
    applied = await connections.get('default').execute_query_dict('SELECT version FROM aerich')
    assert any(row['version'].endswith(f'_{TABLE}.py') for row in applied)   # migrated at start-up
    await create_account('wulan', STAF)
    await create_account('bayu', KEPALA)
    await create_account('sari', OTHER_STAF)

    # the owner section's staff: the table is on its process page; the grid and the form work
    await log_in_as(user, 'wulan', next_path='/proses/u2')
    await user.should_see('U2 Pemberdayaan Masyarakat')
    user.find(LABEL).click()
    await user.should_see('Menampilkan 0–0 dari 0 data')
    assert await add_row(user, nama='Pokdarwis Sumbermujur', ketua='Slamet Riyadi', jumlah_anggota='25',
                         tanggal_berdiri='17/08/2024') == {}
    await until(lambda: grid_column(user, 'nama'), equals=['Pokdarwis Sumbermujur'])
    row = grid_rows(user)[0]
    assert (row['ketua'], row['jumlah_anggota'], row['tanggal_berdiri']) == ('Slamet Riyadi', '25', '17/08/2024')
    stored = await TABLES[TABLE].model.get(nama='Pokdarwis Sumbermujur')
    assert (stored.jumlah_anggota, stored.created_by) == (25, 'wulan')
    await user.should_not_see(marker='ekspor')          # staff: lihat, tambah, ubah; no export

    # the section's Kepala exports what the grid shows
    await user.open('/logout')
    await log_in_as(user, 'bayu', next_path=f'/tabel/{TABLE}')
    await until(lambda: grid_column(user, 'nama'), equals=['Pokdarwis Sumbermujur'])
    user.find(marker='ekspor').click()
    response = await user.download.next(timeout=WAIT_SECONDS)
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet['A1'].value == f'Daftar {LABEL}'
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == 'Nama Kelompok')
    headers = [cell.value for cell in sheet[header_row]]
    assert headers == ['Nama Kelompok', 'Desa', 'Ketua', 'Jumlah Anggota', 'Tanggal Berdiri']
    assert list(sheet.iter_rows(min_row=header_row + 1, values_only=True)) == [
        ('Pokdarwis Sumbermujur', None, 'Slamet Riyadi', 25, datetime(2024, 8, 17))]

    # another section's staff: no right on it, so no page, no data
    await user.open('/logout')
    await log_in_as(user, 'sari')
    for path in (f'/tabel/{TABLE}', '/proses/u2'):
        response = await user.http_client.get(path)
        assert response.status_code == 403 and '403 · Akses ditolak' in response.text, path
        assert 'Sumbermujur' not in response.text


async def _count_rows(url: str) -> int:
    async with TortoiseContext() as context:
        await context.init(config=tortoise_config(url))
        rows = await connections.get('default').execute_query_dict(f'SELECT COUNT(*) AS n FROM "{TABLE}"')
    return rows[0]['n']


def test_main_py_demo_fills_the_new_table_from_its_demo_module(developer_copy) -> None:
    """`python main.py demo` of the copy migrates a fresh database and runs every demo maker, the new
    one included (its rows pass the table's checks, or the demo fails)."""
    assert 'Data demo dimuat' in run_in(developer_copy, sys.executable, 'main.py', 'demo')
    assert asyncio.run(_count_rows(load_settings().database_url)) == 4
