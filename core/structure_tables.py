"""Tables the administrator makes (models.structure.TabelTambahan), as real tables and real models.

A table is created by a recorded step: `CREATE TABLE "t_<slug>"` with the panel's bookkeeping
columns, the columns of models.base.RecordModel written in each field's own SQL type for the
dialect (as Tortoise's schema generator, and so aerich, write them), and `desa_id` when it is kept
per desa. Its model is a RecordModel subclass made at run time and finished as Tortoise.init
finishes a declared one (connection, base query; core.structure links the desa foreign key as it
links an added one); its description is registered in TABLES with `models.table.table`, as a
developer's `@table` does. From there the grid, the form, the filters, the listing, export,
import, the role matrix, the sidebar, the process page and the dashboard meet an ordinary table;
its columns are KolomTambahan rows attached as on any table.

The prefix `t_` keeps such a table from ever taking a developer's table name; aerich never
drops it (its diff reads the models' declared classes, and these exist only at run time).
"""
from __future__ import annotations

import re

from pypika_tortoise import Table
from tortoise import fields

from models.base import RecordModel
from models.structure import TabelTambahan
from models.table import TABLES, TableSpec, table

PREFIX = 't_'
DESA_FIELD = 'desa'
CONNECTION = 'default'


def class_name(tabel: TabelTambahan) -> str:
    """`t_data_stunting` -> `TDataStunting`: a Python name no developer's model takes."""
    return ''.join(part.capitalize() for part in re.split(r'_+', tabel.nama) if part)


def build_model(tabel: TabelTambahan) -> type[RecordModel]:
    """The table's model: RecordModel's bookkeeping, nothing else yet (columns are attached later)."""
    meta = type('Meta', (), {'table': tabel.nama, 'table_description': tabel.label})
    model = type(class_name(tabel), (RecordModel,), {'__module__': __name__, 'Meta': meta})
    model._meta.default_connection = CONNECTION
    model._meta.app = 'models'
    return model


def finish_model(model: type[RecordModel]) -> None:
    """What Tortoise.init's _build_initial_querysets does for a declared model."""
    meta = model._meta
    meta.finalise_model()
    meta.basetable = Table(name=meta.db_table, schema=meta.schema)
    meta.basequery = meta.db.query_class.from_(meta.basetable)
    meta.basequery_all_fields = meta.basequery.select(*meta.db_fields)


def desa_field() -> fields.ForeignKeyField:
    return fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT,
                                  description='Desa')


def register(tabel: TabelTambahan, model: type[RecordModel]) -> TableSpec:
    """The description in TABLES, as a developer's `@table` registers one."""
    own = (DESA_FIELD,) if tabel.per_desa else ()
    table(label=tabel.label, process=tabel.proses, columns=own, form=own, filters=own,
          desa_field=DESA_FIELD if tabel.per_desa else None, desa_entry=tabel.per_desa,
          ordering=('-id',))(model)
    return TABLES[tabel.nama]


def unregister(name: str) -> None:
    TABLES.pop(name, None)


def _index(table_name: str, column: str) -> str:
    return f'idx_{table_name}_{column}'[:63]


def create_sql(model: type[RecordModel], dialect: str, desa_table: str) -> list[str]:
    """CREATE TABLE and its indexes: the bookkeeping columns in their fields' SQL types for the dialect,
    and `desa_id` referencing the desa table when the model has the desa foreign key."""
    columns = []
    for name in RecordModel.SYSTEM_FIELDS:
        found = model._meta.fields_map[name]
        if found.pk:
            columns.append(f'"{name}" {found.get_for_dialect(dialect, "GENERATED_SQL")}')
        else:
            columns.append(f'"{name}" {found.get_for_dialect(dialect, "SQL_TYPE")}{"" if found.null else " NOT NULL"}')
    statements = []
    if DESA_FIELD in model._meta.fk_fields:
        key = model._meta.fields_map[f'{DESA_FIELD}_id']
        columns.append(f'"{DESA_FIELD}_id" {key.get_for_dialect(dialect, "SQL_TYPE")} NOT NULL '
                       f'REFERENCES "{desa_table}" ("id") ON DELETE RESTRICT')
    name = model._meta.db_table
    if DESA_FIELD in model._meta.fk_fields:
        statements.append(f'CREATE INDEX "{_index(name, "desa_id")}" ON "{name}" ("desa_id")')
    statements.insert(0, f'CREATE TABLE "{name}" ({", ".join(columns)})')
    statements.append(f'CREATE INDEX "{_index(name, "deleted_at")}" ON "{name}" ("deleted_at")')
    return statements
