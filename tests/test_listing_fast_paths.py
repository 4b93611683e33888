"""The fast paths of core/listing/ give exactly what the plain query gives: the full-text search
(and edits made after the index was built), counts read from indexes, pages read in reverse, and
export chunks read by keyset. The app's own migrations build the schema, so on SQLite the search
goes through surat_masuk_fts; on PostgreSQL the same assertions hold for icontains."""
from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from nicegui.testing import User
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import records
from core.access import Action, Actor, RoleKind
from core.listing import ListQuery, build_queryset, count_rows, driver, export_chunks, fetch_page
from models.persuratan import SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES
from tests.conftest import until

TOPICS = ('rapat koordinasi', 'pelaksanaan musrenbang desa', 'evaluasi APBDes', 'Musrenbang kecamatan')


def kepala() -> Actor:
    return Actor('sari', 'Kepala Subbag Umum dan Kepegawaian', RoleKind.KEPALA,
                 frozenset((name, action) for name in TABLES for action in Action))


async def make_rows(count: int = 53) -> None:
    klasifikasi = await KlasifikasiArsip.all().order_by('kode')
    for no in range(1, count + 1):
        day = date(2026, 1, 1) + timedelta(days=no % 17)
        await SuratMasuk.create(tahun=2026, no_agenda=no, tanggal_diterima=day, nomor_surat=f'005/{no}/427.75/2026',
                                tanggal_surat=day, asal_surat='Dinkes' if no % 3 else 'Bappeda',
                                perihal=f'Surat {TOPICS[no % len(TOPICS)]}',
                                klasifikasi=klasifikasi[no % len(klasifikasi)] if no % 5 else None)


async def all_ids(query: ListQuery) -> list[int]:
    return [row.id for row in await build_queryset(TABLES['surat_masuk'], kepala(), query)]


async def paged_ids(query: ListQuery) -> list[int]:
    spec, ids, page = TABLES['surat_masuk'], [], 1
    while True:
        result = await fetch_page(spec, kepala(), query.with_(page=page))
        ids += [row['id'] for row in result.rows]
        if page >= result.pages:
            return ids
        page += 1


async def test_search_count_and_every_page_match_the_plain_query(user: User) -> None:
    await make_rows()
    spec = TABLES['surat_masuk']
    for search, sort in (('musrenbang', (('tanggal_surat', True),)), ('musren dinkes', ()),
                         ('', (('asal_surat', False),)), ('', ()), ('005/1', (('klasifikasi', False),))):
        query = ListQuery(search=search, sort=sort, page_size=25)
        expected = await all_ids(query)
        assert await count_rows(spec, kepala(), query) == len(expected), search
        assert await paged_ids(query) == expected, (search, sort)
    musrenbang = await all_ids(ListQuery(search='musrenbang'))
    assert len(musrenbang) == 27    # 'musrenbang desa' and 'Musrenbang kecamatan': words, any case


async def test_sqlite_finds_what_postgresql_finds_inside_a_word_and_with_a_short_word(user: User) -> None:
    """The same rows on both databases (issue #13): a piece inside a word ("renbang" in "musrenbang",
    through the trigram index on SQLite, icontains on PostgreSQL), text with its punctuation
    ("/12/427"), and a word too short for a trigram index ("di") beside a long one; each checked
    against icontains over the search fields written out here, and by count and every page."""
    await make_rows()
    spec = TABLES['surat_masuk']

    async def by_icontains(*words: str) -> list[int]:
        rows = SuratMasuk.filter(deleted_at__isnull=True)
        for word in words:
            rows = rows.filter(Q(nomor_surat__icontains=word) | Q(asal_surat__icontains=word) |
                               Q(perihal__icontains=word) | Q(ringkasan__icontains=word))
        return sorted(await rows.values_list('id', flat=True))

    for search in ('renbang', 'RENBANG kecam', '/12/427', 'di renbang', 'inkes', 'apbd'):
        expected = await by_icontains(*search.split())
        assert expected, search
        query = ListQuery(search=search, page_size=10)
        assert sorted(await all_ids(query)) == expected, search
        assert await count_rows(spec, kepala(), query) == len(expected), search
        assert sorted(await paged_ids(query)) == expected, search
    assert len(await all_ids(ListQuery(search='renbang'))) == 27


async def test_an_edit_and_a_delete_show_in_the_next_search(user: User) -> None:
    await make_rows(10)
    spec = TABLES['surat_masuk']
    surat = await SuratMasuk.get(no_agenda=2)   # 'evaluasi APBDes'
    result = await records.save(spec, kepala(), {'perihal': 'Undangan istimewa'}, row_id=surat.id, version=surat.version)
    assert result.ok, result.errors
    assert await all_ids(ListQuery(search='istimewa')) == [surat.id]
    assert (await fetch_page(spec, kepala(), ListQuery(search='istimewa'))).total == 1
    assert surat.id not in await all_ids(ListQuery(search='APBDes'))
    gone = await SuratMasuk.get(no_agenda=3)    # 'Musrenbang kecamatan'
    before = (await fetch_page(spec, kepala(), ListQuery(search='musrenbang'))).total
    assert (await records.delete(spec, kepala(), gone.id, version=gone.version)).ok
    page = await fetch_page(spec, kepala(), ListQuery(search='musrenbang'))
    assert page.total == before - 1 and gone.id not in [row['id'] for row in page.rows]
    assert (await fetch_page(spec, kepala(), ListQuery())).total == 9


async def test_export_chunks_follow_the_grid_order(user: User) -> None:
    await make_rows()
    spec = TABLES['surat_masuk']
    columns = ['no_agenda', 'tanggal_diterima', 'klasifikasi', 'sifat']
    for query in (ListQuery(), ListQuery(search='musrenbang', sort=(('tanggal_surat', False),)),
                  ListQuery(sort=(('klasifikasi', True),))):
        rows = [row async for chunk in export_chunks(spec, kepala(), query, columns, chunk_size=7) for row in chunk]
        expected = await build_queryset(spec, kepala(), query)
        assert [row[0] for row in rows] == [surat.no_agenda for surat in expected]
        first = next(row for row in rows if row[2] is not None)
        assert isinstance(first[1], date) and first[2].split()[0].replace('.', '').isdigit() and first[3] == 'Biasa'


async def test_a_count_is_asked_again_only_after_the_database_changed(user: User) -> None:
    """Paging through a filter asks its count once (core/listing/driver.py keeps it with the
    connection's change mark); a save through the app, and a commit by another connection (a console
    command, another process), each make the next page change count again, with the new figure.
    SQLite: PostgreSQL counts every time."""
    if SuratMasuk._meta.db.capabilities.dialect != 'sqlite':
        pytest.skip('counts are kept on SQLite only')
    await make_rows()
    spec, db = TABLES['surat_masuk'], SuratMasuk._meta.db
    counts: list[str] = []

    def traced(sql: str) -> None:
        if sql.startswith('SELECT count(*) FROM (SELECT'):
            counts.append(sql)

    await driver.trace_reads(db, traced)   # grid pages and counts are read beside Tortoise's connection
    try:
        query = ListQuery(filters={'status': ['Belum Disposisi']}, page_size=10)
        first = await fetch_page(spec, kepala(), query)
        for page in (2, 3, 1):
            assert (await fetch_page(spec, kepala(), query.with_(page=page))).total == first.total
        assert len(counts) == 1 and first.total == 53

        surat = await SuratMasuk.get(no_agenda=1)
        result = await records.save(spec, kepala(), {'status': 'Selesai'}, row_id=surat.id, version=surat.version)
        assert result.ok, result.errors
        assert (await fetch_page(spec, kepala(), query.with_(page=2))).total == 52 and len(counts) == 2

        with closing(sqlite3.connect(db.filename)) as other:   # another process
            other.execute('UPDATE surat_masuk SET status = ? WHERE no_agenda = 2', ['Selesai'])
            other.commit()
        assert (await fetch_page(spec, kepala(), query)).total == 51 and len(counts) == 3
        assert (await fetch_page(spec, kepala(), query.with_(page=4))).total == 51 and len(counts) == 3
    finally:
        await driver.trace_reads(db, None)


async def test_a_page_is_read_while_another_users_transaction_holds_the_connection(user: User) -> None:
    """Issue #13 (g): an import writes all its rows in one transaction on Tortoise's one SQLite
    connection (15 s for 100k rows), and every grid page used to wait for it. Pages and counts are
    read on a reader beside it (WAL): the page comes while the transaction is open, with what was
    committed; the transaction's rows appear once it commits."""
    if SuratMasuk._meta.db.capabilities.dialect != 'sqlite':
        pytest.skip('PostgreSQL reads on another pooled connection anyway')
    await make_rows()
    spec = TABLES['surat_masuk']
    query = ListQuery(filters={'status': ['Belum Disposisi']}, page_size=10)
    before = (await fetch_page(spec, kepala(), query)).total
    writing, release = asyncio.Event(), asyncio.Event()

    async def long_import() -> None:
        async with in_transaction():
            surat = await SuratMasuk.get(no_agenda=1)
            await SuratMasuk.filter(id=surat.id).update(status='Selesai')
            writing.set()
            await release.wait()   # the rest of a long import

    task = asyncio.create_task(long_import())
    try:
        await until(writing.is_set, what='the transaction under way')
        during = await asyncio.wait_for(fetch_page(spec, kepala(), query.with_(page=2)), timeout=10)
        assert during.total == before and len(during.rows) == 10   # what was committed, not waiting
    finally:
        release.set()
        await task
    assert (await fetch_page(spec, kepala(), query)).total == before - 1


async def test_a_broad_choice_filter_walks_the_sort_index_and_gives_the_plain_querys_pages(user: User) -> None:
    """Status Selesai on most of the table: the page is read walking the order's index with
    `+status IN (...)` (no sort of every match), near the start and from the end alike; every page,
    in every order, is exactly the plain query's, also for a narrow filter and beside a search."""
    await make_rows()
    for no in range(1, 54):
        if no % 4:
            await SuratMasuk.filter(no_agenda=no).update(status='Selesai')
    spec, db = TABLES['surat_masuk'], SuratMasuk._meta.db
    walked: list[str] = []
    if db.capabilities.dialect == 'sqlite':
        await driver.trace_reads(db, lambda sql: walked.append(sql) if '+"surat_masuk"."status"' in sql else None)
    try:
        for filters, search, sort in (({'status': ['Selesai']}, '', ()),
                                      ({'status': ['Selesai', 'Belum Disposisi']}, '', (('no_agenda', True),)),
                                      ({'status': ['Belum Disposisi']}, '', ()),
                                      ({'status': ['Selesai'], 'sifat': ['Biasa']}, 'musrenbang', ()),
                                      ({'status': ['Selesai']}, '', (('asal_surat', False),))):
            query = ListQuery(filters=filters, search=search, sort=sort, page_size=7)
            expected = await all_ids(query)
            assert expected and await paged_ids(query) == expected, (filters, search, sort)
    finally:
        if db.capabilities.dialect == 'sqlite':
            await driver.trace_reads(db, None)
    if db.capabilities.dialect == 'sqlite':
        assert walked
