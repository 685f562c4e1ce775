"""Money is Decimal with a currency code.

The rounding rule (docs/decisions/0004-rounding.md): amounts are kept at 2 decimal
places, rounded half-up (``ROUND_HALF_UP``), per line, before totals are summed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import Field, PlainSerializer

CENT = Decimal("0.01")


def round_money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# A decimal amount that travels as a JSON string ("1234.50"), never a float.
Amount = Annotated[
    Decimal,
    Field(max_digits=14, decimal_places=2, examples=["1250.00"]),
    PlainSerializer(lambda v: str(round_money(v)), return_type=str, when_used="json"),
]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", examples=["INR"])]
