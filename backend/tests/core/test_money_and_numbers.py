"""Money and tax primitives: ISO 4217 currencies with their minor units, money only as
decimal strings, GST state codes on addresses, gapless numbers under concurrency."""

from __future__ import annotations

import asyncio
import random
from datetime import date
from decimal import Decimal

import pytest
from httpx import AsyncClient
from hypothesis import given
from hypothesis import strategies as st

from app.core.money import MINOR_UNITS, format_amount, round_amount
from app.core.numbering import fiscal_year_of, next_number
from tests.conftest import Live, World, auth


async def test_an_unknown_currency_is_refused(client: AsyncClient, world: World) -> None:
    answer = await client.post(
        "/api/v1/customers", json={"name": "Z", "currency": "ZZZ"}, headers=auth(world.engineer)
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "currency"]


@pytest.mark.parametrize("amount", [1250.5, 1250, True])
async def test_money_sent_as_a_json_number_is_refused(
    client: AsyncClient, world: World, amount: object
) -> None:
    answer = await client.post(
        "/api/v1/customers",
        json={"name": "Numbers", "credit_limit": amount},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    error = answer.json()["errors"][0]
    assert error["loc"] == ["body", "credit_limit"]
    assert "decimal string" in error["msg"]


@pytest.mark.parametrize(
    ("currency", "sent", "stored"),
    [("INR", "1000.005", "1000.01"), ("JPY", "1000.5", "1001"), ("KWD", "1.2345", "1.235")],
)
async def test_amounts_are_rounded_and_printed_at_their_currencys_minor_unit(
    client: AsyncClient, world: World, currency: str, sent: str, stored: str
) -> None:
    created = await client.post(
        "/api/v1/customers",
        json={"name": f"In {currency}", "currency": currency, "credit_limit": sent},
        headers=auth(world.engineer),
    )
    assert created.status_code == 201, created.text
    assert created.json()["credit_limit"] == stored
    read = await client.get(
        f"/api/v1/customers/{created.json()['id']}", headers=auth(world.engineer)
    )
    assert read.json()["credit_limit"] == stored


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False),
    st.sampled_from(sorted(MINOR_UNITS)),
)
def test_rounding_is_half_away_from_zero_at_the_minor_unit(value: Decimal, currency: str) -> None:
    rounded = round_amount(value, currency)
    step = Decimal(1).scaleb(-MINOR_UNITS[currency])
    assert abs(rounded - value) <= step / 2
    assert rounded == rounded.quantize(step)
    if abs(rounded - value) == step / 2:
        assert abs(rounded) > abs(value)  # a half goes away from zero
    assert Decimal(format_amount(rounded, currency)) == rounded


@pytest.mark.parametrize(
    ("sent", "code", "name"),
    [
        ({"state": "karnataka"}, "29", "Karnataka"),
        ({"state": "Orissa"}, "21", "Odisha"),
        ({"state_code": "07"}, "07", "Delhi"),
        ({"state": "Something", "state_code": "33"}, "33", "Tamil Nadu"),
    ],
)
async def test_indian_addresses_carry_the_gst_state_code(
    client: AsyncClient, world: World, sent: dict[str, str], code: str, name: str
) -> None:
    address = {"kind": "billing", "line1": "1 MG Road", "city": "Anywhere", **sent}
    created = await client.post(
        "/api/v1/customers",
        json={"name": "Stated", "addresses": [address]},
        headers=auth(world.engineer),
    )
    assert created.status_code == 201, created.text
    [stored] = created.json()["addresses"]
    assert (stored["state_code"], stored["state"]) == (code, name)


@pytest.mark.parametrize(
    ("sent", "field"),
    [
        ({"state": "Atlantis"}, "state"),
        ({"state_code": "99"}, "state_code"),
        ({"country": "AE", "state_code": "29"}, "state_code"),
    ],
)
async def test_an_unknown_state_is_refused_naming_the_field(
    client: AsyncClient, world: World, sent: dict[str, str], field: str
) -> None:
    address = {"kind": "billing", "line1": "1 Road", "city": "Somewhere", **sent}
    answer = await client.post(
        "/api/v1/customers",
        json={"name": "Nowhere", "addresses": [address]},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "addresses", 0, field]


def test_the_fiscal_year_starts_in_april_by_default() -> None:
    assert fiscal_year_of(date(2026, 11, 29)) == "2026-27"
    assert fiscal_year_of(date(2027, 3, 31)) == "2026-27"
    assert fiscal_year_of(date(2027, 4, 1)) == "2027-28"
    assert fiscal_year_of(date(2026, 11, 29), start_month=1) == "2026"


async def test_concurrent_documents_get_gapless_numbers_even_when_some_roll_back(
    live: Live,
) -> None:
    rng = random.Random(7)

    async def take_one(index: int) -> str | None:
        async with live.sessionmaker() as session:
            number = await next_number(session, "quote", prefix="Q", on=date(2026, 11, 29))
            await asyncio.sleep(rng.uniform(0, 0.02))
            if index % 3 == 0:
                await session.rollback()  # the document failed: its number returns
                return None
            await session.commit()
            return number

    taken = [n for n in await asyncio.gather(*(take_one(i) for i in range(20))) if n]
    numbers = sorted(int(n.rsplit("/", 1)[1]) for n in taken)
    assert numbers == list(range(1, len(taken) + 1))
    assert all(n.startswith("Q/2026-27/") for n in taken)
    async with live.sessionmaker() as session:
        nxt = await next_number(session, "quote", prefix="Q", on=date(2027, 4, 2))
        await session.commit()
    assert nxt == "Q/2027-28/00001"
