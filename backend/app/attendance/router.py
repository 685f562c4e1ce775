"""Attendance: every engineer's working day at a glance (the head's morning and
evening check), scoped like the rest of field work: an engineer sees their own day, a
head their team's, an admin everyone's.
Decision record: docs/decisions/0035-attendance.md.
"""

from __future__ import annotations

from app.attendance import service
from app.attendance.dependencies import AttendanceFilters
from app.attendance.schemas import Attendance
from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.routing import DomainRouter

router = DomainRouter(prefix="/attendance", tags=["attendance"])
CAN_READ = requires(Permission.FIELD_READ)


@router.get("", response_model=Attendance, responses=problem_responses(401, 403, 422))
async def read_attendance(
    session: DB, filters: AttendanceFilters, principal: Principal = CAN_READ
) -> Attendance:
    """One row per person the caller may see (active sales engineers, and anyone else
    with duty, visits or expenses that day), by name: duty start and end (a day never
    ended stays open), first and last ping, km travelled (measured from the pings as
    `GET /users/{user_id}/day` measures them), visits planned and done, unplanned
    visits, flagged check-ins, and the expenses claimed for the day on reports handed in.
    Computed on every call, so pings uploaded late count. Filter by `team_id` or
    `user_id` (repeat for several)."""
    report = await service.attendance(session, principal, **filters)
    return Attendance.model_validate(report)
