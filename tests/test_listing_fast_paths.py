"""The fast paths of core/listing/ give exactly what the plain query gives: the full-text search
(and edits made after the index was built), counts read from indexes, pages read in reverse, and
export chunks read by keyset. The app's own migrations build the schema, so on SQLite the search
goes through surat_masuk_fts; on PostgreSQL the same assertions hold for icontains."""
from __future__ import annotations

from datetime import date, timedelta

from nicegui.testing import User
from tortoise.expressions import Q

from core import records
from core.access import Action, Actor, RoleKind
from core.listing import ListQuery, build_queryset, count_rows, export_chunks, fetch_page
from models.persuratan import SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES

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
