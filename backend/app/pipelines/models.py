"""Sales pipelines and their ordered stages, configured by admins.

Every signed-in user reads the pipelines (the board and the phone need the stages);
only ``pipelines:manage`` changes them. A stage says how likely a deal in it is to
close (``probability``), whether it is still open or closes the deal as won or lost
(``kind``), and which details a deal must bring when it enters it
(``required_fields``: the customer's PO number and date, the advance received, ...).
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.access import register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Pipeline(Entity):
    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    # Exactly one pipeline is the default (kept so by the service): new opportunities
    # and lead conversions land in it unless they name another.
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    stages: Mapped[list[PipelineStage]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="PipelineStage.position",
        back_populates="pipeline",
    )


class PipelineStage(Entity):
    __tablename__ = "pipeline_stages"
    __table_args__ = (Index("ix_pipeline_stages_pipeline_id_position", "pipeline_id", "position"),)

    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
    probability: Mapped[int]
    kind: Mapped[StageKind] = mapped_column(enum_column(StageKind), default=StageKind.OPEN)
    # [{"key": "po_number", "label": "Customer PO number", "type": "text", "required": true}]
    required_fields: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    pipeline: Mapped[Pipeline] = relationship(lazy="raise", back_populates="stages")


register_scope(Pipeline, visible_to_everyone())
register_scope(PipelineStage, visible_to_everyone())
track(Pipeline, Tracked("pipeline", label="name", feed="pipelines"))
track(
    PipelineStage, Tracked("pipeline_stage", label="name", feed="pipelines", feed_id="pipeline_id")
)
