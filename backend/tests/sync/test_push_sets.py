"""Pushed creates applied as sets (visits, to-dos, expense lines): each change is still
answered alone and made exactly as one by one would make it, and a batch takes as
many statements for a hundred of them as for ten."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.events import DomainEvent
from app.expenses.models import ExpenseLine
from app.todos.models import Todo
from app.visits.models import Visit
from tests.conftest import World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_todo, create_visit
from tests.sync.test_push import change, count, push

REPORTS = "/api/v1/expense-reports"


async def _report(client: AsyncClient, person: Any, **body: Any) -> str:
    body = {"title": "Pune", "period_start": "2026-11-02", "period_end": "2026-11-06", **body}
    answer = await client.post(REPORTS, json=body, headers=auth(person))
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def _line(report: str, day: str = "2026-11-03", amount: str = "100") -> dict[str, Any]:
    data = {"expense_date": day, "category": "food", "amount": amount}
    return change("expense_lines", record_id=report, data=data)


def _batch(customer: uuid.UUID, report: str, n: int) -> list[dict[str, Any]]:
    visit = {"customer_id": str(customer), "planned_date": "2027-02-01"}
    return [
        record
        for i in range(n)
        for record in (
            change("visits", data=visit),
            change("todos", data={"title": f"To-do {i}"}),
            _line(report, amount="1"),
        )
    ]


async def test_a_hundred_creates_of_each_kind_take_the_statements_ten_take(
    client: AsyncClient, world: World, session: AsyncSession, count_statements: Any
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    report = await _report(client, world.engineer)
    await push(client, world.engineer, _batch(customer.id, report, 1))  # the caller known
    statements = []
    for n in (10, 100):
        with count_statements() as counted:
            answer = await push(client, world.engineer, _batch(customer.id, report, n))
        assert answer["applied"] == 3 * n
        statements.append(counted.n)
    assert statements[0] == statements[1], statements
    for model in (Visit, Todo, ExpenseLine):
        assert await count(session, model, owner_id=world.engineer.id) == 111
        # one event per record, as a flush writes them
        created = {"entity_type": model.__tablename__, "operation": "created"}
        assert await count(session, DomainEvent, **created) == 111


async def test_a_set_places_its_records_as_one_by_one_would(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    day = date(2027, 2, 1)
    await create_visit(session, owner=world.engineer, customer=customer, planned_date=day)
    await create_todo(session, owner=world.engineer, position=5000.0)
    report = await _report(client, world.engineer)
    planned = {"customer_id": str(customer.id), "planned_date": day.isoformat()}
    records = [
        change("visits", data=planned),
        change("todos", data={"title": "First"}),
        _line(report, amount="600"),
        change("visits", data={**planned, "route_position": 5}),
        change("todos", data={"title": "Second"}),
        _line(report, amount="300"),
        change("visits", data=planned),
        _line(report, amount="200"),  # 1,100 of food that day: above the 1,000 limit
        change("visits", data={**planned, "planned_date": "2027-02-02"}),
        _line(report, day="2026-11-04", amount="1200"),
    ]
    answer = await push(client, world.engineer, records)
    assert answer["applied"] == len(records)
    ids = [uuid.UUID(r["record_id"]) for r in answer["results"]]
    visits = {v.id: v for v in (await session.scalars(select(Visit))).all()}
    assert [visits[ids[i]].route_position for i in (0, 3, 6, 8)] == [2, 5, 6, 1]
    todos = {t.id: t for t in (await session.scalars(select(Todo))).all()}
    assert [todos[ids[i]].position for i in (1, 4)] == [5000.0 + 1024, 5000.0 + 2048]
    lines = {x.id: x for x in (await session.scalars(select(ExpenseLine))).all()}
    assert [lines[ids[i]].is_over_limit for i in (2, 5, 7, 9)] == [False, False, True, True]
    assert all(r["version"] == 1 for r in answer["results"])


async def test_each_refused_change_of_a_set_is_answered_alone(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    mine = await _report(client, world.engineer)
    submitted = await _report(client, world.engineer)
    theirs = await _report(client, world.engineer_other_team)
    pushed = await push(client, world.engineer, [_line(submitted)])
    assert pushed["applied"] == 1
    submit = await client.post(f"{REPORTS}/{submitted}/submit", headers=auth(world.engineer))
    assert submit.status_code == 200, submit.text
    stranger = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    records = [
        _line(mine),
        _line(submitted),
        _line(theirs),
        _line(mine, day="2027-01-01"),
        change("visits", data={"customer_id": str(stranger.id), "planned_date": "2027-02-01"}),
        change("todos", data={"title": "Kept"}),
        change("expense_lines", data={"expense_date": "2026-11-03", "category": "food"}),
    ]
    answer = await push(client, world.engineer, records)
    outcomes = [r["outcome"] for r in answer["results"]]
    assert outcomes == ["applied", *["rejected"] * 4, "applied", "rejected"]
    problems = [r["problem"] for r in answer["results"]]
    assert problems[1]["code"] == "expenses.locked"
    assert problems[2]["status"] == 404
    assert problems[3]["errors"][0]["loc"] == ["body", "records", 3, "data", "expense_date"]
    assert problems[4]["errors"][0]["loc"] == ["body", "records", 4, "data", "customer_id"]
    assert problems[6]["errors"][0]["loc"] == ["body", "records", 6, "record_id"]
    assert await count(session, ExpenseLine, owner_id=world.engineer.id) == 2


async def test_a_create_made_before_through_its_own_route_is_a_duplicate(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    made = uuid.uuid4()
    body = {"id": str(made), "title": "Made online"}
    online = await client.post("/api/v1/todos", json=body, headers=auth(world.engineer))
    assert online.status_code == 201, online.text
    theirs = await create_todo(session, owner=world.engineer_other_team, title="Theirs")
    records = [
        {**change("todos", data={"title": "Made online"}), "client_id": str(made)},
        change("todos", data={"title": "New"}),
        {**change("todos", data={"title": "Mine now"}), "client_id": str(theirs.id)},
    ]
    answer = await push(client, world.engineer, records)
    assert [r["outcome"] for r in answer["results"]] == ["duplicate", "applied", "rejected"]
    first = answer["results"][0]
    assert (first["record_id"], first["version"]) == (str(made), online.json()["version"])
    assert answer["results"][2]["problem"]["code"] == "id_taken"
    titles = await session.scalars(select(Todo.title).filter_by(owner_id=world.engineer.id))
    assert sorted(titles.all()) == ["Made online", "New"]


async def test_a_change_sent_twice_in_one_batch_is_made_once(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    once = change("todos", data={"title": "Once"})
    answer = await push(client, world.engineer, [once, change("todos", data={"title": "B"}), once])
    assert [r["outcome"] for r in answer["results"]] == ["applied", "applied", "duplicate"]
    assert answer["results"][2]["record_id"] == answer["results"][0]["record_id"]
    assert await count(session, Todo, owner_id=world.engineer.id) == 2


_SAME = (
    "type",
    "entity_type",
    "operation",
    "version",
    "label",
    "actor_id",
    "actor_kind",
    "actor_label",
    "data",
    "feed_entity",
    "customer_id",
    "owner_id",
    "territory_id",
    "parent_id",
    "prev_owner_id",
    "prev_territory_id",
)


async def _event(session: AsyncSession, entity_id: str) -> DomainEvent:
    stmt = select(DomainEvent).where(DomainEvent.entity_id == uuid.UUID(entity_id))
    return (await session.scalars(stmt)).one()


async def test_a_pushed_create_records_the_event_its_single_write_records(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    visit = {"customer_id": str(customer.id), "planned_date": "2027-02-01", "purpose": "Demo"}
    todo = {"title": "Same", "notes": "Both ways", "priority": "high"}
    online = [
        await client.post(path, json=body, headers=auth(world.engineer))
        for path, body in (("/api/v1/visits", visit), ("/api/v1/todos", todo))
    ]
    assert [a.status_code for a in online] == [201, 201]
    pushed = await push(
        client, world.engineer, [change("visits", data=visit), change("todos", data=todo)]
    )
    unlike = {"id", "created_at", "updated_at", "position", "route_position"}
    for single, result in zip(online, pushed["results"], strict=True):
        one = await _event(session, single.json()["id"])
        other = await _event(session, result["record_id"])
        assert {k: getattr(one, k) for k in _SAME} == {k: getattr(other, k) for k in _SAME}
        assert one.feed_id == one.entity_id and other.feed_id == other.entity_id
        assert one.after is not None and other.after is not None
        assert set(one.after) == set(other.after)
        assert {k: v for k, v in one.after.items() if k not in unlike} == {
            k: v for k, v in other.after.items() if k not in unlike
        }


async def test_a_record_created_in_a_batch_is_edited_by_a_later_change_of_it(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    """The set's new records stay out of the session (core/bulk_insert.py): a later
    change of the same batch reads the record the set wrote and edits it."""
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    todo = change("todos", data={"title": "Call Rao"})
    visit = change("visits", data={"customer_id": str(customer.id), "planned_date": "2027-02-01"})
    edits = [
        change(
            "todos",
            "update",
            record_id=todo["client_id"],
            base_version=1,
            data={"title": "Call Rao at noon", "is_done": True},
        ),
        change(
            "visits",
            "update",
            record_id=visit["client_id"],
            base_version=1,
            data={"purpose": "Show the new pump"},
        ),
    ]
    answer = await push(client, world.engineer, [todo, visit, *edits])
    assert [r["outcome"] for r in answer["results"]] == ["applied"] * 4
    assert [r["version"] for r in answer["results"]] == [1, 1, 2, 2]
    made_todo = await session.get(Todo, uuid.UUID(todo["client_id"]))
    made_visit = await session.get(Visit, uuid.UUID(visit["client_id"]))
    assert made_todo is not None and made_visit is not None
    assert (made_todo.title, made_todo.is_done, made_todo.version) == ("Call Rao at noon", True, 2)
    assert (made_visit.purpose, made_visit.version) == ("Show the new pump", 2)
