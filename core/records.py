"""The one write path: every create, edit, inline edit and delete goes through here, whatever the
page. It checks the role matrix on the server, parses Indonesian input with the field registry,
validates (required, length, ranges, enums, foreign keys, the table's own rules), and writes with
an optimistic lock. Invalid input writes nothing and comes back as messages per field.

Callers use this module (`records.save(...)`); the work is split by job:

    core/record_checks.py   parse and check values, per field (no database access)
    core/record_writes.py   one row at a time: save, quick action, batch, delete, trash, restore
    core/record_undo.py     a whole batch undone in one step
    core/record_bulk.py     the bulk path of an import: executemany, one audit entry per row
"""
from __future__ import annotations

from core.record_bulk import BulkRefused, audit_many, placeholders, row_factory, write_bulk
from core.record_checks import GENERAL, apply_values, field_error, stored_values, writable_fields
from core.record_undo import UndoRefused, undo_group
from core.record_writes import (
    TRASH_LIMIT,
    BatchItem,
    BatchResult,
    RecordNotFound,
    WriteResult,
    delete,
    form_values,
    load_row,
    quick_action,
    restore,
    save,
    save_batch,
    trash,
)

__all__ = ['GENERAL', 'TRASH_LIMIT', 'BatchItem', 'BatchResult', 'BulkRefused', 'RecordNotFound', 'UndoRefused',
           'WriteResult', 'apply_values', 'audit_many', 'delete', 'field_error', 'form_values', 'load_row',
           'placeholders', 'quick_action', 'restore', 'row_factory', 'save', 'save_batch', 'stored_values', 'trash',
           'undo_group', 'writable_fields', 'write_bulk']
