"""The rows of a table a person sees: live (not deleted) and within their scope (core.access.scope,
an Operator Desa's own desa). Written once: the record counts of the home and process pages, the
dashboard's figures and the choices of a foreign key ask here."""
from __future__ import annotations

from tortoise.queryset import QuerySet

from core import access
from core.access import Actor
from models.table import TableSpec, related_table

FK_OPTION_LIMIT = 1000


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


async def fk_options(spec: TableSpec, name: str, actor: Actor, current: int | None = None,
                     values: dict | None = None) -> dict[int, str]:
    """The rows a foreign key may point at, labelled; scoped like a grid would be for this actor
    (or the one row a value fixed for them allows, TableSpec.choice_scope), and to the rows that
    share a value with the form's row when the model says so (`values`: the form's values, ids for
    foreign keys; see shared_with). The row it points at now is kept among them."""
    from core.listing import row_label
    target = related_table(spec, name)
    fixed = spec.choice_scope(actor, name)
    qs = target.model.filter(deleted_at__isnull=True, **fixed) if fixed is not None else visible_rows(actor, target)
    if (shared := shared_with(spec, name, values)) is not None:
        qs = qs.filter(**shared)
    ordering = [*target.ordering, 'id']
    rows = await qs.order_by(*ordering).limit(FK_OPTION_LIMIT)
    options = {row.id: row_label(target, row) for row in rows}
    if current is not None and current not in options:
        row = await target.model.get_or_none(id=current)
        if row is not None:
            options[row.id] = row_label(target, row)
    return options
