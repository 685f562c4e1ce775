"""Location rules: a batch of pings is checked ping by ping (an impossible one is
refused alone, the rest kept), stored in one statement, and a ping sent again is a
``duplicate``, never a second row. A day's route and distance are computed from the
pings whenever asked, so pings uploaded late, or a day never ended, still count."""

from __future__ import annotations

import math
import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.core.clock import company_day_bounds, company_today, utcnow
from app.core.config import get_settings
from app.core.errors import field_error
from app.core.geo import (
    TrackPoint,
    is_possible_position,
    plausible_track,
    simplify,
    track_length_m,
)
from app.core.push import BatchResult, ItemOutcome, ItemProblem, ItemResult, batch_result, rejected
from app.locations.errors import BatchTooLarge, NotAPerson, PersonNotFound
from app.locations.repository import LocationRepository
from app.locations.schemas import MAX_PINGS_PER_BATCH, PingIn
from app.users import service as users

# How far a drawn route may stray from the recorded one (metres).
TRACK_TOLERANCE_M = 15.0


def _refusal(ping: PingIn, latest: datetime) -> tuple[str, str] | None:
    """The field that makes a ping impossible, and why (None: the ping is fine).
    ``latest``: the latest recording time believed (now, plus the clock skew allowed)."""
    if not (math.isfinite(ping.latitude) and -90 <= ping.latitude <= 90):
        return "latitude", "must be between -90 and 90"
    if not (math.isfinite(ping.longitude) and -180 <= ping.longitude <= 180):
        return "longitude", "must be between -180 and 180"
    if not is_possible_position(ping.latitude, ping.longitude):
        return "latitude", "0, 0 is the position of a phone without a fix"
    if ping.recorded_at > latest:
        return "recorded_at", "is in the future"
    if ping.accuracy_m is not None and ping.accuracy_m < 0:
        return "accuracy_m", "must be 0 or more"
    if ping.speed_mps is not None and ping.speed_mps < 0:
        return "speed_mps", "must be 0 or more"
    if ping.battery_pct is not None and not 0 <= ping.battery_pct <= 100:
        return "battery_pct", "must be between 0 and 100"
    return None


async def record_pings(
    session: AsyncSession, principal: Principal, *, pings: list[PingIn]
) -> BatchResult:
    stored = await store_pings(session, principal, pings=pings)
    return batch_result(
        [
            item
            if isinstance(item, ItemResult)
            else ItemResult.model_construct(id=ping.id, outcome=item)
            for ping, item in zip(pings, stored, strict=True)
        ]
    )


async def store_pings(
    session: AsyncSession, principal: Principal, *, pings: list[PingIn]
) -> list[ItemOutcome | ItemResult]:
    """Each ping's outcome, in order: ``applied`` or ``duplicate`` alone, or a
    refusal's result with its problem (a pushed batch answers them in its own shape)."""
    if len(pings) > MAX_PINGS_PER_BATCH:
        raise BatchTooLarge(
            errors=[field_error("pings", f"at most {MAX_PINGS_PER_BATCH} per batch")]
        )
    if principal.user_id is None:
        raise NotAPerson()
    now = utcnow()
    latest = now + timedelta(minutes=get_settings().location_max_future_minutes)
    results: dict[int, ItemOutcome | ItemResult] = {}
    accepted: dict[uuid.UUID, int] = {}
    rows: list[dict[str, Any]] = []
    for index, ping in enumerate(pings):
        if ping.id in accepted:
            results[index] = ItemOutcome.DUPLICATE
            continue
        refusal = _refusal(ping, latest)
        if refusal is not None:
            field, message = refusal
            results[index] = rejected(
                ping.id,
                code="locations.impossible_ping",
                title="This ping cannot be right",
                field=field,
                msg=message,
                where=("pings", index),
            )
            continue
        accepted[ping.id] = index
        # The model's fields as they are (``dict(ping)`` first asks the model for a
        # ``keys`` it lacks: an exception per ping); the repository picks the columns.
        rows.append(ping.__dict__)
    repo = LocationRepository(session, principal)
    stored = await repo.insert_pings(principal.user_id, now, rows)
    skipped = set(accepted) - stored
    owners = await repo.unscoped_owners(skipped) if skipped else {}
    for ping_id, index in accepted.items():
        if ping_id in stored:
            results[index] = ItemOutcome.APPLIED
        elif owners.get(ping_id) == principal.user_id:
            results[index] = ItemOutcome.DUPLICATE
        else:
            # Someone else's ping has this id: refused without saying anything about it.
            results[index] = ItemResult(
                id=ping_id,
                outcome=ItemOutcome.REJECTED,
                problem=ItemProblem(title="This id is already used", status=409, code="id_taken"),
            )
    return [results[i] for i in range(len(pings))]


async def latest_positions(session: AsyncSession, principal: Principal) -> list[dict[str, Any]]:
    return await LocationRepository(session, principal).latest_positions()


async def _check_person(session: AsyncSession, principal: Principal, user_id: uuid.UUID) -> None:
    """The person exists and the caller may see their whereabouts (else a 404)."""
    owners = principal.visible_owner_ids()
    if owners is not None and user_id not in owners:
        raise PersonNotFound()
    if owners is None and await users.find_active_user(session, user_id) is None:
        raise PersonNotFound()


def _measured_day(points: Sequence[TrackPoint]) -> tuple[list[TrackPoint], dict[str, Any]]:
    """What a day's pings (in time order) say: first and last ping (of all of them,
    outliers included: the phone was on), and the distance along the points worth
    measuring (precise enough, no impossible speed; core/geo.py). The one measure of a
    day, for one person's route and for everyone's attendance alike."""
    settings = get_settings()
    measured = plausible_track(
        points,
        max_accuracy_m=settings.location_max_accuracy_m,
        max_speed_mps=settings.location_max_speed_kmh / 3.6,
    )
    return measured, {
        "first_ping_at": points[0].recorded_at if points else None,
        "last_ping_at": points[-1].recorded_at if points else None,
        "ping_count": len(points),
        "points_used": len(measured),
        "distance_km": round(track_length_m(measured) / 1000, 3),
    }


async def day_route(
    session: AsyncSession, principal: Principal, user_id: uuid.UUID, *, day: date | None
) -> dict[str, Any]:
    await _check_person(session, principal, user_id)
    day = day or company_today()
    start, end = company_day_bounds(day)
    points = await LocationRepository(session, principal).points_of(user_id, start, end)
    measured, summary = _measured_day(points)
    track = simplify(measured, tolerance_m=TRACK_TOLERANCE_M)
    return {
        "user_id": user_id,
        "date": day,
        "timezone": get_settings().field_timezone,
        **summary,
        "track": [
            {"recorded_at": p.recorded_at, "latitude": p.latitude, "longitude": p.longitude}
            for p in track
        ],
    }


async def days_of_people(
    session: AsyncSession, principal: Principal, user_ids: Collection[uuid.UUID], *, day: date
) -> dict[uuid.UUID, dict[str, Any]]:
    """Each person's day measured as ``day_route`` measures it (first and last ping,
    ping count, points used, distance_km), from ONE statement reading every person's
    pings of the day; people without pings (or out of the caller's scope) are absent."""
    start, end = company_day_bounds(day)
    points = await LocationRepository(session, principal).points_of_people(user_ids, start, end)
    return {user_id: _measured_day(own)[1] for user_id, own in points.items()}
