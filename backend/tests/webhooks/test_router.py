"""Admins subscribe URLs to event types, see the secret once, change, pause, rotate and
delete webhooks; nobody else reaches them. (Deliveries: test_delivery.py.)"""

from __future__ import annotations

import uuid

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.webhooks.schemas import WebhookEventType
from app.webhooks.sealing import unseal
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.webhooks import create_webhook

NEW = {
    "url": "https://erp.example.com/hooks/sales",
    "event_types": ["sales_order.confirmed", "customer.created", "customer.created"],
    "description": "SAP: orders and customers",
}


async def test_admin_subscribes_and_sees_the_secret_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    made = await client.post("/api/v1/webhooks", json=NEW, headers=auth(world.admin))
    assert made.status_code == 201, made.text
    assert made.headers["cache-control"] == "no-store"
    webhook = made.json()
    secret = webhook["secret"]
    assert secret.startswith("whsec_") and len(secret) == len("whsec_") + 44  # 32 bytes
    assert webhook["event_types"] == ["customer.created", "sales_order.confirmed"]
    assert webhook["is_enabled"] is True and webhook["consecutive_failures"] == 0
    assert webhook["created_by_id"] == str(world.admin.id)
    assert made.headers["etag"] == f'"{webhook["version"]}"'

    listed = await client.get("/api/v1/webhooks", headers=auth(world.admin))
    one = await client.get(f"/api/v1/webhooks/{webhook['id']}", headers=auth(world.admin))
    assert listed.status_code == one.status_code == 200
    assert [item["id"] for item in listed.json()["items"]] == [webhook["id"]]
    assert one.json()["url"] == NEW["url"]
    for answer in (listed.text, one.text):
        assert secret not in answer and '"secret' not in answer

    # Stored sealed (the server signs with it, so it is not hashed), in no column as is,
    # and never in the audit log.
    row = (
        (
            await session.execute(
                text("SELECT * FROM webhooks WHERE id = :id"), {"id": uuid.UUID(webhook["id"])}
            )
        )
        .mappings()
        .one()
    )
    assert not any(secret in str(value) for value in row.values())
    assert unseal(row["secret_sealed"]) == secret
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "webhooks"}, headers=auth(world.admin)
    )
    created = audit.json()["items"][0]
    assert created["action"] == "webhook.created"
    assert "secret_sealed" not in created["after"] and created["after"]["url"] == NEW["url"]
    assert secret not in audit.text and row["secret_sealed"] not in audit.text


async def test_the_event_types_are_listed_with_their_meaning(client: AsyncClient, world: World):
    answer = await client.get("/api/v1/webhooks/event-types", headers=auth(world.admin))
    assert answer.status_code == 200
    types = {item["type"]: item["description"] for item in answer.json()}
    assert set(types) == {t.value for t in WebhookEventType}
    for wanted in (
        "customer.created",
        "customer.updated",
        "opportunity.stage_changed",
        "quote.approved",
        "sales_order.confirmed",
        "invoice.issued",
        "payment.received",
    ):
        assert types[wanted]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**NEW, "url": "ftp://erp.example.com/hooks"}, "url"),
        ({**NEW, "url": "erp.example.com/hooks"}, "url"),
        ({**NEW, "url": "https://"}, "url"),
        ({**NEW, "url": "https://user:pw@erp.example.com/hooks"}, "url"),
        ({**NEW, "url": "https://erp.example.com:99999/hooks"}, "url"),
        ({**NEW, "url": "https://erp.example.com/a b"}, "url"),
        ({**NEW, "url": "https://erp.example.com/" + "x" * 2000}, "url"),
        ({**NEW, "event_types": []}, "event_types"),
        ({**NEW, "event_types": ["api_key.created"]}, "event_types"),
        ({**NEW, "event_types": ["customer.exploded"]}, "event_types"),
        ({**NEW, "is_enabled": "yes"}, "is_enabled"),
        ({**NEW, "secret": "whsec_mine"}, "secret"),
    ],
)
async def test_bad_input_names_the_field_and_makes_nothing(
    client: AsyncClient, world: World, session: AsyncSession, body, field
):
    answer = await client.post("/api/v1/webhooks", json=body, headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert ["body", field] == answer.json()["errors"][0]["loc"][:2]
    assert await session.scalar(text("SELECT count(*) FROM webhooks")) == 0


async def test_only_admins_reach_webhooks(client: AsyncClient, world: World, session: AsyncSession):
    webhook, _ = await create_webhook(session, by=world.admin)
    for user in (world.engineer, world.head):
        for method, path in (
            ("GET", "/api/v1/webhooks"),
            ("GET", "/api/v1/webhooks/event-types"),
            ("GET", f"/api/v1/webhooks/{webhook.id}"),
            ("GET", f"/api/v1/webhooks/{webhook.id}/deliveries"),
        ):
            answer = await client.request(method, path, headers=auth(user))
            assert answer.status_code == 403, (method, path)
            assert answer.json()["code"] == "auth.missing_permission"
        made = await client.post("/api/v1/webhooks", json=NEW, headers=auth(user))
        assert made.status_code == 403
    # Not even a key with every scope: a webhook would carry what its row scope hides.
    _, key = await create_api_key(session, by=world.admin, scopes=["customers:read"])
    refused = await client.post("/api/v1/webhooks", json=NEW, headers=key_auth(key))
    assert refused.status_code == 403 and refused.json()["code"] == "auth.not_for_api_keys"
    missing = await client.get(f"/api/v1/webhooks/{uuid.uuid4()}", headers=auth(world.admin))
    assert missing.status_code == 404 and missing.json()["code"] == "webhooks.not_found"


async def test_admin_changes_a_webhook_with_if_match(
    client: AsyncClient, world: World, session: AsyncSession
):
    webhook, _ = await create_webhook(session, by=world.admin)
    url = f"/api/v1/webhooks/{webhook.id}"
    change = {"url": "https://erp2.example.com/in", "event_types": ["invoice.issued"]}
    missing = await client.patch(url, json=change, headers=auth(world.admin))
    assert missing.status_code == 428
    read = await client.get(url, headers=auth(world.admin))
    changed = await client.patch(
        url, json=change, headers={**auth(world.admin), "If-Match": read.headers["etag"]}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["url"] == "https://erp2.example.com/in"
    assert changed.json()["event_types"] == ["invoice.issued"]
    stale = await client.patch(
        url,
        json={"description": "late"},
        headers={**auth(world.admin), "If-Match": read.headers["etag"]},
    )
    assert stale.status_code == 412
    bad = await client.patch(
        url, json={"url": "mailto:erp@example.com"}, headers={**auth(world.admin), "If-Match": "*"}
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"][:2] == ["body", "url"]
    nulled = await client.patch(
        url, json={"event_types": None}, headers={**auth(world.admin), "If-Match": "*"}
    )
    assert nulled.status_code == 422


async def test_rotating_shows_a_new_secret_once_and_can_keep_the_old_one_a_while(
    client: AsyncClient, world: World, session: AsyncSession
):
    webhook, old = await create_webhook(session, by=world.admin)
    rotated = await client.post(
        f"/api/v1/webhooks/{webhook.id}/rotate-secret",
        json={"grace_minutes": 60},
        headers=auth(world.admin),
    )
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    new = rotated.json()["secret"]
    assert new.startswith("whsec_") and new != old
    assert rotated.json()["previous_secret_valid_until"] is not None
    row = (
        (
            await session.execute(
                text("SELECT secret_sealed, previous_secret_sealed FROM webhooks WHERE id = :id"),
                {"id": webhook.id},
            )
        )
        .mappings()
        .one()
    )
    assert unseal(row["secret_sealed"]) == new and unseal(row["previous_secret_sealed"]) == old
    again = await client.post(
        f"/api/v1/webhooks/{webhook.id}/rotate-secret", headers=auth(world.admin)
    )
    assert again.status_code == 200 and again.json()["previous_secret_valid_until"] is None
    too_long = await client.post(
        f"/api/v1/webhooks/{webhook.id}/rotate-secret",
        json={"grace_minutes": 7 * 24 * 60 + 1},
        headers=auth(world.admin),
    )
    assert too_long.status_code == 422


async def test_a_retried_create_is_not_replayed_from_storage(
    client: AsyncClient, world: World, session: AsyncSession
):
    """The answer holds the secret, so it is never stored for an Idempotency-Key."""
    headers = {**auth(world.admin), "Idempotency-Key": "same"}
    first = await client.post("/api/v1/webhooks", json=NEW, headers=headers)
    second = await client.post("/api/v1/webhooks", json=NEW, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["secret"] != second.json()["secret"]
    assert await session.scalar(text("SELECT count(*) FROM idempotency_keys")) == 0


async def test_deleting_a_webhook_removes_it(
    client: AsyncClient, world: World, session: AsyncSession
):
    webhook, _ = await create_webhook(session, by=world.admin)
    deleted = await client.delete(f"/api/v1/webhooks/{webhook.id}", headers=auth(world.admin))
    assert deleted.status_code == 204
    gone = await client.get(f"/api/v1/webhooks/{webhook.id}", headers=auth(world.admin))
    assert gone.status_code == 404


async def test_the_list_pages_by_cursor_and_filters_enabled(
    client: AsyncClient, world: World, session: AsyncSession
):
    made = [
        (await create_webhook(session, by=world.admin, url=f"https://erp.example.com/{n}"))[0]
        for n in range(3)
    ]
    paused = await client.patch(
        f"/api/v1/webhooks/{made[0].id}",
        json={"is_enabled": False},
        headers={**auth(world.admin), "If-Match": "*"},
    )
    assert paused.status_code == 200 and paused.json()["is_enabled"] is False
    first = await client.get("/api/v1/webhooks", params={"limit": 2}, headers=auth(world.admin))
    page = first.json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = await client.get(
        "/api/v1/webhooks",
        params={"limit": 2, "cursor": page["next_cursor"]},
        headers=auth(world.admin),
    )
    ids = [item["id"] for item in page["items"] + rest.json()["items"]]
    assert ids == [str(w.id) for w in reversed(made)]
    enabled = await client.get(
        "/api/v1/webhooks", params={"is_enabled": "true"}, headers=auth(world.admin)
    )
    assert {item["id"] for item in enabled.json()["items"]} == {str(made[1].id), str(made[2].id)}
