"""A row's history, from the audit log: who changed what, when, from which value to which.

A files column is told by its files' names, and every file an entry names (a scan since replaced
too) is a link to it: core.record_files.open_file still hands out a file the row held in its
history."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import audit
from core.record_files import file_fields
from locales import t
from forms.indonesian import format_datetime
from models.audit import AUDIT_LABELS
from models.table import TableSpec
from pages.file_routes import file_link

# the files of an entry as links; Vue interpolation shows their names as text
FILES_SLOT = r'''
<q-td :props="props">
  <div v-for="file in props.row.files" :key="file.url">
    <a :href="file.url" target="_blank" rel="noopener" class="text-primary">{{ file.name }}</a>
  </div>
</q-td>'''


def field_label(spec: TableSpec, column: str) -> str:
    name = column.removesuffix('_id') if column.endswith('_id') and column.removesuffix('_id') in spec.fields_map \
        else column
    return spec.label_of(name) if name in spec.fields_map else column


def file_names(value: Any) -> str | None:
    """A files column's value (descriptions, as the audit log keeps them) as its files' names."""
    if not isinstance(value, list):
        return value
    return ', '.join(str(item.get('nama', '')) for item in value if isinstance(item, dict)) or None


def file_links(spec: TableSpec, row_id: int, before: dict[str, Any] | None,
               after: dict[str, Any] | None) -> list[dict[str, str]]:
    """Every file the entry names, before and after, once each, with the address that opens it."""
    links: dict[str, dict[str, str]] = {}
    for column in file_fields(spec):
        for logged in (before or {}, after or {}):
            value = logged.get(column)
            for item in value if isinstance(value, list) else ():
                if isinstance(item, dict) and item.get('sha256') and item['sha256'] not in links:
                    links[item['sha256']] = {'name': str(item.get('nama', '')), 'url': file_link(
                        item['sha256'], table=spec.name, row_id=row_id, column=column)}
    return list(links.values())


def describe(spec: TableSpec, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    before, after = before or {}, after or {}
    parts = []
    files = set(file_fields(spec))
    for column in dict.fromkeys([*before, *after]):
        old, new = before.get(column), after.get(column)
        if column in files:
            old, new = file_names(old), file_names(new)
        if column in before and column in after:
            empty = t('riwayat.kosong')
            parts.append(f'{field_label(spec, column)}: {old if old is not None else empty} → '
                         f'{new if new is not None else empty}')
        elif column in after:
            if new not in (None, ''):
                parts.append(f'{field_label(spec, column)}: {new}')
        else:
            parts.append(f'{field_label(spec, column)}: {old}')
    return '; '.join(parts)


async def show_history(spec: TableSpec, row_id: int, title: str) -> None:
    entries = await audit.history(spec.name, row_id)
    rows = [{'id': entry.id, 'waktu': format_datetime(entry.waktu), 'pengguna': entry.pengguna,
             'aksi': AUDIT_LABELS.get(entry.aksi, str(entry.aksi)),
             'rincian': describe(spec, entry.sebelum, entry.sesudah),
             'files': file_links(spec, row_id, entry.sebelum, entry.sesudah)} for entry in entries]
    columns = [{'name': name, 'label': t(f'riwayat.kolom.{name}'), 'field': name, 'align': 'left'}
               for name in ('waktu', 'pengguna', 'aksi', 'rincian')]
    columns[-1]['style'] = 'white-space: normal'
    with_files = bool(file_fields(spec))
    if with_files:
        columns.append({'name': 'files', 'label': t('berkas.unggah.riwayat_kolom'), 'field': 'files',
                        'align': 'left'})
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-4xl'):
        ui.label(t('riwayat.judul', data=title)).classes('text-h6')
        if rows:
            table = ui.table(columns=columns, rows=rows, row_key='id').classes('w-full').mark('tabel-riwayat')
            if with_files:
                table.add_slot('body-cell-files', FILES_SLOT)
        else:
            ui.label(t('riwayat.belum_ada'))
        ui.button(t('common.tutup'), on_click=dialog.close).props('flat')
    dialog.open()
