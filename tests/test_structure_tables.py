"""Tables the administrator makes (issue #19; core/structure.create_table, core/structure_tables.py):
"Data Stunting" under U2, kept per desa, with its columns. An Operator Desa fills rows for their
own desa only and sees only those, the Camat sees and exports all of them, a second app process
picks the table up from the database, and bad input is refused with the field named. Runs on the
lane's database: SQLite, or PostgreSQL when DATABASE_URL names one."""
from __future__ import annotations

import openpyxl
import pytest

from core import records, structure
from core.access import AccessDenied, Action
from core.listing import ListQuery, fetch_page
from core.structure import StructureError
from exports import table_export
from models.process_map import PROCESS_BY_CODE
from models.reference import Desa
from models.structure import TabelTambahan
from models.table import TABLES, tables_of
from tests.rules_lane import JARIT, JUGOSARI, actor, lane_db  # noqa: F401


async def data_stunting(admin) -> str:
    spec = await structure.create_table(admin, 'Data Stunting', 'U2', per_desa=True)
    for label, jenis, options in (('Posyandu', 'teks', {'wajib': True}), ('Jumlah Balita', 'bilangan', {'wajib': True}),
                                  ('Balita Stunting', 'bilangan', {}), ('Tanggal Pengukuran', 'tanggal', {})):
        await structure.add_column(admin, spec.name, label, jenis, **options)
    return spec.name


async def test_data_stunting_per_desa_filled_by_each_operator_seen_by_the_camat(lane_db) -> None:
    admin = await actor('Administrator', 'admin2')
    name = await data_stunting(admin)
    spec = TABLES[name]
    assert name == 't_data_stunting' and spec in tables_of('U2') and spec.desa_field == 'desa'
    assert spec.form == ('desa', 'x_posyandu', 'x_jumlah_balita', 'x_balita_stunting', 'x_tanggal_pengukuran')
    assert spec.owner_section == PROCESS_BY_CODE['U2'].owner
    assert spec.row_label == '{x_posyandu}'          # a row reads as its first text column in a select

    jugosari, jarit = await Desa.get(kode=JUGOSARI), await Desa.get(kode=JARIT)
    op_jugosari = await actor('Operator Desa', 'op-jugosari', desa_kode=JUGOSARI)
    op_jarit = await actor('Operator Desa', 'op-jarit', desa_kode=JARIT)
    assert {(name, Action.LIHAT), (name, Action.TAMBAH), (name, Action.UBAH)} <= set(op_jugosari.rights)
    assert (name, Action.EKSPOR) not in op_jugosari.rights

    for who, desa, posyandu, balita in ((op_jugosari, jugosari, 'Melati', '40'), (op_jugosari, jugosari, 'Mawar', '35'),
                                        (op_jarit, jarit, 'Anggrek', '52')):
        saved = await records.save(spec, who, {'desa': str(desa.id), 'x_posyandu': posyandu, 'x_jumlah_balita': balita,
                                               'x_balita_stunting': '3', 'x_tanggal_pengukuran': '02/12/2026'})
        assert saved.ok, saved.errors
    foreign = await records.save(spec, op_jugosari, {'desa': str(jarit.id), 'x_posyandu': 'Kenanga',
                                                      'x_jumlah_balita': '10'})
    assert not foreign.ok and 'desa' in foreign.errors, foreign.errors
    missing = await records.save(spec, op_jarit, {'desa': str(jarit.id), 'x_posyandu': 'Kenanga',
                                                  'x_jumlah_balita': 'empat puluh'})
    assert set(missing.errors) == {'x_jumlah_balita'}, missing.errors

    page = await fetch_page(spec, op_jugosari, ListQuery(sort=(('x_posyandu', False),)))
    assert [(r['x_posyandu'], r['desa']) for r in page.rows] == [('Mawar', jugosari.nama), ('Melati', jugosari.nama)]
    with pytest.raises(AccessDenied):
        await table_export.export_table(spec, op_jugosari, ListQuery())

    camat = await actor('Camat', 'camat2')
    page = await fetch_page(spec, camat, ListQuery(sort=(('x_jumlah_balita', True),)))
    assert [r['x_posyandu'] for r in page.rows] == ['Anggrek', 'Melati', 'Mawar']
    made, count = await table_export.export_table(spec, camat, ListQuery(sort=(('x_jumlah_balita', True),)))
    cells = [[cell.value for cell in line] for line in openpyxl.load_workbook(made.path).active.iter_rows()]
    header_at = next(i for i, line in enumerate(cells) if 'Posyandu' in line)
    assert count == 3 and 'Desa' in cells[header_at] and 'Jumlah Balita' in cells[header_at]
    assert [cells[header_at + n][cells[header_at].index('Posyandu')] for n in (1, 2, 3)] == ['Anggrek', 'Melati', 'Mawar']

    # a reload (another process changed something) keeps the description a page holds, whole
    held = TABLES[name]
    await structure.load_structure()
    assert TABLES[name] is held and held.form[-1] == 'x_tanggal_pengukuran'
    posyandu = next(k for k in structure.attached(name) if k.nama == 'x_posyandu')
    await structure.show_column(admin, posyandu.id)            # a change made here...
    assert await structure.sync_structure() is False          # ...is not reloaded as another process's

    # another app process behind the same database: nothing in memory, everything from the database
    structure.forget()
    assert name not in TABLES
    assert await structure.load_structure() == 4
    page = await fetch_page(TABLES[name], camat, ListQuery())
    assert page.total == 3 and 'x_jumlah_balita' in TABLES[name].columns


async def test_a_table_is_refused_with_the_field_named(lane_db) -> None:
    admin = await actor('Administrator', 'admin2')
    cases = [(('Surat Masuk', 'M1'), 'label', 'Sudah ada tabel'), (('Data Stunting', 'Z9'), 'proses', 'peta proses'),
             (('  ', 'U2'), 'label', 'wajib diisi'), (('Select', 'U2'), 'label', 'tidak dapat dipakai')]
    for (label, proses), field, message in cases:
        with pytest.raises(StructureError) as refused:
            await structure.create_table(admin, label, proses)
        assert refused.value.field == field and message in refused.value.message, (label, refused.value.message)
    with pytest.raises(StructureError) as refused:
        await structure.create_table(await actor('Camat', 'camat2'), 'Data RTLH', 'U2')
    assert 'Hanya Administrator' in refused.value.message
    assert not await TabelTambahan.exists()
    await structure.create_table(admin, 'Data RTLH', 'U2')
    with pytest.raises(StructureError) as refused:
        await structure.create_table(admin, 'data rtlh', 'U3')
    assert refused.value.field == 'label'
    assert 'Tabel "Data RTLH" dibuat' in (await structure.structure_history())[0].keterangan


async def test_archived_is_read_only_on_the_server_and_delete_needs_an_empty_table_and_its_label_typed(lane_db) -> None:
    admin = await actor('Administrator', 'admin2')
    name = await data_stunting(admin)
    spec = TABLES[name]
    jugosari = await Desa.get(kode=JUGOSARI)
    op = await actor('Operator Desa', 'op-jugosari', desa_kode=JUGOSARI)
    row = {'desa': str(jugosari.id), 'x_posyandu': 'Melati', 'x_jumlah_balita': '40'}
    saved = await records.save(spec, op, row)
    assert saved.ok, saved.errors

    await structure.archive_table(admin, name)
    assert spec.archived
    kepala = await actor('Kepala Seksi Pemberdayaan Masyarakat', 'kasi-pmd')
    for attempt in (lambda: records.save(spec, op, row),
                    lambda: records.save(spec, op, {'x_posyandu': 'Mawar'}, row_id=saved.row.id),
                    lambda: records.delete(spec, kepala, saved.row.id)):
        with pytest.raises(AccessDenied) as refused:
            await attempt()
        assert str(refused.value) == 'Tabel Data Stunting diarsipkan: datanya hanya dapat dilihat dan diekspor.'
    assert (await fetch_page(spec, op, ListQuery())).total == 1          # still seen
    structure.forget()
    await structure.load_structure()                                     # another process: archived too
    assert TABLES[name].archived
    await structure.bring_back_table(admin, name)
    assert (await records.save(TABLES[name], op, {'x_posyandu': 'Mawar'}, row_id=saved.row.id)).ok

    with pytest.raises(StructureError) as refused:
        await structure.delete_table(admin, name, 'Data Stunting')
    assert 'masih berisi data' in refused.value.message
    assert (await records.delete(TABLES[name], kepala, saved.row.id)).ok   # to the trash: still a row
    with pytest.raises(StructureError):
        await structure.delete_table(admin, name, 'Data Stunting')
    await TABLES[name].model.filter(id=saved.row.id).delete()              # the trash emptied
    with pytest.raises(StructureError) as refused:
        await structure.delete_table(admin, name, 'Data Stuntin')
    assert refused.value.field == 'konfirmasi'
    await structure.delete_table(admin, name, 'data stunting')
    assert name not in TABLES and not await TabelTambahan.exists()
    assert 'Tabel "Data Stunting" dihapus' in (await structure.structure_history())[0].keterangan
    with pytest.raises(StructureError) as refused:
        await structure.archive_table(admin, 'surat_masuk')
    assert refused.value.field == 'tabel'


def test_every_migration_after_the_tables_of_tables_keeps_an_added_table_and_its_rows(tmp_path) -> None:
    """A database holding a table the administrator made (its CREATE TABLE as core/structure_tables.py
    writes it, with an added column and rows) from the migration that brought `tabel_tambahan` on is
    taken through every later migration, one at a time: the table, its column and its rows survive
    each. (Today that migration is the last; the test holds every migration added after it.)"""
    import asyncio

    from core import structure_tables
    from core.config import load_settings
    from tests.test_migrations_keep_data import MIGRATIONS, Postgres, Sqlite, migrate_to
    url = load_settings().database_url
    first = next(i for i, migration in enumerate(MIGRATIONS, 1) if migration.name.endswith('_tabel_tambahan.py'))
    asyncio.run(migrate_to(url, MIGRATIONS[:first], tmp_path))
    db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
    dialect = 'sqlite' if isinstance(db, Sqlite) else 'postgres'
    model = structure_tables.build_model(TabelTambahan(nama='t_data_rtlh', label='Data RTLH', proses='U2'))
    try:
        steps = [*structure_tables.create_sql(model, dialect, 'desa'),
                 'ALTER TABLE "t_data_rtlh" ADD COLUMN "x_jumlah_rumah" INT',
                 *(f'INSERT INTO "t_data_rtlh" ("version", "created_at", "updated_at", "x_jumlah_rumah") '
                   f"VALUES (1, '2026-12-03 10:00:00', '2026-12-03 10:00:00', {n})" for n in (4, 7)),
                 'INSERT INTO "tabel_tambahan" ("nama", "label", "proses", "per_desa", "dibuat_oleh", "dibuat_pada", '
                 f"\"versi\") VALUES ('t_data_rtlh', 'Data RTLH', 'U2', {'0' if dialect == 'sqlite' else 'false'}, "
                 "'admin', '2026-12-03 10:00:00', 1)"]
        for step in steps:
            db.run(db.db.execute(step)) if isinstance(db, Postgres) else db.db.execute(step)
        db.commit()
        before = db.select('t_data_rtlh', ['id', 'x_jumlah_rumah'])
    finally:
        db.close()
    assert [row[1] for row in before] == [4, 7]
    for step in range(first, len(MIGRATIONS) + 1):
        asyncio.run(migrate_to(url, MIGRATIONS[:step], tmp_path))
        db = Sqlite(url) if url.startswith('sqlite') else Postgres(url)
        try:
            assert db.select('t_data_rtlh', ['id', 'x_jumlah_rumah']) == before, MIGRATIONS[step - 1].name
            assert db.select('tabel_tambahan', ['nama']) == [('t_data_rtlh',)], MIGRATIONS[step - 1].name
        finally:
            db.close()


async def test_a_console_command_meets_the_administrators_tables_and_columns(tmp_path, monkeypatch) -> None:
    """`python main.py pengguna …` and the demo data open the database with core.lifecycle's
    prepared_database: it attaches what the administrator added, as the app does at start-up."""
    from core.lifecycle import prepared_database
    url = f'sqlite://{tmp_path / "panel.sqlite3"}'
    async with prepared_database(url):
        admin = await actor('Administrator', 'admin2')
        name = await data_stunting(admin)
    structure.forget()
    assert name not in TABLES
    async with prepared_database(url):
        assert TABLES[name].form[-1] == 'x_tanggal_pengukuran'
        assert await TABLES[name].model.all().count() == 0
    structure.forget()


async def test_a_backup_and_its_restore_carry_the_structure_with_the_data(tmp_path, monkeypatch) -> None:
    """The one-click backup (a zip of the SQLite database and the files) taken with an administrator's
    table and an added column of surat masuk holding rows; afterwards the table is archived and the
    column retired; `restore` puts the backup back, and the next process attaches the table and the
    column as they were then, with their values (SQLite: the restore is of the SQLite file)."""
    from core.backup import backup_with_files
    from core.config import load_settings
    from core.lifecycle import prepared_database
    from core.restore import restore_backup
    from models.structure import KolomTambahan
    from tests.test_structure import surat
    data_dir = tmp_path / 'data'
    data_dir.mkdir()
    monkeypatch.setenv('DATA_DIR', str(data_dir))
    monkeypatch.setenv('DATABASE_URL', f'sqlite://{data_dir / "panel.sqlite3"}')
    monkeypatch.setenv('FILE_STORE', 'folder')
    settings = load_settings()
    async with prepared_database(settings.database_url):
        admin = await actor('Administrator', 'admin2')
        name = await data_stunting(admin)
        halaman = await structure.add_column(admin, 'surat_masuk', 'Jumlah Halaman', 'bilangan')
        sari = await actor('Kepala Subbag Umum dan Kepegawaian', 'sari')
        assert (await records.save(TABLES['surat_masuk'], sari, surat(1, x_jumlah_halaman='12'))).ok
        await TABLES[name].model.create(desa=await Desa.get(kode=JUGOSARI), x_posyandu='Melati 1',
                                        x_jumlah_balita=40)
    structure.forget()
    backup_with_files(settings, tmp_path / 'cadangan.zip')

    async with prepared_database(settings.database_url):    # after the backup, the structure changes
        admin = await actor('Administrator', 'admin3')
        await structure.archive_table(admin, name)
        await structure.retire_column(admin, halaman.id)
    structure.forget()

    restored = restore_backup(tmp_path / 'cadangan.zip', settings)
    assert restored.integrity == 'ok'
    async with prepared_database(settings.database_url):
        assert not TABLES[name].archived and 'x_jumlah_halaman' in TABLES['surat_masuk'].columns
        assert (await KolomTambahan.get(id=halaman.id)).pensiun_pada is None
        assert [row.x_posyandu for row in await TABLES[name].model.all()] == ['Melati 1']
        assert [row.x_jumlah_halaman for row in await TABLES['surat_masuk'].model.all()] == [12]
    structure.forget()


async def test_the_administrator_chooses_the_text_a_row_of_the_table_reads_as(lane_db) -> None:
    """Label baris: by default a row of an administrator's table reads as its first text column; the
    administrator picks another text column, and a reference to the table then offers its rows by
    that text (core.visible_rows.fk_options); a column that is not text is refused, named."""
    from core.listing import row_label
    from core.visible_rows import fk_options
    admin = await actor('Administrator', 'admin2')
    spec = await structure.create_table(admin, 'Kader Posyandu', 'U2')
    await structure.add_column(admin, spec.name, 'Nama Kader', 'teks')
    await structure.add_column(admin, spec.name, 'Nomor SK', 'teks')
    umur = await structure.add_column(admin, spec.name, 'Umur', 'bilangan')
    row = await spec.model.create(x_nama_kader='Bu Sri', x_nomor_sk='SK-7/2026', x_umur=41)
    assert row_label(spec, row) == 'Bu Sri'

    with pytest.raises(StructureError) as refused:
        await structure.set_row_label(admin, spec.name, umur.nama)
    assert refused.value.field == 'label_baris'
    await structure.set_row_label(admin, spec.name, 'x_nomor_sk')
    assert spec.row_label == '{x_nomor_sk}' and row_label(spec, row) == 'SK-7/2026'
    assert (await TabelTambahan.get(nama=spec.name)).label_baris == 'x_nomor_sk'

    await structure.add_column(admin, 'surat_masuk', 'Kader', 'referensi', referensi=spec.name)
    kepala = await actor('Kepala Subbag Umum dan Kepegawaian', 'sari')
    assert (await fk_options(TABLES['surat_masuk'], 'x_kader', kepala)) == {row.id: 'SK-7/2026'}

    structure.forget()                                   # another process reads the choice from the database
    await structure.load_structure()
    assert TABLES[spec.name].row_label == '{x_nomor_sk}'
