"""A row's history, from the audit log: who changed what, when, from which value to which."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import audit
from forms.indonesian import format_datetime
from models.audit import AUDIT_LABELS
from models.table import TableSpec


def field_label(spec: TableSpec, column: str) -> str:
    name = column.removesuffix('_id') if column.endswith('_id') and column.removesuffix('_id') in spec.fields_map \
        else column
    return spec.label_of(name) if name in spec.fields_map else column


def describe(spec: TableSpec, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    before, after = before or {}, after or {}
    parts = []
    for column in dict.fromkeys([*before, *after]):
        old, new = before.get(column), after.get(column)
        if column in before and column in after:
            parts.append(f'{field_label(spec, column)}: {old if old is not None else "(kosong)"} → '
                         f'{new if new is not None else "(kosong)"}')
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
             'rincian': describe(spec, entry.sebelum, entry.sesudah)} for entry in entries]
    columns = [{'name': 'waktu', 'label': 'Waktu', 'field': 'waktu', 'align': 'left'},
               {'name': 'pengguna', 'label': 'Pengguna', 'field': 'pengguna', 'align': 'left'},
               {'name': 'aksi', 'label': 'Aksi', 'field': 'aksi', 'align': 'left'},
               {'name': 'rincian', 'label': 'Rincian', 'field': 'rincian', 'align': 'left',
                'style': 'white-space: normal'}]
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-4xl'):
        ui.label(f'Riwayat {title}').classes('text-h6')
        if rows:
            ui.table(columns=columns, rows=rows, row_key='id').classes('w-full').mark('tabel-riwayat')
        else:
            ui.label('Belum ada riwayat untuk data ini.')
        ui.button('Tutup', on_click=dialog.close).props('flat')
    dialog.open()
