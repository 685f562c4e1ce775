"""The request's unit of work (core/routing.py) on a real engine: a GET runs in
autocommit and ends without a commit when it changed nothing, yet whatever a GET does
write is kept."""

from __future__ import annotations

from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.routing import DomainRouter, get_db
from app.users.models import Team
from tests.conftest import Live

Session = Annotated[AsyncSession, Depends(get_db)]


def _probe_app(live: Live) -> FastAPI:
    router = DomainRouter(prefix="/probe")

    @router.get("/adds")
    async def adds(session: Session) -> dict[str, str]:
        session.add(Team(name="Added on a GET"))
        return {}

    @router.get("/commits-then-writes")
    async def commits_then_writes(session: Session) -> dict[str, str]:
        await session.commit()  # the read's autocommit connection goes back to the pool
        await session.execute(insert(Team).values(name="Written after a commit", version=1))
        return {}

    app = FastAPI()
    app.state.sessionmaker = live.sessionmaker
    app.include_router(router)
    return app


async def _teams_named(live: Live, name: str) -> int:
    async with live.sessionmaker() as session:
        found = await session.scalars(select(Team.id).where(Team.name == name))
        return len(found.all())


async def test_a_record_added_on_a_get_is_committed(live: Live) -> None:
    transport = httpx.ASGITransport(app=_probe_app(live))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/probe/adds")).status_code == 200
    assert await _teams_named(live, "Added on a GET") == 1


async def test_a_write_after_a_get_committed_midway_is_committed(live: Live) -> None:
    transport = httpx.ASGITransport(app=_probe_app(live))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/probe/commits-then-writes")).status_code == 200
    assert await _teams_named(live, "Written after a commit") == 1
