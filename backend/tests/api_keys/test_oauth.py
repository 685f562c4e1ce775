"""The OAuth2 client-credentials flow: an API key's id and secret for a short-lived
access token that acts as the key."""

from __future__ import annotations

import base64

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.support.openapi import openapi_document

TOKEN = "/api/v1/oauth/token"


def _client_secret(presented: str, key_id: str) -> str:
    return presented.removeprefix(f"sk_live_{key_id.replace('-', '')}_")


async def _token(client: AsyncClient, key, presented: str, **form: str):
    return await client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": str(key.id),
            "client_secret": _client_secret(presented, str(key.id)),
            **form,
        },
    )


async def test_a_key_trades_its_id_and_secret_for_a_token_that_acts_as_the_key(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(
        session, by=world.admin, scopes=["customers:write", "customers:read"], name="Tally sync"
    )
    answer = await _token(client, key, presented)
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    token = answer.json()
    assert token["token_type"] == "bearer"
    assert token["expires_in"] == 15 * 60
    assert token["scope"] == "customers:read customers:write"

    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    assert (await client.get("/api/v1/customers", headers=bearer)).status_code == 200
    made = await client.post(
        "/api/v1/customers",
        json={"name": "Token Traders", "owner_id": str(world.engineer.id)},
        headers=bearer,
    )
    assert made.status_code == 201
    audit = await client.get(
        "/api/v1/audit", params={"entity_id": made.json()["id"]}, headers=auth(world.admin)
    )
    entry = audit.json()["items"][0]
    assert (entry["actor_kind"], entry["actor_id"], entry["actor_label"]) == (
        "api_key",
        str(key.id),
        "Tally sync",
    )
    # A token is no way around a people-only route.
    me = await client.get("/api/v1/users/me", headers=bearer)
    assert me.status_code == 403 and me.json()["code"] == "auth.not_for_api_keys"


async def test_http_basic_client_authentication_works_too(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(session, by=world.admin)
    pair = f"{key.id}:{_client_secret(presented, str(key.id))}".encode()
    answer = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {base64.b64encode(pair).decode()}"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["scope"] == "customers:read"


async def test_a_token_may_carry_fewer_scopes_than_its_key(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(
        session, by=world.admin, scopes=["customers:read", "customers:write"]
    )
    answer = await _token(client, key, presented, scope="customers:read")
    assert answer.json()["scope"] == "customers:read"
    bearer = {"Authorization": f"Bearer {answer.json()['access_token']}"}
    assert (await client.get("/api/v1/customers", headers=bearer)).status_code == 200
    refused = await client.post(
        "/api/v1/customers",
        json={"name": "Narrow Ltd", "owner_id": str(world.engineer.id)},
        headers=bearer,
    )
    assert refused.status_code == 403
    assert refused.json()["code"] == "auth.missing_scope"


async def test_a_scope_the_key_lacks_is_invalid_scope(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(session, by=world.admin)
    answer = await _token(client, key, presented, scope="customers:read invoices:read")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_scope"
    assert answer.json()["code"] == "oauth.invalid_scope"
    assert "invoices:read" in answer.json()["detail"]


async def test_wrong_or_unknown_or_revoked_clients_are_invalid_client(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(session, by=world.admin)
    for form in (
        {"client_id": str(key.id), "client_secret": "not-the-secret"},
        {"client_id": "not-an-id", "client_secret": "whatever"},
        {"client_id": "0191a5c4-0000-7000-8000-000000000000", "client_secret": "whatever"},
    ):
        answer = await client.post(TOKEN, data={"grant_type": "client_credentials", **form})
        assert answer.status_code == 401, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["error"] == "invalid_client"
    await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    revoked = await _token(client, key, presented)
    assert revoked.status_code == 401 and revoked.json()["error"] == "invalid_client"
    assert "revoked" in revoked.json()["detail"]


async def test_other_grants_and_missing_credentials_are_refused_in_oauths_words(
    client: AsyncClient,
):
    password = await client.post(
        TOKEN, data={"grant_type": "password", "username": "a", "password": "b"}
    )
    assert password.status_code == 400
    assert password.json()["error"] == "unsupported_grant_type"
    bare = await client.post(TOKEN, data={"grant_type": "client_credentials"})
    assert bare.status_code == 401 and bare.json()["error"] == "invalid_client"
    pair = base64.b64encode(b"id:secret").decode()
    twice = await client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_id": "id", "client_secret": "s"},
        headers={"Authorization": f"Basic {pair}"},
    )
    assert twice.status_code == 400 and twice.json()["error"] == "invalid_request"
    missing = await client.post(TOKEN, data={})
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["loc"] == ["body", "grant_type"]


async def test_revoking_the_key_ends_its_tokens_at_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(session, by=world.admin)
    token = (await _token(client, key, presented)).json()["access_token"]
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/customers", headers=bearer)).status_code == 200
    await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    ended = await client.get("/api/v1/customers", headers=bearer)
    assert ended.status_code == 401 and ended.json()["code"] == "api_keys.revoked"


async def test_a_token_shares_its_keys_idempotency_namespace(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, presented = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    body = {"name": "Once Via Token", "owner_id": str(world.engineer.id)}
    first = await client.post(
        "/api/v1/customers", json=body, headers={**key_auth(presented), "Idempotency-Key": "t-1"}
    )
    token = (await _token(client, key, presented)).json()["access_token"]
    again = await client.post(
        "/api/v1/customers",
        json=body,
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "t-1"},
    )
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]


def test_the_openapi_document_describes_both_flows_and_the_key_header():
    schemes = openapi_document()["components"]["securitySchemes"]
    flows = schemes["OAuth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == TOKEN
    assert "customers:read" in flows["clientCredentials"]["scopes"]
    assert "audit:read" not in flows["clientCredentials"]["scopes"]
    assert flows["password"]["tokenUrl"] == "/api/v1/auth/token"
    assert schemes["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": schemes["ApiKey"]["description"],
    }
