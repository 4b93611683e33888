"""Writing and reading the audit log. Every write of core.records, every login and every change of
rights is recorded here, inside the same transaction as the change itself where there is one."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any, Iterable

from tortoise.fields import DateField, DatetimeField, DecimalField
from tortoise.functions import Count

from models.audit import AuditAction, AuditEntry


def json_value(value: Any) -> Any:
    """A stored value as JSON: dates as ISO text, money as text (exact), choices by their label."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def from_json(spec, column: str, value: Any) -> Any:
    """A logged value back to what its column stores (the inverse of json_value)."""
    if value is None:
        return None
    name = column.removesuffix('_id') if column.endswith('_id') and spec.is_fk(column.removesuffix('_id')) else column
    field = spec.field(name)
    if spec.is_fk(name):
        return int(value)
    if hasattr(field, 'enum_type'):
        return field.enum_type(value)
    if isinstance(field, DatetimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, DateField):
        return date.fromisoformat(value)
    if isinstance(field, DecimalField):
        return Decimal(value)
    return value


def snapshot(values: dict[str, Any]) -> dict[str, Any]:
    return {name: json_value(value) for name, value in values.items()}


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, before and after."""
    old, new = snapshot(before), snapshot(after)
    names = [name for name in new if old.get(name) != new[name]]
    return {name: old.get(name) for name in names}, {name: new[name] for name in names}


async def record(user: str, action: AuditAction, *, table: str | None = None, row_id: int | None = None,
                 before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
                 group: str | None = None, note: str | None = None) -> AuditEntry:
    return await AuditEntry.create(pengguna=user[:50], aksi=action, tabel=table, baris_id=row_id,
                                   sebelum=before or None, sesudah=after or None, kelompok=group,
                                   keterangan=note[:500] if note else None)


async def history(table: str, row_id: int) -> list[AuditEntry]:
    return await AuditEntry.filter(tabel=table, baris_id=row_id).order_by('-waktu', '-id')


async def batch_sizes(entries: Iterable[AuditEntry]) -> dict[str, int]:
    """How many rows each batch (`kelompok`) of the entries wrote, in one query."""
    groups = sorted({entry.kelompok for entry in entries if entry.kelompok})
    if not groups:
        return {}
    counted = await AuditEntry.filter(kelompok__in=groups, baris_id__isnull=False).group_by('kelompok') \
        .annotate(n=Count('id')).values_list('kelompok', 'n')
    return dict(counted)


async def prune(days: int) -> int:
    """Retention: entries older than `days` days are removed; returns how many."""
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    return await AuditEntry.filter(waktu__lt=cutoff).delete()
