"""Optimistic locking as two clerks meet it: both open the same surat, one saves first, the other
sees the stored values beside their own and chooses to reload or to overwrite on purpose."""
from __future__ import annotations

from typing import Callable

from nicegui import storage
from nicegui.testing import User

from models.persuratan import SuratMasuk
from tests.conftest import grid_rows, handled, in_open_form, open_form_by, stored, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat


def acting(user: User) -> User:
    """The real server runs each browser event with that browser's request (Element._handle_event);
    the simulated click does not, so with two simulated users we set it as the server would."""
    storage.request_contextvar.set(user.client.request)
    return user


async def open_edit_form(user: User) -> None:
    acting(user)
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    await open_form_by(user, 'ubah')


async def type_perihal(user: User, text: str) -> dict[str, str]:
    acting(user)
    field = user.find(marker='field-perihal')
    field.clear()
    field.type(text)
    return await submit_form(user)


async def two_clerks(create_user: Callable[[], User]) -> tuple[User, User, SuratMasuk]:
    ani, budi = create_user(), create_user()
    await create_account('ani', KEPALA_UMUM)
    await create_account('budi', KEPALA_UMUM)
    surat = await make_surat(1, 'Versi awal')
    for clerk, name in ((ani, 'ani'), (budi, 'budi')):
        await log_in_as(clerk, name, next_path='/tabel/surat_masuk')
        await open_edit_form(clerk)
    await type_perihal(budi, 'Versi Budi')
    await surat.refresh_from_db()
    assert (surat.perihal, surat.version) == ('Versi Budi', 2)
    await type_perihal(ani, 'Versi Ani')
    return ani, budi, surat


async def test_the_later_save_sees_both_versions_and_may_overwrite(create_user: Callable[[], User]) -> None:
    ani, _, surat = await two_clerks(create_user)
    await ani.should_see('budi menyimpan data ini setelah Anda membukanya.')
    with ani:
        table = next(iter(ani.find(marker='beda').elements))
    assert table.rows == [{'field': 'Perihal', 'theirs': 'Versi Budi', 'mine': 'Versi Ani'}]
    await surat.refresh_from_db()
    assert surat.perihal == 'Versi Budi'          # nothing was overwritten silently
    acting(ani).find(marker='timpa').click()
    await until(lambda: stored(surat, 'perihal', 'version', 'updated_by'), equals=('Versi Ani', 3, 'ani'))


async def test_the_later_save_may_reload_instead(create_user: Callable[[], User]) -> None:
    ani, _, surat = await two_clerks(create_user)
    async with handled():
        acting(ani).find(marker='muat-ulang').click()
    assert in_open_form(ani, 'field-perihal').value == 'Versi Budi'
    await surat.refresh_from_db()
    assert surat.perihal == 'Versi Budi'
    # after reloading, a new save is based on the stored version and goes through
    await type_perihal(ani, 'Versi Ani setelah membaca')
    await surat.refresh_from_db()
    assert (surat.perihal, surat.version) == ('Versi Ani setelah membaca', 3)
