"""The rows of a table a person sees: live (not deleted) and within their scope (core.access.scope,
an Operator Desa's own desa). Written once: the record counts of the home and process pages, the
dashboard's figures and the choices of a foreign key ask here."""
from __future__ import annotations

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from core import access
from core.access import Actor
from locales import t
from models.table import TableSpec, related_table

FK_OPTION_LIMIT = 1000   # a table with more rows is searched on the server as the person types (fk_search)
FK_SEARCH_LIMIT = 50


def visible_rows(actor: Actor, spec: TableSpec, **conditions) -> QuerySet:
    """The live rows of `spec` this actor may see, narrowed by `conditions` (Tortoise filters)."""
    return access.scope(actor, spec, spec.model.filter(deleted_at__isnull=True, **conditions))


def shared_with(spec: TableSpec, name: str, values: dict | None) -> dict[str, int] | None:
    """The filter that narrows a foreign key's choices to the rows sharing a value with the form's
    row, as the model declares it in `choices_within` (a disposisi continues one of the same surat:
    {'induk': 'surat_masuk'}); None when it declares none for `name` or the form holds no value yet."""
    within = getattr(spec.model, 'choices_within', {}).get(name)
    value = (values or {}).get(within) if within else None
    return {f'{within}_id': value} if isinstance(value, int) else None


def _choosable(spec: TableSpec, name: str, actor: Actor, values: dict | None, offered: bool = False) -> QuerySet:
    """The rows a foreign key may point at, before any ordering or limit (see fk_options)."""
    target = related_table(spec, name)
    fixed = spec.choice_scope(actor, name)
    qs = target.model.filter(deleted_at__isnull=True, **fixed) if fixed is not None else visible_rows(actor, target)
    if (shared := shared_with(spec, name, values)) is not None:
        qs = qs.filter(**shared)
    if offered and (only := target.model.offered_filter()) is not None:
        qs = qs.filter(only)
    return qs


async def fk_options(spec: TableSpec, name: str, actor: Actor, current: int | None = None,
                     values: dict | None = None, offered: bool = False) -> dict[int, str]:
    """The rows a foreign key may point at, labelled; scoped like a grid would be for this actor
    (or the one row a value fixed for them allows, TableSpec.choice_scope), and to the rows that
    share a value with the form's row when the model says so (`values`: the form's values, ids for
    foreign keys; see shared_with). The row it points at now is kept among them. At most
    FK_OPTION_LIMIT rows: a page offers fk_search beyond that. A form asks for the `offered` rows
    (RecordModel.offered_filter, e.g. no retired jenis layanan); a grid filter for every row."""
    from core.listing import row_label
    target = related_table(spec, name)
    rows = await _choosable(spec, name, actor, values, offered).order_by(*target.order_keys()).limit(FK_OPTION_LIMIT)
    options = {row.id: row_label(target, row) for row in rows}
    if current is not None and current not in options:
        row = await target.model.get_or_none(id=current)
        if row is not None:
            options[row.id] = row_label(target, row)
    return options


async def fk_search(spec: TableSpec, name: str, actor: Actor, text: str,
                    values: dict | None = None, offered: bool = False) -> tuple[dict[int, str], str | None]:
    """The choices of a foreign key that match what the person typed, for a table too long to list
    whole (the 2,986 klasifikasi arsip): the target model's own `find` when it has one (a code from
    its start, or the words of its name), else rows holding every typed word in one of the target's
    search fields; within the rows fk_options may offer. Returns the labelled choices (at most
    FK_SEARCH_LIMIT) and, when none matches, the message to show in place of the list."""
    from core.listing import row_label
    target = related_table(spec, name)
    qs = _choosable(spec, name, actor, values, offered)
    if hasattr(target.model, 'find'):
        found, message = await target.model.find(text, limit=FK_SEARCH_LIMIT)
        allowed = set(await qs.filter(id__in=[row.id for row in found]).values_list('id', flat=True))
        rows = [row for row in found if row.id in allowed]
    else:
        message = None
        for word in text.split():
            qs = qs.filter(Q(*(Q(**{f'{field}__icontains': word}) for field in target.search), join_type='OR'))
        rows = await qs.order_by(*target.order_keys()).limit(FK_SEARCH_LIMIT) if target.search else []
    if rows:
        return {row.id: row_label(target, row) for row in rows}, None
    return {}, message or t('formulir.tidak_ada_pilihan')
