"""Issue 17, forms that know the work, driven as a clerk would: the SKM answers as labelled choices
(the column keeps the number), Selesai on a PATEN request offering today in one click, the disposisi
form (Dari first, lanjutan only of the same surat, today's date) and the defaults a context gives
(the current year, the next number)."""
from __future__ import annotations

from datetime import date

from nicegui.testing import User
from nicegui.testing.user_interaction import UserInteraction

from core.accounts import load_actor
from core.visible_rows import fk_options
from forms import indonesian
from forms.indonesian import format_date
from models.audit import AuditAction, AuditEntry
from models.clock import office_today
from models.pelayanan import JenisLayanan, RegisterLayanan, SkmResponden, StatusLayanan
from models.pemerintahan_desa import EvaluasiApbdes
from models.persuratan import Disposisi, SuratMasuk
from models.table import TABLES
from pages.widget_scale import ScaleInput
from tests.conftest import grid_rows, handled, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as

KEPALA_PELAYANAN = 'Kepala Seksi Pelayanan Umum'
KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'


async def layanan() -> JenisLayanan:
    return await JenisLayanan.create(nama='Surat Keterangan Domisili', jangka_waktu_hari=3)


async def test_the_skm_answers_are_labelled_choices_that_store_numbers(user: User) -> None:
    await layanan()
    await create_account('wati', KEPALA_PELAYANAN)
    await log_in_as(user, 'wati', next_path='/tabel/skm_responden')
    await open_form_by(user, 'tambah')
    answer = in_open_form(user, 'field-u1')
    assert isinstance(answer, ScaleInput)
    with user:
        buttons = answer.buttons.props['options']
    assert [b['label'] for b in buttons] == ['1 Tidak baik', '2 Kurang baik', '3 Baik', '4 Sangat baik']
    assert all(b['tabindex'] == -1 for b in buttons)   # the box is the one Tab stop of an answer

    UserInteraction(user, {answer.buttons}, None).trigger('update:modelValue', 3)   # a tap on '3 Baik'
    assert (answer.value, answer.buttons.props['model-value']) == ('3', 3)
    keys = UserInteraction(user, {answer}, None)
    keys.trigger('keydown', 'ArrowUp')                            # the keyboard: arrows step …
    assert answer.value == '4'
    keys.trigger('keydown', 'ArrowUp')
    assert answer.value == '4'                                    # … within the scale
    for name, key in (('u2', '2'), ('u3', '1'), ('u4', '4'), ('u5', '3'), ('u6', '3'), ('u7', '4'),
                      ('u8', '2'), ('u9', '3')):
        UserInteraction(user, {in_open_form(user, f'field-{name}')}, None).trigger('keydown', key)   # a digit
    UserInteraction(user, {in_open_form(user, 'field-u9')}, None).trigger('keydown', '7')   # no point 7
    assert in_open_form(user, 'field-u9').value == '3'
    in_open_form(user, 'field-usia').value = '41'
    in_open_form(user, 'field-jenis_kelamin').value = 'P'
    in_open_form(user, 'field-pendidikan').value = 'SMA'
    in_open_form(user, 'field-pekerjaan').value = 'Wirausaha'
    in_open_form(user, 'field-layanan').value = (await JenisLayanan.first()).id
    assert await submit_form(user) == {}
    row = await SkmResponden.get()
    assert [getattr(row, f'u{n}') for n in range(1, 10)] == [4, 2, 1, 4, 3, 3, 4, 2, 3]
    assert all(type(getattr(row, f'u{n}')) is int for n in range(1, 10))


async def test_selesai_offers_today_and_saves_the_status_and_the_date_together(user: User, monkeypatch) -> None:
    day = date(2026, 12, 2)
    monkeypatch.setattr(indonesian, 'today', lambda: day)
    request = await RegisterLayanan.create(tahun=2026, no_registrasi=7, tanggal=date(2026, 11, 30),
                                           nik='3508035203900002', nama_pemohon='Siti Aminah',
                                           layanan=await layanan(), status=StatusLayanan.DIPROSES)
    await create_account('wati', KEPALA_PELAYANAN)
    await log_in_as(user, 'wati', next_path='/tabel/register_layanan')
    row = await until(lambda: next(iter(grid_rows(user)), None), what='the request in the grid')
    async with handled():
        user.find(marker='grid').trigger('cellClicked', {'id': row['id'], 'version': row['version']})
    await user.should_see('Selesai hari ini?')
    await user.should_see('Tanggal Selesai belum diisi. Isi dengan hari ini, 02/12/2026')
    await request.refresh_from_db()
    assert (request.status, request.version) == (StatusLayanan.DIPROSES, 1)   # nothing saved before the yes
    user.find(marker='ya-hari-ini').click()
    await user.should_see('Permohonan 7/2026 Siti Aminah selesai.', retries=30)
    await request.refresh_from_db()
    assert (request.status, request.tanggal_selesai, request.version) == (StatusLayanan.SELESAI, day, 2)
    entry = await AuditEntry.get(tabel='register_layanan', baris_id=request.id, aksi=AuditAction.UBAH)
    assert entry.sesudah == {'status': 'Selesai', 'tanggal_selesai': '2026-12-02'}   # one edit, both fields


async def test_the_disposisi_form_dari_first_lanjutan_of_the_same_surat_and_today(user: User) -> None:
    spec = TABLES['disposisi']
    assert spec.form.index('dari_jabatan') < spec.form.index('induk')
    surat, other = [await SuratMasuk.create(tahun=2026, no_agenda=n, tanggal_diterima=date(2026, 11, 5),
                                            nomor_surat=f'005/{n}/2026', tanggal_surat=date(2026, 11, 5),
                                            asal_surat='Bappeda', perihal=perihal)
                    for n, perihal in ((1, 'Minta data'), (2, 'Undangan'))]
    first = await Disposisi.create(surat_masuk=surat, dari_jabatan='Camat', kepada_jabatan='Sekcam',
                                   tanggal=date(2026, 11, 6))
    await Disposisi.create(surat_masuk=other, dari_jabatan='Camat', kepada_jabatan='Kasi Pemerintahan',
                           tanggal=date(2026, 11, 6))
    sari = await load_actor((await create_account('sari', KEPALA_UMUM)).id)
    assert list(await fk_options(spec, 'induk', sari, values={'surat_masuk': surat.id})) == [first.id]
    assert len(await fk_options(spec, 'induk', sari)) == 2        # no surat known: no narrowing

    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    rows = await until(lambda: grid_rows(user), what='the surat in the grid')
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': next(r for r in rows
                                                                                     if r['id'] == surat.id)})
    user.find(marker='anak-disposisi').click()
    await open_form_by(user, 'anak-tambah')
    assert in_open_form(user, 'field-tanggal').value == format_date(office_today())


async def test_a_new_record_gets_the_current_year_and_the_next_number(user: User) -> None:
    year = office_today().year
    evaluasi = await EvaluasiApbdes.suggested_values()
    assert evaluasi['tahun'] == year                               # a typed tahun: the current year
    await layanan()
    await RegisterLayanan.create(tahun=year, no_registrasi=41, tanggal=office_today(), nik='3508035203900002',
                                 nama_pemohon='Siti Aminah', layanan=await JenisLayanan.first())
    await create_account('wati', KEPALA_PELAYANAN)
    await log_in_as(user, 'wati', next_path='/tabel/register_layanan')
    await open_form_by(user, 'tambah')
    assert in_open_form(user, 'field-no_registrasi').value == '42'
    assert in_open_form(user, 'field-tanggal').value == format_date(office_today())
