"""Columns the administrator adds (issue #19, core/structure.py): a real column of each kind added to
surat masuk, filled through the one write path with its Indonesian parsing and messages, filtered
and sorted on the compiled listing path, exported and read back with openpyxl, imported by its
heading, kept in the row history; renamed, hidden, retired and brought back with its data intact;
the refusals; a second process that picks the column up through VersiStruktur; and an upgrade
through every migration that keeps it. Runs on the lane's database: SQLite, or PostgreSQL when
DATABASE_URL names one (tests/conftest.py)."""
from __future__ import annotations

import io
from datetime import date, datetime, timezone
from decimal import Decimal

import openpyxl
import pytest
from tortoise import connections

from core import records, structure
from core.access import RAHASIA_RIGHT, Action, Actor, RoleKind
from core.listing import ListQuery, driver, fetch_page
from core.structure import StructureError
from exports import import_files, table_export
from locales import t
from models.audit import AuditEntry
from models.persuratan import SuratMasuk
from models.reference import Desa, Instansi
from models.structure import JenisKolom, KolomTambahan, VersiStruktur
from models.table import TABLES
from pages.history import history_rows
from tests.rules_lane import JARIT, JUGOSARI, actor, lane_db  # noqa: F401

SURAT = TABLES['surat_masuk']
EVERYTHING = frozenset((name, action) for name in TABLES for action in Action) | {RAHASIA_RIGHT}
BUILT_IN = ('tahun', 'no_agenda', 'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat', 'perihal')


async def admin():
    return await actor('Administrator', 'admin2')


async def kepala() -> Actor:
    user = await actor('Kepala Subbag Umum dan Kepegawaian', 'sari')
    return Actor(user.username, user.role, RoleKind.KEPALA, EVERYTHING, user_id=user.user_id)


def surat(no: int, **extra) -> dict:
    return {'no_agenda': str(no), 'tanggal_diterima': '05/11/2026', 'nomor_surat': f'005/{no}/2026',
            'tanggal_surat': '03/11/2026', 'asal_surat': 'Bappeda', 'perihal': f'Surat {no}', **extra}


async def every_kind(who) -> dict[JenisKolom, KolomTambahan]:
    made = {}
    for jenis, label, options in (
            (JenisKolom.TEKS, 'Catatan Agenda', {}),
            (JenisKolom.TEKS_PANJANG, 'Uraian Tindak Lanjut', {}),
            (JenisKolom.BILANGAN, 'Jumlah Halaman', {'dicari': True}),
            (JenisKolom.UANG, 'Nilai Anggaran', {}),
            (JenisKolom.TANGGAL, 'Tanggal Rapat', {}),
            (JenisKolom.YA_TIDAK, 'Perlu Balasan', {}),
            (JenisKolom.PILIHAN, 'Prioritas', {'pilihan': 'Tinggi\nSedang\nRendah'})):
        made[jenis] = await structure.add_column(who, 'surat_masuk', label, jenis, **options)
    return made


async def test_the_feature_is_inert_without_admin_columns(lane_db) -> None:
    assert await structure.load_structure() == 0
    assert not [name for name in SURAT.fields_map if name.startswith('x_')]
    assert await structure.sync_structure() is False


async def test_a_column_of_each_kind_is_filled_filtered_sorted_exported_imported_and_logged(lane_db) -> None:
    cols = await every_kind(await admin())
    names = {jenis: kolom.nama for jenis, kolom in cols.items()}
    assert names[JenisKolom.BILANGAN] == 'x_jumlah_halaman'
    assert SURAT.columns[-7:] == tuple(names.values()) and SURAT.columns[:len(SURAT.columns) - 7]
    who = await kepala()
    values = {names[JenisKolom.TEKS]: 'cek ulang', names[JenisKolom.TEKS_PANJANG]: 'baris satu\nbaris dua',
              names[JenisKolom.BILANGAN]: '3', names[JenisKolom.UANG]: 'Rp 1.250.000,50',
              names[JenisKolom.TANGGAL]: '07/11/2026', names[JenisKolom.YA_TIDAK]: 'ya',
              names[JenisKolom.PILIHAN]: 'Tinggi'}
    first = await records.save(SURAT, who, surat(1, **values))
    assert first.ok, first.errors
    second = await records.save(SURAT, who, surat(2, **{names[JenisKolom.BILANGAN]: '12',
                                                           names[JenisKolom.PILIHAN]: 'rendah'}))
    assert second.ok, second.errors
    row = await SuratMasuk.get(id=first.row.id)
    assert getattr(row, names[JenisKolom.UANG]) == Decimal('1250000.50')
    assert getattr(row, names[JenisKolom.TANGGAL]) == date(2026, 11, 7)
    assert getattr(row, names[JenisKolom.YA_TIDAK]) is True
    assert getattr(row, names[JenisKolom.PILIHAN]).value == 'Tinggi'
    assert getattr(row, names[JenisKolom.TEKS_PANJANG]) == 'baris satu\nbaris dua'

    # bad input: the registry's Indonesian message beside the field, nothing saved
    bad = await records.save(SURAT, who, surat(3, **{names[JenisKolom.UANG]: 'seribu',
                                                        names[JenisKolom.TANGGAL]: '31/02/2026',
                                                        names[JenisKolom.PILIHAN]: 'Mendesak',
                                                        names[JenisKolom.YA_TIDAK]: 'mungkin'}))
    assert set(bad.errors) == {names[JenisKolom.UANG], names[JenisKolom.TANGGAL], names[JenisKolom.PILIHAN],
                               names[JenisKolom.YA_TIDAK]}, bad.errors
    assert 'Tinggi, Sedang, Rendah' in bad.errors[names[JenisKolom.PILIHAN]]
    negative = await records.save(SURAT, who, surat(3, **{names[JenisKolom.UANG]: '-5'}))
    assert 'negatif' in negative.errors[names[JenisKolom.UANG]]
    assert await SuratMasuk.all().count() == 2

    # filter and sort on the compiled path (the page's SQL kept per shape)
    driver._compiled_texts.clear()
    jumlah = names[JenisKolom.BILANGAN]
    page = await fetch_page(SURAT, who, ListQuery(filters={jumlah: (Decimal(5), None)}))
    assert [r['perihal'] for r in page.rows] == ['Surat 2']
    page = await fetch_page(SURAT, who, ListQuery(filters={names[JenisKolom.PILIHAN]: ['Tinggi']}))
    assert [r['perihal'] for r in page.rows] == ['Surat 1']
    for descending, expected in ((True, ['Surat 2', 'Surat 1']), (False, ['Surat 1', 'Surat 2'])):
        page = await fetch_page(SURAT, who, ListQuery(sort=((jumlah, descending),)))
        assert [r['perihal'] for r in page.rows] == expected
    assert any(shape[1] == 'surat_masuk' and sql and jumlah in sql for shape, sql in driver._compiled_texts.items()), \
        list(driver._compiled_texts.items())
    assert page.rows[0][jumlah] == '3,00'

    # export: the column under its label, typed
    made, count = await table_export.export_table(SURAT, who, ListQuery(sort=(('no_agenda', False),)))
    sheet = openpyxl.load_workbook(made.path).active
    cells = [[cell.value for cell in line] for line in sheet.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if 'Jumlah Halaman' in line)
    column = cells[header_at].index('Jumlah Halaman')
    assert count == 2 and [cells[header_at + 1][column], cells[header_at + 2][column]] == [3, 12]
    assert cells[header_at + 1][cells[header_at].index('Nilai Anggaran')] in (Decimal('1250000.50'), 1250000.5)

    # import by its heading
    book = openpyxl.Workbook()
    book.active.append(['No. Agenda', 'Tanggal Diterima', 'Nomor Surat', 'Tanggal Surat', 'Asal Surat', 'Perihal',
                        'Jumlah Halaman', 'Prioritas'])
    book.active.append([7, '05/11/2026', '005/7/2026', '03/11/2026', 'Dinkes', 'Surat 7', '4', 'Sedang'])
    book.active.append([8, '05/11/2026', '005/8/2026', '03/11/2026', 'Dinkes', 'Surat 8', 'empat', 'Sedang'])
    buffer = io.BytesIO()
    book.save(buffer)
    plan = await import_files.plan_import(SURAT, who, buffer.getvalue(), 'surat.xlsx')
    assert (jumlah, 'Jumlah Halaman') in plan.columns
    assert [o.number for o in plan.failing] == [3] and jumlah in plan.failing[0].errors

    # the row history names the column by its label
    edit = await records.save(SURAT, who, {jumlah: '4'}, row_id=first.row.id)
    assert edit.ok, edit.errors
    changes = ' '.join(line for entry in await history_rows(SURAT, first.row.id) for line in entry.values()
                       if isinstance(line, str))
    assert 'Jumlah Halaman' in changes and '4,00' in changes


async def test_required_and_default(lane_db) -> None:
    who = await admin()
    wajib = await structure.add_column(who, 'surat_masuk', 'Kode Unit', 'teks', wajib=True)
    await structure.add_column(who, 'surat_masuk', 'Jumlah Map', 'bilangan', bawaan='1')
    kepala_ = await kepala()
    empty = await records.save(SURAT, kepala_, surat(1))
    assert empty.errors == {wajib.nama: t('rekaman.wajib')}, empty.errors
    filled = await records.save(SURAT, kepala_, surat(1, x_kode_unit='U-1'))
    assert filled.ok, filled.errors
    assert (await SuratMasuk.get(id=filled.row.id)).x_jumlah_map == Decimal(1)
    with pytest.raises(StructureError) as refused:
        await structure.add_column(who, 'surat_masuk', 'Tanggal Cek', 'tanggal', bawaan='kemarin lusa')
    assert refused.value.field == 'bawaan'


async def test_rename_hide_retire_and_bring_back_keep_the_data(lane_db) -> None:
    who, kepala_ = await admin(), await kepala()
    kolom = await structure.add_column(who, 'surat_masuk', 'Jumlah Halaman', 'bilangan')
    saved = await records.save(SURAT, kepala_, surat(1, x_jumlah_halaman='5'))
    assert saved.ok, saved.errors

    await structure.rename_column(who, kolom.id, 'Banyak Halaman')
    assert SURAT.label_of('x_jumlah_halaman') == 'Banyak Halaman'
    await structure.hide_column(who, kolom.id)
    assert 'x_jumlah_halaman' not in SURAT.columns and 'x_jumlah_halaman' in SURAT.form
    await structure.show_column(who, kolom.id)
    assert 'x_jumlah_halaman' in SURAT.columns

    await structure.retire_column(who, kolom.id)
    assert 'x_jumlah_halaman' not in SURAT.fields_map and 'x_jumlah_halaman' not in SURAT.form
    edited = await records.save(SURAT, kepala_, {'perihal': 'Diubah saat pensiun'}, row_id=saved.row.id)
    assert edited.ok, edited.errors
    another = await records.save(SURAT, kepala_, surat(2))
    assert another.ok, another.errors
    _, rows = await connections.get('default').execute_query(
        'SELECT "x_jumlah_halaman" FROM "surat_masuk" ORDER BY "id"')
    assert [Decimal(str(r[0])) if r[0] is not None else None for r in rows] == [Decimal(5), None]

    await structure.bring_back(who, kolom.id)
    row = await SuratMasuk.get(id=saved.row.id)
    assert row.x_jumlah_halaman == Decimal(5) and row.perihal == 'Diubah saat pensiun'
    notes = [e.keterangan for e in await structure.structure_history()]
    assert len(notes) == 6 and 'dikembalikan' in notes[0] and 'ditambahkan' in notes[-1]
    assert await AuditEntry.filter(tabel='kolom_tambahan', baris_id=kolom.id).count() == 6


async def test_refusals(lane_db) -> None:
    who = await admin()
    kolom = await structure.add_column(who, 'surat_masuk', 'Jumlah Halaman', 'bilangan')
    cases = [
        (('surat_masuk', 'jumlah halaman', 'teks'), 'label', 'sudah mempunyai kolom berlabel'),
        (('surat_masuk', 'Perihal', 'teks'), 'label', 'sudah mempunyai kolom berlabel'),   # a built-in label
        (('surat_masuk', 'Jumlah Lampiran', 'bilangan'), 'label', 'sudah mempunyai kolom berlabel'),
        (('surat_masuk', 'Keadaan', 'teks'), 'label', 'nama khusus'),
        (('surat_masuk', 'Cari', 'teks'), 'label', 'nama khusus'),
        (('surat_masuk', 'Select', 'teks'), 'label', 'nama khusus'),
        (('surat_masuk', 'Tahun', 'teks'), 'label', 'sudah mempunyai'),
        (('surat_masuk', 'Sifat Rapat', 'pilihan'), 'pilihan', '1 sampai 100'),
        (('surat_masuk', '   ', 'teks'), 'label', 'wajib diisi'),
    ]
    for args, field, message in cases:
        with pytest.raises(StructureError) as refused:
            await structure.add_column(who, *args)
        assert refused.value.field == field and message in refused.value.message, (args, refused.value.message)
    with pytest.raises(StructureError) as refused:
        await structure.add_column(who, 'surat_masuk', 'Ganda', 'pilihan', pilihan=['A', 'a'])
    assert 'berbeda' in refused.value.message
    with pytest.raises(StructureError) as refused:
        await structure.change_type(who, kolom.id, 'bilangan')
    assert refused.value.field == 'jenis' and 'berbeda' in refused.value.message
    with pytest.raises(StructureError) as refused:
        await structure.change_type(who, kolom.id, 'pilihan', pilihan='')
    assert refused.value.field == 'pilihan'
    with pytest.raises(StructureError) as refused:
        await structure.add_column(await kepala(), 'surat_masuk', 'Lain', 'teks')
    assert 'Hanya Administrator' in refused.value.message
    assert await KolomTambahan.all().count() == 1


async def test_a_type_change_is_refused_while_a_value_would_be_lost_then_converts_and_keeps_the_old_column(
        lane_db) -> None:
    """Teks -> bilangan: the preview lists each stored value (the trash's rows too) and what it becomes;
    "sebelas" cannot be read, so the change is refused beside Jenis and nothing moves. Once the row is
    fixed the values move into a new column the label now names, which sorts as numbers; the old
    text column is retired with its values and comes back as it was."""
    who, kepala_ = await admin(), await kepala()
    kolom = await structure.add_column(who, 'surat_masuk', 'Jumlah Halaman', 'teks', dicari=True)
    ids = {}
    for no, halaman in ((1, '12'), (2, '9'), (3, 'sebelas'), (4, '9'), (5, '')):
        saved = await records.save(SURAT, kepala_, surat(no, x_jumlah_halaman=halaman))
        assert saved.ok, saved.errors
        ids[no] = saved.row.id
    assert (await records.delete(SURAT, kepala_, ids[4])).ok   # in the trash: converted too

    preview = await structure.conversion_preview(who, kolom.id, 'bilangan')
    assert sorted(preview.kept) == [('12', '12,00', 1), ('9', '9,00', 2)]
    assert [(shown, rows) for shown, _, rows in preview.lost] == [('sebelas', 1)]
    assert (preview.rows_kept, preview.rows_lost) == (3, 1)
    with pytest.raises(StructureError) as refused:
        await structure.change_type(who, kolom.id, 'bilangan')
    assert refused.value.field == 'jenis' and '1 baris' in refused.value.message and 'sebelas' in refused.value.message
    assert SURAT.field('x_jumlah_halaman').__class__.__name__ == 'CharField'
    assert await KolomTambahan.all().count() == 1

    assert (await records.save(SURAT, kepala_, {'x_jumlah_halaman': '11'}, row_id=ids[3])).ok
    changed = await structure.change_type(who, kolom.id, 'bilangan')
    assert (changed.nama, changed.label, JenisKolom(changed.jenis)) == ('x_jumlah_halaman_2', 'Jumlah Halaman',
                                                                         JenisKolom.BILANGAN)
    assert 'x_jumlah_halaman' not in SURAT.fields_map and 'x_jumlah_halaman_2' in SURAT.columns
    page = await fetch_page(SURAT, kepala_, ListQuery(sort=(('x_jumlah_halaman_2', True),)))
    assert [(r['perihal'], r['x_jumlah_halaman_2']) for r in page.rows if r['x_jumlah_halaman_2']] == [
        ('Surat 1', '12,00'), ('Surat 3', '11,00'), ('Surat 2', '9,00')]   # as numbers; where NULL sorts is the database's
    _, rows = await connections.get('default').execute_query(
        'SELECT "id", "x_jumlah_halaman", "x_jumlah_halaman_2" FROM "surat_masuk" ORDER BY "id"')
    assert [(r[1], None if r[2] is None else Decimal(str(r[2]))) for r in rows] == [
        ('12', Decimal(12)), ('9', Decimal(9)), ('11', Decimal(11)), ('9', Decimal(9)), (None, None)]

    old = await KolomTambahan.get(nama='x_jumlah_halaman')
    assert old.pensiun_pada is not None and old.label.startswith('Jumlah Halaman (Teks, sebelum ')
    note = (await structure.structure_history())[0].keterangan
    assert 'diubah dari Teks menjadi Bilangan' in note and '4 baris' in note
    await structure.bring_back(who, old.id)
    row = await SuratMasuk.get(id=ids[1])
    assert (row.x_jumlah_halaman, row.x_jumlah_halaman_2) == ('12', Decimal(12))

    # back to pilihan: the choices are the new type's, a value outside them is named
    preview = await structure.conversion_preview(who, changed.id, 'pilihan', pilihan='9,00\n12,00')
    assert [shown for shown, _, _ in preview.lost] == ['11,00']
    assert preview.lost[0][1] == t('formulir.galat.pilih_salah_satu', pilihan='9,00, 12,00')


async def test_a_desa_column_and_a_reference_column_are_foreign_keys_that_filter_export_and_retire(lane_db) -> None:
    """A *desa* column and a column pointing at Instansi are real foreign keys (`<nama>_id`): a row
    names its desa by id as the form's select sends it, the grid shows the desa's name, filters by
    it, the export writes the name, an id that names no row is refused beside the field, and
    retiring keeps the ids. A type change is not offered for them."""
    who, kepala_ = await admin(), await kepala()
    with pytest.raises(StructureError) as refused:
        await structure.add_column(who, 'surat_masuk', 'Instansi Tujuan', 'referensi', referensi='tidak_ada')
    assert refused.value.field == 'referensi'
    desa = await structure.add_column(who, 'surat_masuk', 'Desa Asal', 'desa', bantuan='Desa pengirim surat')
    instansi = await structure.add_column(who, 'surat_masuk', 'Instansi Tujuan', 'referensi', referensi='instansi')
    assert (desa.nama, instansi.referensi) == ('x_desa_asal', 'instansi')
    assert SURAT.is_fk('x_desa_asal') and SURAT.is_fk('x_instansi_tujuan') and 'x_desa_asal' in SURAT.filters
    assert SURAT.hints['x_desa_asal'] == 'Desa pengirim surat'

    jugosari, jarit = await Desa.get(kode=JUGOSARI), await Desa.get(kode=JARIT)
    bappeda = await Instansi.get(nama='Bappeda')
    made = []
    for no, place in ((1, jugosari), (2, jarit), (3, jugosari)):
        saved = await records.save(SURAT, kepala_, surat(no, x_desa_asal=str(place.id), x_instansi_tujuan=bappeda.id))
        assert saved.ok, saved.errors
        made.append(saved.row.id)
    bad = await records.save(SURAT, kepala_, surat(4, x_desa_asal='999999'))
    assert 'x_desa_asal' in bad.errors, bad.errors
    row = await SuratMasuk.get(id=made[0]).prefetch_related('x_desa_asal')
    assert row.x_desa_asal_id == jugosari.id and row.x_desa_asal.nama == jugosari.nama

    page = await fetch_page(SURAT, kepala_, ListQuery(filters={'x_desa_asal': [jugosari.id]},
                                                       sort=(('no_agenda', False),)))
    assert [r['perihal'] for r in page.rows] == ['Surat 1', 'Surat 3']
    assert page.rows[0]['x_desa_asal'] == jugosari.nama and page.rows[0]['x_instansi_tujuan'] == 'Bappeda'

    book, count = await table_export.export_table(SURAT, kepala_, ListQuery(sort=(('no_agenda', False),)))
    cells = [[cell.value for cell in line] for line in openpyxl.load_workbook(book.path).active.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if 'Desa Asal' in line)
    column = cells[header_at].index('Desa Asal')
    assert count == 3 and [cells[header_at + n][column] for n in (1, 2, 3)] == [jugosari.nama, jarit.nama, jugosari.nama]

    with pytest.raises(StructureError) as refused:
        await structure.change_type(who, desa.id, 'teks')
    assert refused.value.field == 'jenis'
    await structure.retire_column(who, desa.id)
    assert 'x_desa_asal' not in SURAT.fields_map and 'x_desa_asal_id' not in SURAT.fields_map
    assert not isinstance(SuratMasuk.__dict__.get('x_desa_asal'), property)
    edited = await records.save(SURAT, kepala_, {'perihal': 'Diubah'}, row_id=made[1])
    assert edited.ok, edited.errors
    await structure.bring_back(who, desa.id)
    assert (await SuratMasuk.get(id=made[1])).x_desa_asal_id == jarit.id


async def test_a_pilihan_column_gains_and_rewords_choices_but_keeps_those_in_use(lane_db) -> None:
    who, kepala_ = await admin(), await kepala()
    kolom = await structure.add_column(who, 'surat_masuk', 'Prioritas', 'pilihan', pilihan='Tinggi\nRendah')
    assert (await records.save(SURAT, kepala_, surat(1, x_prioritas='Tinggi'))).ok
    with pytest.raises(StructureError) as refused:
        await structure.rename_column(who, kolom.id, 'Prioritas', pilihan='Segera\nRendah')
    assert refused.value.field == 'pilihan' and '"Tinggi" masih dipakai 1 baris' in refused.value.message
    assert (await KolomTambahan.get(id=kolom.id)).pilihan == ['Tinggi', 'Rendah']
    await structure.rename_column(who, kolom.id, 'Prioritas', pilihan='Tinggi\nSedang\nRendah')
    assert [m.value for m in SURAT.field('x_prioritas').enum_type] == ['Tinggi', 'Sedang', 'Rendah']
    assert (await records.save(SURAT, kepala_, surat(2, x_prioritas='sedang'))).ok
    assert 'pilihan kolom "Prioritas" diubah' in (await structure.structure_history())[0].keterangan
    with pytest.raises(StructureError) as refused:
        await structure.rename_column(who, (await structure.add_column(who, 'surat_masuk', 'Catatan', 'teks')).id,
                                      'Catatan', pilihan='A')
    assert refused.value.field == 'pilihan'


async def test_columns_move_up_and_down_and_the_form_and_export_follow(lane_db) -> None:
    who = await admin()
    made = [await structure.add_column(who, 'surat_masuk', label, 'teks') for label in ('Satu', 'Dua', 'Tiga')]
    await structure.move_column(who, made[2].id, -1)
    assert SURAT.form[-3:] == ('x_satu', 'x_tiga', 'x_dua') and SURAT.columns[-3:] == ('x_satu', 'x_tiga', 'x_dua')
    await structure.move_column(who, made[0].id, -1)              # already first: nothing moves
    await structure.move_column(who, made[0].id, 1)
    assert [k.nama for k in await structure.columns_of('surat_masuk')] == ['x_tiga', 'x_satu', 'x_dua']
    assert SURAT.form[-3:] == ('x_tiga', 'x_satu', 'x_dua')
    structure.forget()
    await structure.load_structure()                               # another process reads the same order
    assert SURAT.form[-3:] == ('x_tiga', 'x_satu', 'x_dua')
    assert 'dipindah ke urutan 2' in (await structure.structure_history())[0].keterangan


async def test_a_searched_column_of_surat_masuk_is_found_beside_its_full_text_index(lane_db) -> None:
    """Surat masuk searches its own fields through an FTS5 index on SQLite (migration 5), which an
    added column is not in: each word is then looked for in the index or in the added column, so a
    word of the column alone finds its row, and two words split between the two find it too."""
    who, kepala_ = await admin(), await kepala()
    await structure.add_column(who, 'surat_masuk', 'Catatan Agenda', 'teks', dicari=True)
    await structure.add_column(who, 'surat_masuk', 'Kode Lama', 'teks')                    # not searched
    for no, catatan in ((1, 'arsip gudang timur'), (2, 'dikembalikan ke pengirim'), (3, None)):
        saved = await records.save(SURAT, kepala_, surat(no, x_catatan_agenda=catatan, x_kode_lama=f'KL-{no}ZQ'))
        assert saved.ok, saved.errors
    for text, expected in (('gudang', ['Surat 1']), ('pengirim', ['Surat 2']), ('Surat 2 dikembalikan', ['Surat 2']),
                           ('gudang pengirim', []), ('Surat', ['Surat 1', 'Surat 2', 'Surat 3']), ('KL-1ZQ', [])):
        page = await fetch_page(SURAT, kepala_, ListQuery(search=text, sort=(('no_agenda', False),)))
        assert [r['perihal'] for r in page.rows] == expected, (text, [r['perihal'] for r in page.rows])
    if connections.get('default').capabilities.dialect == 'sqlite':
        from core.listing.search import detect_fts
        assert await detect_fts(SURAT) == 'surat_masuk_fts'      # the index still serves the built-in fields


async def test_the_201st_column_is_refused(lane_db, monkeypatch) -> None:
    who = await admin()
    rows = [KolomTambahan(tabel='surat_masuk', nama=f'x_lama_{n}', label=f'Lama {n}', jenis=JenisKolom.TEKS,
                          dibuat_oleh='admin', pensiun_pada=datetime(2026, 1, 1, tzinfo=timezone.utc)) for n in range(structure.MAX_COLUMNS)]
    await KolomTambahan.bulk_create(rows)   # retired descriptions count: their database columns remain
    with pytest.raises(StructureError) as refused:
        await structure.add_column(who, 'surat_masuk', 'Satu Lagi', 'teks')
    assert '200 kolom tambahan' in refused.value.message


async def test_another_process_picks_up_a_column_through_the_version(lane_db) -> None:
    kolom = await structure.add_column(await admin(), 'surat_masuk', 'Jumlah Halaman', 'bilangan')
    version = (await VersiStruktur.get(id=1)).versi
    structure.forget()                      # a process started before the column was added
    assert 'x_jumlah_halaman' not in SURAT.fields_map
    structure._loaded_version = version - 1   # it had loaded the structure before the change
    assert await structure.sync_structure() is True
    assert 'x_jumlah_halaman' in SURAT.columns and SURAT.label_of(kolom.nama) == 'Jumlah Halaman'
    assert await structure.sync_structure() is False
    saved = await records.save(SURAT, await kepala(), surat(1, x_jumlah_halaman='2'))
    assert saved.ok and (await SuratMasuk.get(id=saved.row.id)).x_jumlah_halaman == Decimal(2)


def test_every_migration_keeps_an_added_column_and_its_values(tmp_path) -> None:
    """A database holding an added column of surat masuk from the first migration on (as an
    administrator's ALTER TABLE would make it) is taken through every later migration, one at a
    time: the column and its values must survive each, hand-written SQLite table rebuilds included."""
    import asyncio

    from core.config import load_settings
    from tests.test_migrations_keep_data import MIGRATIONS, Postgres, Sqlite, fill, migrate_to
    url = load_settings().database_url
    asyncio.run(migrate_to(url, MIGRATIONS[:1], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    try:
        fill(db, db.tables())
        kolom = KolomTambahan(nama='x_catatan', label='Catatan', jenis=JenisKolom.TEKS)
        for step in ('ALTER TABLE "surat_masuk" ADD COLUMN "x_catatan" '
                     f'{structure.column_type(structure.field_for(kolom), "sqlite" if isinstance(db, Sqlite) else "postgres")}',
                     'UPDATE "surat_masuk" SET "x_catatan" = \'catatan \' || "id"'):
            db.run(db.db.execute(step)) if isinstance(db, Postgres) else db.db.execute(step)
        db.commit()
        before = db.select('surat_masuk', ['id', 'x_catatan'])
    finally:
        db.close()
    assert len(before) == 3 and before[0][1] == f'catatan {before[0][0]}'
    for step in range(2, len(MIGRATIONS) + 1):
        asyncio.run(migrate_to(url, MIGRATIONS[:step], tmp_path))
        db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
        try:
            assert 'x_catatan' in [name for name, _, _ in db.columns('surat_masuk')], MIGRATIONS[step - 1].name
            assert db.select('surat_masuk', ['id', 'x_catatan']) == before, MIGRATIONS[step - 1].name
        finally:
            db.close()
