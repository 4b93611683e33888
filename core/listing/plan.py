"""What the grid's query builder derives from one table description alone, made once per description
(as Django's Options, Model._meta): the columns' display functions, the fields a page reads, the
foreign keys' labels joined into it, the class of its rows, how a row's label is made, the ORDER BY
of a sort. `plan_of(spec)` gives it; it is kept with the description (TableSpec.derived).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cached_property
from operator import itemgetter
from typing import Any, Callable

from tortoise import fields as tortoise_fields

from core.listing import driver
from forms.fields import kind_of
from models.base import RecordModel
from models.table import TableSpec, related_table

_SHOWN_ONCE_PER_VALUE = ('enum', 'bool', 'date', 'datetime')   # field kinds whose values repeat on a page
_ORDERINGS_MAX = 4096      # sorts are whitelisted column names: a bounded set


def plan_of(spec: TableSpec) -> ListingPlan:
    """The table's plan, made the first time it is asked for."""
    plan = spec.derived.get('listing')
    if plan is None:
        plan = spec.derived['listing'] = ListingPlan(spec)
    return plan


def export_value(spec: TableSpec, name: str, value: Any) -> Any:
    """A stored value as a typed export cell: enums as their label, everything else as is."""
    if isinstance(value, Enum):
        return value.value
    return value


def as_is(value: Any) -> Any:
    return value


def raw_converter(spec: TableSpec, name: str) -> Callable[[Any], Any]:
    """Raw column value -> the export value, without Tortoise's (slow) per-value conversion."""
    f = spec.field(name)
    if isinstance(f, tortoise_fields.DatetimeField):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(f, tortoise_fields.DateField):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if isinstance(f, tortoise_fields.DecimalField):
        return lambda v: v if v is None or isinstance(v, Decimal) else Decimal(str(v))
    if isinstance(f, tortoise_fields.BooleanField):
        return lambda v: v if v is None else bool(v)
    kind = kind_of(f)
    if kind.name == 'enum':
        return lambda v: v.value if isinstance(v, Enum) else v   # stored as the enum's value
    if kind.read_as_is:
        return as_is
    return lambda v: export_value(spec, name, f.to_python_value(v))


@dataclass(frozen=True, eq=False)
class ListingPlan:
    spec: TableSpec
    _orderings: dict[tuple, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def overdue(self) -> bool:
        """Has the table its own `is_overdue` (the default says never)?"""
        return self.spec.model.is_overdue is not RecordModel.is_overdue

    @cached_property
    def fk_columns(self) -> tuple[str, ...]:
        """The grid's foreign-key columns."""
        return tuple(name for name in self.spec.columns if self.spec.is_fk(name))

    @cached_property
    def shown(self) -> tuple[tuple[str, Callable | None, Any, bool], ...]:
        """Per grid column: its name, its display function (None for a foreign key: its label),
        its field, and whether it is shown once per value on a page (from the field registry)."""
        spec, shown = self.spec, []
        for name in spec.columns:
            f, kind = spec.field(name), kind_of(spec.field(name))
            fk = name in self.fk_columns
            shown.append((name, None if fk else kind.display, f, not fk and kind.name in _SHOWN_ONCE_PER_VALUE))
        return tuple(shown)

    @cached_property
    def page_fields(self) -> tuple[str, ...]:
        """The fields a grid page reads: its id, version, columns and Operator Desa scope; every
        field when the table has its own `is_overdue` (which may read any of them)."""
        spec = self.spec
        if self.overdue:
            names = list(spec.model._meta.fields_db_projection)
        else:
            names = ['id', 'version', *(f'{name}_id' if spec.is_fk(name) else name for name in spec.columns)]
            if spec.desa_field:
                names.append(f'{spec.desa_field}_id')
        return tuple(dict.fromkeys(names))

    @cached_property
    def page_labels(self) -> tuple[tuple[str, list[str], Callable[[tuple], str]], ...]:
        """Per foreign key the grid shows: its name, the related table's label fields (joined into
        the page's query) and the function making the label of their values."""
        return tuple((name, *plan_of(related_table(self.spec, name)).label_maker) for name in self.fk_columns)

    @cached_property
    def label_maker(self) -> tuple[list[str], Callable[[tuple], str]]:
        """The fields a row's label reads, and the function from their raw values to the label
        (what `row_label` gives for the row)."""
        spec = self.spec
        names = [name for name in dict.fromkeys(spec.label_fields)
                 if name in spec.fields_map and spec.field(name).has_db_field and not spec.is_fk(name)]
        shown = [(name, raw_converter(spec, name), kind_of(spec.field(name)).display, spec.field(name))
                 for name in names]
        # row_label fills every field of the table, '' unless shown; the template reads only its own
        blank = {name: '' for name in spec.label_fields if name in spec.fields_map}

        def label(values: tuple) -> str:
            filled = dict(blank)
            for (name, convert, show, f), value in zip(shown, values):
                filled[name] = show(f, convert(value))
            return spec.row_label.format_map(filled).strip()
        return names, label

    @cached_property
    def row_class(self) -> type:
        """The class of a page's rows (of `page_fields`): a raw row whose attributes are converted
        when first read to what the model instance Tortoise would make holds (`raw_converter`, then
        driver.attribute_converter). Anything else read from a row (as `is_overdue` may) is the
        model's own: its methods, properties and constants, bound to the row. `Row.reader(name)`
        reads one attribute from the raw row itself, without making a Row."""
        spec = self.spec
        meta = spec.model._meta
        model, index, convert = spec.model, {}, {}
        for i, name in enumerate(self.page_fields):
            index[name] = i
            convert[name] = driver.attribute_converter(meta, meta.fields_db_projection[name], spec.field(name),
                                                       raw_converter(spec, name))

        class Row:
            __slots__ = ('_raw', '__dict__')
            is_overdue = spec.model.is_overdue

            def __init__(self, raw) -> None:
                self._raw = raw

            def __getattr__(self, name: str) -> Any:
                if name not in index:   # anything else of the model (a method is_overdue calls)
                    attribute = inspect.getattr_static(model, name)
                    return attribute.__get__(self, model) if hasattr(attribute, '__get__') else attribute
                value = self.__dict__[name] = convert[name](self._raw[index[name]])
                return value

        def reader(name: str) -> Callable[[Any], Any]:
            """A function reading one attribute, converted, straight from a raw row (for rows.display)."""
            at, conv = index[name], convert[name]
            return itemgetter(at) if conv is as_is else lambda raw: conv(raw[at])

        Row.reader = staticmethod(reader)
        Row.__name__ = Row.__qualname__ = f'{spec.model.__name__}Row'
        return Row

    def ordering(self, sort: tuple[tuple[str, bool], ...]) -> list[str]:
        """The ORDER BY keys of a sort (whitelisted by the table's columns; its default ordering when
        none is allowed), a foreign key sorted by its table's first ordering field, `id` last."""
        keys = self._orderings.get(sort)
        if keys is None:
            keys = self._order_by(sort)
            if len(self._orderings) < _ORDERINGS_MAX:
                self._orderings[sort] = keys
        return list(keys)

    def _order_by(self, sort: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
        allowed = self.spec.sortable()
        return tuple(self.spec.order_keys([(name, desc) for name, desc in sort if name in allowed]))
