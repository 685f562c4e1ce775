"""A domain's router rejects at once a path none of its routes could match: by its
prefix, or, without one (users, teams and territories share one router), by the literal
start of each of its paths. What it must never do is reject a path one of its routes
serves, including one added after the first request. And the API's routers are found by
the first segment of the path, each where the walk over all of them would find it."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRouter
from starlette.routing import Match

from app.api import API_PREFIX, DOMAIN_ROUTERS
from app.core.config import Settings
from app.core.dispatch import _DISPATCHED, SegmentDispatch
from app.core.routing import DomainRouter
from app.main import create_app


def _app() -> tuple[FastAPI, DomainRouter]:
    shared = DomainRouter(route_class=APIRouter().route_class)

    @shared.get("/things")
    async def things() -> dict[str, str]:
        return {"served": "things"}

    @shared.get("/things/{thing_id}")
    async def thing(thing_id: int) -> dict[str, Any]:
        return {"served": "thing", "id": thing_id}

    @shared.get("/me/things")
    async def my_things() -> dict[str, str]:
        return {"served": "mine"}

    others = DomainRouter(prefix="/others", route_class=APIRouter().route_class)

    @others.get("")
    async def other() -> dict[str, str]:
        return {"served": "others"}

    app = FastAPI()
    app.include_router(shared, prefix="/api/v1")
    app.include_router(others, prefix="/api/v1")
    return app, shared


async def test_a_router_without_a_prefix_serves_its_paths_and_only_they_walk_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app, shared = _app()
    walked: list[str] = []
    original = APIRouter.matches

    def counting(self: APIRouter, scope: Any) -> Any:
        if self is shared:
            walked.append(scope["path"])
        return original(self, scope)

    monkeypatch.setattr(APIRouter, "matches", counting)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/api/v1/things")).json() == {"served": "things"}
        assert (await client.get("/api/v1/things/7")).json() == {"served": "thing", "id": 7}
        assert (await client.get("/api/v1/me/things")).json() == {"served": "mine"}
        assert (await client.get("/api/v1/others")).json() == {"served": "others"}
        assert (await client.get("/api/v1/nowhere")).status_code == 404
        assert walked == ["/api/v1/things", "/api/v1/things/7", "/api/v1/me/things"]

        @shared.get("/late")
        async def late() -> dict[str, str]:
            return {"served": "late"}

        assert (await client.get("/api/v1/late")).json() == {"served": "late"}


# --- the API's routers found by the first segment of the path (SegmentDispatch) ---------


def _example_path(template: str) -> str:
    """A path the template matches: each parameter given a value its convertor takes."""
    values = {"int": "7", "uuid": "0190f1a2-0000-7000-8000-000000000001", "path": "a/b"}
    return re.sub(
        r"{([^}:]+)(?::([^}]+))?}",
        lambda m: values.get(m.group(2) or "", f"{m.group(1)}-1"),
        template,
    )


def _walked(app: FastAPI, scope: dict[str, Any]) -> Any:
    """The route the app's walk takes for ``scope``: its first full match, the dispatch
    left out."""
    for route in app.router.routes:
        if isinstance(route, SegmentDispatch):
            continue
        match, _ = route.matches(dict(scope))
        if match is Match.FULL:
            return route
    return None


def test_the_dispatch_finds_each_api_route_where_the_walk_would() -> None:
    app = create_app(Settings(database_url="postgresql+asyncpg://nobody@localhost/none"))
    [dispatch] = [r for r in app.router.routes if isinstance(r, SegmentDispatch)]
    checked = 0
    for router in DOMAIN_ROUTERS:
        for route in router.routes:
            path = _example_path(API_PREFIX + route.path)
            for method in route.methods:
                scope = {"type": "http", "path": path, "method": method, "root_path": ""}
                match, child = dispatch.matches(dict(scope))
                assert match is Match.FULL, (method, path)
                assert child[_DISPATCHED] is _walked(app, scope), (method, path)
                checked += 1
    assert checked > 300
    # What no route serves, or serves with another method, is left to the walk (404, 405).
    for method, path in [("GET", "/api/v1/nowhere"), ("DELETE", "/api/v1/leads/count")]:
        scope = {"type": "http", "path": path, "method": method, "root_path": ""}
        assert dispatch.matches(scope)[0] is Match.NONE


async def test_what_the_dispatch_leaves_is_answered_as_before(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v1/nowhere")).status_code == 404
    assert (await client.delete("/api/v1/leads/count")).status_code == 405
    slashed = await client.get("/api/v1/leads/")  # the walk redirects to the path without
    assert (slashed.status_code, slashed.headers["location"]) == (307, "http://test/api/v1/leads")
    assert (await client.get("/api/v1/leads")).status_code == 401  # found, not signed in
