"""The form input of a files column (issue #16): the files a record keeps, each with its thumbnail,
name and size and buttons to view, download and remove it, and an upload to add more.

Its `.value` is the list of the files' descriptions ({sha256, nama, ukuran, jenis}) as the record
form saves it. An upload goes to the server at once (QUploader's auto-upload, with its progress
bar); core.record_files.accept_upload checks and stores it and gives the uploader the ticket that
lets the following save attach it. Nothing is written to the record until the form is saved, so
removing a file only takes it out of `.value`, and the save puts the change in the audit log.

The browser refuses a file over the size limit or of another type before sending it (QUploader's
`max-file-size` and `accept`); the server checks again, by content. On a phone, "Foto dengan
kamera" opens the camera (`capture="environment"` on QUploader's file input).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from nicegui import events, ui

from core import record_files
from core.access import AccessDenied, Actor
from core.auth import current_actor
from core.file_checks import ACCEPTED_SUFFIXES, FileRefused
from core.file_settings import file_settings
from forms.fields import format_size
from locales import t
from models.table import TableSpec
from pages import http_hardening
from pages.file_routes import PREVIEWABLE, file_link

ActorLoader = Callable[[], Awaitable[Actor | None]]
CAMERA_TYPES = 'image/jpeg,image/png'
# QUploader's rejected entries ({failedPropValidation, file}) as plain data for the server
REJECTED_ENTRIES = '(entries) => emit(entries.map(e => ({reason: e.failedPropValidation, name: e.file.name})))'
ICONS = {'application/pdf': 'picture_as_pdf', 'image/jpeg': 'image', 'image/png': 'image'}


@dataclass(frozen=True)
class FileContext:
    """What a files input needs beyond its value: the row it belongs to (None: a new record), who
    asks (reloaded from the session at every upload) and the size limit of one file."""
    row_id: int | None
    load_actor: ActorLoader
    max_file_bytes: int


async def file_context(row_id: int | None, load_actor: ActorLoader | None = None) -> FileContext:
    return FileContext(row_id, load_actor or current_actor, (await file_settings()).max_file_bytes)


class FilesInput(ui.column):
    """The files of one column of one record; `.value` is what the form saves, `.error` the message
    shown beside it (as other inputs' `error`)."""

    def __init__(self, spec: TableSpec, name: str, value: list[dict[str, Any]] | None, *, label: str,
                 context: FileContext, readonly: bool = False) -> None:
        super().__init__()
        self.spec, self.name, self.context, self.readonly = spec, name, context, readonly
        self.many = getattr(spec.field(name), 'many', True)
        self._value: list[dict[str, Any]] = list(value or [])
        self.classes('w-full gap-1 col-span-full')
        with self:
            ui.label(label).classes('text-caption text-grey-8')
            self.listing = ui.column().classes('w-full gap-1')
            if not readonly:
                self._uploads()
            self.message = ui.label().classes('text-negative text-caption').mark(f'galat-{name}')
            self.message.set_visibility(False)
        self._viewer: ui.dialog | None = None
        self._show()

    # ---- what the form reads and writes ---------------------------------------------------------
    @property
    def value(self) -> list[dict[str, Any]]:
        return list(self._value)

    @value.setter
    def value(self, value: list[dict[str, Any]] | None) -> None:
        self._value = list(value or [])
        self._show()

    @property
    def error(self) -> str | None:
        return self.message.text or None

    @error.setter
    def error(self, text: str | None) -> None:
        self.message.text = text or ''
        self.message.set_visibility(bool(text))

    # ---- the list -------------------------------------------------------------------------------
    def file_url(self, item: dict[str, Any], *, download: bool = False, thumbnail: bool = False) -> str:
        return file_link(item['sha256'], table=self.spec.name, row_id=self.context.row_id, column=self.name,
                         download=download, thumbnail=thumbnail)

    def _show(self) -> None:
        self.listing.clear()
        with self.listing:
            if not self._value:
                ui.label(t('berkas.unggah.belum_ada')).classes('text-body2 text-grey-7')
            for item in self._value:
                self._file_row(item)

    def _file_row(self, item: dict[str, Any]) -> None:
        with ui.row().classes('w-full items-center no-wrap gap-3 q-pa-xs rounded-borders bg-grey-2') \
                .mark('berkas-item'):
            if item['jenis'] in PREVIEWABLE:
                ui.element('img').props(f'src="{self.file_url(item, thumbnail=True)}" alt=""') \
                    .style('width: 56px; height: 56px; object-fit: contain; background: white') \
                    .mark('gambar-kecil')
            else:
                ui.icon(ICONS.get(item['jenis'], 'description'), size='40px').classes('text-grey-7')
            with ui.column().classes('gap-0 col min-w-0'):
                ui.label(item['nama']).classes('text-body2 ellipsis full-width').mark('berkas-nama')
                ui.label(format_size(item['ukuran'])).classes('text-caption text-grey-7')
            ui.button(icon='visibility', on_click=lambda item=item: self.show_file(item)) \
                .props(f'flat round dense aria-label="{t("berkas.unggah.lihat")}"') \
                .tooltip(t('berkas.unggah.lihat')).mark('berkas-lihat')
            ui.button(icon='download', on_click=lambda item=item: ui.download.from_url(self.file_url(item, download=True))) \
                .props(f'flat round dense aria-label="{t("berkas.unggah.unduh")}"') \
                .tooltip(t('berkas.unggah.unduh')).mark('berkas-unduh')
            if not self.readonly:
                ui.button(icon='delete', on_click=lambda item=item: self.drop(item)) \
                    .props(f'flat round dense color=negative aria-label="{t("berkas.unggah.hapus")}"') \
                    .tooltip(t('berkas.unggah.hapus')).mark('berkas-hapus')

    def drop(self, item: dict[str, Any]) -> None:
        self.value = [kept for kept in self._value if kept['sha256'] != item['sha256']]

    def show_file(self, item: dict[str, Any]) -> None:
        """The file in a dialog over the form: a PDF in a frame, a picture as it is, else a download."""
        if self._viewer is not None:
            self._viewer.delete()
        with self, ui.dialog().props('maximized') as self._viewer, ui.card().classes('w-full h-full').mark('penampil'):
            with ui.row().classes('w-full items-center no-wrap'):
                ui.label(item['nama']).classes('text-h6 ellipsis col')
                ui.link(t('berkas.unggah.buka_tab'), self.file_url(item), new_tab=True)
                ui.button(t('berkas.unggah.unduh'), icon='download',
                          on_click=lambda: ui.download.from_url(self.file_url(item, download=True))).props('flat')
                ui.button(icon='close', on_click=self._viewer.close) \
                    .props(f'flat round aria-label="{t("common.tutup")}"')
            if item['jenis'] == 'application/pdf':
                ui.element('iframe').props(f'src="{self.file_url(item)}" title="{t("berkas.unggah.lihat")}"') \
                    .classes('w-full col').style('border: none; min-height: 70vh')
            elif item['jenis'] in PREVIEWABLE:
                ui.element('img').props(f'src="{self.file_url(item)}" alt=""') \
                    .style('max-width: 100%; max-height: 80vh; object-fit: contain; margin: auto')
            else:
                ui.label(t('berkas.unggah.tidak_ditampilkan')).classes('text-body1')
        self._viewer.open()

    # ---- adding files ---------------------------------------------------------------------------
    def _uploads(self) -> None:
        limit = self.context.max_file_bytes
        ui.label(t('berkas.unggah.petunjuk', batas=format_size(limit))).classes('text-caption text-grey-7')
        with ui.row().classes('w-full gap-2 items-start'):
            self.upload = ui.upload(label=t('berkas.unggah.pilih'), multiple=self.many, auto_upload=True,
                                    max_file_size=limit, on_upload=self.received) \
                .on('rejected', self.rejected, js_handler=REJECTED_ENTRIES) \
                .props(f'accept="{",".join(ACCEPTED_SUFFIXES)}" flat bordered') \
                .classes('col').mark(f'unggah-{self.name}')
            self.camera = ui.upload(label=t('berkas.unggah.kamera'), auto_upload=True, max_file_size=limit,
                                    on_upload=self.received) \
                .on('rejected', self.rejected, js_handler=REJECTED_ENTRIES) \
                .props(f'accept="{CAMERA_TYPES}" capture=environment flat bordered') \
                .classes('lt-md').mark(f'kamera-{self.name}')
        for upload in (self.upload, self.camera):
            http_hardening.allow_file_upload(upload.props['url'], limit)

    def rejected(self, event: events.GenericEventArguments) -> None:
        """The browser refused a file before sending it: say why (its size, or its type)."""
        entries = event.args if isinstance(event.args, list) else []
        reasons = {entry.get('reason') for entry in entries if isinstance(entry, dict)}
        if reasons & {'max-file-size', 'max-total-size'}:
            message = t('berkas.unggah.terlalu_besar', batas=format_size(self.context.max_file_bytes))
        else:
            message = t('berkas.unggah.jenis_lain', daftar=', '.join(ACCEPTED_SUFFIXES))
        self.error = message
        ui.notify(message, type='negative')

    async def received(self, event: events.UploadEventArguments) -> None:
        """One uploaded file: checked and stored by the server, then listed (nothing saved yet)."""
        try:
            actor = await self.context.load_actor()
            if actor is None:
                ui.notify(t('common.sesi_berakhir'), type='warning')
                return
            if event.file.size() > self.context.max_file_bytes:   # refused before it is read
                self.error = t('berkas.unggah.terlalu_besar', batas=format_size(self.context.max_file_bytes))
                return
            try:
                item = await record_files.accept_upload(actor, self.spec, self.name, event.file.name,
                                                        await event.file.read())
            except (AccessDenied, FileRefused) as error:
                self.error = str(error)
                return
            self.error = None
            if not self.many:
                self.value = [item]
            elif item['sha256'] not in {kept['sha256'] for kept in self._value}:
                self.value = [*self._value, item]
        finally:
            event.sender.reset()
