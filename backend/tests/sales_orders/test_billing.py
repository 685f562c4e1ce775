"""Billing an order through HTTP: a milestone's invoice (its share of every line, GST
per rate, to the paisa), delivered quantities, what the order records on issue, credit
and payment, the one-way billing rule, scoping and replays."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pricing import LineInput, price_document
from app.core.tax import TaxTreatment
from app.sales_orders import service as orders_service
from app.sales_orders.billing import milestone_taxables
from app.users.service import principal_for_user
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer

API = "/api/v1"


@pytest.fixture
async def order(client: AsyncClient, session: AsyncSession, world: World) -> dict[str, Any]:
    """A confirmed order of the engineer's (Karnataka: CGST + SGST) at 18 % and 5 %,
    billed one third on confirmation and two thirds on delivery."""
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, list_price="1000", name="Pump")
    valve = await create_product(session, tax_category=gst5, list_price="250.5", name="Valve")
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    customer.addresses[0].state_code = "29"
    await session.commit()
    lines = [
        {
            "product_id": str(pump.id),
            "quantity": "3",
            "unit_price": "999.99",
            "discount_percent": "7",
        },
        {"product_id": str(valve.id), "quantity": "7", "unit_price": "250.55"},
    ]
    made = await client.post(
        f"{API}/sales-orders",
        json={"customer_id": str(customer.id), "lines": lines},
        headers=auth(world.engineer),
    )
    assert made.status_code == 201, made.text
    body = made.json()
    total = Decimal(body["grand_total"])
    third = (total / 3).quantize(Decimal("0.01"))
    plan = [
        {"label": "Advance", "kind": "amount", "value": str(third), "trigger": "on_confirmation"},
        {
            "label": "Balance",
            "kind": "amount",
            "value": str(total - third),
            "trigger": "on_delivery",
        },
    ]
    url = f"{API}/sales-orders/{body['id']}"
    planned = await client.put(
        f"{url}/milestones",
        json={"milestones": plan},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert planned.status_code == 200, planned.text
    confirmed = await client.post(f"{url}/confirm", headers=auth(world.engineer))
    assert confirmed.status_code == 200, confirmed.text
    return {**confirmed.json(), "url": url, "customer": customer}


async def _get(client: AsyncClient, world: World, order: dict[str, Any]) -> dict[str, Any]:
    return (await client.get(order["url"], headers=auth(world.admin))).json()  # type: ignore[no-any-return]


async def _deliver(session: AsyncSession, world: World, order: dict[str, Any], *quantities: str):
    principal = await principal_for_user(session, world.engineer.id)
    assert principal is not None
    await orders_service.record_deliveries(
        session,
        principal,
        uuid.UUID(order["id"]),
        delivered={
            uuid.UUID(line["id"]): Decimal(q)
            for line, q in zip(order["lines"], quantities, strict=False)
        },
    )
    await session.commit()


async def test_a_milestones_invoice_bills_its_share_of_each_line_with_gst_per_rate(
    client: AsyncClient, world: World, order: dict[str, Any]
):
    advance = order["milestones"][0]
    answer = await client.post(
        f"{order['url']}/invoices", json={"milestone_id": advance["id"]}, headers=auth(world.head)
    )
    assert answer.status_code == 201, answer.text
    invoice = answer.json()
    assert invoice["status"] == "draft"
    assert invoice["grand_total"] == advance["planned_amount"]
    assert (invoice["source_document_id"], invoice["source_milestone_id"]) == (
        order["id"],
        advance["id"],
    )
    # One line per order line, each taxed at its own rate, CGST and SGST halves.
    assert [line["tax_rate"] for line in invoice["lines"]] == ["18", "5"]
    rates = {(row["name"], row["rate"]) for row in invoice["tax_breakdown"]}
    assert rates == {("CGST", "9"), ("SGST", "9"), ("CGST", "2.5"), ("SGST", "2.5")}
    assert all(line["hsn_sac_code"] for line in invoice["lines"])
    # A draft is not billed yet: the order records the invoice when it is issued.
    assert (await _get(client, world, order))["milestones"][0]["invoiced_amount"] == "0.00"
    issued = await client.post(
        f"{API}/invoices/{invoice['id']}/issue", json={}, headers=auth(world.head)
    )
    assert issued.status_code == 200, issued.text
    milestone = (await _get(client, world, order))["milestones"][0]
    assert milestone["invoiced_amount"] == advance["planned_amount"]
    again = await client.post(
        f"{order['url']}/invoices", json={"milestone_id": advance["id"]}, headers=auth(world.head)
    )
    assert (again.status_code, again.json()["code"]) == (409, "sales_orders.nothing_to_bill")

    # Part paid: collected on the milestone; a credit note of the rest takes it back.
    half = (Decimal(invoice["grand_total"]) / 2).quantize(Decimal("0.01"))
    paid = await client.post(
        f"{API}/payments",
        json={
            "customer_id": invoice["customer_id"],
            "payment_date": issued.json()["invoice_date"],
            "amount": str(half),
            "method": "upi",
            "allocations": [{"invoice_id": invoice["id"], "amount": str(half)}],
        },
        headers=auth(world.head),
    )
    assert paid.status_code == 201, paid.text
    milestone = (await _get(client, world, order))["milestones"][0]
    assert milestone["collected_amount"] == str(half)
    credit = await client.post(
        f"{API}/invoices/{invoice['id']}/credit-notes",
        json={"amount": str(Decimal(invoice["grand_total"]) - half), "reason": "Goodwill"},
        headers=auth(world.head),
    )
    assert credit.status_code == 201, credit.text
    milestone = (await _get(client, world, order))["milestones"][0]
    assert (milestone["invoiced_amount"], milestone["collected_amount"]) == (str(half), str(half))


async def test_a_discarded_draft_bills_nothing_and_a_second_draft_cannot_bill_twice(
    client: AsyncClient, world: World, order: dict[str, Any]
):
    advance = order["milestones"][0]
    url = f"{order['url']}/invoices"
    first = (
        await client.post(url, json={"milestone_id": advance["id"]}, headers=auth(world.head))
    ).json()
    second = (
        await client.post(url, json={"milestone_id": advance["id"]}, headers=auth(world.head))
    ).json()
    await client.post(f"{API}/invoices/{first['id']}/cancel", headers=auth(world.head))
    assert (await _get(client, world, order))["milestones"][0]["invoiced_amount"] == "0.00"
    third = (
        await client.post(url, json={"milestone_id": advance["id"]}, headers=auth(world.head))
    ).json()
    ok = await client.post(
        f"{API}/invoices/{second['id']}/issue", json={}, headers=auth(world.head)
    )
    assert ok.status_code == 200, ok.text
    twice = await client.post(
        f"{API}/invoices/{third['id']}/issue", json={}, headers=auth(world.head)
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "sales_orders.beyond_planned")
    # The refused issue took no number and left the draft a draft.
    draft = (await client.get(f"{API}/invoices/{third['id']}", headers=auth(world.head))).json()
    assert (draft["status"], draft["number"]) == ("draft", None)


async def test_delivered_quantities_are_billed_up_to_what_is_delivered(
    client: AsyncClient, session: AsyncSession, world: World, order: dict[str, Any]
):
    pump, valve = order["lines"]
    url = f"{order['url']}/invoices"

    def body(*items: tuple[dict[str, Any], str]) -> dict[str, Any]:
        return {"lines": [{"order_line_id": line["id"], "quantity": q} for line, q in items]}

    nothing_yet = await client.post(url, json=body((pump, "1")), headers=auth(world.head))
    assert nothing_yet.status_code == 422
    assert nothing_yet.json()["errors"][0]["loc"] == ["body", "lines", 0, "quantity"]
    await _deliver(session, world, order, "2", "7")
    too_many = await client.post(
        url, json=body((valve, "7"), (pump, "3")), headers=auth(world.head)
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["loc"] == ["body", "lines", 1, "quantity"]
    made = await client.post(url, json=body((pump, "2"), (valve, "5")), headers=auth(world.head))
    assert made.status_code == 201, made.text
    invoice = made.json()
    assert [line["unit_price"] for line in invoice["lines"]] == ["999.9900", "250.5500"]
    assert invoice["lines"][0]["discount_percent"] == "7"
    await client.post(f"{API}/invoices/{invoice['id']}/issue", json={}, headers=auth(world.head))
    lines = (await _get(client, world, order))["lines"]
    assert [line["quantity_invoiced"] for line in lines] == ["2", "5"]
    # Billed by quantities now: a milestone's invoice would bill the goods twice.
    mode = await client.post(
        url, json={"milestone_id": order["milestones"][0]["id"]}, headers=auth(world.head)
    )
    assert (mode.status_code, mode.json()["code"]) == (409, "sales_orders.billing_mode")
    # A credit note of one valve gives it back to be billed again.
    credit = await client.post(
        f"{API}/invoices/{invoice['id']}/credit-notes",
        json={
            "lines": [{"invoice_line_id": invoice["lines"][1]["id"], "quantity": "1"}],
            "reason": "Damaged",
        },
        headers=auth(world.head),
    )
    assert credit.status_code == 201, credit.text
    lines = (await _get(client, world, order))["lines"]
    assert [line["quantity_invoiced"] for line in lines] == ["2", "4"]


async def test_billing_is_for_heads_and_admins_who_see_the_order(
    client: AsyncClient, world: World, order: dict[str, Any]
):
    body = {"milestone_id": order["milestones"][0]["id"]}
    url = f"{order['url']}/invoices"
    engineer = await client.post(url, json=body, headers=auth(world.engineer))
    assert (engineer.status_code, engineer.json()["code"]) == (403, "auth.missing_permission")
    stranger = await client.post(url, json=body, headers=auth(world.other_head))
    assert (stranger.status_code, stranger.json()["code"]) == (404, "sales_orders.not_found")
    both = await client.post(
        url,
        json={**body, "lines": [{"order_line_id": order["lines"][0]["id"], "quantity": "1"}]},
        headers=auth(world.head),
    )
    assert both.status_code == 422
    other = await client.post(
        url, json={"milestone_id": str(uuid.uuid4())}, headers=auth(world.head)
    )
    assert other.status_code == 422 and other.json()["errors"][0]["loc"] == ["body", "milestone_id"]


async def test_a_replay_answers_the_same_invoice(
    client: AsyncClient, world: World, order: dict[str, Any]
):
    url = f"{order['url']}/invoices"
    body = {"milestone_id": order["milestones"][0]["id"], "id": str(uuid.uuid4())}
    first = await client.post(url, json=body, headers=auth(world.head))
    again = await client.post(url, json=body, headers=auth(world.head))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"] == body["id"]
    keyed = {**auth(world.head), "Idempotency-Key": "bill-advance-1"}
    plain = {"milestone_id": order["milestones"][1]["id"]}
    one = await client.post(url, json=plain, headers=keyed)
    two = await client.post(url, json=plain, headers=keyed)
    assert one.status_code == 201 and two.json()["id"] == one.json()["id"]
    listed = await client.get(
        f"{API}/invoices",
        params={"customer_id": str(order["customer"].id)},
        headers=auth(world.head),
    )
    assert len(listed.json()["items"]) == 2


@pytest.mark.parametrize("supply", ["29", "07"])
def test_a_milestones_lines_add_up_to_its_amount_to_the_paisa(supply: str):
    """Over many amounts and two supplies, the invoice adds up to the amount asked (or,
    where GST rounding skips that total, to at most a few paisa below it)."""

    class Line:
        def __init__(self, taxable: str, rate: str) -> None:
            self.taxable_amount, self.tax_rate = Decimal(taxable), Decimal(rate)
            self.tax_treatment = TaxTreatment.TAXABLE.value

    lines = [Line("2789.97", "18"), Line("1753.85", "5"), Line("0.07", "28")]
    grand_total = Decimal("5133.77")
    exact = 0
    for cents in range(1, 513377, 997):
        amount = Decimal(cents) / 100
        taxables = milestone_taxables(
            lines,
            amount=amount,
            grand_total=grand_total,
            currency="INR",
            company_state="29",
            place_of_supply=supply,
        )
        total = price_document(
            [
                LineInput(Decimal(1), t, Decimal(0), TaxTreatment.TAXABLE, line.tax_rate)
                for line, t in zip(lines, taxables, strict=True)
            ],
            currency="INR",
            company_state="29",
            place_of_supply=supply,
        ).grand_total
        assert amount - Decimal("0.03") <= total <= amount, (amount, total)
        exact += total == amount
    assert exact >= 500
