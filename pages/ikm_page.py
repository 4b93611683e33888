"""/ikm: the Indeks Kepuasan Masyarakat of U1 Pelayanan Publik (core.ikm, PermenPAN-RB 14/2017).

Visible to whoever may view the SKM answers (skm_responden); the export needs 'ekspor' on that
table. Every handler reloads the actor from the session and asks the role matrix again.
"""
from __future__ import annotations

from nicegui import ui

from core import ikm
from core.access import AccessDenied, Action, Actor, can, refusal
from core.auth import current_actor, page_actor
from core.ikm import PILIHAN_PERIODE, UNSUR, Hasil, LaporanIkm, Periode, round_half_up
from exports.ikm_export import SKM, export_ikm
from forms.indonesian import format_date, format_number
from models.pelayanan import JenisLayanan
from models.table import TABLES
from pages import downloads
from pages.frame import forbidden, frame

SEMUA = 0  # the layanan selector's "every layanan"
# a fixed JavaScript formatter (no user data in it): chart labels with a decimal comma, as on the page
LABEL_2 = {'show': True, 'position': 'top', ':formatter': 'p => p.value == null ? "" : p.value.toFixed(2).replace(".", ",")'}
MUTU_COLOR = {'A': 'positive', 'B': 'primary', 'C': 'warning', 'D': 'negative'}
METODE = ('Cara hitung (PermenPAN-RB 14/2017): NRR per unsur = jumlah nilai / jumlah jawaban; '
          'IKM = Σ (NRR × 1/9) × 25, dengan bobot tepat 1/9 (bukan 0,111), dibulatkan 2 desimal hanya pada '
          'nilai akhir. Mutu: A Sangat Baik ≥ 88,31; B Baik ≥ 76,61; C Kurang Baik ≥ 65,00; D Tidak Baik di bawahnya.')


def decimal_text(value, places: int = 2) -> str:
    return format_number(round_half_up(value, places), places)


def unsur_chart(hasil: Hasil) -> dict:
    """Bar chart options: the NRR (1–4) of each unsur, by code."""
    return {
        'tooltip': {'trigger': 'axis'},
        'grid': {'left': 40, 'right': 16, 'top': 30, 'bottom': 30},
        'xAxis': {'type': 'category', 'data': [code.upper() for code in UNSUR]},
        'yAxis': {'type': 'value', 'min': 0, 'max': 4, 'name': 'NRR'},
        'series': [{'type': 'bar', 'name': 'NRR', 'data': [float(round_half_up(hasil.nrr[c], 3)) for c in UNSUR],
                    'label': dict(LABEL_2), 'itemStyle': {'color': '#1f5f8b'}}],
    }


def trend_chart(trend: list[tuple[Periode, Hasil | None]]) -> dict:
    return {
        'tooltip': {'trigger': 'axis'},
        'grid': {'left': 40, 'right': 16, 'top': 30, 'bottom': 30},
        'xAxis': {'type': 'category', 'data': [f'TW {ikm.ROMAWI[p.triwulan]}' for p, _ in trend]},
        'yAxis': {'type': 'value', 'min': 25, 'max': 100, 'name': 'IKM'},
        'series': [{'type': 'line', 'name': 'IKM', 'connectNulls': True,
                    'data': [float(h.ikm) if h else None for _, h in trend],
                    'label': dict(LABEL_2), 'itemStyle': {'color': '#1f5f8b'}}],
    }


class IkmView:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.spec = TABLES[SKM]
        self.tahun: int = 0
        self.kunci = 'tahun'
        self.layanan_id = SEMUA
        self.layanan: dict[int, str] = {}
        self.years: list[int] = []
        self.report: LaporanIkm | None = None
        self.trend: list[tuple[Periode, Hasil | None]] = []

    async def fresh_actor(self, action: Action = Action.LIHAT) -> Actor | None:
        """The actor of this event, reloaded from the session, if the role matrix allows the action."""
        actor = await current_actor()
        if actor is None:
            ui.notify('Sesi Anda sudah berakhir. Silakan masuk lagi.', type='warning')
            ui.navigate.to('/login')
            return None
        self.actor = actor
        if not can(actor, action, self.spec):
            ui.notify(refusal(action, 'Indeks Kepuasan Masyarakat'), type='negative')
            return None
        return actor

    @property
    def periode(self) -> Periode:
        return Periode.dari_kunci(self.tahun, self.kunci)

    @property
    def layanan_nama(self) -> str:
        return self.layanan.get(self.layanan_id, 'Semua layanan') if self.layanan_id else 'Semua layanan'

    async def build(self) -> None:
        self.years = await ikm.tahun_survei()
        self.tahun = self.years[0]
        self.layanan = dict(await JenisLayanan.filter(deleted_at__isnull=True).order_by('nama')
                            .values_list('id', 'nama'))
        with ui.row().classes('w-full items-end gap-4'):
            self.tahun_select = ui.select({y: str(y) for y in self.years}, value=self.tahun, label='Tahun',
                                          on_change=self.changed).classes('w-32').mark('pilih-tahun')
            self.periode_select = ui.select(PILIHAN_PERIODE, value=self.kunci, label='Periode',
                                            on_change=self.changed).classes('w-56').mark('pilih-periode')
            self.layanan_select = ui.select({SEMUA: 'Semua layanan', **self.layanan}, value=SEMUA, label='Layanan',
                                            on_change=self.changed).classes('min-w-[20rem]').mark('pilih-layanan')
            ui.space()
            if can(self.actor, Action.EKSPOR, self.spec):
                ui.button('Ekspor Excel', icon='download', on_click=self.export).props('outline').mark('ekspor')
                ui.button('Format laporan', icon='print', on_click=lambda: self.export(report_format=True)) \
                    .props('outline').tooltip('Rekap IKM dengan kop dan tanda tangan Camat').mark('ekspor-laporan')
        await self.load()
        self.content()

    def read_selection(self) -> bool:
        """Take the selectors' values, refusing anything that is not one of their options."""
        tahun, kunci, layanan_id = self.tahun_select.value, self.periode_select.value, self.layanan_select.value
        if tahun not in self.years or kunci not in PILIHAN_PERIODE or (layanan_id != SEMUA and layanan_id not in self.layanan):
            return False
        self.tahun, self.kunci, self.layanan_id = tahun, kunci, layanan_id
        return True

    async def load(self) -> None:
        layanan_id = self.layanan_id or None
        self.report = await ikm.laporan(self.periode, layanan_id)
        self.trend = await ikm.tren_triwulan(self.tahun, layanan_id)

    async def changed(self) -> None:
        if await self.fresh_actor() is None or not self.read_selection():
            return
        await self.load()
        self.content.refresh()

    async def export(self, report_format: bool = False) -> None:
        actor = await self.fresh_actor(Action.EKSPOR)
        if actor is None or not self.read_selection():
            return
        try:
            path, report = await export_ikm(actor, self.periode, self.layanan_id or None, self.layanan_nama,
                                            report_format=report_format)
        except AccessDenied as error:
            ui.notify(str(error), type='negative')
            return
        ui.notify(f'Ekspor IKM {report.periode.label} selesai.', type='positive')
        ui.download.from_url(downloads.offer(path, actor.user_id))

    @ui.refreshable_method
    def content(self) -> None:
        report = self.report
        periode = report.periode
        ui.label(f'{periode.label} ({format_date(periode.awal)}–{format_date(periode.akhir)}) · {self.layanan_nama}') \
            .classes('text-subtitle1 q-mt-sm').mark('judul-periode')
        total = report.total
        if total is None:
            ui.label(f'Belum ada responden SKM pada {periode.label}.').classes('text-grey-7').mark('ikm-kosong')
            return
        with ui.row().classes('gap-4 items-stretch'):
            with ui.card().classes('min-w-[12rem]'):
                ui.label('Nilai IKM').classes('text-caption text-grey-7')
                ui.label(format_number(total.ikm, 2)).classes('text-h3 text-primary').mark('nilai-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label('Mutu Pelayanan').classes('text-caption text-grey-7')
                ui.label(total.mutu.huruf).classes(f'text-h3 text-{MUTU_COLOR[total.mutu.huruf]}').mark('mutu-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label('Kinerja Unit Pelayanan').classes('text-caption text-grey-7')
                ui.label(total.mutu.kinerja).classes('text-h5').mark('kinerja-ikm')
            with ui.card().classes('min-w-[12rem]'):
                ui.label('Jumlah Responden').classes('text-caption text-grey-7')
                ui.label(format_number(total.responden)).classes('text-h5').mark('jumlah-responden')

        ui.label('Nilai per Unsur Pelayanan').classes('text-h6 q-mt-md')
        columns = [
            {'name': 'kode', 'label': 'Kode', 'field': 'kode', 'align': 'left'},
            {'name': 'unsur', 'label': 'Unsur Pelayanan', 'field': 'unsur', 'align': 'left'},
            {'name': 'jawaban', 'label': 'Jawaban', 'field': 'jawaban'},
            {'name': 'jumlah', 'label': 'Jumlah Nilai', 'field': 'jumlah'},
            {'name': 'nrr', 'label': 'NRR', 'field': 'nrr'},
            {'name': 'tertimbang', 'label': 'NRR × 1/9', 'field': 'tertimbang'},
            {'name': 'nilai', 'label': 'NRR × 25', 'field': 'nilai'},
            {'name': 'mutu', 'label': 'Mutu', 'field': 'mutu', 'align': 'left'},
        ]
        rows = [{'kode': code.upper(), 'unsur': nama, 'jawaban': format_number(total.tally.dijawab[code]),
                 'jumlah': format_number(total.tally.jumlah[code]), 'nrr': decimal_text(total.nrr[code], 2),
                 'tertimbang': decimal_text(total.nrr_tertimbang(code), 3),
                 'nilai': format_number(total.nilai_unsur(code), 2), 'mutu': str(total.mutu_unsur(code))}
                for code, nama in UNSUR.items()]
        rows.append({'kode': '', 'unsur': 'IKM unit pelayanan (Σ NRR × 1/9) dan IKM (× 25)', 'jawaban': '',
                     'jumlah': '', 'nrr': '', 'tertimbang': decimal_text(ikm.ikm_unit(total.nrr), 3),
                     'nilai': format_number(total.ikm, 2), 'mutu': str(total.mutu)})
        ui.table(columns=columns, rows=rows, row_key='kode').props('dense flat bordered') \
            .classes('w-full').mark('tabel-unsur')
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('flex-1 min-w-[20rem] gap-0'):
                ui.label('NRR per unsur (1–4)').classes('text-caption text-grey-7')
                ui.echart(unsur_chart(total)).classes('w-full h-72').mark('grafik-unsur')
            with ui.column().classes('flex-1 min-w-[20rem] gap-0'):
                ui.label(f'IKM per triwulan {self.tahun}').classes('text-caption text-grey-7')
                ui.echart(trend_chart(self.trend)).classes('w-full h-72').mark('grafik-tren')

        ui.label('IKM per Layanan').classes('text-h6 q-mt-md')
        columns = [
            {'name': 'layanan', 'label': 'Layanan', 'field': 'layanan', 'align': 'left'},
            {'name': 'responden', 'label': 'Responden', 'field': 'responden'},
            {'name': 'ikm', 'label': 'IKM', 'field': 'ikm'},
            {'name': 'mutu', 'label': 'Mutu', 'field': 'mutu'},
            {'name': 'kinerja', 'label': 'Kinerja', 'field': 'kinerja', 'align': 'left'},
        ]
        rows = [{'id': item.layanan_id, 'layanan': item.nama, 'responden': format_number(item.hasil.responden),
                 'ikm': format_number(item.hasil.ikm, 2), 'mutu': item.hasil.mutu.huruf,
                 'kinerja': item.hasil.mutu.kinerja} for item in report.per_layanan]
        if len(report.per_layanan) > 1:
            rows.append({'id': 0, 'layanan': 'Semua layanan', 'responden': format_number(total.responden),
                         'ikm': format_number(total.ikm, 2), 'mutu': total.mutu.huruf, 'kinerja': total.mutu.kinerja})
        ui.table(columns=columns, rows=rows, row_key='id').props('dense flat bordered') \
            .classes('w-full').mark('tabel-layanan')
        ui.label(METODE).classes('text-caption text-grey-7 q-mt-md').mark('metode')


def register() -> None:
    @ui.page('/ikm')
    async def ikm_page() -> None:
        actor = await page_actor('/ikm')
        if actor is None:
            return
        if not can(actor, Action.LIHAT, TABLES[SKM]):
            forbidden(actor, 'Anda tidak berhak melihat Indeks Kepuasan Masyarakat.')
            return
        with frame(actor, 'Indeks Kepuasan Masyarakat (IKM)',
                   subtitle='Proses U1 Pelayanan Publik · Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017)'):
            await IkmView(actor).build()
