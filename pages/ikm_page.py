"""/ikm: the Indeks Kepuasan Masyarakat of U1 Pelayanan Publik (core.ikm, PermenPAN-RB 14/2017).

Visible to whoever may view the SKM answers (skm_responden); the export needs 'ekspor' on that
table. Every handler reloads the actor from the session and asks the role matrix again.

It opens on the current triwulan, the period the Camat asks about (issue #18); a link may name
another (`/ikm?tahun=2026&periode=t3`, as a point of the home page's IKM chart does).
"""
from __future__ import annotations

from fastapi import Request
from nicegui import ui

from core import ikm, pengaduan_figures
from core.access import AccessDenied, Action, Actor, can, refusal
from core.auth import current_actor
from core.dashboard_figures import triwulan_of
from core.ikm import KUNCI_PERIODE, UNSUR, Hasil, LaporanIkm, Periode, pilihan_periode, round_half_up
from locales import t
from exports.ikm_export import SKM, export_ikm
from forms import indonesian
from forms.indonesian import format_long_date, format_number
from models.process_map import PROCESS_BY_CODE
from models.table import TABLES
from pages import downloads
from pages.frame import forbidden, frame, logged_in_page, with_actor

SEMUA = 0  # the layanan selector's "every layanan"
# a fixed JavaScript formatter (no user data in it): chart labels with a decimal comma, as on the page
LABEL_2 = {'show': True, 'position': 'top', ':formatter': 'p => p.value == null ? "" : p.value.toFixed(2).replace(".", ",")'}
MUTU_COLOR = {'A': 'positive', 'B': 'primary', 'C': 'warning', 'D': 'negative'}


def decimal_text(value, places: int = 2) -> str:
    return format_number(round_half_up(value, places), places)


def unsur_chart(hasil: Hasil) -> dict:
    """Bar chart options: the NRR (1–4) of each unsur, by code."""
    return {
        'tooltip': {'trigger': 'axis'},
        'grid': {'left': 40, 'right': 16, 'top': 30, 'bottom': 30},
        'xAxis': {'type': 'category', 'data': [code.upper() for code in UNSUR]},
        'yAxis': {'type': 'value', 'min': 0, 'max': 4, 'name': t('ikm.unsur.nrr')},
        'series': [{'type': 'bar', 'name': t('ikm.unsur.nrr'),
                    'data': [float(round_half_up(hasil.nrr[c], 3)) for c in UNSUR],
                    'label': dict(LABEL_2), 'itemStyle': {'color': '#1f5f8b'}}],
    }


def trend_chart(trend: list[tuple[Periode, Hasil | None]]) -> dict:
    return {
        'tooltip': {'trigger': 'axis'},
        'grid': {'left': 40, 'right': 16, 'top': 30, 'bottom': 30},
        'xAxis': {'type': 'category', 'data': [t('ikm.grafik.triwulan', triwulan=ikm.ROMAWI[p.triwulan])
                                               for p, _ in trend]},
        'yAxis': {'type': 'value', 'min': 25, 'max': 100, 'name': t('ikm.singkatan')},
        'series': [{'type': 'line', 'name': t('ikm.singkatan'), 'connectNulls': True,
                    'data': [float(h.ikm) if h else None for _, h in trend],
                    'label': dict(LABEL_2), 'itemStyle': {'color': '#1f5f8b'}}],
    }


class IkmView:
    def __init__(self, actor: Actor, tahun: str | None = None, kunci: str | None = None) -> None:
        """`tahun` and `kunci` as a link gives them (text); the current triwulan without them."""
        self.actor = actor
        self.spec = TABLES[SKM]
        self.asked = (tahun, kunci)
        self.tahun: int = 0
        self.kunci = 'tahun'
        self.layanan_id = SEMUA
        self.layanan: dict[int, str] = {}
        self.years: list[int] = []
        self.report: LaporanIkm | None = None
        self.trend: list[tuple[Periode, Hasil | None]] = []
        self.pengaduan: pengaduan_figures.AngkaPengaduan | None = None
        self.rtl: list = []

    async def fresh_actor(self, action: Action = Action.LIHAT) -> Actor | None:
        """The actor of this event, reloaded from the session, if the role matrix allows the action."""
        actor = await current_actor()
        if actor is None:
            ui.notify(t('common.sesi_berakhir'), type='warning')
            ui.navigate.to('/login')
            return None
        self.actor = actor
        if not can(actor, action, self.spec):
            ui.notify(refusal(action, t('ikm.nama')), type='negative')
            return None
        return actor

    @property
    def periode(self) -> Periode:
        return Periode.dari_kunci(self.tahun, self.kunci)

    @property
    def layanan_nama(self) -> str:
        semua = t('ikm.pilih.semua_layanan')
        return self.layanan.get(self.layanan_id, semua) if self.layanan_id else semua

    def opening_period(self) -> None:
        """The year and period to open on: the link's, when they are among the options, else the
        current triwulan (its year is offered even before anyone has answered in it)."""
        today = indonesian.today()
        self.years = sorted({*self.years, today.year}, reverse=True)
        tahun, kunci = self.asked
        self.tahun = int(tahun) if tahun and tahun.isdigit() and int(tahun) in self.years else today.year
        self.kunci = kunci if kunci in KUNCI_PERIODE else triwulan_of(today).kunci

    async def build(self) -> None:
        self.years = await ikm.tahun_survei()
        self.opening_period()
        self.layanan = await ikm.pilihan_layanan()
        with ui.row().classes('w-full items-end gap-4'):
            self.tahun_select = ui.select({y: str(y) for y in self.years}, value=self.tahun,
                                          label=t('ikm.pilih.tahun'),
                                          on_change=self.changed).classes('w-32').mark('pilih-tahun')
            self.periode_select = ui.select(pilihan_periode(), value=self.kunci, label=t('ikm.pilih.periode'),
                                            on_change=self.changed).classes('w-56').mark('pilih-periode')
            self.layanan_select = ui.select({SEMUA: t('ikm.pilih.semua_layanan'), **self.layanan}, value=SEMUA,
                                            label=t('ikm.pilih.layanan'),
                                            on_change=self.changed).classes('min-w-[20rem]').mark('pilih-layanan')
            ui.space()
            if can(self.actor, Action.EKSPOR, self.spec):
                ui.button(t('common.ekspor_excel'), icon='download', on_click=self.export).props('outline') \
                    .mark('ekspor')
                ui.button(t('common.format_laporan'), icon='print', on_click=lambda: self.export(report_format=True)) \
                    .props('outline').tooltip(t('ikm.ekspor.laporan_keterangan')).mark('ekspor-laporan')
        await self.load()
        self.content()

    def read_selection(self) -> bool:
        """Take the selectors' values, refusing anything that is not one of their options."""
        tahun, kunci, layanan_id = self.tahun_select.value, self.periode_select.value, self.layanan_select.value
        if tahun not in self.years or kunci not in KUNCI_PERIODE or (layanan_id != SEMUA and layanan_id not in self.layanan):
            return False
        self.tahun, self.kunci, self.layanan_id = tahun, kunci, layanan_id
        return True

    async def load(self) -> None:
        layanan_id = self.layanan_id or None
        self.report = await ikm.laporan(self.periode, layanan_id)
        self.trend = await ikm.tren_triwulan(self.tahun, layanan_id)
        self.pengaduan = await pengaduan_figures.angka_pengaduan(self.periode)
        self.rtl = await pengaduan_figures.rtl_of(self.periode)

    async def changed(self) -> None:
        if await self.fresh_actor() is None or not self.read_selection():
            return
        await self.load()
        self.content.refresh()

    @with_actor(lambda view: view.fresh_actor(Action.EKSPOR))
    async def export(self, actor: Actor, report_format: bool = False) -> None:
        if not self.read_selection():
            return
        try:
            made, report = await export_ikm(actor, self.periode, self.layanan_id or None, self.layanan_nama,
                                            report_format=report_format)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        ui.notify(t('ikm.ekspor.selesai', periode=report.periode.label), type='positive')
        ui.download.from_url(downloads.link(made))

    @ui.refreshable_method
    def content(self) -> None:
        report = self.report
        periode = report.periode
        ui.label(t('ikm.judul_periode', periode=periode.label, awal=format_long_date(periode.awal),
                   akhir=format_long_date(periode.akhir), layanan=self.layanan_nama)) \
            .classes('text-subtitle1 q-mt-sm').mark('judul-periode')
        total = report.total
        if total is None:
            ui.label(t('ikm.hasil.kosong', periode=periode.label)).classes('text-grey-7').mark('ikm-kosong')
            return
        with ui.row().classes('gap-4 items-stretch'):
            with ui.card().classes('min-w-[12rem]'):
                ui.label(t('ikm.hasil.nilai')).classes('text-caption text-grey-7')
                ui.label(format_number(total.ikm, 2)).classes('text-h3 text-primary').mark('nilai-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label(t('ikm.hasil.mutu')).classes('text-caption text-grey-7')
                ui.label(total.mutu.huruf).classes(f'text-h3 text-{MUTU_COLOR[total.mutu.huruf]}').mark('mutu-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label(t('ikm.hasil.kinerja')).classes('text-caption text-grey-7')
                ui.label(total.mutu.kinerja).classes('text-h5').mark('kinerja-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label(t('ikm.hasil.responden')).classes('text-caption text-grey-7')
                ui.label(format_number(total.responden)).classes('text-h5').mark('jumlah-responden')

        ui.label(t('ikm.unsur.judul')).classes('text-h6 q-mt-md')
        left = ('kode', 'unsur', 'mutu')
        columns = [{'name': name, 'label': t(f'ikm.unsur.{name}'), 'field': name,
                    **({'align': 'left'} if name in left else {})}
                   for name in ('kode', 'unsur', 'jawaban', 'jumlah', 'nrr', 'tertimbang', 'nilai', 'mutu')]
        rows = [{'kode': code.upper(), 'unsur': nama, 'jawaban': format_number(total.tally.dijawab[code]),
                 'jumlah': format_number(total.tally.jumlah[code]), 'nrr': decimal_text(total.nrr[code], 2),
                 'tertimbang': decimal_text(total.nrr_tertimbang(code), 3),
                 'nilai': format_number(total.nilai_unsur(code), 2), 'mutu': str(total.mutu_unsur(code))}
                for code, nama in UNSUR.items()]
        rows.append({'kode': '', 'unsur': t('ikm.unsur.baris_ikm'), 'jawaban': '',
                     'jumlah': '', 'nrr': '', 'tertimbang': decimal_text(ikm.ikm_unit(total.nrr), 3),
                     'nilai': format_number(total.ikm, 2), 'mutu': str(total.mutu)})
        ui.table(columns=columns, rows=rows, row_key='kode').props('dense flat bordered') \
            .classes('w-full').mark('tabel-unsur')
        self.pengaduan_and_rtl(total)
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('flex-1 min-w-[20rem] gap-0'):
                ui.label(t('ikm.grafik.unsur')).classes('text-caption text-grey-7')
                ui.echart(unsur_chart(total)).classes('w-full h-72').mark('grafik-unsur')
            with ui.column().classes('flex-1 min-w-[20rem] gap-0'):
                ui.label(t('ikm.grafik.tren', tahun=self.tahun)).classes('text-caption text-grey-7')
                ui.echart(trend_chart(self.trend)).classes('w-full h-72').mark('grafik-tren')

        ui.label(t('ikm.per_layanan.judul')).classes('text-h6 q-mt-md')
        left = ('layanan', 'kinerja')
        columns = [{'name': name, 'label': t(f'ikm.per_layanan.{name}'), 'field': name,
                    **({'align': 'left'} if name in left else {})}
                   for name in ('layanan', 'responden', 'ikm', 'mutu', 'kinerja')]
        rows = [{'id': item.layanan_id, 'layanan': item.nama, 'responden': format_number(item.hasil.responden),
                 'ikm': format_number(item.hasil.ikm, 2), 'mutu': item.hasil.mutu.huruf,
                 'kinerja': item.hasil.mutu.kinerja} for item in report.per_layanan]
        if len(report.per_layanan) > 1:
            rows.append({'id': 0, 'layanan': t('ikm.pilih.semua_layanan'), 'responden': format_number(total.responden),
                         'ikm': format_number(total.ikm, 2), 'mutu': total.mutu.huruf, 'kinerja': total.mutu.kinerja})
        ui.table(columns=columns, rows=rows, row_key='id').props('dense flat bordered') \
            .classes('w-full').mark('tabel-layanan')
        ui.label(t('ikm.metode')).classes('text-caption text-grey-7 q-mt-md').mark('metode')

    def pengaduan_and_rtl(self, total: Hasil | None) -> None:
        """Beside U8: the period's complaints (core.pengaduan_figures), and its rencana tindak lanjut."""
        angka, periode = self.pengaduan, self.report.periode
        nilai = format_number(total.nilai_unsur('u8'), 2) if total and 'u8' in total.nrr else None
        values = {'periode': periode.label, 'diterima': format_number(angka.diterima),
                  'selesai': format_number(angka.selesai), 'tepat_waktu': format_number(angka.tepat_waktu)}
        ui.label(t('pengaduan.u8.ringkas', nilai=nilai, **values) if nilai else t('pengaduan.u8.ringkas_tanpa_nilai', **values)) \
            .classes('text-body2 q-mt-sm').mark('angka-pengaduan')
        ui.label(t('pengaduan.rtl.judul', periode=periode.label)).classes('text-h6 q-mt-md')
        if not self.rtl:
            ui.label(t('pengaduan.rtl.kosong', periode=periode.label)).classes('text-grey-7').mark('rtl-kosong')
            return
        # the RTL table of an SKM report: No, Prioritas Unsur, Program/Kegiatan, Waktu, Penanggung Jawab
        names = ('no', 'unsur', 'kegiatan', 'batas_waktu', 'penanggung_jawab', 'status')
        columns = [{'name': n, 'label': t(f'pengaduan.rtl.kolom.{n}'), 'field': n, 'align': 'left'} for n in names]
        rows = [{'id': r.id, 'no': number, 'unsur': r.unsur.value if r.unsur else '', 'kegiatan': r.kegiatan,
                 'batas_waktu': format_long_date(r.batas_waktu), 'penanggung_jawab': r.penanggung_jawab,
                 'status': r.status.value} for number, r in enumerate(self.rtl, start=1)]
        ui.table(columns=columns, rows=rows, row_key='id').props('dense flat bordered').classes('w-full').mark('tabel-rtl')


def register() -> None:
    @logged_in_page('/ikm')
    async def ikm_page(actor: Actor, request: Request) -> None:
        if not can(actor, Action.LIHAT, TABLES[SKM]):
            forbidden(actor, refusal(Action.LIHAT, t('ikm.nama')))
            return
        process = PROCESS_BY_CODE[TABLES[SKM].process]
        with frame(actor, t('ikm.judul'), subtitle=t('ikm.subjudul', proses=f'{process.code} {process.name}')):
            await IkmView(actor, request.query_params.get('tahun'), request.query_params.get('periode')).build()
