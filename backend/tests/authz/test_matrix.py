"""Every route x every role x own/foreign record has an expected status, in ONE table.

A route added to the app without a row here fails ``test_every_route_has_a_row``.
"Own" records belong to the engineer's team (the engineer owns them); "foreign"
records belong to the other team. A record the caller may not see is a 404.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.main import create_app
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer

ROLES = ("anonymous", "engineer", "head", "admin")
Expect = dict[str, tuple[int, int]]  # role -> (status on own record, status on foreign record)


def scoped(ok: int) -> Expect:
    """Records scoped by owner/territory: the other team's are invisible."""
    return {"anonymous": (401, 401), "engineer": (ok, 404), "head": (ok, 404), "admin": (ok, ok)}


def everyone(ok: int) -> Expect:
    return {role: ((401, 401) if role == "anonymous" else (ok, ok)) for role in ROLES}


def public(ok: int) -> Expect:
    return dict.fromkeys(ROLES, (ok, ok))


def only(ok: int, *roles: str) -> Expect:
    """Needs a permission only some roles have (403 for the others)."""
    return {
        role: (401, 401) if role == "anonymous" else ((ok, ok) if role in roles else (403, 403))
        for role in ROLES
    }


@dataclass
class Case:
    expect: Expect
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


IF_MATCH = {"If-Match": "*"}
MATRIX: dict[tuple[str, str], Case] = {
    ("GET", "/health"): Case(public(200)),
    ("GET", "/ready"): Case(public(200)),
    # auth: public endpoints answering bad credentials the same for everyone
    ("POST", "/api/v1/auth/login"): Case(public(401), {"email": "x@y.z", "password": "nope"}),
    ("POST", "/api/v1/auth/token"): Case(public(422)),
    ("POST", "/api/v1/auth/refresh"): Case(public(401), {"refresh_token": "not-a-real-token"}),
    ("POST", "/api/v1/auth/logout"): Case(public(204), {"refresh_token": "not-a-real-token"}),
    ("GET", "/api/v1/login-events"): Case(only(200, "head", "admin")),
    # directory
    ("GET", "/api/v1/users/me"): Case(everyone(200)),
    ("GET", "/api/v1/users"): Case(everyone(200)),
    ("POST", "/api/v1/users"): Case(
        only(201, "admin"),
        {
            "email": "new.user@test.example",
            "full_name": "New User",
            "password": "long-enough-pw",
            "role": "sales_engineer",
        },
    ),
    ("GET", "/api/v1/users/{user_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/users/{user_id}"): Case(only(200, "admin"), {"phone": "+91 1"}, IF_MATCH),
    ("GET", "/api/v1/teams"): Case(everyone(200)),
    ("POST", "/api/v1/teams"): Case(only(201, "admin"), {"name": "Team Three"}),
    ("GET", "/api/v1/teams/{team_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/teams/{team_id}"): Case(only(200, "admin"), {"name": "Renamed"}, IF_MATCH),
    ("GET", "/api/v1/territories"): Case(everyone(200)),
    ("POST", "/api/v1/territories"): Case(
        only(201, "admin"), {"name": "East", "region": "East India"}
    ),
    ("GET", "/api/v1/territories/{territory_id}"): Case(everyone(200)),
    ("PATCH", "/api/v1/territories/{territory_id}"): Case(
        only(200, "admin"), {"region": "Renamed region"}, IF_MATCH
    ),
    ("GET", "/api/v1/audit"): Case(only(200, "admin")),
    # customers
    ("GET", "/api/v1/customers"): Case(everyone(200)),
    ("POST", "/api/v1/customers"): Case(everyone(201), {"name": "Matrix Traders"}),
    ("GET", "/api/v1/customers/{customer_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/customers/{customer_id}"): Case(scoped(200), {"rating": 3}, IF_MATCH),
    ("POST", "/api/v1/customers/{customer_id}/archive"): Case(scoped(200)),
    ("POST", "/api/v1/customers/{customer_id}/unarchive"): Case(scoped(200)),
    ("GET", "/api/v1/customers/{customer_id}/timeline"): Case(scoped(200)),
    ("GET", "/api/v1/customers/{customer_id}/contacts"): Case(scoped(200)),
    ("POST", "/api/v1/customers/{customer_id}/contacts"): Case(
        scoped(201), {"name": "New Contact"}
    ),
    ("GET", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(
        scoped(200), {"title": "Buyer"}, IF_MATCH
    ),
    ("DELETE", "/api/v1/customers/{customer_id}/contacts/{contact_id}"): Case(
        scoped(204), None, IF_MATCH
    ),
    # activities: an engineer's activities are their own; a head sees the team's
    ("GET", "/api/v1/activities"): Case(everyone(200)),
    ("POST", "/api/v1/activities"): Case(everyone(201), {"type": "call", "subject": "Matrix"}),
    ("GET", "/api/v1/activities/{activity_id}"): Case(scoped(200)),
    ("PATCH", "/api/v1/activities/{activity_id}"): Case(scoped(200), {"subject": "x"}, IF_MATCH),
    ("POST", "/api/v1/activities/{activity_id}/complete"): Case(scoped(200), {}),
    ("POST", "/api/v1/activities/{activity_id}/cancel"): Case(scoped(200)),
    ("GET", "/api/v1/me/agenda"): Case(everyone(200)),
    ("GET", "/api/v1/me/calendar-feed"): Case(everyone(200)),
    ("POST", "/api/v1/me/calendar-feed/rotate"): Case(everyone(200)),
    ("GET", "/api/v1/calendar/{token}.ics"): Case(public(404)),
}


@dataclass
class Records:
    """The own and foreign record of each kind, built once per test."""

    own: dict[str, Any]
    foreign: dict[str, Any]


async def _customers(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_customer(session, owner=world.engineer, territory=world.north)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    return (
        {"customer_id": own.id, "contact_id": own.contacts[0].id},
        {"customer_id": foreign.id, "contact_id": foreign.contacts[0].id},
    )


async def _activities(session: AsyncSession, world: World) -> tuple[dict[str, Any], ...]:
    own = await create_activity(session, owner=world.engineer)
    foreign = await create_activity(session, owner=world.engineer_other_team)
    unknown_token = {"token": "no-such-calendar-token"}
    return {"activity_id": own.id, **unknown_token}, {"activity_id": foreign.id, **unknown_token}


# Each domain adds a builder returning (own ids, foreign ids) by path parameter name.
RECORD_BUILDERS: list[Callable[[AsyncSession, World], Awaitable[tuple[dict[str, Any], ...]]]] = [
    _customers,
    _activities,
]


async def build_records(session: AsyncSession, world: World) -> Records:
    own: dict[str, Any] = {
        "user_id": world.teammate.id,
        "team_id": world.team.id,
        "territory_id": world.north.id,
    }
    foreign: dict[str, Any] = {
        "user_id": world.engineer_other_team.id,
        "team_id": world.other_team.id,
        "territory_id": world.south.id,
    }
    for builder in RECORD_BUILDERS:
        mine, theirs = await builder(session, world)
        own.update(mine)
        foreign.update(theirs)
    await session.commit()
    return Records(own, foreign)


def _app_routes() -> set[tuple[str, str]]:
    """Every operation of the app, read from its OpenAPI document (FastAPI includes
    routers lazily, so ``app.routes`` does not list them)."""
    paths = create_app().openapi()["paths"]
    return {(method.upper(), path) for path, ops in paths.items() for method in ops}


def test_every_route_has_a_row():
    missing = sorted(_app_routes() - MATRIX.keys())
    assert not missing, f"routes without an authorization row: {missing}"
    stale = sorted(MATRIX.keys() - _app_routes())
    assert not stale, f"rows for routes that no longer exist: {stale}"


CASES = [
    (method, path, role, which)
    for (method, path) in sorted(MATRIX)
    for role in ROLES
    for which in ("own", "foreign")
    if which == "own" or "{" in path
]


@pytest.mark.parametrize(("method", "path", "role", "which"), CASES)
async def test_route_answers_as_the_matrix_says(
    client: AsyncClient, session: AsyncSession, world: World, method, path, role, which
):
    case = MATRIX[(method, path)]
    records = await build_records(session, world)
    ids = records.own if which == "own" else records.foreign
    url = path.format(**{k: str(v) for k, v in ids.items()})
    caller = {"engineer": world.engineer, "head": world.head, "admin": world.admin}.get(role)
    headers = {**case.headers, **(auth(caller) if caller else {})}
    answer = await client.request(method, url, json=case.body, headers=headers)
    expected = case.expect[role][0 if which == "own" else 1]
    assert answer.status_code == expected, answer.text
