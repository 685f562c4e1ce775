"""A real HTTP receiver per test, a clock the delivery machinery reads, and one call
that runs the worker's jobs: the event-stream consumers, then the send task."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import worker
from app.core.clock import utcnow
from app.core.config import get_settings
from app.webhooks import dispatch
from tests.support.jobs import drain_projections
from tests.support.receiver import Receiver


@pytest.fixture(autouse=True)
def private_receivers_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests' receivers listen on 127.0.0.1, a private address: the sender may
    reach it, as an operator allows a receiver inside the company's network
    (test_targets.py turns it off to see the refusals)."""
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", True)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver().running() as running:
        yield running


@dataclass
class Clock:
    now: datetime

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The time the delivery machinery schedules by (attempts, retries, purges)."""
    clock = Clock(utcnow())
    monkeypatch.setattr(dispatch, "utcnow", lambda: clock.now)
    return clock


async def deliver(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """What the worker does: the consumers read the stream (deliveries are made), then
    ``webhooks.send_due`` sends what is due. Answers the attempts made."""
    await drain_projections(sessionmaker)
    attempts: int = await worker.task_functions()[dispatch.SEND_TASK]()
    return attempts
