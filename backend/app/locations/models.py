"""Location pings: where an engineer's phone was, recorded in batches.

Append-only and high-volume, so not an ``Entity``: no version (a ping is never
edited) and not on the event stream (no one keeps a copy to sync; the head's map and
the day's route read the table directly). The id is the phone's: a ping sent again
is stored once (primary key, ``ON CONFLICT DO NOTHING``).
Decision record: docs/decisions/0023-field-work-locations-and-check-ins.md.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Float, ForeignKey, Index, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope
from app.core.clock import utcnow
from app.core.db import Base, enum_column


class PingEvent(StrEnum):
    """What made the phone record the position."""

    PERIODIC = "periodic"
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    QUOTE = "quote"
    ORDER = "order"
    EXPENSE = "expense"
    LEAD = "lead"


class LocationPing(Base):
    __tablename__ = "location_pings"
    __table_args__ = (
        # The latest position per engineer and one engineer's day: both an index range.
        Index("ix_location_pings_user_id_recorded_at", "user_id", "recorded_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    accuracy_m: Mapped[float | None] = mapped_column(Float)
    speed_mps: Mapped[float | None] = mapped_column(Float)
    battery_pct: Mapped[int | None] = mapped_column(SmallInteger)
    is_mock: Mapped[bool] = mapped_column(Boolean, default=False)
    event: Mapped[PingEvent] = mapped_column(enum_column(PingEvent), default=PingEvent.PERIODIC)


register_scope(LocationPing, owned_rows(LocationPing.user_id))
