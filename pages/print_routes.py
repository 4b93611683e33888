"""The grid's 'Cetak' action: the printable sheet of the selected row (exports/pdf_print.py: the
Lembar Disposisi and the Kartu Kendali of a surat masuk, the Kartu Kendali of a surat keluar, the
tanda terima of a PATEN request, the formulir of a cuti, the Standar Pelayanan of a jenis layanan), made
for the person as a PDF and handed over like any other download (/unduh/<token>, pages/downloads.py).
The actor is read again from the session at the click, and the row is checked as the record is."""
from __future__ import annotations

from typing import TYPE_CHECKING

from nicegui import ui

from core.access import AccessDenied, Action, can
from core.records import RecordNotFound
from exports.pdf_print import PRINTABLE, print_record, sheet_name
from locales import t
from pages import downloads

if TYPE_CHECKING:
    from pages.table_view import TableView, ToolbarMenu


def add_print_action(view: TableView, more: ToolbarMenu) -> None:
    """'Cetak' in the grid's menu, for a table with a printable sheet and a person who may see it;
    a table with more than one sheet gets 'Cetak <sheet>' for each (marker cetak, then cetak-<sheet>)."""
    spec = view.spec
    if spec.name not in PRINTABLE or not can(view.actor, Action.LIHAT, spec):
        return
    sheets = list(PRINTABLE[spec.name])
    for number, sheet in enumerate(sheets):
        name = sheet_name(spec.name, sheet)
        text = t('cetak.aksi.menu') if len(sheets) == 1 else t('cetak.aksi.menu_lembar', lembar=name)
        more.secondary(text, 'print', lambda sheet=sheet: print_selected(view, sheet),
                       'cetak' if number == 0 else f'cetak-{sheet}') \
            .tooltip(t('cetak.aksi.keterangan', lembar=name))


async def print_selected(view: TableView, sheet: str | None = None) -> None:
    if not view.selected:
        ui.notify(t('common.pilih_satu_baris'), type='warning')
        return
    actor = await view.allowed(Action.LIHAT)
    if actor is None:
        return
    try:
        made = await print_record(view.spec, actor, view.selected['id'], sheet=sheet)
    except (AccessDenied, RecordNotFound) as error:
        ui.notify(str(error), type='negative')
        return
    ui.notify(t('cetak.aksi.selesai', lembar=sheet_name(view.spec.name, sheet)), type='positive')
    ui.download.from_url(downloads.link(made))
