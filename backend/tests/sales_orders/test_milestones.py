"""Milestone plans against a plain Decimal reference, for any plan that adds up
(hypothesis): every percent milestone but the last rounded half up to the paisa, the
last within a paisa per percent milestone of its exact share, the amounts as given,
and the whole exactly the grand total."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import UnprocessableEntity
from app.sales_orders.milestones import MilestoneTerms, plan_amounts
from app.sales_orders.models import MilestoneKind, MilestoneTrigger

PAISA = Decimal("0.01")


def _terms(kinds_values: list[tuple[MilestoneKind, Decimal]]) -> list[MilestoneTerms]:
    return [
        MilestoneTerms(f"m{i}", kind, value, MilestoneTrigger.ON_DELIVERY)
        for i, (kind, value) in enumerate(kinds_values)
    ]


@st.composite
def plans(draw: st.DrawFn) -> tuple[Decimal, list[MilestoneTerms]]:
    """A grand total split in percents with up to 4 places adding up to 100 (how a
    user splits it: 30/60/10, 33.3333/33.3333/33.3334), or in amounts adding up to it."""
    total = draw(st.decimals(min_value="0.01", max_value="100000000", places=2))
    if draw(st.booleans()):
        cuts = sorted(set(draw(st.lists(st.integers(1, 999_999), max_size=5))))
        shares = [
            Decimal(b - a) / 10_000 for a, b in zip([0, *cuts], [*cuts, 1_000_000], strict=True)
        ]
        return total, _terms([(MilestoneKind.PERCENT, share) for share in shares])
    cents = int(total * 100)
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, cents - 1)), max_size=4))))
    cuts = [c for c in cuts if 0 < c < cents]
    amounts = [Decimal(b - a) / 100 for a, b in zip([0, *cuts], [*cuts, cents], strict=True)]
    return total, _terms([(MilestoneKind.AMOUNT, amount) for amount in amounts])


@settings(max_examples=300, deadline=None)
@given(plan=plans())
def test_a_plan_adds_up_to_the_total_to_the_paisa(plan: tuple[Decimal, list[MilestoneTerms]]):
    total, terms = plan
    planned = plan_amounts(terms, grand_total=total, currency="INR")
    assert sum(planned, Decimal(0)) == total
    percents = [i for i, m in enumerate(terms) if m.kind is MilestoneKind.PERCENT]
    for i, (m, amount) in enumerate(zip(terms, planned, strict=True)):
        assert amount == amount.quantize(PAISA)
        if m.kind is MilestoneKind.AMOUNT:
            assert amount == m.value
        elif i != percents[-1]:
            assert amount == (total * m.value / 100).quantize(PAISA, rounding=ROUND_HALF_UP)
        else:  # the remainder: within a paisa per percent milestone of its exact share
            assert abs(amount - total * m.value / 100) <= PAISA * len(percents)


def test_a_plan_off_the_total_names_the_milestones():
    with pytest.raises(UnprocessableEntity) as refused:
        plan_amounts(
            _terms([(MilestoneKind.PERCENT, Decimal(30)), (MilestoneKind.PERCENT, Decimal(60))]),
            grand_total=Decimal("1000.00"),
            currency="INR",
        )
    (error,) = refused.value.errors or []
    assert (error.loc, error.msg) == (
        ["body", "milestones"],
        "the milestones add up to 900.00, the order's grand total is 1000.00",
    )
