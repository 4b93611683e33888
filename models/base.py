"""What every process table carries: id, version (optimistic locking), who/when, soft delete."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from enum import Enum

import re

from tortoise import fields
from tortoise.exceptions import ValidationError
from tortoise.functions import Max
from tortoise.models import Model
from tortoise.validators import MaxValueValidator, MinValueValidator, Validator

from locales import t
from models.clock import office_today


class MoneyField(fields.DecimalField):
    """Rupiah: never negative, two decimals."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault('max_digits', 18)
        kwargs.setdefault('decimal_places', 2)
        kwargs.setdefault('validators', [MinValueValidator(Decimal(0))])
        super().__init__(**kwargs)


class LongTextField(fields.TextField):
    """Free text of several lines: edited in a textarea, never a grid column editor."""


class DigitsValidator(Validator):
    """Exactly `length` digits ('NIK harus 16 digit angka.', shown beside the field as is)."""

    def __init__(self, length: int, name: str) -> None:
        self.regex = re.compile(rf'\d{{{length}}}')
        self.length = length
        self.name = name

    def __call__(self, value) -> None:
        if value is not None and not self.regex.fullmatch(str(value)):
            raise ValidationError(t('aturan.umum.digit_angka', nama=self.name, n=self.length))


class NikField(fields.CharField):
    """Nomor Induk Kependudukan: 16 digits (UU 24/2013 Administrasi Kependudukan)."""

    def __init__(self, **kwargs) -> None:
        kwargs['max_length'] = 16
        super().__init__(**kwargs)
        self.validators.insert(0, DigitsValidator(16, 'NIK'))


class NipField(fields.CharField):
    """Nomor Induk Pegawai ASN: 18 digits. Its agreement with the birth date and sex (for PNS/CPNS)
    is a rule of the table, since it needs the other fields."""

    def __init__(self, **kwargs) -> None:
        kwargs['max_length'] = 18
        super().__init__(**kwargs)
        self.validators.insert(0, DigitsValidator(18, 'NIP'))


class PercentField(fields.DecimalField):
    """A percentage in points, such as a serapan or a capaian: two decimals, typed 12,5 or 12,5% and
    shown 12,5% (the *Persentase* kind of forms/fields.py). Its validators keep it from 0 to `most`:
    100 for a share of a whole (serapan of a pagu), None where the whole can be passed (a capaian
    above its target)."""

    def __init__(self, most: int | Decimal | None = 100, **kwargs) -> None:
        kwargs.setdefault('max_digits', 9)
        kwargs.setdefault('decimal_places', 2)
        kwargs.setdefault('validators', [MinValueValidator(Decimal(0)),
                                         *([MaxValueValidator(Decimal(most))] if most is not None else [])])
        super().__init__(**kwargs)


class FilesField(fields.JSONField):
    """The files kept with a record: scans, photos, signed copies (the *Berkas* kind of forms/fields.py).

    Stored as a list of descriptions, ``[{"sha256", "nama", "ukuran", "jenis"}, ...]``, or None for
    none; the bytes live in the file store (core/file_store.py) under their SHA-256, so the same scan
    kept by two records is stored once. A description in the row (and in the audit log's before/after)
    is what ties a file to a record: the file is served through its record's rights and row scope.
    `many=False` is *Berkas* (one file), `many=True` is *Berkas-berkas* (several).
    """

    def __init__(self, many: bool = True, **kwargs) -> None:
        kwargs.setdefault('null', True)
        super().__init__(**kwargs)
        self.many = many


def bound_marks(db, sql: str) -> str:
    """The ? marks of `sql` as the connection's dialect writes bound parameters ($1, $2 ... on PostgreSQL)."""
    if db.capabilities.dialect != 'postgres':
        return sql
    parts = sql.split('?')
    return ''.join(part + (f'${i + 1}' if i < len(parts) - 1 else '') for i, part in enumerate(parts))


class RecordModel(Model):
    """Base of every table: the bookkeeping columns the panel manages itself."""

    id = fields.IntField(primary_key=True)
    version = fields.IntField(default=1, description='Versi')
    created_at = fields.DatetimeField(auto_now_add=True, description='Dibuat')
    created_by = fields.CharField(max_length=50, null=True, description='Dibuat oleh')
    updated_at = fields.DatetimeField(auto_now=True, description='Diubah')
    updated_by = fields.CharField(max_length=50, null=True, description='Diubah oleh')
    deleted_at = fields.DatetimeField(null=True, description='Dihapus')

    SYSTEM_FIELDS = ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at')

    class Meta:
        abstract = True

    @classmethod
    def open_filter(cls):
        """A Q matching the rows still open (work remains on them), or None when the table has no such
        notion. Every overdue row is an open one. The grid's Keadaan filter, the home page's counts and
        'Untuk saya' read it (models.table.STATE_FILTER)."""
        return None

    @classmethod
    def overdue_filter(cls):
        """A Q matching rows past their deadline and not done, or None when the table has no deadline."""
        return None

    def is_overdue(self) -> bool:
        return False

    def derive(self) -> None:
        """Compute derived fields (never typed) before validation. Override per table."""

    @classmethod
    def offered_filter(cls):
        """Which rows a form offers anew for a foreign key to this table (e.g. only the jenis layanan
        still aktif): a Q, or None for every row. A row already chosen stays shown, and a grid filter
        lists every row (core.visible_rows.fk_options). Override per table."""
        return None

    @classmethod
    async def refresh_clocks(cls) -> int:
        """Derive again the state of this table's open rows that changes as the days pass, not by an
        edit (e.g. an evaluasi whose deadline passed without a result becomes Berlaku dengan
        Sendirinya): run at start-up and on every new day (core.calendar_sync). Returns the rows
        changed. Override per table, usually with `rederive_deadlines`."""
        return 0

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        """Recompute the working-day deadlines of this table's open rows after the holiday calendar
        changed (`before`: the calendar they were computed with); returns how many rows moved.
        Called for every table by models.holidays.move_open_deadlines. Override per table that has a
        deadline counted in working days, usually with `rederive_deadlines`."""
        return 0

    async def after_write(self) -> None:
        """Workflow that follows a create, edit or delete (e.g. a surat's status). Override per table."""

    async def check_rules(self) -> dict[str, str]:
        """Cross-field rules of this table: field name -> Indonesian message. Override per table."""
        return {}

    async def check_removal(self) -> str | None:
        """Why this row may not be deleted or restored now (e.g. an entry of a closed month of the
        Buku Kas Umum), as an Indonesian message; None when it may. Override per table."""
        return None

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """Rules that depend on who writes (e.g. only the desa's operator validates its usulan).
        `before` holds the stored values of an edited row ({} for a new one). Override per table."""
        return {}

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        """Values to pre-fill in a new record's form (e.g. the next agenda number). Override per
        table; by default what the context tells (`context_defaults`)."""
        return context_defaults(cls)

    def __str__(self) -> str:
        return f'#{self.id}'


def context_defaults(model) -> dict[str, object]:
    """What a new record of any table most likely holds, read from its fields alone: today for its
    own date (a field named `tanggal`), the current year for a `tahun` that is typed (not derived).
    A clerk types today's paper today; a table with better knowledge overrides suggested_values."""
    spec, today = getattr(model, 'panel', None), office_today()
    readonly = spec.readonly if spec is not None else ()
    typed = {name: field for name, field in model._meta.fields_map.items()
             if field.default is None and name not in readonly}
    found: dict[str, object] = {}
    if type(typed.get('tanggal')) is fields.DateField:
        found['tanggal'] = today
    if isinstance(typed.get('tahun'), fields.IntField):
        found['tahun'] = today.year
    return found


# ---- yearly registers (agenda, nomor urut, no. registrasi): numbers unique within a year ----

async def next_number(model, number_field: str, year: int) -> int:
    """The next free number of a yearly register (agenda, nomor urut), counting deleted rows too."""
    row = await model.filter(tahun=year).annotate(top=Max(number_field)).first().values('top')
    return ((row or {}).get('top') or 0) + 1


# An import checks thousands of rows: it looks up the stored keys of all of them in a few queries and
# lends them here (`known_keys`), so that a uniqueness rule does not ask the database once per row.
_known_keys: ContextVar[dict[tuple[type, tuple[str, ...]], dict[tuple, list[tuple[int, bool]]]]] = \
    ContextVar('known_keys', default={})


@contextmanager
def known_keys(model: type, fields: tuple[str, ...], stored: dict[tuple, list[tuple[int, bool]]]):
    """Within the block, `key_taken(row, *fields)` answers from `stored`: every stored row (deleted
    ones too) whose `fields` equal a key of the rows being checked, as key -> [(id, deleted)]."""
    token = _known_keys.set(_known_keys.get() | {(model, tuple(fields)): stored})
    try:
        yield
    finally:
        _known_keys.reset(token)


async def key_taken(row, *fields: str, include_deleted: bool = True) -> bool:
    """Whether another stored row has the same values of `fields` (a uniqueness rule of the table)."""
    key = tuple(getattr(row, name) for name in fields)
    known = _known_keys.get().get((type(row), fields))
    if known is not None and None not in key:
        key = tuple(part.value if isinstance(part, Enum) else part for part in key)
        return any(row_id != row.id and (include_deleted or not deleted) for row_id, deleted in known.get(key, ()))
    taken = type(row).filter(**dict(zip(fields, key)))
    if not include_deleted:
        taken = taken.filter(deleted_at__isnull=True)
    if row.id:
        taken = taken.exclude(id=row.id)
    return await taken.exists()


async def yearly_number_error(row, number_field: str) -> dict[str, str]:
    """A number of a yearly register must be unique within its year; the message, which names the
    field by its label, offers the next free number."""
    number = getattr(row, number_field)
    if not (row.tahun and number):
        return {}
    if not await key_taken(row, 'tahun', number_field):
        return {}
    suggestion = await next_number(type(row), number_field, row.tahun)
    return {number_field: t('aturan.umum.nomor_tahunan_dipakai', label=type(row).panel.label_of(number_field),
                            nomor=number, tahun=row.tahun, saran=suggestion)}


async def suggest_yearly_number(model, number_field: str, date_field: str) -> dict[str, object]:
    today = office_today()
    return {date_field: today, number_field: await next_number(model, number_field, today.year)}


async def rederive_deadlines(rows, names: tuple[str, ...]) -> int:
    """Run `derive()` again on `rows` (a queryset of open rows) and store the deadline fields `names`
    that moved: for a deadline derive() always computes from the calendar. Returns the rows moved."""
    moved = 0
    for row in await rows:
        before = {name: getattr(row, name) for name in names}
        row.derive()
        changed = {name: getattr(row, name) for name in names if getattr(row, name) != before[name]}
        if changed:
            moved += await type(row).filter(id=row.id).update(**changed)
    return moved
