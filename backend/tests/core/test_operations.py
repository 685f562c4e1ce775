"""Operations: rate limits per API key (shared by API processes), Prometheus metrics
for a scraper with the token, readiness with the job queue.

The rate limits run against PostgreSQL always, and against Redis too when
TEST_REDIS_URL names one (``redis://127.0.0.1:6379/15``), like the S3 store's tests."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import clock, rate_limits
from app.main import create_app
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.customers import create_customer

REDIS_URL = os.environ.get("TEST_REDIS_URL")
STORES = [None, REDIS_URL] if REDIS_URL else [None]
TOKEN = "scrape-" + uuid.uuid4().hex


def _with(app: Any, **settings: Any) -> Any:
    app.state.settings = app.state.settings.model_copy(update=settings)
    return app


def _client(app: Any) -> AsyncClient:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    return AsyncClient(transport=transport, base_url="http://test")


@pytest.mark.parametrize("redis_url", STORES, ids=lambda url: "redis" if url else "postgresql")
async def test_a_key_past_its_rate_gets_429_with_retry_after_and_the_write_does_nothing(
    sessionmaker: Any,
    session: AsyncSession,
    world: World,
    redis_url: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # All within one minute on the clock, however slow the machine.
    moment = datetime.fromtimestamp(1_800_000_000 // 60 * 60 + 15, UTC)
    monkeypatch.setattr(clock, "utcnow", lambda: moment)
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["customers:read", "customers:write"]
    )
    # Two API processes (two apps) count against one limit.
    first = _with(create_app(sessionmaker=sessionmaker), api_key_rate_limit=3, redis_url=redis_url)
    second = _with(create_app(sessionmaker=sessionmaker), api_key_rate_limit=3, redis_url=redis_url)
    async with _client(first) as one, _client(second) as two:
        answers = [
            await one.get("/api/v1/customers", headers=key_auth(secret)),
            await two.get("/api/v1/customers", headers=key_auth(secret)),
            await one.get("/api/v1/customers", headers=key_auth(secret)),
        ]
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert [a.headers["RateLimit-Remaining"] for a in answers] == ["2", "1", "0"]
        assert all(a.headers["RateLimit-Limit"] == "3" for a in answers)
        assert all(a.headers["RateLimit-Reset"] == "45" for a in answers)

        refused = await two.post(
            "/api/v1/customers",
            json={"name": "Over The Limit Ltd", "owner_id": str(world.engineer.id)},
            headers=key_auth(secret),
        )
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["code"] == "rate_limit.exceeded"
        assert "3 requests a minute" in refused.json()["detail"]
        assert refused.headers["Retry-After"] == "45"
        assert refused.headers["RateLimit-Remaining"] == "0"
        listed = await one.get("/api/v1/customers?q=Over%20The%20Limit", headers=auth(world.admin))
        assert listed.json()["items"] == []  # nothing was written
        # People are not limited by a key's rate.
        assert (await one.get("/api/v1/customers", headers=auth(world.admin))).status_code == 200
        assert "RateLimit-Limit" not in listed.headers


@pytest.mark.parametrize("redis_url", STORES, ids=lambda url: "redis" if url else "postgresql")
async def test_the_count_starts_again_in_the_next_window(
    session: AsyncSession, redis_url: str | None
) -> None:
    subject = f"test:{uuid.uuid4()}"
    minute = 1_800_000_000 // 60 * 60  # the start of a minute
    hit = rate_limits.check
    state = await hit(session, subject=subject, limit=1, redis_url=redis_url, now=minute + 50.2)
    assert (state.remaining, state.reset_seconds) == (0, 10)
    with pytest.raises(rate_limits.TooManyRequests):
        await hit(session, subject=subject, limit=1, redis_url=redis_url, now=minute + 59.9)
    fresh = await hit(session, subject=subject, limit=1, redis_url=redis_url, now=minute + 60.0)
    assert (fresh.remaining, fresh.reset_seconds) == (0, 60)


async def test_past_windows_are_purged(session: AsyncSession) -> None:
    subject = f"test:{uuid.uuid4()}"
    await rate_limits.check(session, subject=subject, limit=5, redis_url=None, now=1_000_000_020)
    await rate_limits.check(session, subject=subject, limit=5, redis_url=None, now=4_000_000_020)
    await rate_limits.purge_windows(session)
    left = await session.scalar(
        text("SELECT count(*) FROM rate_limit_windows WHERE subject = :s"), {"s": subject}
    )
    assert left == 1  # the window of 2096 stays; that of 2001 is gone


def _customer_reads(body: str) -> float:
    """Successful GETs of one customer so far, as the exposition counts them."""
    labels = 'method="GET",route="/api/v1/customers/{customer_id}",status="2xx"'
    for row in body.splitlines():
        if row.startswith("sales_http_requests_total{") and labels in row:
            return float(row.rsplit(" ", 1)[1])
    return 0.0


async def test_metrics_answer_the_scraper_with_the_token_and_no_one_else(
    app: Any, session: AsyncSession, world: World
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    async with _client(app) as unset:
        assert (await unset.get("/metrics")).status_code == 404  # no token configured
    _with(app, metrics_token=TOKEN)
    scraper = {"Authorization": f"Bearer {TOKEN}"}
    async with _client(app) as client:
        before = _customer_reads((await client.get("/metrics", headers=scraper)).text)
        for _ in range(3):
            answer = await client.get(f"/api/v1/customers/{customer.id}", headers=auth(world.head))
            assert answer.status_code == 200
        assert (await client.get("/api/v1/nowhere/at-all")).status_code == 404
        assert (await client.get("/metrics", headers=auth(world.admin))).status_code == 404
        wrong = await client.get("/metrics", headers={"Authorization": "Bearer wrong"})
        assert wrong.status_code == 404
        scraped = await client.get("/metrics", headers=scraper)
    assert scraped.status_code == 200
    assert scraped.headers["content-type"].startswith("text/plain")
    body = scraped.text
    # The counters are the process's: the three reads made here, under their template.
    assert _customer_reads(body) - before == 3
    assert str(customer.id) not in body  # templates, never raw paths
    assert 'route="unmatched"' in body
    assert "sales_http_request_duration_seconds_bucket" in body
    assert "sales_db_pool_connections_in_use" in body
    assert 'sales_webhook_deliveries{state="retrying"}' in body
    assert "sales_webhooks_disabled" in body


async def test_queue_depth_and_age_are_measured_from_the_jobs_table(
    app: Any, session: AsyncSession
) -> None:
    await session.execute(
        text(
            "INSERT INTO procrastinate_jobs (queue_name, task_name, status, scheduled_at) VALUES "
            "('metrics-test', 'noop', 'todo', now() - interval '90 seconds'), "
            "('metrics-test', 'noop', 'todo', now() - interval '5 seconds'), "
            "('metrics-test', 'noop', 'todo', now() + interval '1 hour'), "
            "('metrics-test', 'noop', 'failed', now() - interval '1 day')"
        )
    )
    _with(app, metrics_token=TOKEN)
    async with _client(app) as client:
        body = (await client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})).text
        ready = await client.get("/ready")
    values = {
        row.split(" ")[0]: float(row.split(" ")[1])
        for row in body.splitlines()
        if 'queue="metrics-test"' in row
    }
    # Two are due (the one scheduled in an hour is not waiting yet), the oldest 90 s.
    assert values['sales_jobs_waiting{queue="metrics-test"}'] == 2
    assert 90 <= values['sales_jobs_oldest_waiting_seconds{queue="metrics-test"}'] < 150
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok"
    assert ready.json()["queue"]["waiting"] >= 2
    assert ready.json()["queue"]["oldest_waiting_seconds"] >= 90
