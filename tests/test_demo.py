"""Demo data (issue 4 item 5): `python main.py demo` fills every registered table of a fresh database
with rows that pass their table's rules, the same rows on every run, one user per role; it refuses
a database that already holds records; `make run DEMO=1` (DEMO_DATA=1) does it at start-up, and is
never on by default. The demo rows of a table live in demo/<area>.py beside models/<area>.py (issue 12).
"""
from __future__ import annotations

import ast
import asyncio
import hashlib
import subprocess
from decimal import Decimal

import pytest
from nicegui.testing import User
from tortoise.context import TortoiseContext
from tortoise.functions import Sum

import demo
from core import ikm
from core.accounts import default_roles
from core.config import ROOT, load_settings
from core.database import tortoise_config
from core.passwords import verify_password
from models.accounts import User as Account
from models.informasi import InformasiPeraturan, PenyampaianInformasi
from models.keuangan import Anggaran, RealisasiAnggaran
from models.musrenbang import VALIDATED, BeritaAcaraValidasi, UsulanMusrenbang
from models.pelayanan import JenisLayanan, RegisterLayanan, SkmResponden
from models.pemberdayaan import KegiatanPemberdayaan, PenerimaPembinaan
from models.persuratan import Disposisi, StatusDisposisi, StatusSuratMasuk, SuratMasuk
from models.table import TABLES, check_tables
from models.workdays import add_working_days
from tests.conftest import POSTGRES_URL, _empty_postgres
from tests.helpers_auth import log_in_as
from tests.rules_lane import lane_db  # noqa: F401


async def _in_database(check) -> object:
    check_tables()
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(load_settings().database_url))
        return await check()


def in_database(check) -> object:
    return asyncio.run(_in_database(check))


async def cross_row_values_agree() -> list[str]:
    """Values one table derives from others agree with what the models' after_write would compute."""
    wrong = []
    for kegiatan in await KegiatanPemberdayaan.all():
        count = await PenerimaPembinaan.filter(kegiatan_id=kegiatan.id, deleted_at__isnull=True).count()
        if kegiatan.jumlah_peserta != count:
            wrong.append(f'kegiatan {kegiatan.id}: jumlah_peserta {kegiatan.jumlah_peserta} != {count}')
    for anggaran in await Anggaran.all():
        spent = (await RealisasiAnggaran.filter(anggaran_id=anggaran.id).annotate(s=Sum('nilai')).first()
                 .values('s'))['s'] or 0
        if Decimal(anggaran.realisasi) != Decimal(spent):
            wrong.append(f'anggaran {anggaran.id}: realisasi {anggaran.realisasi} != {spent}')
    for info in await InformasiPeraturan.all():
        dates = await PenyampaianInformasi.filter(informasi_id=info.id).values_list('tanggal', flat=True)
        if (info.jumlah_desa, info.tanggal_penyampaian) != (len(dates), min(dates, default=None)):
            wrong.append(f'informasi {info.id}')
    for berita in await BeritaAcaraValidasi.all():
        count = await UsulanMusrenbang.filter(desa_id=berita.desa_id, tahun_rencana=berita.tahun_rencana,
                                              status__in=[s.value for s in VALIDATED]).count()
        if berita.jumlah_usulan_divalidasi != count:
            wrong.append(f'berita acara {berita.id}')
    for surat in await SuratMasuk.all():
        statuses = await Disposisi.filter(surat_masuk_id=surat.id).values_list('status', flat=True)
        want = (StatusSuratMasuk.BELUM_DISPOSISI if not statuses else StatusSuratMasuk.SELESAI
                if all(s == StatusDisposisi.SELESAI for s in statuses) else StatusSuratMasuk.DIDISPOSISI)
        if surat.status != want:
            wrong.append(f'surat {surat.id}: {surat.status} != {want}')
    jangka = dict(await JenisLayanan.all().values_list('id', 'jangka_waktu_hari'))
    for register in await RegisterLayanan.all():
        if register.batas_waktu != add_working_days(register.tanggal, jangka[register.layanan_id]):
            wrong.append(f'register {register.id}')
    return wrong


async def fingerprint() -> str:
    """A digest of a few tables' content, to compare two runs."""
    rows = [
        await SuratMasuk.all().order_by('tahun', 'no_agenda').values_list('no_agenda', 'tanggal_diterima', 'perihal'),
        await SkmResponden.all().order_by('id').values_list('tanggal', 'u1', 'u5', 'u9'),
        await RegisterLayanan.all().order_by('tahun', 'no_registrasi').values_list('nik', 'nama_pemohon', 'status'),
        await RealisasiAnggaran.all().order_by('id').values_list('nilai', 'tanggal'),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_demo_command_fills_every_table_with_valid_rows(capsys, tmp_path, monkeypatch) -> None:
    assert demo.main([]) == 0
    out = capsys.readouterr().out
    assert 'Data demo dimuat' in out and demo.DEMO_PASSWORD in out and 'kasi.pelayanan' in out

    async def check():
        empty = [name for name, spec in TABLES.items() if not await spec.model.all().exists()]
        problems = await demo.check_sample(per_table=12)
        wrong = await cross_row_values_agree()
        users = {u.username: u for u in await Account.all().select_related('role')}
        year = await ikm.laporan(ikm.Periode(2025))
        offered = await JenisLayanan.filter(aktif=True, deleted_at__isnull=True).count()
        return empty, problems, wrong, users, year, offered, await fingerprint()

    empty, problems, wrong, users, year, offered, first = in_database(check)
    assert empty == [], f'tables without demo rows: {empty}'
    assert problems == {}, f'demo rows that break their table rules: {problems}'
    assert wrong == []
    # one user per default role, who may log in at once with the printed password
    assert {u.role.nama for u in users.values()} == {name for name, _, _ in default_roles()}
    pelayanan = users['kasi.pelayanan']
    assert not pelayanan.must_change_password and verify_password(pelayanan.password_hash, demo.DEMO_PASSWORD)
    assert users['operator.jarit'].desa_id is not None
    # SKM answers of a realistic office: an IKM of about 80, mutu B
    assert 78 <= year.total.ikm <= 84 and year.total.mutu.huruf == 'B'
    assert year.total.responden > 200 and len(year.per_layanan) == offered == 6   # a retired layanan (IMB/PBG) has none

    # a database that holds records is never filled again
    assert demo.main([]) == 1
    assert 'sudah berisi data' in capsys.readouterr().err

    # the same seed gives the same rows on another fresh database
    monkeypatch.setenv('DATA_DIR', str(tmp_path / 'kedua'))
    if POSTGRES_URL:   # the PostgreSQL lane has one database: empty it again
        asyncio.run(_empty_postgres(POSTGRES_URL))
    assert demo.main([]) == 0
    assert in_database(fingerprint) == first


def test_demo_data_is_never_on_by_default(monkeypatch) -> None:
    monkeypatch.delenv('DEMO_DATA', raising=False)
    assert not demo.wanted()
    monkeypatch.setenv('DEMO_DATA', '0')
    assert not demo.wanted()
    monkeypatch.setenv('DEMO_DATA', '1')
    assert demo.wanted()
    run = subprocess.run(['make', '-n', 'run'], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert 'DEMO_DATA' not in run and 'main.py' in run
    run = subprocess.run(['make', '-n', 'run', 'DEMO=1'], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert 'DEMO_DATA=1' in run


def test_the_demo_rows_of_each_area_live_next_to_its_models() -> None:
    """A new table is a model class in models/<area>.py plus its demo rows in demo/<area>.py: every
    area's row makers are found and run without being listed anywhere, and demo imports no bench."""
    from demo.base import demo_rows, row_makers
    makers = row_makers()
    area_of_maker = {maker.__module__.removeprefix('demo.') for maker in makers}
    assert {spec.model.__module__.removeprefix('models.') for spec in TABLES.values()} <= area_of_maker
    assert all((ROOT / 'models' / f'{area}.py').exists() for area in area_of_maker)
    with pytest.raises(ValueError, match='share step 10'):     # the order of the makers is never left to chance
        demo_rows(step=10)(test_the_demo_rows_of_each_area_live_next_to_its_models)
    for path in (ROOT / 'demo').glob('*.py'):
        nodes = list(ast.walk(ast.parse(path.read_text())))
        imported = [node.module or '' for node in nodes if isinstance(node, ast.ImportFrom)]
        imported += [alias.name for node in nodes if isinstance(node, ast.Import) for alias in node.names]
        assert 'bench' not in {name.split('.')[0] for name in imported}, path
        assert len(path.read_text().splitlines()) <= 400, path


@pytest.fixture
def demo_at_start_up(monkeypatch):
    """DEMO_DATA=1 before the app starts (request it before `user`)."""
    monkeypatch.setenv('DEMO_DATA', '1')


async def test_make_run_demo_fills_at_start_up_and_a_demo_user_sees_the_ikm(demo_at_start_up, user: User) -> None:
    await log_in_as(user, 'kasi.pelayanan', demo.DEMO_PASSWORD, next_path='/ikm')
    await user.should_see('Indeks Kepuasan Masyarakat (IKM)')
    await user.should_see('Kinerja Unit Pelayanan')
    await user.should_see('Baik')
    assert await SkmResponden.all().count() > 500
    response = await user.http_client.get('/tabel/surat_masuk')
    assert response.status_code == 403                   # Kasi Pelayanan has no rights on persuratan


async def test_a_freshly_seeded_database_counts_as_empty(lane_db):
    """What the seed writes at every start (demo.runner.SEEDED_TABLES) does not stop the demo from
    loading: a table the seed fills but the list forgets would refuse every fresh install's demo."""
    from demo.runner import SEEDED_TABLES, is_empty
    filled = {name for name, spec in TABLES.items() if await spec.model.all().exists()}
    assert filled <= SEEDED_TABLES, filled - SEEDED_TABLES
    assert await is_empty()
