"""Indonesian numbers: 1.250.000,50, and money as Rp 1.250.000. Here, below forms/, because the
rules of the models name amounts in their messages (models/keuangan.py); forms/indonesian.py offers
them with the other Indonesian formats."""
from __future__ import annotations

from decimal import Decimal


def format_number(value: Decimal | int | float | None, decimals: int = 0) -> str:
    """Thousands with dots, decimals with a comma: 1.250.000,50."""
    if value is None:
        return ''
    text = f'{Decimal(value):,.{decimals}f}'
    return text.replace(',', '_').replace('.', ',').replace('_', '.')


def format_rupiah(value: Decimal | int | None) -> str:
    """`Rp 1.250.000`, with cents only when there are any: `Rp 1.250.000,50`."""
    if value is None:
        return ''
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    sign = '-' if value < 0 else ''
    return f'{sign}Rp {format_number(abs(value), decimals)}'
