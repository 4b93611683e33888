"""Issue #14: the nomor surat keluar is made, not typed: klasifikasi, the next number of the year,
the unit code and the year, in the office's pattern; reserved atomically (concurrent saves, and two
app processes), never given twice; a cancelled letter keeps its number as Batal."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import date

from core import records
from core.config import ROOT, load_settings
from core.office import save_office_settings
from models.persuratan import StatusSuratKeluar, SuratKeluar
from models.reference import KlasifikasiArsip
from models.table import TABLES
from tests.rules_lane import UMUM, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401


async def letter(klasifikasi: str = '100.3', **values) -> dict:
    kode = await KlasifikasiArsip.get(kode=klasifikasi)
    return {'tanggal_surat': '05/02/2026', 'tujuan': 'Kepala Desa Jarit', 'perihal': 'Pembinaan',
            'penandatangan': 'Camat Candipuro', 'klasifikasi': kode.id, **values}


async def test_the_number_is_made_from_klasifikasi_sequence_unit_and_year(lane_db):
    staf = await actor(f'Staf {UMUM}')
    first = await save('surat_keluar', staf, await letter(nomor_surat='ketikan sendiri', nomor_urut='99'))
    second = await save('surat_keluar', staf, await letter('000.1.5'))
    assert first.ok and second.ok, (first.errors, second.errors)
    assert (first.row.nomor_urut, first.row.nomor_surat) == (1, '100.3/1/35.08.03/2026')
    assert (second.row.nomor_urut, second.row.nomor_surat) == (2, '000.1.5/2/35.08.03/2026')
    stored = await SuratKeluar.get(id=first.row.id)
    assert stored.nomor_surat == '100.3/1/35.08.03/2026'
    next_year = await save('surat_keluar', staf, await letter(tanggal_surat='04/01/2027'))
    assert next_year.row.nomor_surat == '100.3/1/35.08.03/2027'


async def test_the_office_pattern_and_unit_code(lane_db):
    assert await save_office_settings({'pola_nomor_surat': '{klasifikasi}/{nomor}/{unit}', 'kode_unit': 'Kec.Cdp'}) == {}
    staf = await actor(f'Staf {UMUM}')
    assert (await save('surat_keluar', staf, await letter())).row.nomor_surat == '100.3/1/Kec.Cdp'
    assert await save_office_settings({'pola_nomor_surat': '{klasifikasi}/{tahun}'}) == \
        {'pola_nomor_surat': 'Pola nomor harus memuat {nomor}.'}
    assert await save_office_settings({'pola_nomor_surat': '{nomor}/{bulan}'}) == \
        {'pola_nomor_surat': 'Bagian {bulan} tidak dikenal; yang dapat dipakai: {klasifikasi}, {nomor}, {unit}, {tahun}.'}
    assert await save_office_settings({'pola_nomor_surat': '{nomor'}) == \
        {'pola_nomor_surat': 'Pola nomor tidak terbaca: periksa tanda kurung kurawal { }.'}


async def test_rules_of_a_numbered_letter(lane_db):
    staf = await actor(f'Staf {UMUM}')
    refused(await save('surat_keluar', staf, {**(await letter()), 'klasifikasi': ''}), 'klasifikasi',
            'Pilih klasifikasi arsip: nomor surat dibuat darinya.')
    made = (await save('surat_keluar', staf, await letter())).row
    refused(await save('surat_keluar', staf, {'status': 'Batal'}, row_id=made.id), 'keterangan',
            'Isi keterangan alasan surat dibatalkan.')
    refused(await save('surat_keluar', staf, {'tanggal_surat': '05/01/2027'}, row_id=made.id), 'tanggal_surat',
            'Nomor 100.3/1/35.08.03/2026 sudah dibuat untuk tahun 2026')
    other = await KlasifikasiArsip.get(kode='000.1.5')
    refused(await save('surat_keluar', staf, {'klasifikasi': other.id}, row_id=made.id), 'klasifikasi',
            'Nomor 100.3/1/35.08.03/2026 sudah dibuat dengan klasifikasi ini.')
    assert (await save('surat_keluar', staf, {'perihal': 'Pembinaan administrasi'}, row_id=made.id)).ok


async def test_a_cancelled_number_stays_and_is_never_given_again(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    one = (await save('surat_keluar', kepala, await letter())).row
    two = (await save('surat_keluar', kepala, await letter())).row
    assert (await save('surat_keluar', kepala, {'status': 'Batal', 'keterangan': 'Salah tujuan'}, row_id=one.id)).ok
    assert (await records.delete(TABLES['surat_keluar'], kepala, two.id)).ok
    three = (await save('surat_keluar', kepala, await letter())).row
    assert three.nomor_urut == 3
    batal = await SuratKeluar.get(id=one.id)
    assert (batal.status, batal.nomor_surat) == (StatusSuratKeluar.BATAL, '100.3/1/35.08.03/2026')


async def test_concurrent_saves_get_distinct_numbers(lane_db):
    staf = await actor(f'Staf {UMUM}')
    values = await letter()
    results = await asyncio.gather(*(save('surat_keluar', staf, dict(values)) for _ in range(12)))
    assert all(result.ok for result in results)
    assert sorted(result.row.nomor_urut for result in results) == list(range(1, 13))


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

async def main(name, klasifikasi, go, n):
    check_tables()
    spec = TABLES['surat_keluar']
    actor = Actor(username=name, role='Kepala', kind=RoleKind.KEPALA, rights=frozenset((spec.name, a) for a in Action))
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(load_settings().database_url))
        Path(go).with_name(f'siap-{name}').touch()
        sys.stdin.readline()   # blocks until the test releases every worker at once
        numbers = []
        for _ in range(n):
            result = await records.save(spec, actor, {'tanggal_surat': '05/02/2026', 'tujuan': 'Desa', 'perihal': name,
                                                      'penandatangan': 'Camat', 'klasifikasi': klasifikasi})
            numbers.append(result.row.nomor_urut if result.ok else result.errors)
        print(json.dumps(numbers))

asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
'''


async def test_two_app_processes_never_take_the_same_number(lane_db, tmp_path):
    from tests.conftest import until
    klasifikasi = (await KlasifikasiArsip.get(kode='100.3')).id
    go = tmp_path / 'mulai'
    env = {**os.environ, 'PANEL_ROOT': str(ROOT), 'DATABASE_URL': load_settings().database_url}
    workers = [subprocess.Popen([sys.executable, '-c', WORKER, name, str(klasifikasi), str(go), '8'], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ('A', 'B')]
    await until(lambda: all((tmp_path / f'siap-{name}').exists() for name in ('A', 'B')), timeout=60)
    for worker in workers:      # the go: a line on each worker's stdin
        worker.stdin.write('los\n')
        worker.stdin.flush()
    outputs = [await asyncio.to_thread(worker.communicate, timeout=120) for worker in workers]
    numbers = [n for out, err in outputs for n in json.loads(out.strip().splitlines()[-1] if out.strip() else f'[{err!r}]')]
    assert sorted(numbers) == list(range(1, 17)), outputs
    assert await SuratKeluar.filter(tahun=2026).count() == 16


async def test_the_audit_entry_of_a_new_letter_holds_the_number_made_on_save(lane_db):
    from models.audit import AuditAction, AuditEntry
    staf = await actor(f'Staf {UMUM}')
    made = (await save('surat_keluar', staf, await letter())).row
    entry = await AuditEntry.get(tabel='surat_keluar', baris_id=made.id, aksi=AuditAction.TAMBAH)
    assert (entry.sesudah['nomor_urut'], entry.sesudah['nomor_surat']) == (1, '100.3/1/35.08.03/2026')
