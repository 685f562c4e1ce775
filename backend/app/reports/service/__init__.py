"""Reports: each one statement (``repository``), shaped here (one module per report)
into its answer and its table (the same figures as CSV or XLSX).

Decision record: docs/decisions/0039-reports-and-dashboard.md.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.core.money import format_decimal, round_amount
from app.reports.periods import Window

ZERO = Decimal(0)
TENTH = Decimal("0.1")


def plain(value: Decimal) -> Decimal:
    """A sum without trailing zeros (``15.0000`` -> ``15``), never in exponent form."""
    return Decimal(format_decimal(value))


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part`` of ``whole`` in percent, one decimal, half up (null of nothing)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def change_percent(current: Decimal, previous: Decimal) -> Decimal | None:
    """How much ``current`` grew from ``previous``, in percent (null from 0)."""
    if not previous:
        return None
    return ((current - previous) * 100 / abs(previous)).quantize(TENTH, rounding=ROUND_HALF_UP)


def span(window: Window) -> dict[str, Any]:
    return {"start": window.start, "end": window.end}


def rounded(row: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """``row`` with its amounts at its currency's minor unit (sums of stored amounts
    carry four places), as the answer prints them and the table writes them."""
    for name in names:
        if row.get(name) is not None:
            row[name] = round_amount(row[name], row["currency"])
    return row
