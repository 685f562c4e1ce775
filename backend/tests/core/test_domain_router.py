"""A domain's router rejects at once a path none of its routes could match: by its
prefix, or, without one (users, teams and territories share one router), by the literal
start of each of its paths. What it must never do is reject a path one of its routes
serves, including one added after the first request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRouter

from app.core.routing import DomainRouter


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
