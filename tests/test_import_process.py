"""The import in its own process (exports.import_process, exports.import_child): the plan comes back
for the preview, the write is the child's and all or nothing, progress comes back as it goes, a
refusal is raised as itself, and a cancelled import kills the child and writes nothing."""
from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from pathlib import Path

import pytest

from core.access import AccessDenied, Action
from core.importer import ImportFileError, MappingNeeded, Status
from core.lifecycle import prepared_database
from core.records import GENERAL
from exports.import_process import import_in_child
from models.persuratan import SuratMasuk
from models.table import TABLES
from tests.test_import_files import KEPALA, SURAT_HEADER, rights, surat_rows, xlsx

SURAT = TABLES['surat_masuk']


async def test_a_file_is_checked_then_written_by_the_child(migrated_database) -> None:
    async with prepared_database(migrated_database):
        before = await SuratMasuk.all().count()
        data = xlsx(SURAT_HEADER, surat_rows(901, 902, 903))
        checked: list[tuple[int, int]] = []
        plan, result = await import_in_child(SURAT, KEPALA, data, 'surat.xlsx', on_check=lambda *p: checked.append(p))
        assert result is None and plan.ok and plan.spec is SURAT
        assert [(o.number, o.status) for o in plan.rows] == [(2, Status.NEW), (3, Status.NEW), (4, Status.NEW)]
        assert checked[-1] == (3, 3)
        assert await SuratMasuk.all().count() == before      # a preview writes nothing
        written: list[tuple[int, int]] = []
        plan, result = await import_in_child(SURAT, KEPALA, data, 'surat.xlsx', write=True,
                                             on_write=lambda *p: written.append(p))
        assert (result.created, result.updated) == (3, 0) and written[-1][0] == written[-1][1]
        assert await SuratMasuk.filter(perihal__in=['Surat 901', 'Surat 902', 'Surat 903']).count() == 3


def import_children() -> list[int]:
    """This process's import children still running (or not yet waited for)."""
    found = []
    for entry in Path('/proc').iterdir():
        try:
            parent = int((entry / 'stat').read_text().rsplit(')', 1)[1].split()[1]) if entry.name.isdigit() else 0
            if parent == os.getpid() and b'exports.import_child' in (entry / 'cmdline').read_bytes():
                found.append(int(entry.name))
        except OSError:
            pass   # ended meanwhile
    return found


async def test_refusals_come_back_as_themselves(migrated_database) -> None:
    async with prepared_database(migrated_database):
        with pytest.raises(MappingNeeded) as needed:
            await import_in_child(SURAT, KEPALA, xlsx(['Tgl Terima', *SURAT_HEADER[2:]], surat_rows(1)), 'a.xlsx')
        headers = [(h.header, h.labelled) for h in needed.value.headers]
        assert headers[:2] == [('Tgl Terima', False), ('Nomor Surat', True)]
        with pytest.raises(ImportFileError, match='bukan berkas Excel'):
            await import_in_child(SURAT, KEPALA, b'not a workbook', 'a.xlsx')
        reader = replace(KEPALA, rights=rights((SURAT.name, Action.LIHAT)))
        with pytest.raises(AccessDenied):     # refused before any process starts
            await import_in_child(SURAT, reader, xlsx(SURAT_HEADER, surat_rows(1)), 'a.xlsx')
        updater = replace(KEPALA, rights=rights((SURAT.name, Action.LIHAT), (SURAT.name, Action.UBAH)))
        plan, result = await import_in_child(SURAT, updater, xlsx(SURAT_HEADER, surat_rows(1)), 'a.xlsx', write=True)
        assert result is None                 # may import, but not add: the row says so, nothing is written
        assert [o.errors for o in plan.rows] == [{GENERAL: 'Anda tidak berhak menambah data Surat Masuk.'}]
        assert import_children() == []


async def test_a_cancel_before_the_commit_writes_nothing_and_ends_the_process(migrated_database) -> None:
    async with prepared_database(migrated_database):
        before = await SuratMasuk.all().count()
        task: asyncio.Task | None = None

        def on_write(done: int, total: int) -> None:
            if done < total:
                task.cancel()     # the rows are being written, not yet committed
        task = asyncio.ensure_future(import_in_child(SURAT, KEPALA, xlsx(SURAT_HEADER, surat_rows(*range(1, 301))),
                                                     'a.xlsx', write=True, on_write=on_write))
        with pytest.raises(asyncio.CancelledError):
            await task
        assert import_children() == []
        assert await SuratMasuk.all().count() == before


async def test_a_cancel_once_the_commit_is_under_way_comes_too_late_and_says_so(migrated_database) -> None:
    async with prepared_database(migrated_database):
        task: asyncio.Task | None = None

        def on_write(done: int, total: int) -> None:
            if done == total:
                task.cancel()     # reported once the transaction is committed
        task = asyncio.ensure_future(import_in_child(SURAT, KEPALA, xlsx(SURAT_HEADER, surat_rows(*range(1, 31))),
                                                     'a.xlsx', write=True, on_write=on_write))
        plan, result = await task
        assert result.created == 30 and len(plan.rows) == 30
        assert await SuratMasuk.filter(perihal__startswith='Surat ').count() >= 30
        assert import_children() == []
