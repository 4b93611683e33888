"""'Impor Excel' on a grid: the template, the upload, a mapping step when the file's headers are not
all the table's labels, a preview with the mapping used and the errors per row and per cell, then
an all-or-nothing import that the grid offers to undo in one step.

Every event (download, upload, choice, import) reloads the actor from the session and asks the role
matrix again, so a forged or stale event writes nothing. The checks and the write are core.importer's,
reading the file and making the template and the failing rows exports.import_files'.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from nicegui import events, ui

from core import importer, records
from core.access import AccessDenied, Actor
from core.importer import (HeaderChoice, ImportFileError, ImportPlan, ImportResult, Mapping, MappingNeeded, OnDuplicate,
                           Status)
from locales import t
from exports import import_files
from exports.import_process import import_in_child
from exports.xlsx_import import file_size, too_big
from forms.indonesian import format_number
from pages import downloads

if TYPE_CHECKING:
    from pages.table_view import TableView

PREVIEW_ROWS = 20
# QUploader's rejected entries ({failedPropValidation, file}) as plain data for the server
REJECTED_ENTRIES = '(entries) => emit(entries.map(e => ({reason: e.failedPropValidation, name: e.file.name})))'
FAILING_SHOWN = 50

# a cell with an error is red, with its message as a tooltip; values are interpolated as text
CELL_SLOT = r'''
<q-td :props="props" :class="(props.row._galat || {})[props.col.name] ? 'bg-red-1 text-negative' : ''">
  {{ props.value }}
  <q-tooltip v-if="(props.row._galat || {})[props.col.name]">{{ props.row._galat[props.col.name] }}</q-tooltip>
</q-td>'''


class ProgressBar:
    """A caption over a bar, as the grid shows an export's progress (pages/grid_export.py): fed by
    the work's `on_progress(done, total)`, which runs on the event loop between its chunks."""

    def __init__(self, marker: str, on_cancel: Callable[[], None]) -> None:
        with ui.column().classes('w-full gap-1') as self.box:
            with ui.row().classes('w-full items-center gap-2'):
                self.caption = ui.label().classes('text-body2').mark(f'{marker}-teks')
                ui.button(t('impor.kemajuan.batalkan'), icon='cancel', on_click=on_cancel).props('flat dense') \
                    .mark(f'{marker}-batalkan')
            self.bar = ui.linear_progress(value=0, show_value=False).classes('w-full').mark(marker)
        self.box.set_visibility(False)

    def start(self, caption: str) -> None:
        """Work whose size is not known yet (the file being read): a moving bar."""
        self.caption.text = caption
        self.bar.props('indeterminate')
        self.bar.value = 0
        self.box.set_visibility(True)

    def show(self, caption: str, done: int, total: int) -> None:
        self.caption.text = caption
        self.bar.props(remove='indeterminate')
        self.bar.value = done / total if total else 1
        self.box.set_visibility(True)

    def stop(self) -> None:
        self.box.set_visibility(False)


def import_button(view: TableView) -> None:
    """The toolbar button, for whoever may add or edit rows of this table."""
    if importer.may_import(view.actor, view.spec):
        ui.button(t('common.impor_excel'), icon='upload_file', on_click=lambda: ImportDialog(view).open()) \
            .props('outline').mark(view.m('impor'))


class ImportDialog:
    def __init__(self, view: TableView) -> None:
        self.view = view
        self.spec = view.spec
        self.data: bytes | None = None
        self.filename = ''
        self.plan: ImportPlan | None = None
        self.mapping: Mapping | None = None           # chosen in the step for this file; None: the remembered one
        self.asking = False                           # the person asked to change the mapping
        self.remembered = False                       # the plan shown read the file by the remembered mapping
        self.headers: list[HeaderChoice] = []         # the file's headers, as the mapping step last showed them
        self.selects: dict[str, ui.select] = {}
        self.running: asyncio.Task | None = None      # the check or import under way (Batalkan ends it)
        self.cancelled = False                        # ended by Batalkan, not by the page going away

    def m(self, marker: str) -> str:
        return self.view.m(marker)

    async def actor(self) -> Actor | None:
        """This event's actor, reloaded from the session, if they may still import into the table."""
        actor = await self.view.fresh_actor()
        if actor is not None and not importer.may_import(actor, self.spec):
            self.show_message(importer.refusal(self.spec))
            ui.notify(importer.refusal(self.spec), type='negative')
            return None
        return actor

    def open(self) -> None:
        spec = self.spec
        max_bytes, max_rows = importer.limits()
        with ui.dialog().props('persistent').mark(self.m('impor-dialog')) as self.dialog, \
                ui.card().classes('w-full max-w-6xl'):
            with ui.row().classes('w-full items-center'):
                ui.label(f'{t("common.impor_excel")} · {spec.label}').classes('text-h6')
                ui.space()
                ui.button(icon='close', on_click=self.dialog.close) \
                    .props(f'flat round aria-label="{t("common.tutup")}"')
            ui.label(t('impor.dialog.petunjuk', ukuran=file_size(max_bytes), baris=format_number(max_rows),
                       ekspor=t('common.ekspor_excel'), impor=t('impor.dialog.impor'))).classes('text-body2')
            with ui.row().classes('w-full items-center gap-4'):
                ui.button(t('impor.dialog.unduh_templat'), icon='download', on_click=self.download_template) \
                    .props('flat').mark(self.m('impor-templat'))
                self.duplicates = None
                if spec.natural_key:
                    ui.label(t('impor.dialog.data_sudah_ada', kunci=importer.natural_key_text(spec)))
                    self.duplicates = ui.radio({OnDuplicate.SKIP.value: t('impor.dialog.lewati'),
                                                OnDuplicate.UPDATE.value: t('impor.dialog.perbarui')},
                                               value=OnDuplicate.SKIP.value, on_change=self.check_again) \
                        .props('inline').mark(self.m('impor-ganda'))
            ui.upload(label=t('impor.dialog.pilih_berkas'), auto_upload=True, max_file_size=max_bytes,
                      on_upload=self.on_upload) \
                .on('rejected', self.on_rejected, js_handler=REJECTED_ENTRIES) \
                .props('accept=".xlsx,.csv,.txt" flat bordered').classes('w-full').mark(self.m('impor-unggah'))
            self.progress = ProgressBar(self.m('impor-kemajuan'), self.cancel)
            self.message = ui.label().classes('text-negative text-body1').mark(self.m('impor-pesan'))
            self.preview = ui.column().classes('w-full')
            with ui.row().classes('w-full justify-end'):
                ui.button(t('common.tutup'), on_click=self.dialog.close).props('flat')
                self.import_button = ui.button(t('impor.dialog.impor'), icon='check', on_click=self.commit) \
                    .mark(self.m('impor-simpan'))
                self.import_button.disable()
        self.dialog.on('hide', self.closed)
        self.dialog.open()

    def show_message(self, text: str) -> None:
        self.message.text = text

    def on_rejected(self, event: events.GenericEventArguments) -> None:
        """The browser refused the file before sending it: say why (its type, or its size)."""
        entries = event.args if isinstance(event.args, list) else []
        reasons = {entry.get('reason') for entry in entries if isinstance(entry, dict)}
        if reasons & {'max-file-size', 'max-total-size'}:
            self.show_message(t('impor.dialog.terlalu_besar', batas=file_size(importer.limits()[0])))
        else:
            self.show_message(t('impor.berkas.jenis_lain'))

    def on_duplicate(self) -> OnDuplicate:
        value = self.duplicates.value if self.duplicates is not None else None
        return OnDuplicate(value) if value in {d.value for d in OnDuplicate} else OnDuplicate.SKIP

    # ---- events ---------------------------------------------------------------------------------
    async def download_template(self) -> None:
        actor = await self.actor()
        if actor is None:
            return
        try:
            made = await import_files.template_file(self.spec, actor)
        except AccessDenied as error:
            self.show_message(str(error))
            return
        ui.download.from_url(downloads.link(made))

    async def on_upload(self, event: events.UploadEventArguments) -> None:
        self.data, self.plan, self.mapping, self.headers = None, None, None, []
        self.import_button.disable()
        self.preview.clear()
        self.show_message('')
        actor = await self.actor()
        if actor is None:
            return
        max_bytes, _ = importer.limits()
        if event.file.size() > max_bytes:   # refused before it is read
            self.show_message(too_big(event.file.size(), max_bytes))
            return
        self.data, self.filename = await event.file.read(), event.file.name or t('impor.dialog.nama_berkas')
        await self.check(actor)

    async def check_again(self) -> None:
        if self.data is not None and (actor := await self.actor()) is not None:
            await self.check(actor)

    async def check(self, actor: Actor) -> ImportPlan | None:
        """Read and check the uploaded file, and show what an import would do; writes nothing."""
        plan, _ = await self.run(actor, write=False)
        return plan

    async def run(self, actor: Actor, *, write: bool) -> tuple[ImportPlan | None, ImportResult | None]:
        """Read and check the file in the import's own process (exports.import_process) and show the
        plan; with `write`, the same process then writes a plan without errors, all or nothing.
        Batalkan (or closing the dialog) ends that process, and nothing is written."""
        self.import_button.disable()
        self.running, self.cancelled = asyncio.current_task(), False
        self.progress.start(t('impor.kemajuan.membaca'))

        def checking(done: int, total: int) -> None:
            self.progress.show(t('impor.kemajuan.memeriksa', n=format_number(done), total=format_number(total)),
                               done, total)

        def saving(done: int, total: int) -> None:
            self.progress.show(t('impor.kemajuan.menyimpan', n=format_number(done), total=format_number(total)),
                               done, total)
        mapping, self.remembered = self.mapping, self.mapping is None
        asking, self.asking = self.asking, False
        try:   # from here on, Batalkan ends the step with its message and the bar put away
            if mapping is None:
                mapping = await importer.remembered_mapping(actor, self.spec)
            self.plan, result = await import_in_child(self.spec, actor, self.data, self.filename, self.on_duplicate(),
                                                      parent=self.view.query.parent, mapping=mapping,
                                                      ask_mapping=asking, write=write, on_check=checking,
                                                      on_write=saving)
        except MappingNeeded as needed:
            self.plan = None
            self.show_message(str(needed))
            self.show_mapping(needed.headers)
            return None, None
        except (ImportFileError, AccessDenied) as error:
            self.plan = None
            self.show_message(str(error))
            if self.mapping is not None and self.headers:   # a mapping that leaves out a required column
                self.show_mapping(self.headers)
            else:
                self.preview.clear()
            return None, None
        except records.BulkRefused as error:
            self.show_message(t('impor.tidak_disimpan', alasan=error))
            return None, None
        except asyncio.CancelledError:
            if not self.cancelled:   # the dialog or the page went away: nothing to tell
                raise
            self.plan = None
            self.preview.clear()
            self.show_message(t('impor.dibatalkan'))
            return None, None
        finally:
            self.running = None
            self.progress.stop()
        self.show_plan(self.plan)
        return self.plan, result

    def cancel(self) -> None:
        """Batalkan beside the progress bar: the import's process is ended, nothing is written."""
        if self.running is not None:
            self.cancelled = True
            self.running.cancel()

    def closed(self) -> None:
        """The dialog is gone: an import still running is ended with it (nothing is written)."""
        if self.running is not None:
            self.running.cancel()
        self.dialog.delete()   # its upload route goes with it

    # ---- the mapping step -------------------------------------------------------------------------
    def show_mapping(self, headers: list[HeaderChoice]) -> None:
        """A select per header that is not a label, on its suggested field or '(lewati kolom ini)'."""
        spec = self.spec
        self.headers = headers
        self.import_button.disable()
        self.preview.clear()
        options = {'': t('impor.pemetaan.lewati')} | {name: spec.label_of(name)
                                                      for name in importer.importable_fields(spec)}
        labelled = importer.labelled_columns(headers)
        self.selects = {}
        with self.preview, ui.column().classes('w-full gap-2').mark(self.m('impor-pemetaan-langkah')):
            ui.label(t('impor.pemetaan.judul')).classes('text-subtitle1')
            ui.label(t('impor.pemetaan.petunjuk', tabel=spec.label, lewati=t('impor.pemetaan.lewati'))) \
                .classes('text-body2')
            if labelled:
                ui.label(t('impor.pemetaan.cocok', kolom=', '.join(labelled))).classes('text-body2 text-grey-8')
            with ui.grid().classes('w-full gap-x-4 gap-y-2 grid-cols-1 sm:grid-cols-2 md:grid-cols-3'):
                for choice in headers:
                    if choice.labelled:
                        continue
                    with ui.column().classes('gap-0'):
                        self.selects[choice.header] = ui.select(options, label=choice.header, with_input=True,
                                                                value=choice.field or '') \
                            .props('outlined dense options-dense').classes('w-full').mark(self.m('impor-peta'))
                        samples = ', '.join(choice.samples) if choice.samples else t('impor.pemetaan.kosong')
                        ui.label(t('impor.pemetaan.contoh', contoh=samples)).classes('text-caption text-grey-8')
            ui.button(t('impor.pemetaan.terapkan'), icon='check', on_click=self.apply_mapping) \
                .mark(self.m('impor-petakan'))

    async def apply_mapping(self) -> None:
        """Check the chosen mapping, read the file through it, and remember it for the next file."""
        actor = await self.actor()
        if actor is None or self.data is None or not self.selects:
            return
        chosen = {header: select.value or None for header, select in self.selects.items()}
        if problem := importer.check_mapping(self.spec, chosen, importer.labelled_columns(self.headers)):
            self.show_message(problem)
            return
        self.mapping = chosen
        self.headers = [choice if choice.labelled else replace(choice, field=chosen.get(choice.header))
                        for choice in self.headers]   # shown again as chosen if the file still cannot be read
        if await self.check(actor) is not None:
            await importer.remember_mapping(actor, self.spec, chosen)

    async def change_mapping(self) -> None:
        """'Ubah pemetaan' under the preview: the mapping step again, on the mapping used."""
        if self.data is not None and (actor := await self.actor()) is not None:
            self.asking = True
            await self.check(actor)

    def show_plan(self, plan: ImportPlan) -> None:
        spec = self.spec
        self.preview.clear()
        self.selects = {}
        self.show_message('' if plan.ok else t('impor.pratinjau.bermasalah', n=format_number(len(plan.failing))))
        with self.preview:
            ui.label(t('impor.pratinjau.ringkasan', berkas=plan.filename, ringkasan=plan.summary())) \
                .classes('text-body1').mark(self.m('impor-ringkasan'))
            self.show_mapping_used(plan)
            columns = [{'name': '_baris', 'label': t('impor.kolom.baris'), 'field': '_baris', 'align': 'right'}]
            columns += [{'name': name, 'label': spec.label_of(name), 'field': name, 'align': 'left'}
                        for name, _ in plan.columns]
            columns += [{'name': '_status', 'label': t('impor.kolom.status'), 'field': '_status', 'align': 'left'},
                        {'name': '_alasan', 'label': importer.reason_header(), 'field': '_alasan', 'align': 'left',
                         'style': 'white-space: normal; min-width: 16rem'}]
            ui.label(t('impor.pratinjau.judul', n=format_number(min(PREVIEW_ROWS, len(plan.rows))),
                       total=format_number(len(plan.rows)))).classes('text-subtitle2')
            table = ui.table(columns=columns, rows=[self.row_of(plan, o) for o in plan.rows[:PREVIEW_ROWS]],
                             row_key='_baris').props('dense flat bordered').classes('w-full') \
                .mark(self.m('impor-pratinjau'))
            table.add_slot('body-cell', CELL_SLOT)
            if not plan.ok:
                with ui.row().classes('w-full items-center'):
                    ui.label(t('impor.pratinjau.baris_bermasalah', n=format_number(len(plan.failing)))) \
                        .classes('text-subtitle2')
                    ui.space()
                    ui.button(t('impor.pratinjau.unduh_bermasalah'), icon='download', on_click=self.download_failing) \
                        .props('outline color=negative').mark(self.m('impor-unduh-galat'))
                failing = [{'_baris': o.number, '_alasan': plan.reason(o)} for o in plan.failing[:FAILING_SHOWN]]
                ui.table(columns=[columns[0], columns[-1]], rows=failing, row_key='_baris') \
                    .props('dense flat bordered').classes('w-full').mark(self.m('impor-galat'))
        if plan.ok and (plan.count(Status.NEW) or plan.count(Status.UPDATE)):
            self.import_button.text = t('impor.dialog.impor_n',
                                        n=format_number(plan.count(Status.NEW) + plan.count(Status.UPDATE)))
            self.import_button.enable()

    def show_mapping_used(self, plan: ImportPlan) -> None:
        """The headers read by a mapping (and whether it was remembered), and the codes read as choices."""
        spec = self.spec
        if plan.mapped:
            pairs = '; '.join(t('impor.pemetaan.pasangan', judul=header,
                                kolom=spec.label_of(name) if name else t('impor.pemetaan.dilewati'))
                              for header, name in plan.mapped)
            with ui.row().classes('w-full items-center gap-2'):
                ui.label(t('impor.pemetaan.tersimpan' if self.remembered else 'impor.pemetaan.dipakai',
                           pasangan=pairs)).classes('text-body2').mark(self.m('impor-pemetaan'))
                ui.button(t('impor.pemetaan.ubah'), icon='edit', on_click=self.change_mapping) \
                    .props('flat dense').mark(self.m('impor-ubah-pemetaan'))
        if plan.codes:
            columns = '; '.join(t('impor.pemetaan.kode', kolom=spec.label_of(name),
                                  pasangan=', '.join(t('impor.pemetaan.pasangan', judul=code, kolom=choice)
                                                     for code, choice in codes.pairs()))
                                for name, codes in plan.codes.items())
            ui.label(t('impor.pemetaan.kode_dibaca', kolom=columns)).classes('text-body2').mark(self.m('impor-kode'))

    def row_of(self, plan: ImportPlan, outcome: importer.RowOutcome) -> dict[str, Any]:
        """A preview row, keyed by field names (never by anything from the file); a code shows its choice."""
        row: dict[str, Any] = {'_baris': outcome.number, '_status': outcome.status.text,
                               '_alasan': plan.reason(outcome),
                               '_galat': {name: message for name, message in outcome.errors.items()
                                          if name in self.spec.fields_map}}
        for (name, _), cell in zip(plan.columns, outcome.cells):
            row[name] = importer.shown_cell(plan.codes[name](cell) if name in plan.codes else cell)
        return row

    async def download_failing(self) -> None:
        actor = await self.actor()
        if actor is None or self.plan is None or self.plan.ok:
            return
        made = await import_files.failing_rows_file(self.plan, actor)
        ui.download.from_url(downloads.link(made))

    async def commit(self) -> None:
        """Check the file once more against the data as it is now, then write it all or nothing."""
        actor = await self.actor()
        if actor is None or self.data is None:
            return
        plan, result = await self.run(actor, write=True)
        if plan is None or result is None:
            return
        message = result.message(self.spec)
        ui.notify(message, type='positive')
        if result.created or result.updated:
            self.view.offer_undo(message, result.group)
        await self.view.refresh()
        self.dialog.close()
        self.dialog.delete()
