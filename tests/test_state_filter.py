"""The grid's state filter, Keadaan (models.table.STATE_FILTER, `?keadaan=lewat_batas`): for every table
whose model says which rows are still open (open_filter) or overdue (overdue_filter), the grid, its
count, a link, a saved view, the export's title and the filter panel read those rows, on the compiled
SQL path and on the plain ORM path alike; an overdue row is always an open one; a value that is no
state of the table is reported like any filter of a link that cannot be read."""
from __future__ import annotations

from datetime import timedelta

from nicegui import ui
from nicegui.testing import User
from tortoise import fields

from core.access import RAHASIA_RIGHT, Action, Actor, RoleKind
from core.listing import (ListQuery, count_rows, describe_query, driver, fetch_page, filters_from_url, filters_to_url,
                          read_link_filters)
from core.listing.query import scoped
from models.base import RecordModel
from models.clock import office_today
from models.pengaduan import Pengaduan
from models.table import STATE_FILTER, TABLES, Keadaan, TableSpec, finish_tables, table_problems
from tests.conftest import grid_rows, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_dashboard_roles import overdue_everywhere

TODAY = office_today()


def with_states() -> list[str]:
    """The tables with a state, every model module imported."""
    finish_tables()
    return sorted(name for name, spec in TABLES.items() if spec.states())


def everyone() -> Actor:
    """Every right on every table (Surat rahasia too), no row scope."""
    return Actor('sari', 'Kepala Subbag Umum dan Kepegawaian', RoleKind.KEPALA,
                 frozenset((name, action) for name in TABLES for action in Action) | {RAHASIA_RIGHT})


def test_every_table_with_a_deadline_has_both_states_and_the_name_is_no_fields() -> None:
    tables = with_states()
    for name, spec in TABLES.items():
        if spec.model.overdue_filter() is not None:
            assert spec.states() == (Keadaan.TERBUKA, Keadaan.LEWAT_BATAS), name
        assert STATE_FILTER not in spec.fields_map, name
    assert {'surat_masuk', 'usulan_musrenbang'} <= set(tables)      # open rows, no deadline
    assert TABLES['surat_masuk'].states() == (Keadaan.TERBUKA,)
    assert TABLES['anggaran'].states() == ()


def test_a_field_named_as_the_state_filter_is_refused(monkeypatch) -> None:
    class Contoh(RecordModel):
        keadaan = fields.CharField(max_length=10)

        class Meta:
            app = 'contoh'
    monkeypatch.setitem(TABLES, 'contoh', TableSpec(Contoh, 'Contoh', process='M1.1'))
    assert [problem.id for problem in table_problems() if 'contoh' in problem.message] == ['T012']


async def rows_of(spec: TableSpec, state: str) -> tuple[set[int], int]:
    """The ids of the grid's rows in a state (one page holds them all) and the grid's count of them."""
    query = ListQuery(filters={STATE_FILTER: state}, page_size=100)
    page = await fetch_page(spec, everyone(), query)
    assert page.total <= 100
    return {row['id'] for row in page.rows}, await count_rows(spec, everyone(), query)


async def states_per_table() -> dict[str, dict[str, tuple[set[int], int]]]:
    return {name: {state.value: await rows_of(TABLES[name], state.value) for state in TABLES[name].states()}
            for name in with_states()}


async def test_the_grid_of_a_state_holds_exactly_the_models_rows_on_both_paths(user: User, monkeypatch) -> None:
    expected = await overdue_everywhere()
    compiled = await states_per_table()
    for name in with_states():
        spec, found = TABLES[name], compiled[name]
        every = {row.id: row for row in await spec.model.filter(deleted_at__isnull=True)}
        opened = {row.id for row in await spec.model.filter(spec.model.open_filter(), deleted_at__isnull=True)}
        assert found['terbuka'] == (opened, len(opened)), name
        if 'lewat_batas' in found:
            late = {row.id for row in await spec.model.filter(spec.model.overdue_filter(), deleted_at__isnull=True)}
            assert found['lewat_batas'] == (late, expected[name]) and len(late) == expected[name], name
            assert late <= opened, name                                   # an overdue row is an open one
            assert {i for i, row in every.items() if row.is_overdue()} == late, name
    monkeypatch.setattr(driver, 'USE_DRIVER_INTERNALS', False)
    assert await states_per_table() == compiled


async def test_the_report_format_of_a_grid_filtered_by_its_state(user: User) -> None:
    """Format laporan of a grid showing only the overdue complaints: its period reads no field of the
    state filter (exports.report_export.period_text), and it holds exactly those rows."""
    import openpyxl
    from exports.report_export import export_report
    expected = await overdue_everywhere()
    query = ListQuery(filters={STATE_FILTER: Keadaan.LEWAT_BATAS.value})
    made, count = await export_report(TABLES['pengaduan'], everyone(), query)
    assert count == expected['pengaduan'] > 0
    assert openpyxl.load_workbook(made.path).active.max_row > count


async def test_the_states_go_the_compiled_way(user: User) -> None:
    """A state's Q is one whose parameters the listing derives itself (office_today() is a plain value),
    so its page is built by Tortoise once per shape; the derived statement is Tortoise's own."""
    for name in with_states():
        spec = TABLES[name]
        for state in spec.states():
            qs, where = scoped(spec, everyone(), ListQuery(filters={STATE_FILTER: state.value}))
            params: list = []
            for q in where:
                driver._q_shape(spec.model, {}, q, params)   # raises when it cannot derive them
            for select in (driver.Select(qs, where, count=True), driver.Select(qs, where, order=('-id',), limit=25)):
                driver.compiled(select)
                assert driver.compiled(select) == driver.sql_of(select.queryset()), (name, state)


def test_a_state_goes_into_a_link_and_back() -> None:
    for name in with_states():
        spec = TABLES[name]
        for state in spec.states():
            params = filters_to_url(spec, {STATE_FILTER: state})
            assert params == {STATE_FILTER: [state.value]}
            assert read_link_filters(spec, params).filters == filters_from_url(spec, params) == {STATE_FILTER: state.value}
    pengaduan = TABLES['pengaduan']
    link = read_link_filters(pengaduan, {'keadaan': ['lewat_batas'], 'status': ['Diterima']})
    assert link.filters == {'keadaan': 'lewat_batas', 'status': ['Diterima']} and link.unreadable == {}
    assert filters_to_url(pengaduan, {STATE_FILTER: ''}) == {}


def test_a_value_that_is_no_state_of_the_table_cannot_be_read() -> None:
    assert read_link_filters(TABLES['pengaduan'], {'keadaan': ['kemarin']}).unreadable == {'keadaan': ['kemarin']}
    surat = read_link_filters(TABLES['surat_masuk'], {'keadaan': ['lewat_batas']})     # no deadline there
    assert (surat.filters, surat.unreadable) == ({}, {'keadaan': ['lewat_batas']})
    assert read_link_filters(TABLES['surat_masuk'], {'keadaan': ['terbuka']}).filters == {'keadaan': 'terbuka'}
    assert read_link_filters(TABLES['anggaran'], {'keadaan': ['terbuka']}) == read_link_filters(TABLES['anggaran'], {})
    assert filters_to_url(TABLES['surat_masuk'], {STATE_FILTER: 'lewat_batas'}) == {}


def test_the_export_title_names_the_state() -> None:
    spec = TABLES['pengaduan']
    query = ListQuery(search='antrean', filters={STATE_FILTER: 'lewat_batas', 'status': ['Diterima']})
    assert describe_query(spec, query) == 'pencarian "antrean"; Keadaan: Lewat batas waktu; Status: Diterima'
    assert describe_query(spec, ListQuery(filters={STATE_FILTER: 'terbuka'})) == 'Keadaan: Masih terbuka'


def state_input(user: User) -> ui.select:
    with user:
        return next(iter(user.find(marker='filter-keadaan').elements))


async def test_a_link_opens_the_grid_of_its_state_and_the_panel_shows_it(user: User) -> None:
    past, soon = TODAY - timedelta(days=10), TODAY + timedelta(days=10)
    for perihal, status, batas in (('Lampu jalan padam', 'Diverifikasi', past), ('Antrean lama', 'Diterima', past),
                                   ('Jalan berlubang', 'Selesai', past), ('Parkir liar', 'Diterima', soon)):
        await Pengaduan.create(tanggal=past, nama_pelapor='Warga', perihal=perihal, uraian='-', status=status,
                               batas_waktu=batas, jawaban='Sudah' if status == 'Selesai' else None)
    await create_account('wati', 'Kepala Seksi Pelayanan Umum')
    await log_in_as(user, 'wati', next_path='/tabel/pengaduan?keadaan=lewat_batas')
    await until(lambda: sorted(row['perihal'] for row in grid_rows(user)), equals=['Antrean lama', 'Lampu jalan padam'])
    await user.should_see(marker='filter-keadaan')              # the panel is open, on the link's choice
    assert state_input(user).value == 'lewat_batas'
    assert list(state_input(user).options.values()) == ['Semua', 'Masih terbuka', 'Lewat batas waktu']

    state_input(user).set_value('terbuka')                       # the panel's choice, applied
    user.find(marker='terapkan-filter').click()
    await until(lambda: len(grid_rows(user)), equals=3)

    await user.open('/tabel/pengaduan?keadaan=kemarin')          # read like any filter of a link
    await user.should_see('Filter dari tautan tidak dimengerti: Keadaan “kemarin”', retries=30)
    await user.should_see('Menampilkan 0–0 dari 0 data')
    assert state_input(user).error == '“kemarin” dari tautan tidak dimengerti. Pilih nilainya atau kosongkan filter ini.'
