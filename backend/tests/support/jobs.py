"""Running background work inside tests.

* ``run_queued_jobs``: the jobs a request deferred, run through their task functions
  in the test's own transaction (the queue rows are real; the worker loop is not).
* ``drain_projections``: the event-stream consumers run until they have read every
  event written so far; for ``live`` databases, where events become visible once no
  older transaction is still running on the server.
* the worker itself is tested in tests/core/test_jobs.py.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sqlalchemy import BigInteger, exists, literal, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import worker
from app.core import jobs, projections
from app.core.events import DomainEvent, Xid8


async def run_queued_jobs(
    session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession]
) -> list[str]:
    jobs.runtime.sessionmaker = sessionmaker
    functions = worker.task_functions()
    rows = (
        await session.execute(
            text(
                "SELECT id, task_name, args FROM procrastinate_jobs "
                "WHERE status = 'todo' ORDER BY id"
            )
        )
    ).all()
    ran = []
    for job_id, task_name, args in rows:
        await session.execute(
            text("UPDATE procrastinate_jobs SET status = 'succeeded' WHERE id = :id"),
            {"id": job_id},
        )
        await session.commit()
        result: Any = functions[task_name](**args)
        if asyncio.iscoroutine(result):
            await result
        ran.append(task_name)
    return ran


async def drain_projections(
    sessionmaker: async_sessionmaker[AsyncSession], *, within: float = 30
) -> None:
    """Run every consumer until none has an event left after its position (polling while
    older transactions elsewhere on the server hold the stream's horizon back)."""
    jobs.runtime.sessionmaker = sessionmaker
    deadline = time.monotonic() + within
    while True:
        await worker.project_all()
        if not await _events_left(sessionmaker):
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the event consumers did not catch up")
        await asyncio.sleep(0.05)


async def _events_left(sessionmaker: async_sessionmaker[AsyncSession]) -> bool:
    async with sessionmaker() as session:
        for consumer in projections.consumers():
            position = await session.get(projections.EventConsumer, consumer.name)
            after = (position.txid, position.seq) if position else (0, 0)
            stmt = select(
                exists().where(
                    tuple_(DomainEvent.txid, DomainEvent.seq)
                    > tuple_(literal(after[0], Xid8()), literal(after[1], BigInteger))
                )
            )
            if await session.scalar(stmt):
                return True
    return False
