"""Discount limits: engineer 10 %, head 25 %, admin no limit by default; admins change
them; ``discount_needs_approval`` is what quotes will ask."""

from __future__ import annotations

from decimal import Decimal

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.discounts.service import discount_needs_approval
from app.users import service as users
from tests.conftest import World, auth

URL = "/api/v1/discount-limits"


async def test_everyone_reads_the_default_limits(client: AsyncClient, world: World):
    answer = await client.get(URL, headers=auth(world.engineer))
    assert answer.status_code == 200
    assert {row["role"]: row["max_percent"] for row in answer.json()} == {
        "sales_engineer": "10",
        "sales_head": "25",
        "admin": None,
    }


async def test_admin_changes_a_limit_with_if_match(client: AsyncClient, world: World):
    url = f"{URL}/sales_engineer"
    refused = await client.patch(
        url, json={"max_percent": "12.5"}, headers={**auth(world.head), "If-Match": '"1"'}
    )
    assert refused.status_code == 403
    assert (
        await client.patch(url, json={"max_percent": "12.5"}, headers=auth(world.admin))
    ).status_code == 428
    changed = await client.patch(
        url, json={"max_percent": "12.50"}, headers={**auth(world.admin), "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["max_percent"] == "12.5"
    for bad in ("101", "-1", 12.5, "lots"):
        answer = await client.patch(
            url, json={"max_percent": bad}, headers={**auth(world.admin), "If-Match": "*"}
        )
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["loc"][:2] == ["body", "max_percent"]
    unknown = await client.patch(
        f"{URL}/intern", json={"max_percent": "1"}, headers={**auth(world.admin), "If-Match": "*"}
    )
    assert unknown.status_code == 422


async def test_a_discount_above_the_limit_needs_approval(session: AsyncSession, world: World):
    engineer = await users.principal_for_user(session, world.engineer.id)
    head = await users.principal_for_user(session, world.head.id)
    admin = await users.principal_for_user(session, world.admin.id)
    assert engineer and head and admin
    cases = [
        (engineer, "10", False),
        (engineer, "10.01", True),
        (head, "25", False),
        (head, "25.5", True),
        (admin, "100", False),
    ]
    for principal, percent, expected in cases:
        assert (
            await discount_needs_approval(session, principal, percent=Decimal(percent)) is expected
        ), (principal.role, percent)
