"""The charts of the home page (ui.echart). Each figure counts only what the viewer may see, and a
click on it opens the grid with the matching filter."""
from __future__ import annotations

import calendar
from datetime import date
from urllib.parse import urlencode

from nicegui import ui

from core.access import Action, Actor, can
from core.dashboard_figures import budget_per_sub_kegiatan, counts_per_choice, counts_per_period, table_counts
from locales import t
from forms.indonesian import MONTHS, format_date
from models.process_map import PROCESSES, Process
from models.table import TABLES, TableSpec
from pages.frame import process_tables, visible_tables

OVERDUE_COLOR = '#c10015'


def table_link(spec: TableSpec, **filters: str | list[str]) -> str:
    query = urlencode([(k, v) for k, vs in filters.items() for v in ([vs] if isinstance(vs, str) else vs)])
    return f'/tabel/{spec.name}' + (f'?{query}' if query else '')


def last_months(today: date, count: int = 12) -> list[tuple[date, date]]:
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append((date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def visible(actor: Actor, name: str) -> TableSpec | None:
    spec = TABLES.get(name)
    return spec if spec is not None and can(actor, Action.LIHAT, spec) else None


async def process_chart(actor: Actor) -> None:
    processes: list[Process] = [p for p in PROCESSES if not any(c.parent == p.code for c in PROCESSES)
                                and visible_tables(actor, process_tables(p))]
    if not processes:
        return
    totals, late = [], []
    for process in processes:
        numbers = (await table_counts(actor, visible_tables(actor, process_tables(process)))).values()
        totals.append(sum(n[0] for n in numbers))
        late.append(sum(n[1] for n in numbers))

    def open_process(event) -> None:
        ui.navigate.to(f'/proses/{processes[event.data_index].slug}')
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.data_per_proses')).classes('text-subtitle1')
        data, lewat = t('beranda.grafik.data'), t('beranda.grafik.lewat_batas')
        ui.echart({
            'tooltip': {'trigger': 'axis'},
            'legend': {'data': [data, lewat], 'top': 0},
            'grid': {'left': 40, 'right': 10, 'bottom': 30, 'top': 36},
            'xAxis': {'type': 'category', 'data': [p.code for p in processes]},
            'yAxis': {'type': 'value', 'minInterval': 1},
            'series': [{'name': data, 'type': 'bar', 'data': totals},
                       {'name': lewat, 'type': 'bar', 'data': late, 'itemStyle': {'color': OVERDUE_COLOR}}],
        }, on_point_click=open_process).classes('w-full h-64').mark('grafik-proses')


async def letters_chart(actor: Actor, today: date) -> None:
    tables = [(spec, field) for spec, field in ((visible(actor, 'surat_masuk'), 'tanggal_diterima'),
                                                 (visible(actor, 'surat_keluar'), 'tanggal_surat')) if spec]
    if not tables:
        return
    months = last_months(today)
    series = []
    for spec, field in tables:
        series.append({'name': spec.label, 'type': 'bar', 'data': await counts_per_period(actor, spec, field, months)})

    def open_month(event) -> None:
        spec, field = tables[event.series_index]
        start, end = months[event.data_index]
        ui.navigate.to(table_link(spec, **{field: f'{format_date(start)}..{format_date(end)}'}))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.surat_per_bulan')).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis'}, 'legend': {'top': 0},
            'grid': {'left': 40, 'right': 10, 'bottom': 30, 'top': 36},
            'xAxis': {'type': 'category', 'data': [t('beranda.grafik.bulan', bulan=MONTHS[a.month - 1][:3],
                                                      tahun=f'{a.year % 100:02d}') for a, _ in months]},
            'yAxis': {'type': 'value', 'minInterval': 1},
            'series': series,
        }, on_point_click=open_month).classes('w-full h-64').mark('grafik-surat')


async def services_chart(actor: Actor) -> None:
    spec = visible(actor, 'register_layanan')
    if spec is None:
        return
    data = [{'name': status, 'value': count} for status, count in await counts_per_choice(actor, spec, 'status')]

    def open_status(event) -> None:
        ui.navigate.to(table_link(spec, status=event.name))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.layanan_per_status')).classes('text-subtitle1')
        ui.echart({'tooltip': {'trigger': 'item'}, 'legend': {'bottom': 0},
                   'series': [{'type': 'pie', 'radius': ['35%', '65%'], 'data': data}]},
                  on_point_click=open_status).classes('w-full h-64').mark('grafik-layanan')


async def budget_chart(actor: Actor, today: date) -> None:
    spec = visible(actor, 'anggaran')
    if spec is None:
        return
    per_sub, labels = await budget_per_sub_kegiatan(actor, spec, today.year)
    if not per_sub:
        return
    ids = list(per_sub)

    def open_sub(event) -> None:
        ui.navigate.to(table_link(spec, sub_kegiatan=str(ids[event.data_index]), tahun=f'{today.year}..{today.year}'))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.serapan_judul', tahun=today.year)).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis'},
            'grid': {'left': 40, 'right': 10, 'bottom': 60, 'top': 20},
            'xAxis': {'type': 'category', 'data': [labels.get(i, str(i))[:24] for i in ids],
                      'axisLabel': {'rotate': 20}},
            'yAxis': {'type': 'value', 'max': 100},
            'series': [{'name': t('beranda.grafik.serapan'), 'type': 'bar',
                        'data': [round(float(r / p * 100), 2) if p else 0 for p, r in (per_sub[i] for i in ids)]}],
        }, on_point_click=open_sub).classes('w-full h-64').mark('grafik-anggaran')


async def ikm_chart(actor: Actor, today: date) -> None:
    """The IKM per triwulan of last year and this year; a click opens the IKM page."""
    if visible(actor, 'skm_responden') is None:
        return
    from core import ikm
    points = [*await ikm.tren_triwulan(today.year - 1), *await ikm.tren_triwulan(today.year)]
    if not any(result for _, result in points):
        return
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.ikm_judul')).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis'},
            'grid': {'left': 40, 'right': 10, 'bottom': 30, 'top': 20},
            'xAxis': {'type': 'category',
                      'data': [t('beranda.grafik.triwulan', triwulan=ikm.ROMAWI[p.triwulan], tahun=p.tahun)
                               for p, _ in points]},
            'yAxis': {'type': 'value', 'min': 25, 'max': 100},
            'series': [{'name': t('ikm.singkatan'), 'type': 'line', 'connectNulls': True,
                        'data': [float(r.ikm) if r else None for _, r in points]}],
        }, on_point_click=lambda _: ui.navigate.to('/ikm')).classes('w-full h-64').mark('grafik-ikm')


async def dashboard(actor: Actor) -> None:
    today = date.today()
    with ui.grid(columns='repeat(auto-fit, minmax(340px, 1fr))').classes('w-full gap-4'):
        await process_chart(actor)
        await letters_chart(actor, today)
        await services_chart(actor)
        await ikm_chart(actor, today)
        await budget_chart(actor, today)
