"""An order's invoice milestones: their planned amounts, derived from the grand total.

The rule (decision 0018): an ``amount`` milestone plans its value (at most the
currency's minor unit); a ``percent`` milestone plans that percent of the grand total
rounded to the minor unit half away from zero (decision 0004), except the last percent
milestone, which takes what remains, so the plan adds up to the grand total to the
paisa. The plan must add up exactly before rounding (percents of the total plus the
amounts equal the total), else one 422 naming ``["body", "milestones"]``. Without
milestones the plan is one milestone, 100 % on delivery.

Pure: no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.errors import FieldError, UnprocessableEntity
from app.core.money import format_amount, round_amount
from app.sales_orders.models import MilestoneKind, MilestoneTrigger

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class MilestoneTerms:
    label: str
    kind: MilestoneKind
    value: Decimal
    trigger: MilestoneTrigger
    due_date: date | None = None


DEFAULT_PLAN = (
    MilestoneTerms("On delivery", MilestoneKind.PERCENT, HUNDRED, MilestoneTrigger.ON_DELIVERY),
)


def _error(loc: list[str | int], msg: str, type_: str) -> UnprocessableEntity:
    return UnprocessableEntity(errors=[FieldError(loc=loc, msg=msg, type=type_)])


def plan_amounts(
    terms: Sequence[MilestoneTerms], *, grand_total: Decimal, currency: str
) -> list[Decimal]:
    """Each milestone's planned amount, in order; the sum is ``grand_total`` exactly."""
    for index, milestone in enumerate(terms):
        if milestone.kind is MilestoneKind.AMOUNT and milestone.value != round_amount(
            milestone.value, currency
        ):
            raise _error(
                ["body", "milestones", index, "value"],
                f"more decimal places than {currency} has",
                "decimal_places",
            )
    exact = sum(
        (
            grand_total * m.value / HUNDRED if m.kind is MilestoneKind.PERCENT else m.value
            for m in terms
        ),
        Decimal(0),
    )
    if exact != grand_total:
        raise _error(
            ["body", "milestones"],
            f"the milestones add up to {format_amount(exact, currency)}, the order's grand "
            f"total is {format_amount(grand_total, currency)}",
            "milestones_total",
        )
    planned = [
        round_amount(grand_total * m.value / HUNDRED, currency)
        if m.kind is MilestoneKind.PERCENT
        else m.value
        for m in terms
    ]
    percents = [i for i, m in enumerate(terms) if m.kind is MilestoneKind.PERCENT]
    if percents:
        last = percents[-1]
        others = sum((a for i, a in enumerate(planned) if i != last), Decimal(0))
        planned[last] = grand_total - others
    return planned
