"""``core.db.insert_rows``: many rows in one statement, the rows as one JSON. What it
writes must be exactly what SQLAlchemy's own INSERT writes for the same values (the
events, the idempotency answers and a pushed batch's records go through it), and
what a plain INSERT refuses it must refuse too."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, insert, inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import db
from app.core.bulk_insert import inserts_together, staged_inserts
from app.core.db import insert_rows_async, new_record
from app.core.events import DomainEvent
from app.core.idempotency import IdempotencyRecord
from app.core.ids import new_id
from app.core.repository import violated_constraint
from app.customers.models import Customer, phone_match_key
from app.todos.models import Todo, TodoPriority
from app.webhooks.models import Webhook
from tests.conftest import World

AT = datetime(2026, 11, 29, 9, 30, 15, 123456, tzinfo=UTC)


def _todo(world: World, title: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "created_at": AT,
        "updated_at": AT,
        "version": 1,
        "owner_id": world.engineer.id,
        "title": title,
        "notes": "café ☕ — “quoted”",
        "due_date": date(2026, 12, 3),
        "priority": TodoPriority.HIGH,
        "is_done": False,
        "done_at": None,
        "customer_id": None,
        "lead_id": None,
        "opportunity_id": None,
        "position": 2.5,
    }


def _event(entity_id: Any, label: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "occurred_at": AT,
        "type": "todo.created",
        "entity_type": "todos",
        "entity_id": entity_id,
        "operation": "created",
        "version": 1,
        "label": label,
        "actor_id": None,
        "actor_kind": "system",
        "actor_label": "system",
        "request_id": None,
        "before": None,  # SQLAlchemy writes JSON null here, not SQL NULL
        "after": {"title": label, "n": 1.5, "ok": True, "tags": ["a", "é"], "none": None},
        "data": {},
        "feed_entity": "todos",
        "feed_id": entity_id,
        "customer_id": None,
        "owner_id": None,
        "territory_id": None,
        "parent_id": None,
        "prev_owner_id": None,
        "prev_territory_id": None,
    }


@contextmanager
def statements_sent(session: AsyncSession) -> Iterator[list[str]]:
    """The SQL the session's engine sends meanwhile."""
    sent: list[str] = []
    engine = session.bind.sync_engine  # type: ignore[union-attr]

    def capture(*args: Any) -> None:
        sent.append(args[2])

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def _too_long_answer(key: str) -> dict[str, Any]:
    """An idempotency answer whose subject is one character over its String(80)."""
    return {
        "id": new_id(),
        "subject": "s" * 81,
        "key": key,
        "fingerprint": "f",
        "status_code": 200,
        "headers": {},
        "body": b"{}",
        "created_at": AT,
    }


async def _column(session: AsyncSession, table: str, column: str, ids: list[Any]) -> list[Any]:
    """One column of the rows with ``ids``, in id order."""
    stmt = text(f"SELECT {column} FROM {table} WHERE id = ANY(:ids) ORDER BY id")
    return list((await session.scalars(stmt, {"ids": ids})).all())


async def _as_text(session: AsyncSession, table: str, ids: list[Any], skip: set[str]) -> list[Any]:
    """Each row's columns as PostgreSQL prints them (NULL apart from JSON null)."""
    rows = (
        await session.execute(
            text(f"SELECT to_jsonb(t) AS r FROM {table} t WHERE id = ANY(:ids) ORDER BY id"),
            {"ids": ids},
        )
    ).all()
    return [{k: v for k, v in row.r.items() if k not in skip} for row in rows]


async def test_rows_hold_what_sqlalchemys_insert_writes(
    session: AsyncSession, world: World
) -> None:
    by_orm, by_arrays = _todo(world, "Same"), _todo(world, "Same")
    await session.execute(insert(Todo), [by_orm])
    await insert_rows_async(session, Todo, [by_arrays])
    orm_row, array_row = await _as_text(
        session, "todos", sorted([by_orm["id"], by_arrays["id"]]), {"id", "search_text"}
    )
    assert orm_row == array_row
    assert array_row["priority"] == "high" and array_row["notes"] == "café ☕ — “quoted”"

    events = [_event(by_orm["id"], "One"), _event(by_arrays["id"], "One")]
    await session.execute(insert(DomainEvent), [events[0]])
    await insert_rows_async(session, DomainEvent, [events[1]])
    skip = {"id", "seq", "entity_id", "feed_id", "txid"}
    written = await _as_text(session, "events", sorted(e["id"] for e in events), skip)
    assert written[0] == written[1]
    assert written[1]["before"] is None  # to_jsonb prints JSON null and NULL alike: ask SQL
    nulls = (
        await session.execute(
            text("SELECT before IS NULL, jsonb_typeof(before) FROM events WHERE id = :id"),
            {"id": events[1]["id"]},
        )
    ).one()
    assert tuple(nulls) == (False, "null")


async def test_many_rows_go_in_one_statement_in_their_order(
    session: AsyncSession, world: World
) -> None:
    rows = [_todo(world, f"To-do {n}") for n in range(300)]
    await insert_rows_async(session, Todo, rows)
    titles = await _column(session, "todos", "title", [r["id"] for r in rows])
    assert titles == [f"To-do {n}" for n in range(300)]  # ids are time-ordered


async def test_a_value_too_long_is_refused_not_cut_short(session: AsyncSession) -> None:
    answer = _too_long_answer("k")
    with pytest.raises(DBAPIError, match="too long"):
        async with session.begin_nested():
            await insert_rows_async(session, IdempotencyRecord, [answer])
    assert await session.scalar(text("SELECT count(*) FROM idempotency_keys WHERE key = 'k'")) == 0


async def test_a_taken_key_is_an_integrity_error(session: AsyncSession, world: World) -> None:
    first = _todo(world, "First")
    await insert_rows_async(session, Todo, [first])
    with pytest.raises(IntegrityError):
        async with session.begin_nested():
            await insert_rows_async(session, Todo, [_todo(world, "Second"), first])
    assert await session.scalar(text("SELECT count(*) FROM todos WHERE title = 'Second'")) == 0


async def test_a_table_with_an_array_column_is_inserted_row_by_row(session: AsyncSession) -> None:
    """Unnesting an array of arrays would flatten it: such a table takes SQLAlchemy's
    INSERT, and its arrays arrive whole."""
    row = {
        "id": new_id(),
        "created_at": AT,
        "updated_at": AT,
        "version": 1,
        "url": "https://erp.example/hook",
        "description": None,
        "event_types": ["quote.accepted", "invoice.paid"],
        "is_enabled": True,
        "secret_sealed": "sealed",
        "previous_secret_sealed": None,
        "previous_secret_valid_until": None,
        "rotated_at": None,
        "start_seq": 0,
        "consecutive_failures": 0,
        "last_success_at": None,
        "last_failure_at": None,
        "disabled_at": None,
    }
    await insert_rows_async(session, Webhook, [row])
    stored = await session.scalar(
        text("SELECT event_types FROM webhooks WHERE id = :id"), {"id": row["id"]}
    )
    assert stored == ["quote.accepted", "invoice.paid"]


async def test_values_every_row_shares_are_written_to_every_row(
    session: AsyncSession, world: World
) -> None:
    """The actor, the owner, JSON null and the defaults go once for the whole set; each
    row still holds what SQLAlchemy's INSERT writes for it."""
    todos = [_todo(world, f"Shared {n}") for n in range(6)]
    for todo in todos[3:]:
        todo["owner_id"] = uuid.UUID(str(world.engineer.id))  # equal, not the same object
    await session.execute(insert(Todo), todos[:3])
    with statements_sent(session) as sent:
        await insert_rows_async(session, Todo, todos[3:])
    assert "$2::" in sent[0]  # some values go once, as parameters of their own, not per row
    rows = await _as_text(session, "todos", sorted(t["id"] for t in todos), {"id", "search_text"})
    assert [{**r, "title": None} for r in rows[:3]] == [{**r, "title": None} for r in rows[3:]]
    assert [r["title"] for r in rows] == [f"Shared {n}" for n in range(6)]

    events = [_event(todo["id"], "Same label") for todo in todos]
    await session.execute(insert(DomainEvent), events[:3])
    await insert_rows_async(session, DomainEvent, events[3:])
    skip = {"id", "seq", "entity_id", "feed_id", "txid"}
    written = await _as_text(session, "events", sorted(e["id"] for e in events), skip)
    assert written[:3] == written[3:]
    shared_nulls = (
        await session.execute(
            text(
                "SELECT count(*) FILTER (WHERE before IS NULL),"
                " count(*) FILTER (WHERE jsonb_typeof(before) = 'null') FROM events"
                " WHERE id = ANY(:ids)"
            ),
            {"ids": [e["id"] for e in events[3:]]},
        )
    ).one()
    assert tuple(shared_nulls) == (0, 3)


async def test_equal_values_that_write_differently_are_not_taken_as_shared(
    session: AsyncSession, world: World
) -> None:
    """{"n": 1} equals {"n": 1.0} in Python but not as JSON: each row keeps its own."""
    events = [_event(new_id(), "One"), _event(new_id(), "Two")]
    events[0]["data"], events[1]["data"] = {"n": 1}, {"n": 1.0}
    await insert_rows_async(session, DomainEvent, events)
    data = await _column(session, "events", "data::text", [e["id"] for e in events])
    assert data == ['{"n": 1}', '{"n": 1.0}']


async def test_a_shared_value_too_long_is_refused_not_cut_short(session: AsyncSession) -> None:
    answers = [_too_long_answer(key) for key in ("k1", "k2")]  # the same subject for both
    with pytest.raises(DBAPIError, match="too long"), statements_sent(session) as sent:
        async with session.begin_nested():
            await insert_rows_async(session, IdempotencyRecord, answers)
    assert "$2::" in next(sql for sql in sent if "idempotency_keys" in sql)
    count = "SELECT count(*) FROM idempotency_keys WHERE key IN ('k1', 'k2')"
    assert await session.scalar(text(count)) == 0


def _customer(world: World, name: str, credit_limit: Decimal, tags: list[str]) -> dict[str, Any]:
    return {
        "id": new_id(),
        "created_at": AT,
        "updated_at": AT,
        "version": 1,
        "name": name,
        "legal_name": None,
        "tax_id": None,
        "industry": None,
        "segment_tags": tags,
        "rating": None,
        "email": None,
        "phone": None,
        "phone_key": None,
        "website": None,
        "credit_limit": credit_limit,
        "currency": "INR",
        "payment_terms_days": 30,
        "territory_id": None,
        "owner_id": world.engineer.id,
        "external_id": None,
        "email_opt_in": False,
        "sms_opt_in": False,
        "consent_updated_at": None,
        "is_archived": False,
        "notes": None,
    }


async def _same_as_sqlalchemys(
    session: AsyncSession,
    model: Any,
    rows: list[dict[str, Any]],
    columns: tuple[str, ...],
    unique: str = "",
) -> dict[str, list[Any]]:
    """Each of ``rows`` written twice (new ids; ``unique``, a column that must differ,
    suffixed), by SQLAlchemy's INSERT and by ``insert_rows``: ``columns`` as PostgreSQL
    prints them, which must be the same for both copies."""

    def copy(row: dict[str, Any], suffix: str) -> dict[str, Any]:
        twin = {**row, "id": new_id()}
        if unique:
            twin[unique] = f"{row[unique]}{suffix}"
        return twin

    pairs = [(copy(row, "-orm"), copy(row, "-rows")) for row in rows]
    await session.execute(insert(model), [orm for orm, _ in pairs])
    await insert_rows_async(session, model, [ours for _, ours in pairs])
    printed: dict[str, list[Any]] = {column: [] for column in columns}
    for column in columns:
        stmt = text(f"SELECT {column}::text FROM {model.__tablename__} WHERE id = :id")
        for orm, ours in pairs:
            by_rows = await session.scalar(stmt, {"id": ours["id"]})
            assert by_rows == await session.scalar(stmt, {"id": orm["id"]})
            printed[column].append(by_rows)
    return printed


async def test_values_json_cannot_hold_as_they_are_are_written_exactly(
    session: AsyncSession, world: World
) -> None:
    """Bytes, floats that are not finite, a decimal's every digit and a ``json``
    column's text (kept as sent: key order, no spaces) travel as text their type reads:
    each row holds what SQLAlchemy's INSERT writes."""
    body = bytes(range(256))
    answers = [
        {**_too_long_answer(key), "subject": "s", "body": body, "headers": headers}
        for key, headers in (("b1", {"z": "2", "a": "1"}), ("b2", {}))
    ]
    printed = await _same_as_sqlalchemys(
        session, IdempotencyRecord, answers, ("body", "headers"), unique="key"
    )
    assert printed == {
        "body": ["\\x" + body.hex()] * 2,
        "headers": ['{"z":"2","a":"1"}', "{}"],
    }

    odd = (float("inf"), float("-inf"), float("nan"), 0.1 + 0.2)
    todos = [{**_todo(world, f"F{n}"), "position": value} for n, value in enumerate(odd)]
    printed = await _same_as_sqlalchemys(session, Todo, todos, ("position",))
    assert printed == {"position": ["Infinity", "-Infinity", "NaN", "0.30000000000000004"]}

    customers = [
        _customer(world, "Big", Decimal("12345678901234.5678"), ["b", "a"]),
        _customer(world, "Small", Decimal("0.0001"), []),
    ]
    printed = await _same_as_sqlalchemys(
        session, Customer, customers, ("credit_limit", "segment_tags")
    )
    assert printed == {
        "credit_limit": ["12345678901234.5678", "0.0001"],
        "segment_tags": ['["b","a"]', "[]"],
    }


async def test_a_new_record_made_without_its_constructor_is_written_as_one_made_with_it(
    session: AsyncSession, world: World
) -> None:
    """``new_record`` skips the constructor's history; flushed, the record is the row
    the constructor's would be, with its defaults."""
    values = {"owner_id": world.engineer.id, "title": "Fast", "position": 1.5}
    fast = new_record(Todo, **values, priority=TodoPriority.HIGH)
    slow = Todo(**values, priority=TodoPriority.HIGH)
    assert inspect(fast).transient and fast.title == "Fast"
    session.add_all([fast, slow])
    await session.flush()
    fast_row, slow_row = await _as_text(
        session, "todos", [fast.id, slow.id], {"id", "created_at", "updated_at"}
    )
    assert fast_row == slow_row
    assert fast_row["is_done"] is False and fast.version == 1 and inspect(fast).persistent


async def test_a_new_record_with_a_validated_field_or_an_unknown_name_takes_the_constructor(
    world: World,
) -> None:
    customer = new_record(Customer, name="Acme", phone="+91 98450 12345", owner_id=world.head.id)
    assert customer.phone_key == phone_match_key("+91 98450 12345")  # the validator ran
    with pytest.raises(TypeError):
        new_record(Todo, title="x", colour="red")


async def test_rows_whose_key_is_taken_can_be_skipped(session: AsyncSession, world: World) -> None:
    """``skip_existing``: the taken key's row is left as it was, the others go in, and
    the answer names the keys inserted (a ping sent again)."""
    first = _todo(world, "First")
    await insert_rows_async(session, Todo, [first])
    again, fresh = {**first, "title": "Again"}, _todo(world, "Fresh")
    inserted = await insert_rows_async(session, Todo, [again, fresh], skip_existing=True)
    assert inserted == [fresh["id"]]
    titles = await _column(session, "todos", "title", sorted([first["id"], fresh["id"]]))
    assert titles == ["First", "Fresh"]


async def test_a_set_inside_another_is_written_when_it_ends_and_the_outer_at_its_end(
    session: AsyncSession, world: World
) -> None:
    """``inserts_together`` inside another (a document created inside a pushed batch's
    set): the inner set is written when it ends, the outer one keeps its own records and
    writes them at its end, each record with its ``created`` event."""
    outer = Todo(id=new_id(), owner_id=world.engineer.id, title="Outer", position=1)
    inner = Todo(id=new_id(), owner_id=world.engineer.id, title="Inner", position=2)
    async with inserts_together(session):
        staged_inserts(session).append(outer)  # type: ignore[union-attr]
        async with inserts_together(session):
            staged_inserts(session).append(inner)  # type: ignore[union-attr]
        assert await _column(session, "todos", "title", [inner.id]) == ["Inner"]
        assert await _column(session, "todos", "title", [outer.id]) == []
    assert staged_inserts(session) is None
    assert await _column(session, "todos", "title", [outer.id]) == ["Outer"]
    created = await session.scalar(
        text("SELECT count(*) FROM events WHERE operation = 'created' AND entity_id = ANY(:ids)"),
        {"ids": [outer.id, inner.id]},
    )
    assert created == 2


async def test_rows_go_straight_to_the_driver_and_a_refusal_is_sqlalchemys_own(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside a begun transaction with nobody listening (an engine of its own: a listener
    once added stays for an engine's life), the rows go to the driver itself (no
    execution context); a taken key is still SQLAlchemy's ``IntegrityError`` naming the
    constraint (the domains' 409s read it), and the savepoint's rollback leaves nothing
    of the refused set."""
    straight: list[str] = []
    sent = db.on_driver

    async def spied(*args: Any) -> Any:
        straight.append(args[2])
        return await sent(*args)

    monkeypatch.setattr(db, "on_driver", spied)
    engine = db.create_engine(database_url)
    try:
        async with engine.connect() as connection, connection.begin() as transaction:
            session = AsyncSession(bind=connection)
            first = _event(new_id(), "First")
            await session.execute(text("SELECT 1"))  # the transaction has begun on the server
            await insert_rows_async(session, DomainEvent, [first])
            assert len(straight) == 1 and straight[0].startswith("INSERT INTO events")
            with pytest.raises(IntegrityError) as refused:
                async with session.begin_nested():
                    second = _event(new_id(), "Second")
                    await insert_rows_async(session, DomainEvent, [second, first])
            assert len(straight) == 2
            assert violated_constraint(refused.value) == "uq_events_id"
            labels = text("SELECT label FROM events WHERE id = ANY(:ids)")
            kept = await session.scalars(labels, {"ids": [first["id"], second["id"]]})
            assert list(kept) == ["First"]
            await transaction.rollback()
    finally:
        await engine.dispose()
