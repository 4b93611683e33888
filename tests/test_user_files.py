"""Issue 11, item 4: every file the panel writes for one user (grid export, report format, IKM,
import template and failing rows, audit log, backup) lives in its own unguessable place, is served
only to the user who asked for it, and is removed after its download or after EXPORT_KEEP_MINUTES.

Driven as people meet it: the Camat exports a filtered *Rahasia* view while the Sekcam exports the
whole table in the same second; each must get exactly their own rows, and nobody else's file."""
from __future__ import annotations

import asyncio
import io
import os
import time
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Callable

import openpyxl
import pytest
from nicegui import context
from nicegui.testing import User
from nicegui.testing.user_download import UserDownload

from core.config import load_settings
from exports import table_export
from forms.indonesian import WIB
from models.persuratan import Sifat
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as
from tests.test_conflict import acting
from tests.test_persuratan_flow import make_surat

RAHASIA = ['Rahasia 1', 'Rahasia 2', 'Rahasia 3']
SEMUA = [*RAHASIA, 'Biasa 4', 'Biasa 5', 'Biasa 6', 'Biasa 7']


class SameSecond(datetime):
    """Every export believes it is 28/11/2026 21:30:00: two exports in the same second."""
    @classmethod
    def now(cls, tz=None):
        return datetime(2026, 11, 28, 21, 30, 0, tzinfo=WIB)


def exports_folder() -> Path:
    return load_settings().data_dir / 'exports'


def files_left() -> list[Path]:
    """Every file still kept for download (the records beside them do not count)."""
    folder = exports_folder()
    return sorted(p for p in folder.rglob('*') if p.is_file() and p.suffix in ('.xlsx', '.sqlite3', '.part')) \
        if folder.exists() else []


def perihal_of(content: bytes) -> list[str]:
    """The Perihal column of an exported grid, read back with openpyxl (which also proves the file is whole)."""
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    header_row = next(r for r in range(1, 12) if sheet.cell(r, 1).value == 'No. Agenda')
    headers = [c.value for c in sheet[header_row]]
    column = headers.index('Perihal')
    return sorted(row[column] for row in sheet.iter_rows(min_row=header_row + 1, values_only=True))


async def camat_and_sekcam(create_user: Callable[[], User]) -> tuple[User, User]:
    """The Camat looks at the Rahasia surat only, the Sekcam at every surat."""
    camat, sekcam = create_user(), create_user()
    await create_account('camat', 'Camat')
    await create_account('sekcam', 'Sekretaris Kecamatan')
    for no, perihal in enumerate(SEMUA, start=1):
        await make_surat(no, perihal, sifat=Sifat.RAHASIA if perihal in RAHASIA else Sifat.BIASA)
    await log_in_as(camat, 'camat', next_path='/tabel/surat_masuk?sifat=Rahasia')
    await log_in_as(sekcam, 'sekcam', next_path='/tabel/surat_masuk')
    await camat.should_see('Menampilkan 1–3 dari 3 data')
    await sekcam.should_see('Menampilkan 1–7 dari 7 data')
    return camat, sekcam


def downloads_go_to_their_browser(*users: User) -> None:
    """In a real browser a download goes to the browser whose click made it. The simulated
    `ui.download` is one global, set to whichever User the test touched last; so each simulated
    download is routed here to the User of the client that asked for it."""
    for each in users:
        def from_url(url: str, filename: str | None = None, media_type: str = '') -> None:
            asker = next(u for u in users if u._client is context.client)  # pylint: disable=protected-access
            UserDownload.__call__(asker.download, url)
        each.download.from_url = from_url


def export_both(camat: User, sekcam: User) -> None:
    """Both press Ekspor Excel at once (the server runs each click with that browser's session)."""
    downloads_go_to_their_browser(camat, sekcam)
    acting(camat).find(marker='ekspor').click()
    acting(sekcam).find(marker='ekspor').click()


async def link_of(user: User) -> str:
    """The download link a big export ends with."""
    await user.should_see('Berkas Excel siap', retries=200)
    with user:
        return next(iter(user.find(marker='unduh-ekspor').elements)).props['href']


def refused(response) -> bool:
    """Not served: sent to log in first (303), forbidden (403) or not found (404), and no file in it."""
    return response.status_code in (303, 403, 404) and not response.content.startswith(b'PK')


async def test_two_exports_in_the_same_second_each_get_their_own_rows(create_user, monkeypatch) -> None:
    monkeypatch.setattr(table_export, 'datetime', SameSecond)
    camat, sekcam = await camat_and_sekcam(create_user)
    export_both(camat, sekcam)
    await until(lambda: camat.download.http_responses and sekcam.download.http_responses, 'a download did not happen')
    [mine], [theirs] = camat.download.http_responses, sekcam.download.http_responses
    assert (mine.status_code, theirs.status_code) == (200, 200)
    assert perihal_of(mine.content) == RAHASIA          # the Camat's filtered view, not the Sekcam's file
    assert perihal_of(theirs.content) == sorted(SEMUA)
    assert 'oleh camat' in openpyxl.load_workbook(io.BytesIO(mine.content)).active['A4'].value
    assert mine.headers['content-disposition'] == 'attachment; filename="surat_masuk_20261128-213000.xlsx"'
    await until(lambda: not files_left(), 'a downloaded file stays on the server')


async def test_only_its_owner_may_fetch_a_file_and_only_once(create_user, monkeypatch) -> None:
    from pages import grid_export
    monkeypatch.setattr(grid_export, 'DIRECT_DOWNLOAD_ROWS', 0)   # both exports end with a link
    monkeypatch.setattr(table_export, 'datetime', SameSecond)
    camat, sekcam = await camat_and_sekcam(create_user)
    stranger = create_user()                                       # never logged in
    export_both(camat, sekcam)
    camat_link, sekcam_link = await link_of(camat), await link_of(sekcam)
    assert camat_link != sekcam_link
    assert len(files_left()) == 2 and len({p.parent for p in files_left()}) == 2   # each in its own folder
    assert refused(await sekcam.http_client.get(camat_link))
    assert refused(await stranger.http_client.get(camat_link))
    response = await camat.http_client.get(camat_link)
    assert response.status_code == 200 and perihal_of(response.content) == RAHASIA
    assert (await camat.http_client.get(camat_link)).status_code == 404       # the link works once
    await until(lambda: len(files_left()) == 1, 'the downloaded file stays on the server')
    response = await sekcam.http_client.get(sekcam_link)
    assert response.status_code == 200 and perihal_of(response.content) == sorted(SEMUA)
    await until(lambda: not files_left(), 'the downloaded file stays on the server')


async def test_a_file_nobody_fetched_is_removed_after_the_keep_time(create_user, monkeypatch) -> None:
    from core import user_files
    from pages import grid_export
    monkeypatch.setattr(grid_export, 'DIRECT_DOWNLOAD_ROWS', 0)
    monkeypatch.setenv('EXPORT_KEEP_MINUTES', '30')
    camat, sekcam = await camat_and_sekcam(create_user)
    old = exports_folder() / 'surat_masuk_20260101-080000.xlsx'    # left behind by an older version
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(b'PK old export')
    os.utime(old, (time.time() - 31 * 60,) * 2)
    acting(camat).find(marker='ekspor').click()
    link = await link_of(camat)
    assert not old.exists()                                         # a new export sweeps what has expired
    [kept] = files_left()
    started = time.time()
    monkeypatch.setattr(user_files, 'now', lambda: started + 29 * 60)
    assert user_files.sweep() == 0 and kept.exists()                # 29 minutes: still there
    monkeypatch.setattr(user_files, 'now', lambda: started + 31 * 60)
    assert (await camat.http_client.get(link)).status_code == 404   # expired, even before a sweep
    assert user_files.sweep() == 1
    assert not kept.parent.exists() and files_left() == []
    monkeypatch.setattr(user_files, 'now', time.time)
    acting(sekcam).find(marker='ekspor').click()                    # life goes on after a sweep
    response = await sekcam.http_client.get(await link_of(sekcam))
    assert response.status_code == 200 and perihal_of(response.content) == sorted(SEMUA)


@pytest.mark.skipif(not load_settings().is_sqlite, reason='the one-click backup is SQLite only (pg_dump on PostgreSQL)')
async def test_the_backup_copy_is_removed_once_downloaded(user: User) -> None:
    """The one-click backup holds every password hash: it must not stay in DATA_DIR."""
    await create_account('pak_admin', 'Administrator')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/cadangan')
    user.find(marker='unduh-cadangan').click()
    response = await user.download.next(timeout=10)
    assert response.status_code == 200 and response.content.startswith(b'PK\x03\x04')   # a zip (issue #16)
    with zipfile.ZipFile(io.BytesIO(response.content)) as backup:
        assert backup.read('panel.sqlite3').startswith(b'SQLite format 3')
    assert 'cadangan-panel-' in response.headers['content-disposition']
    await until(lambda: not files_left(), 'the backup copy stays on the server')
    assert (await user.http_client.get(str(response.request.url))).status_code == 404


def test_a_write_that_fails_leaves_nothing_behind() -> None:
    from core import user_files
    try:
        with user_files.new(1, 'surat_masuk_20261128-213000.xlsx') as made:
            Path(str(made.path) + '.part').write_bytes(b'PK half a file')
            raise OSError('disk full')
    except OSError:
        pass
    assert list(exports_folder().iterdir()) == []
    assert user_files.find(made.token) is None


async def test_an_export_stopped_halfway_leaves_no_file_no_process_and_no_audit(create_user, monkeypatch) -> None:
    """Issue #13: an export runs in the writer's process, with its progress beside the grid and a
    *Batalkan* button. Stopped halfway, it leaves no part-written file, its process is ended, nothing
    is audited as exported, and the next export runs as usual."""
    from exports import xlsx_process
    from models.audit import AuditAction, AuditEntry

    taken: list[xlsx_process.SheetWorker] = []
    real_take, real_chunks = xlsx_process.take, table_export.export_chunks
    held_up = asyncio.Event()

    def take() -> xlsx_process.SheetWorker:
        taken.append(real_take())
        return taken[-1]

    async def first_chunk_then_wait(*args, **kwargs):
        async for chunk in real_chunks(*args, **kwargs):
            yield chunk
            break
        await held_up.wait()   # the rest of the rows are slow to come: the person stops the export

    monkeypatch.setattr(xlsx_process, 'take', take)
    monkeypatch.setattr(table_export, 'export_chunks', first_chunk_then_wait)
    camat, sekcam = await camat_and_sekcam(create_user)
    downloads_go_to_their_browser(sekcam)
    acting(sekcam).find(marker='ekspor').click()
    await until(lambda: taken and taken[0].alive, 'the export did not start its writer')
    await sekcam.should_see('Menyiapkan berkas Excel')
    acting(sekcam).find(marker='batalkan-ekspor').click()
    await sekcam.should_see('Ekspor dibatalkan. Tidak ada berkas yang dibuat.')
    await until(lambda: not taken[0].alive and not files_left() and not Path(taken[0].scratch).exists(),
                'the stopped export left its process, its file or its temporary rows')
    assert taken[0] not in xlsx_process._idle
    assert not await AuditEntry.filter(aksi=AuditAction.EKSPOR).exists()
    assert not sekcam.download.http_responses

    monkeypatch.setattr(table_export, 'export_chunks', real_chunks)
    acting(sekcam).find(marker='ekspor').click()
    await until(lambda: sekcam.download.http_responses, 'the next export did not happen')
    assert perihal_of(sekcam.download.http_responses[0].content) == sorted(SEMUA)
    assert await AuditEntry.filter(aksi=AuditAction.EKSPOR).count() == 1
