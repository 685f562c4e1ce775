"""The quotes domain's background work: approved or sent quotes past their validity
date become expired, once a day."""

from __future__ import annotations

from procrastinate import Blueprint

from app.core import jobs
from app.core.clock import company_today
from app.quotes import service

blueprint = Blueprint()


@blueprint.periodic(cron="5 0 * * *", periodic_id="daily")
@blueprint.task(
    name="quotes.expire_overdue",
    queueing_lock="quotes.expire_overdue",
    retry=jobs.DEFAULT_RETRY,
)
async def expire_overdue(timestamp: int) -> int:
    async with jobs.job_session() as session:
        return await service.expire_overdue_quotes(session, on=company_today())
