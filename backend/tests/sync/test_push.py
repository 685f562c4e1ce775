"""The push: offline changes in a batch, each answered on its own, never twice."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.locations.models import LocationPing
from app.sync.handlers import HANDLERS, SET_HANDLERS
from app.sync.schemas import PushAnswer, PushEntity, PushResult
from app.todos.models import Todo
from app.visits.models import Visit
from tests.conftest import Live, World, auth
from tests.factories.customers import create_customer
from tests.factories.field import create_todo
from tests.sync.test_router import pull_until

URL = "/api/v1/sync/push"


def change(entity: str, operation: str = "create", **fields: Any) -> dict[str, Any]:
    return {"client_id": str(uuid.uuid4()), "entity": entity, "operation": operation, **fields}


def ping(minutes_ago: int = 1, **data: Any) -> dict[str, Any]:
    moment = (utcnow() - timedelta(minutes=minutes_ago)).isoformat()
    body = {"recorded_at": moment, "latitude": 28.61, "longitude": 77.21, **data}
    return change("location_pings", data=body)


async def push(client: AsyncClient, user, records: list[dict[str, Any]]) -> dict[str, Any]:
    answer = await client.post(URL, json={"records": records}, headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def count(session: AsyncSession, model: Any, **where: Any) -> int:
    stmt = select(func.count()).select_from(model).filter_by(**where)
    return int(await session.scalar(stmt) or 0)


async def _mixed_batch(session: AsyncSession, world: World) -> list[dict[str, Any]]:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    return [
        ping(3),
        ping(2),
        change("todos", data={"title": "Send the brochure"}),
        change("visits", data={"customer_id": str(customer.id), "planned_date": "2027-02-01"}),
    ]


async def _title_edited_on_the_web(client: AsyncClient, world: World, todo: Todo) -> int:
    """The to-do's title changed to "Call Mrs Rao" on the web; the version it was made on."""
    base = todo.version
    edited = await client.patch(
        f"/api/v1/todos/{todo.id}",
        json={"title": "Call Mrs Rao"},
        headers={**auth(world.engineer), "If-Match": f'"{base}"'},
    )
    assert edited.status_code == 200, edited.text
    return base


async def test_the_same_push_sent_three_times_is_stored_once(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    records = await _mixed_batch(session, world)
    first = await push(client, world.engineer, records)
    assert [r["outcome"] for r in first["results"]] == ["applied"] * 4
    for _ in range(2):
        again = await push(client, world.engineer, records)
        assert [r["outcome"] for r in again["results"]] == ["duplicate"] * 4
        # the same answer: the same records, the same versions
        assert [(r["record_id"], r["version"]) for r in again["results"]] == [
            (r["record_id"], r["version"]) for r in first["results"]
        ]
    assert await count(session, LocationPing, user_id=world.engineer.id) == 2
    assert await count(session, Todo, owner_id=world.engineer.id) == 1
    assert await count(session, Visit, owner_id=world.engineer.id) == 1


async def test_a_push_whose_answer_was_lost_is_not_applied_twice(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        records = await _mixed_batch(session, world)
        await session.commit()
    async with live.client() as client:
        await push(client, world.engineer, records)  # the answer never reached the phone
        # the phone retries the whole batch, with one new change made meanwhile
        later = change("todos", data={"title": "Made while waiting"})
        again = await push(client, world.engineer, [*records, later])
    assert [r["outcome"] for r in again["results"]] == ["duplicate"] * 4 + ["applied"]
    async with live.sessionmaker() as session:
        assert await count(session, LocationPing, user_id=world.engineer.id) == 2
        assert await count(session, Todo, owner_id=world.engineer.id) == 2
        assert await count(session, Visit, owner_id=world.engineer.id) == 1


async def test_the_same_push_sent_twenty_times_at_once_is_stored_once(live: Live) -> None:
    """A phone retrying hard (or twice started): 20 copies of one batch race, in real
    concurrent transactions. Each answers 200, every change is applied by exactly one
    of them and a duplicate in the others, and each record is stored once."""
    world = live.world
    async with live.sessionmaker() as session:
        records = await _mixed_batch(session, world)
        records.append(change("todos", data={"title": "Second to-do"}))
        await session.commit()
    async with live.client() as client:
        answers = await asyncio.gather(
            *(
                client.post(URL, json={"records": records}, headers=auth(world.engineer))
                for _ in range(20)
            )
        )
    assert [a.status_code for a in answers] == [200] * 20, [a.text for a in answers][:2]
    bodies = [a.json() for a in answers]
    for position, record in enumerate(records):
        outcomes = sorted(b["results"][position]["outcome"] for b in bodies)
        assert outcomes == ["applied"] + ["duplicate"] * 19, (record["entity"], outcomes)
        # every copy names the same record, at the same version
        assert len({(b["results"][position]["record_id"], b["results"][position]["version"])
                    for b in bodies}) == 1  # fmt: skip
    async with live.sessionmaker() as session:
        assert await count(session, LocationPing, user_id=world.engineer.id) == 2
        assert await count(session, Todo, owner_id=world.engineer.id) == 2
        assert await count(session, Visit, owner_id=world.engineer.id) == 1


async def test_pushed_changes_come_back_in_the_pull(live: Live) -> None:
    world = live.world
    todo = change("todos", data={"title": "Round trip", "priority": "high"})
    async with live.client() as client:
        answer = await push(client, world.engineer, [todo])
        assert answer["applied"] == 1
        pulled, _ = await pull_until(
            client, world.engineer, "", lambda c: c["id"] == todo["client_id"]
        )
    mine = next(c for c in pulled if c["id"] == todo["client_id"])
    assert mine["entity"] == "todos" and mine["op"] == "upsert"
    assert mine["data"]["title"] == "Round trip" and mine["data"]["priority"] == "high"
    assert mine["version"] == answer["results"][0]["version"]


async def test_one_invalid_change_does_not_lose_the_others(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    good = change("todos", data={"title": "Kept"})
    no_title = change("todos", data={"title": ""})
    off_globe = ping(latitude=123.0)
    wrong_link = change("todos", data={"title": "Linked", "customer_id": str(uuid.uuid4())})
    unknown = change("todos", "archive", record_id=good["client_id"])
    answer = await push(
        client, world.engineer, [good, no_title, off_globe, ping(), wrong_link, unknown]
    )
    outcomes = [r["outcome"] for r in answer["results"]]
    assert outcomes == ["applied", "rejected", "rejected", "applied", "rejected", "rejected"]
    assert (answer["applied"], answer["rejected"]) == (2, 4)
    problems = [r["problem"] for r in answer["results"]]
    assert problems[1]["status"] == 422
    assert problems[1]["errors"][0]["loc"] == ["body", "records", 1, "data", "title"]
    assert problems[2]["errors"][0]["loc"] == ["body", "records", 2, "data", "latitude"]
    assert problems[4]["errors"][0]["loc"] == ["body", "records", 4, "data", "customer_id"]
    assert problems[5]["code"] == "sync.unknown_operation"
    titles = (await session.scalars(select(Todo.title).filter_by(owner_id=world.engineer.id))).all()
    assert titles == ["Kept"]
    assert await count(session, LocationPing, user_id=world.engineer.id) == 1


async def test_a_record_only_the_feed_carries_is_not_pushed(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    """Invoices come down the feed to integrations; nothing pushes them: the batch is
    refused naming the entity, and its to-do is not written."""
    records = [change("todos", data={"title": "Not kept"}), change("invoices", data={})]
    answer = await client.post(URL, json={"records": records}, headers=auth(world.engineer))
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["errors"]
    assert error["loc"] == ["body", "records", 1, "entity"]
    assert await count(session, Todo, owner_id=world.engineer.id) == 0


def test_every_pushable_entity_has_an_operation() -> None:
    """What the OpenAPI document lists as pushable is what the push applies: each entity
    has a handler (pings their own set-wise insert), none is listed for nothing."""
    handled = {entity for entity, _ in (*HANDLERS, *SET_HANDLERS)}
    assert set(PushEntity) == handled | {PushEntity.LOCATION_PINGS}


async def test_a_stale_edit_of_a_field_changed_since_is_a_conflict_with_both_values(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    todo = await create_todo(session, owner=world.engineer, title="Call Mr Rao", notes="old")
    base = await _title_edited_on_the_web(client, world, todo)
    overlapping = change(
        "todos", "update", record_id=str(todo.id), base_version=base, data={"title": "Visit Rao"}
    )
    elsewhere = change(
        "todos", "update", record_id=str(todo.id), base_version=base, data={"notes": "new"}
    )
    answer = await push(client, world.engineer, [overlapping, elsewhere])
    conflict, merged = answer["results"]
    assert conflict["outcome"] == "conflict"
    assert conflict["server_version"] == base + 1
    assert conflict["conflicts"] == [
        {"field": "title", "server_value": "Call Mrs Rao", "client_value": "Visit Rao"}
    ]
    # a field nobody else changed merges in
    assert merged["outcome"] == "applied" and merged["version"] == base + 2
    await session.refresh(todo)
    assert (todo.title, todo.notes) == ("Call Mrs Rao", "new")


async def test_every_answer_is_the_documented_push_answer(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    """The answer is written without the response model: each outcome's result still
    has exactly ``PushResult``'s fields, and the whole validates as ``PushAnswer``."""
    todo = await create_todo(session, owner=world.engineer, title="Call Mr Rao")
    base = await _title_edited_on_the_web(client, world, todo)
    first = [ping(), change("todos", data={"title": "Kept"})]
    await push(client, world.engineer, first)
    records = [
        *first,  # sent again: duplicates
        ping(latitude=123.0),  # a refused ping
        change("todos", data={"title": ""}),  # a refused change
        change("todos", "update", record_id=str(todo.id), base_version=base, data={"title": "X"}),
        ping(),
        change("todos", data={"title": "New"}),
    ]
    raw = await client.post(URL, json={"records": records}, headers=auth(world.engineer))
    assert raw.status_code == 200, raw.text
    assert raw.headers["content-type"] == "application/json"
    answer = PushAnswer.model_validate_json(raw.content)
    outcomes = [r.outcome.value for r in answer.results]
    assert outcomes == [
        "duplicate", "duplicate", "rejected", "rejected", "conflict", "applied", "applied"
    ]  # fmt: skip
    assert (answer.applied, answer.duplicate, answer.rejected, answer.conflict) == (2, 2, 2, 1)
    fields = set(PushResult.model_fields)
    body = raw.json()
    assert set(body) == set(PushAnswer.model_fields)
    assert all(set(result) == fields for result in body["results"])
    assert [r["id"] for r in body["results"]] == [r["client_id"] for r in records]
    assert body["results"][0]["record_id"] == records[0]["client_id"]  # a ping's own id


async def test_nobody_pushes_into_anothers_records(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    theirs = await create_todo(session, owner=world.engineer_other_team, title="Theirs")
    customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    edit = change(
        "todos", "update", record_id=str(theirs.id), base_version=1, data={"title": "Mine now"}
    )
    plan = change("visits", data={"customer_id": str(customer.id), "planned_date": "2027-02-01"})
    answer = await push(client, world.engineer, [edit, plan])
    assert [r["outcome"] for r in answer["results"]] == ["rejected", "rejected"]
    assert answer["results"][0]["problem"]["status"] == 404
    assert answer["results"][1]["problem"]["status"] in (404, 422)
    await session.refresh(theirs)
    assert theirs.title == "Theirs"


async def test_a_client_id_reused_for_another_change_is_refused(
    client: AsyncClient, world: World
) -> None:
    first = change("todos", data={"title": "One"})
    await push(client, world.engineer, [first])
    reused = {**first, "data": {"title": "Two"}}
    answer = await push(client, world.engineer, [reused])
    assert answer["results"][0]["problem"]["code"] == "idempotency.key_reused"


async def test_a_change_stored_by_the_previous_release_is_still_recognised_on_retry(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    """Answers stored before today's fingerprint (the hash of ``model_dump(mode="json")``
    as json.dumps' sorted text; stored answers live 72 hours) still match their change:
    a phone retrying across a deploy hears ``duplicate``, and another change under the
    same client id is still refused."""
    import json

    from app.core.idempotency import IdempotencyRecord, record_fingerprint
    from app.sync.schemas import PushRecord

    sent = change(
        "todos",
        data={"title": "Call  Mrs Rao ", "due_date": None, "priority": "high", "notes": "é ☕"},
    )
    await push(client, world.engineer, [sent])
    earlier = PushRecord.model_validate(sent).model_dump(mode="json", exclude={"client_id"})
    stored = await session.scalar(
        select(IdempotencyRecord).where(IdempotencyRecord.key == sent["client_id"])
    )
    assert stored is not None and stored.fingerprint.startswith("2:")
    stored.fingerprint = record_fingerprint(json.dumps(earlier, sort_keys=True).encode())
    await session.commit()

    again = await push(client, world.engineer, [sent])
    assert again["results"][0]["outcome"] == "duplicate"
    other = await push(client, world.engineer, [{**sent, "data": {"title": "Another"}}])
    assert other["results"][0]["problem"]["code"] == "idempotency.key_reused"
    assert await count(session, Todo, id=uuid.UUID(sent["client_id"])) == 1


async def test_a_change_with_an_integer_json_cannot_hold_in_64_bits_is_answered(
    client: AsyncClient, world: World
) -> None:
    """A change's fingerprint is written by orjson, which refuses integers over 64 bits
    (a body orjson cannot read, here for its NaN, is read by json.loads, which keeps
    them): such a change is still answered on its own (a refusal naming the field),
    every time it is sent, and the rest of its batch is applied."""
    import json

    big = change("todos", data={"title": "Big", "position": 2**70, "weight": float("nan")})
    fine = change("todos", data={"title": "Fine"})
    body = json.dumps({"records": [big, fine]}).encode()
    headers = {**auth(world.engineer), "Content-Type": "application/json"}
    for outcome in ("applied", "duplicate"):
        raw = await client.post(URL, content=body, headers=headers)
        assert raw.status_code == 200, raw.text
        refused, kept = raw.json()["results"]
        assert refused["outcome"] == "rejected"
        assert [e["loc"][-1] for e in refused["problem"]["errors"]] == ["position", "weight"]
        assert kept["outcome"] == outcome


async def test_more_than_a_thousand_changes_is_413(client: AsyncClient, world: World) -> None:
    records = [ping() for _ in range(1001)]
    answer = await client.post(URL, json={"records": records}, headers=auth(world.engineer))
    assert answer.status_code == 413
    assert answer.json()["code"] == "sync.batch_too_large"


async def test_an_expense_report_and_its_lines_pushed_twice_are_stored_once(
    client: AsyncClient, world: World
) -> None:
    report = change(
        "expense_reports",
        data={"title": "Nashik", "period_start": "2026-11-02", "period_end": "2026-11-03"},
    )
    line = change(
        "expense_lines",
        record_id=report["client_id"],
        data={"expense_date": "2026-11-02", "category": "fuel", "amount": "700"},
    )
    submit = change("expense_reports", "submit", record_id=report["client_id"])
    for expected in ("applied", "duplicate"):
        answer = await push(client, world.engineer, [report, line, submit])
        assert [r["outcome"] for r in answer["results"]] == [expected] * 3
    detail = await client.get(
        f"/api/v1/expense-reports/{report['client_id']}", headers=auth(world.engineer)
    )
    assert detail.json()["status"] == "submitted"
    assert [x["amount"] for x in detail.json()["lines"]] == ["700.00"]
