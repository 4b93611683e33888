"""Benchmark 1: one grid page of surat_masuk, exactly as the table page makes it.

The app side is `core.listing.fetch_page` (search text + a clicked sort + the count + the rows
formatted for display), the call pages/table_view.py makes on every search, sort and page change.
The raw side is plain `sqlite3` on the same file: the count and the page (the same columns, the
klasifikasi label by a join) with the same search, order and page, written by hand the way the app
is able to run it (through the full-text index when the schema has one; LIKE otherwise), with no
formatting. Each ratio is app/raw measured alternately in the same run, in CPU time (see
bench.common.paired); wall-clock times are printed beside it.
"""
from __future__ import annotations

import sqlite3
import time

from bench.common import Figure, Report, ms, paired
from bench.datagen import database
from demo.surat_masuk_rows import SEARCH_WORD

SORT = (('tanggal_surat', True),)   # the clicked column: Tanggal Surat, newest first
PAGE_SIZE = 25
COLUMNS = ('id', 'version', 'no_agenda', 'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat',
           'perihal', 'sifat', 'urgensi', 'status')
SEARCH_FIELDS = ('nomor_surat', 'asal_surat', 'perihal', 'ringkasan')
FTS_TABLE = 'surat_masuk_fts'


class RawPage:
    """The same page written by hand against sqlite3."""

    def __init__(self, path) -> None:
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.fts = self.connection.execute(
            'SELECT 1 FROM sqlite_master WHERE name = ?', (FTS_TABLE,)).fetchone() is not None

    def where(self, word: str) -> tuple[str, list]:
        if self.fts:
            return (f's.deleted_at IS NULL AND s.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)',
                    [f'"{word}"'])
        like = ' OR '.join(f's.{name} LIKE ?' for name in SEARCH_FIELDS)
        return f's.deleted_at IS NULL AND ({like})', [f'%{word}%'] * len(SEARCH_FIELDS)

    def page(self, word: str, page: int) -> tuple[int, list]:
        where, params = self.where(word)
        total = self.connection.execute(f'SELECT count(*) FROM surat_masuk s WHERE {where}', params).fetchone()[0]
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(max(1, page), pages)
        cols = ', '.join(f's.{c}' for c in COLUMNS)
        rows = self.connection.execute(
            f"SELECT {cols}, k.kode || ' ' || k.nama FROM surat_masuk s "
            f'LEFT JOIN klasifikasi_arsip k ON k.id = s.klasifikasi_id WHERE {where} '
            f'ORDER BY s.tanggal_surat DESC, s.id DESC LIMIT ? OFFSET ?',
            [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE]).fetchall()
        return total, rows


def actor():
    from core.access import RAHASIA_RIGHT, Action, Actor, RoleKind
    from models.process_map import Section
    from models.table import TABLES
    # the Kepala Subbag Umum, with every right the role has by default (the letters marked Rahasia too)
    return Actor('bench', 'Kepala Subbag Umum dan Kepegawaian', RoleKind.KEPALA,
                 frozenset((name, action) for name in TABLES for action in Action) | {RAHASIA_RIGHT},
                 section=Section.UMUM)


async def run(report: Report, sizes: list[int], repeat: int) -> None:
    from tortoise.context import TortoiseContext

    from core.database import tortoise_config
    from core.listing import ListQuery, fetch_page
    from models.table import TABLES, check_tables

    check_tables()
    spec = TABLES['surat_masuk']
    who = actor()
    print(f'\n[1] Grid page: search "{SEARCH_WORD}", sort Tanggal Surat ▼, {PAGE_SIZE} rows, count, display text')
    times: dict[str, dict[int, float]] = {'first': {}, 'last': {}}
    for n in sizes:
        start = time.perf_counter()
        path = database(n)
        print(f'  {n:,} rows: data ready in {time.perf_counter() - start:.1f} s ({path.name})', flush=True)
        raw = RawPage(path)
        async with TortoiseContext() as ctx:
            await ctx.init(config=tortoise_config(f'sqlite://{path}'))
            query = ListQuery(search=SEARCH_WORD, sort=SORT, page_size=PAGE_SIZE)
            first = await fetch_page(spec, who, query)
            raw_total, raw_rows = raw.page(SEARCH_WORD, 1)
            assert first.total == raw_total, (first.total, raw_total)
            assert [r['id'] for r in first.rows] == [r[0] for r in raw_rows], 'app and raw pages differ'
            last_page = first.pages
            last = await fetch_page(spec, who, query.with_(page=last_page))
            assert [r['id'] for r in last.rows] == [r[0] for r in raw.page(SEARCH_WORD, last_page)[1]]
            for label, page in (('first', 1), ('last', last_page)):
                q = query.with_(page=page)
                m = await paired(lambda: fetch_page(spec, who, q), lambda: raw.page(SEARCH_WORD, page), repeat)
                times[label][n] = m.app_cpu
                report.add(Figure(f'grid {n:,} rows, {label} page (p. {page} of {last_page}) vs raw sqlite3',
                                  m.app_cpu / m.raw_cpu, 2,
                                  detail=f'CPU app {ms(m.app_cpu)}, raw {ms(m.raw_cpu)}; wall app {ms(m.app_wall)}, '
                                         f'raw {ms(m.raw_wall)}; {first.total:,} matches'))
        raw.connection.close()
    for label, by_size in times.items():
        if len(by_size) > 1:
            small, big = min(by_size), max(by_size)
            report.add(Figure(f'grid {label} page, {big:,} / {small:,} rows', by_size[big] / by_size[small], 3,
                              detail=f'CPU {ms(by_size[big])} vs {ms(by_size[small])}'))
