"""What a grid shows: the query built from search, filters and sort (whitelisted), paged on the
server, and the same query streamed in chunks for the export. One query builder for both, so the
export is exactly what the grid shows.

    query.py    the query (ListQuery) and the rows an actor sees for it
    link.py     its filters in a link and back, and in words for an export's title
    search.py   the search, through a table's full-text index when it has one
    page.py     one page: the count, the rows, their display text
    rows.py     rows as the grid shows them; the labels of the rows a foreign key points at
    export.py   every row, a chunk at a time, for the export
    plan.py     what is derived from a table's description alone, made once per table
    driver.py   every use of Tortoise's and aiosqlite's private workings, behind one switch

Speed at a million rows (docs/design.md §Speed; measured by bench/grid.py and bench/export.py):
the search uses a table's FTS5 index; a count reads indexes only where it can; a page in the second
half of the result is read in the reversed order; the export reads by keyset, raw rows converted
by the listing itself. Speed of a small page (at 10k rows the SQL of a page takes well under a
millisecond, so the fixed cost around it counts): the count and the page are one hand-off to the
SQLite driver's thread, the SQL text of a query is built by Tortoise once per shape and then only
bound to new values, the labels of the foreign keys shown are joined into the page's query, and a
page reads only the fields it shows and converts a value only when it is shown. These four lean
on the libraries' private workings (driver.USE_DRIVER_INTERNALS); without them the plain ORM path
gives the same rows.
"""
from core.listing.export import export_chunks
from core.listing.link import (LinkFilters, describe_query, filters_from_url, filters_to_url, grid_link, link_search,
                               read_link_filters)
from core.listing.page import count_rows, fetch_page
from core.listing.plan import export_value
from core.listing.query import PAGE_SIZES, ListQuery, Page, build_queryset
from core.listing.rows import display_rows, related_labels, row_label
from core.listing.search import match_expression

__all__ = ['PAGE_SIZES', 'LinkFilters', 'ListQuery', 'Page', 'build_queryset', 'count_rows', 'describe_query',
           'display_rows', 'export_chunks', 'export_value', 'fetch_page', 'filters_from_url', 'filters_to_url',
           'grid_link', 'link_search', 'match_expression', 'read_link_filters', 'related_labels', 'row_label']
