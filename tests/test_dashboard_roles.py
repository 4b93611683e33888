"""The home page answers each role's question (issue #18), and every count on it opens the grid of
exactly its rows: the Camat's overdue items per section and process, this triwulan's IKM with its
mutu and the change from the last, a Kepala's own section's work, an Operator Desa's own desa's rows;
the IKM page in the sidebar under U1, opening on the current triwulan."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from nicegui import ui
from nicegui.testing import User

from core.accounts import load_actor
from core.dashboard_figures import overdue_per_section, triwulan_before, triwulan_of
from core.visible_rows import visible_rows
from models.accounts import Role, RolePermission
from models.clock import office_today
from models.informasi import PermintaanData, PermohonanDataDesa
from models.keuangan import Anggaran, PencairanDana, SpjFungsional
from models.pelayanan import JenisLayanan, RegisterLayanan, SkmResponden
from models.pemerintahan_desa import EvaluasiApbdes, PembinaanDesa, RegisterPeraturanDesa
from models.pengaduan import Pengaduan
from models.perencanaan import Laporan, ProgramKegiatan
from models.persuratan import Disposisi
from models.ppid import KeberatanInformasi, PermohonanInformasi
from models.reference import Desa, Instansi
from models.table import STATE_FILTER, TABLES
from tests.conftest import grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_dashboard import chart, click
from tests.test_persuratan_flow import make_surat

TODAY = office_today()
PAST = TODAY - timedelta(days=10)
SOON = TODAY + timedelta(days=10)


async def two_desa() -> tuple[Desa, Desa]:
    desa = await Desa.all().order_by('kode').limit(2)
    return desa[0], desa[1]


async def overdue_everywhere() -> dict[str, int]:
    """Rows in every table with a deadline: overdue ones, and ones that are not (done, not yet due,
    due today, deleted). Returns how many are overdue per table."""
    surat = await make_surat(1, 'Undangan rapat', diterima=PAST)
    for status, batas in (('Belum Dibaca', PAST), ('Ditindaklanjuti', TODAY - timedelta(days=1)),
                          ('Selesai', PAST), ('Belum Dibaca', TODAY), ('Ditindaklanjuti', SOON)):
        await Disposisi.create(surat_masuk=surat, tanggal=PAST, dari_jabatan='Camat', kepada_jabatan='Sekcam',
                               status=status, batas_waktu=batas)
    layanan = await JenisLayanan.first()
    desa_a, desa_b = await two_desa()
    for no, (status, batas, desa) in enumerate((('Diterima', PAST, desa_a), ('Diproses', PAST, desa_b),
                                                ('Diproses', PAST, desa_a), ('Selesai', PAST, desa_a),
                                                ('Diterima', SOON, desa_a)), start=1):
        await RegisterLayanan.create(tahun=TODAY.year, no_registrasi=no, tanggal=PAST, nik='3508034101900001',
                                     nama_pemohon=f'Pemohon {no}', layanan=layanan, desa=desa, status=status,
                                     batas_waktu=batas)
    await RegisterLayanan.create(tahun=TODAY.year, no_registrasi=9, tanggal=PAST, nik='3508034101900001',
                                 nama_pemohon='Terhapus', layanan=layanan, status='Diterima', batas_waktu=PAST,
                                 deleted_at=datetime.now(timezone.utc))
    instansi = await Instansi.first()
    for no, (status, batas) in enumerate((('Diproses', PAST), ('Dipenuhi', PAST)), start=1):
        await PermintaanData.create(nomor=f'PD-{no}', tanggal=PAST, instansi=instansi, rincian='Data penduduk',
                                    status=status, batas_waktu=batas)
    await Laporan.create(jenis='LKjIP', periode='2026', tenggat=PAST)
    await Laporan.create(jenis='LPPD', periode='2026', tenggat=PAST, tanggal_kirim=TODAY, status='Terlambat')
    for status, desa in (('Belum Ditindaklanjuti', desa_a), ('Dalam Proses', desa_b), ('Selesai', desa_a)):
        await PembinaanDesa.create(desa=desa, tanggal=PAST, topik='Tertib administrasi', status=status,
                                   batas_waktu=PAST, tindak_lanjut='Pendampingan')
    for status, batas in (('Diverifikasi', PAST), ('Selesai', PAST), ('Diterima', SOON)):
        await Pengaduan.create(tanggal=PAST, nama_pelapor='Warga', perihal='Antrean lama', uraian='Lama',
                               status=status, batas_waktu=batas)
    # the tables whose open rows no status filter says (.create skips derive: the derived fields given)
    for tahun, (status, batas) in enumerate((('Menunggu Evaluasi', PAST), ('Menunggu Penyempurnaan', PAST),
                                             ('Berlaku dengan Sendirinya', None), ('Menunggu Evaluasi', SOON)),
                                            start=2024):
        await EvaluasiApbdes.create(desa=desa_a, tahun=tahun, tanggal_terima=PAST, status=status, batas_waktu=batas)
    for status, batas in (('Menunggu Koreksi', PAST), ('Selesai', None), ('Dalam Proses', SOON)):
        await RegisterPeraturanDesa.create(desa=desa_b, jenis='Peraturan Desa', judul='Pungutan pasar',
                                           tanggal_terima=PAST, status=status, batas_waktu=batas)
    permohonan = []
    for no, (keputusan, batas) in enumerate(((None, PAST), ('Dikabulkan Seluruhnya', PAST), (None, SOON)), start=1):
        permohonan.append(await PermohonanInformasi.create(
            tahun=TODAY.year, no_pendaftaran=no, tanggal=PAST, nama_pemohon='Siti', alamat='Jarit',
            nomor_identitas='3508035203900002', nomor_kontak='0812', rincian_informasi='APBDes',
            tujuan_penggunaan='Penelitian', keputusan=keputusan, batas_waktu=batas))
    for no, (tanggapan, batas) in enumerate(((None, PAST), (PAST, PAST), (None, SOON)), start=1):
        await KeberatanInformasi.create(permohonan=permohonan[1], tahun=TODAY.year, no_registrasi=no, tanggal=PAST,
                                        alasan='c. Tidak ditanggapinya permintaan informasi',
                                        batas_tanggapan=batas, tanggal_tanggapan=tanggapan)
    for no, (jenis, batas, spj) in enumerate((('TU', PAST, None), ('TU', PAST, PAST), ('TU', SOON, None),
                                              ('LS', None, None)), start=1):
        await PencairanDana.create(jenis=jenis, uraian='Rapat koordinasi', nomor_spp=f'SPP-{no}', tanggal_spp=PAST,
                                   nilai_spp=Decimal(1_000_000), batas_spj_tu=batas, tanggal_spj_tu=spj)
    for bulan, (batas, disampaikan) in enumerate(((PAST, None), (PAST, PAST), (SOON, None)), start=1):
        await SpjFungsional.create(tahun=TODAY.year - 1, bulan=bulan, batas_waktu=batas, tanggal_disampaikan=disampaikan)
    return {'disposisi': 2, 'register_layanan': 3, 'permintaan_data': 1, 'laporan': 1, 'pembinaan_desa': 2,
            'pengaduan': 1, 'evaluasi_apbdes': 2, 'register_peraturan_desa': 1, 'permohonan_informasi': 1,
            'keberatan_informasi': 1, 'pencairan_dana': 1, 'spj_fungsional': 1}


def links(user: User, card: str) -> dict[str, ui.link]:
    """The count links of a card by their marker ('lewat-disposisi'), in the page's order."""
    with user:
        element = next(iter(user.find(marker=card).elements))
        return {marker: child for child in element.descendants() if isinstance(child, ui.link)
                for marker in child._markers}


async def grid_shows(user: User, link: ui.link) -> int:
    """Open a count's link and wait until the grid holds that many rows; return the count."""
    count = int(link.text)
    await user.open(link.props['href'])
    await until(lambda: len(grid_rows(user)), equals=count)
    return count


async def test_the_overdue_filters_of_the_grid_are_the_tables_own(user: User) -> None:
    """Every table with an overdue_filter is on the Camat's table, counted by the grid's Keadaan filter:
    the rows of the model's own overdue_filter, and its link opens them."""
    expected = await overdue_everywhere()
    actor = await load_actor((await create_account('camat', 'Camat')).id)
    with_deadline = {name for name, spec in TABLES.items() if spec.model.overdue_filter() is not None}
    assert set(expected) == with_deadline
    rows = await overdue_per_section(actor)
    assert {work.spec.name for work in rows} == with_deadline
    for work in rows:
        spec = work.spec
        assert work.overdue.filters == {STATE_FILTER: 'lewat_batas'}
        assert work.overdue.link == f'/tabel/{spec.name}?keadaan=lewat_batas'
        assert work.overdue.count == await visible_rows(actor, spec).filter(spec.model.overdue_filter()).count() \
            == expected[spec.name], spec.name
        assert work.open.count == await visible_rows(actor, spec).filter(spec.model.open_filter()).count()
        assert work.open.count >= work.overdue.count > 0
    assert [(work.section.value, work.spec.name) for work in rows] == [
        ('Subbag Umum dan Kepegawaian', 'disposisi'), ('Subbag Umum dan Kepegawaian', 'permintaan_data'),
        ('Subbag Umum dan Kepegawaian', 'permohonan_informasi'), ('Subbag Umum dan Kepegawaian', 'keberatan_informasi'),
        ('Subbag Keuangan', 'laporan'), ('Subbag Keuangan', 'pencairan_dana'), ('Subbag Keuangan', 'spj_fungsional'),
        ('Seksi Pelayanan Umum', 'register_layanan'), ('Seksi Pelayanan Umum', 'pengaduan'),
        ('Seksi Pemerintahan', 'evaluasi_apbdes'), ('Seksi Pemerintahan', 'pembinaan_desa'),
        ('Seksi Pemerintahan', 'register_peraturan_desa')]


async def test_the_camats_overdue_counts_open_grids_of_exactly_those_rows(user: User) -> None:
    expected = await overdue_everywhere()
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    await user.should_see('Lewat batas waktu per seksi dan proses')
    await user.should_see('M1.1 Persuratan')
    found = links(user, 'lewat-batas-per-seksi')
    late = {marker.removeprefix('lewat-'): link for marker, link in found.items() if marker.startswith('lewat-')}
    assert {name: int(link.text) for name, link in late.items()} == expected
    assert int(found['terbuka-disposisi'].text) == 4             # every disposisi but the Selesai one
    for link in [*late.values(), found['terbuka-disposisi']]:
        await grid_shows(user, link)


async def test_this_triwulans_ikm_with_its_mutu_and_the_change(user: User) -> None:
    now, before = triwulan_of(TODAY), triwulan_before(triwulan_of(TODAY))
    layanan = await JenisLayanan.first()

    async def answers(day: date, *scores: int) -> None:
        for score in scores:
            await SkmResponden.create(tanggal=day, layanan=layanan, jenis_kelamin='P', usia=35, pendidikan='SMA',
                                      pekerjaan='Swasta', **{f'u{i}': score for i in range(1, 10)})
    await answers(now.awal, 4, 3)            # NRR 3,5 on every unsur: 87,50, mutu B
    await answers(before.akhir, 3)           # NRR 3: 75,00, mutu C
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    label = f'TW {"I II III IV".split()[now.triwulan - 1]} {now.tahun}'
    last = f'TW {"I II III IV".split()[before.triwulan - 1]} {before.tahun}'
    await user.should_see(f'IKM {label}: 87,50 (B)', marker='ikm-triwulan')
    await user.should_see(f'▲ 12,50 dari {last}', marker='ikm-selisih')
    trend = chart(user, 'grafik-ikm')
    index = trend.options['xAxis']['data'].index(label)
    assert trend.options['series'][0]['data'][index] == 87.5
    assert trend.options['series'][0]['label']['show']                  # the values are written on the points
    click(user, 'grafik-ikm', 0, index)
    await until(lambda: user.back_history[-1], equals=f'/ikm?tahun={now.tahun}&periode=t{now.triwulan}')
    await user.should_see('87,50', marker='nilai-ikm')


async def test_ikm_is_in_the_sidebar_under_u1_and_opens_on_this_triwulan(user: User) -> None:
    layanan = await JenisLayanan.first()
    now = triwulan_of(TODAY)
    other = now.awal - timedelta(days=1) if now.triwulan > 1 else now.akhir + timedelta(days=1)
    for day, score in ((now.awal, 4), (other, 1)):          # the year's value differs from the triwulan's
        await SkmResponden.create(tanggal=day, layanan=layanan, jenis_kelamin='L', usia=50, pendidikan='S1',
                                  pekerjaan='PNS', **{f'u{i}': score for i in range(1, 10)})
    await create_account('wati', 'Kepala Seksi Pelayanan Umum')
    await log_in_as(user, 'wati')
    with user:
        drawer = next(iter(user.find(ui.left_drawer).elements))
        hrefs = [link.props['href'] for link in drawer.descendants() if isinstance(link, ui.link)]
    assert hrefs[hrefs.index('/proses/u1') + 1] == '/ikm'
    user.find(marker='navigasi-ikm').click()
    await user.should_see(f'Triwulan {"I II III IV".split()[now.triwulan - 1]} {now.tahun}', marker='judul-periode')
    with user:
        assert next(iter(user.find(marker='pilih-periode').elements)).value == f't{now.triwulan}'
    await user.should_see('100,00', marker='nilai-ikm')


async def test_a_role_without_the_skm_has_no_ikm_link(user: User) -> None:
    await create_account('tono', 'Staf Seksi Pemberdayaan Masyarakat')
    await log_in_as(user, 'tono')
    await user.should_not_see(marker='navigasi-ikm')


async def test_a_kepalas_workload_is_their_own_sections(user: User) -> None:
    await overdue_everywhere()
    desa, _ = await two_desa()
    await PermohonanDataDesa.create(desa=desa, tanggal=PAST, perihal='Data stunting', jenis_data='Kesehatan')
    role = await Role.get(nama='Kepala Seksi Pemerintahan')
    await RolePermission.create(role=role, tabel='register_layanan', aksi='lihat')   # seen, but another section's
    await create_account('kasi', 'Kepala Seksi Pemerintahan')
    await log_in_as(user, 'kasi')
    await user.should_see('Pekerjaan Seksi Pemerintahan')
    found = links(user, 'beban-seksi')
    assert list(found) == ['terbuka-evaluasi_apbdes', 'lewat-evaluasi_apbdes', 'terbuka-pembinaan_desa',
                           'lewat-pembinaan_desa', 'terbuka-register_peraturan_desa', 'lewat-register_peraturan_desa',
                           'terbuka-permohonan_data_desa']
    assert [int(link.text) for link in found.values()] == [3, 2, 2, 2, 2, 1, 1]    # the most overdue first
    await user.should_not_see(marker='lewat-batas-per-seksi')
    for link in found.values():
        await grid_shows(user, link)


async def test_an_operator_desa_sees_only_their_desas_counts(user: User) -> None:
    mine, other = await two_desa()
    for desa, statuses in ((mine, ('Diterima', 'Diproses', 'Selesai')), (other, ('Diterima',) * 4)):
        for status in statuses:
            await PermohonanDataDesa.create(desa=desa, tanggal=PAST, perihal='Data', jenis_data='Umum', status=status)
    await create_account('operator', 'Operator Desa', desa_kode=mine.kode)
    await log_in_as(user, 'operator')
    await user.should_see('Data desa Anda')
    found = links(user, 'data-desa')
    assert int(found['desa-permohonan_data_desa'].text) == 3
    assert int(found['terbuka-permohonan_data_desa'].text) == 2
    assert not any(marker.startswith('lewat-') for marker in found)
    await grid_shows(user, found['terbuka-permohonan_data_desa'])
    assert {row['desa'] for row in grid_rows(user)} == {mine.nama}


async def test_serapan_per_program_by_name_opens_its_anggaran(user: User) -> None:
    year = TODAY.year
    program = await ProgramKegiatan.get(tahun=year, kode='7.01.02')           # seeded
    assert program.nama == 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik'
    await ProgramKegiatan.get_or_create(tahun=year, kode='7.01.02.2.01', defaults={'nama': 'Koordinasi'})
    subs = [await ProgramKegiatan.create(tahun=year, kode=f'7.01.02.2.01.000{i}', nama=f'Sub {i}') for i in (1, 2)]
    for sub, pagu, realisasi in ((subs[0], 1000, 250), (subs[1], 3000, 750)):
        await Anggaran.create(tahun=year, sub_kegiatan=sub, kode_rekening='5.1.02.01.01.0024', uraian='Belanja ATK',
                              pagu=Decimal(pagu), realisasi=Decimal(realisasi))
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    budget = chart(user, 'grafik-anggaran')
    assert budget.options['yAxis']['type'] == 'category'               # horizontal bars
    assert budget.options['yAxis']['data'] == [program.nama]           # the name, not the kode
    assert budget.options['series'][0]['data'] == [25.0]
    click(user, 'grafik-anggaran', 0, 0)
    await until(lambda: user.back_history[-1].startswith('/tabel/anggaran?sub_kegiatan='))
    await until(lambda: len(grid_rows(user)), equals=2)
