"""One attempt of a delivery over HTTP: POST the signed body, time it, keep the start of
the answer. Never raises: every way it can go wrong is an ``Outcome`` to log."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

import httpx

from app.core.clock import utcnow
from app.core.config import get_settings
from app.webhooks.signatures import signed_headers
from app.webhooks.targets import PrivateTarget, guarded_transport

EXCERPT_BYTES = 1024
ERROR_CHARS = 500
USER_AGENT = "sales-webhooks/1"


@dataclass(frozen=True)
class Outgoing:
    """A claimed delivery, ready to send: its body and the secrets to sign it with (or
    why it cannot be signed)."""

    delivery_id: uuid.UUID
    webhook_id: uuid.UUID
    url: str
    message_id: str
    body: bytes
    signing_secrets: Sequence[str]
    problem: str | None = None


@dataclass(frozen=True)
class Outcome:
    attempted_at: datetime
    succeeded: bool
    status_code: int | None
    latency_ms: int
    response_excerpt: str | None
    error: str | None
    # The receiver's Retry-After (on a 429 or 503), in seconds from the attempt.
    retry_after_seconds: float | None = None


def client(timeout: float) -> httpx.AsyncClient:
    # Redirects are not followed: the receiver is the URL an admin set, not where it
    # points next (a 3xx is a failed attempt, with its Location in the excerpt's place).
    # Only public addresses are reached unless private ones are allowed (targets.py).
    guarded = not get_settings().webhook_allow_private_targets
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        headers={"user-agent": USER_AGENT, "content-type": "application/json"},
        transport=guarded_transport() if guarded else None,
        trust_env=not guarded,
    )


def _text(raw: bytes) -> str:
    # PostgreSQL text holds no NUL.
    return raw.decode("utf-8", errors="replace").replace("\x00", "")


def retry_after(value: str | None, now: datetime) -> float | None:
    """A Retry-After header's wait in seconds: delta-seconds or an HTTP date (RFC 9110
    10.2.3); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, (moment - now).total_seconds())


async def _exchange(
    http: httpx.AsyncClient, item: Outgoing, headers: dict[str, str]
) -> tuple[int, str, httpx.Headers]:
    """The status, the start of the answer, and the answer's headers."""
    async with http.stream("POST", item.url, content=item.body, headers=headers) as response:
        excerpt = b""
        async for chunk in response.aiter_raw():
            excerpt += chunk
            if len(excerpt) >= EXCERPT_BYTES:
                break
        return response.status_code, _text(excerpt[:EXCERPT_BYTES]), response.headers


async def send(http: httpx.AsyncClient, item: Outgoing, *, within_seconds: float) -> Outcome:
    """One attempt, given ``within_seconds`` in all."""
    attempted_at = utcnow()
    started = time.perf_counter()

    def outcome(
        *,
        status: int | None = None,
        excerpt: str | None = None,
        error: str | None = None,
        wait: float | None = None,
    ) -> Outcome:
        return Outcome(
            attempted_at=attempted_at,
            succeeded=status is not None and 200 <= status < 300,
            status_code=status,
            latency_ms=round((time.perf_counter() - started) * 1000),
            response_excerpt=excerpt,
            error=error[:ERROR_CHARS] if error else None,
            retry_after_seconds=wait,
        )

    if item.problem is not None:
        return outcome(error=item.problem)
    headers = signed_headers(
        item.signing_secrets, message_id=item.message_id, timestamp=int(time.time()), body=item.body
    )
    try:
        # The whole exchange within the timeout: a receiver dripping its answer a byte
        # at a time does not hold the worker.
        async with asyncio.timeout(within_seconds):
            status, excerpt, answered = await _exchange(http, item, headers)
    except (TimeoutError, httpx.TimeoutException):
        return outcome(error=f"no answer within {within_seconds:g} s")
    except httpx.ConnectError as error:
        if isinstance(error.__cause__, PrivateTarget):
            return outcome(error=str(error))
        return outcome(error=f"could not connect: {error or type(error).__name__}")
    except httpx.HTTPError as error:
        return outcome(error=f"{type(error).__name__}: {error}")
    except Exception as error:  # an attempt's failure is logged, never the worker's
        return outcome(error=f"{type(error).__name__}: {error}")
    if 200 <= status < 300:
        return outcome(status=status, excerpt=excerpt or None)
    wait = None
    if 300 <= status < 400:
        detail = f"HTTP {status}: redirects are not followed (to {answered.get('location')})"
    else:
        detail = f"HTTP {status}"
        if status in {429, 503}:
            wait = retry_after(answered.get("retry-after"), attempted_at)
    return outcome(status=status, excerpt=excerpt or None, error=detail, wait=wait)
