"""Search across everything: one text, every table the actor may see, the rows found grouped by table.

"Where is the letter from BPBD about the lahar?" should not mean guessing the table. Each table is
searched with the grid's own criteria (core.listing.search.search_q: every word in one of the
table's declared `search` fields, through its FTS5 index where it has one) inside the actor's row
scope (core.visible_rows.visible_rows, the one place that knows an Operator Desa sees only their
desa), so the search can never show a row the grid would not. Tables the actor may not `lihat`
are not searched at all.

Numbers: NIK and NIP are text fields of their tables' `search`, found by any part of them (a
prefix too). A number alone also finds a row by the numbers people quote (the agenda number, the
register number: the whole-number fields of a table's natural key, the year aside); `12/2026`
finds agenda 12 of 2026.

Typos: when nothing matches as typed, the search is made again with one typo allowed in each word
of four letters or more (a letter wrong, missing, extra, or two swapped: Damerau distance 1),
written as LIKE patterns (`LAH_R` for 'lahr', `LAHAR` for 'lahra'), and the groups say the rows
are only similar. This works on SQLite and PostgreSQL alike (tested on both); on PostgreSQL the
pg_trgm GIN indexes of migration 5 (surat_masuk's search fields so far, on the very UPPER(...)
the patterns compare) serve these patterns, where the extension could be created. It is a scan of the searched fields elsewhere, fine at the office's
size (a fallback, only when nothing matched). The FTS5 trigram tokenizer would not help here: it
finds substrings, not near misses.

Speed: one query per table (a count too for a table with more rows than shown, and the number's
own rows first when a number is asked for), one after the other (one SQLite connection). With the
demo data (`python main.py demo`: about 3,500 rows in 39 tables) a search for the Camat takes
25-60 ms, and one that falls back to typos 60-160 ms (measured on the development machine).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from pypika_tortoise.terms import ValueWrapper
from tortoise import fields as tortoise_fields
from tortoise.expressions import Q

from core.access import Action, Actor, can
from core.listing import related_labels, row_label
from core.listing.driver import BoundTerm
from core.listing.plan import plan_of
from core.listing.search import search_index, search_q
from core.visible_rows import visible_rows
from forms.fields import display
from models.base import FilesField
from models.process_map import PROCESSES
from models.table import TABLES, TableSpec

LIMIT_PER_TABLE = 5
TYPO_MIN_LENGTH = 4        # shorter words must match as typed: one typo in 'RT' is any two letters
SNIPPET_WIDTH = 70
_TOKEN = re.compile(r'[^\W_]+')
_NUMBER = re.compile(r'^\d{1,9}$')
_NUMBER_OF_YEAR = re.compile(r'^(\d{1,9})/(\d{4})$')


@dataclass(frozen=True)
class Hit:
    """One row found: its id, how it reads (its row label), and where the text was found."""
    id: int
    label: str
    field: str = ''        # the label of the field the text was found in ('' when not one in particular)
    snippet: str = ''      # that field's text around the match


@dataclass(frozen=True)
class Group:
    """The rows found in one table: the first `limit_per_table`, and how many there are in all."""
    table: str
    label: str
    hits: list[Hit]
    total: int
    similar: bool = False  # found with one typo allowed per word, nothing having matched as typed


def searchable_tables(actor: Actor) -> list[TableSpec]:
    """The tables this actor may see that have something to search in, in the order of the process
    map (the letters of M1.1 first), the reference tables last."""
    place = {process.code: index for index, process in enumerate(PROCESSES)}
    specs = [spec for spec in TABLES.values() if spec.search and can(actor, Action.LIHAT, spec)]
    return sorted(specs, key=lambda spec: place.get(spec.process, len(place)))


async def search(actor: Actor, text: str, limit_per_table: int = LIMIT_PER_TABLE) -> list[Group]:
    """The rows of every table the actor may see that match `text`, grouped by table (tables with
    none left out); with one typo per word allowed when nothing matches as typed."""
    text = ' '.join(text.split())
    if not _TOKEN.search(text):
        return []
    tables = searchable_tables(actor)
    groups = [group for spec in tables
              if (group := await _search_table(actor, spec, text, limit_per_table, similar=False))]
    if groups:
        return groups
    return [group for spec in tables
            if (group := await _search_table(actor, spec, text, limit_per_table, similar=True))]


async def _search_table(actor: Actor, spec: TableSpec, text: str, limit: int, *, similar: bool) -> Group | None:
    if similar:
        where = typo_q(spec, text)
    else:
        await search_index(spec, text)           # the table's FTS index brought up to date, when it has one
        where = exact_q(spec, text)
    if where is None:
        return None
    found = visible_rows(actor, spec).filter(where)
    order = plan_of(spec).ordering(())
    first = []                                   # a number quoted: its own row before the rows that contain it
    if not similar and (number := number_q(spec, text)) is not None:
        first = await visible_rows(actor, spec).filter(number).order_by(*order).limit(limit)
    rest = await found.exclude(id__in=[row.id for row in first]).order_by(*order).limit(limit - len(first)) \
        if len(first) < limit else []
    rows = [*first, *rest]
    if not rows:
        return None
    total = len(rows) if len(rest) < limit - len(first) else await found.count()
    return Group(spec.name, spec.label, [_hit(spec, row, text) for row in rows], total, similar)


def exact_q(spec: TableSpec, text: str) -> Q | None:
    """The grid's search criteria, or a row's number as people quote it."""
    words, number = search_q(spec, text), number_q(spec, text)
    if words is None or number is None:
        return words or number
    return words | number


def number_fields(spec: TableSpec) -> list[str]:
    """The whole-number fields of the natural key people quote a row by (no_agenda, no_registrasi,
    nomor_urut, urutan_prioritas), the year aside."""
    return [name for name in spec.natural_key
            if isinstance(spec.fields_map.get(name), tortoise_fields.IntField) and not name.startswith('tahun')]


def number_q(spec: TableSpec, text: str) -> Q | None:
    """`12` finds number 12 of any year; `12/2026` number 12 of 2026 (where the key has a `tahun`)."""
    names = number_fields(spec)
    if not names:
        return None
    if _NUMBER.match(text):
        q = Q()
        for name in names:
            q |= Q(**{name: int(text)})
        return q
    match = _NUMBER_OF_YEAR.match(text)
    if match and 'tahun' in spec.natural_key:
        q = Q()
        for name in names:
            q |= Q(**{name: int(match[1])})
        return q & Q(tahun=int(match[2]))
    return None


def typo_patterns(word: str) -> list[str]:
    """LIKE patterns (upper case) that find `word` with at most one typo: a letter wrong, one
    missing, one extra, or two neighbours swapped. A short word, or a number, only as typed."""
    word = word.upper()
    variants = [word]
    if len(word) >= TYPO_MIN_LENGTH and not word.isdigit():
        n = len(word)
        variants += [word[:i] + '_' + word[i + 1:] for i in range(n)]                      # wrong letter
        variants += [word[:i] + '_' + word[i:] for i in range(1, n)]                       # missing letter
        variants += [word[:i] + word[i + 1:] for i in range(n)]                            # extra letter
        variants += [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(n - 1)]  # swapped
        # in a substring a wildcard at either end, or fewer letters than a short word, finds too much:
        # '_PBD' is any text with 'PBD' (APBDes for BPBD)
        variants = [v for v in variants if not v.startswith('_') and not v.endswith('_')
                    and len(v.replace('_', '')) >= TYPO_MIN_LENGTH]
    return [f'%{variant}%' for variant in dict.fromkeys(variants)]


class TypoIds(BoundTerm):
    """`(SELECT id FROM <table> WHERE <every word, one typo allowed, in one search field>)`, the
    patterns bound as parameters."""

    def __init__(self, spec: TableSpec, words: list[list[str]]) -> None:
        super().__init__()
        self.spec = spec
        self.words = words
        self.shape = ('typo', spec.name, tuple(len(patterns) for patterns in words))
        self.params = [pattern for patterns in words for _ in spec.search for pattern in patterns]

    def get_sql(self, ctx) -> str:
        conditions = []
        for patterns in self.words:
            alternatives = [f'UPPER(CAST("{name}" AS VARCHAR)) LIKE {ValueWrapper(pattern).get_sql(ctx)}'
                            for name in self.spec.search for pattern in patterns]
            conditions.append('(' + ' OR '.join(alternatives) + ')')
        return f'(SELECT "id" FROM "{self.spec.name}" WHERE {" AND ".join(conditions)})'


def typo_q(spec: TableSpec, text: str) -> Q | None:
    """Every word in one of the search fields, with one typo allowed (None when no word could have one)."""
    words = _TOKEN.findall(text)
    if not spec.search or not any(len(word) >= TYPO_MIN_LENGTH and not word.isdigit() for word in words):
        return None
    return Q(id__in=TypoIds(spec, [typo_patterns(word) for word in words]))


def _hit(spec: TableSpec, row: Any, text: str) -> Hit:
    name, snippet = matched_field(spec, row, text)
    return Hit(row.id, row_label(spec, row) or f'#{row.id}', spec.label_of(name) if name else '', snippet)


def matched_field(spec: TableSpec, row: Any, text: str) -> tuple[str | None, str]:
    """The search field the text was found in (the first with a word of it, else the one with the
    closest word), and its text around the word."""
    words = [word.casefold() for word in _TOKEN.findall(text)]
    best: tuple[float, str | None, int] = (0.0, None, 0)
    for name in spec.search:
        value = getattr(row, name, None)
        if not value:
            continue
        value = str(value)
        lowered = value.casefold()
        for word in words:
            at = lowered.find(word)
            if at >= 0:
                return name, _around(value, at)
        for match in _TOKEN.finditer(lowered):
            score = max(SequenceMatcher(None, word, match[0]).ratio() for word in words)
            if score > best[0]:
                best = (score, name, match.start())
    if best[1] is None:
        return None, ''
    return best[1], _around(str(getattr(row, best[1])), best[2])


def _around(value: str, at: int) -> str:
    """About SNIPPET_WIDTH characters of `value` around the character at `at`, on one line."""
    start = 0 if len(value) <= SNIPPET_WIDTH else max(0, min(at - SNIPPET_WIDTH // 3, len(value) - SNIPPET_WIDTH))
    piece = ' '.join(value[start:start + SNIPPET_WIDTH].split())
    return ('…' if start > 0 else '') + piece + ('…' if start + SNIPPET_WIDTH < len(value) else '')


async def record_lines(spec: TableSpec, row: Any) -> list[tuple[str, str]]:
    """A row as someone who may only read it sees it: each field of its form (files aside) with
    its label and its value as the grid shows it, a foreign key as its row's label."""
    lines = []
    for name in spec.form:
        f = spec.field(name)
        if isinstance(f, FilesField):
            continue
        if spec.is_fk(name):
            target = getattr(row, f'{name}_id')
            text = (await related_labels(spec, name, {target})).get(target, '') if target is not None else ''
        else:
            text = display(f, getattr(row, name))
        lines.append((spec.label_of(name), text))
    return lines
