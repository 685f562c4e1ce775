"""The imports' background work: a dry run or a run of one import (deferred by the upload
or by POST .../run, in that request's transaction; one at a time per import)."""

from __future__ import annotations

import uuid

from procrastinate import Blueprint

from app.core import jobs
from app.imports import service

blueprint = Blueprint()


@blueprint.task(name=service.RUN_TASK, retry=jobs.DEFAULT_RETRY)
async def run_import(import_id: str, dry_run: bool) -> dict[str, int]:
    return await service.run_import(uuid.UUID(import_id), dry_run=dry_run)
