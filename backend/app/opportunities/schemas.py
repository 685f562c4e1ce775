from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from app.core.bulk import BulkIds
from app.core.money import Amount, CurrencyCode
from app.core.schemas import (
    CreateModel,
    CurrencyAmounts,
    EntityRead,
    InputModel,
    IsoDate,
    OutputModel,
)
from app.opportunities.models import OpportunityStatus, StageHistoryKind
from app.pipelines.schemas import StageRead

DETAILS_DESCRIPTION = (
    "Values for the target stage's `required_fields`, by key: dates `YYYY-MM-DD`, "
    'amounts decimal strings ("125000.00"), text. A lost stage needs `lost_reason` '
    "(and takes an optional `competitor`)."
)
MOVE_DETAILS_DESCRIPTION = (
    DETAILS_DESCRIPTION
    + " A forward move that goes past open stages asking for details also brings theirs,"
    " in the same object (values the deal already holds count): the deal passes through"
    " those stages; stages asking for nothing are recorded as skipped."
)


class OpportunityCreate(CreateModel):
    customer_id: uuid.UUID
    contact_id: uuid.UUID | None = Field(default=None, description="A contact of the customer")
    title: str = Field(min_length=1, max_length=200)
    amount: Amount = Field(ge=Decimal("0"))
    currency: CurrencyCode = "INR"
    expected_close_date: IsoDate
    pipeline_id: uuid.UUID | None = Field(default=None, description="Default: the default one")
    stage_id: uuid.UUID | None = Field(
        default=None, description="An open stage of the pipeline; default: its first stage"
    )
    details: dict[str, Any] = Field(default_factory=dict, description=DETAILS_DESCRIPTION)
    probability: int | None = Field(
        default=None, ge=0, le=100, description="Overrides the stage's default probability"
    )
    owner_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the caller; heads and admins may choose"
    )
    notes: str | None = Field(default=None, max_length=10_000)


class OpportunityUpdate(InputModel):
    """Stage and status change only through `/move`; the customer never changes."""

    contact_id: uuid.UUID | None = None
    title: str | None = Field(default=None, min_length=1, max_length=200)
    amount: Amount | None = Field(default=None, ge=Decimal("0"))
    currency: CurrencyCode | None = None
    expected_close_date: IsoDate | None = None
    probability: int | None = Field(
        default=None, ge=0, le=100, description="Overrides the stage's default probability"
    )
    owner_id: uuid.UUID | None = Field(default=None, description="Needs opportunities:assign")
    notes: str | None = Field(default=None, max_length=10_000)


class StageMove(InputModel):
    stage_id: uuid.UUID
    details: dict[str, Any] = Field(default_factory=dict, description=MOVE_DETAILS_DESCRIPTION)
    probability: int | None = Field(
        default=None,
        ge=0,
        le=100,
        description="Overrides the new stage's default (ignored for won: 100, lost: 0)",
    )


class OpportunityReopen(InputModel):
    stage_id: uuid.UUID | None = Field(
        default=None,
        description="An open stage of the deal's pipeline; default: the stage it closed from",
    )
    details: dict[str, Any] = Field(
        default_factory=dict,
        description="Details the target stage requires that the deal does not hold yet "
        "(and, going past the stage it closed from, those of the stages in between)",
    )
    probability: int | None = Field(
        default=None, ge=0, le=100, description="Overrides the stage's default probability"
    )
    reason: str | None = Field(
        default=None, max_length=500, description="Why the deal is reopened (kept in history)"
    )


class OpportunityRead(CurrencyAmounts, EntityRead):
    amount_fields = ("amount", "weighted_amount")

    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    contact_id: uuid.UUID | None
    title: str
    amount: Amount
    currency: str
    expected_close_date: date
    owner_id: uuid.UUID
    territory_id: uuid.UUID | None
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    status: OpportunityStatus
    probability: int
    weighted_amount: Amount = Field(description="amount x probability / 100, rounded half-up")
    stage_entered_at: datetime
    closed_at: datetime | None
    closed_from_stage_id: uuid.UUID | None = Field(
        description="The open stage the deal closed from (where a reopen returns by default)"
    )
    skipped_stage_ids: list[uuid.UUID] = Field(
        description="Open stages before the current one (or the one it closed from) that the "
        "deal went past without entering: a stage bar shows them as skipped, not done"
    )
    lost_reason: str | None
    competitor: str | None
    details: dict[str, Any]
    source_lead_id: uuid.UUID | None
    notes: str | None


class StageHistoryRead(OutputModel):
    id: uuid.UUID
    opportunity_id: uuid.UUID
    from_stage_id: uuid.UUID | None
    to_stage_id: uuid.UUID
    moved_at: datetime
    moved_by_id: uuid.UUID | None
    moved_by_name: str | None = Field(
        description="The mover's full name (empty for the system or an API key)"
    )
    moved_by_label: str = Field(description="Who moved it as recorded then (an email)")
    kind: StageHistoryKind
    seconds_in_previous_stage: int | None
    probability: int
    details: dict[str, Any]
    passed_stage_ids: list[uuid.UUID] = Field(
        description="Stages gone past in this move whose details it brought (passed through)"
    )
    skipped_stage_ids: list[uuid.UUID] = Field(
        description="Stages gone past in this move that asked for nothing (skipped)"
    )
    reason: str | None = Field(description="Why a closed deal was reopened")


class CurrencyTotal(CurrencyAmounts, OutputModel):
    amount_fields = ("amount", "weighted_amount")

    currency: str
    count: int
    amount: Amount
    weighted_amount: Amount


class BoardColumn(OutputModel):
    stage: StageRead
    count: int = Field(description="Deals in the stage, every currency")
    totals: list[CurrencyTotal] = Field(
        description="Per currency (no conversion): sums of amounts and weighted amounts"
    )
    cards: list[OpportunityRead] = Field(description="The first deals by expected close date")
    next_cursor: str | None = Field(
        default=None,
        description="More cards: GET /opportunities?stage_id=&sort=expected_close_date"
        "&cursor= with the same owner/territory filters",
    )


class Board(OutputModel):
    pipeline_id: uuid.UUID
    pipeline_name: str
    columns: list[BoardColumn]


class OpportunityBulk(InputModel):
    """One action on many deals; each row is checked like the single write."""

    ids: BulkIds
    action: Literal["reassign", "change_stage"]
    owner_id: uuid.UUID | None = Field(
        default=None, description="The new owner (reassign; needs opportunities:assign)"
    )
    stage_id: uuid.UUID | None = Field(
        default=None, description="The stage to move to (change_stage), as `/move` does"
    )
    details: dict[str, Any] = Field(
        default_factory=dict, description="The target stage's details, the same for every deal"
    )
