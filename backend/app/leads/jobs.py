"""The leads domain's background work: rescoring after a rules change, and the
consumer that counts logged calls and visits as a lead's recent activity."""

from __future__ import annotations

from procrastinate import Blueprint
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import jobs, projections
from app.core.events import DomainEvent
from app.leads import service
from app.users import service as users

blueprint = Blueprint()


@blueprint.task(
    name=service.RESCORE_TASK, retry=jobs.DEFAULT_RETRY, queueing_lock=service.RESCORE_TASK
)
async def rescore_open_leads() -> int:
    """Every open lead rescored, a batch per transaction (a user editing a lead waits for
    its batch, never for the whole run, and the run never fails on their edit)."""
    rescored = 0
    after = None
    while True:
        async with jobs.job_session() as session:
            ids = await service.rescore_open_batch(session, users.system_principal(), after=after)
        if not ids:
            return rescored
        rescored += len(ids)
        after = ids[-1]


async def _recent_activity(session: AsyncSession, found: list[DomainEvent]) -> None:
    await service.note_activities(session, found)


projections.consume(
    "leads.recent_activity", {"activity.planned", "activity.completed"}, _recent_activity
)
