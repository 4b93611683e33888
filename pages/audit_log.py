"""/pengaturan/log: the audit log for the Administrator — filter, page through, export."""
from __future__ import annotations

from datetime import datetime
from typing import AsyncIterator

from nicegui import ui

from core import audit, user_files
from core.access import Actor
from core.audit_query import audit_chunks, audit_page
from locales import t
from exports.xlsx_writer import ExportColumn, export_filename, write_xlsx
from exports.table_export import OFFICE
from forms.indonesian import WIB, ParseError, format_datetime, format_number, parse_date
from pages.widgets import date_input
from models.audit import AUDIT_LABELS, AuditAction, AuditEntry
from models.table import TABLES
from pages import downloads
from pages.frame import admin_event, admin_only_page, frame, with_actor
from pages.history import LINES_STYLE, describe, logged_labels

PAGE_SIZE = 50


def entry_details(entry: AuditEntry, labels: dict | None = None) -> str:
    """The entry's note, then its changes, one line per field (pages.history.describe)."""
    spec = TABLES.get(entry.tabel or '')
    details = describe(spec, entry.sebelum, entry.sesudah, labels) if spec else ''
    return '\n'.join(part for part in (entry.keterangan or '', details) if part)


async def entries_labels(entries: list[AuditEntry]) -> dict[str, dict]:
    """The labels of the rows the entries' foreign keys point at, per table."""
    by_table: dict[str, list[AuditEntry]] = {}
    for entry in entries:
        if entry.tabel in TABLES:
            by_table.setdefault(entry.tabel, []).append(entry)
    return {name: await logged_labels(TABLES[name], found) for name, found in by_table.items()}


def shown_rows(entries: list[AuditEntry], labels: dict[str, dict]) -> list[dict]:
    """The page's lines, newest first: an entry per line, except that the entries of one batch (a
    paste, an import, an undo: one `kelompok`) next to each other are one line listing its rows."""
    batches: list[list[AuditEntry]] = []
    for entry in entries:
        if batches and entry.kelompok and batches[-1][0].kelompok == entry.kelompok:
            batches[-1].append(entry)
        else:
            batches.append([entry])
    rows = []
    for batch in batches:
        first = batch[0]
        action = AUDIT_LABELS.get(first.aksi, str(first.aksi))
        row_ids = [e.baris_id for e in batch if e.baris_id is not None]
        row = {'id': first.id, 'waktu': format_datetime(first.waktu), 'pengguna': first.pengguna, 'aksi': action,
               'tabel': TABLES[first.tabel].label if first.tabel in TABLES else (first.tabel or ''),
               'baris': first.baris_id or '', 'rincian': entry_details(first, labels.get(first.tabel))}
        if len(batch) > 1:
            parts = []
            for entry in batch:
                details = entry_details(entry, labels.get(entry.tabel))
                if entry.baris_id is not None:
                    details = '\n'.join([t('riwayat.log.baris', nomor=entry.baris_id),
                                         *(f'  {line}' for line in details.splitlines())])
                parts.append(details)
            row.update(aksi=t('riwayat.log.aksi_kelompok', aksi=action, n=len(row_ids)) if row_ids else action,
                       baris=', '.join(map(str, sorted(row_ids))), rincian='\n'.join(parts))
        rows.append(row)
    return rows


class AuditLogView:
    def __init__(self) -> None:
        self.page = 1
        self.filters: dict = {}

    async def build(self) -> None:
        with ui.row().classes('w-full items-start gap-3'):
            self.user_input = ui.input(t('log.kolom.pengguna')).props('dense clearable').mark('log-pengguna')
            self.action_input = ui.select({a.value: AUDIT_LABELS[a] for a in AuditAction}, label=t('log.kolom.aksi'),
                                          multiple=True).props('dense clearable use-chips').classes('min-w-[12rem]') \
                .mark('log-aksi')
            self.table_input = ui.select({name: spec.label for name, spec in sorted(TABLES.items())},
                                         label=t('log.kolom.tabel'), with_input=True) \
                .props('dense clearable').classes('min-w-[12rem]').mark('log-tabel')
            self.start_input = date_input(t('log.dari_tanggal')).props('dense').classes('w-40').mark('log-dari')
            self.end_input = date_input(t('log.sampai_tanggal')).props('dense').classes('w-40').mark('log-sampai')
            ui.button(t('common.terapkan'), on_click=self.apply).mark('log-terapkan')
            ui.button(t('common.ekspor_excel'), icon='download', on_click=self.export).props('outline') \
                .mark('log-ekspor')
        columns = [{'name': name, 'label': t(f'log.kolom.{name}'), 'field': name, 'align': 'left'}
                   for name in ('waktu', 'pengguna', 'aksi', 'tabel', 'baris', 'rincian')]
        columns[-1]['style'] = LINES_STYLE
        self.table = ui.table(columns=columns, rows=[], row_key='id').classes('w-full').mark('log-tabel-data')
        with ui.row().classes('items-center'):
            ui.button(icon='chevron_left', on_click=lambda: self.go(self.page - 1)).props('flat round')
            self.page_label = ui.label().mark('log-halaman')
            ui.button(icon='chevron_right', on_click=lambda: self.go(self.page + 1)).props('flat round')
        await self.refresh()

    def read_filters(self) -> bool:
        filters = {'pengguna': self.user_input.value, 'aksi': self.action_input.value or [],
                   'tabel': self.table_input.value}
        for key, element in (('dari', self.start_input), ('sampai', self.end_input)):
            element.error = None
            if element.value:
                try:
                    filters[key] = parse_date(element.value)
                except ParseError as error:
                    element.error = str(error)
                    return False
        self.filters = filters
        return True

    async def apply(self) -> None:
        if await self.allowed() and self.read_filters():
            self.page = 1
            await self.refresh()

    async def go(self, page: int) -> None:
        if await self.allowed():
            self.page = max(1, page)
            await self.refresh()

    async def allowed(self) -> bool:
        return await admin_event(t('log.hanya_admin')) is not None

    async def refresh(self) -> None:
        found = await audit_page(self.filters, self.page, PAGE_SIZE)
        self.page = found.page
        self.table.rows = shown_rows(found.entries, await entries_labels(found.entries))
        self.table.update()
        self.page_label.text = t('log.halaman', halaman=self.page, jumlah=found.pages,
                                 catatan=format_number(found.total))

    @with_actor(lambda _: admin_event(t('log.hanya_admin')))
    async def export(self, actor: Actor) -> None:
        entries = audit_chunks(self.filters)

        async def chunks() -> AsyncIterator[list[tuple]]:
            async for chunk in entries:
                labels = await entries_labels(chunk)
                yield [(e.waktu, e.pengguna, AUDIT_LABELS.get(e.aksi, str(e.aksi)), e.tabel or '', e.baris_id,
                        entry_details(e, labels.get(e.tabel)), e.kelompok or '') for e in chunk]

        now = datetime.now(WIB)
        columns = [ExportColumn(t('log.kolom.waktu'), 'datetime'), ExportColumn(t('log.kolom.pengguna'), 'text'),
                   ExportColumn(t('log.kolom.aksi'), 'text'), ExportColumn(t('log.kolom.tabel'), 'text'),
                   ExportColumn(t('log.kolom.baris'), 'int'), ExportColumn(t('log.kolom.rincian'), 'text', 80),
                   ExportColumn(t('log.kolom.kelompok'), 'text')]
        with user_files.new(actor.user_id, export_filename('log_audit', now.replace(tzinfo=None))) as made:
            count = await write_xlsx(made.path, sheet_title=t('log.judul'), title=t('log.ekspor.judul'),
                                     subtitle_lines=[OFFICE, t('common.diekspor', waktu=format_datetime(now),
                                                               pengguna=actor.username)],
                                     columns=columns, chunks=chunks())
        await audit.record(actor.username, AuditAction.EKSPOR, note=t('log.catatan.ekspor_log', n=count))
        ui.download.from_url(downloads.link(made))


def register() -> None:
    @admin_only_page('/pengaturan/log', t('log.hanya_admin'))
    async def audit_log_page(actor: Actor) -> None:
        with frame(actor, t('log.judul'), subtitle=t('log.subjudul')):
            await AuditLogView().build()
