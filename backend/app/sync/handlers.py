"""What each pushed change does: a table of (entity, operation) → the domain service
that owns the rule (no rule is repeated here), with the conflict policy of decision
0025 applied to edits made on an older version.

A handler validates the change's ``data`` with the domain's own input schema (as its
single-write route would), calls the service and answers the record written. Creates
a phone makes by the hundred (visits, to-dos, expense lines) also have a handler for a
set (``SET_HANDLERS``): the domain's set-wise create, which checks the set in a few
statements and answers each change alone (the records are inserted together by the
push, ``core.bulk_insert``). An edit
whose ``base_version`` is older than the record's is merged field by field: the fields
changed on the server since that version (the event stream's updates) that the phone
also changed to another value are a ``PushConflict`` carrying both values; the other
fields are applied. A record that closed meanwhile (a visit checked out, a converted
lead, a won deal: the service's 409) answers a conflict where the server wins.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.activities import service as activities
from app.activities.schemas import ActivityComplete, ActivityCreate, ActivityUpdate
from app.core.access import Permission, Principal
from app.core.errors import AppError, UnprocessableEntity, field_error
from app.core.events import fields_changed_since, jsonable
from app.core.repository import Saved
from app.duty import service as duty
from app.duty.schemas import DutyEnd, DutyStart
from app.expenses import service as expenses
from app.expenses.schemas import ExpenseLineCreate, ExpenseReportCreate
from app.leads import service as leads
from app.leads.schemas import LeadCreate, LeadUpdate
from app.opportunities import service as opportunities
from app.opportunities.schemas import StageMove
from app.sync.schemas import FieldConflict, PushEntity, PushRecord
from app.todos import service as todos
from app.todos.schemas import TodoCreate, TodoMove, TodoUpdate
from app.visits import service as visits
from app.visits.schemas import (
    CheckIn,
    CheckOut,
    UnplannedCheckIn,
    VisitCreate,
    VisitReportCreate,
    VisitReportUpdate,
    VisitUpdate,
)

S = TypeVar("S", bound=BaseModel)


@dataclass
class Written:
    record_id: uuid.UUID
    version: int | None
    created: bool = True  # False: a create whose id was made before (a duplicate)


class PushConflict(Exception):
    """Nothing written: the server's version and the fields both sides changed."""

    def __init__(self, server_version: int, conflicts: list[FieldConflict]) -> None:
        super().__init__("conflict")
        self.server_version = server_version
        self.conflicts = conflicts


Handler = Callable[[AsyncSession, Principal, PushRecord], Awaitable[Written]]
# Each change's answer: what was written (a record made in a set: read once the set is
# written), or why it was refused (that change alone).
Answer = Written | Saved[Any] | ValidationError | AppError
SetHandler = Callable[[AsyncSession, Principal, list[PushRecord]], Awaitable[list[Answer]]]


def parse(schema: type[S], data: dict[str, Any]) -> S:
    """The domain's input schema, applied to the JSON as sent: the body's decoded
    values, validated as its single write's body is (the same types accepted)."""
    return schema.model_validate(data)


def _create_data(record: PushRecord) -> dict[str, Any]:
    return {**record.data, "id": record.client_id}


def _target(record: PushRecord) -> uuid.UUID:
    if record.record_id is None:
        raise UnprocessableEntity(errors=[field_error("record_id", "required for this operation")])
    return record.record_id


def _saved(entity: Any, created: bool = True) -> Written:
    return Written(entity.id, getattr(entity, "version", None), created)


async def _merge(session: AsyncSession, record: PushRecord, entity: Any, schema: type[S]) -> S:
    """The edit to apply, or a ``PushConflict`` when it overlaps a newer server edit."""
    data = parse(schema, record.data)
    base = _base_version(record)
    if base > entity.version:
        raise UnprocessableEntity(
            errors=[field_error("base_version", "is newer than the server's version")]
        )
    if base < entity.version:
        changed = await fields_changed_since(
            session, entity_type=entity.__tablename__, entity_id=entity.id, version=base
        )
        sent = data.model_dump(exclude_unset=True)
        overlapping = [
            FieldConflict(
                field=name,
                server_value=jsonable(getattr(entity, name, None)),
                client_value=record.data.get(name),
            )
            for name in sent
            if name in changed and jsonable(getattr(entity, name, None)) != jsonable(sent[name])
        ]
        if overlapping:
            raise PushConflict(entity.version, overlapping)
    return data


def _base_version(record: PushRecord) -> int:
    if record.base_version is None:
        raise UnprocessableEntity(
            errors=[field_error("base_version", "required for a change to a record")]
        )
    return record.base_version


async def _server_wins(record: PushRecord, entity: Any, write: Awaitable[Any]) -> Any:
    """Run ``write``; a record closed since the phone's version (the service's 409) is a
    conflict the server wins, with the server's values of the fields sent."""
    try:
        return await write
    except AppError as error:
        if error.status != 409 or (record.base_version or 0) >= entity.version:
            raise
        raise PushConflict(
            entity.version,
            [
                FieldConflict(
                    field=name,
                    server_value=jsonable(getattr(entity, name, None)),
                    client_value=value,
                )
                for name, value in ({"status": None} | record.data).items()
            ],
        ) from error


# --- duty days


async def _duty_start(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    saved = await duty.start_duty(s, p, data=parse(DutyStart, _create_data(r)))
    return _saved(saved.entity, saved.created)


async def _duty_end(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    day = await duty.get_duty_day(s, p, _target(r))
    return _saved(await duty.end_duty(s, p, day, data=parse(DutyEnd, r.data)))


# --- visits and reports (a report's record_id is its visit)


async def _visit_plan(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    saved = await visits.plan_visit(s, p, data=parse(VisitCreate, _create_data(r)))
    return _saved(saved.entity, saved.created)


async def _visit_unplanned(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    data = parse(UnplannedCheckIn, _create_data(r))
    saved = await visits.check_in_unplanned(s, p, data=data)
    return _saved(saved.entity, saved.created)


async def _visit_update(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    data = await _merge(s, r, visit, VisitUpdate)
    return _saved(await _server_wins(r, visit, visits.update_visit(s, p, visit, data=data)))


async def _visit_cancel(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    return _saved(await visits.cancel_visit(s, p, visit))


async def _visit_check_in(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    return _saved(await visits.check_in(s, p, visit, data=parse(CheckIn, r.data)))


async def _visit_check_out(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    return _saved(await visits.check_out(s, p, visit, data=parse(CheckOut, r.data)))


async def _report_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    data = parse(VisitReportCreate, _create_data(r))
    saved = await visits.report_visit(s, p, visit, data=data)
    return _saved(saved.entity, saved.created)


async def _report_update(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    visit = await visits.get_visit(s, p, _target(r))
    report = await visits.get_report(s, p, visit)
    data = await _merge(s, r, report, VisitReportUpdate)
    return _saved(await visits.update_report(s, p, visit, report, data=data))


# --- to-dos


async def _todo_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    saved = await todos.create_todo(s, p, data=parse(TodoCreate, _create_data(r)))
    return _saved(saved.entity, saved.created)


async def _todo_update(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    todo = await todos.get_todo(s, p, _target(r))
    data = await _merge(s, r, todo, TodoUpdate)
    return _saved(await todos.update_todo(s, p, todo, data=data))


async def _todo_move(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    todo = await todos.get_todo(s, p, _target(r))
    return _saved(await todos.move_todo(s, p, todo, data=parse(TodoMove, r.data)))


async def _todo_delete(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    todo = await todos.get_todo(s, p, _target(r))
    base = _base_version(r)
    if base < todo.version:
        # Edited on the server since the phone's copy: deleting would lose that edit.
        changed = await fields_changed_since(
            s, entity_type="todos", entity_id=todo.id, version=base
        )
        raise PushConflict(
            todo.version,
            [
                FieldConflict(field=name, server_value=jsonable(getattr(todo, name, None)))
                for name in sorted(changed)
            ],
        )
    await todos.delete_todo(s, p, todo)
    return Written(todo.id, None)


# --- leads, activities, deals


async def _lead_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    saved = await leads.capture_lead(s, p, data=parse(LeadCreate, _create_data(r)))
    return _saved(saved.entity, saved.created)


async def _lead_update(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    lead = await leads.get_lead(s, p, _target(r))
    data = await _merge(s, r, lead, LeadUpdate)
    return _saved(await _server_wins(r, lead, leads.update_lead(s, p, lead, data=data)))


async def _activity_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    data = parse(ActivityCreate, _create_data(r))
    saved = await activities.create_activity(s, p, data=data)
    return _saved(saved.entity, saved.created)


async def _activity_update(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    activity = await activities.get_activity(s, p, _target(r))
    data = await _merge(s, r, activity, ActivityUpdate)
    write = activities.update_activity(s, p, activity, data=data)
    return _saved(await _server_wins(r, activity, write))


async def _activity_complete(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    activity = await activities.get_activity(s, p, _target(r))
    data = parse(ActivityComplete, r.data)
    return _saved(await activities.complete_activity(s, p, activity, data=data))


async def _stage_move(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    deal = await opportunities.get_opportunity(s, p, _target(r))
    data = await _merge(s, r, deal, StageMove)
    write = opportunities.move_opportunity(s, p, deal, data=data)
    return _saved(await _server_wins(r, deal, write))


# --- expenses (a line's record_id is its report; submitted reports are locked: the
# service's 409 is the answer, the server wins)


async def _expense_report_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    data = parse(ExpenseReportCreate, _create_data(r))
    saved = await expenses.create_report(s, p, data=data)
    return _saved(saved.entity, saved.created)


async def _expense_report_submit(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    report = await expenses.get_report(s, p, _target(r))
    return _saved(await expenses.submit_report(s, p, report))


async def _expense_line_create(s: AsyncSession, p: Principal, r: PushRecord) -> Written:
    report = await expenses.get_report(s, p, _target(r))
    data = parse(ExpenseLineCreate, _create_data(r))
    saved = await expenses.add_line(s, p, report, data=data)
    return _saved(saved.entity, saved.created)


# --- creates of a set: the domain's set-wise create, each change answered alone


async def _create_set(
    records: Sequence[PushRecord],
    schema: type[S],
    create: Callable[[list[int], list[S]], Awaitable[Sequence[Saved[Any] | AppError]]],
) -> list[Answer]:
    """Parse each change (an invalid one is answered alone) and hand the valid ones,
    with their positions in ``records``, to the domain's set-wise ``create``."""
    answers: list[Answer | None] = [None] * len(records)
    where: list[int] = []
    parsed: list[S] = []
    for index, record in enumerate(records):
        try:
            parsed.append(parse(schema, _create_data(record)))
            where.append(index)
        except ValidationError as error:
            answers[index] = error
    for index, saved in zip(where, await create(where, parsed) if parsed else [], strict=True):
        answers[index] = saved
    return [answer for answer in answers if answer is not None]


async def _visits_plan(s: AsyncSession, p: Principal, rs: list[PushRecord]) -> list[Answer]:
    return await _create_set(rs, VisitCreate, lambda _, data: visits.plan_visits(s, p, data=data))


async def _todos_create(s: AsyncSession, p: Principal, rs: list[PushRecord]) -> list[Answer]:
    return await _create_set(rs, TodoCreate, lambda _, data: todos.create_todos(s, p, data=data))


async def _expense_lines_create(
    s: AsyncSession, p: Principal, rs: list[PushRecord]
) -> list[Answer]:
    # A line's record_id is its report (required: a change without one is refused alone).
    answers: dict[int, Answer] = {}
    targeted: list[tuple[int, PushRecord, uuid.UUID]] = []
    for index, record in enumerate(rs):
        try:
            targeted.append((index, record, _target(record)))
        except AppError as refusal:
            answers[index] = refusal

    async def add(where: list[int], data: list[ExpenseLineCreate]) -> list[Any]:
        lines = [(targeted[i][2], line) for i, line in zip(where, data, strict=True)]
        return await expenses.add_lines(s, p, lines=lines)

    added = await _create_set([r for _, r, _ in targeted], ExpenseLineCreate, add)
    answers.update({index: answer for (index, _, _), answer in zip(targeted, added, strict=True)})
    return [answers[i] for i in range(len(rs))]


SET_HANDLERS: dict[tuple[PushEntity, str], tuple[Permission, SetHandler]] = {
    (PushEntity.VISITS, "create"): (Permission.FIELD_WRITE, _visits_plan),
    (PushEntity.TODOS, "create"): (Permission.FIELD_WRITE, _todos_create),
    (PushEntity.EXPENSE_LINES, "create"): (Permission.FIELD_WRITE, _expense_lines_create),
}


HANDLERS: dict[tuple[PushEntity, str], tuple[Permission, Handler]] = {
    (PushEntity.DUTY_DAYS, "create"): (Permission.FIELD_WRITE, _duty_start),
    (PushEntity.DUTY_DAYS, "end"): (Permission.FIELD_WRITE, _duty_end),
    (PushEntity.VISITS, "create"): (Permission.FIELD_WRITE, _visit_plan),
    (PushEntity.VISITS, "check_in_unplanned"): (Permission.FIELD_WRITE, _visit_unplanned),
    (PushEntity.VISITS, "update"): (Permission.FIELD_WRITE, _visit_update),
    (PushEntity.VISITS, "cancel"): (Permission.FIELD_WRITE, _visit_cancel),
    (PushEntity.VISITS, "check_in"): (Permission.FIELD_WRITE, _visit_check_in),
    (PushEntity.VISITS, "check_out"): (Permission.FIELD_WRITE, _visit_check_out),
    (PushEntity.VISIT_REPORTS, "create"): (Permission.FIELD_WRITE, _report_create),
    (PushEntity.VISIT_REPORTS, "update"): (Permission.FIELD_WRITE, _report_update),
    (PushEntity.TODOS, "create"): (Permission.FIELD_WRITE, _todo_create),
    (PushEntity.TODOS, "update"): (Permission.FIELD_WRITE, _todo_update),
    (PushEntity.TODOS, "move"): (Permission.FIELD_WRITE, _todo_move),
    (PushEntity.TODOS, "delete"): (Permission.FIELD_WRITE, _todo_delete),
    (PushEntity.LEADS, "create"): (Permission.LEADS_WRITE, _lead_create),
    (PushEntity.LEADS, "update"): (Permission.LEADS_WRITE, _lead_update),
    (PushEntity.ACTIVITIES, "create"): (Permission.ACTIVITIES_WRITE, _activity_create),
    (PushEntity.ACTIVITIES, "update"): (Permission.ACTIVITIES_WRITE, _activity_update),
    (PushEntity.ACTIVITIES, "complete"): (Permission.ACTIVITIES_WRITE, _activity_complete),
    (PushEntity.OPPORTUNITIES, "move_stage"): (Permission.OPPORTUNITIES_WRITE, _stage_move),
    (PushEntity.EXPENSE_REPORTS, "create"): (Permission.FIELD_WRITE, _expense_report_create),
    (PushEntity.EXPENSE_REPORTS, "submit"): (Permission.FIELD_WRITE, _expense_report_submit),
    (PushEntity.EXPENSE_LINES, "create"): (Permission.FIELD_WRITE, _expense_line_create),
}
