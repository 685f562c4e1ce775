"""A read route's dependencies solved by its plan (core/dependency_plan.py) answer what
FastAPI's own solving answers: the same status, body and headers for valid requests,
filters and repeated parameters, wrong values (422 naming the field), a missing or
wrong token (401), an API key, and a caller who may not see the record (404)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.dependency_plan import DependencyPlan
from app.core.pagination import DEFAULT_LIMIT
from app.core.routing import TransactionalRoute
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.customers import create_customer
from tests.factories.leads import create_lead

UNCHANGING_HEADERS = ("content-type", "etag", "www-authenticate", "cache-control")


def _unused_dependency() -> None:
    """Overriding a dependency no route uses sends every request through FastAPI's own
    solving (the plan stands aside while overrides are set), changing nothing else."""


async def _both(
    app: Any, ask: Callable[[], Awaitable[Response]], monkeypatch: pytest.MonkeyPatch
) -> tuple[Response, Response, list[bool]]:
    """The same request answered through the route's plan, then by FastAPI alone."""
    solved: list[bool] = []
    solve = DependencyPlan.solve

    async def spied(plan: DependencyPlan, request: Any) -> Any:
        arguments = await solve(plan, request)
        solved.append(arguments is not None)
        return arguments

    monkeypatch.setattr(DependencyPlan, "solve", spied)
    planned = await ask()
    monkeypatch.undo()
    app.dependency_overrides[_unused_dependency] = _unused_dependency
    try:
        solved_by_fastapi = await ask()
    finally:
        app.dependency_overrides.pop(_unused_dependency)
    return planned, solved_by_fastapi, solved


def _same(planned: Response, fastapi: Response) -> None:
    assert planned.status_code == fastapi.status_code
    for name in UNCHANGING_HEADERS:
        assert planned.headers.get(name) == fastapi.headers.get(name), name
    if planned.headers.get("content-type", "").endswith("json"):
        body, other = planned.json(), fastapi.json()
        if isinstance(body, dict):
            # A problem names its request (its id differs per request).
            body.pop("instance", None), other.pop("instance", None)
            body.pop("request_id", None), other.pop("request_id", None)
        assert body == other
    else:
        assert planned.content == fastapi.content


@pytest.mark.parametrize(
    ("path", "planned"),
    [
        ("/api/v1/leads", True),
        ("/api/v1/leads?limit=1", True),
        ("/api/v1/leads?limit=2&sort=-score&status=new", True),
        ("/api/v1/leads?fields=person_name,estimated_value", True),
        ("/api/v1/leads?limit=0", False),  # 422: limit below 1
        ("/api/v1/leads?limit=abc", False),  # 422: not a number
        ("/api/v1/leads?sort=salary", False),  # 422: not an allowed sort
        ("/api/v1/leads?min_score=101&status=nonsense", False),  # 422: two fields named
        ("/api/v1/leads?cursor=" + "x" * 501, False),  # 422: over its length
        ("/api/v1/leads?cursor=not-a-cursor", True),  # 422 from the read path itself
        ("/api/v1/leads?fields=salary", True),
        ("/api/v1/activities?owner_id={engineer}&owner_id={head}", True),  # repeated
        ("/api/v1/activities?owner_id=&type=call", False),  # an empty id: 422
        ("/api/v1/activities?scheduled_from=2026-11-01T00:00:00Z", True),
        ("/api/v1/activities?scheduled_from=2026-11-01T00:00:00", False),  # no zone: 422
        ("/api/v1/customers?q=sharma", True),
        ("/api/v1/customers/{customer}", True),
        ("/api/v1/customers/{hidden}", True),  # another team's: 404
    ],
)
async def test_a_planned_route_answers_as_fastapi_solving_it_does(
    app: Any,
    client: AsyncClient,
    session: AsyncSession,
    world: World,
    path: str,
    planned: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``planned``: the plan answers; else a parameter does not validate and the plan
    stands aside for FastAPI, whose 422 names it."""
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, name="Sharma Steel"
    )
    hidden = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    for _ in range(DEFAULT_LIMIT + 2):  # more than a default page: the page size shows
        await create_lead(session, owner=world.engineer)
    await create_activity(session, owner=world.engineer, customer_id=customer.id)
    await session.commit()
    url = path.format(
        engineer=world.engineer.id, head=world.head.id, customer=customer.id, hidden=hidden.id
    )
    answer, fastapi, solved = await _both(
        app, lambda: client.get(url, headers=auth(world.engineer)), monkeypatch
    )
    assert solved == [planned]
    _same(answer, fastapi)
    if answer.status_code == 422:
        assert answer.json()["errors"], "a refusal names its fields"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"X-API-Key": "sk_live_wrong"},
    ],
)
async def test_a_planned_route_refuses_callers_as_fastapi_does(
    app: Any, client: AsyncClient, headers: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer, fastapi, solved = await _both(
        app, lambda: client.get("/api/v1/leads", headers=headers), monkeypatch
    )
    assert solved == []  # the caller's dependency refused them inside the plan
    assert answer.status_code == 401
    _same(answer, fastapi)


def test_the_read_routes_are_planned(app: Any) -> None:
    """The lists and single reads answering a Response get a plan; a route whose
    declarations a plan does not take on is left to FastAPI, not refused."""
    planned = []
    pending = list(app.routes)
    while pending:
        route = pending.pop()
        pending.extend(getattr(getattr(route, "original_router", route), "routes", []) or [])
        if isinstance(route, TransactionalRoute) and route.methods <= {"GET", "HEAD"}:
            if DependencyPlan.of(route.dependant) is not None:
                planned.append(route.path)
    assert {"/leads", "/customers", "/opportunities", "/activities"} <= set(planned)
