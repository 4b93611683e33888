"""The grid's search: every word must appear in at least one of the table's search fields.

A table may have a full-text index, `<table>_fts` (SQLite FTS5 with the trigram tokenizer, made by
a migration). When it exists the search uses it: every word must appear inside a search field, as
`icontains` finds it (so SQLite finds what PostgreSQL finds: "renbang" inside "musrenbang"). A
word shorter than three characters cannot be looked up in a trigram index and is looked for by
`icontains`. Without the index the search is `icontains`, a scan of the whole table. Rows edited since the last search
are re-indexed first (the migration says why there is no UPDATE trigger). Whether a table has its
index is looked up once per database.
"""
from __future__ import annotations

from pypika_tortoise.terms import ValueWrapper
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core.listing.driver import BoundTerm, database
from models.table import TableSpec

_fts_tables: dict[tuple[str, str], str | None] = {}   # (database, table) -> its FTS table, if any
_fts_columns: dict[tuple[str, str], list[str]] = {}


def _db_key(spec: TableSpec) -> tuple[str, str]:
    db = database(spec)
    return (str(getattr(db, 'filename', None) or id(db)), spec.name)


async def detect_fts(spec: TableSpec) -> str | None:
    """The table's FTS5 index (`<table>_fts` with its `<table>_fts_sync`, SQLite only), looked up
    once per database."""
    key = _db_key(spec)
    if key not in _fts_tables:
        db = database(spec)
        name = None
        if db.capabilities.dialect == 'sqlite' and spec.search:
            _, rows = await db.execute_query(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                [f'{spec.name}_fts', f'{spec.name}_fts_sync'])
            if rows[0][0] == 2:
                name = f'{spec.name}_fts'
                _, info = await db.execute_query(f'PRAGMA table_info("{name}")')
                _fts_columns[key] = [row[1] for row in info]
        _fts_tables[key] = name
    return _fts_tables[key]


def edit_marks(spec: TableSpec, fts: str) -> str:
    """SQL for (the latest edit of a row, the latest edit already indexed), as two columns."""
    return (f'(SELECT max(julianday("updated_at")) FROM "{spec.name}" WHERE "version" > 1), '
            f'(SELECT "seen" FROM "{fts}_sync" WHERE "id" = 1)')


def stale(top: float | None, seen: float | None) -> bool:
    return top is not None and (seen is None or top > seen)


async def sync_fts(spec: TableSpec, fts: str, marks: tuple | None = None) -> None:
    """Re-index the rows edited since the last sync (see the migration that made the index):
    new and deleted rows are indexed by triggers, edits here, before a search reads the index."""
    table, db = spec.name, database(spec)
    if marks is None:
        _, rows = await db.execute_query(f'SELECT {edit_marks(spec, fts)}')
        marks = (rows[0][0], rows[0][1])
    top, seen = marks
    if not stale(top, seen):
        return
    edited = f'FROM "{table}" WHERE "version" > 1 AND julianday("updated_at") > ? AND julianday("updated_at") <= ?'
    columns = ', '.join(f'"{name}"' for name in _fts_columns[_db_key(spec)])
    bounds = [seen or 0, top]
    async with in_transaction(spec.model._meta.default_connection) as connection:
        await connection.execute_query(f'DELETE FROM "{fts}" WHERE rowid IN (SELECT "id" {edited})', bounds)
        await connection.execute_query(f'INSERT INTO "{fts}" (rowid, {columns}) SELECT "id", {columns} {edited}', bounds)
        await connection.execute_query(f'UPDATE "{fts}_sync" SET "seen" = ? WHERE "id" = 1', [top])


async def search_index(spec: TableSpec, search: str) -> str | None:
    """The FTS table to search, brought up to date, when there is a search and the table has one."""
    fts = await detect_fts(spec)
    if fts and uses_index(search):
        await sync_fts(spec, fts)
    return fts


def fts_table(spec: TableSpec) -> str | None:
    """The FTS table when `detect_fts` has found one for this database (sync, for build_queryset)."""
    return _fts_tables.get(_db_key(spec)) if spec.search else None


TRIGRAM = 3   # the shortest text a trigram index can look up


def uses_index(text: str) -> bool:
    """Does a search of this text read the full-text index for some word (one long enough for it)?"""
    return any(len(word) >= TRIGRAM for word in text.split())


def match_expression(text: str) -> str | None:
    """The FTS5 query for a search text: every word a phrase found anywhere inside a field, as
    icontains finds it (`005/12` -> `"005/12"`); None when there is no word, or when a word is too
    short for the trigram index (the search is then icontains throughout)."""
    words = text.split()
    if not words or any(len(word) < TRIGRAM for word in words):
        return None
    return ' '.join('"' + word.replace('"', '""') + '"' for word in words)


class FtsIds(BoundTerm):
    """`(SELECT rowid FROM <fts> WHERE <fts> MATCH ?)`, with the match bound as a parameter."""

    def __init__(self, fts_table: str, match: str) -> None:
        super().__init__()
        self.fts_table = fts_table
        self.match = match
        self.shape = ('fts', fts_table)
        self.params = [match]

    def get_sql(self, ctx) -> str:
        return (f'(SELECT rowid FROM "{self.fts_table}" WHERE "{self.fts_table}" MATCH '
                f'{ValueWrapper(self.match).get_sql(ctx)})')


def search_q(spec: TableSpec, text: str) -> Q | None:
    """Every word must appear in at least one search field (through the FTS index when there is one)."""
    words = text.split()
    if not words or not spec.search:
        return None
    fts, match = fts_table(spec), match_expression(text)
    if fts and match and index_covers(spec):
        return Q(id__in=FtsIds(fts, match))
    return _words_in(words, spec.search, fts, set(_fts_columns.get(_db_key(spec), ())) if fts else set())


def index_covers(spec: TableSpec) -> bool:
    """Does the table's full-text index hold every search field? Not when the administrator added a
    searched column (core/structure.py): the count and the page then read the search's own query
    (`search_q`), in which the index still answers for the fields it holds."""
    return set(spec.search) <= set(_fts_columns.get(_db_key(spec), ()))


def _words_in(words: list[str], fields: tuple[str, ...], fts: str | None, indexed: set[str]) -> Q:
    """Every word in at least one of the fields: where the table has a full-text index and the word
    is long enough for it, the index answers for the fields it holds and icontains for the others
    (a column the administrator added and marked *sering dicari*, core/structure.py); otherwise
    icontains on every field."""
    q = Q()
    for word in words:
        match = match_expression(word) if fts else None
        any_field = Q(id__in=FtsIds(fts, match)) if match else Q()
        for name in fields:
            if not (match and name in indexed):
                any_field |= Q(**{f'{name}__icontains': word})
        q &= any_field
    return q
