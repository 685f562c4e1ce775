"""The exports' background work: writing one export's file (deferred by the request that
asked for it, in its transaction)."""

from __future__ import annotations

import uuid

from procrastinate import Blueprint

from app.core import jobs
from app.exports import service

blueprint = Blueprint()


@blueprint.task(name=service.RUN_TASK, retry=jobs.DEFAULT_RETRY)
async def run_export(export_id: str) -> int:
    return await service.run_export(uuid.UUID(export_id))
