"""Issue 17, import that reads the office's own files: an SKM file with office-style headers
('Tgl Survei', 'L/P', 'Umur', 'U1'…'U9'), written by xlsxwriter as Excel would, is mapped to the
table's fields (each header's closest field suggested), imported, and the second time read by the
remembered mapping without asking; codes of a choice (L/P, Laki-laki, 1–7) become the right choices
and SKM answers 1–4 stay what they are; a header mapped to '(lewati)' is skipped; two headers
mapped to one field are refused with a clear message. Through the core API, then the dialog."""
from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import pytest
import xlsxwriter
from nicegui.testing import User

from core import importer
from core.access import Action, Actor, RoleKind
from core.importer import ImportFileError, MappingNeeded
from exports import import_files
from models.accounts import User as Account
from models.choices import JenisKelamin
from models.pelayanan import PendidikanResponden, PekerjaanResponden, SkmResponden
from models.table import TABLES, check_tables
from tests.conftest import handled, until
from tests.helpers_auth import create_account, log_in_as, memory_db  # noqa: F401  (fixture)
from tests.test_import import element, press_import, text_of, upload

check_tables()
SKM, SURAT_KELUAR, PEGAWAI = TABLES['skm_responden'], TABLES['surat_keluar'], TABLES['pegawai']
PERATURAN = TABLES['informasi_peraturan']
KEPALA_PELAYANAN = 'Kepala Seksi Pelayanan Umum'
OFFICE_HEADER = ['No.', 'Tgl Survei', 'Layanan', 'L/P', 'Umur', 'Pendidikan', 'Pekerjaan',
                 *(f'U{n}' for n in range(1, 10))]
SUGGESTED = {'No.': None, 'Tgl Survei': 'tanggal', 'L/P': 'jenis_kelamin', 'Umur': 'usia',
             **{f'U{n}': f'u{n}' for n in range(1, 10)}}


def office_xlsx(rows: list[list[Any]], header: list[str] = OFFICE_HEADER) -> bytes:
    """The office's own SKM sheet, as its clerk keeps it in Excel: a title, a blank row, the header,
    dates as Excel dates, numbers as numbers."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {'in_memory': True})
    sheet = book.add_worksheet('SKM')
    dates = book.add_format({'num_format': 'dd/mm/yyyy'})
    sheet.write(0, 0, 'REKAP SURVEI KEPUASAN MASYARAKAT 2026')
    sheet.write_row(2, 0, header)
    for index, row in enumerate(rows, start=3):
        for column, value in enumerate(row):
            if isinstance(value, datetime):
                sheet.write_datetime(index, column, value, dates)
            elif value is not None:
                sheet.write(index, column, value)
    book.close()
    return buffer.getvalue()


def respondent(no: int, lp: Any = 'L', umur: Any = 35, pendidikan: Any = 'SMA', pekerjaan: Any = 'Swasta',
               answers: tuple[int, ...] = (4, 3, 3, 4, 3, 3, 4, 2, 3)) -> list[Any]:
    return [no, datetime(2026, 11, no), 'Legalisasi Dokumen', lp, umur, pendidikan, pekerjaan, *answers]


FILE_ROWS = [respondent(1, 'L'), respondent(2, 'P', umur=52, answers=(1, 2, 3, 4, 4, 3, 2, 1, 4))]


async def kepala(user_name: str = 'admin') -> Actor:
    account = await Account.get(username=user_name)
    return Actor(username=user_name, role='Kepala', kind=RoleKind.KEPALA, user_id=account.id,
                 rights=frozenset((name, action) for name in TABLES for action in Action))


# ---- the core API ------------------------------------------------------------------------------

def test_each_office_header_gets_its_closest_field() -> None:
    assert importer.suggest(SKM, list(SUGGESTED)) == SUGGESTED
    assert importer.suggest(SKM, ['Tanggal', 'Pend.', 'Jns Kelamin', 'Usia']) == \
        {'Tanggal': 'tanggal', 'Pend.': 'pendidikan', 'Jns Kelamin': 'jenis_kelamin', 'Usia': 'usia'}
    assert importer.suggest(SURAT_KELUAR, ['Tgl Surat', 'Kepada', 'Hal']) == \
        {'Tgl Surat': 'tanggal_surat', 'Kepada': None, 'Hal': 'perihal'}
    assert importer.suggest(PERATURAN, ['No', 'Tgl.', 'Ringkasan Isi']) == \
        {'No': 'nomor', 'Tgl.': 'tanggal', 'Ringkasan Isi': 'ringkasan'}
    assert importer.suggest(PEGAWAI, ['Tgl Lahir', 'Tgl']) == {'Tgl Lahir': 'tanggal_lahir', 'Tgl': None}
    # a field is suggested for one header only: the closer one
    assert importer.suggest(SKM, ['Tgl', 'Tgl Survei']) == {'Tgl': None, 'Tgl Survei': 'tanggal'}


async def test_an_office_file_is_imported_after_its_mapping_and_then_without_asking(memory_db) -> None:
    actor = await kepala()
    data = office_xlsx(FILE_ROWS)
    with pytest.raises(MappingNeeded) as asked:
        await import_files.plan_import(SKM, actor, data, 'skm.xlsx')
    assert str(asked.value).startswith('Kolom tidak dikenal: No., Tgl Survei, L/P, Umur, U1, U2,')
    choices = {choice.header: choice for choice in asked.value.headers}
    assert [choice.header for choice in asked.value.headers] == OFFICE_HEADER
    assert {h: c.field for h, c in choices.items() if not c.labelled} == SUGGESTED
    assert importer.labelled_columns(asked.value.headers) == \
        {'Layanan': 'layanan', 'Pendidikan': 'pendidikan', 'Pekerjaan': 'pekerjaan'}
    assert choices['L/P'].samples == ['L', 'P'] and choices['Tgl Survei'].samples == ['01/11/2026', '02/11/2026']
    assert not any(choice.remembered for choice in asked.value.headers)

    plan = await import_files.plan_import(SKM, actor, data, 'skm.xlsx', mapping=SUGGESTED)
    assert plan.ok, [(o.number, o.errors) for o in plan.failing]
    assert plan.mapped == list(SUGGESTED.items())
    assert [name for name, _ in plan.columns] == ['tanggal', 'layanan', 'jenis_kelamin', 'usia', 'pendidikan',
                                                  'pekerjaan', *(f'u{n}' for n in range(1, 10))]
    await importer.remember_mapping(actor, SKM, SUGGESTED)
    await importer.write_import(SKM, actor, plan)
    rows = await SkmResponden.all().order_by('tanggal')
    assert [(r.tanggal, r.jenis_kelamin, r.usia, r.pendidikan, r.pekerjaan) for r in rows] == [
        (date(2026, 11, 1), JenisKelamin.L, 35, PendidikanResponden.SMA, PekerjaanResponden.SWASTA),
        (date(2026, 11, 2), JenisKelamin.P, 52, PendidikanResponden.SMA, PekerjaanResponden.SWASTA)]
    assert [[getattr(r, f'u{n}') for n in range(1, 10)] for r in rows] == [[4, 3, 3, 4, 3, 3, 4, 2, 3],
                                                                           [1, 2, 3, 4, 4, 3, 2, 1, 4]]

    # the next file with the same headers (spelt in another case) is read by the remembered mapping
    remembered = await importer.remembered_mapping(actor, SKM)
    again = office_xlsx([respondent(3, 'P')], [header.upper() for header in OFFICE_HEADER])
    plan = await import_files.plan_import(SKM, actor, again, 'skm-desember.xlsx', mapping=remembered)
    assert plan.ok and plan.count(importer.Status.NEW) == 1
    assert [field for _, field in plan.mapped] == list(SUGGESTED.values())
    # another person has no mapping of their own
    other = await create_account('wati', KEPALA_PELAYANAN)
    assert await importer.remembered_mapping(await kepala(other.username), SKM) == {}


async def test_codes_of_a_choice_are_read_as_the_choices(memory_db) -> None:
    actor = await kepala()
    rows = [respondent(1, 'Laki-laki', pendidikan=1, pekerjaan='PNS'),
            respondent(2, 'perempuan', pendidikan=3, pekerjaan='Wira'),
            respondent(3, 'Laki-laki', pendidikan=7, pekerjaan='Lainnya')]
    plan = await import_files.plan_import(SKM, actor, office_xlsx(rows), 'skm.xlsx', mapping=SUGGESTED)
    assert plan.ok, [(o.number, o.errors) for o in plan.failing]
    assert plan.codes['jenis_kelamin'].pairs() == [('Laki-laki', 'L'), ('perempuan', 'P')]
    assert plan.codes['pendidikan'].pairs() == [('1', 'SD'), ('3', 'SMA'), ('7', 'S3')]   # the Nth choice
    assert plan.codes['pekerjaan'].pairs() == [('Wira', 'Wirausaha')]
    assert not {f'u{n}' for n in range(1, 10)} & plan.codes.keys()       # answers 1–4 are numbers already
    await importer.write_import(SKM, actor, plan)
    stored = [(r.jenis_kelamin, r.pendidikan, r.pekerjaan) for r in await SkmResponden.all().order_by('tanggal')]
    assert stored == [(JenisKelamin.L, PendidikanResponden.SD, PekerjaanResponden.PNS),
                      (JenisKelamin.P, PendidikanResponden.SMA, PekerjaanResponden.WIRAUSAHA),
                      (JenisKelamin.L, PendidikanResponden.S3, PekerjaanResponden.LAINNYA)]
    # a code that fits two choices, or a number beyond the choices, is left to the field's own message
    rows = [respondent(1, pendidikan='S'), respondent(2, pendidikan=9)]
    plan = await import_files.plan_import(SKM, actor, office_xlsx(rows), 'skm.xlsx', mapping=SUGGESTED)
    assert 'pendidikan' not in plan.codes
    assert [o.errors.get('pendidikan', '')[:16] for o in plan.rows] == ['Pilih salah satu'] * 2


async def test_a_skipped_header_is_not_read_and_a_wrong_mapping_is_refused(memory_db) -> None:
    actor = await kepala()
    header = [*OFFICE_HEADER, 'Catatan Petugas']
    data = office_xlsx([[*respondent(1), 'ramah sekali']], header)
    skipped = SUGGESTED | {'Catatan Petugas': None}
    plan = await import_files.plan_import(SKM, actor, data, 'skm.xlsx', mapping=skipped)
    assert plan.ok and 'saran' not in [name for name, _ in plan.columns]
    await importer.write_import(SKM, actor, plan)
    assert (await SkmResponden.get()).saran is None
    into_saran = SUGGESTED | {'Catatan Petugas': 'saran'}
    plan = await import_files.plan_import(SKM, actor, data, 'skm.xlsx', mapping=into_saran)
    assert plan.rows[0].row.saran == 'ramah sekali'

    twice = skipped | {'Umur': 'tanggal'}
    message = ('Kolom "Tgl Survei", "Umur" dipetakan ke kolom yang sama (Tanggal Survei). Satu kolom tabel '
               'hanya dapat diisi dari satu kolom berkas: pilih kolom lain, atau lewati salah satunya.')
    assert importer.check_mapping(SKM, twice) == message
    with pytest.raises(MappingNeeded, match='dipetakan ke kolom yang sama'):
        await import_files.plan_import(SKM, actor, data, 'skm.xlsx', mapping=twice)
    onto_a_label = SUGGESTED | {'L/P': 'pekerjaan'}   # 'Pekerjaan' is that field's own header
    assert importer.check_mapping(SKM, onto_a_label, {'Pekerjaan': 'pekerjaan'}).startswith(
        'Kolom "Pekerjaan", "L/P" dipetakan ke kolom yang sama (Pekerjaan).')
    assert importer.check_mapping(SKM, SUGGESTED | {'Umur': 'id'}) == \
        'Kolom "Umur" dipetakan ke kolom yang tidak dapat diimpor.'
    # a required field left out by the mapping is named
    with pytest.raises(ImportFileError, match='^Kolom wajib tidak ada: Tanggal Survei.'):
        await import_files.plan_import(SKM, actor, data, 'skm.xlsx', mapping=skipped | {'Tgl Survei': None})


async def test_a_file_with_no_header_like_any_field_is_still_refused(memory_db) -> None:
    with pytest.raises(ImportFileError) as refused:
        await import_files.plan_import(SKM, await kepala(), office_xlsx([[1, 2, 3]], ['Apa', 'Ini', 'Itu']), 'x.xlsx')
    assert str(refused.value).startswith('Baris judul kolom tidak ditemukan. Kolom yang dikenal: Tanggal Survei,')
    assert not isinstance(refused.value, MappingNeeded)


# ---- the dialog --------------------------------------------------------------------------------

def mapping_selects(user: User) -> dict[str, Any]:
    """The mapping step's selects by the header they map (none when the step is not shown)."""
    try:
        with user:
            return {select.props['label']: select for select in user.find(marker='impor-peta').elements}
    except AssertionError:
        return {}


async def open_skm_dialog(user: User) -> None:
    user.find(marker='impor').click()
    await user.should_see('Impor Excel · Responden SKM')


async def test_the_dialog_asks_for_the_mapping_once_then_remembers_it(user: User) -> None:
    await create_account('wati', KEPALA_PELAYANAN)
    await log_in_as(user, 'wati', next_path='/tabel/skm_responden')
    await open_skm_dialog(user)
    data = office_xlsx(FILE_ROWS)
    await upload(user, data, 'skm.xlsx', expect='impor-pesan')
    assert text_of(user, 'impor-pesan').startswith('Kolom tidak dikenal: No., Tgl Survei, L/P, Umur, U1,')
    await user.should_see('Sudah cocok: Layanan, Pendidikan, Pekerjaan.')
    selects = mapping_selects(user)
    assert {header: select.value or None for header, select in selects.items()} == SUGGESTED
    assert selects['L/P'].options['jenis_kelamin'] == 'Jenis Kelamin'
    assert not element(user, 'impor-simpan').enabled

    selects['Umur'].value = 'tanggal'                               # two headers to one field: refused
    async with handled():
        user.find(marker='impor-petakan').click()
    assert text_of(user, 'impor-pesan').startswith('Kolom "Tgl Survei", "Umur" dipetakan ke kolom yang sama')
    assert not element(user, 'impor-simpan').enabled and text_of(user, 'impor-ringkasan') == ''

    selects['Umur'].value = 'usia'
    async with handled():
        user.find(marker='impor-petakan').click()
    await until(lambda: text_of(user, 'impor-ringkasan'), equals='skm.xlsx: 2 baris baru.')
    assert text_of(user, 'impor-pemetaan') == (
        'Pemetaan kolom: No. → (dilewati); Tgl Survei → Tanggal Survei; L/P → Jenis Kelamin; '
        'Umur → Usia (tahun); '
        + '; '.join(f'U{n} → {SKM.label_of(f"u{n}")}' for n in range(1, 10)) + '.')
    assert text_of(user, 'impor-pesan') == ''
    shown = element(user, 'impor-pratinjau').rows
    assert [(r['tanggal'], r['jenis_kelamin'], r['usia'], r['u1']) for r in shown] == \
        [('01/11/2026', 'L', '35', '4'), ('02/11/2026', 'P', '52', '1')]
    await press_import(user)
    assert user.notify.contains('Impor Responden SKM: 2 baris ditambahkan.')
    assert sorted((r.jenis_kelamin, r.usia) for r in await SkmResponden.all()) == [(JenisKelamin.L, 35),
                                                                                  (JenisKelamin.P, 52)]

    # the second file with the same headers: no mapping step, the preview says which mapping it used
    await open_skm_dialog(user)
    await upload(user, office_xlsx([respondent(5, 'Perempuan', pendidikan='S1')]), 'skm-2.xlsx')
    assert text_of(user, 'impor-ringkasan') == 'skm-2.xlsx: 1 baris baru.'
    assert text_of(user, 'impor-pemetaan').startswith(
        'Pemetaan kolom tersimpan dari impor sebelumnya: No. → (dilewati); Tgl Survei → Tanggal Survei;')
    assert text_of(user, 'impor-kode') == 'Kode dibaca sebagai pilihan: Jenis Kelamin: Perempuan → P.'
    assert element(user, 'impor-pratinjau').rows[0]['jenis_kelamin'] == 'P'
    assert mapping_selects(user) == {}
    assert element(user, 'impor-simpan').enabled

    # 'Ubah pemetaan' shows the step again on the remembered mapping; skipping a required column is
    # refused with the step still there, as chosen
    async with handled():
        user.find(marker='impor-ubah-pemetaan').click()
    selects = mapping_selects(user)
    assert selects['Umur'].value == 'usia' and selects['No.'].value == ''
    assert not element(user, 'impor-simpan').enabled
    selects['Umur'].value = ''
    async with handled():
        user.find(marker='impor-petakan').click()
    assert text_of(user, 'impor-pesan').startswith('Kolom wajib tidak ada: Usia (tahun).')
    selects = mapping_selects(user)
    assert selects['Umur'].value == ''
    assert not element(user, 'impor-simpan').enabled
    selects['Umur'].value = 'usia'
    async with handled():
        user.find(marker='impor-petakan').click()
    await until(lambda: text_of(user, 'impor-ringkasan'), equals='skm-2.xlsx: 1 baris baru.')
    assert text_of(user, 'impor-pemetaan').startswith('Pemetaan kolom: No. → (dilewati); Tgl Survei → ')
    await press_import(user)
    assert await SkmResponden.filter(jenis_kelamin=JenisKelamin.P, pendidikan=PendidikanResponden.S1).count() == 1
