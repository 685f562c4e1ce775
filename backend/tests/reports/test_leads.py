"""The leads report through HTTP: the funnel lead -> opportunity -> won by source and
owner, its rates and median days, recounted from the leads; scoping and filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.leads.models import LeadSource, LeadStatus
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead
from tests.factories.opportunities import create_opportunity, stage_named
from tests.support.files import read_csv

URL = "/api/v1/reports/leads"
WINDOW = {"from": "2026-01-01", "to": "2026-01-31"}
DAY = datetime(2026, 1, 10, 6, tzinfo=UTC)


async def _converted(
    session: AsyncSession,
    owner: User,
    world: World,
    *,
    source: LeadSource,
    days_to_convert: int,
    outcome: str | None,
    days_to_close: int = 0,
) -> None:
    customer = await create_customer(session, owner=owner, territory=world.north)
    stage = await stage_named(session, {"won": "Won", "lost": "Lost", None: "Potential"}[outcome])
    deal = await create_opportunity(session, owner=owner, customer=customer, stage=stage)
    converted = DAY + timedelta(days=days_to_convert)
    if outcome:
        deal.closed_at = converted + timedelta(days=days_to_close)
    await create_lead(
        session,
        owner=owner,
        territory=world.north,
        status=LeadStatus.CONVERTED,
        source=source,
        captured_at=DAY,
        converted_at=converted,
        converted_opportunity_id=deal.id,
        converted_customer_id=customer.id,
    )


@pytest.fixture
async def funnel(session: AsyncSession, world: World) -> None:
    eng = world.engineer
    await _converted(
        session,
        eng,
        world,
        source=LeadSource.WEB,
        days_to_convert=2,
        outcome="won",
        days_to_close=10,
    )
    await _converted(
        session,
        eng,
        world,
        source=LeadSource.WEB,
        days_to_convert=4,
        outcome="won",
        days_to_close=20,
    )
    await _converted(session, eng, world, source=LeadSource.WEB, days_to_convert=9, outcome="lost")
    await _converted(
        session, eng, world, source=LeadSource.REFERRAL, days_to_convert=1, outcome=None
    )
    for status in (LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.DISQUALIFIED):
        await create_lead(
            session,
            owner=eng,
            territory=world.north,
            status=status,
            source=LeadSource.WEB,
            captured_at=DAY,
        )
    # The teammate's, the other team's, and one captured after the window.
    await create_lead(session, owner=world.teammate, territory=world.north, captured_at=DAY)
    await create_lead(
        session, owner=world.engineer_other_team, territory=world.south, captured_at=DAY
    )
    await create_lead(
        session, owner=eng, territory=world.north, captured_at=DAY + timedelta(days=40)
    )
    await session.commit()


async def _report(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get(URL, params={**WINDOW, **params}, headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def test_the_funnel_by_source_with_rates_and_median_days(
    client: AsyncClient, world: World, funnel: None
):
    report = await _report(client, world.engineer)
    web = next(row for row in report["rows"] if row["source"] == "web")
    assert (web["captured"], web["new"], web["contacted"], web["disqualified"]) == (6, 1, 1, 1)
    assert (web["converted"], web["opportunities"], web["won"], web["lost"], web["open"]) == (
        3,
        3,
        2,
        1,
        0,
    )
    assert (web["conversion_rate"], web["win_rate"], web["lead_to_win_rate"]) == (
        "50",
        "66.7",
        "33.3",
    )
    # Capture to conversion: 2, 4 and 9 days; conversion to win: 10 and 20 days.
    assert (web["median_days_to_convert"], web["median_days_to_win"]) == ("4", "15")
    referral = next(row for row in report["rows"] if row["source"] == "referral")
    assert (referral["captured"], referral["opportunities"], referral["open"]) == (1, 1, 1)
    assert referral["win_rate"] is None
    summary = report["summary"]
    assert (summary["captured"], summary["opportunities"], summary["won"]) == (7, 4, 2)
    assert summary["median_days_to_convert"] == "3"  # 1, 2, 4, 9
    assert report["totals"] == []


async def test_per_owner_a_head_sees_the_team_and_filters_narrow(
    client: AsyncClient, world: World, funnel: None
):
    report = await _report(client, world.head, dimension="engineer")
    totals = {row["label"]: row["captured"] for row in report["totals"]}
    assert totals == {world.engineer.full_name: 7, world.teammate.full_name: 1}
    everyone = await _report(client, world.admin, dimension="territory")
    assert {row["label"]: row["captured"] for row in everyone["totals"]} == {"North": 8, "South": 1}
    mate = await _report(client, world.admin, engineer_id=str(world.teammate.id))
    assert mate["summary"]["captured"] == 1
    as_csv = await client.get(
        URL, params={**WINDOW, "format": "csv", "dimension": "engineer"}, headers=auth(world.head)
    )
    kinds = [line["row"] for line in read_csv(as_csv.content)]
    assert kinds.count("total") == 2 and kinds[-1] == "all"
    refused = await client.get(URL, params={**WINDOW, "segment": "x"}, headers=auth(world.head))
    assert refused.json()["errors"][0]["loc"] == ["query", "segment"]
