"""The files' background work: forgetting the bytes of removed files, once the removal
has committed (the job is deferred in its transaction)."""

from __future__ import annotations

from procrastinate import Blueprint

from app.core import jobs
from app.core.attachments import DISCARD_TASK
from app.files import service

blueprint = Blueprint()


@blueprint.task(name=DISCARD_TASK, retry=jobs.DEFAULT_RETRY)
async def discard_files(keys: list[str]) -> int:
    return await service.discard(keys)
