"""Deliveries to a real HTTP receiver started by the test: signed (verified with the
``standardwebhooks`` package), retried after a 500 and after a timeout, in order per
record whatever fails, replayed, and a webhook disabled after a run of failures."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from standardwebhooks.webhooks import Webhook as StandardWebhook
from standardwebhooks.webhooks import WebhookVerificationError

from app import worker
from app.core.clock import utcnow
from app.core.config import get_settings
from tests.conftest import World, auth
from tests.factories.webhooks import create_webhook
from tests.support.receiver import Answer, Received, Receiver
from tests.webhooks.conftest import Clock, deliver

ADMIN_ETAG_ANY = {"If-Match": "*"}


async def _new_customer(client: AsyncClient, world: World, name: str) -> str:
    made = await client.post("/api/v1/customers", json={"name": name}, headers=auth(world.engineer))
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


async def _rename(client: AsyncClient, world: World, customer_id: str, name: str) -> None:
    changed = await client.patch(
        f"/api/v1/customers/{customer_id}",
        json={"name": name},
        headers={**auth(world.engineer), **ADMIN_ETAG_ANY},
    )
    assert changed.status_code == 200, changed.text


async def _log(client: AsyncClient, world: World, webhook_id: Any) -> list[dict[str, Any]]:
    answer = await client.get(
        f"/api/v1/webhooks/{webhook_id}/deliveries", headers=auth(world.admin)
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["items"])


async def _detail(
    client: AsyncClient, world: World, webhook_id: Any, delivery_id: str
) -> dict[str, Any]:
    answer = await client.get(
        f"/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}", headers=auth(world.admin)
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def _verified(secret: str, request: Received) -> Any:
    return StandardWebhook(secret).verify(request.body, request.headers)


async def test_a_delivery_is_signed_the_standard_webhooks_way(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
):
    before = await _new_customer(client, world, "Made before the webhook")
    webhook, secret = await create_webhook(
        session, by=world.admin, url=receiver.url, event_types=["customer.created"]
    )
    customer_id = await _new_customer(client, world, "Kaveri Pumps")

    assert await deliver(sessionmaker) == 1
    [request] = receiver.received
    payload = _verified(secret, request)
    event_id = await session.scalar(
        text("SELECT id FROM events WHERE entity_id = :id AND type = 'customer.created'"),
        {"id": uuid.UUID(customer_id)},
    )
    assert request.headers["webhook-id"] == payload["id"] == str(event_id)
    assert request.headers["content-type"] == "application/json"
    assert request.path == "/hooks/sales"
    assert payload["type"] == "customer.created"
    data = payload["data"]
    assert data["object"] == "customer" and data["id"] == customer_id
    assert data["after"]["name"] == "Kaveri Pumps" and data["operation"] == "created"
    assert data["actor"] == {
        "kind": "user",
        "id": str(world.engineer.id),
        "label": world.engineer.email,
    }
    assert before not in request.body.decode()  # made before the webhook: not its own

    # Anyone without the secret cannot produce a signature the receiver accepts.
    with pytest.raises(WebhookVerificationError):
        StandardWebhook("whsec_" + "A" * 43 + "=").verify(request.body, request.headers)
    with pytest.raises(WebhookVerificationError):
        _verified(secret, Received(request.path, request.headers, request.body + b" ", 0))

    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "succeeded" and logged["attempt_count"] == 1
    assert logged["event_id"] == str(event_id) and logged["last_status_code"] == 204
    assert logged["entity_id"] == customer_id and logged["delivered_at"]
    detail = await _detail(client, world, webhook.id, logged["id"])
    assert detail["payload"] == payload
    [attempt] = detail["attempts"]
    assert attempt["succeeded"] and attempt["status_code"] == 204 and attempt["error"] is None
    assert attempt["latency_ms"] >= 0
    health = (await client.get(f"/api/v1/webhooks/{webhook.id}", headers=auth(world.admin))).json()
    assert health["last_success_at"] and health["consecutive_failures"] == 0
    assert health["version"] == webhook.version  # deliveries do not change the webhook

    assert await deliver(sessionmaker) == 0  # nothing twice


async def test_a_500_is_retried_after_a_back_off_with_the_same_webhook_id(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
):
    answers = iter([Answer(500, body=b'{"error": "ERP down for maintenance"}'), Answer(200)])
    receiver.answer = lambda _: next(answers)
    webhook, secret = await create_webhook(session, by=world.admin, url=receiver.url)
    await _new_customer(client, world, "Tunga Valves")

    assert await deliver(sessionmaker) == 1
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "pending" and logged["attempt_count"] == 1
    assert logged["last_status_code"] == 500 and logged["last_error"] == "HTTP 500"
    wait = get_settings().webhook_retry_base_seconds
    assert logged["next_attempt_at"] == (clock.now + timedelta(seconds=wait)).isoformat().replace(
        "+00:00", "Z"
    )
    assert await deliver(sessionmaker) == 0  # not due yet: no request
    assert len(receiver.received) == 1

    clock.advance(seconds=wait)
    assert await deliver(sessionmaker) == 1
    first, second = receiver.received
    assert first.body == second.body
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert _verified(secret, second) == _verified(secret, first)
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "succeeded" and logged["attempt_count"] == 2
    attempts = (await _detail(client, world, webhook.id, logged["id"]))["attempts"]
    assert [(a["number"], a["status_code"], a["succeeded"]) for a in attempts] == [
        (1, 500, False),
        (2, 200, True),
    ]
    assert attempts[0]["response_excerpt"] == '{"error": "ERP down for maintenance"}'


async def test_a_receiver_too_slow_to_answer_is_a_failed_attempt_retried_later(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(get_settings(), "webhook_timeout_seconds", 0.3)
    answers = iter([Answer(200, delay=1.5), Answer(200)])
    receiver.answer = lambda _: next(answers)
    webhook, secret = await create_webhook(session, by=world.admin, url=receiver.url)
    await _new_customer(client, world, "Sharavathi Motors")

    assert await deliver(sessionmaker) == 1
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "pending" and logged["last_status_code"] is None
    assert logged["last_error"] == "no answer within 0.3 s"
    [attempt] = (await _detail(client, world, webhook.id, logged["id"]))["attempts"]
    assert not attempt["succeeded"] and 250 <= attempt["latency_ms"] < 1500

    clock.advance(seconds=get_settings().webhook_retry_base_seconds)
    assert await deliver(sessionmaker) == 1
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "succeeded" and logged["attempt_count"] == 2
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1
    _verified(secret, receiver.received[-1])


async def test_a_records_deliveries_arrive_in_order_while_others_go_on(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
):
    failed_once: set[str] = set()

    def answer(request: Received) -> Answer:
        body = request.json()
        # The first delivery of customer A fails once; everything else is taken.
        if body["data"]["label"] == "A" and body["type"] == "customer.created":
            if request.headers["webhook-id"] not in failed_once:
                failed_once.add(request.headers["webhook-id"])
                return Answer(503)
        return Answer(204)

    receiver.answer = answer
    webhook, _ = await create_webhook(
        session,
        by=world.admin,
        url=receiver.url,
        event_types=["customer.created", "customer.updated"],
    )
    a = await _new_customer(client, world, "A")
    b = await _new_customer(client, world, "B")
    await _rename(client, world, a, "A1")
    await _rename(client, world, a, "A2")
    await _rename(client, world, b, "B1")

    await deliver(sessionmaker)
    seen = [
        (r.json()["data"]["id"], r.json()["type"], r.json()["data"]["version"])
        for r in receiver.received
    ]
    # B went on; A's updates waited behind its failed creation.
    assert sorted(seen) == sorted(
        [(a, "customer.created", 1), (b, "customer.created", 1), (b, "customer.updated", 2)]
    )
    waiting = [d for d in await _log(client, world, webhook.id) if d["entity_id"] == a]
    assert sorted(
        (d["event_type"], d["status"], d["attempt_count"], d["next_attempt_at"] is None)
        for d in waiting
    ) == [
        ("customer.created", "pending", 1, False),  # retried in 30 s
        ("customer.updated", "pending", 0, True),  # no time yet: they wait their turn
        ("customer.updated", "pending", 0, True),
    ]

    clock.advance(seconds=get_settings().webhook_retry_base_seconds)
    await deliver(sessionmaker)
    of_a = [
        (
            r.json()["type"],
            r.json()["data"]["after"].get("name") if r.json()["data"]["after"] else None,
        )
        for r in receiver.received
        if r.json()["data"]["id"] == a
    ]
    assert of_a == [
        ("customer.created", "A"),
        ("customer.created", "A"),
        ("customer.updated", "A1"),
        ("customer.updated", "A2"),
    ]
    assert all(d["status"] == "succeeded" for d in await _log(client, world, webhook.id))


async def test_admin_replays_one_delivery_or_a_time_range(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
):
    webhook, secret = await create_webhook(session, by=world.admin, url=receiver.url)
    other, _ = await create_webhook(session, by=world.admin, url=receiver.url + "/other")
    started = utcnow()
    await _new_customer(client, world, "Hemavati Drives")
    await _new_customer(client, world, "Kabini Controls")
    await deliver(sessionmaker)
    assert len(receiver.received) == 4  # two events, two webhooks
    first = (await _log(client, world, webhook.id))[-1]

    replayed = await client.post(
        f"/api/v1/webhooks/{webhook.id}/deliveries/{first['id']}/replay", headers=auth(world.admin)
    )
    assert replayed.status_code == 201, replayed.text
    replay = replayed.json()
    assert replay["replay_of_id"] == first["id"] and replay["status"] == "pending"
    assert replay["event_id"] == first["event_id"] and replay["id"] != first["id"]
    assert await deliver(sessionmaker) == 1
    again = receiver.received[-1]
    original = next(
        r
        for r in receiver.received
        if r.headers["webhook-id"] == first["event_id"] and r.path == "/hooks/sales"
    )
    assert again.headers["webhook-id"] == first["event_id"] and again.body == original.body
    _verified(secret, again)
    wrong = await client.post(
        f"/api/v1/webhooks/{other.id}/deliveries/{first['id']}/replay", headers=auth(world.admin)
    )
    assert wrong.status_code == 404 and wrong.json()["code"] == "webhooks.delivery_not_found"

    window = {
        "since": (started - timedelta(seconds=1)).isoformat(),
        "until": (utcnow() + timedelta(seconds=1)).isoformat(),
    }
    headers = {**auth(world.admin), "Idempotency-Key": "replay-window-1"}
    ranged = await client.post(
        f"/api/v1/webhooks/{webhook.id}/replay", json=window, headers=headers
    )
    assert ranged.status_code == 200 and ranged.json() == {"queued": 2}
    retried = await client.post(
        f"/api/v1/webhooks/{webhook.id}/replay", json=window, headers=headers
    )
    assert retried.json() == {"queued": 2}
    assert await deliver(sessionmaker) == 2  # the retried request queued nothing more
    ids = [r.headers["webhook-id"] for r in receiver.received[-2:]]
    assert sorted(ids) == sorted(d["event_id"] for d in (await _log(client, world, webhook.id))[:2])

    backwards = await client.post(
        f"/api/v1/webhooks/{webhook.id}/replay",
        json={"since": window["until"], "until": window["since"]},
        headers=auth(world.admin),
    )
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["loc"] == [
        "body",
        "until",
    ]


async def test_a_webhook_failing_every_delivery_is_disabled_and_admins_are_told(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
):
    settings = get_settings()
    monkeypatch.setattr(settings, "webhook_max_attempts", 2)
    monkeypatch.setattr(settings, "webhook_disable_after_failures", 2)
    receiver.answer = lambda _: Answer(500)
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    started = utcnow()
    await _new_customer(client, world, "Netravati Gears")
    await _new_customer(client, world, "Bhadra Fittings")

    assert await deliver(sessionmaker) == 2
    read = (await client.get(f"/api/v1/webhooks/{webhook.id}", headers=auth(world.admin))).json()
    assert read["is_enabled"] and read["consecutive_failures"] == 0  # retries are still to come
    clock.advance(seconds=settings.webhook_retry_base_seconds)
    assert await deliver(sessionmaker) == 2
    read = (await client.get(f"/api/v1/webhooks/{webhook.id}", headers=auth(world.admin))).json()
    assert read["is_enabled"] is False and read["consecutive_failures"] == 2
    assert read["disabled_at"] and "2 deliveries in a row" in read["disabled_reason"]
    assert {d["status"] for d in await _log(client, world, webhook.id)} == {"failed"}

    told = await client.get("/api/v1/me/notifications", headers=auth(world.admin))
    [notice] = told.json()["items"]
    assert notice["kind"] == "webhook.disabled" and notice["subject_id"] == str(webhook.id)
    assert receiver.url in notice["title"]
    not_told = await client.get("/api/v1/me/notifications", headers=auth(world.head))
    assert not_told.json()["items"] == []
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "webhooks"}, headers=auth(world.admin)
    )
    assert audit.json()["items"][0]["action"] == "webhook.disabled"

    # Disabled: what happens meanwhile is not queued...
    await _new_customer(client, world, "Missed while disabled")
    assert await deliver(sessionmaker) == 0
    assert len(await _log(client, world, webhook.id)) == 2
    # ... until an admin enables it again (it starts afresh) and replays what it missed.
    receiver.answer = lambda _: Answer(204)
    enabled = await client.patch(
        f"/api/v1/webhooks/{webhook.id}",
        json={"is_enabled": True},
        headers={**auth(world.admin), **ADMIN_ETAG_ANY},
    )
    assert enabled.status_code == 200
    assert enabled.json()["consecutive_failures"] == 0 and enabled.json()["disabled_at"] is None
    replay = await client.post(
        f"/api/v1/webhooks/{webhook.id}/replay",
        json={"since": started.isoformat(), "until": (utcnow() + timedelta(seconds=1)).isoformat()},
        headers=auth(world.admin),
    )
    assert replay.json() == {"queued": 3}
    assert await deliver(sessionmaker) == 3
    names = {r.json()["data"]["after"]["name"] for r in receiver.received[-3:]}
    assert names == {"Netravati Gears", "Bhadra Fittings", "Missed while disabled"}


async def test_a_paused_webhook_keeps_its_deliveries_until_enabled_again(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
):
    answers = iter([Answer(500)])
    receiver.answer = lambda _: next(answers, Answer(204))
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    await _new_customer(client, world, "Paused Pumps")
    assert await deliver(sessionmaker) == 1  # failed: the next attempt in 30 s
    paused = await client.patch(
        f"/api/v1/webhooks/{webhook.id}",
        json={"is_enabled": False},
        headers={**auth(world.admin), **ADMIN_ETAG_ANY},
    )
    assert paused.status_code == 200
    clock.advance(hours=1)
    assert await deliver(sessionmaker) == 0  # due, but paused: it waits
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "pending" and logged["attempt_count"] == 1
    await client.patch(
        f"/api/v1/webhooks/{webhook.id}",
        json={"is_enabled": True},
        headers={**auth(world.admin), **ADMIN_ETAG_ANY},
    )
    assert await deliver(sessionmaker) == 1
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "succeeded" and logged["attempt_count"] == 2


async def test_the_delivery_log_pages_by_cursor_and_filters(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
):
    receiver.answer = lambda r: Answer(500 if r.json()["data"]["after"]["name"] == "Bad" else 204)
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    for name in ("One", "Bad", "Three"):
        await _new_customer(client, world, name)
    await deliver(sessionmaker)
    url = f"/api/v1/webhooks/{webhook.id}/deliveries"
    first = await client.get(url, params={"limit": 2}, headers=auth(world.admin))
    page = first.json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = await client.get(
        url, params={"limit": 2, "cursor": page["next_cursor"]}, headers=auth(world.admin)
    )
    assert len(rest.json()["items"]) == 1 and rest.json()["next_cursor"] is None
    pending = await client.get(url, params={"status": "pending"}, headers=auth(world.admin))
    [item] = pending.json()["items"]
    assert item["last_status_code"] == 500
    none = await client.get(url, params={"event_type": "invoice.issued"}, headers=auth(world.admin))
    assert none.json()["items"] == []
    bad = await client.get(url, params={"status": "lost"}, headers=auth(world.admin))
    assert bad.status_code == 422
    missing = await client.get(
        f"/api/v1/webhooks/{webhook.id}/deliveries/{uuid.uuid4()}", headers=auth(world.admin)
    )
    assert missing.status_code == 404


async def test_finished_deliveries_are_forgotten_after_the_retention(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
):
    receiver.answer = lambda r: Answer(500 if r.json()["data"]["after"]["name"] == "Bad" else 204)
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    await _new_customer(client, world, "Good")
    await _new_customer(client, world, "Bad")
    await deliver(sessionmaker)
    clock.advance(days=get_settings().webhook_log_retention_days, seconds=1)
    assert await worker.task_functions()["webhooks.purge_log"](timestamp=0) == 1
    [kept] = await _log(client, world, webhook.id)
    assert kept["status"] == "pending"  # never forgotten while it may still be sent
    assert await session.scalar(text("SELECT count(*) FROM webhook_attempts")) == 1
