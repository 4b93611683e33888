"""Backups carry the files kept with records (issue #16): the one-click zip holds the database and
every file of the folder store, the daily backup mirrors the files into DATA_DIR/cadangan/berkas,
and `python main.py restore` brings them back byte for byte, from the zip or from the mirror. A zip
with an entry of another name (a path out of the store) or with damaged bytes is refused whole."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from core.backup import backup_with_files, daily_backup, files_mirror
from core.file_store import folder_root
from core.config import ROOT, Settings, load_settings
from core.file_store import FolderStore, digest
from core.restore import NotABackup, restore_backup
from forms.indonesian import WIB

SCAN = b'%PDF-1.4\n' + bytes(range(256)) * 400 + b'\n%%EOF\n'    # every byte value, 100 KB
PHOTO = b'\xff\xd8\xff\xe0' + os.urandom(50_000) + b'\xff\xd9'


def office(tmp_path: Path, monkeypatch, text: str = 'data kantor') -> Settings:
    """A SQLite data folder of its own, with one row in a table and an empty folder store."""
    data_dir = tmp_path / 'data'
    data_dir.mkdir()
    monkeypatch.setenv('DATA_DIR', str(data_dir))
    monkeypatch.setenv('DATABASE_URL', f'sqlite://{data_dir / "panel.sqlite3"}')
    monkeypatch.setenv('FILE_STORE', 'folder')
    with closing(sqlite3.connect(data_dir / 'panel.sqlite3')) as db:
        db.execute('CREATE TABLE catatan (isi TEXT)')
        db.execute('INSERT INTO catatan VALUES (?)', (text,))
        db.commit()
    return load_settings()


def catatan(settings: Settings) -> list[tuple]:
    with closing(sqlite3.connect(settings.data_dir / 'panel.sqlite3')) as db:
        return db.execute('SELECT isi FROM catatan').fetchall()


def restore_command(backup: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, 'main.py', 'restore', str(backup)], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=120)


def everything_in(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob('*')) if p.is_file()}


def entry(sha: str) -> str:
    return f'berkas/{sha[:2]}/{sha}'


async def test_the_one_click_zip_brings_the_files_back_byte_identical(tmp_path, monkeypatch):
    settings = office(tmp_path, monkeypatch, 'sebelum bencana')
    store = FolderStore(folder_root(settings))
    scan, photo = await store.put(SCAN), await store.put(PHOTO)
    backup = tmp_path / 'unduhan' / 'cadangan-panel.zip'

    assert backup_with_files(settings, backup) == 2

    with zipfile.ZipFile(backup) as archive:
        assert sorted(archive.namelist()) == sorted(['panel.sqlite3', entry(scan), entry(photo)])
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]       # no work files left beside it
    for path in settings.data_dir.iterdir():                                 # the disk fails: all is lost
        path.unlink() if path.is_file() else shutil.rmtree(path)

    result = restore_command(backup)

    assert result.returncode == 0, result.stdout + result.stderr
    assert 'yang dikembalikan ke penyimpanan: 2' in result.stdout
    assert catatan(settings) == [('sebelum bencana',)]
    assert await store.get(scan) == SCAN and await store.get(photo) == PHOTO    # get checks the SHA-256
    assert sorted(p.name for p in settings.data_dir.iterdir()) == ['berkas', 'panel.sqlite3', 'panel.sqlite3.lock']


async def test_restoring_a_zip_keeps_the_files_already_stored(tmp_path, monkeypatch):
    settings = office(tmp_path, monkeypatch)
    store = FolderStore(folder_root(settings))
    scan = await store.put(SCAN)
    backup_with_files(settings, tmp_path / 'cadangan.zip')
    photo = await store.put(PHOTO)                       # uploaded after the backup

    restored = restore_backup(tmp_path / 'cadangan.zip', settings)

    assert restored.files == 0 and restored.integrity == 'ok'
    assert await store.get(scan) == SCAN and await store.get(photo) == PHOTO


async def test_the_daily_backup_mirrors_the_files_and_a_database_restore_brings_them_back(tmp_path, monkeypatch):
    settings = office(tmp_path, monkeypatch, 'pagi')
    store = FolderStore(folder_root(settings))
    mirror = files_mirror(settings)
    scan = await store.put(SCAN)
    morning = datetime(2026, 11, 28, 7, 0, tzinfo=WIB)
    database_backup = daily_backup(settings, morning)
    assert everything_in(mirror) == {f'{scan[:2]}/{scan}': SCAN}
    first_copy = (mirror / scan[:2] / scan).stat()

    photo = await store.put(PHOTO)                       # the same day, later: the mirror catches up
    daily_backup(settings, morning.replace(hour=19))
    assert everything_in(mirror) == {f'{scan[:2]}/{scan}': SCAN, f'{photo[:2]}/{photo}': PHOTO}
    assert (mirror / scan[:2] / scan).stat().st_ino == first_copy.st_ino   # copied once, never rewritten

    await store.remove(scan)                              # removed from the store: the mirror keeps it
    daily_backup(settings, morning.replace(day=29))
    assert (mirror / scan[:2] / scan).read_bytes() == SCAN

    with closing(sqlite3.connect(settings.data_dir / 'panel.sqlite3')) as db:
        db.execute("UPDATE catatan SET isi = 'rusak'")
        db.commit()
    result = restore_command(database_backup)

    assert result.returncode == 0, result.stdout + result.stderr
    assert 'yang dikembalikan ke penyimpanan: 1' in result.stdout
    assert catatan(settings) == [('pagi',)]
    assert await store.get(scan) == SCAN and await store.get(photo) == PHOTO


async def test_a_damaged_file_is_never_copied_into_a_backup(tmp_path, monkeypatch, caplog):
    """Bit rot in the store: the zip leaves that file out (in the zip it would make the whole backup
    refused), the mirror does not take it, and a damaged mirror copy is not restored."""
    settings = office(tmp_path, monkeypatch)
    store = FolderStore(folder_root(settings))
    scan, photo = await store.put(SCAN), await store.put(PHOTO)
    daily_backup(settings, datetime(2026, 11, 28, 7, 0, tzinfo=WIB))   # both mirrored while sound
    store.path(scan).write_bytes(SCAN[:-1])
    assert backup_with_files(settings, tmp_path / 'cadangan.zip') == 1
    with zipfile.ZipFile(tmp_path / 'cadangan.zip') as archive:
        assert entry(scan) not in archive.namelist() and entry(photo) in archive.namelist()
    assert any('rusak' in r.getMessage() for r in caplog.records)

    mirrored_photo = files_mirror(settings) / photo[:2] / photo
    mirrored_photo.write_bytes(PHOTO[:-1])               # the mirror's copy rots too
    await store.remove(scan)
    await store.remove(photo)
    restored = restore_backup(files_mirror(settings).parent / 'panel-20261128.sqlite3', settings)
    assert (restored.files, restored.damaged) == (1, 1)
    assert await store.get(scan) == SCAN and not await store.has(photo)


def zip_with(path: Path, entries: dict[str, bytes], database: Path) -> Path:
    with zipfile.ZipFile(path, 'w') as archive:
        archive.write(database, 'panel.sqlite3')
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def other_database(tmp_path: Path) -> Path:
    path = tmp_path / 'lain.sqlite3'
    with closing(sqlite3.connect(path)) as db:
        db.execute('CREATE TABLE catatan (isi TEXT)')
        db.execute("INSERT INTO catatan VALUES ('dari arsip')")
        db.commit()
    return path


@pytest.mark.parametrize('name', ['../../jahat', f'berkas/../../{digest(SCAN)}', f'/tmp/{digest(SCAN)}',
                                  f'berkas/{digest(SCAN)[:2]}/{digest(SCAN)}/../../x', f'berkas/ff/{digest(SCAN)}',
                                  f'berkas\\{digest(SCAN)[:2]}\\{digest(SCAN)}', 'berkas/', 'catatan.txt'])
async def test_a_zip_entry_of_another_name_is_refused_and_nothing_changes(tmp_path, monkeypatch, name):
    settings = office(tmp_path, monkeypatch)
    store = FolderStore(folder_root(settings))
    await store.put(PHOTO)
    before = everything_in(settings.data_dir)
    backup = zip_with(tmp_path / 'jahat.zip', {entry(digest(SCAN)): SCAN, name: SCAN}, other_database(tmp_path))

    result = restore_command(backup)

    assert result.returncode == 1
    assert f'{backup} bukan cadangan basis data yang utuh (arsip memuat {name}' in result.stderr
    assert 'Tidak ada yang diubah.' in result.stderr
    assert everything_in(settings.data_dir) == before | {'panel.sqlite3.lock': b''}
    assert sorted(p.name for p in tmp_path.iterdir()) == ['data', 'jahat.zip', 'lain.sqlite3']


async def test_a_damaged_zip_entry_is_refused_and_nothing_changes(tmp_path, monkeypatch):
    settings = office(tmp_path, monkeypatch)
    before = everything_in(settings.data_dir)
    database = other_database(tmp_path)
    sha = digest(SCAN)
    wrong_bytes = zip_with(tmp_path / 'salah.zip', {entry(digest(PHOTO)): PHOTO, entry(sha): SCAN[:-1]}, database)
    result = restore_command(wrong_bytes)
    assert result.returncode == 1
    assert f'isi {entry(sha)} di arsip rusak' in result.stderr and 'Tidak ada yang diubah.' in result.stderr

    crc_broken = zip_with(tmp_path / 'crc.zip', {entry(sha): SCAN}, database)   # a bit flipped on the disk
    data = bytearray(crc_broken.read_bytes())
    data[data.index(SCAN[1000:1100]) + 50] ^= 1
    crc_broken.write_bytes(bytes(data))
    with pytest.raises(NotABackup, match='arsip zip rusak'):
        restore_backup(crc_broken, settings)

    twice = zip_with(tmp_path / 'dua.zip', {entry(sha): SCAN}, database)
    with zipfile.ZipFile(twice, 'a') as archive, pytest.warns(UserWarning, match='Duplicate name'):
        archive.writestr(entry(sha), SCAN)
    with pytest.raises(NotABackup, match='lebih dari sekali'):
        restore_backup(twice, settings)

    missing_database = tmp_path / 'tanpa.zip'
    with zipfile.ZipFile(missing_database, 'w') as archive:
        archive.writestr(entry(sha), SCAN)
    with pytest.raises(NotABackup, match='tidak memuat panel.sqlite3'):
        restore_backup(missing_database, settings)

    assert everything_in(settings.data_dir) == before | {'panel.sqlite3.lock': b''}
    assert not (settings.data_dir / 'berkas').exists()


@pytest.mark.skipif(os.geteuid() != 0, reason='run as root (sudo)')
async def test_files_restored_with_sudo_belong_to_the_apps_user(tmp_path, monkeypatch):
    app_user = 4321
    settings = office(tmp_path, monkeypatch)
    sha = await FolderStore(folder_root(settings)).put(SCAN)
    backup_with_files(settings, tmp_path / 'cadangan.zip')
    shutil.rmtree(folder_root(settings))
    os.chown(settings.data_dir, app_user, app_user)
    result = restore_command(tmp_path / 'cadangan.zip')
    assert result.returncode == 0, result.stderr
    store = folder_root(settings)
    assert {path.stat().st_uid for path in (store, store / sha[:2], store / sha[:2] / sha)} == {app_user}
