"""The directory: admins manage users, teams and territories; everyone reads them."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, auth
from tests.factories.users import create_user


async def test_admin_creates_user_who_can_then_sign_in(client: AsyncClient, world: World):
    created = await client.post(
        "/api/v1/users",
        json={
            "email": "New.Engineer@Test.Example",
            "full_name": "New Engineer",
            "password": "a-long-password",
            "role": "sales_engineer",
            "team_id": str(world.team.id),
            "territory_ids": [str(world.north.id)],
        },
        headers=auth(world.admin),
    )
    assert created.status_code == 201, created.text
    assert created.json()["email"] == "new.engineer@test.example"
    assert [t["name"] for t in created.json()["territories"]] == ["North"]
    assert "password" not in created.text and "password_hash" not in created.text
    login = await client.post(
        "/api/v1/auth/login",
        json={"email": "new.engineer@test.example", "password": "a-long-password"},
    )
    assert login.status_code == 200


async def test_duplicate_email_and_short_password_are_rejected(client: AsyncClient, world: World):
    twin = await client.post(
        "/api/v1/users",
        json={
            "email": world.engineer.email,
            "full_name": "Twin",
            "password": "long-enough-1",
            "role": "sales_engineer",
        },
        headers=auth(world.admin),
    )
    assert twin.status_code == 409 and twin.json()["code"] == "users.email_taken"
    short = await client.post(
        "/api/v1/users",
        json={"email": "s@test.example", "full_name": "S", "password": "short", "role": "admin"},
        headers=auth(world.admin),
    )
    assert short.status_code == 422
    assert short.json()["errors"][0]["loc"] == ["body", "password"]


async def test_unknown_territory_is_a_field_error(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/users",
        json={
            "email": "t@test.example",
            "full_name": "T",
            "password": "long-enough-1",
            "role": "sales_engineer",
            "territory_ids": [str(world.team.id)],
        },
        headers=auth(world.admin),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "territory_ids"]


async def test_deactivated_user_loses_access_at_once(
    client: AsyncClient, world: World, session: AsyncSession
):
    victim = await create_user(session, team=world.team)
    await session.commit()
    headers = auth(victim)
    assert (await client.get("/api/v1/users/me", headers=headers)).status_code == 200
    off = await client.patch(
        f"/api/v1/users/{victim.id}",
        json={"is_active": False},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert off.status_code == 200
    assert (await client.get("/api/v1/users/me", headers=headers)).status_code == 401


async def test_engineer_cannot_manage_users(client: AsyncClient, world: World):
    answer = await client.patch(
        f"/api/v1/users/{world.engineer.id}",
        json={"role": "admin"},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert answer.status_code == 403
    assert answer.json()["code"] == "auth.missing_permission"


async def test_directory_search_and_filter(client: AsyncClient, world: World):
    heads = await client.get(
        "/api/v1/users", params={"role": "sales_head"}, headers=auth(world.engineer)
    )
    assert {u["id"] for u in heads.json()["items"]} == {
        str(world.head.id),
        str(world.other_head.id),
    }
    found = await client.get(
        "/api/v1/users", params={"q": world.teammate.email}, headers=auth(world.engineer)
    )
    assert [u["id"] for u in found.json()["items"]] == [str(world.teammate.id)]


async def test_teams_and_territories(client: AsyncClient, world: World):
    team = await client.post(
        "/api/v1/teams",
        json={"name": "Team East", "head_id": str(world.head.id)},
        headers=auth(world.admin),
    )
    assert team.status_code == 201
    not_a_head = await client.post(
        "/api/v1/teams",
        json={"name": "Team West", "head_id": str(world.engineer.id)},
        headers=auth(world.admin),
    )
    assert not_a_head.status_code == 422
    territory = await client.post(
        "/api/v1/territories",
        json={
            "name": "Kerala",
            "region": "South India",
            "parent_id": str(world.south.id),
            "postal_prefixes": ["682", "695"],
        },
        headers=auth(world.admin),
    )
    assert territory.status_code == 201
    dup = await client.post(
        "/api/v1/territories", json={"name": "kerala", "region": "X"}, headers=auth(world.admin)
    )
    assert dup.status_code == 409
    listed = await client.get("/api/v1/territories", headers=auth(world.engineer))
    assert "Kerala" in [t["name"] for t in listed.json()]


async def test_head_scope_follows_team_membership(
    client: AsyncClient, world: World, session: AsyncSession
):
    """Moving an engineer to another team moves their customers out of the old head's view."""
    from tests.factories.customers import create_customer

    customer = await create_customer(session, owner=world.teammate)
    await session.commit()
    url = f"/api/v1/customers/{customer.id}"
    assert (await client.get(url, headers=auth(world.head))).status_code == 200
    moved = await client.patch(
        f"/api/v1/users/{world.teammate.id}",
        json={"team_id": str(world.other_team.id), "territory_ids": [str(world.south.id)]},
        headers={**auth(world.admin), "If-Match": '"1"'},
    )
    assert moved.status_code == 200
    assert (await client.get(url, headers=auth(world.head))).status_code == 404
    assert (await client.get(url, headers=auth(world.other_head))).status_code == 200
