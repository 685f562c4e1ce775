"""Visits to customers (planned in a day's route, or checked into directly) with the
check-in's proof of presence, and their reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope
from app.core.attachments import attachable
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.images import PHOTO_TYPES
from app.core.personal_data import copies


class VisitStatus(StrEnum):
    PLANNED = "planned"
    CHECKED_IN = "checked_in"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Visit(Entity):
    __tablename__ = "visits"
    __table_args__ = (
        Index(
            "ix_visits_owner_id_planned_date_route_position",
            "owner_id",
            "planned_date",
            "route_position",
            "id",
        ),
        Index("ix_visits_planned_date_id", "planned_date", "id"),
        Index("ix_visits_route_position_id", "route_position", "id"),
        Index("ix_visits_created_at_id", "created_at", "id"),
    )

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    status: Mapped[VisitStatus] = mapped_column(
        enum_column(VisitStatus), default=VisitStatus.PLANNED
    )
    planned_date: Mapped[date]
    # The visit's place in the day's route (1, 2, ...).
    route_position: Mapped[int] = mapped_column(Integer, default=0)
    is_planned: Mapped[bool] = mapped_column(Boolean, default=True)
    purpose: Mapped[str | None] = mapped_column(String(300))
    checked_in_at: Mapped[datetime | None]
    check_in_latitude: Mapped[float | None] = mapped_column(Float)
    check_in_longitude: Mapped[float | None] = mapped_column(Float)
    check_in_accuracy_m: Mapped[float | None] = mapped_column(Float)
    # Metres from the customer's address location (None: the address has no coordinates).
    check_in_distance_m: Mapped[float | None] = mapped_column(Float)
    is_outside_radius: Mapped[bool] = mapped_column(Boolean, default=False)
    is_poor_accuracy: Mapped[bool] = mapped_column(Boolean, default=False)
    is_mock_location: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_out_at: Mapped[datetime | None]
    check_out_latitude: Mapped[float | None] = mapped_column(Float)
    check_out_longitude: Mapped[float | None] = mapped_column(Float)
    check_out_accuracy_m: Mapped[float | None] = mapped_column(Float)


class VisitReport(Entity):
    __tablename__ = "visit_reports"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), unique=True
    )
    # Copied from the visit: the report is scoped and placed on the timeline like it.
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    purpose: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[str] = mapped_column(Text)
    contacts_met: Mapped[list[Any]] = mapped_column(JSONB, default=list)
    products_discussed: Mapped[list[Any]] = mapped_column(JSONB, default=list)
    next_steps: Mapped[str | None] = mapped_column(Text)
    next_visit_date: Mapped[date | None]
    follow_up_activity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL")
    )
    follow_up_todo_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("todos.id", ondelete="SET NULL")
    )


# A report's photos (docs/decisions/0034-files.md): visible with the report.
REPORT_PHOTOS = attachable(VisitReport, types=PHOTO_TYPES, max_files=20)
register_scope(Visit, owned_rows(Visit.owner_id))
register_scope(VisitReport, owned_rows(VisitReport.owner_id))
track(Visit, Tracked("visit", customer="customer_id", private_to_owner=True, feed="visits"))
track(
    VisitReport,
    Tracked(
        "visit_report",
        label="outcome",
        customer="customer_id",
        private_to_owner=True,
        feed="visit_reports",
    ),
)
# Contacts met are named in the report (GDPR erasure, docs/decisions/0042).
copies(Visit, customer=Visit.customer_id, mentions=("purpose",))
copies(
    VisitReport,
    customer=VisitReport.customer_id,
    mentions=("purpose", "outcome", "contacts_met", "next_steps"),
)
