from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import DB, CurrentPrincipal
from app.pipelines import service
from app.pipelines.models import Pipeline, PipelineStage


async def get_pipeline_or_404(
    pipeline_id: uuid.UUID, session: DB, principal: CurrentPrincipal
) -> Pipeline:
    return await service.get_pipeline(session, principal, pipeline_id)


VisiblePipeline = Annotated[Pipeline, Depends(get_pipeline_or_404)]


async def get_stage_or_404(
    stage_id: uuid.UUID, pipeline: VisiblePipeline, session: DB, principal: CurrentPrincipal
) -> PipelineStage:
    return await service.get_stage(session, principal, pipeline, stage_id)


VisibleStage = Annotated[PipelineStage, Depends(get_stage_or_404)]
