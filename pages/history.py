"""A row's history, from the audit log: who changed what, when, from which value to which."""
from __future__ import annotations

from typing import Any

from nicegui import ui

from core import audit
from locales import t
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
             'rincian': describe(spec, entry.sebelum, entry.sesudah)} for entry in entries]
    columns = [{'name': name, 'label': t(f'riwayat.kolom.{name}'), 'field': name, 'align': 'left'}
               for name in ('waktu', 'pengguna', 'aksi', 'rincian')]
    columns[-1]['style'] = 'white-space: normal'
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-4xl'):
        ui.label(t('riwayat.judul', data=title)).classes('text-h6')
        if rows:
            ui.table(columns=columns, rows=rows, row_key='id').classes('w-full').mark('tabel-riwayat')
        else:
            ui.label(t('riwayat.belum_ada'))
        ui.button(t('common.tutup'), on_click=dialog.close).props('flat')
    dialog.open()
