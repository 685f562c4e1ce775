"""Visit rules: who plans whose route, the check-in's proof of presence (the distance
to the customer's address and three flags that never block), check-out and duration,
and the report with its follow-up made in the same transaction.
Decision record: docs/decisions/0023-field-work-locations-and-check-ins.md."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.activities import service as activities
from app.activities.schemas import ActivityCreate
from app.core import attachments, events
from app.core.access import Principal, check_assignment
from app.core.attachments import StoredFile, Upload
from app.core.clock import company_date, company_zone, utcnow
from app.core.config import get_settings
from app.core.db import new_record
from app.core.errors import (
    AppError,
    InvalidReference,
    NotFound,
    UnprocessableEntity,
    field_error,
)
from app.core.feed import FeedRecord, load_feed
from app.core.geo import haversine_m
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.customers import service as customers
from app.products import service as products
from app.todos import service as todos
from app.users import service as users
from app.visits.errors import (
    AlreadyCheckedIn,
    AlreadyReported,
    NotCheckedIn,
    NotVisited,
    NotYourVisit,
    VisitClosed,
)
from app.visits.models import REPORT_PHOTOS, Visit, VisitReport, VisitStatus
from app.visits.repository import (
    REPORT_READ,
    VISIT_READ,
    VISIT_SORT,
    VisitReportRepository,
    VisitRepository,
)
from app.visits.schemas import (
    CheckIn,
    CheckOut,
    FollowUp,
    UnplannedCheckIn,
    VisitCreate,
    VisitReportCreate,
    VisitReportUpdate,
    VisitUpdate,
)

__all__ = ["VISIT_SORT"]


# --- planning ---------------------------------------------------------------------


async def _owner_refusals(
    session: AsyncSession, principal: Principal, owner_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, AppError | None]:
    """Engineers plan their own route; heads their team's; admins anyone's (an active
    user): the refusal of each owner (None: allowed), one statement for the set (none
    for the caller's own: a signed-in caller is an active user)."""
    refusals: dict[uuid.UUID, AppError | None] = {}
    for owner_id in owner_ids:
        try:
            check_assignment(principal, owner_id=owner_id)
            refusals[owner_id] = None
        except AppError as refusal:
            refusals[owner_id] = refusal
    others = {o for o, refusal in refusals.items() if refusal is None} - {principal.user_id}
    active = await users.find_active(session, others) if others else set()
    for owner_id in others - active:
        refusals[owner_id] = InvalidReference("owner_id")
    return refusals


async def _check_owner(session: AsyncSession, principal: Principal, owner_id: uuid.UUID) -> None:
    refusal = (await _owner_refusals(session, principal, {owner_id}))[owner_id]
    if refusal is not None:
        raise refusal


async def _customer_location(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> tuple[float, float] | None:
    try:
        return await customers.customer_location(session, principal, customer_id)
    except NotFound:
        raise InvalidReference("customer_id") from None


async def plan_visit(
    session: AsyncSession, principal: Principal, *, data: VisitCreate
) -> Saved[Visit]:
    saved = (await plan_visits(session, principal, data=[data]))[0]
    if isinstance(saved, AppError):
        raise saved
    return saved


async def plan_visits(
    session: AsyncSession, principal: Principal, *, data: Sequence[VisitCreate]
) -> list[Saved[Visit] | AppError]:
    """Visits planned together (a pushed batch), each answered alone: planned, planned
    before (its client id), or the error refusing it. Without a route position a
    visit goes last in its owner's day, in the order given; the checks (owners,
    customers, the routes' last positions) take one statement each for the set."""
    repo = VisitRepository(session, principal)

    async def build(fresh: list[int]) -> list[Visit | AppError]:
        wanted = [data[i] for i in fresh]
        owners = {o for d in wanted if (o := d.owner_id or principal.user_id) is not None}
        owner_refusals = await _owner_refusals(session, principal, owners)
        customer_ids = {d.customer_id for d in wanted}
        visible = await customers.find_visible(session, principal, customer_ids)
        last = await repo.last_route_positions(
            {(o, d.planned_date) for d in wanted if (o := d.owner_id or principal.user_id)}
        )
        made: list[Visit | AppError] = []
        for item in wanted:
            owner_id = item.owner_id or principal.user_id
            if owner_id is None:
                made.append(InvalidReference("owner_id"))
            elif (refusal := owner_refusals[owner_id]) is not None:
                made.append(refusal)
            elif item.customer_id not in visible:
                made.append(InvalidReference("customer_id"))
            else:
                made.append(_planned(principal, owner_id, item, last))
        return made

    return await repo.create_many([d.id for d in data], build)


def _planned(
    principal: Principal,
    owner_id: uuid.UUID,
    data: VisitCreate,
    last: dict[tuple[uuid.UUID, date], int],
) -> Visit:
    """The new visit, placed last in its owner's day unless given a place (``last``:
    the day's last place so far, kept up to date for the next one)."""
    key = (owner_id, data.planned_date)
    position = data.route_position or last.get(key, 0) + 1
    last[key] = max(last.get(key, 0), position)
    visit = new_record(
        Visit,
        owner_id=owner_id,
        created_by_id=principal.user_id,
        customer_id=data.customer_id,
        planned_date=data.planned_date,
        route_position=position,
        purpose=data.purpose,
        status=VisitStatus.PLANNED,
        is_planned=True,
    )
    events.note(visit, "visit.planned", data={"planned_date": data.planned_date.isoformat()})
    return visit


async def update_visit(
    session: AsyncSession, principal: Principal, visit: Visit, *, data: VisitUpdate
) -> Visit:
    """Reschedule, reorder or reassign a planned visit."""
    if visit.status is not VisitStatus.PLANNED:
        raise VisitClosed()
    changes = data.model_dump(exclude_unset=True)
    for required in ("planned_date", "route_position", "owner_id"):
        if required in changes and changes[required] is None:
            raise InvalidReference(required)
    if changes.get("owner_id") and changes["owner_id"] != visit.owner_id:
        await _check_owner(session, principal, changes["owner_id"])
    return await VisitRepository(session, principal).update(visit, changes)


async def cancel_visit(session: AsyncSession, principal: Principal, visit: Visit) -> Visit:
    if visit.status is VisitStatus.CANCELLED:
        return visit
    if visit.status is not VisitStatus.PLANNED:
        raise VisitClosed()
    events.note(visit, "visit.cancelled")
    return await VisitRepository(session, principal).update(
        visit, {"status": VisitStatus.CANCELLED}
    )


# --- check-in and check-out -----------------------------------------------------------


def _not_ahead(name: str, value: datetime) -> None:
    limit = utcnow() + timedelta(minutes=get_settings().location_max_future_minutes)
    if value > limit:
        raise UnprocessableEntity(errors=[field_error(name, "is in the future")])


def _own(principal: Principal, visit: Visit) -> None:
    """Presence is proven by the person visiting: a head sees the visit, not checks in."""
    if principal.user_id != visit.owner_id:
        raise NotYourVisit()


def _proof(visit: Visit, data: CheckIn, location: tuple[float, float] | None) -> dict[str, Any]:
    """The check-in's place, its distance to the customer and the flags (never a refusal:
    a customer's address may be wrong, a phone's fix poor; a head decides)."""
    settings = get_settings()
    distance = (
        haversine_m(data.latitude, data.longitude, location[0], location[1])
        if location is not None
        else None
    )
    return {
        "status": VisitStatus.CHECKED_IN,
        "checked_in_at": data.checked_in_at,
        "check_in_latitude": data.latitude,
        "check_in_longitude": data.longitude,
        "check_in_accuracy_m": data.accuracy_m,
        "check_in_distance_m": round(distance, 1) if distance is not None else None,
        "is_outside_radius": distance is not None and distance > settings.visit_check_in_radius_m,
        "is_poor_accuracy": data.accuracy_m is None
        or data.accuracy_m > settings.visit_max_accuracy_m,
        "is_mock_location": data.is_mock,
    }


def _note_check_in(visit: Visit, proof: dict[str, Any]) -> None:
    flags = [
        name
        for name, column in (
            ("outside_radius", "is_outside_radius"),
            ("poor_accuracy", "is_poor_accuracy"),
            ("mock_location", "is_mock_location"),
        )
        if proof[column]
    ]
    events.note(
        visit,
        "visit.checked_in",
        data={"distance_m": proof["check_in_distance_m"], "flags": flags},
        occurred_at=proof["checked_in_at"],
    )


async def check_in(
    session: AsyncSession, principal: Principal, visit: Visit, *, data: CheckIn
) -> Visit:
    _own(principal, visit)
    if visit.status is VisitStatus.CHECKED_IN or visit.status is VisitStatus.COMPLETED:
        raise AlreadyCheckedIn()
    if visit.status is VisitStatus.CANCELLED:
        raise VisitClosed()
    _not_ahead("checked_in_at", data.checked_in_at)
    proof = _proof(visit, data, await _customer_location(session, principal, visit.customer_id))
    _note_check_in(visit, proof)
    return await VisitRepository(session, principal).update(visit, proof)


async def check_in_unplanned(
    session: AsyncSession, principal: Principal, *, data: UnplannedCheckIn
) -> Saved[Visit]:
    """A visit no one planned, made and checked into at once (last in the day's route)."""
    repo = VisitRepository(session, principal)

    async def build() -> Visit:
        if principal.user_id is None:
            raise NotYourVisit()
        _not_ahead("checked_in_at", data.checked_in_at)
        location = await _customer_location(session, principal, data.customer_id)
        day = company_date(data.checked_in_at)
        visit = Visit(
            owner_id=principal.user_id,
            created_by_id=principal.user_id,
            customer_id=data.customer_id,
            planned_date=day,
            route_position=await repo.last_route_position(principal.user_id, day) + 1,
            purpose=data.purpose,
            is_planned=False,
        )
        proof = _proof(visit, data, location)
        for name, value in proof.items():
            setattr(visit, name, value)
        _note_check_in(visit, proof)
        return visit

    return await repo.create_once(data.id, build)


async def check_out(
    session: AsyncSession, principal: Principal, visit: Visit, *, data: CheckOut
) -> Visit:
    _own(principal, visit)
    if visit.status is VisitStatus.COMPLETED:
        raise VisitClosed()
    if visit.status is not VisitStatus.CHECKED_IN or visit.checked_in_at is None:
        raise NotCheckedIn()
    _not_ahead("checked_out_at", data.checked_out_at)
    if data.checked_out_at < visit.checked_in_at:
        raise UnprocessableEntity(errors=[field_error("checked_out_at", "is before the check-in")])
    minutes = int((data.checked_out_at - visit.checked_in_at).total_seconds() // 60)
    events.note(
        visit,
        "visit.checked_out",
        data={"duration_minutes": minutes},
        occurred_at=data.checked_out_at,
    )
    changes = {
        "status": VisitStatus.COMPLETED,
        "checked_out_at": data.checked_out_at,
        "check_out_latitude": data.latitude,
        "check_out_longitude": data.longitude,
        "check_out_accuracy_m": data.accuracy_m,
    }
    return await VisitRepository(session, principal).update(visit, changes)


# --- the report -------------------------------------------------------------------


async def _report_values(
    session: AsyncSession, principal: Principal, visit: Visit, values: dict[str, Any]
) -> dict[str, Any]:
    """Contacts met must be the customer's, products discussed ones the caller sees."""
    for index, met in enumerate(values.get("contacts_met") or []):
        if met.get("contact_id"):
            contact = await customers.find_contact(session, principal, met["contact_id"])
            if contact is None or contact.customer_id != visit.customer_id:
                raise _item_reference("contacts_met", index, "contact_id")
            met["name"] = met.get("name") or contact.name
        met.setdefault("name", None)
        met.setdefault("contact_id", None)
    for index, item in enumerate(values.get("products_discussed") or []):
        if item.get("product_id"):
            product = await products.find_product(session, principal, item["product_id"])
            if product is None:
                raise _item_reference("products_discussed", index, "product_id")
            item["name"] = item.get("name") or product.name
        for key in ("product_id", "name", "notes"):
            item.setdefault(key, None)
    return {
        key: [
            {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in row.items()} for row in value
        ]
        if key in ("contacts_met", "products_discussed")
        else value
        for key, value in values.items()
    }


def _item_reference(field: str, index: int, name: str) -> InvalidReference:
    """The reference error naming one item's field (``body.contacts_met.0.contact_id``)."""
    error = InvalidReference(field)
    for item in error.errors or []:
        item.loc = ["body", field, index, name]
    return error


async def _follow_up(
    session: AsyncSession, principal: Principal, visit: Visit, follow_up: FollowUp
) -> dict[str, uuid.UUID]:
    """The follow-up, made in this transaction: a failure refuses the whole report."""
    if follow_up.kind == "todo":
        todo = await todos.create_follow_up(
            session,
            principal,
            title=follow_up.title,
            due_date=follow_up.due_date,
            notes=follow_up.notes,
            customer_id=visit.customer_id,
        )
        return {"follow_up_todo_id": todo.id}
    due_at = (
        datetime.combine(follow_up.due_date, time(9), tzinfo=company_zone())
        if follow_up.due_date
        else None
    )
    saved = await activities.create_activity(
        session,
        principal,
        data=ActivityCreate(
            type="task",
            subject=follow_up.title,
            description=follow_up.notes,
            customer_id=visit.customer_id,
            due_at=due_at,
        ),
    )
    return {"follow_up_activity_id": saved.entity.id}


async def report_visit(
    session: AsyncSession, principal: Principal, visit: Visit, *, data: VisitReportCreate
) -> Saved[VisitReport]:
    repo = VisitReportRepository(session, principal)

    async def build() -> VisitReport:
        _own(principal, visit)
        if visit.status not in (VisitStatus.CHECKED_IN, VisitStatus.COMPLETED):
            raise NotVisited()
        if await repo.of_visit(visit.id) is not None:
            raise AlreadyReported()
        values = await _report_values(
            session,
            principal,
            visit,
            data.model_dump(exclude={"id", "follow_up"}, exclude_none=True),
        )
        if data.follow_up is not None:
            values |= await _follow_up(session, principal, visit, data.follow_up)
        report = VisitReport(
            **values,
            visit_id=visit.id,
            owner_id=visit.owner_id,
            customer_id=visit.customer_id,
        )
        events.note(report, "visit.reported", data={"visit_id": str(visit.id)})
        return report

    return await repo.create_once(data.id, build)


async def update_report(
    session: AsyncSession,
    principal: Principal,
    visit: Visit,
    report: VisitReport,
    *,
    data: VisitReportUpdate,
) -> VisitReport:
    _own(principal, visit)
    changes = data.model_dump(exclude_unset=True)
    if "outcome" in changes and changes["outcome"] is None:
        raise InvalidReference("outcome")
    for listed in ("contacts_met", "products_discussed"):
        if listed in changes and changes[listed] is None:
            changes[listed] = []
    changes = await _report_values(session, principal, visit, changes)
    return await VisitReportRepository(session, principal).update(report, changes)


# --- the report's photos -------------------------------------------------------------


async def add_report_photo(
    session: AsyncSession,
    principal: Principal,
    visit: Visit,
    report: VisitReport,
    *,
    upload: Upload,
    client_id: uuid.UUID | None,
) -> Saved[StoredFile]:
    """A photo on my visit's report: the person who visited adds and removes them, for as
    long as they may edit its text (always)."""
    return await attachments.attach(
        session,
        principal,
        REPORT_PHOTOS,
        report,
        upload=upload,
        client_id=client_id,
        rules=lambda: _own(principal, visit),
    )


async def remove_report_photo(
    session: AsyncSession,
    principal: Principal,
    visit: Visit,
    report: VisitReport,
    file_id: uuid.UUID,
) -> None:
    _own(principal, visit)
    await attachments.detach(session, principal, REPORT_PHOTOS, report, file_id)


# --- reads ------------------------------------------------------------------------


async def get_visit(session: AsyncSession, principal: Principal, visit_id: uuid.UUID) -> Visit:
    return await VisitRepository(session, principal).get_or_404(visit_id)


async def get_report(session: AsyncSession, principal: Principal, visit: Visit) -> VisitReport:
    report = await VisitReportRepository(session, principal).of_visit(visit.id)
    if report is None:
        raise VisitReportRepository.not_found()
    return report


def period_counts(principal: Principal, *, start: date, end: date) -> Any:
    """The caller's visible visits of the routes of ``start`` to ``end`` counted per
    person (as ``day_counts``): a subquery for the activities report."""
    return VisitRepository.period_counts(principal, start, end)


def done_count(*, start: Any, end: Any, made_by: Any) -> Any:
    """Visits done in a span by whom ``made_by(owner_id)`` says, whoever asks: a
    correlated scalar subquery for a target's attainment."""
    return VisitRepository.unscoped_done_count(start=start, end=end, made_by=made_by)


def day_counts(principal: Principal, *, day: date) -> Any:
    """The caller's visible visits of ``day`` counted per person (user_id,
    visits_planned, visits_done, visits_unplanned, flagged_check_ins): a subquery for
    attendance."""
    return VisitRepository.day_counts(principal, day)


async def visits_page(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> bytes:
    repo = VisitRepository(session, principal)
    return await repo.read_page(VISIT_READ, repo.filtered(**filters), params)


async def visit_item(
    session: AsyncSession, principal: Principal, visit_id: uuid.UUID
) -> dict[str, Any]:
    return await VisitRepository(session, principal).read_item(VISIT_READ, visit_id)


async def report_item(
    session: AsyncSession, principal: Principal, visit_id: uuid.UUID
) -> dict[str, Any]:
    repo = VisitReportRepository(session, principal)
    items = await repo.read_items(REPORT_READ, repo.of_visit_stmt(visit_id))
    if not items:
        raise VisitReportRepository.not_found()
    return items[0]


async def visit_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(VisitRepository(session, principal), VISIT_READ, ids)


async def visit_report_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(VisitReportRepository(session, principal), REPORT_READ, ids)
