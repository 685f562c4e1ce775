"""The spine through HTTP, as a sales team lives it: a lead becomes a deal, the deal a
quote whose discount a head approves, the accepted quote an order billed 30 % on
confirmation and 70 % on delivery, each invoice paid, and the receivables aging empty
at the end. The delivery is recorded through ``sales_orders.service.record_deliveries``
(what the deliveries domain calls)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.sales_orders import service as sales_orders
from app.users.service import principal_for_user
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category

API = "/api/v1"


async def _ok(answer: Any, status: int = 200) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def _aging(client: AsyncClient, world: World, customer_id: str) -> dict[str, Any]:
    return await _ok(
        await client.get(
            f"{API}/receivables/aging",
            params={"customer_id": customer_id},
            headers=auth(world.head),
        )
    )


async def _pay(
    client: AsyncClient, world: World, customer_id: str, invoice: dict[str, Any]
) -> dict[str, Any]:
    return await _ok(
        await client.post(
            f"{API}/payments",
            json={
                "customer_id": customer_id,
                "payment_date": invoice["invoice_date"],
                "amount": invoice["grand_total"],
                "method": "bank_transfer",
                "reference": f"UTR {invoice['number']}",
                "allocations": [{"invoice_id": invoice["id"], "amount": invoice["grand_total"]}],
            },
            headers=auth(world.head),
        ),
        201,
    )


async def test_a_lead_becomes_cash(client: AsyncClient, session: AsyncSession, world: World):
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, list_price="1000", name="Pump")
    valve = await create_product(session, tax_category=gst5, list_price="250.5", name="Valve")
    await session.commit()
    engineer, head = auth(world.engineer), auth(world.head)

    # A lead, converted into a customer and a deal.
    lead = await _ok(
        await client.post(
            f"{API}/leads",
            json={"company_name": "Kaveri Irrigation", "person_name": "Asha", "source": "web"},
            headers=engineer,
        ),
        201,
    )
    converted = await _ok(
        await client.post(f"{API}/leads/{lead['id']}/convert", json={}, headers=engineer), 201
    )
    customer_id, deal = converted["customer_id"], converted["opportunity"]

    # A quote with a discount above the engineer's limit waits for the head.
    quote = await _ok(
        await client.post(
            f"{API}/quotes",
            json={
                "customer_id": customer_id,
                "opportunity_id": deal["id"],
                "lines": [
                    {
                        "product_id": str(pump.id),
                        "quantity": "3",
                        "unit_price": "1000",
                        "discount_percent": "15",
                    },
                    {"product_id": str(valve.id), "quantity": "4", "unit_price": "250.5"},
                ],
            },
            headers=engineer,
        ),
        201,
    )
    submitted = await _ok(await client.post(f"{API}/quotes/{quote['id']}/submit", headers=engineer))
    assert submitted["status"] == "pending_approval"
    refused = await client.post(f"{API}/quotes/{quote['id']}/send", headers=engineer)
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")
    approved = await _ok(
        await client.post(
            f"{API}/quotes/{quote['id']}/approve", json={"comment": "Anchor account"}, headers=head
        )
    )
    assert approved["status"] == "approved"
    await _ok(await client.post(f"{API}/quotes/{quote['id']}/send", headers=engineer))
    accepted = await _ok(
        await client.post(f"{API}/quotes/{quote['id']}/accept", json={}, headers=engineer)
    )
    assert accepted["status"] == "accepted"

    # Its order, at the quote's prices, billed 30 % on confirmation, 70 % on delivery.
    orders = await _ok(
        await client.get(f"{API}/sales-orders", params={"quote_id": quote["id"]}, headers=engineer)
    )
    (summary,) = orders["items"]
    order_url = f"{API}/sales-orders/{summary['id']}"
    order = await _ok(await client.get(order_url, headers=engineer))
    assert order["grand_total"] == accepted["grand_total"]
    grand_total = Decimal(order["grand_total"])
    order = await _ok(
        await client.put(
            f"{order_url}/milestones",
            json={
                "milestones": [
                    {
                        "label": "Advance",
                        "kind": "percent",
                        "value": "30",
                        "trigger": "on_confirmation",
                    },
                    {
                        "label": "On delivery",
                        "kind": "percent",
                        "value": "70",
                        "trigger": "on_delivery",
                    },
                ]
            },
            headers={**engineer, "If-Match": "*"},
        )
    )
    advance, balance = order["milestones"]
    assert Decimal(advance["planned_amount"]) + Decimal(balance["planned_amount"]) == grand_total
    order = await _ok(await client.post(f"{order_url}/confirm", headers=engineer))
    assert order["status"] == "confirmed"
    deal_now = await _ok(await client.get(f"{API}/opportunities/{deal['id']}", headers=engineer))
    assert deal_now["status"] == "won"

    # The advance: invoiced, issued, paid, and seen in the aging until paid.
    draft = await _ok(
        await client.post(
            f"{order_url}/invoices", json={"milestone_id": advance["id"]}, headers=head
        ),
        201,
    )
    assert draft["grand_total"] == advance["planned_amount"]
    first = await _ok(
        await client.post(f"{API}/invoices/{draft['id']}/issue", json={}, headers=head)
    )
    order = await _ok(await client.get(order_url, headers=engineer))
    assert order["milestones"][0]["invoiced_amount"] == advance["planned_amount"]
    aging = await _aging(client, world, customer_id)
    assert aging["rows"][0]["total_open"] == advance["planned_amount"]
    await _pay(client, world, customer_id, first)
    order = await _ok(await client.get(order_url, headers=engineer))
    assert [m["collected_amount"] for m in order["milestones"]] == [
        advance["planned_amount"],
        "0.00",
    ]
    aging = await _aging(client, world, customer_id)
    assert [row["total_open"] for row in aging["rows"]] in ([], ["0.00"])

    # Delivered in full (the deliveries domain's call), then the balance billed and paid.
    principal = await principal_for_user(session, world.engineer.id)
    assert principal is not None
    await sales_orders.record_deliveries(
        session,
        principal,
        uuid.UUID(order["id"]),
        delivered={uuid.UUID(line["id"]): Decimal(line["quantity"]) for line in order["lines"]},
    )
    await session.commit()
    order = await _ok(await client.get(order_url, headers=engineer))
    assert order["status"] == "delivered"
    draft = await _ok(
        await client.post(
            f"{order_url}/invoices", json={"milestone_id": balance["id"]}, headers=head
        ),
        201,
    )
    assert draft["grand_total"] == balance["planned_amount"]
    second = await _ok(
        await client.post(f"{API}/invoices/{draft['id']}/issue", json={}, headers=head)
    )
    aging = await _aging(client, world, customer_id)
    assert aging["rows"][0]["total_open"] == balance["planned_amount"]
    await _pay(client, world, customer_id, second)

    order = await _ok(await client.get(order_url, headers=engineer))
    assert [
        (m["planned_amount"], m["invoiced_amount"], m["collected_amount"])
        for m in order["milestones"]
    ] == [
        (advance["planned_amount"],) * 3,
        (balance["planned_amount"],) * 3,
    ]
    aging = await _aging(client, world, customer_id)
    assert all(row["total_open"] == "0.00" for row in aging["rows"])
    assert all(total["total_open"] == "0.00" for total in aging["totals"])
