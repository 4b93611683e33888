"""Per-person grid settings (hidden columns, widths), the headers of their import files mapped to
fields (core.import_mapping decides what may be kept), and saved views ('tampilan') of a table: a
search, filters and sort, and the Rekap chosen on them if any (core.rekap)."""
from __future__ import annotations

from typing import Any

from core.access import Action, Actor, can
from core.listing import ListQuery, filters_from_url, filters_to_url
from core.rekap import RekapChoice, read_choice
from locales import t
from models.preferences import GridPreference, SavedView
from models.table import TableSpec

MAX_VIEWS = 30
MAX_VIEW_NAME = 60
MAX_MAPPED_HEADERS = 300   # remembered import headers per person and table; the oldest go first
MAX_HEADER = 200


async def grid_preference(actor: Actor, spec: TableSpec) -> tuple[set[str], dict[str, int]]:
    if actor.user_id is None:
        return set(), {}
    pref = await GridPreference.get_or_none(user_id=actor.user_id, tabel=spec.name)
    if pref is None:
        return set(), {}
    hidden = {name for name in pref.tersembunyi if name in spec.columns}
    widths = {name: int(width) for name, width in pref.lebar.items() if name in spec.columns and 40 <= int(width) <= 1200}
    return hidden, widths


async def save_grid_preference(actor: Actor, spec: TableSpec, *, hidden: set[str] | None = None,
                               width: tuple[str, int] | None = None) -> None:
    if actor.user_id is None or not can(actor, Action.LIHAT, spec):
        return
    pref, _ = await GridPreference.get_or_create(user_id=actor.user_id, tabel=spec.name)
    if hidden is not None:
        pref.tersembunyi = sorted(name for name in hidden if name in spec.columns)
    if width is not None and width[0] in spec.columns:
        pref.lebar = {**pref.lebar, width[0]: max(40, min(1200, int(width[1])))}
    await pref.save()


async def import_mapping(actor: Actor, spec: TableSpec) -> dict[str, str | None]:
    """The headers this person mapped when importing into this table: header → field name or None."""
    if actor.user_id is None:
        return {}
    pref = await GridPreference.get_or_none(user_id=actor.user_id, tabel=spec.name)
    stored = pref.impor if pref is not None and isinstance(pref.impor, dict) else {}
    return {header: name or None for header, name in stored.items() if isinstance(name, str)}


async def save_import_mapping(actor: Actor, spec: TableSpec, mapping: dict[str, str | None]) -> None:
    """Add headers to what this person mapped before; a header mapped again moves to the newest."""
    if actor.user_id is None or not mapping:
        return
    pref, _ = await GridPreference.get_or_create(user_id=actor.user_id, tabel=spec.name)
    kept = {header: name for header, name in (pref.impor or {}).items() if header not in mapping}
    kept.update({header[:MAX_HEADER]: name or '' for header, name in mapping.items()})
    pref.impor = dict(list(kept.items())[-MAX_MAPPED_HEADERS:])
    await pref.save(update_fields=['impor'])


def encode_view(spec: TableSpec, query: ListQuery, rekap: RekapChoice | None = None) -> dict[str, Any]:
    content = {'cari': query.search, 'filter': filters_to_url(spec, query.filters),
               'urut': [[name, desc] for name, desc in query.sort if name in spec.sortable()]}
    if rekap is not None:
        content['rekap'] = rekap.to_state()
    return content


def decode_view(spec: TableSpec, content: dict[str, Any]) -> dict[str, Any]:
    """A stored view read back; its rekap whitelisted again (None when it has none, or names a
    column the table no longer offers)."""
    return {'search': str(content.get('cari') or ''),
            'filters': filters_from_url(spec, {k: list(v) for k, v in (content.get('filter') or {}).items()}),
            'sort': tuple((name, bool(desc)) for name, desc in content.get('urut') or [] if name in spec.sortable()),
            'rekap': read_choice(spec, content.get('rekap'))}


async def saved_views(actor: Actor, spec: TableSpec) -> dict[int, str]:
    if actor.user_id is None:
        return {}
    views = await SavedView.filter(user_id=actor.user_id, tabel=spec.name).order_by('nama')
    return {view.id: view.nama for view in views}


async def save_view(actor: Actor, spec: TableSpec, name: str, query: ListQuery,
                    rekap: RekapChoice | None = None) -> str | None:
    """Save the current search/filters/sort (and the Rekap chosen on them) under a name; returns an
    Indonesian message on failure."""
    name = (name or '').strip()
    if not name:
        return t('rekaman.tampilan.beri_nama')
    if len(name) > MAX_VIEW_NAME:
        return t('rekaman.tampilan.terlalu_panjang', n=MAX_VIEW_NAME)
    if actor.user_id is None or not can(actor, Action.LIHAT, spec):
        return t('rekaman.tampilan.ditolak')
    if await SavedView.filter(user_id=actor.user_id, tabel=spec.name).count() >= MAX_VIEWS:
        return t('rekaman.tampilan.terlalu_banyak', n=MAX_VIEWS)
    await SavedView.update_or_create(user_id=actor.user_id, tabel=spec.name, nama=name,
                                     defaults={'isi': encode_view(spec, query, rekap)})
    return None


async def load_view(actor: Actor, spec: TableSpec, view_id: int) -> dict[str, Any] | None:
    view = await SavedView.get_or_none(id=view_id, user_id=actor.user_id, tabel=spec.name)
    return decode_view(spec, view.isi) if view else None


async def delete_view(actor: Actor, spec: TableSpec, view_id: int) -> None:
    await SavedView.filter(id=view_id, user_id=actor.user_id, tabel=spec.name).delete()
