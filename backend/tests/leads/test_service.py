"""Subtle lead rules: round-robin fairness and how scoring rules combine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.leads import service
from app.leads.models import Lead, LeadScoringRule, LeadSource, LeadStatus, ScoringFactor
from app.leads.scoring import score_lead
from app.users.service import system_principal
from tests.conftest import World
from tests.factories.leads import create_lead
from tests.factories.users import create_territory, create_user

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


async def test_round_robin_breaks_ties_by_who_was_given_a_lead_longest_ago(
    session: AsyncSession, world: World
):
    third = await create_user(session, team=world.team, territories=[world.north])
    await create_user(session, team=world.team, territories=[world.north], is_active=False)
    # Everyone has one open lead; the engineer got theirs last week, the others today.
    await create_lead(session, owner=world.engineer, assigned_at=NOW - timedelta(days=7))
    await create_lead(session, owner=world.teammate, assigned_at=NOW)
    await create_lead(session, owner=third, assigned_at=NOW)
    chosen = await service.next_engineer_of_territory(session, system_principal(), world.north.id)
    assert chosen == world.engineer.id

    await create_lead(session, owner=world.engineer, assigned_at=NOW + timedelta(minutes=1))
    again = await service.next_engineer_of_territory(session, system_principal(), world.north.id)
    # teammate and third tie on load and time: the email decides, the same way every time
    expected = min((world.teammate, third), key=lambda u: u.email)
    assert again == expected.id


async def test_round_robin_ignores_closed_leads_and_returns_none_without_engineers(
    session: AsyncSession, world: World
):
    for _ in range(3):
        await create_lead(session, owner=world.engineer, status=LeadStatus.CONVERTED)
    await create_lead(session, owner=world.teammate)
    chosen = await service.next_engineer_of_territory(session, system_principal(), world.north.id)
    assert chosen == world.engineer.id
    nobody = await create_territory(session, name="Islands")
    assert await service.next_engineer_of_territory(session, system_principal(), nobody.id) is None


def _rule(
    factor: ScoringFactor, points: int, match: str | None = None, threshold: str | None = None
) -> LeadScoringRule:
    return LeadScoringRule(
        factor=factor,
        points=points,
        match=match,
        threshold=Decimal(threshold) if threshold else None,
        is_active=True,
    )


def _lead(**fields: object) -> Lead:
    values: dict[str, object] = {
        "source": LeadSource.REFERRAL,
        "currency": "INR",
        "captured_at": NOW - timedelta(days=40),
        "last_activity_at": None,
        **fields,
    }
    return Lead(**values)


RULES = [
    _rule(ScoringFactor.SOURCE, 25, match="referral"),
    _rule(ScoringFactor.VALUE, 10, threshold="100000"),
    _rule(ScoringFactor.VALUE, 30, threshold="2000000"),
    _rule(ScoringFactor.RECENT_ACTIVITY, 15, threshold="7"),
    _rule(ScoringFactor.RECENT_ACTIVITY, 8, threshold="30"),
    _rule(ScoringFactor.RECENT_ACTIVITY, 3, threshold="90"),
    _rule(ScoringFactor.COMPLETENESS, 4, match="email"),
    _rule(ScoringFactor.COMPLETENESS, 3, match="address"),
    _rule(ScoringFactor.INDUSTRY, -20, match="Tobacco"),
]


def test_only_the_highest_value_tier_and_the_nearest_activity_tier_count():
    lead = _lead(estimated_value=Decimal("2500000"), last_activity_at=NOW - timedelta(days=20))
    score, factors = score_lead(lead, RULES, now=NOW)
    assert {f.factor: f.points for f in factors} == {
        "source": 25,
        "value": 30,
        "recent_activity": 8,
    }
    assert score == 63


def test_completeness_adds_each_present_detail_in_one_factor():
    lead = _lead(email="a@b.example", address_line1="Plot 1", city="Pune", captured_at=NOW)
    _, factors = score_lead(lead, RULES, now=NOW)
    completeness = next(f for f in factors if f.factor == "completeness")
    assert completeness.points == 7
    assert "email" in completeness.reason and "address" in completeness.reason
    no_city = _lead(email="a@b.example", address_line1="Plot 1", captured_at=NOW)
    _, factors = score_lead(no_city, RULES, now=NOW)
    assert next(f for f in factors if f.factor == "completeness").points == 4


def test_score_is_clamped_and_negative_rules_lower_it():
    penalised = _lead(source=LeadSource.IMPORT, industry="tobacco")
    score, factors = score_lead(penalised, RULES, now=NOW)
    assert (score, [f.points for f in factors]) == (0, [-20, 3])
    generous = [*RULES, _rule(ScoringFactor.SOURCE, 90, match="referral")]
    score, _ = score_lead(_lead(captured_at=NOW), generous, now=NOW)
    assert score == 100


def test_inactive_rules_do_not_count_and_stale_leads_get_no_activity_points():
    inactive = _rule(ScoringFactor.SOURCE, 40, match="referral")
    inactive.is_active = False
    score, factors = score_lead(_lead(captured_at=NOW - timedelta(days=365)), [inactive], now=NOW)
    assert (score, factors) == (0, [])
