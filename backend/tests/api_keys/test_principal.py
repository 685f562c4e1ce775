"""An API key calling the API: its own kind of caller, with its scopes, its reach over
rows, its namespace of Idempotency-Keys and its name in the audit log."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.api_keys import service as api_key_service
from app.core.clock import utcnow
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead


async def test_a_key_reads_customers_with_customers_read_and_is_refused_a_write(
    client: AsyncClient, world: World, session: AsyncSession
):
    own = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    _, secret = await create_api_key(session, by=world.admin, scopes=["customers:read"])

    listed = await client.get("/api/v1/customers", headers=key_auth(secret))
    assert listed.status_code == 200
    assert {c["id"] for c in listed.json()["items"]} == {str(own.id), str(foreign.id)}
    # The key works as a bearer credential too.
    bearer = {"Authorization": f"Bearer {secret}"}
    assert (await client.get(f"/api/v1/customers/{own.id}", headers=bearer)).status_code == 200

    refused = await client.post(
        "/api/v1/customers",
        json={"name": "Not Allowed Ltd", "owner_id": str(world.engineer.id)},
        headers=key_auth(secret),
    )
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "auth.missing_scope"
    assert "customers:write" in refused.json()["detail"]
    patch = await client.patch(
        f"/api/v1/customers/{own.id}",
        json={"rating": 2},
        headers={**key_auth(secret), "If-Match": "*"},
    )
    assert patch.status_code == 403 and "customers:write" in patch.json()["detail"]


async def test_a_key_with_customers_write_creates_for_an_owner_it_names(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, secret = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    no_owner = await client.post(
        "/api/v1/customers", json={"name": "Ownerless"}, headers=key_auth(secret)
    )
    assert no_owner.status_code == 422
    assert no_owner.json()["errors"][0]["loc"] == ["body", "owner_id"]
    made = await client.post(
        "/api/v1/customers",
        json={"name": "ERP Traders", "owner_id": str(world.engineer.id)},
        headers=key_auth(secret),
    )
    assert made.status_code == 201, made.text
    assert made.json()["owner_id"] == str(world.engineer.id)


async def test_a_team_key_sees_only_its_teams_customers(
    client: AsyncClient, world: World, session: AsyncSession
):
    own = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    own_lead = await create_lead(session, owner=world.teammate, territory=world.north)
    foreign_lead = await create_lead(
        session, owner=world.engineer_other_team, territory=world.south
    )
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:read", "leads:read"], team=world.team
    )

    listed = await client.get("/api/v1/customers", headers=key_auth(secret))
    assert [c["id"] for c in listed.json()["items"]] == [str(own.id)]
    assert (
        await client.get(f"/api/v1/customers/{own.id}", headers=key_auth(secret))
    ).status_code == 200
    hidden = await client.get(f"/api/v1/customers/{foreign.id}", headers=key_auth(secret))
    assert hidden.status_code == 404
    leads = await client.get("/api/v1/leads", headers=key_auth(secret))
    assert [lead["id"] for lead in leads.json()["items"]] == [str(own_lead.id)]
    other = await client.get(f"/api/v1/leads/{foreign_lead.id}", headers=key_auth(secret))
    assert other.status_code == 404


async def test_a_team_key_places_records_only_with_its_team(
    client: AsyncClient, world: World, session: AsyncSession
):
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:write"], team=world.team
    )
    theirs = await client.post(
        "/api/v1/customers",
        json={"name": "Elsewhere Co", "owner_id": str(world.engineer_other_team.id)},
        headers=key_auth(secret),
    )
    assert theirs.status_code == 422
    assert theirs.json()["errors"][0]["loc"] == ["body", "owner_id"]
    ours = await client.post(
        "/api/v1/customers",
        json={
            "name": "Team One Client",
            "owner_id": str(world.teammate.id),
            "territory_id": str(world.north.id),
        },
        headers=key_auth(secret),
    )
    assert ours.status_code == 201, ours.text


async def test_a_territory_key_sees_the_territorys_customers_and_no_ones_own_rows(
    client: AsyncClient, world: World, session: AsyncSession
):
    north = await create_customer(session, owner=world.engineer, territory=world.north)
    south = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await create_lead(session, owner=world.engineer_other_team, territory=world.south)
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:read", "leads:read"], territory=world.south
    )
    listed = await client.get("/api/v1/customers", headers=key_auth(secret))
    assert [c["id"] for c in listed.json()["items"]] == [str(south.id)]
    hidden = await client.get(f"/api/v1/customers/{north.id}", headers=key_auth(secret))
    assert hidden.status_code == 404
    # Leads belong to a person, not a territory: a territory key sees none.
    assert (await client.get("/api/v1/leads", headers=key_auth(secret))).json()["items"] == []


async def test_an_expired_key_is_401(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
):
    _, secret = await create_api_key(
        session, by=world.admin, expires_at=utcnow() + timedelta(hours=1)
    )
    assert (await client.get("/api/v1/customers", headers=key_auth(secret))).status_code == 200
    later = utcnow() + timedelta(hours=2)
    monkeypatch.setattr(api_key_service, "utcnow", lambda: later)
    expired = await client.get("/api/v1/customers", headers=key_auth(secret))
    assert expired.status_code == 401
    assert expired.json()["code"] == "api_keys.expired"
    assert expired.headers["www-authenticate"] == "APIKey"


@pytest.mark.parametrize(
    "presented",
    [
        "sk_live_nonsense",
        "sk_live_0123456789abcdef0123456789abcdef_guess",  # an unknown id
        "{key_id}_wrong-secret",  # the right id, a wrong secret
    ],
)
async def test_a_key_that_is_not_right_is_401_telling_nothing(
    client: AsyncClient, world: World, session: AsyncSession, presented: str
):
    key, _ = await create_api_key(session, by=world.admin)
    presented = presented.format(key_id=key.prefix)
    for headers in (key_auth(presented), {"Authorization": f"Bearer {presented}"}):
        answer = await client.get("/api/v1/customers", headers=headers)
        assert answer.status_code == 401
        assert answer.json()["code"] == "api_keys.invalid"


async def test_a_revoked_keys_right_secret_is_told_it_was_revoked(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, secret = await create_api_key(session, by=world.admin)
    await client.post(f"/api/v1/api-keys/{key.id}/revoke", headers=auth(world.admin))
    answer = await client.get("/api/v1/customers", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 401
    assert answer.json()["code"] == "api_keys.revoked"
    assert answer.headers["www-authenticate"] == 'Bearer error="invalid_token"'


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/users/me"),
        ("GET", "/api/v1/me/notifications"),
        ("GET", "/api/v1/saved-views"),
        # The feed serves keys what their scopes carry, never a person's notifications.
        ("GET", "/api/v1/sync/changes?entity=notifications"),
        ("GET", "/api/v1/audit"),
        ("GET", "/api/v1/api-keys"),
        ("POST", "/api/v1/duty-days"),
    ],
)
async def test_what_acts_for_a_person_is_refused_to_a_key_whatever_its_scopes(
    client: AsyncClient, world: World, session: AsyncSession, method: str, path: str
):
    from app.core.access import ApiScope

    _, secret = await create_api_key(session, by=world.admin, scopes=[s.value for s in ApiScope])
    answer = await client.request(method, path, json={}, headers=key_auth(secret))
    assert answer.status_code == 403, answer.text
    assert answer.json()["code"] == "auth.not_for_api_keys"


async def test_a_key_and_a_user_with_the_same_idempotency_key_do_not_collide(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, secret = await create_api_key(session, by=world.admin, scopes=["customers:write"])
    body = {"name": "Same Key Traders", "owner_id": str(world.engineer.id)}
    as_admin = await client.post(
        "/api/v1/customers", json=body, headers={**auth(world.admin), "Idempotency-Key": "k-1"}
    )
    as_key = await client.post(
        "/api/v1/customers", json=body, headers={**key_auth(secret), "Idempotency-Key": "k-1"}
    )
    assert as_admin.status_code == as_key.status_code == 201
    assert as_key.headers.get("idempotent-replayed") is None
    assert as_admin.json()["id"] != as_key.json()["id"]

    # The key's own retry replays its first answer, whichever way it authenticates.
    retried = await client.post(
        "/api/v1/customers",
        json=body,
        headers={"Authorization": f"Bearer {secret}", "Idempotency-Key": "k-1"},
    )
    assert retried.headers["idempotent-replayed"] == "true"
    assert retried.json()["id"] == as_key.json()["id"]

    # Naming the key's id without its secret replays nothing.
    forged = f"{key.prefix}_not-the-secret"
    stranger = await client.post(
        "/api/v1/customers", json=body, headers={**key_auth(forged), "Idempotency-Key": "k-1"}
    )
    assert stranger.status_code == 401
    assert stranger.headers.get("idempotent-replayed") is None
    assert "Same Key Traders" not in stranger.text


async def test_the_audit_log_names_the_key_as_the_actor(
    client: AsyncClient, world: World, session: AsyncSession
):
    key, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:write"], name="SAP S/4HANA sync"
    )
    made = await client.post(
        "/api/v1/customers",
        json={"name": "Synced Ltd", "owner_id": str(world.engineer.id)},
        headers=key_auth(secret),
    )
    audit = await client.get(
        "/api/v1/audit", params={"entity_id": made.json()["id"]}, headers=auth(world.admin)
    )
    entry = audit.json()["items"][0]
    assert entry["action"] == "customer.created"
    assert entry["actor_kind"] == "api_key"
    assert entry["actor_id"] == str(key.id)
    assert entry["actor_label"] == "SAP S/4HANA sync"
    by_key = await client.get(
        "/api/v1/audit", params={"actor_id": str(key.id)}, headers=auth(world.admin)
    )
    assert [e["entity_id"] for e in by_key.json()["items"]] == [made.json()["id"]]


async def test_the_last_use_is_noted_at_most_once_a_minute(
    client: AsyncClient, world: World, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
):
    key, secret = await create_api_key(session, by=world.admin)

    async def last_use() -> tuple[str | None, str | None]:
        item = (await client.get(f"/api/v1/api-keys/{key.id}", headers=auth(world.admin))).json()
        return item["last_used_at"], item["last_used_ip"]

    assert await last_use() == (None, None)
    await client.get("/api/v1/customers", headers=key_auth(secret))
    first, address = await last_use()
    assert first is not None and address == "203.0.113.7"
    await client.get("/api/v1/customers", headers=key_auth(secret))
    assert (await last_use())[0] == first

    later = utcnow() + timedelta(minutes=2)
    monkeypatch.setattr(api_key_service, "utcnow", lambda: later)
    await client.get("/api/v1/customers", headers=key_auth(secret))
    noted = (await last_use())[0]
    assert noted is not None and datetime.fromisoformat(noted) == later


async def test_a_keys_order_over_the_credit_limit_waits_for_a_person(
    client: AsyncClient, world: World, session: AsyncSession
):
    product = await create_product(session, tax_category=await create_tax_category(session))
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    customer.credit_limit = Decimal("100")
    await session.commit()
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["sales_orders:write", "sales_orders:read"]
    )
    body = {
        "customer_id": str(customer.id),
        "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": "500"}],
    }
    ownerless = await client.post("/api/v1/sales-orders", json=body, headers=key_auth(secret))
    assert ownerless.status_code == 422
    assert ownerless.json()["errors"][0]["loc"] == ["body", "owner_id"]
    made = await client.post(
        "/api/v1/sales-orders",
        json={**body, "owner_id": str(world.engineer.id)},
        headers=key_auth(secret),
    )
    assert made.status_code == 201, made.text
    assert made.json()["owner_id"] == str(world.engineer.id)
    confirmed = await client.post(
        f"/api/v1/sales-orders/{made.json()['id']}/confirm",
        json={"approve_credit": True},
        headers=key_auth(secret),
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "credit_hold"


async def test_a_keys_quote_belongs_to_the_engineer_it_names(
    client: AsyncClient, world: World, session: AsyncSession
):
    product = await create_product(session, tax_category=await create_tax_category(session))
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    _, secret = await create_api_key(session, by=world.admin, scopes=["quotes:write"])
    made = await client.post(
        "/api/v1/quotes",
        json={
            "customer_id": str(customer.id),
            "owner_id": str(world.engineer.id),
            "lines": [{"product_id": str(product.id), "quantity": "2"}],
        },
        headers=key_auth(secret),
    )
    assert made.status_code == 201, made.text
    assert made.json()["owner_id"] == str(world.engineer.id)
