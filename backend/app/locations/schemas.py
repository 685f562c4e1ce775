from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.core.schemas import InputModel, OutputModel, UtcDateTime
from app.locations.models import PingEvent

MAX_PINGS_PER_BATCH = 1000


class PingIn(InputModel):
    """One position as the phone recorded it. Coordinates and times are checked per
    ping (an impossible one is that ping's `rejected`, the rest of the batch is kept),
    so their bounds are the server's, not the schema's."""

    id: uuid.UUID = Field(description="The phone's id for the ping: sending it again is harmless")
    recorded_at: UtcDateTime
    latitude: float = Field(description="-90 to 90")
    longitude: float = Field(description="-180 to 180")
    accuracy_m: float | None = Field(default=None, description="The fix's accuracy (m, ≥ 0)")
    speed_mps: float | None = Field(default=None, description="m/s, ≥ 0")
    battery_pct: int | None = Field(default=None, description="0 to 100")
    is_mock: bool = Field(default=False, description="The OS says the position is simulated")
    event: PingEvent = PingEvent.PERIODIC


class PingBatch(InputModel):
    pings: list[PingIn] = Field(
        min_length=1, description=f"1 to {MAX_PINGS_PER_BATCH} pings (more: 413)"
    )


class LatestPosition(OutputModel):
    user_id: uuid.UUID
    user_name: str | None
    recorded_at: datetime
    latitude: float
    longitude: float
    accuracy_m: float | None
    speed_mps: float | None
    battery_pct: int | None
    is_mock: bool
    event: PingEvent


class LatestPositions(OutputModel):
    """The newest ping of every person the caller may see who has sent one."""

    items: list[LatestPosition]


class RoutePoint(OutputModel):
    recorded_at: datetime
    latitude: float
    longitude: float


class DayRoute(OutputModel):
    """One person's day (local midnight to midnight in the company's time zone), computed
    from every ping received so far (late uploads count)."""

    user_id: uuid.UUID
    date: date
    timezone: str
    first_ping_at: datetime | None
    last_ping_at: datetime | None
    ping_count: int = Field(description="Pings recorded that day")
    points_used: int = Field(
        description="Pings measured (precise enough and not implying an impossible speed)"
    )
    distance_km: float = Field(description="Along the measured points, great-circle hops")
    track: list[RoutePoint] = Field(description="The route simplified for drawing")
