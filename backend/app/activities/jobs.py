"""The activities domain's background work: reminders, sent when they fall due."""

from __future__ import annotations

from procrastinate import Blueprint

from app.activities import service
from app.core import jobs
from app.core.clock import utcnow

blueprint = Blueprint()


@blueprint.periodic(cron="* * * * *", periodic_id="every-minute")
@blueprint.task(
    name="activities.send_due_reminders",
    queueing_lock="activities.send_due_reminders",
    retry=jobs.DEFAULT_RETRY,
)
async def send_due_reminders(timestamp: int) -> int:
    async with jobs.job_session() as session:
        return await service.send_due_reminders(session, now=utcnow())
