"""The pipeline board: exact per-stage sums per currency, first cards, scope, cost."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.money import round_amount
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, default_pipeline

URL = "/api/v1/opportunities/board"


async def test_board_sums_are_exact_per_stage_and_currency(
    client: AsyncClient, world: World, session: AsyncSession
):
    rng = random.Random(7)
    pipeline = await default_pipeline(session)
    customers = [
        await create_customer(session, owner=world.engineer, territory=world.north)
        for _ in range(3)
    ]
    expected: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
    for n in range(60):
        stage = pipeline.stages[n % len(pipeline.stages)]
        # Amounts whose float sums drift: cents that binary floating point cannot hold.
        amount = Decimal(rng.randint(1, 10**9)) / 100 + Decimal("0.07")
        currency = "USD" if n % 5 == 0 else "INR"
        probability = rng.choice([None, 33, 67])
        deal = await create_opportunity(
            session,
            owner=world.engineer if n % 2 else world.teammate,
            customer=customers[n % 3],
            stage=stage,
            amount=amount,
            currency=currency,
            probability=probability,
        )
        totals = expected[(str(stage.id), currency)]
        totals[0] += 1
        totals[1] += deal.amount
        totals[2] += round_amount(deal.amount * deal.probability / Decimal(100), deal.currency)
    await session.commit()

    board = await client.get(URL, headers=auth(world.head))
    assert board.status_code == 200, board.text
    body = board.json()
    assert body["pipeline_id"] == str(pipeline.id)
    assert [c["stage"]["name"] for c in body["columns"]] == [s.name for s in pipeline.stages]
    for column in body["columns"]:
        stage_id = column["stage"]["id"]
        got = {
            t["currency"]: (t["count"], Decimal(t["amount"]), Decimal(t["weighted_amount"]))
            for t in column["totals"]
        }
        want = {
            currency: (int(v[0]), v[1], v[2])
            for (sid, currency), v in expected.items()
            if sid == stage_id
        }
        assert got == want, column["stage"]["name"]
        assert column["count"] == sum(v[0] for v in want.values())
        if column["totals"]:
            assert column["totals"][0]["currency"] == "INR"


async def test_board_shows_first_cards_and_a_cursor_into_the_list(
    client: AsyncClient, world: World, session: AsyncSession
):
    pipeline = await default_pipeline(session)
    potential = pipeline.stages[0]
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    deals = [
        await create_opportunity(
            session,
            owner=world.engineer,
            customer=customer,
            stage=potential,
            expected_close_date=date(2027, 2, 1) + timedelta(days=n),
        )
        for n in range(5)
    ]
    await session.commit()
    board = (await client.get(URL, params={"cards": 2}, headers=auth(world.engineer))).json()
    column = board["columns"][0]
    assert column["count"] == 5
    assert [c["id"] for c in column["cards"]] == [str(deals[0].id), str(deals[1].id)]
    assert column["cards"][0]["customer_name"] == customer.name
    assert all(not c["cards"] and c["next_cursor"] is None for c in board["columns"][1:])
    rest = await client.get(
        "/api/v1/opportunities",
        params={
            "stage_id": str(potential.id),
            "sort": "expected_close_date",
            "cursor": column["next_cursor"],
        },
        headers=auth(world.engineer),
    )
    assert [o["id"] for o in rest.json()["items"]] == [str(d.id) for d in deals[2:]]


async def test_board_is_scoped_and_filtered(
    client: AsyncClient, world: World, session: AsyncSession
):
    pipeline = await default_pipeline(session)
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await create_opportunity(session, owner=world.engineer, customer=mine, amount=Decimal("100.00"))
    await create_opportunity(session, owner=world.teammate, customer=mine, amount=Decimal("200.00"))
    await create_opportunity(
        session, owner=world.engineer_other_team, customer=theirs, amount=Decimal("400.00")
    )
    await session.commit()

    async def potential_total(user, **params: str) -> str | None:
        body = (await client.get(URL, params=params, headers=auth(user))).json()
        totals = body["columns"][0]["totals"]
        return totals[0]["amount"] if totals else None

    assert await potential_total(world.engineer) == "100.00"
    assert await potential_total(world.engineer, owner_id=str(world.engineer.id)) == "100.00"
    assert await potential_total(world.head) == "300.00"
    assert await potential_total(world.admin) == "700.00"
    assert await potential_total(world.admin, territory_id=str(world.south.id)) == "400.00"
    assert await potential_total(world.engineer_other_team) == "400.00"
    unknown = await client.get(
        URL, params={"pipeline_id": str(pipeline.stages[0].id)}, headers=auth(world.engineer)
    )
    assert unknown.status_code == 422


async def test_board_costs_the_same_statements_for_few_or_many_deals(
    client: AsyncClient, world: World, session: AsyncSession, count_statements
):
    pipeline = await default_pipeline(session)
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    await create_opportunity(session, owner=world.engineer, customer=customer)
    await session.commit()
    with count_statements() as few:
        await client.get(URL, headers=auth(world.engineer))
    for n in range(40):
        await create_opportunity(
            session,
            owner=world.engineer,
            customer=customer,
            stage=pipeline.stages[n % len(pipeline.stages)],
        )
    await session.commit()
    with count_statements() as many:
        answer = await client.get(URL, headers=auth(world.engineer))
    assert sum(c["count"] for c in answer.json()["columns"]) == 41
    assert many.n == few.n
    # Besides resolving the caller (cached per process when the app listens): the pipeline
    # with its stages, then the counts, sums and cards in one window query.
    board = [s for s in many.statements if "FROM users" not in s and "user_territories" not in s]
    assert len(board) == 2
    windows = [s for s in many.statements if "ROW_NUMBER()" in s.upper()]
    assert len(windows) == 1
