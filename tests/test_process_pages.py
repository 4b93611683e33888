"""Issue 4: every row of the process map has its page, and every page lists at least one table.
Camat sees every table (lihat on all of them), so the Camat's view is the whole map."""
from __future__ import annotations

from nicegui.testing import User

from models.process_map import PROCESSES
from models.table import check_tables, tables_of
from pages.frame import process_tables
from tests.helpers_auth import create_account, log_in_as

check_tables()


def test_every_process_has_tables_of_its_own_or_of_its_sub_processes():
    assert all(process_tables(process) for process in PROCESSES)
    assert all(tables_of(process.code) for process in PROCESSES if process.code != 'M1')


async def test_every_process_page_lists_its_tables(user: User) -> None:
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    await user.should_not_see('Belum tersedia')
    for process in PROCESSES:
        await user.open(f'/proses/{process.slug}')
        await user.should_see(f'{process.code} {process.name}')
        await user.should_not_see(marker='belum-tersedia')
        for spec in process_tables(process):
            await user.should_see(spec.label)


async def test_an_operator_desa_sees_the_processes_of_the_desa(user: User) -> None:
    await create_account('operator', 'Operator Desa', desa_kode='35.08.03.2002')
    await log_in_as(user, 'operator')
    for code in ('L1', 'L2', 'L8', 'L9'):
        await user.should_see(marker=f'proses-{code.lower()}')
    await user.open('/proses/l2')
    await user.should_see('Berita Acara Validasi Usulan')
    await user.should_not_see(marker='proses-u1')   # not theirs: not on their map at all
