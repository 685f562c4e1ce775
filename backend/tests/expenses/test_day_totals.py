"""The policy's day sums (``expense_day_totals``), kept by PostgreSQL's trigger on
``expense_lines``: they equal the lines' own sums (rejected lines left out) after
every kind of write, whoever makes it, and concurrent writers lose nothing."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import Live, World, auth
from tests.expenses.test_router import URL, add, new_report

SUMS = text(
    """SELECT owner_id, expense_date, category, currency, sum(amount) FROM expense_lines
       WHERE decision <> 'rejected' GROUP BY 1, 2, 3, 4"""
)
KEPT = text(
    """SELECT owner_id, expense_date, category, currency, amount FROM expense_day_totals
       WHERE amount <> 0"""
)


async def _kept_and_summed(session: Any) -> tuple[dict[Any, Decimal], dict[Any, Decimal]]:
    kept = {tuple(row[:4]): row[4] for row in (await session.execute(KEPT)).all()}
    summed = {tuple(row[:4]): row[4] for row in (await session.execute(SUMS)).all()}
    return kept, summed


async def test_the_day_sums_follow_every_write_of_a_line(
    client: AsyncClient, world: World, session: AsyncSession
) -> None:
    report = await new_report(client, world.engineer)
    other = await new_report(client, world.engineer, title="Nashik")
    lines = []
    for day, category, amount in [
        ("2026-11-02", "food", "600"),
        ("2026-11-02", "food", "250.25"),
        ("2026-11-02", "fuel", "900"),
        ("2026-11-03", "food", "120"),
    ]:
        answer = await add(
            client, world.engineer, report, expense_date=day, category=category, amount=amount
        )
        assert answer.status_code == 201, answer.text
        lines.append(answer.json())
    moved = await add(
        client, world.engineer, other, expense_date="2026-11-02", category="food", amount="80"
    )
    assert moved.status_code == 201
    kept, summed = await _kept_and_summed(session)
    assert kept == summed
    assert kept[world.engineer.id, date(2026, 11, 2), "food", "INR"] == Decimal("930.25")

    # A head rejects one line (left out), approves the rest (no sum moves).
    assert (
        await client.post(f"{URL}/{report['id']}/submit", headers=auth(world.engineer))
    ).is_success
    decision = {"approve": True, "lines": [{"line_id": lines[1]["id"], "decision": "rejected"}]}
    decided = await client.post(
        f"{URL}/{report['id']}/decide", json=decision, headers=auth(world.head)
    )
    assert decided.status_code == 200, decided.text
    kept, summed = await _kept_and_summed(session)
    assert kept == summed

    # Whatever writes the lines: several at once, moving days and categories, a rejected
    # line coming back, lines deleted one by one and with their report.
    await session.execute(
        text(
            "UPDATE expense_lines SET expense_date = expense_date + 1, category = 'other'"
            " WHERE report_id = :report AND category = 'food'"
        ),
        {"report": report["id"]},
    )
    await session.execute(
        text("UPDATE expense_lines SET decision = 'pending', amount = amount * 2 WHERE id = :id"),
        {"id": lines[1]["id"]},
    )
    await session.execute(text("UPDATE expense_lines SET notes = 'seen'"))
    kept, summed = await _kept_and_summed(session)
    assert kept == summed
    deleted = await client.delete(
        f"{URL}/{other['id']}/lines/{moved.json()['id']}", headers=auth(world.engineer)
    )
    assert deleted.status_code == 204
    await session.execute(text("DELETE FROM expense_reports WHERE id = :id"), {"id": report["id"]})
    kept, summed = await _kept_and_summed(session)
    assert kept == summed == {}


async def test_a_rejected_line_does_not_count_toward_the_limit(
    client: AsyncClient, world: World
) -> None:
    first = await new_report(client, world.engineer)
    day = "2026-11-04"
    big = await add(client, world.engineer, first, expense_date=day, category="food", amount="950")
    assert (
        await client.post(f"{URL}/{first['id']}/submit", headers=auth(world.engineer))
    ).is_success
    decision = {"approve": True, "lines": [{"line_id": big.json()["id"], "decision": "rejected"}]}
    assert (
        await client.post(f"{URL}/{first['id']}/decide", json=decision, headers=auth(world.head))
    ).status_code == 200
    second = await new_report(client, world.engineer, title="Same day")
    small = await add(
        client, world.engineer, second, expense_date=day, category="food", amount="200"
    )
    assert small.json()["is_over_limit"] is False  # 200, the 950 being rejected
    more = await add(
        client, world.engineer, second, expense_date=day, category="food", amount="801"
    )
    assert more.json()["is_over_limit"] is True  # 1,001 > 1,000


async def test_concurrent_lines_of_one_day_all_count(live: Live) -> None:
    engineer = live.world.engineer
    async with live.client() as client:
        report = await new_report(client, engineer)
        answers = await asyncio.gather(
            *(
                add(
                    client,
                    engineer,
                    report,
                    expense_date="2026-11-05",
                    category="fuel",
                    amount="75",
                )
                for _ in range(20)
            )
        )
    assert [a.status_code for a in answers] == [201] * 20
    async with live.sessionmaker() as session:
        kept, summed = await _kept_and_summed(session)
    assert kept == summed
    assert list(kept.values()) == [Decimal("1500.00")]
