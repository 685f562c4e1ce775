"""The paid revenue report through HTTP: money applied to invoices per seller, with its
untaxed part, recomputed from the invoices and payments; each invoice counted once;
scoped like every report (an engineer: their own sales); CSV; a split that does not
apply is refused."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_today
from app.customers.models import Customer
from tests.conftest import World, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.support.files import read_csv

API = "/api/v1"
URL = f"{API}/reports/paid-revenue"
CENT = Decimal("0.01")


async def _issued_invoice(
    client: AsyncClient, world: World, customer: Customer, product_id: str, price: str
) -> dict[str, Any]:
    made = await client.post(
        f"{API}/invoices",
        json={
            "customer_id": str(customer.id),
            "lines": [{"product_id": product_id, "quantity": "3", "unit_price": price}],
        },
        headers=auth(world.admin),
    )
    assert made.status_code == 201, made.text
    issued = await client.post(
        f"{API}/invoices/{made.json()['id']}/issue",
        json={"invoice_date": company_today().isoformat()},
        headers=auth(world.admin),
    )
    assert issued.status_code == 200, issued.text
    return issued.json()  # type: ignore[no-any-return]


async def _pay(
    client: AsyncClient, world: World, customer: Customer, invoice: dict[str, Any], amount: str
) -> None:
    paid = await client.post(
        f"{API}/payments",
        json={
            "customer_id": str(customer.id),
            "payment_date": company_today().isoformat(),
            "amount": amount,
            "method": "bank_transfer",
            "allocations": [{"invoice_id": invoice["id"], "amount": amount}],
        },
        headers=auth(world.admin),  # accounts record what the bank received
    )
    assert paid.status_code == 201, paid.text


def _net(amount: Decimal, invoice: dict[str, Any]) -> Decimal:
    share = Decimal(invoice["taxable_total"]) / Decimal(invoice["grand_total"])
    return amount * share


async def test_money_collected_per_seller_equals_the_payments(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    product = await create_product(session, list_price="1000")
    mine = await create_customer(session, owner=world.engineer, territory=world.north)
    mates = await create_customer(session, owner=world.teammate, territory=world.north)
    theirs = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    first = await _issued_invoice(client, world, mine, str(product.id), "1234.57")
    second = await _issued_invoice(client, world, mine, str(product.id), "999.99")
    mate = await _issued_invoice(client, world, mates, str(product.id), "500")
    other = await _issued_invoice(client, world, theirs, str(product.id), "700")
    # The first invoice is paid in two instalments, the second in part.
    payments = [
        (mine, first, "1000.00"),
        (mine, first, "500.50"),
        (mine, second, "250.25"),
        (mates, mate, "100.00"),
        (theirs, other, "300.00"),
    ]
    for customer, invoice, amount in payments:
        await _pay(client, world, customer, invoice, amount)

    def expected(*invoices: dict[str, Any]) -> tuple[Decimal, Decimal]:
        ids = {i["id"] for i in invoices}
        chosen = [(inv, Decimal(a)) for _, inv, a in payments if inv["id"] in ids]
        gross = sum((a for _, a in chosen), Decimal(0))
        net = sum((_net(a, inv) for inv, a in chosen), Decimal(0))
        return gross, net.quantize(CENT, rounding=ROUND_HALF_UP)

    answer = await client.get(URL, params={"dimension": "engineer"}, headers=auth(world.head))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    totals = {t["label"]: t for t in report["totals"]}
    assert set(totals) == {world.engineer.full_name, world.teammate.full_name}  # the team only
    own = totals[world.engineer.full_name]
    gross, net = expected(first, second)
    assert (Decimal(own["collected"]), Decimal(own["collected_net"])) == (gross, net)
    assert own["invoices"] == 2  # the first invoice paid twice counts once
    assert own["currency"] == "INR"
    [period] = [p for p in report["periods"] if p["label"] == world.engineer.full_name]
    assert period["period_start"] == company_today().replace(day=1).isoformat()
    assert period["period_end"] == company_today().isoformat()  # the window ends today
    assert Decimal(period["collected"]) == gross

    engineer = await client.get(URL, params={"dimension": "engineer"}, headers=auth(world.engineer))
    assert [t["label"] for t in engineer.json()["totals"]] == [world.engineer.full_name]

    everyone = await client.get(URL, headers=auth(world.admin))
    [whole] = everyone.json()["totals"]
    gross, net = expected(first, second, mate, other)
    assert (Decimal(whole["collected"]), Decimal(whole["collected_net"])) == (gross, net)
    assert whole["invoices"] == 4 and whole["key"] is None

    south = await client.get(
        URL, params={"territory_id": str(world.south.id)}, headers=auth(world.admin)
    )
    [only] = south.json()["totals"]
    assert Decimal(only["collected"]) == Decimal("300.00")

    csv = await client.get(
        URL, params={"dimension": "engineer", "format": "csv"}, headers=auth(world.engineer)
    )
    assert csv.status_code == 200
    rows = read_csv(csv.content)
    assert {r["label"] for r in rows} == {world.engineer.full_name}
    assert {Decimal(r["collected"]) for r in rows} == {expected(first, second)[0]}


async def test_a_split_or_filter_that_does_not_apply_is_refused(
    client: AsyncClient, world: World
) -> None:
    for params, field in (
        ({"dimension": "product_group"}, "dimension"),
        ({"product_group_id": str(world.north.id)}, "product_group_id"),
    ):
        answer = await client.get(URL, params=params, headers=auth(world.head))
        assert answer.status_code == 422, answer.text
        assert answer.json()["errors"][0]["loc"][-1] == field
