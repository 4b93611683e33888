"""Who may import into a table, how much one import may hold, and which columns a file may and must
have: the rules an import follows before any row is read.
"""
from __future__ import annotations

import os

from core import access, records
from core.access import Action, Actor
from forms.fields import kind_of
from locales import t
from models.table import TableSpec, export_columns


def limits() -> tuple[int, int]:
    """(bytes, rows) one import may hold; from IMPORT_MAX_MB and IMPORT_MAX_ROWS."""
    megabytes = float(os.environ.get('IMPORT_MAX_MB') or 10)
    rows = int(os.environ.get('IMPORT_MAX_ROWS') or 100_000)
    return int(megabytes * 1024 * 1024), rows


def may_import(actor: Actor | None, spec: TableSpec) -> bool:
    """Import adds rows (tambah) or updates them (ubah): either right opens it."""
    return access.can(actor, Action.TAMBAH, spec) or access.can(actor, Action.UBAH, spec)


def refusal(spec: TableSpec) -> str:
    return t('impor.ditolak', tabel=spec.label)


def require_import(actor: Actor | None, spec: TableSpec) -> None:
    if not may_import(actor, spec):
        raise access.AccessDenied(refusal(spec))


def reason_header() -> str:
    """The reason column of the failing-rows file (skipped on import)."""
    return t('impor.kolom.alasan')


def source_row_header() -> str:
    """Its row-number column (skipped on import too)."""
    return t('impor.kolom.baris_asal')


def is_file_column(spec: TableSpec, name: str) -> bool:
    """A column of files (scans, photos): never imported, as no file can come from a spreadsheet cell.
    An export writes the files' names there; core.import_plan reads past them and says so."""
    return name in spec.fields_map and kind_of(spec.field(name)).name == 'files'


def importable_fields(spec: TableSpec) -> list[str]:
    """The writable fields a file may give values for: the columns of the import template."""
    return [name for name in records.writable_fields(spec) if not is_file_column(spec, name)]


def accepted_labels(spec: TableSpec) -> dict[str, str | None]:
    """Header label → field name for the fields a file gives values for; the table's other columns
    (derived values, as an export writes them) and our failing-rows columns are known and skipped.
    A file column keeps its name, so that the plan can tell that the file had it (and skip it)."""
    writable = set(records.writable_fields(spec))
    labels: dict[str, str | None] = {}
    for name in export_columns(spec):
        labels.setdefault(spec.label_of(name), name if name in writable else None)
    labels.setdefault(source_row_header(), None)
    labels.setdefault(reason_header(), None)
    return labels


def required_fields(spec: TableSpec, actor: Actor, parent: tuple[str, int] | None) -> list[str]:
    """Fields without which no row can be saved (no default), less those the import fills itself."""
    names = []
    for name in records.writable_fields(spec):
        f = spec.field(name)
        if f.null or f.default is not None:
            continue
        if parent and name == parent[0] or name in spec.fixed_values(actor):   # an Operator Desa's desa
            continue
        names.append(name)
    return names


def natural_key_text(spec: TableSpec) -> str:
    """The columns by which a stored row is recognised: 'Tahun + No. Agenda'."""
    return ' + '.join(spec.label_of(n) for n in spec.natural_key)
