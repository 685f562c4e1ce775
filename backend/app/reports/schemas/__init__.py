"""The reports' answers (one module per report) and what they share. Money is a
decimal string beside its currency, at the currency's minor unit, never added across
currencies: every figure row carries one ``currency``. Counts are integers; quantities
and percentages decimal strings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field, PlainSerializer

from app.core.money import format_decimal
from app.reports.periods import Interval, Window

# A quantity or a percentage in an answer: a decimal string without trailing zeros.
Figure = Annotated[
    Decimal,
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
    Field(examples=["66.7"]),
]


class Dimension(StrEnum):
    NONE = "none"
    TERRITORY = "territory"
    ENGINEER = "engineer"
    PRODUCT_GROUP = "product_group"
    SOURCE = "source"


@dataclass(frozen=True)
class Grouping:
    window: Window
    interval: Interval
    dimension: Dimension


@dataclass(frozen=True)
class Filters:
    """The filters every report shares (each report says which of them apply to it)."""

    territory_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    engineer_id: uuid.UUID | None = None
    segment: str | None = None
    product_group_id: uuid.UUID | None = None


class Span(BaseModel):
    start: date
    end: date = Field(description="Included")
