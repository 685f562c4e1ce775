"""A batch's stored answers are found by probing its keys, never by reading every key
its caller ever stored: a phone pushes for months, and each push looks its changes up
(``idempotency.find_many``). Checked on the plan PostgreSQL runs, generic (as a cached
prepared statement is) and custom, with the table's statistics as stale as they are
right after it filled: the rows read are at most the keys asked for."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import idempotency

STORED = 3000
ASKED = 200


def _rows_read(plan: dict[str, Any]) -> int:
    """Rows the scans of idempotency_keys produced or threw away."""
    read = 0
    if plan.get("Relation Name") == "idempotency_keys":
        # Per loop, as EXPLAIN reports them.
        per_loop = plan["Actual Rows"] + plan.get("Rows Removed by Filter", 0)
        per_loop += plan.get("Rows Removed by Index Recheck", 0)
        read += per_loop * plan.get("Actual Loops", 1)
    return read + sum(_rows_read(child) for child in plan.get("Plans", []))


def _literal(value: str | int | list[str]) -> str:
    """A test value written into SQL (EXPLAIN EXECUTE takes no parameters)."""
    if isinstance(value, list):
        return "ARRAY[" + ", ".join(_literal(item) for item in value) + "]::varchar[]"
    return f"'{value}'" if isinstance(value, str) else str(value)


@pytest.mark.parametrize("mode", ["force_generic_plan", "force_custom_plan"])
async def test_a_batch_lookup_reads_only_the_keys_it_asks_for(
    session: AsyncSession, mode: str
) -> None:
    subject = "push:phone"
    answers = [(f"key-{n:05d}", "print", b"{}") for n in range(STORED)]
    await idempotency.store_many(session, subject=subject, answers=answers)
    await idempotency.store_many(session, subject="push:other", answers=answers[:500])
    asked = [f"key-{n:05d}" for n in range(0, 2 * ASKED, 2)] + ["never-stored"]

    found = await idempotency.find_many(session, subject=subject, keys=asked)
    assert sorted(found) == sorted(asked[:-1])
    assert {record.subject for record in found.values()} == {subject}

    statement = idempotency.stored_answers_statement(subject, asked).compile(
        dialect=postgresql.dialect()
    )
    sql = str(statement)
    parameters = statement.params
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    await driver.execute(f"SET LOCAL plan_cache_mode = {mode}")
    prepared = f"lookup_{mode}"
    # The dialect's pyformat names, as the prepared statement's positions.
    names = list(parameters)
    for position, name in enumerate(names, 1):
        sql = sql.replace(f"%({name})s", f"${position}")
    types = {str: "varchar", list: "varchar[]", int: "integer"}
    signature = ", ".join(types[type(parameters[name])] for name in names)
    await driver.execute(f"PREPARE {prepared} ({signature}) AS {sql}")
    values = ", ".join(_literal(parameters[name]) for name in names)
    try:
        explained = await driver.fetchval(
            f"EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE {prepared} ({values})"
        )
    finally:  # (a prepared statement outlives the transaction, on a pooled connection)
        await driver.execute(f"DEALLOCATE {prepared}")
    # (The engine's connections decode JSON themselves.)
    plan = (json.loads(explained) if isinstance(explained, str) else explained)[0]["Plan"]
    assert _rows_read(plan) <= len(asked), json.dumps(plan, indent=1)
