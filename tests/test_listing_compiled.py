"""The grid's page query is built by Tortoise once per query shape and then only bound to new values
(core/listing/driver.py, "SQL compiled once per query shape"), the count and the page run in one hand-off
to the SQLite driver's thread, the foreign keys' labels joined into the page's query, and values
converted only when shown. These check that all of it gives exactly what the plain ORM gives: the
same rows for different values of one shape, for every filter kind, the same display text (labels,
overdue marks) for every table of the demo data, and the same page statement by statement (the
PostgreSQL way) and inside a transaction. All of it leans on private workings of Tortoise and
aiosqlite (core/listing/driver.py); with its switch off the plain ORM path gives the same pages,
counts and exports."""
from __future__ import annotations

from datetime import date, timedelta

from nicegui.testing import User
from tortoise.transactions import in_transaction

import demo
from core.access import RAHASIA_RIGHT, Action, Actor, RoleKind
from core.listing import (ListQuery, build_queryset, count_rows, display_rows, driver, export_chunks, fetch_page,
                          row_label)
from models.persuratan import Sifat, SuratMasuk
from models.reference import Desa, KlasifikasiArsip
from models.table import TABLES

WORDS = ('rapat koordinasi', 'musrenbang desa', 'evaluasi APBDes', 'sosialisasi posyandu')


def kepala() -> Actor:
    """The Kepala Subbag Umum, with every right (Surat rahasia too, theirs by default)."""
    return Actor('sari', 'Kepala Subbag Umum dan Kepegawaian', RoleKind.KEPALA,
                 frozenset((name, action) for name in TABLES for action in Action) | {RAHASIA_RIGHT})


async def make_rows(count: int = 40) -> None:
    klasifikasi = await KlasifikasiArsip.all().order_by('kode')
    for no in range(1, count + 1):
        day = date(2026, 2, 1) + timedelta(days=no % 11)
        await SuratMasuk.create(tahun=2026, no_agenda=no, tanggal_diterima=day, nomor_surat=f'005/{no}/427.75/2026',
                                tanggal_surat=day, asal_surat=('Dinkes', 'Bappeda', 'Desa Sukamaju')[no % 3],
                                perihal=f'Surat {WORDS[no % len(WORDS)]}', sifat=list(Sifat)[no % 2],
                                klasifikasi=klasifikasi[no % len(klasifikasi)] if no % 4 else None)


async def expected_page(spec, query: ListQuery) -> tuple[int, list[dict]]:
    """The page as the plain ORM gives it: every row of the query, sliced, shown by display_rows."""
    rows = await build_queryset(spec, kepala(), query)
    start = (query.page - 1) * query.page_size
    return len(rows), await display_rows(spec, rows[start:start + query.page_size])


async def test_one_shape_with_other_values_gives_the_rows_of_those_values(user: User) -> None:
    await make_rows()
    spec = TABLES['surat_masuk']
    shapes = [
        [ListQuery(search=word, sort=(('tanggal_surat', True),), page_size=5)
         for word in ('musrenbang', 'rapat', 'posyandu')],
        [ListQuery(filters={'asal_surat': text}, page_size=5) for text in ('dinkes', 'bappeda', 'sukamaju')],
        [ListQuery(filters={'sifat': [sifat]}, sort=(('no_agenda', False),), page_size=5) for sifat in Sifat],
        [ListQuery(filters={'tanggal_surat': (date(2026, 2, low), date(2026, 2, low + 3))}, page_size=5)
         for low in (1, 4, 8)],
        [ListQuery(sort=(('klasifikasi', desc),), page=page, page_size=7)
         for desc in (False, True) for page in (1, 3, 6)],
    ]
    for queries in shapes:
        for query in queries:
            total, rows = await expected_page(spec, query)
            page = await fetch_page(spec, kepala(), query)
            assert (page.total, page.rows) == (total, rows), query
            assert await count_rows(spec, kepala(), query) == total
    if SuratMasuk._meta.db.capabilities.dialect == 'sqlite':
        # the page of a search sorted by tanggal_surat: one compiled text, reused for every word
        compiled = [shape for shape, sql in driver._compiled_texts.items()
                    if shape[1] == 'surat_masuk' and sql and 'MATCH' in sql and shape[6] and not shape[7]]
        assert compiled


async def test_filters_of_every_kind_and_the_fk_filter_page_like_the_plain_query(user: User) -> None:
    await make_rows()
    spec = TABLES['surat_masuk']
    ids = [k.id for k in await KlasifikasiArsip.all().order_by('kode')]
    for filters in ({'klasifikasi': [ids[1]]}, {'klasifikasi': [ids[2], ids[3]]}, {'klasifikasi': ids[1]},
                    {'sifat': [s.value for s in Sifat]}, {'tanggal_diterima': (None, date(2026, 2, 5))},
                    {'tanggal_diterima': (date(2026, 2, 6), None)}, {'asal_surat': '100%_\\'}):
        query = ListQuery(filters=filters, search='surat', page_size=4)
        total, _ = await expected_page(spec, query)
        last = max(1, -(-total // 4))
        for page in (1, 2, last, last + 5):
            shown = min(page, last)
            _, rows = await expected_page(spec, query.with_(page=shown))
            result = await fetch_page(spec, kepala(), query.with_(page=page))
            assert (result.total, result.page, result.rows) == (total, shown, rows), (filters, page)


async def test_the_joined_labels_are_the_rows_labels(user: User) -> None:
    await make_rows(12)
    spec = TABLES['surat_masuk']
    page = await fetch_page(spec, kepala(), ListQuery(page_size=25))
    by_id = {s.id: s for s in await SuratMasuk.all()}
    for row in page.rows:
        surat = by_id[row['id']]
        if surat.klasifikasi_id is None:
            assert row['klasifikasi'] == ''
        else:
            target = await KlasifikasiArsip.get(id=surat.klasifikasi_id)
            assert row['klasifikasi'] == row_label(TABLES['klasifikasi_arsip'], target) != ''


async def test_every_table_pages_like_the_plain_orm(user: User) -> None:
    await demo.fill(with_users=False)
    for spec in TABLES.values():
        sorts = [()] + [((name, True),) for name in spec.columns[:4]]
        for sort in sorts:
            first = ListQuery(sort=sort, page_size=10)
            total, _ = await expected_page(spec, first)
            last = max(1, -(-total // 10))
            for page in sorted({1, min(2, last), last}):
                query = first.with_(page=page)
                result = await fetch_page(spec, kepala(), query)
                assert (result.total, result.rows) == await expected_page(spec, query), (spec.name, sort, page)


async def test_one_hand_off_statement_by_statement_and_in_a_transaction_give_the_same_page(
        user: User, monkeypatch) -> None:
    await make_rows()
    spec = TABLES['surat_masuk']
    queries = [ListQuery(search='musrenbang', sort=(('tanggal_surat', True),), page=page, page_size=4) for page in (1, 3)]
    queries += [ListQuery(filters={'asal_surat': 'dinkes'}, sort=(('klasifikasi', False),), page=2, page_size=4),
                ListQuery(page=9, page_size=4)]
    pages = [await fetch_page(spec, kepala(), query) for query in queries]
    async with in_transaction(spec.model._meta.default_connection):
        assert [await fetch_page(spec, kepala(), query) for query in queries] == pages
    monkeypatch.setattr(driver, 'sqlite_thread', lambda connection: None)
    assert [await fetch_page(spec, kepala(), query) for query in queries] == pages
    assert [page.total for page in pages] == [await count_rows(spec, kepala(), query) for query in queries]


def _not_used(*args, **kwargs):
    raise AssertionError('a private working of Tortoise or aiosqlite was used with the switch off')


async def _everything(spec, actor: Actor, queries: list[ListQuery]) -> list:
    """What the grid shows and exports for each query: the page, the count and the export's rows."""
    columns = [*spec.columns, *(name for name in spec.form if name not in spec.columns)]   # as exported
    seen = []
    for query in queries:
        exported = [row async for chunk in export_chunks(spec, actor, query, columns, chunk_size=7) for row in chunk]
        seen.append((await fetch_page(spec, actor, query), await count_rows(spec, actor, query), exported))
    return seen


def _plain_orm_only(monkeypatch) -> None:
    """USE_DRIVER_INTERNALS off, and each private working made to fail if it were still used."""
    monkeypatch.setattr(driver, 'USE_DRIVER_INTERNALS', False)
    for name in ('sqlite_thread', 'compiled', 'sql_of', 'attribute_converter'):
        monkeypatch.setattr(driver, name, _not_used)
    for spec in TABLES.values():
        monkeypatch.setitem(spec.derived, 'listing', None)     # the plans are made again, on the plain path


async def test_the_plain_orm_path_gives_the_same_pages_counts_and_exports(user: User, monkeypatch) -> None:
    """With driver.USE_DRIVER_INTERNALS off (no private workings of Tortoise or aiosqlite), a page,
    its count and the export give exactly what they give with it on: a search, filters of every kind,
    a foreign key's sort (the export's OFFSET path), pages in both halves."""
    await make_rows()
    spec = TABLES['surat_masuk']
    ids = [k.id for k in await KlasifikasiArsip.all().order_by('kode')]
    queries = [ListQuery(search='musrenbang', sort=(('tanggal_surat', True),), page=page, page_size=4) for page in (1, 3)]
    queries += [ListQuery(filters={'sifat': [Sifat.BIASA.value], 'asal_surat': 'dinkes'}, page=2, page_size=5),
                ListQuery(filters={'klasifikasi': [ids[1], ids[2]], 'tanggal_diterima': (date(2026, 2, 3), None)},
                          sort=(('klasifikasi', False),), page_size=3, page=2),
                ListQuery(search='rapat', filters={'tanggal_surat': (None, date(2026, 2, 8))}, page=2, page_size=3),
                ListQuery(sort=(('no_agenda', False),), page=9, page_size=4), ListQuery(page=1, page_size=25)]
    fast = await _everything(spec, kepala(), queries)
    assert all(page.rows for page, _, _ in fast) and all(exported for _, _, exported in fast)
    _plain_orm_only(monkeypatch)
    assert await _everything(spec, kepala(), queries) == fast


async def test_every_table_is_the_same_on_the_plain_orm_path(user: User, monkeypatch) -> None:
    """Every table of the demo data, for a Kepala and for an Operator Desa (whose rows are one
    desa's): the first and the last page, the count and the export, with the switch on and off."""
    await demo.fill(with_users=False)
    desa = await Desa.all().order_by('id').first()
    operator = Actor('operator', 'Operator Desa', RoleKind.OPERATOR_DESA,
                     frozenset((name, action) for name in TABLES for action in Action), desa_id=desa.id)
    cases = [(spec, actor, [ListQuery(page_size=10), ListQuery(page=99, page_size=10,
                                                               sort=((spec.columns[0], True),))])
             for spec in TABLES.values() for actor in ((kepala(), operator) if spec.desa_field else (kepala(),))]
    fast = [await _everything(spec, actor, queries) for spec, actor, queries in cases]
    _plain_orm_only(monkeypatch)
    assert [await _everything(spec, actor, queries) for spec, actor, queries in cases] == fast
