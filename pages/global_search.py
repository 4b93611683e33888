"""The search across every table, on every page: a button in the header and Ctrl+K open a dialog
whose box searches as one types (core.global_search), the rows found grouped by table. A row
opens in its form where the person may change it, else as a read-only card; in both cases the row
is read again for the actor of the moment, inside their scope."""
from __future__ import annotations

from nicegui import ui

from core import records
from core.access import Action, can
from core.auth import current_actor
from core.global_search import Group, record_lines, search
from core.listing import row_label
from locales import t
from models.table import TABLES, TableSpec
from pages.record_form import open_record_form

DEBOUNCE_MS = 250

# Ctrl+K (Cmd+K on a Mac) anywhere, in an input too; the browser's own use of it (the address bar) is prevented
SEARCH_KEY_JS = """(e) => {
  if (e.action !== 'keydown' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.code !== 'KeyK') return;
  e.event.preventDefault();
  e.event.stopPropagation();
  emit({action: e.action, repeat: e.repeat, key: e.key, code: e.code, location: e.location,
        altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey});
}"""

# The arrows walk the results (each a focusable item; Enter on one opens it, as a click)
ARROWS_JS = """(e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const hits = [...document.querySelectorAll('.global-search-hit')];
  const at = hits.indexOf(document.activeElement);
  const next = e.key === 'ArrowDown' ? hits[at + 1] : (at > 0 ? hits[at - 1] : null);
  if (next) { next.focus(); e.preventDefault(); }
}"""


class GlobalSearch:
    """The dialog, made once per page by pages.frame; `open()` shows it with the box focused."""

    def __init__(self) -> None:
        self.asked = 0                 # the latest search asked for; an older answer arriving late is dropped
        self.first: tuple[str, int] | None = None
        with ui.dialog().props('position=top') as self.dialog, \
                ui.card().classes('w-full max-w-2xl q-mt-xl').mark('cari-dialog') as card:
            ui.label(t('cari.judul')).classes('text-h6')
            self.box = ui.input(placeholder=t('cari.petunjuk'), on_change=self.changed) \
                .props(f'outlined autofocus clearable debounce={DEBOUNCE_MS} type=search '
                       f'aria-label="{t("cari.judul")}"') \
                .classes('w-full').mark('cari-teks')
            self.box.on('keydown.enter', self.open_first)
            self.message = ui.label(t('cari.penjelasan')).classes('text-caption text-grey-7').mark('cari-pesan')
            self.results = ui.column().classes('w-full gap-0').mark('cari-hasil')
            card.on('keydown', js_handler=ARROWS_JS)
        self.host = self.dialog.parent_slot    # where the opened row's dialog goes: the page, not this dialog

    def open(self) -> None:
        self.dialog.open()
        self.box.run_method('focus')

    def button(self) -> ui.button:
        """The header's search button."""
        with ui.button(icon='search', on_click=self.open) \
                .props(f'flat color=white aria-label="{t("cari.judul")}"').mark('cari-semua') as button:
            ui.label(t('cari.tombol')).classes('gt-xs q-ml-sm')
            button.tooltip(t('cari.tooltip'))
        return button

    def keyboard(self) -> ui.keyboard:
        """Ctrl+K opens the dialog, wherever the focus is."""
        keyboard = ui.keyboard(repeating=False, ignore=[]).mark('cari-keyboard')
        keyboard.on('key', self.open, js_handler=SEARCH_KEY_JS)
        return keyboard

    async def changed(self) -> None:
        text = (self.box.value or '').strip()
        self.asked += 1
        asked = self.asked
        if not text:
            self.show([], text)
            return
        actor = await current_actor()
        if actor is None:
            ui.notify(t('common.sesi_berakhir'), type='warning')
            return
        groups = await search(actor, text)
        if asked == self.asked:
            self.show(groups, text)

    def show(self, groups: list[Group], text: str) -> None:
        self.results.clear()
        self.first = (groups[0].table, groups[0].hits[0].id) if groups else None
        if not text:
            self.message.text = t('cari.penjelasan')
        elif not groups:
            self.message.text = t('cari.tidak_ada', teks=text)
        elif groups[0].similar:
            self.message.text = t('cari.mirip', teks=text)
        else:
            self.message.text = ''
        self.message.set_visibility(bool(self.message.text))
        with self.results:
            for group in groups:
                with ui.column().classes('w-full gap-0 q-mt-sm').mark(f'cari-kelompok-{group.table}'):
                    ui.label(t('cari.kelompok', tabel=group.label, n=group.total)) \
                        .classes('text-overline text-primary')
                    with ui.list().props('dense separator').classes('w-full'):
                        for hit in group.hits:
                            with ui.item(on_click=lambda g=group.table, i=hit.id: self.open_row(g, i)) \
                                    .classes('global-search-hit').mark(f'cari-hasil-{group.table}-{hit.id}'):
                                with ui.item_section():
                                    ui.item_label(hit.label)
                                    if hit.snippet:
                                        ui.item_label(f'{hit.field}: {hit.snippet}').props('caption lines=1')
                    if group.total > len(group.hits):
                        ui.link(t('cari.lainnya', n=group.total - len(group.hits), tabel=group.label),
                                f'/tabel/{group.table}').classes('text-caption q-ml-md')

    async def open_first(self) -> None:
        if self.first is not None:
            await self.open_row(*self.first)

    async def open_row(self, table: str, row_id: int) -> None:
        """The row in its form for someone who may change it, else read-only; asked again on the
        server (rights and scope of the moment)."""
        actor = await current_actor()
        spec = TABLES.get(table)
        if actor is None:
            ui.notify(t('common.sesi_berakhir'), type='warning')
            return
        if spec is None or not can(actor, Action.LIHAT, spec):
            return
        try:
            row = await records.load_row(spec, actor, row_id)
        except records.RecordNotFound as error:
            ui.notify(str(error), type='negative')
            return
        self.dialog.close()
        with self.host:
            if can(actor, Action.UBAH, spec, row):
                await open_record_form(spec, actor, current_actor, row_id=row_id,
                                       fixed=(spec.parent,) if spec.parent else ())
            else:
                await show_row(spec, row)


async def show_row(spec: TableSpec, row) -> ui.dialog:
    """A row for someone who may only see it: its fields and their values, and a way to its table."""
    lines = await record_lines(spec, row)
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-2xl').mark('baca-baris'):
        ui.label(t('cari.baca.judul', tabel=spec.label, baris=row_label(spec, row))).classes('text-h6')
        ui.label(t('cari.baca.hanya_lihat')).classes('text-caption text-grey-7')
        with ui.grid(columns='auto 1fr').classes('w-full gap-x-4 gap-y-1 items-baseline'):
            for label, text in lines:
                ui.label(label).classes('text-weight-medium')
                ui.label(text).classes('break-words')
        with ui.row().classes('w-full justify-end'):
            ui.link(t('cari.buka_tabel'), f'/tabel/{spec.name}').classes('q-mr-md self-center')
            ui.button(t('common.tutup'), on_click=dialog.close).props('flat autofocus').mark('tutup-baca')
    dialog.open()
    return dialog
