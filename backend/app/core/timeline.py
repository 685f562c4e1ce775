"""The customer timeline: one history of everything that happened with a customer.

Domains append events through ``record_event`` in the same transaction as the change
(an activity done, a lead converted, a stage move, later a quote sent or an invoice
paid). The timeline endpoint reads this one table with a keyset page, so a new domain
adds events without touching any query. Visibility follows the customer's scope
(registered by the customers domain).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal
from app.core.clock import utcnow
from app.core.db import Entity
from app.core.pagination import SortOptions


class TimelineEvent(Entity):
    __tablename__ = "timeline_events"
    __table_args__ = (
        Index("ix_timeline_events_customer_id_occurred_at_id", "customer_id", "occurred_at", "id"),
        Index("ix_timeline_events_subject", "subject_type", "subject_id"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    # "<domain>.<what>": "customer.created", "activity.completed", "lead.converted",
    # "opportunity.stage_changed"; clients pick the icon from the prefix.
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    subject_type: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[uuid.UUID]
    actor_id: Mapped[uuid.UUID | None]
    # The owner of the subject (the activity's assignee, the deal's owner): the event is
    # shown only to callers who may see that owner's rows, so the timeline never reveals
    # what a direct read would refuse. None: everyone who sees the customer.
    owner_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    actor_label: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


TIMELINE_SORT = SortOptions("-occurred_at", occurred_at=TimelineEvent.occurred_at)


def record_event(
    session: AsyncSession,
    principal: Principal | None,
    *,
    customer_id: uuid.UUID,
    kind: str,
    title: str,
    subject_type: str,
    subject_id: uuid.UUID,
    owner_id: uuid.UUID | None,
    occurred_at: datetime | None = None,
    data: dict[str, Any] | None = None,
) -> TimelineEvent:
    event = TimelineEvent(
        customer_id=customer_id,
        occurred_at=occurred_at or utcnow(),
        kind=kind,
        title=title[:300],
        subject_type=subject_type,
        subject_id=subject_id,
        owner_id=owner_id,
        actor_id=principal.user_id if principal else None,
        actor_label=principal.label if principal else None,
        data=data or {},
    )
    session.add(event)
    return event
