"""A row's history, from the audit log: who changed what, when, from which value to which.

Each changed field is a line of its own (old → new), its values shown as the grid shows them: dates
dd/mm/yyyy, choices and rows pointed at by their labels, money in Rupiah (the logged JSON read back
with core.audit.from_json, then forms.fields.display). An entry written with others in one batch (a
paste, an import, an undo: one `kelompok`) says how many rows the batch holds.

A files column is told by its files' names, and every file an entry names (a scan since replaced
too) is a link to it: core.record_files.open_file still hands out a file the row held in its
history."""
from __future__ import annotations

from typing import Any, Iterable

from nicegui import ui

from core import audit
from core.listing import related_labels
from core.record_files import file_fields
from locales import t
from forms.fields import display
from forms.indonesian import format_datetime
from models.audit import AUDIT_LABELS, AuditEntry
from models.table import TableSpec
from pages.file_routes import file_link

Labels = dict[str, dict[int, str]]   # foreign key name -> id -> the label of the row it points at
# one line per changed field; the table cell keeps the line breaks
LINES_STYLE = 'white-space: pre-wrap'

# the files of an entry as links; Vue interpolation shows their names as text
FILES_SLOT = r'''
<q-td :props="props">
  <div v-for="file in props.row.files" :key="file.url">
    <a :href="file.url" target="_blank" rel="noopener" class="text-primary">{{ file.name }}</a>
  </div>
</q-td>'''


def field_name(spec: TableSpec, column: str) -> str:
    """The field a logged column belongs to: `klasifikasi_id` is the foreign key `klasifikasi`."""
    name = column.removesuffix('_id')
    return name if column.endswith('_id') and name in spec.fields_map and spec.is_fk(name) else column


def field_label(spec: TableSpec, column: str) -> str:
    name = field_name(spec, column)
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


def shown_value(spec: TableSpec, column: str, value: Any, labels: Labels | None = None) -> str:
    """A logged value as the grid shows it; what cannot be read back is shown as logged."""
    if value is None or value == '' or value == []:
        return t('riwayat.kosong')
    name = field_name(spec, column)
    if name in file_fields(spec):
        return file_names(value) or t('riwayat.kosong')
    try:
        if spec.is_fk(name):
            row_id = int(value)
            return (labels or {}).get(name, {}).get(row_id) or f'#{row_id}'
        return display(spec.field(name), audit.from_json(spec, column, value))
    except (KeyError, LookupError, TypeError, ValueError):
        return str(value)


def change_lines(spec: TableSpec, before: dict[str, Any] | None, after: dict[str, Any] | None,
                 labels: Labels | None = None) -> list[str]:
    """One line per field of an entry: `Label: old → new` for a change, `Label: value` for a value
    the row got when added (empty ones left out) or held when deleted."""
    before, after = before or {}, after or {}
    lines = []
    order = {name: index for index, name in enumerate(spec.fields_map)}   # PostgreSQL's jsonb keeps no key order
    columns = sorted(dict.fromkeys([*before, *after]),
                     key=lambda column: order.get(field_name(spec, column), len(order)))
    for column in columns:
        label = field_label(spec, column)
        if column in before and column in after:
            lines.append(f'{label}: {shown_value(spec, column, before[column], labels)} → '
                         f'{shown_value(spec, column, after[column], labels)}')
        elif column in after:
            if after[column] not in (None, '', []):
                lines.append(f'{label}: {shown_value(spec, column, after[column], labels)}')
        else:
            lines.append(f'{label}: {shown_value(spec, column, before[column], labels)}')
    return lines


def describe(spec: TableSpec, before: dict[str, Any] | None, after: dict[str, Any] | None,
             labels: Labels | None = None) -> str:
    """The entry's changes, one line per field."""
    return '\n'.join(change_lines(spec, before, after, labels))


async def logged_labels(spec: TableSpec, entries: Iterable[AuditEntry]) -> Labels:
    """The labels of every row the entries' foreign keys point at, one query per foreign key."""
    ids: dict[str, set[int]] = {}
    for entry in entries:
        for logged in (entry.sebelum or {}, entry.sesudah or {}):
            for column, value in logged.items():
                name = field_name(spec, column)
                if spec.is_fk(name) and isinstance(value, int):
                    ids.setdefault(name, set()).add(value)
    return {name: await related_labels(spec, name, found) for name, found in ids.items()}


async def history_rows(spec: TableSpec, row_id: int) -> list[dict[str, Any]]:
    """The row's history as the dialog's table shows it, newest first."""
    entries = await audit.history(spec.name, row_id)
    labels = await logged_labels(spec, entries)
    sizes = await audit.batch_sizes(entries)
    rows = []
    for entry in entries:
        lines = change_lines(spec, entry.sebelum, entry.sesudah, labels)
        if sizes.get(entry.kelompok, 0) > 1:
            lines.append(t('riwayat.kelompok', n=sizes[entry.kelompok]))
        rows.append({'id': entry.id, 'waktu': format_datetime(entry.waktu), 'pengguna': entry.pengguna,
                     'aksi': AUDIT_LABELS.get(entry.aksi, str(entry.aksi)), 'rincian': '\n'.join(lines),
                     'files': file_links(spec, row_id, entry.sebelum, entry.sesudah)})
    return rows


async def show_history(spec: TableSpec, row_id: int, title: str) -> None:
    rows = await history_rows(spec, row_id)
    columns = [{'name': name, 'label': t(f'riwayat.kolom.{name}'), 'field': name, 'align': 'left'}
               for name in ('waktu', 'pengguna', 'aksi', 'rincian')]
    columns[-1]['style'] = LINES_STYLE
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
