"""The file store under the Berkas kind (issue #16, its first step): content-addressed, written
atomically, checked when read; on the folder store (SQLite's default) and on the database store
(PostgreSQL's default, the migrated test database here); and the field kind that keeps the files'
descriptions in a record."""
from __future__ import annotations

import pytest

from core.file_store import (DamagedFile, DatabaseStore, FolderStore, MissingFile, digest, file_store,
                             store_kind)
from core.config import load_settings
from forms.fields import display, file_names, kind_of, to_python
from forms.indonesian import ParseError
from models.base import FilesField
from models.files import StoredFile
from tests.rules_lane import lane_db  # noqa: F401  (fixture)

SCAN = b'%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'


async def test_folder_store_names_a_file_by_its_hash_and_stores_it_once(tmp_path):
    store = FolderStore(tmp_path / 'berkas')
    sha = await store.put(SCAN)
    assert sha == digest(SCAN) and store.path(sha).read_bytes() == SCAN
    assert await store.put(SCAN) == sha
    assert [p.name for p in (tmp_path / 'berkas').rglob('*') if p.is_file()] == [sha]   # once, no .part left
    assert await store.get(sha) == SCAN and await store.has(sha)
    assert await store.names() == {sha}


async def test_folder_store_refuses_damaged_or_missing_bytes_when_read(tmp_path):
    store = FolderStore(tmp_path / 'berkas')
    sha = await store.put(SCAN)
    store.path(sha).write_bytes(SCAN.replace(b'1.4', b'1.5'))    # bit rot, or a hand edit
    with pytest.raises(DamagedFile, match='rusak'):
        await store.get(sha)
    await store.remove(sha)
    with pytest.raises(MissingFile):
        await store.get(sha)
    with pytest.raises(MissingFile):                             # a name that is no hash is no path
        await store.get('../../storage_secret')
    assert not await store.has('../x')


async def test_folder_store_write_cut_off_leaves_no_file(tmp_path, monkeypatch):
    store = FolderStore(tmp_path / 'berkas')

    def disk_full(*args):
        raise OSError(28, 'No space left on device')
    monkeypatch.setattr('core.file_store.os.fsync', disk_full)
    with pytest.raises(OSError):
        await store.put(SCAN)
    assert not [p for p in (tmp_path / 'berkas').rglob('*') if p.is_file()]
    assert not await store.has(digest(SCAN))


async def test_database_store_keeps_one_row_per_file_and_checks_it(lane_db):
    store = DatabaseStore()
    sha = await store.put(SCAN)
    assert await store.put(SCAN) == sha and await StoredFile.filter(sha256=sha).count() == 1
    assert await store.get(sha) == SCAN and await store.names() == {sha}
    await StoredFile.filter(sha256=sha).update(isi=b'tampered')
    with pytest.raises(DamagedFile):
        await store.get(sha)
    await store.remove(sha)
    assert not await store.has(sha)


def test_the_store_follows_the_database_unless_told(monkeypatch):
    monkeypatch.delenv('FILE_STORE', raising=False)
    monkeypatch.setenv('DATABASE_URL', 'sqlite:///tmp/x.sqlite3')
    assert store_kind(load_settings()) == 'folder'
    assert isinstance(file_store(), FolderStore) and file_store().root == load_settings().data_dir / 'berkas'
    monkeypatch.setenv('DATABASE_URL', 'postgres://u:p@localhost/panel')
    assert store_kind(load_settings()) == 'database'
    monkeypatch.setenv('FILE_STORE', 'folder')
    assert isinstance(file_store(), FolderStore)


def _described(**changes):
    return {'sha256': digest(SCAN), 'nama': 'scan surat.pdf', 'ukuran': len(SCAN), 'jenis': 'application/pdf'} | changes


def test_the_berkas_kind_keeps_only_well_formed_descriptions():
    several, one = FilesField(description='Lampiran'), FilesField(many=False, description='SK')
    several.model_field_name = one.model_field_name = 'x'
    assert kind_of(several).name == 'files' and not kind_of(several).inline
    assert to_python(several, [_described(extra='dropped')]) == [_described()]
    assert to_python(several, []) is None and to_python(several, None) is None
    assert display(several, [_described(), _described()]) == '📎 2' and display(several, None) == ''
    assert file_names(several, [_described(), _described(nama='b.jpg')]) == 'scan surat.pdf\nb.jpg'
    refused = {
        'typed text': 'scan.pdf',
        'no hash': [_described(sha256='abc')],
        'a size that is no number': [_described(ukuran='12')],
        'a folder part': [_described(nama='../../etc/passwd')],
        'a NUL': [_described(nama='scan\x00.pdf')],
        'right-to-left override': [_described(nama='scan\u202efdp.exe')],
        'a hidden name': [_described(nama='.htaccess')],
    }
    for what, value in refused.items():
        with pytest.raises(ParseError):
            to_python(several, value)
            pytest.fail(what)
    with pytest.raises(ParseError, match='satu berkas'):
        to_python(one, [_described(), _described(nama='b.pdf')])
