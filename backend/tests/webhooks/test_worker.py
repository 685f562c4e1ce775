"""The webhooks through the real worker on a database of the test's own, where every
transaction commits: procrastinate runs the event projection, which queues the send
job; and two workers sending at once never send a delivery twice nor out of order."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from sqlalchemy import text
from standardwebhooks.webhooks import Webhook as StandardWebhook

from app import worker
from app.core import jobs
from app.core.clock import utcnow
from app.webhooks import dispatch
from app.webhooks import jobs as webhook_jobs
from app.webhooks.sender import Outcome
from tests.conftest import Live, auth
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.sales_orders import create_sales_order
from tests.factories.webhooks import create_webhook
from tests.support.jobs import drain_projections
from tests.support.receiver import Answer, Receiver


async def test_the_worker_delivers_an_order_confirmed_in_the_app(live: Live):
    world = live.world
    with Receiver().running() as receiver:
        async with live.sessionmaker() as session:
            _, secret = await create_webhook(
                session, by=world.admin, url=receiver.url, event_types=["sales_order.confirmed"]
            )
            customer = await create_customer(session, owner=world.engineer, territory=world.north)
            order = await create_sales_order(
                session,
                owner=world.engineer,
                customer=customer,
                lines=[(await create_product(session), "2", "1000", "0")],
            )
            await session.commit()
        async with live.client() as client:
            confirmed = await client.post(
                f"/api/v1/sales-orders/{order.id}/confirm", headers=auth(world.engineer)
            )
            assert confirmed.status_code == 200, confirmed.text
        jobs.runtime.sessionmaker = live.sessionmaker
        app = worker.create_job_app(live.url, periodic=False)
        async with app.open_async():
            # What the worker's listener does when a transaction writes events.
            await app.configure_task(worker.PROJECT_TASK).defer_async()
            await app.run_worker_async(
                wait=False, install_signal_handlers=False, worker_middleware=[jobs.record_failures]
            )
        [request] = receiver.received
        payload = StandardWebhook(secret).verify(request.body, request.headers)
        assert payload["type"] == "sales_order.confirmed"
        assert payload["data"]["object"] == "sales_order"
        assert payload["data"]["id"] == str(order.id)
        assert payload["data"]["label"] == confirmed.json()["number"]
        assert payload["data"]["after"]["status"] == "confirmed"
        assert payload["data"]["customer_id"] == str(customer.id)
        async with live.sessionmaker() as session:
            ran = (
                await session.execute(
                    text("SELECT task_name, status::text FROM procrastinate_jobs ORDER BY id")
                )
            ).all()
        assert [tuple(row) for row in ran] == [
            ("events.project", "succeeded"),
            ("webhooks.send_due", "succeeded"),
        ]


async def test_two_workers_at_once_send_each_delivery_once_and_in_order(live: Live):
    world = live.world
    with Receiver().running() as receiver:
        receiver.answer = lambda _: Answer(204, delay=0.02)
        async with live.sessionmaker() as session:
            await create_webhook(
                session,
                by=world.admin,
                url=receiver.url,
                event_types=["customer.created", "customer.updated"],
            )
        async with live.client() as client:
            ids = []
            for n in range(30):
                made = await client.post(
                    "/api/v1/customers",
                    json={"name": f"Customer {n}"},
                    headers=auth(world.engineer),
                )
                ids.append(made.json()["id"])
            for n in range(1, 6):
                await client.patch(
                    f"/api/v1/customers/{ids[0]}",
                    json={"name": f"Customer 0, edit {n}"},
                    headers={**auth(world.engineer), "If-Match": "*"},
                )
        await drain_projections(live.sessionmaker)
        made_attempts = await asyncio.gather(webhook_jobs.deliver_due(), webhook_jobs.deliver_due())
        async with live.sessionmaker() as session:
            statuses = (
                await session.execute(
                    text("SELECT status, attempt_count, last_error FROM webhook_deliveries")
                )
            ).all()
        assert {tuple(row) for row in statuses} == {("succeeded", 1, None)}
        assert sum(made_attempts) == 35 and min(made_attempts) > 0  # both worked
        by_id = [r.headers["webhook-id"] for r in receiver.received]
        assert len(by_id) == len(set(by_id)) == 35  # none twice
        versions: dict[str, list[int]] = defaultdict(list)
        for request in receiver.received:
            body = request.json()
            versions[body["data"]["id"]].append(body["data"]["version"])
        assert versions[ids[0]] == [1, 2, 3, 4, 5, 6]  # one record, in order


async def test_a_delivery_queued_while_the_one_before_it_finishes_is_not_left_waiting(live: Live):
    """The race the FOR SHARE lock closes: the worker finishes a record's first delivery
    (and gives the next one its time) while another transaction queues a delivery behind
    it. The finishing transaction waits for the queueing one, then sees its delivery."""
    world = live.world
    jobs.runtime.sessionmaker = live.sessionmaker
    async with live.sessionmaker() as session:
        webhook, _ = await create_webhook(
            session, by=world.admin, event_types=["customer.created", "customer.updated"]
        )
        customer = await create_customer(session, owner=world.engineer, territory=world.north)
        await session.commit()
    await drain_projections(live.sessionmaker)
    async with live.sessionmaker() as session:
        [first] = await dispatch.claim_due(session)
        await session.commit()
        delivered = await session.scalar(
            text("SELECT id FROM events WHERE entity_id = :id AND type = 'customer.created'"),
            {"id": customer.id},
        )
    async with live.sessionmaker() as queueing, live.sessionmaker() as finishing:
        behind = dispatch.pending_delivery(
            webhook.id,
            event_id=delivered,
            event_type="customer.created",
            entity_type="customers",
            entity_id=customer.id,
            now=utcnow(),
        )
        await dispatch.queue(queueing, [behind])  # the first one is pending: no time
        assert behind.next_attempt_at is None
        success = Outcome(utcnow(), True, 204, 3, None, None)
        finish = asyncio.create_task(dispatch.record_attempts(finishing, [(first, success)]))
        await asyncio.sleep(0.5)
        assert not finish.done()  # it waits for the queueing transaction
        await queueing.commit()
        await finish
        await finishing.commit()
    async with live.sessionmaker() as session:
        due = await session.scalar(
            text("SELECT next_attempt_at FROM webhook_deliveries WHERE id = :id"),
            {"id": behind.id},
        )
    assert due is not None  # its turn has come
