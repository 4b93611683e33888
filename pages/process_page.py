"""/proses/<code>: a process of the map, with its tables (and its sub-processes)."""
from __future__ import annotations

from nicegui import ui

from core.access import Actor
from core.dashboard_figures import table_counts
from locales import t
from models.process_map import PROCESSES
from models.table import tables_of
from pages.frame import forbidden, frame, logged_in_page, not_found, process_state, visible_tables
from pages.home import owner_text


def register() -> None:
    @logged_in_page('/proses/{slug}')
    async def process_page(actor: Actor, slug: str) -> None:
        process = next((p for p in PROCESSES if p.slug == slug), None)
        if process is None:
            not_found(actor, t('proses.tidak_ada'))
            return
        state = process_state(actor, process)
        if state == 'hidden':
            forbidden(actor, t('proses.ditolak', proses=process.name))
            return
        subtitle = t('proses.subjudul', kelompok=process.group.value, pemilik=owner_text(process))
        with frame(actor, f'{process.code} {process.name}', subtitle=subtitle):
            if process.parties:
                ui.label(t('common.pihak_terkait', pihak=', '.join(process.parties))).classes('text-body2')
            if state == 'none':
                ui.label(t('common.belum_tersedia')).classes('text-grey-7').mark('belum-tersedia')
                return
            children = [p for p in PROCESSES if p.parent == process.code]
            for sub in [process, *children]:
                specs = visible_tables(actor, tables_of(sub.code))
                if not specs:
                    continue
                if sub is not process:
                    ui.link(f'{sub.code} {sub.name}', f'/proses/{sub.slug}').classes('text-h6 q-mt-md')
                counts = await table_counts(actor, specs)
                with ui.row().classes('gap-4'):
                    for spec in specs:
                        total, late = counts[spec.name]
                        with ui.card().classes('w-64 cursor-pointer').on(
                                'click', lambda s=spec: ui.navigate.to(f'/tabel/{s.name}')):
                            ui.link(spec.label, f'/tabel/{spec.name}').classes('text-subtitle1')
                            ui.label(t('proses.jumlah_data', n=total))
                            if late:
                                ui.label(t('common.lewat_batas', n=late)).classes('text-negative')
                    if sub.code == 'U1' and any(s.name == 'skm_responden' for s in specs):
                        with ui.card().classes('w-64 cursor-pointer bg-blue-1').on(
                                'click', lambda: ui.navigate.to('/ikm')).mark('tautan-ikm'):
                            ui.link(t('proses.ikm.judul'), '/ikm').classes('text-subtitle1')
                            ui.label(t('proses.ikm.keterangan'))
