"""Request rate limits for programs (API keys), shared by every API process.

An integration's key may make ``SALES_API_KEY_RATE_LIMIT`` requests per minute (a
fixed window: the minute on the clock). Each answer to a key says where it stands
(``RateLimit-Limit``, ``RateLimit-Remaining``, ``RateLimit-Reset``: seconds until the
window ends, as in the IETF draft for these headers); past the limit the answer is a
429 problem with ``Retry-After``, and the request does nothing. People (signed-in users)
are not limited here: their sign-in is (``auth``), and their clients are ours.

The count lives where every API process sees it: in Redis when ``SALES_REDIS_URL`` is
set (one ``INCR`` + ``EXPIRE`` round trip), else in PostgreSQL (one upsert on an
unlogged table; the worker drops past windows hourly). Decision record:
docs/decisions/0041-operations.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import DateTime, Integer, String, delete, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import clock
from app.core.access import register_unscoped
from app.core.db import Base
from app.core.errors import TooManyRequests

WINDOW_SECONDS = 60
STATE_KEY = "rate_limit"  # request.state's key for the answer's headers


class RateLimitWindow(Base):
    """One subject's requests in one window (PostgreSQL store). Unlogged: a crash may
    forget a minute's counts, which costs nothing."""

    __tablename__ = "rate_limit_windows"
    __table_args__ = {"prefixes": ["UNLOGGED"]}

    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


register_unscoped(RateLimitWindow, reason="the rate limiter's bookkeeping")


@dataclass(frozen=True)
class RateLimitState:
    limit: int
    remaining: int
    reset_seconds: int

    @property
    def exceeded(self) -> bool:
        return self.remaining < 0

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(self.remaining, 0)),
            "RateLimit-Reset": str(self.reset_seconds),
        }


class CounterStore(Protocol):
    async def hit(self, session: AsyncSession, subject: str, window: int) -> int:
        """Count one request of ``subject`` in the window numbered ``window``; answer
        the window's count including it."""
        ...


class PostgresCounters:
    async def hit(self, session: AsyncSession, subject: str, window: int) -> int:
        # Its own short statement, outside the request's transaction: a 429 or a failed
        # request still counted, and no row lock held while the request runs.
        connection = await session.connection()
        autocommit = await connection.engine.connect()
        try:
            async with autocommit.begin():
                count = await autocommit.scalar(
                    text(
                        "INSERT INTO rate_limit_windows AS w (subject, window_start, count) "
                        "VALUES (:subject, to_timestamp(:start), 1) "
                        "ON CONFLICT (subject, window_start) DO UPDATE SET count = w.count + 1 "
                        "RETURNING w.count"
                    ),
                    {"subject": subject, "start": window * WINDOW_SECONDS},
                )
        finally:
            await autocommit.close()
        return int(count)


class RedisCounters:
    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis

        self.redis: Any = Redis.from_url(url)

    async def hit(self, session: AsyncSession, subject: str, window: int) -> int:
        key = f"sales:rate:{subject}:{window}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, WINDOW_SECONDS * 2)
            count, _ = await pipe.execute()
        return int(count)


_stores: dict[str | None, CounterStore] = {}


def counter_store(redis_url: str | None) -> CounterStore:
    if redis_url not in _stores:
        _stores[redis_url] = RedisCounters(redis_url) if redis_url else PostgresCounters()
    return _stores[redis_url]


async def check(
    session: AsyncSession, *, subject: str, limit: int, redis_url: str | None, now: float | None
) -> RateLimitState:
    """Count this request for ``subject``; a 429 (with the state's headers and
    Retry-After) once the window's count is past ``limit``."""
    now = clock.utcnow().timestamp() if now is None else now
    window = int(now // WINDOW_SECONDS)
    count = await counter_store(redis_url).hit(session, subject, window)
    reset = max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))
    state = RateLimitState(limit=limit, remaining=limit - count, reset_seconds=reset)
    if state.exceeded:
        raise TooManyRequests(
            f"This API key may make {limit} requests a minute; try again in {reset} s",
            code="rate_limit.exceeded",
            headers={**state.headers(), "Retry-After": str(reset)},
        )
    return state


async def purge_windows(session: AsyncSession, *, before: datetime | None = None) -> int:
    """Drop the PostgreSQL store's past windows (the worker, hourly)."""
    cutoff = before or datetime.now(UTC) - timedelta(seconds=WINDOW_SECONDS * 2)
    result: Any = await session.execute(
        delete(RateLimitWindow).where(RateLimitWindow.window_start < cutoff)
    )
    await session.commit()
    return int(result.rowcount or 0)


class RateLimitHeadersMiddleware:
    """Puts the caller's rate-limit state (set by authentication) on the answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_state(message: Message) -> None:
            if message["type"] == "http.response.start":
                state = scope.get("state", {}).get(STATE_KEY)
                if isinstance(state, RateLimitState):
                    headers = message.setdefault("headers", [])
                    present = {name.lower() for name, _ in headers}
                    for name, value in state.headers().items():
                        if name.lower().encode() not in present:
                            headers.append((name.lower().encode(), value.encode()))
            await send(message)

        await self.app(scope, receive, send_with_state)
