"""The phone's sync at field scale: 10,000 offline records (6,000 pings, 2,000 visits,
1,000 expense lines, 1,000 to-dos) pushed in 20 batches of 500 through the HTTP app
(in process, ASGI), against a raw ``executemany`` of the same rows in the same run; a
feed of 10,000 changes pulled in pages of 1,000 (pings are not in the feed: the push's
4,010 changes and 5,990 more to-dos and visits); and the same volume pushed with 20% of
the answers lost and every batch sent twice, which must leave exactly 10,000 rows.

Bars (issue 13): push <= 2 s and ratio (API rate / raw rate) >= 0.25; pull <= 1 s. The
push and the raw run are timed in five rounds taken alternately (the first on the
emptiest tables before their statistics are taken, the others over what earlier rounds
wrote); the times are medians, the ratio the median of each round's ratio.
Run: ``DATABASE_URL=postgresql+asyncpg://... python bench/sync.py`` (or embedded).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
import orjson
from support import NOW, connect, fill, scratch_database, token

from app.core.ids import new_id

BATCH = 500
PUSH = "/api/v1/sync/push"
FEED = 10000  # changes pulled
ROUNDS = 5  # pushes measured, each beside a raw run


def _records(customers: list[uuid.UUID], reports: list[str]) -> list[dict[str, Any]]:
    """The 10,000 changes, interleaved as a day's outbox would be."""
    rng = random.Random(13)
    out: list[dict[str, Any]] = []
    start = NOW - timedelta(days=2)
    for n in range(6000):
        at = (start + timedelta(seconds=20 * n)).isoformat()
        lat, lon = 18.52 + n * 1e-5, 73.85 + n * 1e-5
        data = {"recorded_at": at, "latitude": lat, "longitude": lon, "accuracy_m": 8.0}
        out.append({"entity": "location_pings", "operation": "create", "data": data})
    for n in range(2000):
        day = (NOW.date() + timedelta(days=1 + n % 30)).isoformat()
        data = {"customer_id": str(customers[n % len(customers)]), "planned_date": day}
        out.append({"entity": "visits", "operation": "create", "data": data})
    for n in range(1000):
        data = {
            "expense_date": (NOW.date() - timedelta(days=n % 28)).isoformat(),
            "category": "food",
            "amount": f"{100 + n % 50}.00",
        }
        report = reports[n % len(reports)]
        out.append(
            {"entity": "expense_lines", "operation": "create", "record_id": report, "data": data}
        )
    for n in range(1000):
        out.append({"entity": "todos", "operation": "create", "data": {"title": f"To-do {n}"}})
    rng.shuffle(out)
    for record in out:
        record["client_id"] = str(new_id())
    return out


def _more_feed(customers: list[uuid.UUID], count: int) -> list[dict[str, Any]]:
    """Changes that are in the feed (to-dos and planned visits, alternately), so that
    the pull reads 10,000."""
    out: list[dict[str, Any]] = []
    for n in range(count):
        if n % 2:
            data: dict[str, Any] = {"title": f"Follow-up {n}"}
            out.append({"entity": "todos", "operation": "create", "data": data})
        else:
            day = (NOW.date() + timedelta(days=1 + n % 30)).isoformat()
            data = {"customer_id": str(customers[n % len(customers)]), "planned_date": day}
            out.append({"entity": "visits", "operation": "create", "data": data})
    for record in out:
        record["client_id"] = str(new_id())
    return out


async def _reports(client: httpx.AsyncClient, headers: dict[str, str]) -> list[str]:
    ids = []
    for n in range(10):
        body = {
            "title": f"Month {n}",
            "period_start": (NOW.date() - timedelta(days=40)).isoformat(),
            "period_end": NOW.date().isoformat(),
        }
        answer = await client.post("/api/v1/expense-reports", json=body, headers=headers)
        assert answer.status_code == 201, answer.text
        ids.append(answer.json()["id"])
    return ids


async def _analyze(url: str) -> None:
    """Table statistics, as any live database has them (autovacuum analyzes a table
    after its rows change): the scratch tables were filled moments ago, and without
    them the planner guesses the event stream is nearly empty."""
    conn = await connect(url)
    try:
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def _post(
    client: httpx.AsyncClient, headers: dict[str, str], batch: list[dict[str, Any]]
) -> dict[str, Any]:
    """One push, its body encoded and its answer decoded with orjson: a phone's JSON
    costs it little, and the bench measures the server (like reads.py's lean client),
    not the standard library's encoder on the client side."""
    answer = await client.post(
        PUSH,
        content=orjson.dumps({"records": batch}),
        headers={**headers, "Content-Type": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = orjson.loads(answer.content)
    return body


async def _push_all(
    client: httpx.AsyncClient, headers: dict[str, str], records: list[dict[str, Any]]
) -> float:
    started = time.perf_counter()
    for i in range(0, len(records), BATCH):
        body = await _post(client, headers, records[i : i + BATCH])
        assert body["rejected"] == 0, [r for r in body["results"] if r["problem"]][:2]
    return time.perf_counter() - started


async def _push_lossy(
    client: httpx.AsyncClient, headers: dict[str, str], records: list[dict[str, Any]]
) -> int:
    """Every batch sent twice; 20% of the answers are 'lost' (the phone sends that
    batch a third time later). Answers the duplicates seen."""
    rng = random.Random(5)
    lost: list[list[dict[str, Any]]] = []
    duplicates = 0
    for i in range(0, len(records), BATCH):
        batch = records[i : i + BATCH]
        for _ in range(2):
            duplicates += (await _post(client, headers, batch))["duplicate"]
            if rng.random() < 0.2:
                lost.append(batch)
    for batch in lost:
        duplicates += (await _post(client, headers, batch))["duplicate"]
    return duplicates


async def _pull_all(client: httpx.AsyncClient, headers: dict[str, str]) -> tuple[float, int]:
    """Every page, each answer decoded with orjson as ``_post`` decodes the push's (the
    standard library's decoder was a sixth of the pull's CPU: the client's, not the
    server's)."""
    started, since, count = time.perf_counter(), "", 0
    while True:
        params = {"limit": 1000, **({"since": since} if since else {})}
        answer = await client.get("/api/v1/sync/changes", params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        body = orjson.loads(answer.content)
        count += len(body["changes"])
        since = body["next_cursor"]
        if not body["has_more"]:
            return time.perf_counter() - started, count


async def _raw(url: str, owner: uuid.UUID, records: list[dict[str, Any]]) -> float:
    """The same rows by ``executemany`` (new ids), one transaction per batch of 500."""
    conn = await connect(url)
    try:
        report = new_id()
        await conn.execute(
            "INSERT INTO expense_reports (id, owner_id, title, period_start, period_end,"
            " currency, status, created_at, updated_at, version) VALUES ($1, $2, 'Raw',"
            " $3, $3, 'INR', 'draft', now(), now(), 1)",
            report,
            owner,
            NOW.date(),
        )
        started = time.perf_counter()
        for i in range(0, len(records), BATCH):
            rows: dict[str, list[tuple[Any, ...]]] = {}
            for r in records[i : i + BATCH]:
                d, e = r["data"], r["entity"]
                if e == "location_pings":
                    rows.setdefault(e, []).append(
                        (new_id(), owner, NOW, d["latitude"], d["longitude"], d["accuracy_m"])
                    )
                elif e == "visits":
                    rows.setdefault(e, []).append(
                        (new_id(), owner, uuid.UUID(d["customer_id"]), NOW.date())
                    )
                elif e == "expense_lines":
                    rows.setdefault(e, []).append((new_id(), report, owner, NOW.date()))
                else:
                    rows.setdefault(e, []).append((new_id(), owner, d["title"]))
            async with conn.transaction():
                await conn.executemany(
                    "INSERT INTO location_pings (id, user_id, recorded_at, latitude, longitude,"
                    " accuracy_m, is_mock, event, received_at) VALUES ($1, $2, $3, $4, $5, $6,"
                    " false, 'periodic', now())",
                    rows.get("location_pings", []),
                )
                await conn.executemany(
                    "INSERT INTO visits (id, owner_id, customer_id, status, planned_date,"
                    " route_position, is_planned, is_outside_radius, is_poor_accuracy,"
                    " is_mock_location, created_at, updated_at, version) VALUES ($1, $2, $3,"
                    " 'planned', $4, 1, true, false, false, false, now(), now(), 1)",
                    rows.get("visits", []),
                )
                await conn.executemany(
                    "INSERT INTO expense_lines (id, report_id, owner_id, expense_date, category,"
                    " amount, currency, is_over_limit, decision, created_at, updated_at, version)"
                    " VALUES ($1, $2, $3, $4, 'food', 100, 'INR', false, 'pending', now(), now(),"
                    " 1)",
                    rows.get("expense_lines", []),
                )
                await conn.executemany(
                    "INSERT INTO todos (id, owner_id, title, priority, is_done, position,"
                    " created_at, updated_at, version) VALUES ($1, $2, $3, 'normal', false, 1,"
                    " now(), now(), 1)",
                    rows.get("todos", []),
                )
        return time.perf_counter() - started
    finally:
        await conn.close()


async def _count_rows(url: str, owner: uuid.UUID) -> int:
    conn = await connect(url)
    try:
        return int(
            await conn.fetchval(
                "SELECT (SELECT count(*) FROM location_pings WHERE user_id = $1)"
                " + (SELECT count(*) FROM visits WHERE owner_id = $1)"
                " + (SELECT count(*) FROM expense_lines WHERE owner_id = $1)"
                " + (SELECT count(*) FROM todos WHERE owner_id = $1)",
                owner,
            )
        )
    finally:
        await conn.close()


async def run(url: str) -> None:
    from app.core.config import Settings
    from app.main import create_app

    people = await fill(url, customers=400, leads=0, opportunities=0, activities=0)
    first, second, third = people["engineers"][:3]
    conn = await connect(url)
    try:
        customers = {
            e["id"]: [
                r["id"]
                for r in await conn.fetch(
                    "SELECT id FROM customers WHERE owner_id = $1 LIMIT 50", e["id"]
                )
            ]
            for e in (first, second, third)
        }
    finally:
        await conn.close()
    app = create_app(Settings(database_url=url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=120
        ) as client:
            headers = token(first)
            records = _records(customers[first["id"]], await _reports(client, headers))
            pushed = await _push_all(client, headers, records)
            raw = await _raw(url, third["id"], records)
            await _push_all(client, headers, _more_feed(customers[first["id"]], FEED - 4010))
            await _analyze(url)
            await asyncio.sleep(0.5)
            pulled, changes = await _pull_all(client, headers)
            lossy_headers = token(second)
            lossy = _records(customers[second["id"]], await _reports(client, lossy_headers))
            duplicates = await _push_lossy(client, lossy_headers, lossy)
            # More rounds, API and raw alternately: one round each is at the mercy of
            # whatever else the machine does in those seconds.
            pushes, raws = [pushed], [raw]
            for _ in range(ROUNDS - 1):
                more = _records(customers[first["id"]], await _reports(client, headers))
                pushes.append(await _push_all(client, headers, more))
                raws.append(await _raw(url, third["id"], more))
    rows = await _count_rows(url, second["id"])
    pushed, raw = statistics.median(pushes), statistics.median(raws)
    # Each API round against the raw run beside it, then the median of those ratios.
    ratio = statistics.median(r / p for p, r in zip(pushes, raws, strict=True))
    print("10,000 records (6,000 pings, 2,000 visits, 1,000 expense lines, 1,000 to-dos)")
    rounds = "  ".join(f"{a:.2f}/{b:.2f}" for a, b in zip(pushes, raws, strict=True))
    print(f"rounds (API / raw, s)  : {rounds}")
    print(f"push, 20 x 500 via HTTP: {pushed:6.2f} s  ({10000 / pushed:,.0f} records/s, median)")
    print(f"raw executemany        : {raw:6.2f} s  ({10000 / raw:,.0f} rows/s, median)")
    print(f"ratio (API rate / raw) : {ratio:6.3f}   (median of rounds) bar >= 0.25, push <= 2 s")
    print(f"pull, pages of 1,000   : {pulled:6.2f} s  ({changes:,} changes)   bar <= 1 s")
    print(f"lossy push, each batch twice, 20% answers lost: {rows:,} rows (must be 10,000),")
    print(f"                          {duplicates:,} duplicates answered")
    assert rows == 10000, rows
    assert changes == FEED, changes


def main() -> None:
    with scratch_database() as url:
        asyncio.run(run(url))


if __name__ == "__main__":
    main()
