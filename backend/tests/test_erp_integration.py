"""An ERP integrated end to end (issue 14, "done when"): an admin issues the ERP a key;
the ERP upserts 500 customers and 60 products by its own ids twice (the second run
changes nothing: no event, no version); a webhook on order events reaches a receiver of
the test's own, signed, when a person confirms an order on the web; while the receiver
fails, deliveries are retried and none is lost, each order's in order; and the ERP
exports invoices incrementally from the change feed with its key."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from standardwebhooks.webhooks import Webhook as StandardWebhook

from app.core.clock import utcnow
from app.core.config import get_settings
from app.core.events import DomainEvent
from app.webhooks import dispatch
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_tax_category
from tests.factories.webhooks import create_webhook
from tests.support.erp import (
    CUSTOMERS,
    PRODUCTS,
    RateLimitClock,
    customer_id_of,
    product_id_of,
    put_all,
    rate_limit_clock,
    send,
    synced_state,
)
from tests.support.receiver import Answer, Received, Receiver
from tests.webhooks.conftest import Clock, deliver

API = "/api/v1"
ORDER_EVENTS = ["sales_order.confirmed", "sales_order.invoiced"]


async def _ok(answer: Any, status: int = 200) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def _draft_order(
    client: AsyncClient, world: World, erp_customer: int, erp_product: int
) -> str:
    """A draft order the engineer makes on the web for a customer and product the ERP
    synced (found by the ERP's ids), billed in full on confirmation."""
    engineer = auth(world.engineer)
    customer = await _ok(
        await client.get(
            f"{API}/customers/by-external-id/{customer_id_of(erp_customer)}", headers=engineer
        )
    )
    product = await _ok(
        await client.get(
            f"{API}/products/by-external-id/{product_id_of(erp_product)}", headers=engineer
        )
    )
    order = await _ok(
        await client.post(
            f"{API}/sales-orders",
            json={
                "customer_id": customer["id"],
                "lines": [{"product_id": product["id"], "quantity": "2"}],
                "milestones": [
                    {
                        "label": "Advance",
                        "kind": "percent",
                        "value": "100",
                        "trigger": "on_confirmation",
                    }
                ],
            },
            headers=engineer,
        ),
        201,
    )
    return str(order["id"])


async def _confirm(client: AsyncClient, world: World, order_id: str) -> None:
    confirmed = await _ok(
        await client.post(f"{API}/sales-orders/{order_id}/confirm", headers=auth(world.engineer))
    )
    assert confirmed["status"] == "confirmed"


async def _bill(client: AsyncClient, world: World, order_id: str) -> dict[str, Any]:
    """The head invoices the order's milestone and issues the invoice."""
    order = await _ok(await client.get(f"{API}/sales-orders/{order_id}", headers=auth(world.head)))
    draft = await _ok(
        await client.post(
            f"{API}/sales-orders/{order_id}/invoices",
            json={"milestone_id": order["milestones"][0]["id"]},
            headers=auth(world.head),
        ),
        201,
    )
    return await _ok(
        await client.post(f"{API}/invoices/{draft['id']}/issue", json={}, headers=auth(world.head))
    )


async def _pull(
    client: AsyncClient, pacing: RateLimitClock, key: dict[str, str], since: str
) -> tuple[list[dict[str, Any]], str]:
    """The ERP's incremental export: every invoice changed since ``since``, and the cursor
    to store for next time."""
    changes: list[dict[str, Any]] = []
    while True:
        page = await _ok(
            await send(
                client,
                pacing,
                "GET",
                f"{API}/sync/changes",
                params={"since": since, "entity": "invoices"},
                headers=key,
            )
        )
        changes += page["changes"]
        since = page["next_cursor"]
        if not page["has_more"]:
            return changes, since


async def test_an_erp_syncs_master_data_hears_of_orders_and_exports_invoices(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
):
    pacing = rate_limit_clock(monkeypatch)
    webhook_clock = Clock(utcnow())
    monkeypatch.setattr(dispatch, "utcnow", lambda: webhook_clock.now)
    # The receiver listens on 127.0.0.1: allowed as an operator allows one inside the
    # company's network (webhooks reach public addresses only by default).
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", True)
    await create_tax_category(session, code="GST18")
    await session.commit()

    # The admin issues the ERP its key: it writes customers and products (the two
    # scopes of the sync) and reads the invoices it exports.
    made = await client.post(
        f"{API}/api-keys",
        json={"name": "SAP sync", "scopes": ["customers:write", "products:write", "invoices:read"]},
        headers=auth(world.admin),
    )
    key = {"X-API-Key": (await _ok(made, 201))["key"]}
    owners = [world.engineer.email, world.teammate.email, world.engineer_other_team.email]

    # 1. Master data by the ERP's ids, twice: the second run changes nothing.
    assert await put_all(client, pacing, key, owners) == ["created"] * (PRODUCTS + CUSTOMERS)
    synced = await synced_state(session)
    assert await put_all(client, pacing, key, owners) == ["unchanged"] * (PRODUCTS + CUSTOMERS)
    assert await synced_state(session) == synced  # no event, every version as it was

    # The ERP's export of invoices starts from the feed's position now.
    start = await _ok(await send(client, pacing, "GET", f"{API}/sync/cursor", headers=key))

    with Receiver().running() as receiver:
        webhook, secret = await create_webhook(
            session, by=world.admin, url=receiver.url, event_types=ORDER_EVENTS
        )
        outage = False
        answered: list[tuple[str, int]] = []  # (webhook-id, status), as the receiver answered

        def answer(request: Received) -> Answer:
            status = 503 if outage else 204
            answered.append((request.headers["webhook-id"], status))
            return Answer(status)

        receiver.answer = answer

        # 2. An engineer confirms an order on the web: the ERP hears of it, signed.
        # (Customers 0, 3 and 6 are the engineer's: the ERP named them as owner.)
        first, second, third = [await _draft_order(client, world, n, n // 3 + 1) for n in (0, 3, 6)]
        await _confirm(client, world, first)
        assert await deliver(sessionmaker) == 1
        [request] = receiver.received
        payload = StandardWebhook(secret).verify(request.body, request.headers)
        assert payload["type"] == "sales_order.confirmed"
        assert payload["data"]["id"] == first and payload["data"]["after"]["status"] == "confirmed"
        assert payload["data"]["actor"]["kind"] == "user"
        assert payload["data"]["actor"]["id"] == str(world.engineer.id)

        # 3. The receiver fails for a while; orders go on meanwhile.
        outage = True
        await _confirm(client, world, second)
        await _confirm(client, world, third)
        invoices = {
            first: await _bill(client, world, first),
            second: await _bill(client, world, second),
        }
        for _ in range(3):
            # Each order's first waiting delivery is tried (the second's invoicing waits
            # behind its confirmation), fails, and is retried after its back-off.
            assert await deliver(sessionmaker) == 3
            webhook_clock.advance(hours=1)
        log = await _ok(
            await client.get(f"{API}/webhooks/{webhook.id}/deliveries", headers=auth(world.admin))
        )
        assert sorted((d["status"], d["attempt_count"]) for d in log["items"]) == [
            ("pending", 0),
            ("pending", 3),
            ("pending", 3),
            ("pending", 3),
            ("succeeded", 1),
        ]

        # It is back: everything waiting arrives.
        outage = False
        for _ in range(5):
            if not await deliver(sessionmaker):
                break
        log = await _ok(
            await client.get(f"{API}/webhooks/{webhook.id}/deliveries", headers=auth(world.admin))
        )
        assert {d["status"] for d in log["items"]} == {"succeeded"}

        events = (
            await session.execute(
                select(DomainEvent.id, DomainEvent.entity_id, DomainEvent.type)
                .where(DomainEvent.type.in_(ORDER_EVENTS))
                .order_by(DomainEvent.txid, DomainEvent.seq)
            )
        ).all()
        assert [(str(e.entity_id), e.type) for e in events] == [
            (first, "sales_order.confirmed"),
            (second, "sales_order.confirmed"),
            (third, "sales_order.confirmed"),
            (first, "sales_order.invoiced"),
            (second, "sales_order.invoiced"),
        ]
        # None lost, none taken twice: each event answered 2xx exactly once.
        taken = [webhook_id for webhook_id, status in answered if status == 204]
        assert sorted(taken) == sorted(str(e.id) for e in events)
        # In order per order: no event of an order was sent before the one before it
        # was taken (the failed attempts included), whatever the other orders did.
        position = {str(e.id): index for index, e in enumerate(events)}
        order_of = {str(e.id): str(e.entity_id) for e in events}
        sent: dict[str, list[int]] = defaultdict(list)
        for webhook_id, _ in answered:
            sent[order_of[webhook_id]].append(position[webhook_id])
        assert all(positions == sorted(positions) for positions in sent.values())
        assert len(sent[second]) == 5  # three failed tries, then its two events
        # Every attempt is signed, a retry with the event's own id and body.
        for received in receiver.received:
            verified = StandardWebhook(secret).verify(received.body, received.headers)
            assert verified["id"] == received.headers["webhook-id"]

    # 4. The ERP exports invoices incrementally with its key.
    changes, cursor = await _pull(client, pacing, key, start["cursor"])
    assert {c["id"] for c in changes} == {invoice["id"] for invoice in invoices.values()}
    for change in changes:
        assert change["entity"] == "invoices" and change["op"] == "upsert"
        current = await _ok(
            await send(client, pacing, "GET", f"{API}/invoices/{change['id']}", headers=key)
        )
        assert change["data"] == current and current["status"] == "issued"
    assert (await _pull(client, pacing, key, cursor))[0] == []  # nothing new

    paid = invoices[first]
    await _ok(
        await client.post(
            f"{API}/payments",
            json={
                "customer_id": paid["customer_id"],
                "amount": paid["grand_total"],
                "method": "bank_transfer",
                "reference": f"UTR {paid['number']}",
                "allocations": [{"invoice_id": paid["id"], "amount": paid["grand_total"]}],
            },
            headers=auth(world.head),
        ),
        201,
    )
    changes, cursor = await _pull(client, pacing, key, cursor)
    assert [(c["id"], c["data"]["status"]) for c in changes] == [(paid["id"], "paid")]
    assert changes[0]["version"] > paid["version"]
    assert (await _pull(client, pacing, key, cursor))[0] == []

    # The sync's two scopes alone do not read invoices.
    _, writer = await create_api_key(
        session, by=world.admin, scopes=["customers:write", "products:write"]
    )
    refused = await client.get(
        f"{API}/sync/changes", params={"entity": "invoices"}, headers=key_auth(writer)
    )
    assert refused.status_code == 403 and refused.json()["code"] == "auth.missing_scope"
