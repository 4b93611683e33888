"""What the write path knows of a table's fields, and how a value is parsed and checked before it is
written: the field registry parses Indonesian input (forms.fields), then required, length, range and
the field's own validators give an Indonesian message per field. No database access here: a save
(core.record_writes) then checks the foreign keys and runs the table's own rules, and an import
(core.import_plan) does the same before core.record_bulk writes its rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from tortoise.exceptions import ValidationError
from tortoise.fields import Field
from tortoise.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator

from core import audit
from core.access import Actor
from locales import t
from forms.fields import kind_of, to_python
from forms.indonesian import ParseError, format_number
from models.table import TableSpec


GENERAL = '_'  # key of a message that belongs to no single field


def _validator_message(field_obj: Field, validator: Any, error: ValidationError) -> str:
    if isinstance(validator, MaxLengthValidator):
        return t('rekaman.paling_banyak_karakter', n=validator.max_length)
    if isinstance(validator, MinValueValidator):
        if validator.min_value == 0:
            return t('rekaman.tidak_negatif')
        return t('rekaman.paling_kecil', n=format_number(validator.min_value))
    if isinstance(validator, MaxValueValidator):
        return t('rekaman.paling_besar', n=format_number(validator.max_value))
    return str(error)


@dataclass(frozen=True)
class _Slot:
    """What the write path needs of one field, worked out once per table (an import asks 100 000 times)."""
    name: str
    attr: str                  # the attribute that holds the value: 'klasifikasi_id' for a foreign key
    field: Field
    kind: str
    fk: bool
    low: Any = None            # an int column's range
    high: Any = None


@dataclass(frozen=True)
class _Layout:
    """A table's slots, by name and in form order, for as long as its form stays the same."""
    form: tuple[str, ...]
    readonly: tuple[str, ...]
    slots: dict[str, _Slot]
    writable: tuple[_Slot, ...]
    columns: tuple[str, ...]       # what a save writes (db_columns)


_layouts: dict[int, _Layout] = {}


def _layout(spec: TableSpec) -> _Layout:
    found = _layouts.get(id(spec))
    if found is None or found.form is not spec.form or found.readonly is not spec.readonly:
        slots = {}
        for name in spec.fields_map:
            field_obj, fk = spec.field(name), spec.is_fk(name)
            try:
                kind = kind_of(field_obj).name
            except LookupError:
                continue   # relations and the like: never typed
            constraints = field_obj.constraints
            slots[name] = _Slot(name, f'{name}_id' if fk else name, field_obj, kind, fk,
                                constraints.get('ge'), constraints.get('le'))
        found = _layouts[id(spec)] = _Layout(
            spec.form, spec.readonly, slots, tuple(slots[name] for name in spec.form if name not in spec.readonly),
            tuple(slots[name].attr for name in spec.form))
    return found


def _slot(spec: TableSpec, name: str) -> _Slot:
    return _layout(spec).slots[name]


def _check(slot: _Slot, value: Any) -> str | None:
    field_obj = slot.field
    if value is None:
        if not field_obj.null and field_obj.default is None:
            return t('rekaman.wajib')
        return None
    if slot.fk:
        return None
    if slot.kind in ('decimal', 'money') and isinstance(value, Decimal):
        digits = field_obj.max_digits - field_obj.decimal_places
        if abs(value) >= Decimal(10) ** digits:
            return t('rekaman.angka_terlalu_besar')
        if value.as_tuple().exponent < -field_obj.decimal_places:
            return t('rekaman.angka_di_belakang_koma', n=field_obj.decimal_places)
    if slot.kind == 'int' and (slot.low is not None and value < slot.low or slot.high is not None and value > slot.high):
        return t('rekaman.angka_di_luar_batas')
    for validator in field_obj.validators:
        try:
            validator(value)
        except ValidationError as error:
            return _validator_message(field_obj, validator, error)
    return None


def field_error(spec: TableSpec, name: str, value: Any) -> str | None:
    """Required, length, range and the field's own validators, as an Indonesian message."""
    return _check(_slot(spec, name), value)


def writable_fields(spec: TableSpec) -> list[str]:
    """The fields a person may give a value for: the form's, less the read-only (derived) ones."""
    return [name for name in spec.form if name not in spec.readonly]


def apply_values(spec: TableSpec, actor: Actor, row, values: dict[str, Any], creating: bool,
                 parse: Callable[[Field, Any], Any] = to_python) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse `values` with the field registry, put them on `row` (foreign keys by id), derive, and
    check every writable field (required, length, range). No database access: the caller checks
    that foreign keys exist and runs the table's rules. Returns the parsed values and the messages.
    `parse` is the registry's `to_python`, or an import's memo of it (its cells repeat a lot)."""
    layout = _layout(spec)
    slots = layout.writable
    errors: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for slot in slots:
        if slot.name not in values:
            continue
        try:
            parsed[slot.name] = parse(slot.field, values[slot.name])
        except ParseError as error:
            errors[slot.name] = str(error)
    for name, value in spec.fixed_values(actor).items():   # an Operator Desa's own desa
        if parsed.get(name) not in (None, value):
            errors[name] = t('rekaman.desa_sendiri')
        parsed[name] = value
    for name, value in parsed.items():
        slot = layout.slots[name]
        field_obj = slot.field
        if value is None and not field_obj.null and field_obj.default is not None:
            value = field_obj.default() if callable(field_obj.default) else field_obj.default  # emptied: back to default
        if row._await_when_save:
            setattr(row, slot.attr, value)
        else:   # what Model.__setattr__ does for a column when no async default is pending, at a sixth of the cost
            object.__setattr__(row, slot.attr, value)
    row.derive()
    for slot in slots:
        if slot.name in errors:
            continue
        value = getattr(row, slot.attr)
        if creating and value is None and slot.name not in parsed:
            default = slot.field.default
            value = default() if callable(default) else default
        if message := _check(slot, value):
            errors[slot.name] = message
    return parsed, errors


def db_columns(spec: TableSpec) -> list[str]:
    """Columns a save writes: the form's fields (FKs by their `_id` column) and derived read-only ones."""
    return list(_layout(spec).columns)


def stored_values(spec: TableSpec, row) -> dict[str, Any]:
    return {name: getattr(row, name) for name in db_columns(spec)}


def audit_snapshot(spec: TableSpec, row) -> dict[str, Any]:
    """audit.snapshot(stored_values(spec, row)), with plain text and numbers passed straight through."""
    json_value = audit.json_value
    return {name: value if value is None or type(value) in (str, int) else json_value(value)
            for name in _layout(spec).columns for value in (getattr(row, name),)}


def stale_message() -> str:
    return t('rekaman.sudah_diubah')


def clash_message() -> str:
    return t('rekaman.bentrok')
