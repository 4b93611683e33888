"""Nothing lost: every write is in the audit log with before and after values; a row's history
opens from the grid; deleted rows wait in the trash and come back; a whole paste is undone in one step."""
from __future__ import annotations

from datetime import date

from nicegui.testing import User

from models.audit import AuditAction, AuditEntry
from models.persuratan import Disposisi, SuratMasuk
from tests.conftest import confirm_paste, grid_column, grid_rows, stored, until
from tests.test_persuratan_flow import add_surat, make_surat, open_as_kepala


def select(user: User, row: dict, marker: str = 'grid') -> None:
    user.find(marker=marker).trigger('rowSelected', {'selected': True, 'data': row})


async def test_each_write_is_logged_with_before_and_after(user: User) -> None:
    await open_as_kepala(user)
    assert await add_surat(user, tanggal_diterima='05/11/2026', nomor_surat='1/2026', tanggal_surat='03/11/2026',
                           asal_surat='BPN', perihal='Pengukuran tanah') == {}
    surat = await SuratMasuk.get(perihal='Pengukuran tanah')
    row = await until(lambda: grid_rows(user)[0])
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'perihal', 'oldValue': row['perihal'],
                                                          'newValue': 'Pengukuran ulang tanah'})
    await until(lambda: grid_column(user, 'perihal'), equals=['Pengukuran ulang tanah'])
    entries = await AuditEntry.filter(tabel='surat_masuk', baris_id=surat.id).order_by('id')
    assert [e.aksi for e in entries] == [AuditAction.TAMBAH, AuditAction.UBAH]
    assert entries[0].pengguna == 'sari'
    assert entries[0].sesudah['perihal'] == 'Pengukuran tanah'
    assert entries[0].sesudah['tanggal_diterima'] == '2026-11-05'
    assert entries[1].sebelum == {'perihal': 'Pengukuran tanah'}
    assert entries[1].sesudah == {'perihal': 'Pengukuran ulang tanah'}
    select(user, grid_rows(user)[0])
    user.find(marker='riwayat').click()
    await user.should_see('Riwayat Surat Masuk')
    with user:
        history = next(iter(user.find(marker='tabel-riwayat').elements))
    assert [(r['aksi'], r['pengguna']) for r in history.rows] == [('Ubah', 'sari'), ('Tambah', 'sari')]
    assert history.rows[0]['rincian'] == 'Perihal: Pengukuran tanah → Pengukuran ulang tanah'


async def test_deleted_rows_go_to_the_trash_and_come_back_with_their_disposisi(user: User) -> None:
    surat = await make_surat(1, 'Dihapus lalu dipulihkan')
    disposisi = await Disposisi.create(surat_masuk=surat, dari_jabatan='Camat', kepada_jabatan='Sekcam',
                                       tanggal=date(2026, 11, 6))
    await open_as_kepala(user)
    select(user, grid_rows(user)[0])
    user.find(marker='hapus').click()
    await user.should_see('Hapus data Surat Masuk ini?')
    user.find(marker='ya-hapus').click()
    await until(lambda: grid_rows(user), equals=[])
    await disposisi.refresh_from_db()
    assert disposisi.deleted_at is not None
    user.find(marker='sampah').click()
    await user.should_see('Sampah · Surat Masuk')
    with user:
        table = next(iter(user.find(marker='tabel-sampah').elements))
    assert [r['perihal'] for r in table.rows] == ['Dihapus lalu dipulihkan']
    table.selected = [table.rows[0]]
    user.find(marker='pulihkan').click()
    await until(lambda: grid_column(user, 'perihal'), equals=['Dihapus lalu dipulihkan'])
    await disposisi.refresh_from_db()
    assert disposisi.deleted_at is None
    actions = await AuditEntry.filter(baris_id=surat.id, tabel='surat_masuk').values_list('aksi', flat=True)
    assert list(actions) == [AuditAction.HAPUS, AuditAction.PULIHKAN]


async def test_a_whole_paste_is_undone_in_one_step(user: User) -> None:
    first = await make_surat(1, 'Satu', diterima=date(2026, 11, 3))
    second = await make_surat(2, 'Dua', diterima=date(2026, 11, 2))
    await open_as_kepala(user)
    user.find(marker='grid').trigger('paste', {'text': 'Rahasia\tSegera\nTerbatas\tAmat Segera\n',
                                               'row': 0, 'col': 'sifat'})
    await confirm_paste(user)
    await until(lambda: stored(second, 'sifat'), equals='Terbatas')
    assert await stored(first, 'sifat') == 'Rahasia'
    await user.should_see(marker='batalkan')
    user.find(marker='batalkan').click()
    await until(lambda: user.notify.contains('Dibatalkan: 2 baris kembali seperti semula.'))
    for surat in (first, second):
        assert await stored(surat, 'sifat', 'urgensi') == ('Biasa', 'Biasa')


async def test_an_undo_never_overwrites_a_later_change(user: User) -> None:
    first = await make_surat(1, 'Satu')
    await open_as_kepala(user)
    user.find(marker='grid').trigger('paste', {'text': 'Rahasia\n', 'row': 0, 'col': 'sifat'})
    await confirm_paste(user)
    row = await until(lambda: next(r for r in grid_rows(user) if r['sifat'] == 'Rahasia'))
    user.find(marker='grid').trigger('cellValueChanged', {'data': row, 'colId': 'sifat', 'oldValue': 'Rahasia',
                                                          'newValue': 'Terbatas'})
    await until(lambda: stored(first, 'sifat'), equals='Terbatas')
    user.find(marker='batalkan').click()
    await until(lambda: user.notify.contains('sudah diubah lagi sesudahnya'))
    await first.refresh_from_db()
    assert first.sifat.value == 'Terbatas'
