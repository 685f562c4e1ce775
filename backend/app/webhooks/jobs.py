"""The webhooks' background work: deliveries made from the event stream, sent by the
worker (woken when deliveries are queued, and every minute for retries that fall due),
and the delivery log kept for ``SALES_WEBHOOK_LOG_RETENTION_DAYS``."""

from __future__ import annotations

import asyncio

from procrastinate import Blueprint
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import jobs, projections
from app.core.config import get_settings
from app.core.events import DomainEvent
from app.webhooks import dispatch, sender

blueprint = Blueprint()


@blueprint.task(name=dispatch.SEND_TASK, queueing_lock=dispatch.SEND_TASK, retry=jobs.DEFAULT_RETRY)
async def send_due() -> int:
    return await deliver_due()


@blueprint.periodic(cron="* * * * *", periodic_id="webhooks-every-minute")
@blueprint.task(
    name="webhooks.send_due_periodically",
    queueing_lock="webhooks.send_due_periodically",
    retry=jobs.DEFAULT_RETRY,
)
async def send_due_periodically(timestamp: int) -> int:
    return await deliver_due()


@blueprint.periodic(cron="41 * * * *", periodic_id="webhooks-hourly")
@blueprint.task(name="webhooks.purge_log", retry=jobs.DEFAULT_RETRY)
async def purge_log(timestamp: int) -> int:
    async with jobs.job_session() as session:
        return await dispatch.purge_finished(session)


async def deliver_due() -> int:
    """Send what is due, a batch at a time, until nothing is: each batch claimed in one
    short transaction, sent concurrently with no transaction open, recorded in another.
    Answers how many attempts were made."""
    timeout = get_settings().webhook_timeout_seconds
    made = 0
    async with sender.client(timeout) as http:
        while True:
            async with jobs.job_session() as session:
                batch = await dispatch.claim_due(session)
            if not batch:
                return made
            outcomes = await asyncio.gather(
                *(sender.send(http, item, within_seconds=timeout) for item in batch)
            )
            async with jobs.job_session() as session:
                await dispatch.record_attempts(session, list(zip(batch, outcomes, strict=True)))
            made += len(batch)


async def _fan_out(session: AsyncSession, found: list[DomainEvent]) -> None:
    await dispatch.fan_out(session, found)


projections.consume(dispatch.CONSUMER, dispatch.event_types(), _fan_out)
