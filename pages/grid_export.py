"""Export of the rows a grid shows: an Excel file of the table, or its printable report format."""
from __future__ import annotations

import asyncio

from nicegui import ui

from core.access import AccessDenied, Action, Actor, can
from core.record_files import file_fields
from locales import t
from exports.files_zip import export_with_files
from exports.report_export import REPORTS, export_report
from exports.table_export import export_table
from forms.indonesian import format_number
from pages import downloads
from pages.grid_host import GridHost, grid_event
from pages.grid_phone import PhoneMenu
from pages.grid_rekap import add_rekap_button
from pages.keuangan_books_dialog import CETAK_BUKU
from pages.realisasi_dialog import LAPORAN_REALISASI, LAPORAN_SEMESTER
from pages.period_reports import add_period_reports
from pages.ppid_report_dialog import LAPORAN_PPID
from pages.rekap_bmd_dialog import REKAP_BMD

DIRECT_DOWNLOAD_ROWS = 10_000   # bigger exports end with a link instead of an immediate download


class Export(GridHost):
    """Part of TableView (pages/table_view.py): its export buttons and what they do."""

    def build_export_buttons(self, more: PhoneMenu) -> None:
        spec = self.spec
        add_rekap_button(self, more)   # 'Rekap': needs only lihat (its own Ekspor Excel needs ekspor)
        if can(self.actor, Action.EKSPOR, spec):
            more.secondary(t('common.ekspor_excel'), 'download', self.export, 'ekspor')
            if spec.name in REPORTS:
                more.secondary(t('common.format_laporan'), 'print', lambda: self.export(report=True), 'ekspor-laporan') \
                    .tooltip(t('grid.toolbar.laporan_keterangan', laporan=REPORTS[spec.name].title()))
            if file_fields(spec):
                more.secondary(t('berkas.ekspor.menu'), 'folder_zip', self.export_with_files,
                               'ekspor-berkas').tooltip(t('berkas.ekspor.keterangan'))
            # 'Rekap BMD' (KIB and Mutasi Barang grids), 'Laporan tahunan PPID', 'Cetak Buku' (Buku Kas Umum),
            # 'Laporan Realisasi' and 'Laporan Semester I' (Anggaran)
            add_period_reports(self, more, (REKAP_BMD, LAPORAN_PPID, CETAK_BUKU, LAPORAN_REALISASI, LAPORAN_SEMESTER))

    async def export_with_files(self) -> None:
        """The zip of the xlsx and the rows' files. Held back, like TableView.export (which takes only
        `report`), while a filter of the link cannot be read."""
        if self.filters.holds_back():
            ui.notify(t('grid.filter.tidak_terbaca'), type='warning')
            return
        await Export.export(self, with_files=True)

    @grid_event(Action.EKSPOR)
    async def export(self, actor: Actor, report: bool = False, with_files: bool = False) -> None:
        fk_labels = {}
        for name, value in self.query.filters.items():
            if self.spec.is_fk(name):
                options = getattr(self.filters.inputs.get(name), 'options', {}) or {}
                fk_labels[name] = ', '.join(str(options.get(v, v)) for v in (value if isinstance(value, list) else [value]))
        total = self.page.total if self.page else 0
        self.export_box.clear()
        self.export_box.set_visibility(True)
        running, stopped = asyncio.current_task(), []

        def stop() -> None:   # the export's process is ended and its part-written file removed (write_xlsx)
            stopped.append(True)
            running.cancel()
        with self.export_box:
            status = ui.label(t('grid.ekspor.menyiapkan', n=format_number(total))).mark(self.m('status-ekspor'))
            bar = ui.linear_progress(value=0, show_value=False).classes('w-64')
            ui.button(t('grid.ekspor.batalkan'), icon='cancel', on_click=stop).props('flat dense') \
                .mark(self.m('batalkan-ekspor'))

        def progress(rows: int) -> None:
            bar.value = rows / total if total else 1
            status.text = t('grid.ekspor.kemajuan', n=format_number(rows), jumlah=format_number(total))

        def file_progress(files: int) -> None:
            status.text = t('berkas.ekspor.kemajuan', n=format_number(files))
        zipped = None
        try:
            if with_files:
                zipped = await export_with_files(self.spec, actor, self.query, fk_labels=fk_labels,
                                                 on_progress=progress, on_file=file_progress)
                made, count = zipped.made, zipped.rows
                if zipped.missing:
                    ui.notify(t('berkas.ekspor.ada_yang_hilang', n=format_number(zipped.missing)),
                              type='warning', multi_line=True)
            elif report:
                made, count = await export_report(self.spec, actor, self.query, on_progress=progress)
            else:
                made, count = await export_table(self.spec, actor, self.query, fk_labels=fk_labels,
                                                 on_progress=progress)
        except AccessDenied as error:
            self.export_box.set_visibility(False)
            ui.notify(str(error), type='negative')
            return
        except asyncio.CancelledError:
            if not stopped:   # the page went away: nothing to tell
                raise
            self.export_box.set_visibility(False)
            ui.notify(t('grid.ekspor.dibatalkan'), type='info')
            return
        url = downloads.link(made)
        if count <= DIRECT_DOWNLOAD_ROWS:
            self.export_box.set_visibility(False)
            ui.notify(t('grid.ekspor.selesai', n=format_number(count)) if zipped is None else
                      t('berkas.ekspor.selesai', n=format_number(count), berkas=format_number(zipped.files)),
                      type='positive')
            ui.download.from_url(url)
            return
        # a big export: the person may have moved on in the page, so the file waits behind a link
        self.export_box.clear()
        with self.export_box:
            ui.icon('task_alt', color='positive')
            ui.label(t('grid.ekspor.siap', n=format_number(count)))
            ui.link(t('common.unduh'), url).props('download').mark(self.m('unduh-ekspor'))
            ui.button(icon='close', on_click=lambda: self.export_box.set_visibility(False)).props('flat round dense')
        ui.notify(t('grid.ekspor.tautan', tabel=self.spec.label, n=format_number(count)),
                  type='positive', multi_line=True)
