"""Input the database cannot hold is a 422 naming it, never a 500 (PostgreSQL checks
lengths and numeric precision; SQLite does not)."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named

URL = "/api/v1/opportunities"


async def test_a_competitor_as_long_as_any_detail_is_kept_and_a_longer_one_is_named(
    client: AsyncClient, world: World, session: AsyncSession
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=customer)
    lost = await stage_named(session, "Lost")
    await session.commit()
    url = f"{URL}/{deal.id}/move"
    headers = auth(world.engineer)
    too_long = await client.post(
        url,
        json={
            "stage_id": str(lost.id),
            "details": {"lost_reason": "Price", "competitor": "x" * 501},
        },
        headers=headers,
    )
    assert too_long.status_code == 422
    assert [e["loc"] for e in too_long.json()["errors"]] == [["body", "details", "competitor"]]
    moved = await client.post(
        url,
        json={
            "stage_id": str(lost.id),
            "details": {"lost_reason": "Price", "competitor": "y" * 300},
        },
        headers=headers,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["competitor"] == "y" * 300


async def test_amount_filters_beyond_what_a_deal_can_hold_are_422(
    client: AsyncClient, world: World
):
    headers = auth(world.engineer)
    for params in (
        {"min_amount": "1e400"},
        {"max_amount": "1000000000000"},
        {"min_amount": "Infinity"},
        {"max_amount": "NaN"},
    ):
        answer = await client.get(URL, params=params, headers=headers)
        assert answer.status_code == 422, params
        assert answer.json()["errors"][0]["loc"] == ["query", next(iter(params))]
    fine = await client.get(URL, params={"max_amount": "999999999999.99"}, headers=headers)
    assert fine.status_code == 200


async def test_scoring_thresholds_beyond_the_column_are_422(client: AsyncClient, world: World):
    answer = await client.put(
        "/api/v1/lead-scoring-rules",
        json={"rules": [{"factor": "value", "threshold": "1e400", "points": 10}]},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"][:4] == ["body", "rules", 0, "threshold"]
    huge = await client.put(
        "/api/v1/lead-scoring-rules",
        json={"rules": [{"factor": "value", "threshold": "1000000000000", "points": 10}]},
        headers=auth(world.admin),
    )
    assert huge.status_code == 422


def test_move_documents_only_the_answers_it_gives(app):
    # A move is checked against the current stage and retried with an Idempotency-Key;
    # it takes no If-Match, so it must not promise 412/428.
    move = app.openapi()["paths"]["/api/v1/opportunities/{opportunity_id}/move"]["post"]
    assert {"409", "422"} <= set(move["responses"])
    assert not {"412", "428"} & set(move["responses"])
