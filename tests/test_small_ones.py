"""The small ones of issue #18: the header's password button says what it does; the new-user dialog
makes a password visibly, shows it once with a copy button, and an empty Simpan says what is
missing beside each field; an Operator Desa's menu holds no reference tables."""
from __future__ import annotations

import re

from nicegui import ui
from nicegui.testing import User

from core.passwords import verify_password
from models.accounts import Role
from models.accounts import User as Account
from tests.helpers_auth import create_account, log_in_as

REFERENCE_LINKS = {'/tabel/desa', '/tabel/instansi', '/tabel/klasifikasi_arsip', '/tabel/pangkat'}


def element(user: User, marker: str) -> ui.element:
    with user:
        return next(iter(user.find(marker=marker).elements))


def drawer_links(user: User) -> set[str]:
    with user:
        drawer = next(iter(user.find(ui.left_drawer).elements))
        return {link.props['href'] for link in drawer.descendants() if isinstance(link, ui.link)}


async def test_the_password_button_has_a_text_label(user: User) -> None:
    await create_account('sari', 'Staf Seksi Pelayanan Umum')
    await log_in_as(user, 'sari')
    button = element(user, 'ganti-sandi')
    assert button.props['aria-label'] == 'Ganti kata sandi'
    labels = [child for child in button.descendants() if isinstance(child, ui.label)]
    assert [(label.text, 'gt-xs' in label.classes) for label in labels] == [('Ganti kata sandi', True)]


async def test_the_new_user_dialog_makes_the_password_visibly_and_shows_it_once(user: User) -> None:
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    accounts = await Account.all().count()
    user.find(marker='tambah-pengguna').click()
    await user.should_see(marker='user-username')
    user.find(marker='user-simpan').click()
    await user.should_see('Isi kata sandi awal, atau tekan Buat kata sandi.', retries=30)
    assert element(user, 'user-username').error == 'Isi nama pengguna.'
    assert element(user, 'user-role').error == 'Pilih peran.'
    assert await Account.all().count() == accounts

    user.find(marker='user-password-buat').click()
    password = element(user, 'user-password')
    assert re.fullmatch(r'(\w{4}-){3}\w{4}', password.value) and password.props.get('type') != 'password'
    assert password.error is None
    chosen = password.value
    user.find(marker='user-username').type('sari')
    element(user, 'user-role').value = (await Role.get(nama='Staf Seksi Pelayanan Umum')).id
    user.find(marker='user-simpan').click()
    await user.should_see(marker='sandi-sekali', retries=30)
    assert element(user, 'sandi-ditampilkan').text == chosen
    await user.should_see(marker='pengguna-sari')
    sari = await Account.get(username='sari')
    assert verify_password(sari.password_hash, chosen) and sari.must_change_password
    user.find(marker='salin-sandi').click()
    await user.should_see('Kata sandi disalin.', retries=30)
    user.find(marker='tutup-sandi').click()
    await user.should_not_see(marker='sandi-ditampilkan', retries=30)


async def test_an_operator_desa_menu_has_no_reference_tables(user: User) -> None:
    await create_account('op.jarit', 'Operator Desa', desa_kode='35.08.03.2002')
    await log_in_as(user, 'op.jarit')
    await user.should_see('op.jarit · Operator Desa')
    links = drawer_links(user)
    assert '/proses/l1' in links and not links & REFERENCE_LINKS
    assert (await user.http_client.get('/tabel/instansi')).status_code == 200   # still theirs to pick from
    await user.open('/logout')

    await create_account('sari', 'Staf Seksi Pelayanan Umum')
    await log_in_as(user, 'sari')
    await user.should_see('sari · Staf Seksi Pelayanan Umum')
    assert REFERENCE_LINKS <= drawer_links(user)
