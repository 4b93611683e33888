"""An added column in the report-format Excel only when marked (issue #19): the administrator ticks
"Tampil di format laporan" on a column of surat masuk (a register, exports/report_export.REGISTERS),
and the Buku Agenda the Kepala Subbag Umum prints then has it among its columns, typed; a
column left unmarked is in the grid and the plain export but not on the register, and a card kept in
a regulation's fixed layout (a KIB) offers no such mark."""
from __future__ import annotations

import io

import openpyxl
from nicegui.testing import User

from core import records, structure
from core.accounts import load_actor
from exports.report_export import REGISTERS
from models.structure import KolomTambahan
from models.table import TABLES
from tests.conftest import handled, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import KEPALA_UMUM
from tests.test_settings_ui import element
from tests.test_structure import surat


async def printed_register(user: User) -> list[list]:
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    return [[cell.value for cell in row] for row in openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows()]


def register_header(values: list[list]) -> list:
    return next(row for row in values if row[0] == 'No.')


async def test_a_column_is_printed_on_the_register_only_when_the_administrator_marks_it(user: User) -> None:
    admin = await load_actor((await create_account('kasubbag.it', 'Administrator')).id)
    halaman = await structure.add_column(admin, 'surat_masuk', 'Jumlah Halaman', 'bilangan')
    await structure.add_column(admin, 'surat_masuk', 'Catatan Internal', 'teks')
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    saved = await records.save(TABLES['surat_masuk'], sari, surat(1, x_jumlah_halaman='12',
                                                                  x_catatan_internal='jangan dicetak'))
    assert saved.ok, saved.errors
    assert 'surat_masuk' in REGISTERS and 'kib_a_tanah' not in REGISTERS

    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    header = register_header(await printed_register(user))
    assert 'Jumlah Halaman' not in header and 'Catatan Internal' not in header   # nothing marked yet
    await user.open('/logout')

    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan')
    user.find(marker='tab-struktur').click()
    await user.should_see(marker='ganti-nama-x_jumlah_halaman')
    user.find(marker='ganti-nama-x_jumlah_halaman').click()
    await user.should_see(marker='kolom-laporan')
    assert element(user, 'kolom-laporan').text == 'Tampil di format laporan (Buku Agenda Surat Masuk)'
    element(user, 'kolom-laporan').value = True
    async with handled():
        user.find(marker='kolom-simpan').click()
    await user.should_see('kolom "Jumlah Halaman" ikut dicetak pada format laporan')
    assert (await KolomTambahan.get(id=halaman.id)).di_laporan

    element(user, 'struktur-tabel').value = 'kib_a_tanah'          # a card in its regulation's layout
    user.find(marker='tambah-kolom').click()
    await user.should_see(marker='kolom-label')
    await user.should_not_see(marker='kolom-laporan')
    user.find('Batal').click()
    await user.open('/logout')

    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    values = await printed_register(user)
    header = register_header(values)
    assert 'Jumlah Halaman' in header and 'Catatan Internal' not in header
    row = values[values.index(header) + 1]
    assert row[header.index('Jumlah Halaman')] == 12 and 'jangan dicetak' not in row
