"""Duty days: an engineer's working day, started and ended on the phone with the time,
the location and optionally the vehicle's odometer. At most one open day per engineer
(a partial unique index, so two concurrent starts leave one day)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Float, ForeignKey, Index, Numeric, text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope
from app.core.db import Entity
from app.core.events import Tracked, track

OPEN_DUTY_DAY_INDEX = "uq_duty_days_open_per_user"


class DutyDay(Entity):
    __tablename__ = "duty_days"
    __table_args__ = (
        Index("ix_duty_days_user_id_started_at_id", "user_id", "started_at", "id"),
        Index("ix_duty_days_started_at_id", "started_at", "id"),
        Index(
            OPEN_DUTY_DAY_INDEX,
            "user_id",
            unique=True,
            postgresql_where=text("ended_at IS NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime]
    start_latitude: Mapped[float] = mapped_column(Float)
    start_longitude: Mapped[float] = mapped_column(Float)
    start_accuracy_m: Mapped[float | None] = mapped_column(Float)
    start_odometer_km: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    ended_at: Mapped[datetime | None]
    end_latitude: Mapped[float | None] = mapped_column(Float)
    end_longitude: Mapped[float | None] = mapped_column(Float)
    end_accuracy_m: Mapped[float | None] = mapped_column(Float)
    end_odometer_km: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))


register_scope(DutyDay, owned_rows(DutyDay.user_id))
track(DutyDay, Tracked("duty_day", feed="duty_days"))
