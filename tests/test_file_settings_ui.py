"""Issue #16, the files' settings on Pengaturan → Data Kantor, as the Administrator sets them: the
limits, the photos' size and location, the file columns that must be filled; a wrong value is named
beside its field and nothing is stored; what is saved is what the upload and the save then ask."""
from __future__ import annotations

from nicegui import ui
from nicegui.testing import User

from core.file_settings import file_settings, forget, stored_values
from models.audit import AuditAction, AuditEntry
from tests.conftest import handled, until
from tests.helpers_auth import create_account, log_in_as

MB = 1024 * 1024


def element(user: User, marker: str) -> ui.element:
    with user:
        return next(iter(user.find(marker=marker).elements))


def type_into(user: User, marker: str, text: str) -> None:
    field = user.find(marker=marker)
    field.clear()
    field.type(text)


async def save(user: User) -> None:
    async with handled():
        user.find(marker='kantor-berkas-simpan').click()


async def open_as_admin(user: User) -> None:
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan/kantor')
    await user.should_see('Batas per berkas (MB)')


async def test_the_administrator_sets_the_files_limits_and_required_columns(user: User) -> None:
    await open_as_admin(user)
    assert element(user, 'kantor-berkas_maks_mb').value == '10'
    type_into(user, 'kantor-berkas_maks_mb', '5')
    type_into(user, 'kantor-berkas_maks_rekaman_mb', '40')
    type_into(user, 'kantor-berkas_sisi_gambar', '0')
    element(user, 'kantor-berkas_hapus_lokasi').value = False
    element(user, 'kantor-berkas_wajib').value = ['surat_masuk.berkas', 'cuti.formulir']
    await save(user)
    await until(lambda: user.notify.contains('Pengaturan berkas tersimpan.'))
    assert await stored_values() == {'berkas_maks_mb': '5', 'berkas_maks_rekaman_mb': '40', 'berkas_sisi_gambar': '0',
                                     'berkas_hapus_lokasi': 'tidak', 'berkas_wajib': 'cuti.formulir,surat_masuk.berkas'}
    forget()
    settings = await file_settings()
    assert (settings.max_file_bytes, settings.max_record_bytes, settings.max_image_side, settings.strip_location) == \
        (5 * MB, 40 * MB, None, False)
    assert settings.required == {'surat_masuk.berkas', 'cuti.formulir'}
    assert await AuditEntry.filter(aksi=AuditAction.HAK_AKSES, keterangan='Pengaturan berkas diubah').count() == 1

    await user.open('/pengaturan/kantor')   # shown again as saved
    await user.should_see('Batas per berkas (MB)')
    assert element(user, 'kantor-berkas_maks_rekaman_mb').value == '40'
    assert element(user, 'kantor-berkas_hapus_lokasi').value is False
    assert sorted(element(user, 'kantor-berkas_wajib').value) == ['cuti.formulir', 'surat_masuk.berkas']


async def test_a_wrong_value_is_named_beside_its_field_and_nothing_is_stored(user: User) -> None:
    await open_as_admin(user)
    before = await stored_values()
    type_into(user, 'kantor-berkas_maks_mb', '500')
    type_into(user, 'kantor-berkas_sisi_gambar', 'besar')
    element(user, 'kantor-berkas_wajib').value = ['surat_masuk.berkas']
    await save(user)
    await until(lambda: element(user, 'kantor-berkas_maks_mb').error, equals='Isi angka dari 1 sampai 100.')
    assert element(user, 'kantor-berkas_sisi_gambar').error   # not a number, said in Indonesian
    assert element(user, 'kantor-berkas_maks_rekaman_mb').error is None
    assert user.notify.contains('Pengaturan berkas belum tersimpan: perbaiki isian yang ditandai.')
    assert await stored_values() == before

    type_into(user, 'kantor-berkas_maks_mb', '20')
    type_into(user, 'kantor-berkas_maks_rekaman_mb', '10')   # less than one file may be
    type_into(user, 'kantor-berkas_sisi_gambar', '1600')
    await save(user)
    await until(lambda: element(user, 'kantor-berkas_maks_rekaman_mb').error,
                equals='Batas per rekaman tidak boleh lebih kecil dari batas per berkas.')
    assert element(user, 'kantor-berkas_maks_mb').error is None and element(user, 'kantor-berkas_sisi_gambar').error is None
    assert await stored_values() == before

    type_into(user, 'kantor-berkas_maks_rekaman_mb', '60')
    await save(user)
    await until(lambda: user.notify.contains('Pengaturan berkas tersimpan.'))
    assert element(user, 'kantor-berkas_maks_rekaman_mb').error is None
    stored = await stored_values()
    assert (stored['berkas_maks_mb'], stored['berkas_maks_rekaman_mb'], stored['berkas_sisi_gambar'],
            stored['berkas_wajib']) == ('20', '60', '1600', 'surat_masuk.berkas')

