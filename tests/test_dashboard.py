"""The dashboard on the home page: figures count only what the viewer may see, and a click on a
figure opens the grid with the matching filter."""
from __future__ import annotations


from nicegui import ui
from nicegui.testing import User

from models.clock import office_today
from models.persuratan import StatusSuratMasuk
from tests.conftest import grid_column, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import make_surat


def chart(user: User, marker: str) -> ui.echart:
    with user:
        return next(iter(user.find(marker=marker).elements))


def click(user: User, marker: str, series: int, index: int, name: str = '') -> None:
    user.find(marker=marker).trigger('componentClick', {
        'componentType': 'series', 'seriesType': 'bar', 'seriesIndex': series, 'seriesName': '', 'name': name,
        'dataIndex': index, 'data': 0, 'value': 0})


async def test_the_camat_sees_letters_per_month_and_opens_a_month(user: User) -> None:
    today = office_today()
    await make_surat(1, 'Bulan ini', diterima=today)
    await make_surat(2, 'Juga bulan ini', diterima=today, status=StatusSuratMasuk.SELESAI)
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    letters = chart(user, 'grafik-surat')
    masuk = next(s for s in letters.options['series'] if s['name'] == 'Surat Masuk')
    assert masuk['data'][-1] == 2 and sum(masuk['data']) == 2
    assert chart(user, 'grafik-proses').options['xAxis']['data'][0] == 'M1.1'
    click(user, 'grafik-surat', 0, 11)
    await until(lambda: user.back_history[-1].startswith('/tabel/surat_masuk?tanggal_diterima='))
    await until(lambda: sorted(grid_column(user, 'perihal')), equals=['Bulan ini', 'Juga bulan ini'])


async def test_each_viewer_sees_only_their_figures(user: User) -> None:
    await make_surat(1, 'Rahasia bagian umum', diterima=office_today())
    await create_account('pelayanan', 'Staf Seksi Pelayanan Umum')
    await log_in_as(user, 'pelayanan')
    await user.should_not_see(marker='grafik-surat')
    await user.should_see(marker='grafik-layanan')
    processes = chart(user, 'grafik-proses').options['xAxis']['data']
    assert 'M1.1' not in processes and 'U1' in processes


async def test_the_ikm_trend_is_on_the_dashboard(user: User) -> None:
    from models.pelayanan import JenisLayanan, SkmResponden
    layanan = await JenisLayanan.first()
    today = office_today()
    for score in (4, 3):
        await SkmResponden.create(tanggal=today, layanan=layanan, jenis_kelamin='L', usia=40, pendidikan='S1',
                                  pekerjaan='Swasta', **{f'u{i}': score for i in range(1, 10)})
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    trend = chart(user, 'grafik-ikm')
    quarter = (today.month - 1) // 3
    assert trend.options['series'][0]['data'][4 + quarter] == 87.5     # NRR 3.5 on every unsur × 25
    click(user, 'grafik-ikm', 0, 4 + quarter)                           # the IKM page on that triwulan
    await until(lambda: user.back_history[-1], equals=f'/ikm?tahun={today.year}&periode=t{quarter + 1}')
