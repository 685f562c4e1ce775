"""The leads report's answer."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, Field

from app.core.schemas import OutputModel
from app.reports.schemas import Dimension, Figure, Span


class FunnelFigures(BaseModel):
    """Leads captured in the window and where they went."""

    key: uuid.UUID | None = Field(description="The territory or owner; null: none")
    label: str | None
    source: str | None = Field(description="The leads' source; null: every source")
    captured: int
    new: int = Field(description="Still new (by status now)")
    contacted: int
    qualified: int
    disqualified: int
    converted: int
    opportunities: int = Field(description="Converted into an opportunity")
    won: int = Field(description="Of those opportunities, won")
    lost: int
    open: int = Field(description="Of those opportunities, still open")
    conversion_rate: Figure | None = Field(description="opportunities / captured, percent")
    win_rate: Figure | None = Field(description="won / (won + lost), percent")
    lead_to_win_rate: Figure | None = Field(description="won / captured, percent")
    median_days_to_convert: Figure | None = Field(
        description="Median days from capture to conversion (one decimal)"
    )
    median_days_to_win: Figure | None = Field(
        description="Median days from conversion to the deal's win (one decimal)"
    )


class LeadsReport(OutputModel):
    dimension: Dimension
    window: Span
    rows: list[FunnelFigures] = Field(description="Per dimension value and source")
    totals: list[FunnelFigures] = Field(
        description="Per dimension value, every source (empty when the dimension is none)"
    )
    summary: FunnelFigures = Field(description="Every lead of the window")
