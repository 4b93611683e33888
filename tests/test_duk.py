"""Issue 14: the Daftar Urut Kepangkatan, the report of the Pegawai grid, read back with openpyxl:
the published layout (kop, title, "Keadaan per", a two-row heading with numbered columns, the
signature; landscape folio, fit to width, heading rows repeated) and the order of SE Kepala BAKN
03/SE/1980 (pangkat, then its TMT, then jabatan ...), PNS only."""
from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
from nicegui.testing import User

from forms import indonesian
from forms.indonesian import format_long_date
from models.clock import office_today
from models.kepegawaian import Pegawai
from models.reference import Pangkat
from tests.conftest import grid_column, until
from tests.helpers_auth import create_account, log_in_as

UMUM = 'Kepala Subbag Umum dan Kepegawaian'


async def pns(nama: str, golongan: str, tmt_pangkat: date, nip: str, **more) -> Pegawai:
    pangkat = await Pangkat.get(golongan=golongan)
    born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    return await Pegawai.create(nama=nama, nip=nip, tanggal_lahir=born, jenis_kelamin='L', status='PNS',
                                jabatan=more.pop('jabatan', 'Pengadministrasi Umum'), pangkat=pangkat,
                                tmt_pangkat=tmt_pangkat, tmt_cpns=date(int(nip[8:12]), int(nip[12:14]), 1), **more)


async def test_the_duk_in_its_layout_and_order(user: User) -> None:
    await pns('Awal Gol III a', 'III/a', date(2020, 4, 1), '198501012010011001')
    await pns('Gol III b', 'III/b', date(2022, 4, 1), '199001012015011001')
    await pns('Pelaksana Lama', 'III/a', date(2019, 4, 1), '198001012005011001')
    await pns('Pengawas Lama', 'III/a', date(2019, 4, 1), '198201012008011001', jabatan='Kepala Seksi Pemerintahan',
              jenis_jabatan='Pengawas', eselon='IV.a', tmt_jabatan=date(2021, 1, 4),
              latihan_jabatan='Pelatihan Kepemimpinan Pengawas', latihan_jabatan_lulus=date(2019, 5, 1),
              latihan_jabatan_jam=270, pendidikan='S1', pendidikan_nama='Ilmu Pemerintahan', pendidikan_lulus=2004,
              gelar_belakang='S.IP.')
    await Pegawai.create(nama='Tenaga PPPK', nip='198503122023212004', tanggal_lahir=date(1985, 3, 12),
                         jenis_kelamin='P', status='PPPK', golongan_pppk='VII', jabatan='Pengelola Layanan')
    await create_account('kasubbag', UMUM)
    await log_in_as(user, 'kasubbag', next_path='/tabel/pegawai')
    await until(lambda: 'Pengawas Lama' in grid_column(user, 'nama'))
    user.find(marker='ekspor-laporan').click()
    response = await user.download.next(timeout=10)
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert flat[:3] == ['PEMERINTAH KABUPATEN LUMAJANG', 'KECAMATAN CANDIPURO',
                        'Candipuro, Kabupaten Lumajang, Jawa Timur']
    assert 'DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL' in flat
    assert f'Keadaan per {format_long_date(indonesian.today())}' in flat   # the office's day (WIB)
    top = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert values[top][:8] == ['No.', 'Nama / NIP', None, 'Pangkat', None, 'Jabatan', None, 'Masa Kerja']
    assert values[top][9] == 'Latihan Jabatan' and values[top][12] == 'Pendidikan'
    assert values[top][15:18] == ['Usia', 'Catatan Mutasi', 'Ket.']
    assert values[top + 1][1:10] == ['Nama', 'NIP', 'Gol. Ruang', 'TMT', 'Nama', 'TMT', 'Thn', 'Bln', 'Nama']
    assert values[top + 2][:18] == list(range(1, 19))                    # the numbered columns
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f'A{top + 1}:A{top + 2}' in merged and f'B{top + 1}:C{top + 1}' in merged
    rows = [row for row in values[top + 3:] if isinstance(row[0], int)]
    assert [r[1] for r in rows] == ['Gol III b', 'Pengawas Lama, S.IP.', 'Pelaksana Lama', 'Awal Gol III a']
    pengawas = rows[1]
    today = office_today()
    served = (today.year - 2008) * 12 + today.month - 1
    assert pengawas[2] == '198201012008011001' and pengawas[3] == 'Penata Muda, III/a'
    assert pengawas[4] == datetime(2019, 4, 1)
    assert pengawas[5] == 'Kepala Seksi Pemerintahan (Eselon IV.a)'
    assert (pengawas[7], pengawas[8]) == divmod(served, 12)
    assert pengawas[9:15] == ['Pelatihan Kepemimpinan Pengawas', '05/2019', 270, 'Ilmu Pemerintahan', 2004, 'S1']
    assert pengawas[15] == today.year - 1982
    assert 'Tenaga PPPK' not in flat
    assert 'CAMAT CANDIPURO' in flat and flat.index('CAMAT CANDIPURO') > flat.index('Awal Gol III a')
    setup = sheet.page_setup
    # one page wide (1 is the attribute's default, so the file may leave it out), as many pages long as needed
    assert (setup.orientation, setup.paperSize, setup.fitToWidth or 1, setup.fitToHeight) == ('landscape', 14, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f'${top + 1}:${top + 3}'
