"""Location pings from the phone, the team's latest positions and one person's day."""

from __future__ import annotations

import uuid

from fastapi import Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.push import BatchResult
from app.core.reads import dumps, json_answer
from app.core.routing import DomainRouter
from app.locations import service
from app.locations.dependencies import DayQuery
from app.locations.schemas import DayRoute, LatestPositions, PingBatch

router = DomainRouter(prefix="/locations", tags=["locations"])
people_router = DomainRouter(prefix="/users", tags=["locations"])
CAN_READ = requires(Permission.FIELD_READ)
CAN_WRITE = requires(Permission.FIELD_WRITE)


@router.post("/pings", response_model=BatchResult, responses=problem_responses(401, 403, 413, 422))
async def record_pings(
    body: PingBatch, session: DB, principal: Principal = CAN_WRITE
) -> BatchResult:
    """Store a batch of my pings (1 to 1,000; more is 413). Each ping answers its own
    outcome, in the order sent: `applied`, `duplicate` (sent before: stored once however
    often the phone retries) or `rejected` with a problem body naming the field
    (coordinates off the globe or 0, 0; a time more than a few minutes ahead; negative
    accuracy or speed; battery outside 0-100). Rejected pings never stop the others."""
    return await service.record_pings(session, principal, pings=body.pings)


@router.get("/latest", response_model=LatestPositions, responses=problem_responses(401, 403))
async def read_latest_positions(
    request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    """The newest position of every person the caller may see (own; a head's team;
    everyone for admins) who has sent a ping."""
    items = await service.latest_positions(session, principal)
    return json_answer(request, dumps({"items": items}))


@people_router.get(
    "/{user_id:uuid}/day", response_model=DayRoute, responses=problem_responses(401, 403, 404, 422)
)
async def read_day_route(
    user_id: uuid.UUID,
    request: Request,
    session: DB,
    day: DayQuery = None,
    principal: Principal = CAN_READ,
) -> Response:
    """One person's day from their pings: first and last ping, the distance travelled
    (imprecise fixes and hops implying an impossible speed left out) and the route
    simplified for drawing. Computed on every call, so late uploads count. Someone the
    caller may not see is a 404."""
    route = await service.day_route(session, principal, user_id, day=day)
    return json_answer(request, dumps(route))
