"""Admins make, list, rotate and revoke API keys; the secret is shown once."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.api_keys import service as api_key_service
from app.core.clock import utcnow
from app.core.idempotency import IdempotencyRecord
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth

NEW_KEY = {"name": "SAP sync", "scopes": ["customers:write", "customers:read", "customers:read"]}


async def test_admin_creates_a_key_and_sees_its_secret_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    made = await client.post("/api/v1/api-keys", json=NEW_KEY, headers=auth(world.admin))
    assert made.status_code == 201, made.text
    assert made.headers["cache-control"] == "no-store"
    key = made.json()
    key_id = uuid.UUID(key["id"])
    secret = key["client_secret"]
    assert key["key"] == f"sk_live_{key_id.hex}_{secret}"
    assert key["prefix"] == f"sk_live_{key_id.hex}"
    assert key["client_id"] == str(key_id)
    assert key["secret_hint"] == secret[-4:]
    assert len(secret) >= 40
    assert key["scopes"] == ["customers:read", "customers:write"]
    assert key["row_scope"] == "all" and key["expires_at"] is None
    assert key["created_by_id"] == str(world.admin.id)

    listed = await client.get("/api/v1/api-keys", headers=auth(world.admin))
    one = await client.get(f"/api/v1/api-keys/{key_id}", headers=auth(world.admin))
    assert listed.status_code == one.status_code == 200
    assert [item["id"] for item in listed.json()["items"]] == [str(key_id)]
    for answer in (listed.text, one.text):
        assert secret not in answer
        assert '"key"' not in answer and "client_secret" not in answer
    assert one.json()["secret_hint"] == secret[-4:]

    # Only a hash is kept: the secret is in no column of the row, nor in the audit log.
    row = (
        (await session.execute(text("SELECT * FROM api_keys WHERE id = :id"), {"id": key_id}))
        .mappings()
        .one()
    )
    assert row["secret_hash"] == hashlib.sha256(secret.encode()).hexdigest()
    assert not any(secret in str(value) for value in row.values())
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "api_keys"}, headers=auth(world.admin)
    )
    created = audit.json()["items"][0]
    assert created["action"] == "api_key.created"
    assert "secret_hash" not in created["after"] and created["after"]["name"] == "SAP sync"
    assert secret not in audit.text


async def test_the_key_works_at_once(client: AsyncClient, world: World):
    made = await client.post("/api/v1/api-keys", json=NEW_KEY, headers=auth(world.admin))
    answer = await client.get("/api/v1/customers", headers=key_auth(made.json()["key"]))
    assert answer.status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x", "scopes": []}, "scopes"),
        ({"name": "x", "scopes": ["audit:read"]}, "scopes"),
        ({"name": "x", "scopes": ["field:write"]}, "scopes"),
        ({"name": "", "scopes": ["customers:read"]}, "name"),
        ({"name": "x", "scopes": ["customers:read"], "row_scope": "team"}, "team_id"),
        (
            {"name": "x", "scopes": ["customers:read"], "team_id": str(uuid.uuid4())},
            "team_id",
        ),
        (
            {"name": "x", "scopes": ["customers:read"], "row_scope": "territory"},
            "territory_id",
        ),
        (
            {"name": "x", "scopes": ["customers:read"], "expires_at": "2020-01-01T00:00:00Z"},
            "expires_at",
        ),
        (
            {
                "name": "x",
                "scopes": ["customers:read"],
                "row_scope": "team",
                "team_id": str(uuid.uuid4()),
            },
            "team_id",
        ),
    ],
)
async def test_a_bad_key_request_is_a_422_naming_the_field(
    client: AsyncClient, world: World, body, field
):
    answer = await client.post("/api/v1/api-keys", json=body, headers=auth(world.admin))
    assert answer.status_code == 422, answer.text
    assert field in [error["loc"][1] for error in answer.json()["errors"]]


async def test_a_team_key_names_an_existing_team(client: AsyncClient, world: World):
    body = {
        "name": "Team One ERP",
        "scopes": ["customers:read"],
        "row_scope": "team",
        "team_id": str(world.team.id),
    }
    answer = await client.post("/api/v1/api-keys", json=body, headers=auth(world.admin))
    assert answer.status_code == 201
    assert answer.json()["team_id"] == str(world.team.id)


async def test_heads_and_engineers_cannot_manage_keys(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, _ = await create_api_key(session, by=world.admin)
    for person in (world.head, world.engineer):
        listed = await client.get("/api/v1/api-keys", headers=auth(person))
        made = await client.post("/api/v1/api-keys", json=NEW_KEY, headers=auth(person))
        revoked = await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(person))
        assert listed.status_code == made.status_code == revoked.status_code == 403
        assert made.json()["code"] == "auth.missing_permission"


async def test_revoking_ends_the_key_for_good(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, secret = await create_api_key(session, by=world.admin)
    revoked = await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None

    refused = await client.get("/api/v1/customers", headers=key_auth(secret))
    assert refused.status_code == 401
    assert refused.json()["code"] == "api_keys.revoked"

    again = await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    assert again.status_code == 200
    assert again.json()["revoked_at"] == revoked.json()["revoked_at"]

    active = await client.get(
        "/api/v1/api-keys", params={"revoked": "false"}, headers=auth(world.admin)
    )
    gone = await client.get(
        "/api/v1/api-keys", params={"revoked": "true"}, headers=auth(world.admin)
    )
    assert active.json()["items"] == []
    assert [item["id"] for item in gone.json()["items"]] == [str(key.id)]
    audit = await client.get(
        "/api/v1/audit", params={"entity_id": str(key.id)}, headers=auth(world.admin)
    )
    assert [entry["action"] for entry in audit.json()["items"]] == [
        "api_key.revoked",
        "api_key.created",
    ]


async def test_rotating_without_grace_stops_the_old_secret_at_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, old = await create_api_key(session, by=world.admin)
    rotated = await client.post(f"/api/v1/api-keys/{key.id}/rotate", headers=auth(world.admin))
    assert rotated.status_code == 200, rotated.text
    assert rotated.headers["cache-control"] == "no-store"
    new = rotated.json()["key"]
    assert new != old and new.startswith(f"sk_live_{key.id.hex}_")
    assert rotated.json()["rotated_at"] is not None
    assert rotated.json()["previous_secret_valid_until"] is None

    assert (await client.get("/api/v1/customers", headers=key_auth(new))).status_code == 200
    stale = await client.get("/api/v1/customers", headers=key_auth(old))
    assert stale.status_code == 401 and stale.json()["code"] == "api_keys.invalid"
    audit = await client.get(
        "/api/v1/audit", params={"entity_id": str(key.id)}, headers=auth(world.admin)
    )
    rotation = audit.json()["items"][0]
    assert rotation["action"] == "api_key.rotated"
    assert rotation["after"]["secret_hash"] == "[secret]"
    assert rotated.json()["client_secret"] not in audit.text


async def test_rotating_with_grace_keeps_the_old_secret_until_then(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
):
    key, old = await create_api_key(session, by=world.admin)
    rotated = await client.post(
        f"/api/v1/api-keys/{key.id}/rotate",
        json={"grace_minutes": 60},
        headers=auth(world.admin),
    )
    new = rotated.json()["key"]
    assert rotated.json()["previous_secret_valid_until"] is not None
    for secret in (old, new):
        assert (await client.get("/api/v1/customers", headers=key_auth(secret))).status_code == 200

    later = utcnow() + timedelta(minutes=61)
    monkeypatch.setattr(api_key_service, "utcnow", lambda: later)
    assert (await client.get("/api/v1/customers", headers=key_auth(old))).status_code == 401
    assert (await client.get("/api/v1/customers", headers=key_auth(new))).status_code == 200


async def test_a_revoked_or_expired_key_is_not_rotated(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
):
    revoked, _ = await create_api_key(session, by=world.admin)
    await client.post(f"/api/v1/api-keys/{revoked.id}/revoke", headers=auth(world.admin))
    expiring, _ = await create_api_key(
        session, by=world.admin, expires_at=utcnow() + timedelta(days=1)
    )
    later = utcnow() + timedelta(days=2)
    monkeypatch.setattr(api_key_service, "utcnow", lambda: later)
    for key in (revoked, expiring):
        answer = await client.post(f"/api/v1/api-keys/{key.id}/rotate", headers=auth(world.admin))
        assert answer.status_code == 409 and answer.json()["code"] == "api_keys.inactive"


async def test_a_rotation_grace_is_at_most_a_week(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, _ = await create_api_key(session, by=world.admin)
    answer = await client.post(
        f"/api/v1/api-keys/{key.id}/rotate",
        json={"grace_minutes": 7 * 24 * 60 + 1},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "grace_minutes"]


async def test_secrets_are_never_stored_for_an_idempotent_replay(
    client: AsyncClient, world: World, session: AsyncSession
):
    headers = {**auth(world.admin), "Idempotency-Key": "make-erp-key"}
    first = await client.post("/api/v1/api-keys", json=NEW_KEY, headers=headers)
    second = await client.post("/api/v1/api-keys", json=NEW_KEY, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    stored = await session.scalar(
        select(func.count())
        .select_from(IdempotencyRecord)
        .where(IdempotencyRecord.key == "make-erp-key")
    )
    assert stored == 0


async def test_an_unknown_key_is_404(client: AsyncClient, world: World):
    answer = await client.post(f"/api/v1/api-keys/{uuid.uuid4()}/revoke", headers=auth(world.admin))
    assert answer.status_code == 404 and answer.json()["code"] == "api_keys.not_found"
