"""Distances on the Earth and simplifying a track for drawing (plain Python: a day's
points are a few thousand at most).

Decision record: docs/decisions/0023-field-work-locations-and-check-ins.md.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

EARTH_RADIUS_M = 6_371_008.8  # the mean radius (IUGG)


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in metres (good to ~0.5% anywhere: plenty for a
    check-in radius or a day's kilometres)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def is_possible_position(latitude: float, longitude: float) -> bool:
    """On the globe, finite, and not (0, 0): the position a phone reports when it has
    no fix ("null island", in the Gulf of Guinea, where no customer is)."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return False
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return False
    return not (latitude == 0 and longitude == 0)


@dataclass(frozen=True)
class TrackPoint:
    recorded_at: datetime
    latitude: float
    longitude: float
    accuracy_m: float | None = None


def plausible_track(
    points: Sequence[TrackPoint], *, max_accuracy_m: float, max_speed_mps: float
) -> list[TrackPoint]:
    """The points (in time order) worth measuring: those with a fix at least as precise as
    ``max_accuracy_m`` (no accuracy given counts as precise), and of those, each one
    reachable from the last kept point without exceeding ``max_speed_mps`` (a GPS jump
    and the jump back would otherwise add kilometres never travelled)."""
    kept: list[TrackPoint] = []
    for point in points:
        if point.accuracy_m is not None and point.accuracy_m > max_accuracy_m:
            continue
        if kept:
            last = kept[-1]
            metres = haversine_m(last.latitude, last.longitude, point.latitude, point.longitude)
            seconds = max((point.recorded_at - last.recorded_at).total_seconds(), 1.0)
            if metres / seconds > max_speed_mps:
                continue
        kept.append(point)
    return kept


def track_length_m(points: Sequence[TrackPoint]) -> float:
    return sum(
        haversine_m(a.latitude, a.longitude, b.latitude, b.longitude)
        for a, b in itertools.pairwise(points)
    )


def _offset_m(point: TrackPoint, start: TrackPoint, end: TrackPoint) -> float:
    """How far ``point`` lies from the segment start-end, in metres (a local flat
    projection: the segments of one day's route are short)."""
    scale = math.cos(math.radians(start.latitude))
    metres_per_degree = math.pi * EARTH_RADIUS_M / 180

    def xy(p: TrackPoint) -> tuple[float, float]:
        return (
            (p.longitude - start.longitude) * scale * metres_per_degree,
            (p.latitude - start.latitude) * metres_per_degree,
        )

    (px, py), (ex, ey) = xy(point), xy(end)
    length2 = ex * ex + ey * ey
    if length2 == 0:
        return math.hypot(px, py)
    t = max(0.0, min(1.0, (px * ex + py * ey) / length2))
    return math.hypot(px - t * ex, py - t * ey)


def simplify(points: Sequence[TrackPoint], *, tolerance_m: float) -> list[TrackPoint]:
    """Douglas-Peucker: the fewest points that keep the line within ``tolerance_m`` of
    the original (iterative, so a long day cannot exhaust the stack)."""
    if len(points) <= 2:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, index = 0.0, -1
        for i in range(first + 1, last):
            offset = _offset_m(points[i], points[first], points[last])
            if offset > farthest:
                farthest, index = offset, i
        if index != -1 and farthest > tolerance_m:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]
