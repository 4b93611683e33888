"""Import of an Excel (xlsx) or CSV file into any registered table, all or nothing.

    plan = await import_files.plan_import(spec, actor, data, 'surat.xlsx', OnDuplicate.SKIP)  # read and check
    result = await importer.write_import(spec, actor, plan)          # one transaction, one undo group

An office's own file whose headers are not all our labels ('Tgl Survei', 'L/P', 'Umur') is read
through a mapping: header → field, or skipped (core.import_mapping). Without one that covers every
header, planning raises MappingNeeded with a suggestion per header; the dialog asks, and remembers
the answer per table and per person. A choice column's codes (L/P, 1–4) are read as its choices.

The file itself is exports' work (exports/import_files.py): read in a child process with a memory
and a time limit (exports.reader_process, waited for on a worker thread), so no file can take the
server down, into a core.import_sheet.Table whose columns are found by their Indonesian labels
(exports.xlsx_import). From there on it is this service's: every cell goes through the field
registry (typed Excel cells are taken as they are); foreign keys are found by the row label or code
of the row they point at; every row is checked like a single save (core.records.apply_values, then
the table's own rules and the role matrix), in memory where possible. Rows whose natural key
(TableSpec.natural_key) is already stored are skipped or updated, as the user chooses. Nothing is
written unless every row passes; then core.records.write_bulk writes them with executemany, one
audit entry per row plus one IMPOR entry, all in one group that undo_group takes back in one step.

The Impor dialog runs both steps in the import's own process (exports/import_process.py), so that
no other user's page waits for them; this module is what that process runs.

Both steps take an optional `on_progress(done, total)`, called on the event loop with growing row
counts that end at (total, total), so a page can show a progress bar; between two calls the event
loop gets its turn, so the page stays responsive.

Limits: IMPORT_MAX_MB (default 10) and IMPORT_MAX_ROWS (default 100000), read at every import.

Callers use this module; the work is split by job:

    core/import_policy.py   who may import, the limits, the columns a file may and must have
    core/import_sheet.py    what a file reader hands over: the Table, or an ImportFileError
    core/import_cells.py    typed cells as the field registry takes them (codes as choices), as the preview shows them
    core/import_mapping.py  headers that are not labels mapped to fields: suggested, chosen, remembered
    core/import_keys.py     foreign keys by their label, stored rows by their natural key
    core/import_plan.py     every row checked, what would happen to it (plan_rows); writes nothing
    core/import_write.py    the plan written all or nothing (write_import)
"""
from __future__ import annotations

from core.import_cells import ChoiceCodes, choice_codes, memo_parse, shown_cell, typed_cell
from core.import_keys import ForeignKeys, natural_key_of, stored_keys
from core.import_mapping import (
    HeaderChoice,
    Mapping,
    MappingNeeded,
    check_mapping,
    labelled_columns,
    map_columns,
    remember_mapping,
    remembered_mapping,
    suggest,
)
from core.import_plan import ImportPlan, OnDuplicate, Progress, RowOutcome, Status, plan_rows
from core.import_policy import (
    accepted_labels,
    importable_fields,
    limits,
    may_import,
    natural_key_text,
    reason_header,
    refusal,
    require_import,
    required_fields,
    source_row_header,
)
from core.import_sheet import ImportFileError, Table, normalize_label
from core.import_write import ImportResult, write_import

__all__ = ['ChoiceCodes', 'ForeignKeys', 'HeaderChoice', 'ImportFileError', 'ImportPlan', 'ImportResult', 'Mapping',
           'MappingNeeded', 'OnDuplicate', 'Progress', 'RowOutcome', 'Status', 'Table', 'accepted_labels',
           'check_mapping', 'choice_codes', 'importable_fields', 'labelled_columns', 'limits', 'map_columns',
           'may_import', 'memo_parse', 'natural_key_of', 'natural_key_text', 'normalize_label', 'plan_rows',
           'reason_header', 'refusal', 'remember_mapping', 'remembered_mapping', 'require_import', 'required_fields',
           'shown_cell', 'source_row_header', 'stored_keys', 'suggest', 'typed_cell', 'write_import']
