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
    async with jobs.job_session() as session:
        return await service.rescore_open_leads(session, users.system_principal())


async def _recent_activity(session: AsyncSession, found: list[DomainEvent]) -> None:
    await service.note_activities(session, found)


projections.consume(
    "leads.recent_activity", {"activity.planned", "activity.completed"}, _recent_activity
)
