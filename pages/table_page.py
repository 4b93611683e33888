"""/tabel/<name>: one page for every registered table."""
from __future__ import annotations

from fastapi import Request

from core.access import Action, Actor, can, refusal
from core.auth import current_actor
from core.listing import read_link_filters
from locales import t
from models.process_map import PROCESS_BY_CODE
from models.table import TABLES
from pages.frame import forbidden, frame, logged_in_page, not_found
from pages.table_view import TableView


def register() -> None:
    @logged_in_page('/tabel/{name}')
    async def table_page(actor: Actor, name: str, request: Request) -> None:
        spec = TABLES.get(name)
        if spec is None:
            not_found(actor, t('grid.halaman_tabel.tidak_ada'))
            return
        if not can(actor, Action.LIHAT, spec):
            forbidden(actor, refusal(Action.LIHAT, spec.label))
            return
        process = PROCESS_BY_CODE.get(spec.process) if spec.process else None
        subtitle = t('grid.halaman_tabel.subjudul_proses', kode=process.code, nama=process.name) if process \
            else t('common.data_referensi')
        with frame(actor, spec.label, subtitle=subtitle):
            params = {key: request.query_params.getlist(key) for key in request.query_params}
            link = read_link_filters(spec, params)
            await TableView(spec, actor, current_actor, filters=link.filters, unreadable=link.unreadable).build()
