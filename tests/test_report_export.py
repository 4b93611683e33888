"""Report-format Excel: the office's register with the kop and the Camat's signature from the
settings page, a title and the period, cells still typed."""
from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
from nicegui.testing import User

from tests.conftest import handled, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import make_surat, open_as_kepala


async def test_buku_agenda_with_kop_period_and_signature(user: User) -> None:
    await create_account('pak_admin', 'Administrator')
    await log_in_as(user, 'pak_admin', next_path='/pengaturan/kantor')
    for key, text in (('camat_nama', 'Drs. Contoh Nama, M.Si'), ('camat_nip', '12345')):
        field = user.find(marker=f'kantor-{key}')
        field.clear()
        field.type(text)
    user.find(marker='kantor-simpan').click()
    await user.should_see('NIP terdiri dari 18 angka.')
    field = user.find(marker='kantor-camat_nama')   # printed on every kop: no hidden characters
    field.clear()
    field.type('Drs. Contoh \u202eanaN, M.Si')
    user.find(marker='kantor-simpan').click()
    await user.should_see('U+202E')
    field.clear()
    field.type('Drs. Contoh Nama, M.Si')
    field = user.find(marker='kantor-camat_nip')
    field.clear()
    field.type('197001011990031005')
    user.find(marker='kantor-simpan').click()
    await until(lambda: user.notify.contains('Data kantor tersimpan.'))
    await user.open('/logout')

    await make_surat(1, 'Undangan rapat', diterima=date(2026, 11, 3))
    await make_surat(2, 'Di luar periode', diterima=date(2026, 9, 3))
    await open_as_kepala(user)
    user.find(marker='tombol-filter').click()
    user.find(marker='filter-tanggal_diterima-dari').type('01/11/2026')
    user.find(marker='filter-tanggal_diterima-sampai').type('30/11/2026')
    user.find(marker='terapkan-filter').click()
    await user.should_see('Menampilkan 1–1 dari 1 data')
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert flat[:3] == ['PEMERINTAH KABUPATEN LUMAJANG', 'KECAMATAN CANDIPURO', 'Candipuro, Kabupaten Lumajang, Jawa Timur']
    assert 'BUKU AGENDA SURAT MASUK' in flat
    assert 'Periode: 1 November 2026 s.d. 30 November 2026' in flat
    header = next(i for i, row in enumerate(values) if row[0] == 'No.')
    data = values[header + 1]
    assert data[0] == 1 and data[1] == 1 and 'Undangan rapat' in data
    assert isinstance(data[2], datetime)                          # Tanggal Diterima stays a date
    assert not any(v == 'Di luar periode' for v in flat)
    assert 'Drs. Contoh Nama, M.Si' in flat and 'NIP. 197001011990031005' in flat and 'CAMAT CANDIPURO' in flat
    assert flat.index('NIP. 197001011990031005') > flat.index('Undangan rapat')   # the signature comes last


async def test_ikm_recap_in_report_format(user: User) -> None:
    from models.pelayanan import JenisLayanan, SkmResponden
    layanan = await JenisLayanan.first()
    for score in (4, 3):
        await SkmResponden.create(tanggal=date(2026, 5, 4), layanan=layanan, jenis_kelamin='P', usia=35,
                                  pendidikan='SMA', pekerjaan='Wirausaha', **{f'u{i}': score for i in range(1, 10)})
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat', next_path='/ikm')
    async with handled():
        with user:
            year = next(iter(user.find(marker='pilih-tahun').elements))
            year.value = 2026
            next(iter(user.find(marker='pilih-periode').elements)).value = 'tahun'   # /ikm opens on this quarter
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    flat = [c.value for row in openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows() for c in row
            if c.value is not None]
    assert flat[:2] == ['PEMERINTAH KABUPATEN LUMAJANG', 'KECAMATAN CANDIPURO']
    assert 87.5 in flat                                  # NRR 3.5 on every unsur × 25
    assert 'CAMAT CANDIPURO' in flat and flat.index('CAMAT CANDIPURO') > flat.index(87.5)
