"""The kinds of a grid's per-column filter: text that contains, some of the choices, some of the rows a
foreign key points at, yes or no, a range. Each field kind of the registry (forms/fields.py) names
its filter kind; the filter kind knows, for a filter's value, its condition on the rows (a Q), its
text in a link and back, its words in an export's title, and the widget the filter panel builds for
it (pages/grid_filters.py). A new filter kind is one class here.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from tortoise.expressions import Q
from tortoise.fields import Field

from locales import t
from forms.fields import display, kind_of, to_python
from forms.indonesian import ParseError, format_date


def given(value: Any) -> bool:
    """Is a filter's value given at all? Nothing, empty text or no value chosen is no filter."""
    return value not in (None, '', [], ())


class FilterKind:
    """One kind of filter; its value is what the filter panel reads back (FilterPanel.values)."""
    name = ''
    widget = ''         # what the filter panel builds: 'text', 'choices', 'references', 'yes_no', 'range'

    def condition(self, name: str, value: Any) -> Q:
        """The rows of which the field `name` passes the filter."""
        raise NotImplementedError

    def to_link(self, field: Field, value: Any) -> list[str]:
        """The value as a link's query parameter values (text as people type it)."""
        return [str(value)]

    def from_link(self, field: Field, values: list[str]) -> tuple[Any, list[str]]:
        """A link's values (none blank) read back: (the filter's value, None when nothing could be
        read; the values that could not be read)."""
        try:
            return self.read(field, values[0]), []
        except ParseError:
            return None, values[:1]

    def read(self, field: Field, text: str) -> Any:
        return to_python(field, text)

    def describe(self, label: str, value: Any, shown: Any) -> str:
        """The filter in words, for an export's title rows; `shown` is how the page showed the
        value where it knows better than the value itself (the label of the row a foreign key
        points at)."""
        return t('ekspor.filter.memuat', kolom=label, nilai=value)


class Contains(FilterKind):
    name, widget = 'contains', 'text'

    def condition(self, name: str, value: Any) -> Q:
        return Q(**{f'{name}__icontains': str(value).strip()})

    def read(self, field: Field, text: str) -> str:
        return text.strip()


class _Several(FilterKind):
    """Any of several values: those of a link that can be read are kept (fewer values, fewer rows)."""

    def to_link(self, field: Field, value: Any) -> list[str]:
        return [str(getattr(v, 'value', v)) for v in (value if isinstance(value, (list, tuple)) else [value])]

    def from_link(self, field: Field, values: list[str]) -> tuple[Any, list[str]]:
        readable, unreadable = [], []
        for text in values:
            try:
                readable.append(self.read(field, text))
            except ParseError:
                unreadable.append(text)
        return readable or None, unreadable


class Choice(_Several):
    name, widget = 'in', 'choices'

    def condition(self, name: str, value: Any) -> Q:
        values = [value] if isinstance(value, (str, Enum)) else list(value)
        return Q(**{f'{name}__in': [v.value if isinstance(v, Enum) else v for v in values]})

    def read(self, field: Field, text: str) -> Any:
        return to_python(field, text).value

    def describe(self, label: str, value: Any, shown: Any) -> str:
        values = [value] if isinstance(value, str) else value
        return t('ekspor.filter.pilihan', kolom=label, nilai=', '.join(str(getattr(v, 'value', v)) for v in values))


class Reference(_Several):
    name, widget = 'fk', 'references'

    def condition(self, name: str, value: Any) -> Q:
        ids = [value] if isinstance(value, int) else [int(v) for v in value]
        return Q(**{f'{name}_id__in': ids})

    def describe(self, label: str, value: Any, shown: Any) -> str:
        return t('ekspor.filter.rujukan', kolom=label, nilai=shown)


class YesNo(FilterKind):
    name, widget = 'bool', 'yes_no'

    def condition(self, name: str, value: Any) -> Q:
        return Q(**{name: bool(value)})

    def to_link(self, field: Field, value: Any) -> list[str]:
        return [display(field, bool(value))]


class Range(FilterKind):
    """From, to, or both (each bound included); a bound of a link that cannot be read makes the
    whole range unreadable, since keeping the other bound would widen it."""
    name, widget = 'range', 'range'

    def condition(self, name: str, value: Any) -> Q:
        low, high = value
        q = Q()
        if low is not None:
            q &= Q(**{f'{name}__gte': low})
        if high is not None:
            q &= Q(**{f'{name}__lte': high})
        return q

    def to_link(self, field: Field, value: Any) -> list[str]:
        low, high = value
        return [f'{display(field, low) if low is not None else ""}..'
                f'{display(field, high) if high is not None else ""}']

    def read(self, field: Field, text: str) -> tuple[Any, Any]:
        low, _, high = text.partition('..')
        return (to_python(field, low) if low.strip() else None,
                to_python(field, high) if high.strip() else None)

    def describe(self, label: str, value: Any, shown: Any) -> str:
        low, high = value
        show = format_date if isinstance(low or high, (date, datetime)) else (lambda v: '' if v is None else str(v))
        return t('ekspor.filter.rentang', kolom=label, dari=show(low) or '…', sampai=show(high) or '…')


FILTER_KINDS: dict[str, FilterKind] = {kind.name: kind for kind in (Contains(), Choice(), Reference(), YesNo(), Range())}


def filter_of(field: Field) -> FilterKind:
    """The filter kind of a field, as its field kind names it."""
    name = kind_of(field).filter
    if name not in FILTER_KINDS:
        raise LookupError(f'No filter kind {name!r} (named by the field kind of {type(field).__name__})')
    return FILTER_KINDS[name]
