from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from pydantic import Field

from app.core.schemas import CreateModel, EntityRead, InputModel, UtcDateTime


class _Place(InputModel):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    accuracy_m: float | None = Field(default=None, ge=0, description="The fix's accuracy (m)")
    odometer_km: Decimal | None = Field(
        default=None, ge=0, max_digits=10, decimal_places=1, description="The vehicle's reading"
    )


class DutyStart(_Place, CreateModel):
    started_at: UtcDateTime = Field(description="When the day started (the phone's clock)")


class DutyEnd(_Place):
    ended_at: UtcDateTime


class DutyDayRead(EntityRead):
    user_id: uuid.UUID
    started_at: datetime
    start_latitude: float
    start_longitude: float
    start_accuracy_m: float | None
    start_odometer_km: Decimal | None
    ended_at: datetime | None
    end_latitude: float | None
    end_longitude: float | None
    end_accuracy_m: float | None
    end_odometer_km: Decimal | None
