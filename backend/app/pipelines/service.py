"""Pipeline rules: stage order, the one default pipeline, and the details a stage requires.

Invariants kept here:
  * stages are numbered 1..n in order after every change;
  * a pipeline keeps at least one open, one won and one lost stage;
  * exactly one pipeline is the default: making one the default unsets the previous one,
    and the default cannot be unset directly (make another one the default instead);
  * a lost stage always asks for ``lost_reason`` (added as a required text field when the
    admin did not configure one), so every lost deal says why;
  * a stage that deals are in, or passed through, cannot be deleted (409).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.errors import FieldError, InvalidReference, NotFound
from app.core.feed import FeedRecord, load_feed
from app.core.money import COMPANY_CURRENCY, round_amount
from app.core.repository import Saved
from app.pipelines import repository
from app.pipelines.errors import (
    DefaultPipelineRequired,
    PipelineNameTaken,
    StageDetailsInvalid,
    StageInUse,
    StagesIncomplete,
)
from app.pipelines.models import Pipeline, PipelineStage, StageKind
from app.pipelines.repository import (
    PIPELINE_READ,
    WITH_STAGES,
    PipelineRepository,
    StageRepository,
)
from app.pipelines.schemas import (
    FieldSpec,
    FieldType,
    PipelineCreate,
    PipelineUpdate,
    StageCreate,
    StageIn,
    StageOrder,
    StageUpdate,
)

# Other domains use these types through this module (their tables stay private).
__all__ = ["Pipeline", "PipelineStage", "StageKind"]
LOST_REASON = FieldSpec(key="lost_reason", label="Reason lost", type=FieldType.TEXT)
MAX_TEXT_DETAIL = 500


# --- reading ----------------------------------------------------------------------


async def pipeline_items(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    """Every pipeline with its stages in order, the default one first (one statement)."""
    repo = PipelineRepository(session, principal)
    stmt = repo.scoped().order_by(Pipeline.is_default.desc(), Pipeline.name, Pipeline.id)
    return await repo.read_items(PIPELINE_READ, stmt)


async def pipeline_item(
    session: AsyncSession, principal: Principal, pipeline_id: uuid.UUID
) -> dict[str, Any]:
    return await PipelineRepository(session, principal).read_item(PIPELINE_READ, pipeline_id)


async def pipeline_item_or_default(
    session: AsyncSession, principal: Principal, pipeline_id: uuid.UUID | None
) -> dict[str, Any]:
    """The board's pipeline as its answer, stages in order (one statement): the one
    named (422 if unknown) or the default."""
    repo = PipelineRepository(session, principal)
    chosen = Pipeline.id == pipeline_id if pipeline_id else Pipeline.is_default.is_(True)
    items = await repo.read_items(PIPELINE_READ, repo.scoped().where(chosen).limit(1))
    if not items:
        raise InvalidReference("pipeline_id")
    return items[0]


async def list_pipelines(session: AsyncSession, principal: Principal) -> list[Pipeline]:
    return await PipelineRepository(session, principal).all_with_stages()


async def get_pipeline(
    session: AsyncSession, principal: Principal, pipeline_id: uuid.UUID
) -> Pipeline:
    return await PipelineRepository(session, principal).get_or_404(pipeline_id, WITH_STAGES)


async def get_stage(
    session: AsyncSession, principal: Principal, pipeline: Pipeline, stage_id: uuid.UUID
) -> PipelineStage:
    for stage in pipeline.stages:
        if stage.id == stage_id:
            return stage
    raise StageRepository.not_found()


async def pipeline_or_default(
    session: AsyncSession, principal: Principal, pipeline_id: uuid.UUID | None
) -> Pipeline:
    """The pipeline a new deal goes into: the one named (422 if unknown) or the default."""
    repo = PipelineRepository(session, principal)
    if pipeline_id is not None:
        try:
            return await repo.get_or_404(pipeline_id, WITH_STAGES)
        except NotFound:
            raise InvalidReference("pipeline_id") from None
    pipeline = await repo.default()
    if pipeline is None:
        raise InvalidReference("pipeline_id")
    return pipeline


async def stages_by_id(
    session: AsyncSession, principal: Principal, stage_ids: set[uuid.UUID]
) -> dict[uuid.UUID, PipelineStage]:
    return {s.id: s for s in await StageRepository(session, principal).many(stage_ids)}


def entry_stage(pipeline: Pipeline) -> PipelineStage:
    """Where new deals start: the first open stage."""
    return next(s for s in pipeline.stages if s.kind is StageKind.OPEN)


def find_stage(pipeline: Pipeline, stage_id: uuid.UUID, *, field: str) -> PipelineStage:
    for stage in pipeline.stages:
        if stage.id == stage_id:
            return stage
    raise InvalidReference(field)


def check_stage_details(
    stage: PipelineStage, details: dict[str, Any], *, loc: tuple[str, ...] = ("body", "details")
) -> dict[str, Any]:
    """The details for entering ``stage``, checked against its field specs and normalised
    (dates ``YYYY-MM-DD``, amounts decimal strings). Each missing or invalid field is named
    in one 422."""
    specs = {spec["key"]: spec for spec in stage.required_fields}
    errors: list[FieldError] = []
    clean: dict[str, Any] = {}

    def fail(key: str, msg: str, type_: str) -> None:
        errors.append(FieldError(loc=[*loc, key], msg=msg, type=type_))

    for key, value in details.items():
        spec = specs.get(key)
        if spec is None:
            fail(key, f"not a detail of the stage {stage.name}", "extra_forbidden")
        elif value is None or (isinstance(value, str) and not value.strip()):
            continue
        elif (parsed := _parse_detail(FieldType(spec["type"]), value)) is None:
            fail(key, f"must be a valid {spec['type']}", f"{spec['type']}_parsing")
        else:
            clean[key] = parsed
    failed = {error.loc[-1] for error in errors}
    for key, spec in specs.items():
        if spec.get("required", True) and key not in clean and key not in failed:
            fail(key, f"{spec['label']} is required to enter the stage {stage.name}", "missing")
    if errors:
        raise StageDetailsInvalid(errors=errors)
    return clean


def _parse_detail(kind: FieldType, value: Any) -> str | None:
    if kind is FieldType.TEXT:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return None
        text = str(value).strip()
        return text if len(text) <= MAX_TEXT_DETAIL else None
    if kind is FieldType.DATE:
        try:
            return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
        except ValueError:
            return None
    if not isinstance(value, str):
        return None  # money is a decimal string, never a number
    try:
        amount = Decimal(value.strip())
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0:
        return None
    if amount != round_amount(amount, COMPANY_CURRENCY):
        return None
    return str(round_amount(amount, COMPANY_CURRENCY))


# --- configuration (admins) -------------------------------------------------------


def _field_specs(kind: StageKind, specs: list[FieldSpec]) -> list[dict[str, Any]]:
    if kind is StageKind.LOST and not any(s.key == LOST_REASON.key for s in specs):
        specs = [LOST_REASON, *specs]
    return [s.model_dump(mode="json") for s in specs]


def _stage(data: StageIn, *, position: int) -> PipelineStage:
    return PipelineStage(
        name=data.name,
        position=position,
        probability=data.probability,
        kind=data.kind,
        required_fields=_field_specs(data.kind, data.required_fields),
    )


def _renumber(stages: list[PipelineStage]) -> None:
    for position, stage in enumerate(stages, start=1):
        stage.position = position


async def _become_default(session: AsyncSession, principal: Principal, pipeline: Pipeline) -> None:
    for other in await PipelineRepository(session, principal).other_defaults(pipeline.id):
        other.is_default = False


async def create_pipeline(
    session: AsyncSession, principal: Principal, *, data: PipelineCreate
) -> Saved[Pipeline]:
    repo = PipelineRepository(session, principal)

    async def build() -> Pipeline:
        if await repo.unscoped_name_taken(data.name):
            raise PipelineNameTaken()
        no_default_yet = await repo.default() is None
        pipeline = Pipeline(
            name=data.name,
            description=data.description,
            is_default=data.is_default or no_default_yet,
            stages=[_stage(s, position=n) for n, s in enumerate(data.stages, start=1)],
        )
        if pipeline.is_default:
            await _become_default(session, principal, pipeline)
        return pipeline

    return await repo.create_once(data.id, build, WITH_STAGES)


async def update_pipeline(
    session: AsyncSession, principal: Principal, pipeline: Pipeline, *, data: PipelineUpdate
) -> Pipeline:
    repo = PipelineRepository(session, principal)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("name") and await repo.unscoped_name_taken(
        changes["name"], other_than=pipeline.id
    ):
        raise PipelineNameTaken()
    if "is_default" in changes:
        wanted = changes.pop("is_default")
        if wanted is False and pipeline.is_default:
            raise DefaultPipelineRequired()
        if wanted and not pipeline.is_default:
            await _become_default(session, principal, pipeline)
            changes["is_default"] = True
    return await repo.update(pipeline, changes)


async def add_stage(
    session: AsyncSession, principal: Principal, pipeline: Pipeline, *, data: StageCreate
) -> Saved[PipelineStage]:
    repo = StageRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id):
        if replayed.pipeline_id != pipeline.id:
            raise InvalidReference("id")
        return Saved(replayed, created=False)
    if any(s.name.lower() == data.name.lower() for s in pipeline.stages):
        raise InvalidReference("name")
    stages = list(pipeline.stages)
    if data.position is not None:
        index = min(data.position, len(stages) + 1) - 1
    else:
        open_positions = [n for n, s in enumerate(stages) if s.kind is StageKind.OPEN]
        index = (open_positions[-1] + 1) if open_positions else 0
    stage = _stage(data, position=0)
    if data.id:
        stage.id = data.id
    stages.insert(index, stage)
    _renumber(stages)
    pipeline.stages = stages
    await repo.flush()
    return Saved(stage, created=True)


async def update_stage(
    session: AsyncSession, principal: Principal, stage: PipelineStage, *, data: StageUpdate
) -> PipelineStage:
    changes = data.model_dump(exclude_unset=True)
    if "required_fields" in changes:
        changes["required_fields"] = _field_specs(stage.kind, data.required_fields or [])
    return await StageRepository(session, principal).update(stage, changes)


async def reorder_stages(
    session: AsyncSession, principal: Principal, pipeline: Pipeline, *, data: StageOrder
) -> Pipeline:
    current = {s.id: s for s in pipeline.stages}
    if len(data.stage_ids) != len(current) or set(data.stage_ids) != set(current):
        raise InvalidReference("stage_ids")
    stages = [current[stage_id] for stage_id in data.stage_ids]
    _renumber(stages)
    pipeline.stages = stages
    await session.flush()
    return pipeline


async def delete_stage(
    session: AsyncSession, principal: Principal, pipeline: Pipeline, stage: PipelineStage
) -> None:
    remaining = [s for s in pipeline.stages if s.id != stage.id]
    if {s.kind for s in remaining} != set(StageKind):
        raise StagesIncomplete()
    # Deals in the stage, or history rows through it, reference it (no cascade): the
    # database refuses the delete, and the request rolls back as a whole.
    try:
        await StageRepository(session, principal).delete(stage)
    except IntegrityError:
        raise StageInUse() from None
    _renumber(remaining)
    pipeline.stages = remaining
    await session.flush()


# --- the change feed ----------------------------------------------------------------


async def pipeline_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(PipelineRepository(session, principal), PIPELINE_READ, ids)


def stage_directory() -> Any:
    """Every stage with its pipeline's name and place: a subquery for the dashboard
    (``repository.stage_directory`` names the columns)."""
    return repository.stage_directory()
