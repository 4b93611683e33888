"""Writes from the grid as in a spreadsheet (issue 17): a paste says what it overwrites and adds,
and asks first; Ctrl+Z / Ctrl+Y undo and redo this person's own edits through the write path's
version checks; Ctrl+D fills a column down the selected rows; one column is set on every selected
row. Each is one batch, all or nothing, and refused on the server to a role without ubah.

The grid's events are triggered with what their handlers in the browser send (pages/grid_paste.py,
pages/grid_fill.py, pages/grid_undo.py); tests/e2e/test_grid_paste.py pastes in a real browser."""
from __future__ import annotations

from datetime import date

from nicegui import ui
from nicegui.testing import User

from core import auth, records
from core.access import Action
from core.accounts import load_actor, set_permission
from models.accounts import Role, User as Account
from models.audit import AuditAction, AuditEntry
from models.persuratan import SuratMasuk
from models.table import TABLES
from tests.conftest import finished, grid_column, grid_rows, handlers_of, sees, stored, until
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat, open_as_kepala

SURAT = TABLES['surat_masuk']


def line(no: int, perihal: str, diterima: str = '06/11/2026') -> str:
    """A row of a spreadsheet, from the grid's first column (No. Agenda) to Perihal."""
    return f'{no}\t{diterima}\t005/{no}/2026\t{diterima}\tBappeda\t{perihal}'


def press(user: User, key: str, **selection) -> None:
    """Ctrl+<key> on a grid cell, as the grid's keydown handlers send it."""
    user.find(marker='grid').trigger('keydown', {'key': key, **selection})


def ctrl_on_page(user: User, key: str) -> None:
    """Ctrl+<key> with the focus on the page, not in the grid or an input (ui.keyboard)."""
    user.find(kind=ui.keyboard).trigger('key', {'action': 'keydown', 'key': key, 'code': f'Key{key.upper()}',
                                                'location': 0, 'repeat': False, 'altKey': False,
                                                'ctrlKey': True, 'metaKey': False, 'shiftKey': False})


async def say_yes(user: User) -> None:
    """Ya in the question a paste asks before it writes."""
    await user.should_see(marker='ya-tempel')
    user.find(marker='ya-tempel').click()


async def groups(*rows: SuratMasuk) -> set[str | None]:
    return set(await AuditEntry.filter(tabel='surat_masuk', baris_id__in=[r.id for r in rows],
                                       aksi=AuditAction.UBAH).values_list('kelompok', flat=True))


async def test_a_paste_past_the_last_row_asks_then_adds_the_rows(user: User) -> None:
    first = await make_surat(1, 'Satu')
    await open_as_kepala(user)
    block = '\r\n'.join([line(1, 'Satu diperbaiki'), line(2, 'Dua'), line(3, 'Tiga')]) + '\r\n'
    user.find(marker='grid').trigger('paste', {'text': block, 'row': 0, 'col': 'no_agenda'})
    await user.should_see('Timpa 6 sel pada 1 baris?')
    await user.should_see('Tambahkan 2 baris baru?')
    assert await SuratMasuk.all().count() == 1   # nothing written before the answer
    user.find(marker='ya-tempel').click()
    await until(lambda: sorted(grid_column(user, 'perihal')), equals=['Dua', 'Satu diperbaiki', 'Tiga'])
    await user.should_see('1 baris diperbarui dari tempelan. 2 baris baru ditambahkan dari tempelan.')
    added = await SuratMasuk.filter(perihal__in=['Dua', 'Tiga']).order_by('no_agenda')
    assert [(s.no_agenda, s.tanggal_diterima, s.asal_surat) for s in added] == [
        (2, date(2026, 11, 6), 'Bappeda'), (3, date(2026, 11, 6), 'Bappeda')]
    entries = await AuditEntry.filter(tabel='surat_masuk').order_by('id')
    assert [e.aksi for e in entries] == [AuditAction.UBAH, AuditAction.TAMBAH, AuditAction.TAMBAH]
    assert len({e.kelompok for e in entries}) == 1   # one batch: undone in one step
    assert await stored(first, 'perihal') == 'Satu diperbaiki'
    press(user, 'z')   # the added rows go to the trash, the overwritten one gets its values back
    await until(lambda: user.notify.contains('Dibatalkan: 3 baris kembali seperti semula.'))
    assert await SuratMasuk.filter(deleted_at__isnull=True).values_list('perihal', flat=True) == ['Satu']
    await until(lambda: grid_column(user, 'perihal'), equals=['Satu'])
    press(user, 'y')   # and come back out of it, the same rows
    await until(lambda: sorted(grid_column(user, 'perihal')), equals=['Dua', 'Satu diperbaiki', 'Tiga'])
    assert await SuratMasuk.filter(deleted_at__isnull=True, perihal__in=['Dua', 'Tiga']) \
        .order_by('no_agenda').values_list('id', flat=True) == [s.id for s in added]
    press(user, 'z')
    await until(lambda: grid_column(user, 'perihal'), equals=['Satu'])


async def test_a_pasted_row_that_cannot_be_saved_keeps_the_whole_paste_out(user: User) -> None:
    await make_surat(1, 'Satu')
    await open_as_kepala(user)
    block = f'{line(2, "Dua")}\n2\t07/11/2026\t005/9/2026\t07/11/2026\tBappeda\t\n'   # no perihal; agenda 2 twice
    user.find(marker='grid').trigger('paste', {'text': block, 'row': 1, 'col': 'no_agenda'})
    await user.should_see('Tambahkan 2 baris baru?')
    await user.should_not_see('Timpa')
    user.find(marker='ya-tempel').click()
    await user.should_see('Tempelan tidak disimpan')
    await user.should_see('Baris ke-2, Perihal: Wajib diisi.')
    assert await SuratMasuk.all().count() == 1
    assert not await AuditEntry.filter(tabel='surat_masuk').exists()


async def test_a_paste_over_rows_asks_first_and_batal_writes_nothing(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    paste = handlers_of(lambda: user.find(marker='grid').trigger(
        'paste', {'text': 'Rahasia\tSegera\nTerbatas\tAmat Segera\n', 'row': 0, 'col': 'sifat'}))
    await user.should_see('Timpa 4 sel pada 2 baris?')
    assert not sees(user, 'Tambahkan')
    user.find(marker='batal-tempel').click()
    await finished(paste)
    for surat in (first, second):
        assert await stored(surat, 'sifat', 'urgensi', 'version') == ('Biasa', 'Biasa', 1)
    assert not await AuditEntry.filter(tabel='surat_masuk').exists()
    press(user, 'z')   # nothing of this person's to undo
    await until(lambda: user.notify.contains('Tidak ada perubahan yang bisa dibatalkan.'))


async def test_ctrl_z_and_ctrl_y_undo_and_redo_a_paste_with_version_checks(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    user.find(marker='grid').trigger('paste', {'text': 'Rahasia\tSegera\nTerbatas\tAmat Segera\n',
                                               'row': 0, 'col': 'sifat'})
    await say_yes(user)
    await until(lambda: stored(second, 'sifat'), equals='Terbatas')
    ctrl_on_page(user, 'z')   # the focus anywhere on the page but in an input
    await until(lambda: stored(second, 'sifat', 'urgensi'), equals=('Biasa', 'Biasa'))
    assert await stored(first, 'sifat', 'urgensi') == ('Biasa', 'Biasa')
    press(user, 'y')
    await until(lambda: stored(first, 'sifat', 'urgensi'), equals=('Rahasia', 'Segera'))
    assert await stored(second, 'sifat', 'urgensi') == ('Terbatas', 'Amat Segera')
    await until(lambda: user.notify.contains('Diulang: 2 baris diubah lagi.'))
    await until(lambda: grid_column(user, 'sifat'), equals=['Rahasia', 'Terbatas'])
    press(user, 'z')   # the redo is undone in its turn
    await until(lambda: stored(first, 'sifat'), equals='Biasa')
    # a row changed meanwhile: the redo is refused, nothing is written
    actor = await load_actor((await Account.get(username='sari')).id)   # the same person in another tab
    assert (await records.save(SURAT, actor, {'perihal': 'Diubah di tab lain'}, row_id=first.id)).ok
    versions = (await stored(first, 'version'), await stored(second, 'version'))
    press(user, 'y')
    await until(lambda: user.notify.contains(f'Data Surat Masuk #{first.id} sudah diubah lagi sesudah dibatalkan'))
    assert await stored(first, 'sifat', 'perihal') == ('Biasa', 'Diubah di tab lain')
    assert await stored(second, 'sifat') == 'Biasa'
    assert (await stored(first, 'version'), await stored(second, 'version')) == versions


async def test_a_cell_edit_is_undone_with_ctrl_z(user: User) -> None:
    surat = await make_surat(1, 'Satu')
    await open_as_kepala(user)
    row = grid_rows(user)[0]
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'perihal', 'oldValue': 'Satu',
                                                          'newValue': 'Satu diperbaiki'})
    await until(lambda: grid_column(user, 'perihal'), equals=['Satu diperbaiki'])
    press(user, 'z')
    await until(lambda: grid_column(user, 'perihal'), equals=['Satu'])
    assert await stored(surat, 'perihal') == 'Satu'
    press(user, 'y')
    await until(lambda: stored(surat, 'perihal'), equals='Satu diperbaiki')



async def test_a_cell_edit_loads_its_user_and_rights_once(user: User, monkeypatch) -> None:
    """The save and the refresh after it are one event: the actor is read from the session and
    the role matrix once, not again for the refresh (it was twice, 2 of a save's 12 ms)."""
    await make_surat(1, 'Satu')
    await open_as_kepala(user)
    loads = []
    session_user = auth.session_user

    async def counted(**kwargs):
        loads.append(kwargs)
        return await session_user(**kwargs)
    monkeypatch.setattr(auth, 'session_user', counted)
    row = grid_rows(user)[0]
    await finished(handlers_of(lambda: user.find(marker='grid').trigger(
        'cellValueChanged', {'data': row, 'colId': 'perihal', 'oldValue': 'Satu', 'newValue': 'Satu diperbaiki'})))
    assert grid_column(user, 'perihal') == ['Satu diperbaiki']
    assert len(loads) == 1

async def test_fill_down_copies_the_top_cell_down_the_selection_as_one_batch(user: User) -> None:
    rows = [await make_surat(no, f'Surat {no}', asal=asal, diterima=date(2026, 11, 10 - no))
            for no, asal in ((1, 'Bappeda'), (2, 'Dinsos'), (3, 'Dispendukcapil'), (4, 'Kominfo'))]
    await open_as_kepala(user)
    shown = grid_rows(user)
    assert [r['asal_surat'] for r in shown] == ['Bappeda', 'Dinsos', 'Dispendukcapil', 'Kominfo']
    # the focused cell on the first row, the second and third selected below it
    press(user, 'd', ids=[shown[1]['id'], shown[2]['id']], row=0, col='asal_surat')
    await until(lambda: grid_column(user, 'asal_surat'), equals=['Bappeda', 'Bappeda', 'Bappeda', 'Kominfo'])
    await user.should_see('Asal Surat diisi ke bawah pada 2 baris.')
    assert len(await groups(*rows)) == 1
    assert await stored(rows[3], 'version') == 1
    # 'Isi ke bawah' in the selection's menu, on the Sifat column; a lone cell takes the one above
    user.find(marker='isi-ke-bawah').trigger('click', {'ids': [], 'row': 3, 'col': 'asal_surat'})
    await until(lambda: stored(rows[3], 'asal_surat'), equals='Bappeda')
    press(user, 'z')
    await until(lambda: stored(rows[3], 'asal_surat'), equals='Kominfo')
    press(user, 'z')
    await until(lambda: grid_column(user, 'asal_surat'), equals=['Bappeda', 'Dinsos', 'Dispendukcapil', 'Kominfo'])
    # a column that cannot be edited in the grid is not filled
    press(user, 'd', ids=[shown[1]['id']], row=0, col='klasifikasi')
    await until(lambda: user.notify.contains('Klik dulu sel yang bisa diubah'))


async def test_bulk_edit_of_one_column_is_one_batch_and_undoable(user: User) -> None:
    rows = [await make_surat(no, f'Surat {no}', diterima=date(2026, 11, 10 - no)) for no in (1, 2, 3)]
    await open_as_kepala(user)
    shown = grid_rows(user)
    user.find(marker='ubah-massal').trigger('click', {'ids': [shown[0]['id'], shown[2]['id']], 'row': None})
    await user.should_see('Ubah 2 baris terpilih')
    with user:
        next(iter(user.find(marker='kolom-massal').elements)).value = 'sifat'
    await user.should_see(marker='field-sifat')
    with user:
        next(iter(user.find(marker='field-sifat').elements)).value = 'Rahasia'
    user.find(marker='simpan-massal').click()
    await until(lambda: grid_column(user, 'sifat'), equals=['Rahasia', 'Biasa', 'Rahasia'])
    await user.should_see('Sifat diubah pada 2 baris.')
    assert len(await groups(*rows)) == 1
    assert await stored(rows[1], 'version') == 1
    press(user, 'z')
    await until(lambda: grid_column(user, 'sifat'), equals=['Biasa', 'Biasa', 'Biasa'])
    # a value the form would refuse: nothing written, the cell named
    user.find(marker='ubah-massal').trigger('click', {'ids': [shown[0]['id'], shown[1]['id']]})
    await user.should_see('Ubah 2 baris terpilih')
    with user:
        next(iter(user.find(marker='kolom-massal').elements)).value = 'tanggal_surat'
    await user.should_see(marker='field-tanggal_surat')
    with user:
        next(iter(user.find(marker='field-tanggal_surat').elements)).value = '31/02/2026'
    user.find(marker='simpan-massal').click()
    await until(lambda: user.notify.contains('Tanggal Surat'))
    assert [await stored(r, 'tanggal_surat') for r in rows] == [r.tanggal_diterima for r in rows]


async def test_a_role_without_ubah_is_refused_on_the_server(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    user.find(marker='grid').trigger('paste', {'text': 'Rahasia\n', 'row': 0, 'col': 'sifat'})
    await say_yes(user)
    await until(lambda: stored(first, 'sifat'), equals='Rahasia')
    await set_permission(await Role.get(nama=KEPALA_UMUM), 'surat_masuk', Action.UBAH, False)   # withdrawn meanwhile
    shown = grid_rows(user)
    refused = 'Anda tidak berhak mengubah data Surat Masuk.'
    press(user, 'd', ids=[shown[1]['id']], row=0, col='sifat')
    await until(lambda: user.notify.contains(refused))
    user.notify.messages.clear()
    user.find(marker='ubah-massal').trigger('click', {'ids': [shown[1]['id']]})
    await until(lambda: user.notify.contains(refused))
    user.notify.messages.clear()
    press(user, 'z')
    await until(lambda: user.notify.contains(refused))
    user.find(marker='grid').trigger('paste', {'text': 'Terbatas\n', 'row': 1, 'col': 'sifat'})
    await user.should_see('Tempelan tidak disimpan')
    assert await stored(first, 'sifat', 'version') == ('Rahasia', 2)
    assert await stored(second, 'sifat', 'version') == ('Biasa', 1)
