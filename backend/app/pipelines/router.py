"""Pipelines and their ordered stages.

Everyone who works with opportunities reads them (the board and the phone draw the
stages from here); only admins (`pipelines:manage`) change them. The default
pipeline is the field team's own: Potential 10% -> Proposal 30% -> Purchase order 60%
(customer PO number and date) -> Advance 75% (advance amount and date received) ->
Order acceptance 90% -> Installation 100% (installation date, signed off by), closed
as Won or Lost (reason, optional competitor).
"""

from __future__ import annotations

import uuid

from fastapi import Request, Response, status

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.reads import NOT_MODIFIED, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.pipelines import service
from app.pipelines.dependencies import VisiblePipeline, VisibleStage
from app.pipelines.schemas import (
    PipelineCreate,
    PipelineRead,
    PipelineUpdate,
    StageCreate,
    StageOrder,
    StageRead,
    StageUpdate,
)

router = DomainRouter(prefix="/pipelines", tags=["pipelines"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 404, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.OPPORTUNITIES_READ)
CAN_MANAGE = requires(Permission.PIPELINES_MANAGE)


@router.get("", response_model=list[PipelineRead], responses=READ)
async def list_pipelines(
    request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """Every pipeline with its stages in order, the default one first."""
    return json_answer(request, dumps(await service.pipeline_items(session, principal)))


@router.post("", response_model=PipelineRead, status_code=201, responses=CREATE)
async def create_pipeline(
    body: PipelineCreate, response: Response, session: DB, principal: Principal = CAN_MANAGE
) -> PipelineRead:
    """Create a pipeline with its stages in order (at least one open, one won and one lost
    stage). A lost stage always asks for `lost_reason`. The first pipeline, or one created
    with `is_default`, becomes the default."""
    saved = await service.create_pipeline(session, principal, data=body)
    return PipelineRead.model_validate(answer_saved(response, saved))


@router.get("/{pipeline_id:uuid}", response_model=PipelineRead, responses=READ)
async def read_pipeline(
    pipeline_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.pipeline_item(session, principal, pipeline_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@router.patch("/{pipeline_id:uuid}", response_model=PipelineRead, responses=WRITE)
async def update_pipeline(
    body: PipelineUpdate,
    pipeline: VisiblePipeline,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> PipelineRead:
    """Rename, describe, or make this the default pipeline (the previous default stops
    being one; unsetting the default directly is a 409)."""
    check_if_match(if_match, pipeline.version)
    pipeline = await service.update_pipeline(session, principal, pipeline, data=body)
    set_etag(response, pipeline.version)
    return PipelineRead.model_validate(pipeline)


@router.post(
    "/{pipeline_id:uuid}/stages", response_model=StageRead, status_code=201, responses=CREATE
)
async def add_stage(
    body: StageCreate,
    pipeline: VisiblePipeline,
    response: Response,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> StageRead:
    """Add a stage at `position` (1-based), by default after the last open stage."""
    saved = await service.add_stage(session, principal, pipeline, data=body)
    return StageRead.model_validate(answer_saved(response, saved))


@router.post("/{pipeline_id:uuid}/reorder-stages", response_model=PipelineRead, responses=WRITE)
async def reorder_stages(
    body: StageOrder,
    pipeline: VisiblePipeline,
    response: Response,
    session: DB,
    principal: Principal = CAN_MANAGE,
) -> PipelineRead:
    """Put the stages in a new order: `stage_ids` lists every stage of the pipeline once."""
    pipeline = await service.reorder_stages(session, principal, pipeline, data=body)
    set_etag(response, pipeline.version)
    return PipelineRead.model_validate(pipeline)


@router.patch(
    "/{pipeline_id:uuid}/stages/{stage_id:uuid}", response_model=StageRead, responses=WRITE
)
async def update_stage(
    body: StageUpdate,
    stage: VisibleStage,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> StageRead:
    """Rename a stage, change its default probability or the details it requires. Deals
    already in the stage keep their probability; the new details apply to the next move."""
    check_if_match(if_match, stage.version)
    stage = await service.update_stage(session, principal, stage, data=body)
    set_etag(response, stage.version)
    return StageRead.model_validate(stage)


@router.delete("/{pipeline_id:uuid}/stages/{stage_id:uuid}", status_code=204, responses=WRITE)
async def delete_stage(
    pipeline: VisiblePipeline,
    stage: VisibleStage,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> Response:
    """Delete a stage no deal is in or ever passed through (409 otherwise), keeping at
    least one open, one won and one lost stage."""
    check_if_match(if_match, stage.version)
    await service.delete_stage(session, principal, pipeline, stage)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
