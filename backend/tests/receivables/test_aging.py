"""Receivables aging through HTTP: the buckets at their boundaries, credit, as-of,
scoping and filters, one SQL statement; the credit check's exposure."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tax import TaxTreatment
from app.receivables import service as receivables
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice, create_payment

URL = "/api/v1/receivables/aging"
AS_OF = date(2026, 10, 1)
# Days past due -> the bucket it falls in; each invoice's amount is 100 x its position.
DAYS = [
    (0, "current"),
    (1, "days_1_30"),
    (30, "days_1_30"),
    (31, "days_31_60"),
    (60, "days_31_60"),
    (61, "days_61_90"),
    (90, "days_61_90"),
    (91, "over_90"),
]


async def _book(session: AsyncSession, world: World, owner: Any, territory: Any) -> Any:
    """A customer with an invoice due ``days`` before AS_OF for each row of DAYS, one
    dated after AS_OF, and payments before and after it."""
    customer = await create_customer(session, owner=owner, territory=territory)
    exempt = await create_tax_category(session, rate="0", treatment=TaxTreatment.EXEMPT)
    product = await create_product(session, tax_category=exempt)
    made = []
    for position, (days, _) in enumerate(DAYS, start=1):
        made.append(
            await create_invoice(
                session,
                by=world.admin,
                customer=customer,
                lines=[(product, "1", str(100 * position), "0")],
                issued_on=AS_OF - timedelta(days=days),
                payment_terms_days=0,
            )
        )
    await create_invoice(
        session,
        by=world.admin,
        customer=customer,
        lines=[(product, "1", "5000", "0")],
        issued_on=AS_OF + timedelta(days=1),
        payment_terms_days=0,
    )
    # 150 received before AS_OF: 100 to the 91-day invoice, 50 left as credit.
    await create_payment(
        session,
        by=world.admin,
        customer=customer,
        amount="150",
        paid_on=AS_OF - timedelta(days=5),
        allocations=[(made[-1], "100")],
    )
    await create_payment(
        session, by=world.admin, customer=customer, amount="999", paid_on=AS_OF + timedelta(days=3)
    )
    await session.commit()
    return customer


async def test_open_invoices_fall_in_their_buckets_at_the_boundaries(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _book(session, world, world.engineer, world.north)
    answer = await client.get(
        URL,
        params={"as_of": AS_OF.isoformat(), "customer_id": str(customer.id)},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert report["as_of"] == "2026-10-01"
    [row] = report["rows"]
    assert (row["customer_id"], row["customer_name"], row["currency"]) == (
        str(customer.id),
        customer.name,
        "INR",
    )
    assert {k: row[k] for k in ("current", "days_1_30", "days_31_60", "days_61_90", "over_90")} == {
        "current": "100.00",  # 0 days: due today
        "days_1_30": "500.00",  # 1 and 30 days
        "days_31_60": "900.00",  # 31 and 60
        "days_61_90": "1300.00",  # 61 and 90
        "over_90": "700.00",  # 91 days: 800 less the 100 paid
    }
    assert (row["overdue_total"], row["total_open"]) == ("3400.00", "3500.00")
    assert (row["unallocated_credit"], row["net_balance"]) == ("50.00", "3450.00")
    assert report["totals"] == [
        {k: v for k, v in row.items() if k not in ("customer_id", "customer_name")}
    ]


async def test_each_boundary_moves_one_day_later(
    client: AsyncClient, session: AsyncSession, world: World
):
    """A day later every invoice is a day older: 0 -> 1-30, 30 -> 31-60, 60 -> 61-90,
    90 -> over 90."""
    customer = await _book(session, world, world.engineer, world.north)
    answer = await client.get(
        URL,
        params={"as_of": (AS_OF + timedelta(days=1)).isoformat(), "customer_id": str(customer.id)},
        headers=auth(world.engineer),
    )
    [row] = answer.json()["rows"]
    # The invoice dated AS_OF + 1 (5000) is now in and current.
    assert {k: row[k] for k in ("current", "days_1_30", "days_31_60", "days_61_90", "over_90")} == {
        "current": "5000.00",
        "days_1_30": "300.00",  # 0 -> 1 day (100), 1 -> 2 days (200); 30 -> 31 leaves
        "days_31_60": "700.00",  # 30 -> 31 (300), 31 -> 32 (400); 60 -> 61 leaves
        "days_61_90": "1100.00",  # 60 -> 61 (500), 61 -> 62 (600), 90 -> 91 leaves
        "over_90": "1400.00",  # 90 -> 91 (700) and 91 -> 92 (700 open)
    }


async def test_aging_is_scoped_like_customers_and_filtered(
    client: AsyncClient, session: AsyncSession, world: World, west: Any
):
    own = await _book(session, world, world.engineer, world.north)
    teammates = await _book(session, world, world.teammate, None)
    foreign = await _book(session, world, world.engineer_other_team, world.south)
    params = {"as_of": AS_OF.isoformat()}

    async def customers_seen(user: Any, **extra: str) -> set[str]:
        answer = await client.get(URL, params={**params, **extra}, headers=auth(user))
        assert answer.status_code == 200, answer.text
        return {row["customer_id"] for row in answer.json()["rows"]}

    ids = {c: str(c.id) for c in (own, teammates, foreign)}
    assert await customers_seen(world.engineer) == {ids[own]}
    assert await customers_seen(world.head) == {ids[own], ids[teammates]}
    assert await customers_seen(world.admin) == set(ids.values())
    assert await customers_seen(world.admin, territory_id=str(world.south.id)) == {ids[foreign]}
    assert await customers_seen(world.admin, customer_id=ids[own]) == {ids[own]}
    assert await customers_seen(world.engineer, customer_id=ids[foreign]) == set()
    mine = await client.get(
        f"/api/v1/customers/{own.id}/receivables", params=params, headers=auth(world.engineer)
    )
    assert mine.status_code == 200, mine.text
    assert mine.json()["by_currency"][0]["net_balance"] == "3450.00"
    # Today every invoice is in (the 5000 dated after AS_OF too) and both payments.
    assert (mine.json()["credit_limit"], mine.json()["open_exposure"]) == ("500000.00", "7451.00")
    hidden = await client.get(
        f"/api/v1/customers/{foreign.id}/receivables", params=params, headers=auth(world.engineer)
    )
    assert hidden.status_code == 404


async def test_aging_is_one_statement_however_many_customers(
    client: AsyncClient, session: AsyncSession, world: World, count_statements
):
    await _book(session, world, world.engineer, world.north)
    with count_statements() as few:
        await client.get(URL, headers=auth(world.admin))
    await _book(session, world, world.engineer, world.north)
    await _book(session, world, world.teammate, world.north)
    with count_statements() as many:
        answer = await client.get(URL, headers=auth(world.admin))
    assert len(answer.json()["rows"]) == 3
    assert many.n == few.n
    # The caller's look-up aside, the report is one statement over both tables.
    reading = [s for s in many.statements if "invoices" in s or "payments" in s]
    assert len(reading) == 1 and "invoices" in reading[0] and "payments" in reading[0]


async def test_open_exposure_is_open_invoices_less_unallocated_credit(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _book(session, world, world.engineer, world.north)
    # Today: every invoice counts (5000 included), and both payments' credit (50 + 999).
    exposure = await receivables.open_exposure(session, customer.id)
    assert exposure == Decimal("3500.00") + Decimal("5000.00") - Decimal("50") - Decimal("999")


async def test_as_of_must_be_a_calendar_date(client: AsyncClient, world: World) -> None:
    """`as_of=0` is not a date (pydantic would read it as 1 January 1970): a 422 naming
    the parameter, on the report and on a customer's summary alike."""
    for url in (URL, "/api/v1/customers/0190a000-0000-7000-8000-000000000001/receivables"):
        for value in ("0", "20261129", "1.5"):
            answer = await client.get(url, params={"as_of": value}, headers=auth(world.admin))
            assert answer.status_code == 422, (url, value, answer.text)
            assert answer.json()["errors"][0]["loc"] == ["query", "as_of"]
