"""A route's dependencies solved by its plan (core/dependency_plan.py) answer what
FastAPI's own solving answers: the same status, body and headers for valid requests,
filters and repeated parameters, wrong values (422 naming the field), a missing or
wrong token (401), an API key, and a caller who may not see the record (404). Writes
too: an action's locked record, a create's JSON body (a body that does not validate,
or is not JSON, is left to FastAPI, whose answer stays its own)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import orjson
import pytest
from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.dependency_plan import DependencyPlan
from app.core.pagination import DEFAULT_LIMIT
from app.core.routing import TransactionalRoute
from app.sales_orders import service as sales_orders
from tests.conftest import World, auth
from tests.factories.activities import create_activity
from tests.factories.catalogue import create_product, create_tax_category
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


@pytest.fixture
async def quoting(session: AsyncSession, world: World) -> dict[str, Any]:
    """A customer of the engineer's and a product to quote, another team's customer."""
    gst = await create_tax_category(session, rate="18")
    product = await create_product(session, tax_category=gst, list_price="1000", name="Pump")
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    hidden = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    return {"product": product, "customer": customer, "hidden": hidden}


def _quote(customer: Any, product: Any, **line: Any) -> dict[str, Any]:
    return {
        "customer_id": str(customer.id),
        "lines": [{"product_id": str(product.id), "quantity": "2", **line}],
    }


async def test_a_create_is_solved_by_its_plan_body_and_all(
    client: AsyncClient, world: World, quoting: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quote's record comes from the JSON body through the plan: created, priced."""
    solved: list[bool] = []
    solve = DependencyPlan.solve

    async def spied(plan: DependencyPlan, request: Any) -> Any:
        arguments = await solve(plan, request)
        solved.append(arguments is not None)
        return arguments

    monkeypatch.setattr(DependencyPlan, "solve", spied)
    body = _quote(quoting["customer"], quoting["product"], discount_percent="5")
    answer = await client.post("/api/v1/quotes", json=body, headers=auth(world.engineer))
    assert answer.status_code == 201, answer.text
    assert solved == [True]
    quote = answer.json()
    assert quote["customer_id"] == str(quoting["customer"].id)
    assert [Decimal(line["discount_percent"]) for line in quote["lines"]] == [Decimal(5)]
    assert Decimal(quote["grand_total"]) == Decimal("2242.00")  # 2 x 1000, 5 % off, 18 % GST
    submitted = await client.post(
        f"/api/v1/quotes/{quote['id']}/submit", headers=auth(world.engineer)
    )
    assert submitted.status_code == 200, submitted.text
    assert solved == [True, True]  # the action's locked quote too
    assert submitted.json()["status"] == "approved"
    url = f"/api/v1/quotes/{quote['id']}"
    assert (await client.post(f"{url}/send", headers=auth(world.engineer))).status_code == 200
    accepted = await client.post(f"{url}/accept", json={}, headers=auth(world.engineer))
    assert accepted.status_code == 200, accepted.text
    # An optional body not sent: the plan gives None as FastAPI does, and the order's row
    # is locked once (a plan standing aside after its dependencies ran locked it twice).
    locks: list[Any] = []
    lock = sales_orders.lock_sales_order

    async def counted(*args: Any) -> Any:
        locks.append(args[-1])
        return await lock(*args)

    monkeypatch.setattr(sales_orders, "lock_sales_order", counted)
    order_url = f"/api/v1/sales-orders/{accepted.json()['sales_order_id']}"
    confirmed = await client.post(f"{order_url}/confirm", headers=auth(world.engineer))
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "confirmed"
    assert solved == [True] * 5
    assert len(locks) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "planned"),
    [
        ({"lines": []}, "application/json", False),  # 422: no customer
        ({"customer_id": "{customer}", "lines": [{"quantity": "-1"}]}, "application/json", False),
        ({"customer_id": "{hidden}", "lines": []}, "application/json", True),  # the service's 404
        ("not json", "application/json", False),  # 400 malformed, FastAPI's own
        ('{"customer_id": "{customer}", "lines": []}', "text/plain", False),  # not read as JSON
        ('{"customer_id": "{customer}", "lines": []}', "application/jsonx", False),
    ],
)
async def test_a_create_refused_answers_as_fastapi_solving_it_does(
    app: Any,
    client: AsyncClient,
    world: World,
    quoting: dict[str, Any],
    body: Any,
    content_type: str,
    planned: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body that does not validate, or that FastAPI would not read as JSON, goes to
    FastAPI, whose answer stays its own; nothing is created either way."""
    ids = {"customer": quoting["customer"].id, "hidden": quoting["hidden"].id}
    content = body if isinstance(body, str) else orjson.dumps(body).decode()
    content = content.replace("{customer}", str(ids["customer"]))
    content = content.replace("{hidden}", str(ids["hidden"]))
    headers = {**auth(world.engineer), "Content-Type": content_type}
    answer, fastapi, solved = await _both(
        app, lambda: client.post("/api/v1/quotes", content=content, headers=headers), monkeypatch
    )
    assert solved == [planned]
    assert answer.status_code >= 400
    _same(answer, fastapi)
    listed = await client.get("/api/v1/quotes", headers=auth(world.engineer))
    assert listed.json()["items"] == []


def test_the_hot_writes_are_planned(app: Any) -> None:
    """The order-to-cash writes (a quote's create, submit, send and accept, an order's
    confirm) get a plan."""
    planned = set()
    pending = list(app.routes)
    while pending:
        route = pending.pop()
        pending.extend(getattr(getattr(route, "original_router", route), "routes", []) or [])
        if isinstance(route, TransactionalRoute) and "POST" in route.methods:
            if DependencyPlan.of(route.dependant) is not None:
                planned.add(route.path)
    assert {
        "/quotes",
        "/quotes/{quote_id:uuid}/submit",
        "/quotes/{quote_id:uuid}/send",
        "/quotes/{quote_id:uuid}/accept",
        "/sales-orders/{sales_order_id:uuid}/confirm",
    } <= planned
