"""Every query of the pipelines domain starts from the scoped base."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.pipelines.errors import PipelineNotFound, StageNotFound
from app.pipelines.models import Pipeline, PipelineStage
from app.pipelines.schemas import PipelineRead, StageRead

WITH_STAGES = selectinload(Pipeline.stages)
STAGE_READ = ReadModel(PipelineStage, StageRead)
# The read path (core/reads/): a pipeline with its stages in order, one statement.
PIPELINE_READ = ReadModel(
    Pipeline,
    PipelineRead,
    fields={
        "stages": Children(
            PipelineStage.pipeline_id,
            STAGE_READ.fields,
            order_by=[PipelineStage.position, PipelineStage.id],
        )
    },
)


class PipelineRepository(ScopedRepository[Pipeline]):
    model = Pipeline
    not_found = PipelineNotFound

    async def all_with_stages(self) -> list[Pipeline]:
        stmt = (
            self.scoped().options(WITH_STAGES).order_by(Pipeline.is_default.desc(), Pipeline.name)
        )
        return list((await self.session.scalars(stmt)).all())

    async def default(self) -> Pipeline | None:
        stmt = self.scoped().where(Pipeline.is_default.is_(True)).options(WITH_STAGES)
        return (await self.session.scalars(stmt.limit(1))).one_or_none()

    async def other_defaults(self, pipeline_id: uuid.UUID) -> list[Pipeline]:
        stmt = self.scoped().where(Pipeline.is_default.is_(True), Pipeline.id != pipeline_id)
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_name_taken(self, name: str, *, other_than: uuid.UUID | None = None) -> bool:
        stmt = select(Pipeline.id).where(func.lower(Pipeline.name) == name.lower())
        if other_than is not None:
            stmt = stmt.where(Pipeline.id != other_than)
        return (await self.session.scalar(stmt)) is not None


class StageRepository(ScopedRepository[PipelineStage]):
    model = PipelineStage
    not_found = StageNotFound


def stage_directory() -> Any:
    """Every stage with its pipeline: stage_id, stage_name, position, probability,
    pipeline_id, pipeline_name, is_default (pipelines are everyone's): joined inside a
    report's scoped statement."""
    return select(
        PipelineStage.id.label("stage_id"),
        PipelineStage.name.label("stage_name"),
        PipelineStage.position,
        PipelineStage.probability,
        Pipeline.id.label("pipeline_id"),
        Pipeline.name.label("pipeline_name"),
        Pipeline.is_default,
    ).join(Pipeline, Pipeline.id == PipelineStage.pipeline_id)
