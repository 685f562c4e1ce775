"""Protective headers on every answer, the calendar's address from configuration (not
from the Host header), and the calendar's secret kept out of the access log."""

from __future__ import annotations

import pytest
from httpx import AsyncClient

from tests.conftest import World, auth


async def test_api_answers_carry_the_protective_headers(client: AsyncClient, world: World):
    answer = await client.get("/api/v1/users/me", headers=auth(world.engineer))
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert answer.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    problem = await client.get("/api/v1/customers")  # an error answer too
    assert problem.headers["x-content-type-options"] == "nosniff"


async def test_the_docs_page_may_load_its_cdn_and_nothing_else(client: AsyncClient):
    docs = await client.get("/docs")
    policy = docs.headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in policy and "frame-ancestors 'none'" in policy


async def test_the_calendar_address_ignores_the_host_header(client: AsyncClient, world: World):
    answer = await client.get(
        "/api/v1/me/calendar-feed",
        headers={**auth(world.engineer), "Host": "evil.example"},
    )
    url = answer.json()["url"]
    assert url.startswith("http://127.0.0.1:8000/api/v1/calendar/")
    assert "evil.example" not in url


async def test_the_calendar_secret_never_reaches_the_access_log(
    client: AsyncClient, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = (await client.get("/api/v1/me/calendar-feed", headers=auth(world.engineer))).json()
    capsys.readouterr()
    ics = await client.get(f"/api/v1/calendar/{feed['token']}.ics")
    assert ics.status_code == 200
    logged = capsys.readouterr().out
    assert "path=/api/v1/calendar/[redacted].ics" in logged
    assert feed["token"] not in logged
