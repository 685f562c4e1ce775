"""Consumers of the event stream, run by the job worker: each reads the events after
its own position, in commit order, and reacts (lead scoring on a logged call today,
webhook deliveries). A consumer's position moves in the same transaction as its
reaction, so an event is handled once per consumer even when a run fails halfway and
is retried. Two workers never run one consumer at once (its row is locked ``SKIP
LOCKED``; the second simply has nothing to do).

A domain registers a consumer with ``consume(name, types, handler)``; the worker's
``events.project`` job (``app/worker.py``) runs them all, woken by a notification each
time a transaction writes events and once a minute regardless.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import BigInteger, String, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_unscoped
from app.core.clock import utcnow
from app.core.db import Base
from app.core.events import DomainEvent, Xid8, committed_after

Handler = Callable[[AsyncSession, list[DomainEvent]], Awaitable[None]]
BATCH = 500
NOTIFY_CHANNEL = "sales_events"


class EventConsumer(Base):
    __tablename__ = "event_consumers"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    txid: Mapped[int] = mapped_column(Xid8(), server_default="0")
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


register_unscoped(EventConsumer, reason="the worker's bookkeeping")


@dataclass(frozen=True)
class Consumer:
    name: str
    types: frozenset[str]
    handler: Handler


_CONSUMERS: dict[str, Consumer] = {}


def consume(name: str, types: set[str], handler: Handler) -> None:
    _CONSUMERS[name] = Consumer(name, frozenset(types), handler)


def consumers() -> list[Consumer]:
    return list(_CONSUMERS.values())


async def _position(session: AsyncSession, name: str) -> EventConsumer | None:
    """The consumer's row, locked for this run; None when another worker holds it."""
    await session.execute(
        pg_insert(EventConsumer)
        .values(name=name, txid=0, seq=0, updated_at=utcnow())
        .on_conflict_do_nothing(index_elements=["name"])
    )
    stmt = (
        select(EventConsumer)
        .where(EventConsumer.name == name)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    )
    return (await session.scalars(stmt)).one_or_none()


async def run_consumer(session: AsyncSession, consumer: Consumer, *, batch: int = BATCH) -> int:
    """Handle the next batch of events for one consumer; answer how many were read (a
    full batch means: run again)."""
    position = await _position(session, consumer.name)
    if position is None:
        return 0
    stmt = (
        select(DomainEvent)
        .where(committed_after((position.txid, position.seq)))
        .order_by(DomainEvent.txid, DomainEvent.seq)
        .limit(batch)
    )
    found = list((await session.scalars(stmt)).all())
    if not found:
        return 0
    wanted = [e for e in found if e.type in consumer.types]
    if wanted:
        await consumer.handler(session, wanted)
    last = found[-1]
    position.txid, position.seq, position.updated_at = last.txid, last.seq, utcnow()
    await session.flush()
    return len(found)
