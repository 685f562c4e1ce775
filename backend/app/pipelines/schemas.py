from __future__ import annotations

import uuid
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from app.core.schemas import CreateModel, EntityRead, InputModel, OutputModel
from app.pipelines.models import StageKind


class FieldType(StrEnum):
    DATE = "date"
    TEXT = "text"
    AMOUNT = "amount"


class FieldSpec(InputModel):
    """One detail a deal must bring into a stage, e.g. the customer's PO number."""

    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", examples=["po_number"])
    label: str = Field(min_length=1, max_length=120, examples=["Customer PO number"])
    type: FieldType
    required: bool = True


class FieldSpecRead(OutputModel):
    key: str
    label: str
    type: FieldType
    required: bool


def _unique_keys(specs: list[FieldSpec] | None) -> list[FieldSpec] | None:
    if specs is None:
        return None
    keys = [s.key for s in specs]
    if len(keys) != len(set(keys)):
        raise ValueError("field keys must be unique within a stage")
    return specs


class StageIn(InputModel):
    name: str = Field(min_length=1, max_length=120)
    probability: int = Field(ge=0, le=100)
    kind: StageKind = StageKind.OPEN
    required_fields: list[FieldSpec] = Field(default_factory=list, max_length=20)

    _unique = field_validator("required_fields")(_unique_keys)


class StageCreate(StageIn, CreateModel):
    position: int | None = Field(
        default=None,
        ge=1,
        description="1-based place among the stages; by default after the last open stage",
    )


class StageUpdate(InputModel):
    """A stage's kind is fixed once created: deals already in it were closed (or not) by it."""

    name: str | None = Field(default=None, min_length=1, max_length=120)
    probability: int | None = Field(default=None, ge=0, le=100)
    required_fields: list[FieldSpec] | None = Field(default=None, max_length=20)

    _unique = field_validator("required_fields")(_unique_keys)


class StageRead(EntityRead):
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int
    kind: StageKind
    required_fields: list[FieldSpecRead]


class PipelineCreate(CreateModel):
    name: str = Field(min_length=1, max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    is_default: bool = False
    stages: list[StageIn] = Field(
        min_length=3,
        max_length=30,
        description="In order; at least one open stage, one won and one lost stage",
    )

    @model_validator(mode="after")
    def _has_every_kind(self) -> PipelineCreate:
        kinds = {stage.kind for stage in self.stages}
        if kinds != set(StageKind):
            raise ValueError("stages need at least one open, one won and one lost stage")
        names = [stage.name.lower() for stage in self.stages]
        if len(names) != len(set(names)):
            raise ValueError("stage names must be unique within a pipeline")
        return self


class PipelineUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    description: str | None = Field(default=None, max_length=2000)
    is_default: bool | None = Field(
        default=None,
        description="true makes this the default (the previous default stops being one)",
    )


class StageOrder(InputModel):
    stage_ids: list[uuid.UUID] = Field(
        min_length=1, description="Every stage of the pipeline, in the new order"
    )


class PipelineRead(EntityRead):
    name: str
    description: str | None
    is_default: bool
    stages: list[StageRead]
