"""What every process table carries: id, version (optimistic locking), who/when, soft delete."""
from __future__ import annotations

from decimal import Decimal

from tortoise import fields
from tortoise.models import Model
from tortoise.validators import MinValueValidator


class MoneyField(fields.DecimalField):
    """Rupiah: never negative, two decimals."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault('max_digits', 18)
        kwargs.setdefault('decimal_places', 2)
        kwargs.setdefault('validators', [MinValueValidator(Decimal(0))])
        super().__init__(**kwargs)


class LongTextField(fields.TextField):
    """Free text of several lines: edited in a textarea, never a grid column editor."""


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
    def overdue_filter(cls):
        """A Q matching rows past their deadline and not done, or None when the table has no deadline."""
        return None

    def is_overdue(self) -> bool:
        return False

    def derive(self) -> None:
        """Compute derived fields (never typed) before validation. Override per table."""

    async def after_write(self) -> None:
        """Workflow that follows a create, edit or delete (e.g. a surat's status). Override per table."""

    async def check_rules(self) -> dict[str, str]:
        """Cross-field rules of this table: field name -> Indonesian message. Override per table."""
        return {}

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """Rules that depend on who writes (e.g. only the desa's operator validates its usulan).
        `before` holds the stored values of an edited row ({} for a new one). Override per table."""
        return {}

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        """Values to pre-fill in a new record's form (e.g. the next agenda number)."""
        return {}

    def __str__(self) -> str:
        return f'#{self.id}'
