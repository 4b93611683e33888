"""The figures of the home page: first what the viewer's role asks (the Camat and Sekcam: overdue
items per section and process; a Kepala or Staf: their section's open items; an Operator Desa: their
desa's rows), each count a link to the grid that shows exactly those rows; then the charts
(ui.echart). Each figure counts only what the viewer may see, and a click on it opens the grid with
the matching filter (or the IKM page on the clicked triwulan).

The charts are laid out for 1366 px and for a phone alike: the grid of cards narrows to one column,
each chart keeps its labels inside its box (grid.containLabel), long names lie on horizontal bars,
wrapped, with the whole name in the tooltip, and ECharts follows the card's width by itself; the
role tables leave out their process column on a phone, so that their counts stay in view."""
from __future__ import annotations

import calendar
from datetime import date
from urllib.parse import urlencode

from nicegui import ui

from core import ikm
from core.access import Action, Actor, can
from core.dashboard_figures import (GridCount, IkmTriwulan, counts_per_choice, counts_per_period, desa_counts,
                                    ikm_triwulan, overdue_per_section, section_workload, serapan_per_program,
                                    table_counts)
from core.for_me import person_of
from core.listing import grid_link
from forms.indonesian import MONTHS, format_date, format_number
from locales import t
from models.choices import RoleKind
from models.clock import office_today
from models.process_map import PROCESSES, Process
from models.table import TABLES, TableSpec
from pages.frame import process_tables, visible_tables

OVERDUE_COLOR = '#c10015'
BAR_COLOR = '#1f5f8b'
MUTU_COLOR = {'A': 'positive', 'B': 'primary', 'C': 'warning', 'D': 'negative'}
CARDS = 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))'   # one column on a phone
# fixed JavaScript formatters (no user data in them): numbers with a decimal comma, as on the page
DECIMAL_JS = 'v => v == null ? "" : v.toFixed(2).replace(".", ",")'
POINT_LABEL_JS = 'p => p.value == null ? "" : p.value.toFixed(2).replace(".", ",")'
PERCENT_LABEL_JS = 'p => p.value.toFixed(2).replace(".", ",") + " %"'
# every other point's value below the line: side by side they run together on a phone, and
# ECharts' labelLayout.hideOverlap does not part labels that only touch
ALTERNATE_LABELS_JS = 'p => p.dataIndex % 2 ? {dy: 26} : {}'
COUNT_JS = 'v => v == null ? "" : v.toLocaleString("id-ID")'     # 1.200, not ECharts' own 1,200
WIDE_ONLY = 'gt-xs'  # Quasar: shown from 600 px up
NAME_WIDTH = 150     # px of a category name beside a horizontal bar; a longer name wraps


def count_axis() -> dict:
    """A value axis of whole counts, its numbers written as on the page."""
    return {'type': 'value', 'minInterval': 1, 'axisLabel': {':formatter': COUNT_JS}}


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
            'tooltip': {'trigger': 'axis', ':valueFormatter': COUNT_JS},
            'legend': {'data': [data, lewat], 'top': 0},
            'grid': {'left': 8, 'right': 10, 'bottom': 8, 'top': 36, 'containLabel': True},
            'xAxis': {'type': 'category', 'data': [p.code for p in processes],
                      'axisLabel': {'interval': 0, 'rotate': 45}},
            'yAxis': count_axis(),
            'series': [{'name': data, 'type': 'bar', 'data': totals},
                       {'name': lewat, 'type': 'bar', 'data': late, 'itemStyle': {'color': OVERDUE_COLOR},
                        # a few overdue beside a thousand rows make no visible bar: their number says it
                        'label': {'show': True, 'position': 'top', 'color': OVERDUE_COLOR,
                                  ':formatter': 'p => p.value ? p.value : ""'}}],
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
        ui.navigate.to(grid_link(spec, {field: (start, end)}))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.surat_per_bulan')).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis', ':valueFormatter': COUNT_JS}, 'legend': {'top': 0},
            'grid': {'left': 8, 'right': 10, 'bottom': 8, 'top': 36, 'containLabel': True},
            'xAxis': {'type': 'category', 'axisLabel': {'hideOverlap': True},
                      'data': [t('beranda.grafik.bulan', bulan=MONTHS[a.month - 1][:3],
                                                      tahun=f'{a.year % 100:02d}') for a, _ in months]},
            'yAxis': count_axis(),
            'series': series,
        }, on_point_click=open_month).classes('w-full h-64').mark('grafik-surat')


async def services_chart(actor: Actor) -> None:
    """Layanan per status as horizontal bars (a pie's labels tangle on a phone); a bar opens the
    register filtered to its status."""
    spec = visible(actor, 'register_layanan')
    if spec is None:
        return
    counts = await counts_per_choice(actor, spec, 'status')

    def open_status(event) -> None:
        ui.navigate.to(grid_link(spec, {'status': [counts[event.data_index][0]]}))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.layanan_per_status')).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis', 'axisPointer': {'type': 'shadow'}, ':valueFormatter': COUNT_JS},
            'grid': {'left': 8, 'right': 40, 'bottom': 8, 'top': 8, 'containLabel': True},
            'xAxis': count_axis(),
            'yAxis': {'type': 'category', 'inverse': True, 'data': [status for status, _ in counts]},
            'series': [{'name': t('beranda.grafik.data'), 'type': 'bar', 'data': [n for _, n in counts],
                        'itemStyle': {'color': BAR_COLOR}, 'label': {'show': True, 'position': 'right'}}],
        }, on_point_click=open_status).classes('w-full h-64').mark('grafik-layanan')


async def budget_chart(actor: Actor, today: date) -> None:
    """Serapan per program, by the programs' names on horizontal bars (a name longer than the room
    wraps; the tooltip shows it whole); a bar opens the Anggaran grid on that program's sub kegiatan."""
    spec = visible(actor, 'anggaran')
    programs = await serapan_per_program(actor, today.year) if spec else []
    if not programs:
        return

    def open_program(event) -> None:
        ui.navigate.to(grid_link(spec, programs[event.data_index].filters))
    with ui.card().classes('w-full'):
        ui.label(t('beranda.grafik.serapan_judul', tahun=today.year)).classes('text-subtitle1')
        ui.echart({
            'tooltip': {'trigger': 'axis', 'axisPointer': {'type': 'shadow'}, ':valueFormatter': DECIMAL_JS},
            'grid': {'left': 8, 'right': 56, 'bottom': 8, 'top': 8, 'containLabel': True},
            'xAxis': {'type': 'value', 'min': 0, 'max': 100, 'interval': 50},   # 0 20 40 60 80 100 run together on a phone
            'yAxis': {'type': 'category', 'inverse': True, 'data': [p.nama for p in programs],
                      'axisLabel': {'width': NAME_WIDTH, 'overflow': 'break', 'lineHeight': 14}},
            'series': [{'name': t('beranda.grafik.serapan'), 'type': 'bar', 'itemStyle': {'color': BAR_COLOR},
                        'data': [float(p.persen) for p in programs],
                        'label': {'show': True, 'position': 'right', ':formatter': PERCENT_LABEL_JS}}],
        }, on_point_click=open_program).classes('w-full').style(f'height: {max(16, 4 * len(programs) + 2)}rem') \
            .mark('grafik-anggaran')


def ikm_headline(quarter: IkmTriwulan) -> None:
    """'IKM TW IV 2026: 86,21 (B)' and '▲ 1,40 dari TW III 2026'."""
    def label(periode: ikm.Periode) -> str:
        return t('beranda.grafik.triwulan', triwulan=ikm.ROMAWI[periode.triwulan], tahun=periode.tahun)
    hasil = quarter.hasil
    if hasil is None:
        ui.label(t('beranda.ikm.kosong', periode=label(quarter.periode))).classes('text-subtitle2 text-grey-7') \
            .mark('ikm-triwulan')
        return
    with ui.row().classes('items-baseline gap-x-3 gap-y-0'):
        ui.label(t('beranda.ikm.nilai', periode=label(quarter.periode), nilai=format_number(hasil.ikm, 2),
                   mutu=hasil.mutu.huruf)).classes(f'text-h6 text-{MUTU_COLOR[hasil.mutu.huruf]}').mark('ikm-triwulan')
        change = quarter.selisih
        if change is not None:
            key = 'naik' if change > 0 else 'turun' if change < 0 else 'tetap'
            ui.label(t(f'beranda.ikm.{key}', selisih=format_number(abs(change), 2), periode=label(quarter.sebelumnya))) \
                .classes('text-body2 ' + {'naik': 'text-positive', 'turun': 'text-negative'}.get(key, 'text-grey-7')) \
                .mark('ikm-selisih')


async def ikm_chart(actor: Actor, today: date) -> None:
    """This triwulan's IKM with its mutu and the change from the last, above the IKM per triwulan of
    last year and this year with their values; a point opens the IKM page on its triwulan."""
    quarter = await ikm_triwulan(actor, today)
    if quarter is None:
        return
    points = [*await ikm.tren_triwulan(today.year - 1), *await ikm.tren_triwulan(today.year)]

    def open_quarter(event) -> None:
        periode = points[event.data_index][0]
        ui.navigate.to('/ikm?' + urlencode({'tahun': periode.tahun, 'periode': periode.kunci}))
    with ui.card().classes('w-full'):
        with ui.link(target='/ikm').classes('no-underline text-subtitle1'):
            ui.label(t('beranda.grafik.ikm_judul'))
        ikm_headline(quarter)
        if not any(result for _, result in points):
            return
        ui.echart({
            'tooltip': {'trigger': 'axis', ':valueFormatter': DECIMAL_JS},
            'grid': {'left': 8, 'right': 16, 'bottom': 8, 'top': 24, 'containLabel': True},
            'xAxis': {'type': 'category', 'axisLabel': {'hideOverlap': True},
                      'data': [t('beranda.grafik.triwulan', triwulan=ikm.ROMAWI[p.triwulan], tahun=p.tahun)
                               for p, _ in points]},
            'yAxis': {'type': 'value', 'min': 25, 'max': 100},
            'series': [{'name': t('ikm.singkatan'), 'type': 'line', 'connectNulls': True,
                        'data': [float(r.ikm) if r else None for _, r in points],
                        'itemStyle': {'color': BAR_COLOR},
                        'label': {'show': True, 'position': 'top', ':formatter': POINT_LABEL_JS},
                        ':labelLayout': ALTERNATE_LABELS_JS}],
        }, on_point_click=open_quarter).classes('w-full h-64').mark('grafik-ikm')


# --------------------------------------------------------------------------- what each role asks

def markup_table(headers: list[str], wide_only: tuple[int, ...] = ()):
    """A dense bordered table of plain elements (Quasar's markup table), scrolling sideways on a phone;
    the columns `wide_only` are left out below 600 px, so that the counts stay in view on a phone."""
    with ui.element('div').classes('q-markup-table q-table__container q-table__card q-table--flat '
                                   'q-table--bordered q-table--dense w-full overflow-auto'):
        table = ui.element('table').classes('q-table')
        with table:
            with ui.element('thead'), ui.element('tr'):
                for i, header in enumerate(headers):
                    with ui.element('th').classes('text-left' if i < len(headers) - 2 else 'text-right') \
                            .classes(WIDE_ONLY if i in wide_only else '').style('white-space: normal'):
                        ui.label(header)
    return table


def text_cell(text: str, classes: str = '', **attributes) -> ui.element:
    cell = ui.element('td').classes('text-left ' + classes).style('white-space: normal')
    for name, value in attributes.items():
        cell.props(f'{name}={value}')
    with cell:
        ui.label(text)
    return cell


def count_cell(count: GridCount | None, marker: str, *, urgent: bool = False) -> None:
    """A count as a link to the grid of exactly its rows; '–' where the table has no such count."""
    with ui.element('td').classes('text-right'):
        if count is None:
            ui.label('–').classes('text-grey-5')
        elif count.count == 0:
            ui.label('0').classes('text-grey-6')
        else:
            ui.link(format_number(count.count), count.link) \
                .classes('text-weight-medium ' + ('text-negative' if urgent else 'text-primary')).mark(marker)


async def overdue_table(actor: Actor, today: date) -> None:
    """The Camat's and Sekcam's table: per section and process, the open and overdue items."""
    rows = await overdue_per_section(actor)
    if not rows:
        return
    with ui.card().classes('w-full').mark('lewat-batas-per-seksi'):
        ui.label(t('beranda.peran.lewat_judul')).classes('text-subtitle1')
        ui.label(t('beranda.peran.lewat_keterangan')).classes('text-caption text-grey-7')
        sections = [section for section in dict.fromkeys(w.section for w in rows)]
        with markup_table([t('beranda.peran.seksi'), t('beranda.peran.proses'), t('beranda.peran.tabel'),
                           t('beranda.peran.terbuka'), t('beranda.peran.lewat')], wide_only=(1,)), \
                ui.element('tbody'):
            for section in sections:
                own = [w for w in rows if w.section == section]
                late = sum(w.late for w in own)
                for i, work in enumerate(own):
                    with ui.element('tr'):
                        if i == 0:
                            with text_cell(section.value if section else t('beranda.peran.tanpa_seksi'),
                                           rowspan=len(own)):
                                ui.label(t('common.lewat_batas', n=format_number(late))) \
                                    .classes('text-caption ' + ('text-negative' if late else 'text-grey-6'))
                        process = text_cell(f'{work.process.code} {work.process.name}', WIDE_ONLY)
                        if i:   # first in its row below a section's cell, yet not the table's first column
                            process.style('padding-left: 8px')
                        text_cell(work.spec.label)
                        count_cell(work.open, f'terbuka-{work.spec.name}')
                        count_cell(work.overdue, f'lewat-{work.spec.name}', urgent=True)


async def workload_table(actor: Actor, today: date) -> None:
    """A Kepala's or Staf's table: their section's open items, the tables with overdue items first."""
    section = (await person_of(actor)).section
    work = await section_workload(actor, section) if section else []
    if not work:
        return
    with ui.card().classes('w-full').mark('beban-seksi'):
        ui.label(t('beranda.peran.beban_judul', seksi=section.value)).classes('text-subtitle1')
        with markup_table([t('beranda.peran.proses'), t('beranda.peran.tabel'), t('beranda.peran.terbuka'),
                           t('beranda.peran.lewat')], wide_only=(0,)), ui.element('tbody'):
            for item in work:
                with ui.element('tr'):
                    text_cell(f'{item.process.code} {item.process.name}', WIDE_ONLY)
                    text_cell(item.spec.label)
                    count_cell(item.open, f'terbuka-{item.spec.name}')
                    count_cell(item.overdue, f'lewat-{item.spec.name}', urgent=True)


async def desa_table(actor: Actor) -> None:
    """An Operator Desa's table: their desa's rows per table, and the open ones."""
    counts = await desa_counts(actor)
    if not counts:
        return
    with ui.card().classes('w-full').mark('data-desa'):
        ui.label(t('beranda.peran.desa_judul')).classes('text-subtitle1')
        with markup_table([t('beranda.peran.proses'), t('beranda.peran.tabel'), t('beranda.peran.data'),
                           t('beranda.peran.terbuka')], wide_only=(0,)), ui.element('tbody'):
            for item in counts:
                with ui.element('tr'):
                    text_cell(f'{item.process.code} {item.process.name}', WIDE_ONLY)
                    text_cell(item.spec.label)
                    count_cell(item.total, f'desa-{item.spec.name}')
                    count_cell(item.open, f'terbuka-{item.spec.name}')


async def role_figures(actor: Actor, today: date) -> None:
    if actor.kind == RoleKind.PIMPINAN:
        await overdue_table(actor, today)
    elif actor.kind in (RoleKind.KEPALA, RoleKind.STAF):
        await workload_table(actor, today)
    elif actor.is_desa_operator:
        await desa_table(actor)


async def dashboard(actor: Actor) -> None:
    today = office_today()
    await role_figures(actor, today)
    with ui.grid(columns=CARDS).classes('w-full gap-4'):
        await ikm_chart(actor, today)
        await process_chart(actor)
        await letters_chart(actor, today)
        await services_chart(actor)
        await budget_chart(actor, today)
