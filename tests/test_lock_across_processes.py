"""The optimistic lock holds across app processes sharing one database: two processes save the same
row from the same version at the same moment; exactly one save lands, the other is refused."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from tortoise.context import TortoiseContext

from core.config import ROOT, load_settings
from core.database import tortoise_config
from core.lifecycle import apply_migrations
from tests.conftest import until

WORKER = r'''
import asyncio, json, os, sys
from pathlib import Path
sys.path.insert(0, os.environ['PANEL_ROOT'])
from tortoise.context import TortoiseContext
from core.access import Action, Actor, RoleKind
from core.config import load_settings
from core.database import tortoise_config
from core import records
from models.table import TABLES, check_tables

async def main(name, row_id, go):
    check_tables()
    spec = TABLES['surat_masuk']
    actor = Actor(username=name, role='Kepala', kind=RoleKind.KEPALA,
                  rights=frozenset((spec.name, a) for a in Action))
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(load_settings().database_url))
        from tortoise import connections
        await connections.get('default').execute_query('SELECT 1')
        Path(go).with_name(f'siap-{name}').touch()   # connected, waiting for the go
        sys.stdin.readline()   # blocks until the test releases every worker at once
        result = await records.save(spec, actor, {'perihal': f'Versi {name}'}, row_id=row_id, version=1)
        print(json.dumps({'name': name, 'ok': result.ok, 'conflict': result.conflict}))

asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
'''


async def _prepare() -> int:
    url = load_settings().database_url
    await apply_migrations(url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(url))
        from models.persuratan import SuratMasuk
        surat = await SuratMasuk.create(tahun=2026, no_agenda=1, tanggal_diterima=date(2026, 11, 5), nomor_surat='1/2026',
                                        tanggal_surat=date(2026, 11, 5), asal_surat='BPN', perihal='Versi awal')
        return surat.id


async def _read(row_id: int) -> tuple[str, int]:
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(load_settings().database_url))
        from models.persuratan import SuratMasuk
        surat = await SuratMasuk.get(id=row_id)
        return surat.perihal, surat.version


def test_two_processes_saving_the_same_version(tmp_path: Path) -> None:
    row_id = asyncio.run(_prepare())
    go = tmp_path / 'go'
    env = {**os.environ, 'PANEL_ROOT': str(ROOT)}
    workers = [subprocess.Popen([sys.executable, '-c', WORKER, name, str(row_id), str(go)], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=ROOT)
               for name in ('satu', 'dua')]
    ready = [tmp_path / f'siap-{name}' for name in ('satu', 'dua')]
    asyncio.run(until(lambda: all(path.exists() for path in ready) or any(w.poll() is not None for w in workers),
                      what='both processes connected and waiting', timeout=120))
    for worker in workers:      # the go: a line on each worker's stdin
        worker.stdin.write('los\n')
        worker.stdin.flush()
    outcomes = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(o['ok'] for o in outcomes) == [False, True]
    loser = next(o for o in outcomes if not o['ok'])
    winner = next(o for o in outcomes if o['ok'])
    assert loser['conflict']
    assert asyncio.run(_read(row_id)) == (f'Versi {winner["name"]}', 2)
