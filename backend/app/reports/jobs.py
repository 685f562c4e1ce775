"""The reports domain's background work: the month's forecast snapshot (decision 0045),
tried every day and stored once a month (the first run of a month stores it; a worker
that was down on the first still takes it, later, on the day it runs)."""

from __future__ import annotations

from procrastinate import Blueprint

from app.core import jobs
from app.reports.service import forecast_accuracy

blueprint = Blueprint()


@blueprint.periodic(cron="10 1 * * *", periodic_id="daily")
@blueprint.task(
    name="reports.snapshot_forecasts",
    queueing_lock="reports.snapshot_forecasts",
    retry=jobs.DEFAULT_RETRY,
)
async def snapshot_forecasts(timestamp: int) -> int:
    async with jobs.job_session() as session:
        return await forecast_accuracy.take_snapshot(session)
