"""/tabel/<name>: one page for every registered table, with its keyboard shortcuts (Insert or
Alt+N for Tambah, `?` for the list of every shortcut of the grid and its form)."""
from __future__ import annotations

from fastapi import Request
from nicegui import ui

from core.access import Action, Actor, can, refusal
from core.auth import current_actor
from core.listing import link_search, read_link_filters
from locales import t
from models.process_map import PROCESS_BY_CODE
from models.table import TABLES
from pages.frame import forbidden, frame, logged_in_page, not_found
from pages.table_view import TableView

# The shortcuts listed by `?`, in this order: grid.pintasan.tombol.<name> and grid.pintasan.aksi.<name>.
# The form's (simpan, simpan_lagi, batal) are pages/record_form.py's; the grid's undo, fill-down and
# paste are pages/grid_undo.py's, grid_bulk.py's and grid_paste.py's.
SHORTCUTS = ('tambah', 'bantuan', 'panah', 'ubah_sel', 'simpan', 'simpan_lagi', 'batal', 'batalkan', 'ulangi',
             'isi_bawah', 'tempel', 'urut_tambah')

# Keys typed in an input, a select or a cell's editor are theirs (ui.keyboard ignores those), and
# so are keys while a dialog (the form) is open. Shift+Insert is a paste, not Tambah.
SHORTCUT_JS = """(e) => {
  if (e.action !== 'keydown' || e.ctrlKey || e.metaKey || document.querySelector('.q-dialog')) return;
  let shortcut = null;
  if (e.key === 'Insert' && !e.altKey && !e.shiftKey) shortcut = 'add';
  else if (e.code === 'KeyN' && e.altKey && !e.shiftKey) shortcut = 'add';
  else if (e.key === '?' && !e.altKey) shortcut = 'help';
  if (shortcut === null) return;
  e.event.preventDefault();
  e.event.stopPropagation();
  emit({shortcut, action: e.action, repeat: e.repeat, key: e.key, code: e.code, location: e.location,
        altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey});
}"""


def show_shortcuts() -> None:
    """The dialog of `?`: every shortcut of the table page and its form, in Indonesian."""
    with ui.dialog() as dialog, ui.card().mark('pintasan'):
        ui.label(t('grid.pintasan.judul')).classes('text-h6')
        ui.label(t('grid.pintasan.penjelasan')).classes('text-caption')
        with ui.grid(columns='auto 1fr').classes('items-baseline gap-x-4 gap-y-1'):
            ui.label(t('grid.pintasan.kolom_tombol')).classes('text-weight-bold')
            ui.label(t('grid.pintasan.kolom_aksi')).classes('text-weight-bold')
            for name in SHORTCUTS:
                ui.label(t(f'grid.pintasan.tombol.{name}')) \
                    .classes('font-mono text-no-wrap bg-grey-3 q-px-sm rounded-borders')
                ui.label(t(f'grid.pintasan.aksi.{name}'))
        with ui.row().classes('w-full justify-end'):
            ui.button(t('common.tutup'), on_click=dialog.close).props('flat').mark('tutup-pintasan')
    dialog.open()


def shortcut_keys(view: TableView) -> ui.keyboard:
    """Insert / Alt+N open the Tambah form (the role matrix decides, as for the button); `?` the list."""
    async def pressed(event) -> None:
        shortcut = (event.args or {}).get('shortcut')
        if shortcut == 'add':
            await view.add()
        elif shortcut == 'help':
            show_shortcuts()

    keyboard = ui.keyboard(repeating=False, ignore=['input', 'select', 'textarea']).mark('pintasan-keyboard')
    keyboard.on('key', pressed, js_handler=SHORTCUT_JS)
    return keyboard


def register() -> None:
    @logged_in_page('/tabel/{name}')
    async def table_page(actor: Actor, name: str, request: Request) -> None:
        spec = TABLES.get(name)
        if spec is None:
            not_found(actor, t('grid.halaman_tabel.tidak_ada'))
            return
        if not can(actor, Action.LIHAT, spec):
            forbidden(actor, refusal(Action.LIHAT, spec.label))
            return
        process = PROCESS_BY_CODE.get(spec.process) if spec.process else None
        subtitle = t('grid.halaman_tabel.subjudul_proses', kode=process.code, nama=process.name) if process \
            else t('common.data_referensi')
        with frame(actor, spec.label, subtitle=subtitle):
            params = {key: request.query_params.getlist(key) for key in request.query_params}
            link = read_link_filters(spec, params)
            view = TableView(spec, actor, current_actor, filters=link.filters, unreadable=link.unreadable,
                             search=link_search(params))
            await view.build()
            shortcut_keys(view)
