"""Columns the administrator adds to a table (Pengaturan → Struktur data), as real columns.

Each column is added by a recorded step, `ALTER TABLE … ADD COLUMN "x_<slug>"` (with `CREATE INDEX`
when it is marked *sering dicari*), in the transaction that writes its description
(models.structure.KolomTambahan) and its audit entry. The field is then attached to the model's
Tortoise meta at run time and to its TableSpec, so the field registry, the grid, the form, the
filters, the compiled listing SQL, export, import, audit and undo all meet an ordinary Tortoise
field, and filtering or sorting it is as fast as a built-in column. Why real columns rather than a
JSON column: nothing downstream needs to learn a second kind of field, and an index on a column is
the database's plainest fast path on both SQLite and PostgreSQL.

Nothing is ever dropped by a click: retiring a column detaches it from every screen and keeps its
database column and data, so it can be brought back. Every change bumps VersiStruktur; another app
process behind the same database (deploy/, two instances) notices it within SYNC_SECONDS
(`keep_structure_fresh`) and attaches the same fields, without a restart.

In the database every added column accepts NULL, so adding one to a table with rows never fails;
*wajib* is the Tortoise field's `null=False`, which the one write path (core.record_checks) turns
into the "wajib diisi" message beside the field, as for a built-in required field.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from copy import copy
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from tortoise import fields
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.expressions import F
from tortoise.fields import Field
from tortoise.fields.relational import ForeignKeyFieldInstance
from tortoise.transactions import in_transaction

from core import audit, structure_tables
from core.accounts import AccountError, seed_table_rights
from core.listing import driver
from core.listing.link import SEARCH_PARAM
from forms.fields import display, plain_text, to_python
from forms.indonesian import ParseError, format_date, today
from locales import t
from models.accounts import MatrixTable, RolePermission
from models.audit import AuditAction, AuditEntry
from models.base import FilesField, LongTextField, MoneyField, bound_marks
from models.process_map import PROCESS_BY_CODE
from models.structure import JenisKolom, KolomTambahan, TabelTambahan, VersiStruktur
from models.table import STATE_FILTER, TABLES, TableSpec

log = logging.getLogger(__name__)

AUDIT_TABLE = 'kolom_tambahan'
AUDIT_TABLE_OF_TABLES = 'tabel_tambahan'
MAX_TABLES = 100
PREFIX = 'x_'
MAX_COLUMNS = 200          # per table, retired ones included (their database columns remain)
MAX_CHOICES = 100
MAX_LABEL = 100
CHOICE_LENGTH = 100
SYNC_SECONDS = 5.0
GENERAL = '_'
SEARCHABLE = (JenisKolom.TEKS, JenisKolom.TEKS_PANJANG, JenisKolom.PILIHAN)   # kinds the text search reads
LINKS = (JenisKolom.DESA, JenisKolom.REFERENSI)                                 # kinds that are foreign keys
FIXED = (*LINKS, JenisKolom.BERKAS)                                             # kinds a type change leaves alone
DESA_TABLE = 'desa'

# Names a column may not take, beside the table's own fields: the grid's link parameters and words
# SQL or Tortoise's lookups give a meaning to.
RESERVED = frozenset({STATE_FILTER, SEARCH_PARAM, 'id', 'pk', 'select', 'from', 'where', 'order', 'group', 'by',
                      'table', 'index', 'null', 'not', 'and', 'or', 'true', 'false', 'in', 'is', 'like', 'as',
                      'limit', 'offset', 'join', 'union', 'insert', 'update', 'delete', 'create', 'drop', 'alter',
                      'user', 'default', 'check', 'primary', 'key', 'references', 'unique', 'column'})


class StructureError(AccountError):
    """A structure change was refused. `field` names the form field the message belongs beside (the
    settings dialogs show an AccountError so: pages/settings_dialogs.py)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message, field)


# ---- the field of a column ------------------------------------------------------------------------

def choices_enum(kolom: KolomTambahan) -> type[Enum]:
    """The choices of a *pilihan* column as a str Enum (what the registry's enum kind reads)."""
    return Enum(f'Pilihan_{kolom.nama}', [(f'P{index}', value) for index, value in enumerate(kolom.pilihan)],
                type=str)


def field_for(kolom: KolomTambahan) -> Field:
    """The Tortoise field of an added column; its label is its description."""
    options: dict[str, Any] = {'null': not kolom.wajib, 'description': kolom.label, 'db_index': kolom.dicari}
    jenis = JenisKolom(kolom.jenis)
    if jenis == JenisKolom.TEKS:
        made = fields.CharField(max_length=255, **options)
    elif jenis == JenisKolom.TEKS_PANJANG:
        made = LongTextField(**options)
    elif jenis == JenisKolom.BILANGAN:
        made = fields.DecimalField(max_digits=18, decimal_places=2, **options)
    elif jenis == JenisKolom.UANG:
        made = MoneyField(**options)
    elif jenis == JenisKolom.TANGGAL:
        made = fields.DateField(**options)
    elif jenis == JenisKolom.YA_TIDAK:
        made = fields.BooleanField(default=False, **options)
    elif jenis == JenisKolom.BERKAS:   # never required here (Pengaturan → Berkas says which file columns must be filled)
        made = FilesField(many=True, null=True, description=kolom.label)
    elif jenis in LINKS:
        made = fields.ForeignKeyField(f'models.{linked_spec(kolom).model.__name__}', related_name=False,
                                      on_delete=fields.SET_NULL, **{**options, 'null': not kolom.wajib})
    else:
        made = fields.CharEnumField(choices_enum(kolom), max_length=CHOICE_LENGTH, **options)
    if kolom.bawaan not in (None, '') and jenis not in FIXED:
        made.default = to_python(made, kolom.bawaan)
    return made


def linked_spec(kolom: KolomTambahan) -> TableSpec:
    """The table a *desa* or *referensi* column points at."""
    return TABLES[DESA_TABLE if JenisKolom(kolom.jenis) == JenisKolom.DESA else kolom.referensi]


def db_column(kolom: KolomTambahan) -> str:
    """The column's name in the database: a foreign key's is `<nama>_id`, as Tortoise names it."""
    return f'{kolom.nama}_id' if JenisKolom(kolom.jenis) in LINKS else kolom.nama


def column_definition(kolom: KolomTambahan, made: Field, dialect: str) -> str:
    """`"<column>" <type>` for ALTER TABLE … ADD COLUMN; a foreign key references its table's id and
    is emptied when that row is deleted (SQLite allows REFERENCES in ADD COLUMN when the default is NULL)."""
    if JenisKolom(kolom.jenis) not in LINKS:
        return f'"{kolom.nama}" {column_type(made, dialect)}'
    target = linked_spec(kolom)
    pk = target.model._meta.pk
    return (f'"{db_column(kolom)}" {column_type(pk, dialect)} REFERENCES "{target.name}" '
            f'("{pk.source_field or pk.model_field_name}") ON DELETE SET NULL')


def column_type(field: Field, dialect: str) -> str:
    """The column's SQL type on this dialect, as Tortoise's schema generator (and aerich) write it."""
    return field.get_for_dialect(dialect, 'SQL_TYPE')


# ---- attaching a field to a model and its description ----------------------------------------------

_builtin: dict[str, tuple[tuple[str, ...], ...]] = {}        # table -> its own columns, form, filters, search
_builtin_hints: dict[str, dict[str, str]] = {}              # table -> its own help texts
_attached: dict[str, dict[str, KolomTambahan]] = {}          # table -> nama -> the column attached
_tables: dict[str, TabelTambahan] = {}                    # table -> the added table it is
_loaded_version: int | None = None


def _rebuild_meta(model, removed: tuple[str, ...] = ()) -> None:
    """What Tortoise derives from fields_map, made again (as Tortoise.init's _build_initial_querysets):
    without it a row read after a change is "partial" and refuses save(). Taking a field out needs
    no connection (a test's database may be gone when it forgets)."""
    meta = model._meta
    meta.finalise_fields()
    if not removed:
        meta.filters.clear()
        meta._generate_filters()
        meta._generate_db_fields()
    else:
        for key in [key for key in meta.filters if key.split('__')[0] in removed]:
            del meta.filters[key]
        for found in (meta.db_native_fields, meta.db_default_fields, meta.db_complex_fields):
            found[:] = [entry for entry in found if entry[1] not in removed]
    meta.basequery_all_fields = meta.basequery.select(*meta.db_fields)
    EXECUTOR_CACHE.clear()


def _refresh(spec: TableSpec) -> None:
    """The description's lists: its own, then the attached columns in their order."""
    columns, form, filters, search = _builtin[spec.name]
    extra = sorted(_attached.get(spec.name, {}).values(), key=lambda kolom: (kolom.urutan, kolom.id))
    # files are kept in the form (and the export, the history, the zip) like a built-in file column,
    # never as a grid column or filter
    shown = tuple(kolom.nama for kolom in extra
                  if not kolom.disembunyikan and JenisKolom(kolom.jenis) != JenisKolom.BERKAS)
    spec.columns = columns + shown
    spec.form = form + tuple(kolom.nama for kolom in extra)
    spec.filters = filters + shown
    spec.search = search + tuple(kolom.nama for kolom in extra if kolom.dicari and kolom.jenis in SEARCHABLE)
    spec.hints = {**_builtin_hints[spec.name], **{kolom.nama: kolom.bantuan for kolom in extra if kolom.bantuan}}
    spec.off_report = tuple(kolom.nama for kolom in extra if not kolom.di_laporan)
    if spec.name in _tables:   # an administrator's table reads as its chosen text column (a select, a reference)
        spec.row_label = f'{{{_row_label_column(_tables[spec.name], extra)}}}'
    spec.derived.clear()
    with driver._compiled_lock:
        driver._compiled_texts.clear()


def _row_label_column(tabel: TabelTambahan, extra: list[KolomTambahan]) -> str:
    """The column a row of an administrator's table reads as: the *teks* column chosen as its Label
    baris while it is attached, else its first *teks* column, else its id."""
    texts = [kolom.nama for kolom in extra if JenisKolom(kolom.jenis) == JenisKolom.TEKS]
    if tabel.label_baris in texts:
        return tabel.label_baris
    return texts[0] if texts else 'id'


def attach(spec: TableSpec, kolom: KolomTambahan) -> None:
    """Make the column a field of the table everywhere: the model's meta and the description."""
    _builtin.setdefault(spec.name, (spec.columns, spec.form, spec.filters, spec.search))
    _builtin_hints.setdefault(spec.name, dict(spec.hints))
    meta = spec.model._meta
    if kolom.nama in meta.fields_map:
        _rebuild_meta(spec.model, removed=_remove_field(spec.model, kolom.nama))
    made = field_for(kolom)
    if isinstance(made, ForeignKeyFieldInstance):
        _link(spec.model, kolom.nama, made, linked_spec(kolom).model)
    else:
        meta.add_field(kolom.nama, made)
    _rebuild_meta(spec.model)
    _attached.setdefault(spec.name, {})[kolom.nama] = kolom
    _refresh(spec)


def _link(model, name: str, fk: ForeignKeyFieldInstance, target) -> None:
    """What Tortoise.init does for a declared foreign key (tortoise/apps.py, _init_relations), done for
    one added at run time: the key field `<name>_id` (a copy of the target's primary key), the
    relation's own fields, and the lazy attribute that reads the related row. No backward relation."""
    meta, pk = model._meta, target._meta.pk
    fk.related_model, fk.to_field, fk.to_field_instance, fk.field_type = target, target._meta.pk_attr, pk, pk.field_type
    key = copy(pk)
    key.reference, key.source_field = fk, f'{name}_id'
    for attribute in ('index', 'default', 'null', 'generated', 'description', 'db_default'):
        setattr(key, attribute, getattr(fk, attribute))
    key.pk = key.unique = False
    fk.source_field = f'{name}_id'
    meta.fk_fields.add(name)
    meta.add_field(name, fk)
    meta.add_field(f'{name}_id', key)
    meta._generate_lazy_fk_m2m_fields()


def _remove_field(model, name: str) -> tuple[str, ...]:
    """Take a field (and a foreign key's `<name>_id`) out of the meta; the names taken out."""
    meta = model._meta
    names = (name, f'{name}_id') if name in meta.fk_fields else (name,)
    if name in meta.fk_fields:
        meta.fk_fields.discard(name)
        if isinstance(model.__dict__.get(name), property):
            delattr(model, name)
    for removed in names:
        meta.fields_map.pop(removed, None)
        meta.fields_db_projection.pop(removed, None)
        for key in [key for key in meta._filters if key == removed or key.startswith(f'{removed}__')]:
            del meta._filters[key]
    return names


def detach(spec: TableSpec, nama: str) -> None:
    """Take the column out of the model's meta and the description (its data stays in the database)."""
    if nama not in _attached.get(spec.name, {}):
        return
    _rebuild_meta(spec.model, removed=_remove_field(spec.model, nama))
    del _attached[spec.name][nama]
    _refresh(spec)


def _detach_columns() -> None:
    for table, attached in list(_attached.items()):
        for nama in list(attached):
            detach(TABLES[table], nama)


def _drop_table(name: str) -> None:
    for found in (_builtin, _builtin_hints, _attached, _tables):
        found.pop(name, None)
    structure_tables.unregister(name)


def forget() -> None:
    """Detach every added column and table and forget what was loaded (a new database, a test)."""
    global _loaded_version
    _detach_columns()
    for name in list(_tables):
        _drop_table(name)
    _loaded_version = None


def _model_of(tabel: TabelTambahan):
    """An added table's model: the bookkeeping, and the desa key when it is kept per desa."""
    model = structure_tables.build_model(tabel)
    if tabel.per_desa:
        _link(model, structure_tables.DESA_FIELD, structure_tables.desa_field(), TABLES[DESA_TABLE].model)
    return model


def attach_table(tabel: TabelTambahan) -> TableSpec:
    """Make an added table a table of the panel: its model (with the desa key when per desa) and its
    description in TABLES."""
    model = _model_of(tabel)
    structure_tables.finish_model(model)
    spec = structure_tables.register(tabel, model)
    spec.archived = tabel.diarsipkan_pada is not None
    _builtin[spec.name] = (spec.columns, spec.form, spec.filters, spec.search)
    _builtin_hints[spec.name] = {}
    _tables[spec.name] = tabel
    return spec


def added_tables() -> list[TabelTambahan]:
    return sorted(_tables.values(), key=lambda tabel: tabel.id)


def attached(table: str) -> list[KolomTambahan]:
    """The columns attached to a table now, in their order."""
    return sorted(_attached.get(table, {}).values(), key=lambda kolom: (kolom.urutan, kolom.id))


# ---- loading and keeping in step with other processes -------------------------------------------------

async def structure_version() -> int:
    row = await VersiStruktur.get_or_none(id=1)
    return row.versi if row else 0


async def _bump() -> None:
    """Move VersiStruktur on, so other processes reload. This process, which makes the change in
    memory itself, counts the new version as loaded when nobody else moved it in between."""
    global _loaded_version
    if not await VersiStruktur.filter(id=1).update(versi=F('versi') + 1):
        await VersiStruktur.create(id=1, versi=1)
    if _loaded_version is not None and await structure_version() == _loaded_version + 1:
        _loaded_version += 1


async def load_structure() -> int:
    """At start-up and when another process changed the structure: attach every live added column.
    Returns how many are attached."""
    global _loaded_version
    version = await structure_version()
    tables = await TabelTambahan.all().order_by('id')
    rows = await KolomTambahan.filter(pensiun_pada__isnull=True).order_by('urutan', 'id')
    # From here on nothing awaits: no request sees a table half loaded. A table already loaded keeps
    # its model and its description (a page open on it holds that object), its columns attached anew.
    _detach_columns()
    wanted = {tabel.nama: tabel for tabel in tables}
    for name in [name for name in _tables if name not in wanted]:
        _drop_table(name)
    for tabel in tables:
        if tabel.nama in _tables:
            spec = TABLES[tabel.nama]
            spec.label, spec.archived, _tables[tabel.nama] = tabel.label, tabel.diarsipkan_pada is not None, tabel
        else:
            attach_table(tabel)
    for kolom in rows:
        if kolom.tabel in TABLES:
            attach(TABLES[kolom.tabel], kolom)
    _loaded_version = version
    return len(rows)


async def sync_structure() -> bool:
    """Load the structure again if another process changed it since; whether it did."""
    if await structure_version() == _loaded_version:
        return False
    await load_structure()
    return True


async def keep_structure_fresh() -> None:
    """Runs while the app runs (also when DAILY_MAINTENANCE=0: it is not maintenance)."""
    from core.backup import run_regularly
    await run_regularly(sync_structure, SYNC_SECONDS,
                        lambda changed: log.info('Struktur data diubah di proses lain: dimuat ulang'),
                        maintenance=False)


# ---- the changes ------------------------------------------------------------------------------------

def _require_admin(actor) -> None:
    if not actor.is_admin:
        raise StructureError(GENERAL, t('struktur.galat.hanya_admin'))


def _spec(tabel: str) -> TableSpec:
    spec = TABLES.get(tabel)
    if spec is None:
        raise StructureError('tabel', t('struktur.galat.tabel_tidak_ada'))
    return spec


def slug(label: str) -> str:
    """`Jumlah Lampiran` -> `jumlah_lampiran`: ASCII letters, digits and underscores."""
    ascii_text = unicodedata.normalize('NFKD', label).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '_', ascii_text.lower()).strip('_')[:40].strip('_')


def _plain_label(label: str | None) -> str:
    """A column's or a table's label as typed, one line of plain text, 1..MAX_LABEL characters."""
    try:
        label = plain_text(label or '', multiline=False)
    except ParseError as error:
        raise StructureError('label', str(error)) from None
    if not label:
        raise StructureError('label', t('struktur.galat.label_kosong'))
    if len(label) > MAX_LABEL:
        raise StructureError('label', t('struktur.galat.label_panjang', n=MAX_LABEL))
    return label


async def _clean_label(spec: TableSpec, label: str, except_id: int | None = None) -> str:
    label = _plain_label(label)
    own = {spec.label_of(name).casefold() for name in spec.fields_map if name not in _attached.get(spec.name, {})}
    others = await KolomTambahan.filter(tabel=spec.name).exclude(id=except_id or 0).values_list('label', flat=True)
    if label.casefold() in own | {other.casefold() for other in others}:
        raise StructureError('label', t('struktur.galat.label_ganda', label=label, tabel=spec.label))
    name = slug(label)
    if name in RESERVED or name in spec.fields_map and name not in _attached.get(spec.name, {}):
        raise StructureError('label', t('struktur.galat.nama_khusus', label=label))
    return label


def _clean_help(bantuan: str | None) -> str:
    try:
        return plain_text(bantuan or '', multiline=False)[:300]
    except ParseError as error:
        raise StructureError('bantuan', str(error)) from None


def _clean_choices(pilihan: list[str] | str | None) -> list[str]:
    if isinstance(pilihan, str):
        pilihan = pilihan.splitlines()
    cleaned = []
    for choice in pilihan or []:
        try:
            choice = plain_text(str(choice), multiline=False)
        except ParseError as error:
            raise StructureError('pilihan', str(error)) from None
        if choice:
            cleaned.append(choice)
    if not 1 <= len(cleaned) <= MAX_CHOICES:
        raise StructureError('pilihan', t('struktur.galat.pilihan_jumlah', n=MAX_CHOICES))
    if len({choice.casefold() for choice in cleaned}) != len(cleaned):
        raise StructureError('pilihan', t('struktur.galat.pilihan_ganda'))
    if any(len(choice) > CHOICE_LENGTH for choice in cleaned):
        raise StructureError('pilihan', t('struktur.galat.pilihan_panjang', n=CHOICE_LENGTH))
    return cleaned


async def _free_name(spec: TableSpec, label: str) -> str:
    base = PREFIX + (slug(label) or 'kolom')
    taken = set(await KolomTambahan.filter(tabel=spec.name).values_list('nama', flat=True)) | set(spec.fields_map)
    name, n = base, 2
    while name in taken:
        name, n = f'{base}_{n}', n + 1
    return name


def _summary(kolom: KolomTambahan) -> dict[str, Any]:
    """What the audit log keeps of a column."""
    return {'label': kolom.label, 'jenis': JenisKolom(kolom.jenis).value, 'wajib': kolom.wajib,
            'dicari': kolom.dicari, 'di_laporan': kolom.di_laporan, 'nama': kolom.nama, **({'pilihan': kolom.pilihan} if kolom.pilihan else {}),
            **({'referensi': kolom.referensi} if kolom.referensi else {})}


async def add_column(actor, tabel: str, label: str, jenis: JenisKolom | str, *, wajib: bool = False,
                     bantuan: str = '', bawaan: str | None = None, pilihan: list[str] | str | None = None,
                     dicari: bool = False, referensi: str | None = None, di_laporan: bool = False) -> KolomTambahan:
    """Add a column to a table: ALTER TABLE (and CREATE INDEX when dicari, or always for a foreign
    key), its description and its audit entry in one transaction, then attach it. A *referensi*
    column names the table it points at in `referensi`; a *desa* column points at the desa table.
    `di_laporan`: the column is printed in the register's report-format Excel too (a register keeps
    its statutory columns otherwise). Raises StructureError with the refusal."""
    _require_admin(actor)
    spec = _spec(tabel)
    try:
        jenis = JenisKolom(jenis)
    except ValueError:
        raise StructureError('jenis', t('struktur.galat.jenis_tidak_ada')) from None
    if jenis == JenisKolom.REFERENSI and referensi not in TABLES:
        raise StructureError('referensi', t('struktur.galat.rujukan_tidak_ada'))
    if jenis == JenisKolom.BERKAS:
        if wajib:
            raise StructureError('jenis', t('struktur.galat.berkas_wajib'))
        dicari = False
    label = await _clean_label(spec, label)
    if await KolomTambahan.filter(tabel=spec.name).count() >= MAX_COLUMNS:
        raise StructureError(GENERAL, t('struktur.galat.terlalu_banyak', n=MAX_COLUMNS, tabel=spec.label))
    choices = _clean_choices(pilihan) if jenis == JenisKolom.PILIHAN else []
    kolom = KolomTambahan(tabel=spec.name, nama=await _free_name(spec, label), label=label, jenis=jenis,
                          wajib=bool(wajib), bantuan=_clean_help(bantuan), bawaan=None if jenis in FIXED else (bawaan or '').strip() or None,
                          pilihan=choices, dicari=bool(dicari), di_laporan=bool(di_laporan), dibuat_oleh=actor.username,
                          referensi=referensi if jenis == JenisKolom.REFERENSI else None,
                          urutan=await KolomTambahan.filter(tabel=spec.name).count() + 1)
    try:
        made = field_for(kolom)
    except ParseError as error:
        raise StructureError('bawaan', str(error)) from None
    if made.default is not None and made.default is not False and not isinstance(made.default, Enum):
        for validator in made.validators:
            try:
                validator(made.default)
            except Exception:   # noqa: BLE001 - any refusal of the default is the administrator's to fix
                raise StructureError('bawaan', t('struktur.galat.bawaan_salah')) from None
    connection_name = spec.model._meta.default_connection
    async with in_transaction(connection_name) as connection:
        dialect = connection.capabilities.dialect
        await connection.execute_query(
            f'ALTER TABLE "{spec.name}" ADD COLUMN {column_definition(kolom, made, dialect)}')
        if kolom.dicari or jenis in LINKS:
            await connection.execute_query(create_index(spec.name, kolom.nama, db_column(kolom), made, dialect))
        await kolom.save(using_db=connection)
        await audit.record(actor.username, AuditAction.TAMBAH, table=AUDIT_TABLE, row_id=kolom.id,
                           after=_summary(kolom), note=t('struktur.riwayat.tambah', tabel=spec.label, label=label))
        await _bump()
    attach(spec, kolom)
    return kolom


def index_name(table: str, nama: str) -> str:
    return f'idx_{table}_{nama}'[:63]


def create_index(table: str, nama: str, column: str, made: Field, dialect: str) -> str:
    """CREATE INDEX for an added column, on what the listing's SQL compares and sorts. On SQLite
    Tortoise keeps a decimal (bilangan, uang) as text and filters and sorts it as
    `CAST("<column>" AS NUMERIC)` (DecimalField's function_cast), which a plain index cannot serve
    (bench/added_column.py: 18.9× the built-in column at 100k rows): the index is on that expression."""
    expression = f'CAST("{column}" AS NUMERIC)' if dialect == 'sqlite' and isinstance(made, fields.DecimalField) \
        else f'"{column}"'
    return f'CREATE INDEX "{index_name(table, nama)}" ON "{table}" ({expression})'


async def _column(actor, kolom_id: int) -> tuple[KolomTambahan, TableSpec]:
    _require_admin(actor)
    kolom = await KolomTambahan.get_or_none(id=kolom_id)
    if kolom is None:
        raise StructureError(GENERAL, t('struktur.galat.kolom_tidak_ada'))
    return kolom, _spec(kolom.tabel)


async def _change(actor, kolom: KolomTambahan, spec: TableSpec, action: AuditAction, note: str,
                  **changes: Any) -> KolomTambahan:
    """Write the changes of a column with its audit entry, bump the version and attach it anew
    (or detach it when retired)."""
    before = {name: audit.json_value(getattr(kolom, name)) for name in changes}
    for name, value in changes.items():
        setattr(kolom, name, value)
    kolom.versi += 1
    async with in_transaction(spec.model._meta.default_connection):
        await kolom.save()
        await audit.record(actor.username, action, table=AUDIT_TABLE, row_id=kolom.id, before=before,
                           after={name: audit.json_value(value) for name, value in changes.items()}, note=note)
        await _bump()
    if kolom.pensiun_pada is None:
        attach(spec, kolom)
    else:
        detach(spec, kolom.nama)
    return kolom


async def rename_column(actor, kolom_id: int, label: str, bantuan: str | None = None,
                        pilihan: list[str] | str | None = None, di_laporan: bool | None = None) -> KolomTambahan:
    """A new label; and, when given, a new help text (shown under the column's input in the form),
    for a *pilihan* column new choices (`_choices_kept`), and whether the register's report-format
    Excel prints it: one change, refused whole."""
    kolom, spec = await _column(actor, kolom_id)
    label = await _clean_label(spec, label, except_id=kolom.id)
    changes: dict[str, Any] = {'label': label}
    if bantuan is not None:
        changes['bantuan'] = _clean_help(bantuan)
    if pilihan is not None and _clean_choices(pilihan) != list(kolom.pilihan or []):
        changes['pilihan'] = await _choices_kept(kolom, spec, pilihan)
    if di_laporan is not None and bool(di_laporan) != kolom.di_laporan:
        changes['di_laporan'] = bool(di_laporan)
    if label != kolom.label:
        note = t('struktur.riwayat.ganti_nama', tabel=spec.label, lama=kolom.label, label=label)
    elif 'pilihan' in changes:
        note = t('struktur.riwayat.ubah_pilihan', tabel=spec.label, label=label)
    elif 'di_laporan' in changes:
        note = t('struktur.riwayat.laporan_ya' if changes['di_laporan'] else 'struktur.riwayat.laporan_tidak',
                 tabel=spec.label, label=label)
    else:
        note = t('struktur.riwayat.ubah_bantuan', tabel=spec.label, label=label)
    return await _change(actor, kolom, spec, AuditAction.UBAH, note, **changes)


async def _choices_kept(kolom: KolomTambahan, spec: TableSpec, pilihan: list[str] | str) -> list[str]:
    """New choices for a *pilihan* column: added, reworded or reordered freely; a choice some row
    still holds cannot be taken away (the message names it and how many rows hold it)."""
    if JenisKolom(kolom.jenis) != JenisKolom.PILIHAN:
        raise StructureError('pilihan', t('struktur.galat.bukan_pilihan'))
    choices = _clean_choices(pilihan)
    for stored, count in await _stored_values(spec, kolom):
        if stored not in choices:
            raise StructureError('pilihan', t('struktur.galat.pilihan_dipakai', pilihan=stored, baris=count))
    return choices


async def _stored_values(spec: TableSpec, kolom: KolomTambahan) -> list[tuple[Any, int]]:
    """Each distinct value the column holds (the trash's rows too) and how many rows hold it, most first."""
    rows = await driver.database(spec).execute_query_dict(
        f'SELECT "{kolom.nama}" AS stored, COUNT(*) AS how_many FROM "{spec.name}" '
        f'WHERE "{kolom.nama}" IS NOT NULL GROUP BY "{kolom.nama}" ORDER BY 2 DESC')
    return [(row['stored'], int(row['how_many'])) for row in rows]


async def move_column(actor, kolom_id: int, step: int) -> KolomTambahan:
    """One place up (step -1) or down (+1) among the table's added columns: the grid, the form, the
    export and the template follow the new order. The columns are numbered 1..n again."""
    kolom, spec = await _column(actor, kolom_id)
    order = await columns_of(spec.name)
    at = next(i for i, found in enumerate(order) if found.id == kolom.id)
    to = at + (1 if step > 0 else -1)
    if not 0 <= to < len(order):
        return kolom
    order[at], order[to] = order[to], order[at]
    async with in_transaction(spec.model._meta.default_connection):
        for number, found in enumerate(order, 1):
            if found.urutan != number:
                found.urutan = number
                await found.save(update_fields=['urutan'])
        await audit.record(actor.username, AuditAction.UBAH, table=AUDIT_TABLE, row_id=kolom.id,
                           before={'urutan': at + 1}, after={'urutan': to + 1},
                           note=t('struktur.riwayat.pindah', tabel=spec.label, label=kolom.label, urutan=to + 1))
        await _bump()
    for found in order:
        if found.nama in _attached.get(spec.name, {}):
            _attached[spec.name][found.nama] = found
    _refresh(spec)
    return order[to]


async def hide_column(actor, kolom_id: int, hidden: bool = True) -> KolomTambahan:
    """Hidden: out of the grid's columns and filters; still in the form, the export and the import."""
    kolom, spec = await _column(actor, kolom_id)
    key = 'sembunyikan' if hidden else 'tampilkan'
    return await _change(actor, kolom, spec, AuditAction.UBAH, t(f'struktur.riwayat.{key}', tabel=spec.label,
                                                                  label=kolom.label), disembunyikan=hidden)


async def show_column(actor, kolom_id: int) -> KolomTambahan:
    return await hide_column(actor, kolom_id, hidden=False)


async def retire_column(actor, kolom_id: int) -> KolomTambahan:
    """Out of every screen; the database column and its data stay, and it can be brought back."""
    kolom, spec = await _column(actor, kolom_id)
    if kolom.pensiun_pada is not None:
        return kolom
    return await _change(actor, kolom, spec, AuditAction.HAPUS,
                         t('struktur.riwayat.pensiun', tabel=spec.label, label=kolom.label),
                         pensiun_pada=datetime.now(timezone.utc))


async def bring_back(actor, kolom_id: int) -> KolomTambahan:
    kolom, spec = await _column(actor, kolom_id)
    if kolom.pensiun_pada is None:
        return kolom
    return await _change(actor, kolom, spec, AuditAction.PULIHKAN,
                         t('struktur.riwayat.kembali', tabel=spec.label, label=kolom.label), pensiun_pada=None)


@dataclass
class Conversion:
    """What a change of type would do to a column's stored values: each distinct value, how many rows
    hold it, and what it becomes under the new type, or why it cannot. A change is made only when
    `lost` is empty, so nothing is lost by it."""
    kolom: KolomTambahan
    jenis: JenisKolom
    pilihan: list[str]
    kept: list[tuple[str, str, int]] = field(default_factory=list)     # shown now, shown after, rows
    lost: list[tuple[str, str, int]] = field(default_factory=list)     # shown now, why, rows
    pairs: list[tuple[Any, Any]] = field(default_factory=list)         # stored now -> to store

    @property
    def rows_kept(self) -> int:
        return sum(rows for *_, rows in self.kept)

    @property
    def rows_lost(self) -> int:
        return sum(rows for *_, rows in self.lost)


def _converted(old: Field, new: Field, stored: Any) -> Any:
    """A stored value under the new type, read as a person would retype it: shown by the old kind,
    parsed and checked by the new one (the field registry's messages, raised as ParseError)."""
    shown = display(old, old.to_python_value(stored))
    value = to_python(new, shown)
    try:
        new.validate(value)
    except Exception as error:   # noqa: BLE001 - a validator's refusal is the reason shown in the preview
        raise ParseError(str(error)) from None
    return value


async def conversion_preview(actor, kolom_id: int, jenis: JenisKolom | str,
                             pilihan: list[str] | str | None = None) -> Conversion:
    """Each distinct value of the column (in the table's rows, the trash's too) under the new type."""
    kolom, spec = await _column(actor, kolom_id)
    try:
        jenis = JenisKolom(jenis)
    except ValueError:
        raise StructureError('jenis', t('struktur.galat.jenis_tidak_ada')) from None
    if jenis == JenisKolom(kolom.jenis):
        raise StructureError('jenis', t('struktur.galat.jenis_sama'))
    if jenis in FIXED or JenisKolom(kolom.jenis) in FIXED:
        raise StructureError('jenis', t('struktur.galat.ubah_jenis_tetap'))
    choices = _clean_choices(pilihan) if jenis == JenisKolom.PILIHAN else []
    old = field_for(kolom)
    new = field_for(KolomTambahan(tabel=kolom.tabel, nama=kolom.nama, label=kolom.label, jenis=jenis,
                                  wajib=kolom.wajib, pilihan=choices, dicari=kolom.dicari))
    conversion = Conversion(kolom, jenis, choices)
    for stored, count in await _stored_values(spec, kolom):
        shown = display(old, old.to_python_value(stored))
        try:
            value = _converted(old, new, stored)
        except ParseError as error:
            conversion.lost.append((shown, str(error), count))
            continue
        if value is None:
            conversion.lost.append((shown, t('struktur.galat.jadi_kosong'), count))
            continue
        conversion.kept.append((shown, display(new, value), count))
        conversion.pairs.append((stored, new.to_db_value(value, spec.model)))
    return conversion


async def _retired_label(spec: TableSpec, label: str) -> str:
    """The label of the column a type change retires, told apart from every other label of the table."""
    taken = {other.casefold() for other in await KolomTambahan.filter(tabel=spec.name).values_list('label', flat=True)}
    candidate, n = label[:MAX_LABEL], 2
    while candidate.casefold() in taken:
        candidate, n = f'{label[:MAX_LABEL - 4]} {n}', n + 1
    return candidate


async def change_type(actor, kolom_id: int, jenis: JenisKolom | str,
                      pilihan: list[str] | str | None = None) -> KolomTambahan:
    """Change a column's type without losing anything, or refuse with how many rows would lose their value.

    The values move into a new database column of the new type (ALTER TABLE, then one UPDATE per
    distinct value, in one transaction with the audit entry), which the column takes over under its
    label; the old database column stays as a retired column "<label> (<old type>, sebelum dd/mm/yyyy)",
    with every value as it was, and can be brought back."""
    conversion = await conversion_preview(actor, kolom_id, jenis, pilihan)
    kolom, spec = conversion.kolom, _spec(conversion.kolom.tabel)
    if conversion.lost:
        example = conversion.lost[0]
        raise StructureError('jenis', t('struktur.galat.ubah_jenis_hilang', baris=conversion.rows_lost,
                                        contoh=example[0][:60], alasan=example[1]))
    old_jenis, old_nama = JenisKolom(kolom.jenis), kolom.nama
    made = field_for(KolomTambahan(tabel=kolom.tabel, nama=kolom.nama, label=kolom.label, jenis=conversion.jenis,
                                   wajib=kolom.wajib, pilihan=conversion.pilihan, dicari=kolom.dicari))
    try:
        bawaan = kolom.bawaan if kolom.bawaan and to_python(made, kolom.bawaan) is not None else None
    except ParseError:
        bawaan = None   # a default the new type cannot read is left out; the values are not
    before = _summary(kolom)
    new_nama = await _free_name(spec, kolom.label)
    retired_label = await _retired_label(spec, t('struktur.label_lama', label=kolom.label, tanggal=format_date(today()),
                                                 jenis=t(f'struktur.jenis.{old_jenis.value}')))
    async with in_transaction(spec.model._meta.default_connection) as connection:
        dialect = connection.capabilities.dialect
        await connection.execute_query(
            f'ALTER TABLE "{spec.name}" ADD COLUMN "{new_nama}" {column_type(made, dialect)}')
        if kolom.dicari:
            await connection.execute_query(create_index(spec.name, new_nama, new_nama, made, dialect))
        update = bound_marks(connection, f'UPDATE "{spec.name}" SET "{new_nama}" = ? WHERE "{old_nama}" = ?')
        for stored, value in conversion.pairs:
            await connection.execute_query(update, [value, stored])
        kolom.nama, kolom.jenis, kolom.pilihan, kolom.bawaan = new_nama, conversion.jenis, conversion.pilihan, bawaan
        kolom.versi += 1
        await kolom.save(using_db=connection)
        kept = KolomTambahan(tabel=spec.name, nama=old_nama, label=retired_label, jenis=old_jenis,
                             wajib=False, bantuan=kolom.bantuan, pilihan=before.get('pilihan', []), dicari=False,
                             dibuat_oleh=actor.username, urutan=kolom.urutan,
                             pensiun_pada=datetime.now(timezone.utc))
        await kept.save(using_db=connection)
        await audit.record(actor.username, AuditAction.UBAH, table=AUDIT_TABLE, row_id=kolom.id, before=before,
                           after=_summary(kolom), note=t('struktur.riwayat.ubah_jenis', tabel=spec.label,
                                                         label=kolom.label, lama=t(f'struktur.jenis.{old_jenis.value}'),
                                                         baru=t(f'struktur.jenis.{conversion.jenis.value}'),
                                                         baris=conversion.rows_kept))
        await _bump()
    detach(spec, old_nama)
    attach(spec, kolom)
    return kolom


async def create_table(actor, label: str, proses: str, per_desa: bool = False) -> TableSpec:
    """Make a table under a process of the map: CREATE TABLE (core/structure_tables.py), its
    description and its audit entry in one transaction; then its model and description, and the
    default rights the matrix gives a table of that process's owner (and, per desa, to the Operator
    Desa for their own desa's rows). Its columns are then added as on any table."""
    _require_admin(actor)
    label = _plain_label(label)
    if proses not in PROCESS_BY_CODE:
        raise StructureError('proses', t('struktur.galat.proses_tidak_ada'))
    if any(spec.label.casefold() == label.casefold() for spec in TABLES.values()):
        raise StructureError('label', t('struktur.galat.tabel_ganda', label=label))
    name = structure_tables.PREFIX + (slug(label) or 'tabel')
    if name in TABLES or await TabelTambahan.filter(nama=name).exists() or slug(label) in RESERVED:
        raise StructureError('label', t('struktur.galat.nama_tabel_khusus', label=label))
    if await TabelTambahan.all().count() >= MAX_TABLES:
        raise StructureError(GENERAL, t('struktur.galat.terlalu_banyak_tabel', n=MAX_TABLES))
    tabel = TabelTambahan(nama=name, label=label, proses=proses, per_desa=bool(per_desa), dibuat_oleh=actor.username)
    model = _model_of(tabel)
    async with in_transaction(structure_tables.CONNECTION) as connection:
        for statement in structure_tables.create_sql(model, connection.capabilities.dialect, DESA_TABLE):
            await connection.execute_query(statement)
        await tabel.save(using_db=connection)
        await audit.record(actor.username, AuditAction.TAMBAH, table=AUDIT_TABLE_OF_TABLES, row_id=tabel.id,
                           after={'nama': name, 'label': label, 'proses': proses, 'per_desa': tabel.per_desa},
                           note=t('struktur.riwayat.tabel_baru', label=label, proses=PROCESS_BY_CODE[proses].name))
        await _bump()
    spec = attach_table(tabel)
    await seed_table_rights()
    return spec


async def _added_table(actor, name: str) -> TabelTambahan:
    _require_admin(actor)
    tabel = await TabelTambahan.get_or_none(nama=name)
    if tabel is None:
        raise StructureError('tabel', t('struktur.galat.bukan_tabel_tambahan'))
    return tabel


async def _change_table(actor, tabel: TabelTambahan, action: AuditAction, note: str, **changes: Any) -> TableSpec:
    before = {name: audit.json_value(getattr(tabel, name)) for name in changes}
    for name, value in changes.items():
        setattr(tabel, name, value)
    tabel.versi += 1
    async with in_transaction(structure_tables.CONNECTION):
        await tabel.save()
        await audit.record(actor.username, action, table=AUDIT_TABLE_OF_TABLES, row_id=tabel.id, before=before,
                           after={name: audit.json_value(value) for name, value in changes.items()}, note=note)
        await _bump()
    TABLES[tabel.nama].archived = tabel.diarsipkan_pada is not None
    _tables[tabel.nama] = tabel
    return TABLES[tabel.nama]


async def set_row_label(actor, name: str, nama: str) -> TableSpec:
    """The *teks* column a row of an administrator's table reads as, in a select and wherever another
    table refers to it (TableSpec.row_label)."""
    tabel = await _added_table(actor, name)
    spec = TABLES[tabel.nama]
    kolom = _attached.get(spec.name, {}).get(nama)
    if kolom is None or JenisKolom(kolom.jenis) != JenisKolom.TEKS:
        raise StructureError('label_baris', t('struktur.galat.label_baris'))
    await _change_table(actor, tabel, AuditAction.UBAH, t('struktur.riwayat.label_baris', label=tabel.label,
                                                          kolom=kolom.label), label_baris=nama)
    _refresh(spec)
    return spec


async def archive_table(actor, name: str) -> TableSpec:
    """Read-only from now on: its rows are seen and exported, and every write is refused on the
    server (core.access.can) with the reason; it can be brought back."""
    tabel = await _added_table(actor, name)
    return await _change_table(actor, tabel, AuditAction.UBAH, t('struktur.riwayat.tabel_arsip', label=tabel.label),
                               diarsipkan_pada=datetime.now(timezone.utc))


async def bring_back_table(actor, name: str) -> TableSpec:
    tabel = await _added_table(actor, name)
    return await _change_table(actor, tabel, AuditAction.PULIHKAN,
                               t('struktur.riwayat.tabel_kembali', label=tabel.label), diarsipkan_pada=None)


async def delete_table(actor, name: str, typed_label: str) -> None:
    """Drop an added table, asked twice: it must hold no row (the trash's included), and the
    administrator types its label again. Its columns' descriptions and its rights go with it; the
    audit log keeps its history."""
    tabel = await _added_table(actor, name)
    spec = TABLES[name]
    if await spec.model.all().count():
        raise StructureError(GENERAL, t('struktur.galat.tabel_berisi', label=tabel.label))
    if (typed_label or '').strip().casefold() != tabel.label.casefold():
        raise StructureError('konfirmasi', t('struktur.galat.konfirmasi_salah', label=tabel.label))
    async with in_transaction(structure_tables.CONNECTION) as connection:
        await connection.execute_query(f'DROP TABLE "{name}"')
        await KolomTambahan.filter(tabel=name).using_db(connection).delete()
        await RolePermission.filter(tabel=name).using_db(connection).delete()
        await MatrixTable.filter(tabel=name).using_db(connection).delete()
        await tabel.delete(using_db=connection)
        await audit.record(actor.username, AuditAction.HAPUS, table=AUDIT_TABLE_OF_TABLES, row_id=tabel.id,
                           before={'nama': name, 'label': tabel.label, 'proses': tabel.proses},
                           note=t('struktur.riwayat.tabel_hapus', label=tabel.label))
        await _bump()
    for nama in list(_attached.get(name, {})):
        detach(spec, nama)
    for found in (_builtin, _builtin_hints, _attached, _tables):
        found.pop(name, None)
    structure_tables.unregister(name)


async def columns_of(tabel: str) -> list[KolomTambahan]:
    """Every column added to a table, retired ones too, in their order."""
    return await KolomTambahan.filter(tabel=tabel).order_by('urutan', 'id')


async def structure_history(limit: int = 200) -> list[AuditEntry]:
    """The Riwayat struktur: the audit entries of the structure changes, newest first."""
    return await AuditEntry.filter(tabel__in=[AUDIT_TABLE, AUDIT_TABLE_OF_TABLES]).order_by('-id').limit(limit)
