"""Files kept with records, through the services (core/record_files.py): an upload gives its uploader a
ticket, and a save only takes hashes of the writer's own uploads or of the record's own history; a
file is read through its record's rights and row scope; the sweep keeps what a record, a deleted
record or the audit log names. The browser side is tests/test_record_files_ui.py."""
from __future__ import annotations

import io
import random
from datetime import datetime, timedelta, timezone

import pytest
from PIL import Image

from core import access, record_files, records
from core.file_checks import FileRefused
from core.file_settings import file_settings, save_file_settings
from core.file_store import file_store
from models.table import TABLES
from tests.conftest import until
from tests.rules_lane import JARIT, JUGOSARI, PEMBERDAYAAN, actor, desa, lane_db, refused  # noqa: F401

USULAN = TABLES['usulan_masyarakat']


def a_jpeg(width: int = 64, height: int = 48, colour: str = 'red') -> bytes:
    out = io.BytesIO()
    Image.new('RGB', (width, height), colour).save(out, 'JPEG')
    return out.getvalue()


def a_noisy_jpeg(seed: int) -> bytes:
    """A photo that does not compress: 900 × 900 of noise, about half a megabyte."""
    out = io.BytesIO()
    Image.frombytes('RGB', (900, 900), random.Random(seed).randbytes(900 * 900 * 3)).save(out, 'JPEG')
    return out.getvalue()


async def usulan(who, desa_kode: str, files=None) -> records.WriteResult:
    values = {'tanggal': '05/11/2026', 'pengusul': 'Karang Taruna', 'uraian': 'Lapangan voli',
              'desa': await desa(desa_kode), 'lampiran': files}
    return await records.save(USULAN, who, values)


async def test_an_upload_is_stored_once_and_attached_by_its_uploader_only(lane_db):
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    budi = await actor(f'Kepala {PEMBERDAYAAN}', 'budi')
    scan = a_jpeg()
    described = await record_files.accept_upload(ani, USULAN, 'lampiran', 'foto lapangan.jpg', scan)
    assert described['nama'] == 'foto lapangan.jpg' and described['jenis'] == 'image/jpeg'
    assert await file_store().has(described['sha256'])
    # Budi forges a save with the hash Ani uploaded: refused, nothing written
    refused(await usulan(budi, JUGOSARI, [described]), 'lampiran', 'tidak Anda unggah')
    assert not await USULAN.model.filter(pengusul='Karang Taruna').exists()
    saved = await usulan(ani, JUGOSARI, [described])
    assert saved.ok, saved.errors
    assert (await USULAN.model.get(id=saved.row.id)).lampiran == [described]


async def test_a_refused_file_is_not_stored(lane_db):
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    with pytest.raises(FileRefused, match='PDF'):
        await record_files.accept_upload(ani, USULAN, 'lampiran', 'surat.pdf', a_jpeg())   # a JPEG named .pdf
    assert await file_store().names() == set()


async def test_a_role_without_rights_cannot_upload(lane_db):
    tamu = await actor('Camat', 'camat')   # reads everything, adds nothing to usulan masyarakat
    if access.can(tamu, access.Action.TAMBAH, USULAN) or access.can(tamu, access.Action.UBAH, USULAN):
        pytest.skip('the seeded Camat may write usulan masyarakat')
    with pytest.raises(access.AccessDenied):
        await record_files.accept_upload(tamu, USULAN, 'lampiran', 'x.jpg', a_jpeg())


async def test_a_file_is_read_through_its_record_rights_and_desa_scope(lane_db):
    permohonan = TABLES['permohonan_data_desa']
    jugosari = await actor('Operator Desa', 'op.jugosari', desa_kode=JUGOSARI)
    scan = a_jpeg()
    described = await record_files.accept_upload(jugosari, permohonan, 'lampiran', 'data penduduk.jpg', scan)
    saved = await records.save(permohonan, jugosari, {'tanggal': '05/11/2026', 'perihal': 'Data penduduk',
                                                       'jenis_data': 'Kependudukan', 'lampiran': [described]})
    assert saved.ok, saved.errors
    where = dict(table='permohonan_data_desa', row_id=saved.row.id, name='lampiran')
    record_files.forget()                                    # no ticket: only the record vouches
    opened = await record_files.open_file(jugosari, described['sha256'], **where)
    assert (opened.data, opened.nama) == (scan, 'data penduduk.jpg')
    jarit = await actor('Operator Desa', 'op.jarit', desa_kode=JARIT)
    with pytest.raises(record_files.FileUnavailable):       # another desa's row: as if it did not exist
        await record_files.open_file(jarit, described['sha256'], **where)
    with pytest.raises(record_files.FileUnavailable):       # nor by its hash alone
        await record_files.open_file(jarit, described['sha256'])
    pemberdayaan = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    assert not access.can(pemberdayaan, access.Action.LIHAT, permohonan)
    with pytest.raises(access.AccessDenied):                 # a role without *lihat* on the table
        await record_files.open_file(pemberdayaan, described['sha256'], **where)
    with pytest.raises(record_files.FileUnavailable):       # a hash the row does not hold
        await record_files.open_file(jugosari, 'a' * 64, **where)


async def test_a_replaced_file_stays_readable_from_the_history_and_can_be_put_back(lane_db):
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    first = await record_files.accept_upload(ani, USULAN, 'lampiran', 'lama.jpg', a_jpeg(colour='red'))
    row = (await usulan(ani, JUGOSARI, [first])).row
    second = await record_files.accept_upload(ani, USULAN, 'lampiran', 'baru.jpg', a_jpeg(colour='blue'))
    assert (await records.save(USULAN, ani, {'lampiran': [second]}, row_id=row.id)).ok
    where = dict(table='usulan_masyarakat', row_id=row.id, name='lampiran')
    record_files.forget()                                    # tickets gone: only the history vouches now
    assert (await record_files.open_file(ani, first['sha256'], **where)).nama == 'lama.jpg'
    assert (await records.save(USULAN, ani, {'lampiran': [first]}, row_id=row.id)).ok   # put back (an undo)


async def test_the_record_limit_and_required_columns_come_from_the_settings(lane_db):
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    assert await save_file_settings({'berkas_wajib': 'usulan_masyarakat.lampiran'}) == {}
    refused(await usulan(ani, JUGOSARI), 'lampiran', 'wajib')
    assert await save_file_settings({'berkas_maks_mb': '1', 'berkas_maks_rekaman_mb': '1'}) == {}
    big = [await record_files.accept_upload(ani, USULAN, 'lampiran', f'{n}.jpg', a_noisy_jpeg(n)) for n in range(3)]
    assert all(item['ukuran'] < 1024 * 1024 for item in big) and sum(item['ukuran'] for item in big) > 1024 * 1024
    refused(await usulan(ani, JUGOSARI, big), 'lampiran', 'melebihi batas')
    assert (await save_file_settings({'berkas_maks_mb': '0'}))['berkas_maks_mb'].startswith('Isi angka')
    assert (await file_settings()).max_file_bytes == 1024 * 1024    # nothing stored on error


async def test_the_sweep_keeps_what_records_and_the_audit_log_name(lane_db):
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    kept = await record_files.accept_upload(ani, USULAN, 'lampiran', 'a.jpg', a_jpeg(colour='red'))
    replaced = await record_files.accept_upload(ani, USULAN, 'lampiran', 'b.jpg', a_jpeg(colour='blue'))
    orphan = await record_files.accept_upload(ani, USULAN, 'lampiran', 'c.jpg', a_jpeg(colour='green'))
    row = (await usulan(ani, JUGOSARI, [replaced])).row
    assert (await records.save(USULAN, ani, {'lampiran': [kept]}, row_id=row.id)).ok
    assert (await records.delete(USULAN, ani, row.id)).ok      # in the trash: its files stay
    later = datetime.now(timezone.utc) + timedelta(days=2)
    assert await record_files.sweep(later) == 0                # the orphan still has its ticket
    record_files.forget()
    assert await record_files.sweep(datetime.now(timezone.utc)) == 0   # too fresh
    assert await record_files.sweep(later) == 1
    names = await file_store().names()
    assert {kept['sha256'], replaced['sha256']} <= names and orphan['sha256'] not in names


async def test_the_daily_sweep_removes_a_day_old_orphan(lane_db, monkeypatch):
    import asyncio
    import os
    from core.file_store import DatabaseStore
    from models.files import StoredFile
    ani = await actor(f'Kepala {PEMBERDAYAAN}', 'ani')
    orphan = await record_files.accept_upload(ani, USULAN, 'lampiran', 'lupa disimpan.jpg', a_jpeg())
    record_files.forget()                                    # the form was closed: the ticket went with the process
    store, day_old = file_store(), datetime.now(timezone.utc) - timedelta(days=2)
    if isinstance(store, DatabaseStore):
        await StoredFile.filter(sha256=orphan['sha256']).update(disimpan=day_old)
    else:
        os.utime(store.path(orphan['sha256']), (day_old.timestamp(), day_old.timestamp()))
    monkeypatch.setenv('DAILY_MAINTENANCE', '1')
    sweeping = asyncio.create_task(record_files.sweep_daily())
    try:
        await until(lambda: store.has(orphan['sha256']), 'the orphan swept', equals=False)
    finally:
        sweeping.cancel()
