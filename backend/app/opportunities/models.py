"""Opportunities (deals in a pipeline) and the history of their stage moves.

Deals are scoped by owner: an engineer sees the deals they own, a head their team's, an
admin all (territory does not widen it: a territory may be covered by several teams).
The stage history is visible exactly when its deal is.

The stage path: ``skipped_stage_ids`` lists the open stages before the deal's current
one (before the one it closed from, once closed) that it went past without entering,
so a stage bar ticks only the stages the deal really reached. A forward move over
stages that ask for details brings those details and passes through them; a stage
that asks for nothing is skipped (docs/decisions/0013-skipped-stages-and-reopening.md).

``weighted_amount`` is stored, not computed on read: it is ``amount x probability / 100``
rounded per deal (``app.core.money.round_money``, half-up to 2 places) whenever either
changes, so the board's SQL sums add exactly the numbers each card shows.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Numeric, String, Text, or_, select
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope, visible_through
from app.core.clock import utcnow
from app.core.db import Entity, enum_column, stored_answer
from app.core.events import Tracked, track
from app.core.personal_data import Found, SubjectKind, copies
from app.core.search import search_column, trigram_index


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class StageHistoryKind(StrEnum):
    """What a history row records: the deal opened, a move, or a closed deal reopened."""

    OPENED = "opened"
    MOVED = "moved"
    REOPENED = "reopened"


@stored_answer
class Opportunity(Entity):
    __tablename__ = "opportunities"
    __table_args__ = (
        Index(
            "ix_opportunities_stage_id_expected_close_date_id",
            "stage_id",
            "expected_close_date",
            "id",
        ),
        Index("ix_opportunities_expected_close_date_id", "expected_close_date", "id"),
        Index("ix_opportunities_amount_id", "amount", "id"),
        Index("ix_opportunities_created_at_id", "created_at", "id"),
        Index("ix_opportunities_updated_at_id", "updated_at", "id"),
        trigram_index("opportunities"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    expected_close_date: Mapped[date]
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"), index=True)
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    status: Mapped[OpportunityStatus] = mapped_column(
        enum_column(OpportunityStatus), default=OpportunityStatus.OPEN, index=True
    )
    probability: Mapped[int]
    weighted_amount: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    stage_entered_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    # The open stage the deal was in when it closed: where a reopen returns by default.
    closed_from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_stages.id"))
    # Open stages before the current one (or the one it closed from) gone past without
    # being entered (ids as strings, in pipeline order).
    skipped_stage_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    lost_reason: Mapped[str | None] = mapped_column(String(500))
    # As long as any text detail of a stage may be (``pipelines.MAX_TEXT_DETAIL``).
    competitor: Mapped[str | None] = mapped_column(String(500))
    # Every detail captured on the way (po_number, po_date, advance_amount, ...), latest wins.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source_lead_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = search_column("title")


class OpportunityStageHistory(Entity):
    """One row per stage entered: the opening stage (``from_stage_id`` empty), every move
    and every reopen. A move that jumps forward lists the stages it went past: those it
    brought the details of (``passed_stage_ids``) and those it skipped."""

    __tablename__ = "opportunity_stage_history"
    __table_args__ = (
        Index("ix_opportunity_stage_history_opportunity_id_moved_at", "opportunity_id", "moved_at"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE")
    )
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"), index=True)
    moved_at: Mapped[datetime] = mapped_column(default=utcnow)
    moved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    moved_by_label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StageHistoryKind] = mapped_column(
        enum_column(StageHistoryKind), default=StageHistoryKind.MOVED
    )
    passed_stage_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    skipped_stage_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Why a closed deal was reopened (optional).
    reason: Mapped[str | None] = mapped_column(String(500))
    seconds_in_previous_stage: Mapped[int | None]
    probability: Mapped[int]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


register_scope(Opportunity, owned_rows(Opportunity.owner_id))
register_scope(
    OpportunityStageHistory, visible_through(OpportunityStageHistory.opportunity_id, Opportunity)
)
track(
    Opportunity,
    Tracked(
        "opportunity",
        label="title",
        customer="customer_id",
        private_to_owner=True,
        feed="opportunities",
    ),
)
# A move is told by the deal's own event (opportunity.stage_changed); the history row's
# event is for the audit log.
track(OpportunityStageHistory, Tracked("opportunity_stage_history"))
# Where a person may be named in a deal (GDPR erasure, docs/decisions/0042): its title
# (a converted lead's is its name), notes and stage details, and its history's.
copies(
    Opportunity,
    linked={
        SubjectKind.CONTACT: Opportunity.contact_id,
        SubjectKind.LEAD: Opportunity.source_lead_id,
    },
    customer=Opportunity.customer_id,
    mentions=("title", "notes", "lost_reason", "competitor", "details"),
)


def _history_of_their_deals(found: Found) -> Any:
    deals = select(Opportunity.id).where(
        or_(
            Opportunity.customer_id.in_(found.customers),
            Opportunity.contact_id.in_(found.of(SubjectKind.CONTACT)),
            Opportunity.source_lead_id.in_(found.of(SubjectKind.LEAD)),
        )
    )
    return OpportunityStageHistory.opportunity_id.in_(deals)


copies(OpportunityStageHistory, related=_history_of_their_deals, mentions=("reason", "details"))
