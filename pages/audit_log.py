"""/pengaturan/log: the audit log for the Administrator — filter, page through, export."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import AsyncIterator

from nicegui import ui
from tortoise.queryset import QuerySet

from core import audit
from core.auth import current_actor, page_actor
from exports.xlsx_writer import ExportColumn, export_filename, write_xlsx
from exports.table_export import OFFICE, exports_dir
from forms.indonesian import WIB, ParseError, format_datetime, format_number, parse_date
from forms.widgets import date_input
from models.audit import AUDIT_LABELS, AuditAction, AuditEntry
from models.table import TABLES
from pages import downloads
from pages.frame import forbidden, frame
from pages.history import describe

PAGE_SIZE = 50
ADMIN_ONLY = 'Log audit hanya untuk Administrator.'


def entry_details(entry: AuditEntry) -> str:
    spec = TABLES.get(entry.tabel or '')
    details = describe(spec, entry.sebelum, entry.sesudah) if spec else ''
    return '; '.join(part for part in (entry.keterangan or '', details) if part)


class AuditLogView:
    def __init__(self) -> None:
        self.page = 1
        self.filters: dict = {}

    def queryset(self) -> QuerySet:
        qs = AuditEntry.all()
        if user := (self.filters.get('pengguna') or '').strip():
            qs = qs.filter(pengguna__icontains=user)
        if actions := self.filters.get('aksi'):
            qs = qs.filter(aksi__in=actions)
        if table := self.filters.get('tabel'):
            qs = qs.filter(tabel=table)
        if start := self.filters.get('dari'):
            qs = qs.filter(waktu__gte=datetime.combine(start, time.min, WIB))
        if end := self.filters.get('sampai'):
            qs = qs.filter(waktu__lt=datetime.combine(end + timedelta(days=1), time.min, WIB))
        return qs.order_by('-id')

    async def build(self) -> None:
        with ui.row().classes('w-full items-start gap-3'):
            self.user_input = ui.input('Pengguna').props('dense clearable').mark('log-pengguna')
            self.action_input = ui.select({a.value: AUDIT_LABELS[a] for a in AuditAction}, label='Aksi',
                                          multiple=True).props('dense clearable use-chips').classes('min-w-[12rem]') \
                .mark('log-aksi')
            self.table_input = ui.select({name: spec.label for name, spec in sorted(TABLES.items())}, label='Tabel',
                                         with_input=True).props('dense clearable').classes('min-w-[12rem]') \
                .mark('log-tabel')
            self.start_input = date_input('Dari tanggal').props('dense').classes('w-40').mark('log-dari')
            self.end_input = date_input('Sampai tanggal').props('dense').classes('w-40').mark('log-sampai')
            ui.button('Terapkan', on_click=self.apply).mark('log-terapkan')
            ui.button('Ekspor Excel', icon='download', on_click=self.export).props('outline').mark('log-ekspor')
        columns = [{'name': n, 'label': l, 'field': n, 'align': 'left'} for n, l in
                   (('waktu', 'Waktu'), ('pengguna', 'Pengguna'), ('aksi', 'Aksi'), ('tabel', 'Tabel'),
                    ('baris', 'Baris'), ('rincian', 'Rincian'))]
        columns[-1]['style'] = 'white-space: normal'
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
        actor = await current_actor()
        if actor is None or not actor.is_admin:
            ui.notify(ADMIN_ONLY, type='negative')
            return False
        return True

    async def refresh(self) -> None:
        qs = self.queryset()
        total = await qs.count()
        pages = max(1, -(-total // PAGE_SIZE))
        self.page = min(self.page, pages)
        entries = await qs.offset((self.page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
        self.table.rows = [{'id': e.id, 'waktu': format_datetime(e.waktu), 'pengguna': e.pengguna,
                            'aksi': AUDIT_LABELS.get(e.aksi, str(e.aksi)),
                            'tabel': TABLES[e.tabel].label if e.tabel in TABLES else (e.tabel or ''),
                            'baris': e.baris_id or '', 'rincian': entry_details(e)} for e in entries]
        self.table.update()
        self.page_label.text = f'Halaman {self.page} dari {pages} · {format_number(total)} catatan'

    async def export(self) -> None:
        actor = await current_actor()
        if actor is None or not actor.is_admin:
            ui.notify(ADMIN_ONLY, type='negative')
            return
        qs = self.queryset()

        async def chunks() -> AsyncIterator[list[tuple]]:
            last_id = None
            while True:
                page = qs.filter(id__lt=last_id) if last_id else qs
                entries = await page.limit(2000)
                if not entries:
                    return
                yield [(e.waktu, e.pengguna, AUDIT_LABELS.get(e.aksi, str(e.aksi)), e.tabel or '', e.baris_id,
                        entry_details(e), e.kelompok or '') for e in entries]
                last_id = entries[-1].id

        now = datetime.now(WIB)
        path = exports_dir() / export_filename('log_audit', now.replace(tzinfo=None))
        columns = [ExportColumn('Waktu', 'datetime'), ExportColumn('Pengguna', 'text'), ExportColumn('Aksi', 'text'),
                   ExportColumn('Tabel', 'text'), ExportColumn('Baris', 'int'), ExportColumn('Rincian', 'text', 80),
                   ExportColumn('Kelompok', 'text')]
        count = await write_xlsx(path, sheet_title='Log Audit', title='Log Audit Panel Kecamatan',
                                 subtitle_lines=[OFFICE, f'Diekspor: {format_datetime(now)} oleh {actor.username}'],
                                 columns=columns, chunks=chunks())
        await audit.record(actor.username, AuditAction.EKSPOR, note=f'Log audit, {count} baris')
        ui.download.from_url(downloads.offer(path, actor.user_id))


def register() -> None:
    @ui.page('/pengaturan/log')
    async def audit_log_page() -> None:
        actor = await page_actor('/pengaturan/log')
        if actor is None:
            return
        if not actor.is_admin:
            forbidden(actor, ADMIN_ONLY)
            return
        with frame(actor, 'Log Audit', subtitle='Siapa mengubah apa, dan kapan.'):
            await AuditLogView().build()
