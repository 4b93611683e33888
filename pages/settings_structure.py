"""Pengaturan, tab Struktur data: the columns the administrator adds to a table (core.structure):
pick a table, see its added columns, add one, rename, hide or show, retire or bring it back; and
the Riwayat struktur, every change as the audit log keeps it. Nothing here drops data."""
from __future__ import annotations

from nicegui import ui

from core import structure
from core.access import Actor
from exports.report_export import REGISTERS, REPORTS
from forms.indonesian import format_datetime
from locales import t
from models.process_map import PROCESSES
from models.structure import JenisKolom
from models.table import TABLES
from pages.settings_dialogs import admin_only, dialog_buttons, settings_admin, settings_dialog, show_errors

JENIS_LABELS = {jenis.value: t(f'struktur.jenis.{jenis.value}') for jenis in JenisKolom}
FIXED_KINDS = {jenis.value for jenis in structure.FIXED}   # no default, no type change


def _report_box(table: str, value: bool = False) -> ui.checkbox | None:
    """'Tampil di format laporan', for a table whose Format laporan is a register of its columns."""
    if table not in REGISTERS:
        return None
    return ui.checkbox(t('struktur.kolom.di_laporan', laporan=REPORTS[table].title()), value=value) \
        .mark('kolom-laporan')


def _status(kolom) -> str:
    if kolom.pensiun_pada is not None:
        return t('struktur.status.pensiun')
    return t('struktur.status.tersembunyi') if kolom.disembunyikan else t('struktur.status.aktif')


class StructureTab:
    """The tab's table picker, its button and lists, drawn into the column it is built in."""

    def __init__(self) -> None:
        tables = _table_labels()
        ui.label(t('struktur.penjelasan')).classes('text-caption text-grey-7')
        with ui.row().classes('items-center gap-4'):
            self.table = ui.select(tables, label=t('struktur.tabel'), value='surat_masuk' if 'surat_masuk' in tables
                                   else next(iter(tables)), on_change=self.render, with_input=True) \
                .props('outlined dense').classes('w-72').mark('struktur-tabel')
            ui.button(t('struktur.tambah'), icon='add', on_click=self.open_new_column).mark('tambah-kolom')
            ui.button(t('struktur.tambah_tabel'), icon='table_chart', on_click=self.open_new_table) \
                .props('outline').mark('tambah-tabel')
        self.box = ui.column().classes('w-full')
        ui.label(t('struktur.riwayat_judul')).classes('text-subtitle1 q-mt-md')
        self.history = ui.column().classes('w-full gap-0').mark('riwayat-struktur')

    async def render(self, *_) -> None:
        columns = await structure.columns_of(self.table.value)
        self.box.clear()
        with self.box:
            self._table_actions()
            if not columns:
                ui.label(t('struktur.belum_ada')).classes('text-grey-7')
            else:
                with ui.grid(columns='repeat(6, auto)').classes('items-center gap-x-4 gap-y-1'):
                    for heading in ('label', 'jenis', 'wajib', 'dicari', 'status', 'aksi'):
                        ui.label(t(f'struktur.kolom.{heading}')).classes('text-caption text-grey-7')
                    for kolom in columns:
                        self._line(kolom)
        await self.render_history()

    def _line(self, kolom) -> None:
        ui.label(kolom.label).classes('text-weight-medium').mark(f'kolom-{kolom.nama}')
        jenis = JENIS_LABELS[kolom.jenis.value if hasattr(kolom.jenis, 'value') else kolom.jenis]
        ui.label(f'{jenis}: {TABLES[kolom.referensi].label}' if kolom.referensi in TABLES else jenis)
        ui.label(t('common.ya') if kolom.wajib else t('common.tidak'))
        ui.label(t('common.ya') if kolom.dicari else t('common.tidak'))
        ui.label(_status(kolom)).mark(f'status-{kolom.nama}')
        with ui.row().classes('gap-1 no-wrap'):
            for step, icon, key in ((-1, 'arrow_upward', 'naik'), (1, 'arrow_downward', 'turun')):
                ui.button(icon=icon, on_click=lambda k=kolom.id, s=step: self.move(k, s)) \
                    .props('flat dense round').tooltip(t(f'struktur.{key}')).mark(f'{key}-{kolom.nama}')
            ui.button(t('struktur.ganti_nama'), icon='edit', on_click=lambda k=kolom.id: self.open_rename(k)) \
                .props('flat dense no-wrap').mark(f'ganti-nama-{kolom.nama}')
            if kolom.pensiun_pada is None:
                hidden = kolom.disembunyikan
                if kolom.jenis != JenisKolom.BERKAS.value:   # a files column is no grid column: nothing to hide
                    ui.button(t('struktur.tampilkan') if hidden else t('struktur.sembunyikan'),
                              icon='visibility' if hidden else 'visibility_off',
                              on_click=lambda k=kolom.id, h=hidden: self.change(k, 'tampilkan' if h else 'sembunyikan')) \
                        .props('flat dense no-wrap').mark(f'sembunyikan-{kolom.nama}')
                if kolom.jenis not in FIXED_KINDS:
                    ui.button(t('struktur.ubah_jenis'), icon='swap_horiz',
                              on_click=lambda k=kolom.id: self.open_change_type(k)) \
                        .props('flat dense no-wrap').mark(f'ubah-jenis-{kolom.nama}')
                ui.button(t('struktur.pensiunkan'), icon='archive',
                          on_click=lambda k=kolom.id: self.change(k, 'pensiunkan')) \
                    .props('flat dense no-wrap color=negative').mark(f'pensiunkan-{kolom.nama}')
            else:
                ui.button(t('struktur.kembalikan'), icon='unarchive',
                          on_click=lambda k=kolom.id: self.change(k, 'kembalikan')) \
                    .props('flat dense no-wrap').mark(f'kembalikan-{kolom.nama}')

    def _table_actions(self) -> None:
        """For a table the administrator made: archive or bring back, and delete (asked twice)."""
        tabel = next((found for found in structure.added_tables() if found.nama == self.table.value), None)
        if tabel is None:
            return
        with ui.row().classes('items-center gap-2'):
            archived = tabel.diarsipkan_pada is not None
            ui.label(t('struktur.tabel_diarsipkan') if archived else t('struktur.tabel_aktif')) \
                .classes('text-body2').mark('status-tabel')
            ui.button(t('struktur.pulihkan_tabel') if archived else t('struktur.arsipkan_tabel'),
                      icon='unarchive' if archived else 'archive',
                      on_click=lambda: self.change_table('pulihkan' if archived else 'arsipkan')) \
                .props('flat dense no-caps').mark('arsip-tabel')
            ui.button(t('struktur.hapus_tabel'), icon='delete_forever', on_click=self.open_delete_table) \
                .props('flat dense no-caps color=negative').mark('hapus-tabel')
            texts = {kolom.nama: kolom.label for kolom in structure.attached(tabel.nama)
                     if kolom.jenis == JenisKolom.TEKS.value}
            if texts:   # which text a row reads as in a select and where another table refers to it
                shown = TABLES[tabel.nama].row_label.strip('{}')
                ui.select(texts, label=t('struktur.label_baris'), value=shown if shown in texts else None,
                          on_change=lambda event: self.set_row_label(event.value)) \
                    .props('outlined dense').classes('w-56').mark('label-baris')

    @admin_only
    async def set_row_label(self, actor: Actor, nama: str) -> None:
        if nama is None or TABLES[self.table.value].row_label == f'{{{nama}}}':
            return
        try:
            await structure.set_row_label(actor, self.table.value, nama)
        except structure.StructureError as error:
            show_errors(error, {})
            return
        ui.notify(t('struktur.tersimpan'), type='positive')
        await self.render_history()

    @admin_only
    async def change_table(self, actor: Actor, what: str) -> None:
        step = structure.archive_table if what == 'arsipkan' else structure.bring_back_table
        try:
            await step(actor, self.table.value)
        except structure.StructureError as error:
            show_errors(error, {})
            return
        ui.notify(t('struktur.tersimpan'), type='positive')
        await self.render()

    @admin_only
    async def open_delete_table(self, _: Actor) -> None:
        """The second ask: the table's label typed again."""
        label_now = TABLES[self.table.value].label
        with settings_dialog(t('struktur.hapus_tabel_judul', label=label_now)) as dialog:
            ui.label(t('struktur.hapus_tabel_penjelasan', label=label_now)).classes('text-body2')
            typed = ui.input(t('struktur.hapus_tabel_ketik')).props('outlined').classes('w-full').mark('konfirmasi-tabel')

            async def delete(actor: Actor) -> str:
                await structure.delete_table(actor, self.table.value, typed.value or '')
                tables = _table_labels()
                self.table.set_options(tables, value='surat_masuk' if 'surat_masuk' in tables else next(iter(tables)))
                return t('struktur.tabel_dihapus', label=label_now)

            dialog_buttons(dialog, 'hapus-tabel-ya', delete, self.render, {'konfirmasi': typed},
                           label=t('struktur.hapus_tabel'), icon='delete_forever')

    async def render_history(self) -> None:
        entries = await structure.structure_history(50)
        self.history.clear()
        with self.history:
            if not entries:
                ui.label(t('struktur.riwayat_kosong')).classes('text-grey-7')
            for entry in entries:
                ui.label(f'{format_datetime(entry.waktu)} · {entry.pengguna} · {entry.keterangan or ""}') \
                    .classes('text-body2')

    @admin_only
    async def open_new_table(self, _: Actor) -> None:
        """A table under a process of the map, kept per desa or not; its columns are added next."""
        processes = {process.code: f'{process.code} · {process.name}' for process in PROCESSES}
        with settings_dialog(t('struktur.tambah_tabel')) as dialog:
            ui.label(t('struktur.tabel_penjelasan')).classes('text-caption text-grey-7')
            label = ui.input(t('struktur.tabel_label')).props('outlined').classes('w-full').mark('tabel-label')
            proses = ui.select(processes, label=t('struktur.tabel_proses'), with_input=True) \
                .props('outlined').classes('w-full').mark('tabel-proses')
            per_desa = ui.checkbox(t('struktur.tabel_per_desa')).mark('tabel-per-desa')

            async def create(actor: Actor) -> str:
                spec = await structure.create_table(actor, label.value or '', proses.value or '', per_desa.value)
                self.table.set_options(_table_labels(), value=spec.name)
                return t('struktur.tabel_tersimpan', label=spec.label)

            dialog_buttons(dialog, 'tabel-simpan', create, self.render, {'label': label, 'proses': proses})

    @admin_only
    async def open_new_column(self, _: Actor) -> None:
        tables = _table_labels()
        with settings_dialog(t('struktur.tambah')) as dialog:
            label = ui.input(t('struktur.kolom.label')).props('outlined').classes('w-full').mark('kolom-label')
            jenis = ui.select(JENIS_LABELS, label=t('struktur.kolom.jenis'), value=JenisKolom.TEKS.value) \
                .props('outlined').classes('w-full').mark('kolom-jenis')
            pilihan = ui.textarea(t('struktur.kolom.pilihan')).props('outlined autogrow').classes('w-full') \
                .mark('kolom-pilihan').bind_visibility_from(jenis, 'value', value=JenisKolom.PILIHAN.value)
            referensi = ui.select(tables, label=t('struktur.kolom.referensi'), with_input=True) \
                .props('outlined').classes('w-full').mark('kolom-referensi') \
                .bind_visibility_from(jenis, 'value', value=JenisKolom.REFERENSI.value)
            bawaan = ui.input(t('struktur.kolom.bawaan')).props('outlined').classes('w-full').mark('kolom-bawaan') \
                .bind_visibility_from(jenis, 'value', backward=lambda value: value not in FIXED_KINDS)
            bantuan = ui.input(t('struktur.kolom.bantuan')).props('outlined').classes('w-full').mark('kolom-bantuan')
            files = JenisKolom.BERKAS.value   # which files must be filled is said in Data Kantor → Berkas
            wajib = ui.checkbox(t('struktur.kolom.wajib')).mark('kolom-wajib') \
                .bind_visibility_from(jenis, 'value', backward=lambda value: value != files)
            dicari = ui.checkbox(t('struktur.kolom.dicari')).mark('kolom-dicari') \
                .bind_visibility_from(jenis, 'value', backward=lambda value: value != files)
            report = _report_box(self.table.value)

            async def add(actor: Actor) -> str:
                await structure.add_column(actor, self.table.value, label.value or '', jenis.value,
                                           wajib=wajib.value and jenis.value != files, bantuan=bantuan.value or '', bawaan=bawaan.value or None,
                                           pilihan=pilihan.value or '', dicari=dicari.value,
                                           referensi=referensi.value, di_laporan=bool(report and report.value))
                return t('struktur.tersimpan')

            dialog_buttons(dialog, 'kolom-simpan', add, self.render,
                           {'label': label, 'jenis': jenis, 'pilihan': pilihan, 'bawaan': bawaan, 'bantuan': bantuan,
                            'referensi': referensi})

    @admin_only
    async def open_rename(self, _: Actor, kolom_id: int) -> None:
        current = next((k for k in await structure.columns_of(self.table.value) if k.id == kolom_id), None)
        if current is None:
            return
        with settings_dialog(t('struktur.ubah_kolom')) as dialog:
            label = ui.input(t('struktur.kolom.label'), value=current.label).props('outlined').classes('w-full') \
                .mark('kolom-label')
            bantuan = ui.input(t('struktur.kolom.bantuan'), value=current.bantuan).props('outlined') \
                .classes('w-full').mark('kolom-bantuan')
            choices = current.jenis == JenisKolom.PILIHAN.value
            pilihan = ui.textarea(t('struktur.kolom.pilihan'), value='\n'.join(current.pilihan or [])) \
                .props('outlined autogrow').classes('w-full').mark('kolom-pilihan')
            pilihan.visible = choices
            report = _report_box(self.table.value, current.di_laporan)

            async def rename(actor: Actor) -> str:
                await structure.rename_column(actor, kolom_id, label.value or '', bantuan.value or '',
                                              pilihan.value or '' if choices else None,
                                              report.value if report else None)
                return t('struktur.tersimpan')

            dialog_buttons(dialog, 'kolom-simpan', rename, self.render,
                           {'label': label, 'bantuan': bantuan, 'pilihan': pilihan})

    @admin_only
    async def open_change_type(self, _: Actor, kolom_id: int) -> None:
        """A new type, its preview (each stored value and what it becomes, or why it cannot), and the
        change, refused beside Jenis while any value would be lost."""
        current = next((k for k in await structure.columns_of(self.table.value) if k.id == kolom_id), None)
        if current is None:
            return
        with settings_dialog(f"{t('struktur.ubah_jenis')}: {current.label}") as dialog:
            ui.label(t('struktur.ubah_jenis_penjelasan')).classes('text-caption text-grey-7')
            others = {value: label for value, label in JENIS_LABELS.items()
                      if value != current.jenis and value not in FIXED_KINDS}
            jenis = ui.select(others, label=t('struktur.kolom.jenis'), value=next(iter(others))) \
                .props('outlined').classes('w-full').mark('kolom-jenis')
            pilihan = ui.textarea(t('struktur.kolom.pilihan')).props('outlined autogrow').classes('w-full') \
                .mark('kolom-pilihan').bind_visibility_from(jenis, 'value', value=JenisKolom.PILIHAN.value)
            preview = ui.column().classes('w-full gap-1').mark('pratinjau-konversi')

            async def show_preview() -> None:
                if not (actor := await settings_admin()):
                    return
                jenis.error = pilihan.error = None
                try:
                    conversion = await structure.conversion_preview(actor, kolom_id, jenis.value, pilihan.value or '')
                except structure.StructureError as error:
                    show_errors(error, {'jenis': jenis, 'pilihan': pilihan})
                    return
                _draw_preview(preview, conversion)

            ui.button(t('struktur.pratinjau'), icon='preview', on_click=show_preview).props('flat') \
                .mark('pratinjau')

            async def change_type(actor: Actor) -> str:
                await structure.change_type(actor, kolom_id, jenis.value, pilihan.value or '')
                return t('struktur.tersimpan')

            dialog_buttons(dialog, 'kolom-simpan', change_type, self.render, {'jenis': jenis, 'pilihan': pilihan},
                           label=t('struktur.ubah_jenis'), icon='swap_horiz')

    @admin_only
    async def move(self, actor: Actor, kolom_id: int, step: int) -> None:
        try:
            await structure.move_column(actor, kolom_id, step)
        except structure.StructureError as error:
            show_errors(error, {})
            return
        await self.render()

    @admin_only
    async def change(self, actor: Actor, kolom_id: int, what: str) -> None:
        steps = {'sembunyikan': structure.hide_column, 'tampilkan': structure.show_column,
                 'pensiunkan': structure.retire_column, 'kembalikan': structure.bring_back}
        try:
            await steps[what](actor, kolom_id)
        except structure.StructureError as error:
            show_errors(error, {})
            return
        ui.notify(t('struktur.tersimpan'), type='positive')
        await self.render()


PREVIEW_ROWS = 20


def _table_labels() -> dict[str, str]:
    return {name: spec.label for name, spec in sorted(TABLES.items(), key=lambda item: item[1].label)}


def _draw_preview(box: ui.column, conversion: structure.Conversion) -> None:
    """The counts, then the values that cannot be converted (all the reasons to fix first), then
    examples of those that can."""
    box.clear()
    with box:
        if not conversion.kept and not conversion.lost:
            ui.label(t('struktur.pratinjau_kosong')).classes('text-body2')
            return
        ui.label(t('struktur.pratinjau_ringkas', kept=conversion.rows_kept, lost=conversion.rows_lost)) \
            .classes('text-body2 text-weight-medium' + (' text-negative' if conversion.lost else ''))
        for rows, heading in ((conversion.lost, 'pratinjau_alasan'), (conversion.kept, 'pratinjau_menjadi')):
            if not rows:
                continue
            columns = [{'name': key, 'label': t(f'struktur.{key}'), 'field': key, 'align': 'left'}
                       for key in ('pratinjau_sekarang', heading, 'pratinjau_baris')]
            ui.table(columns=columns, rows=[dict(zip(('pratinjau_sekarang', heading, 'pratinjau_baris'), row))
                                            for row in rows[:PREVIEW_ROWS]]) \
                .props('dense flat').classes('w-full').mark(f'pratinjau-{heading}')
