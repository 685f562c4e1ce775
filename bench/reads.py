"""Reads at the speed of their SQL (issue "Reads at the speed of their SQL").

On PostgreSQL with 50,000 customers (with contacts and addresses) and 10,000 leads,
deals and activities, in one run:
  * for each of customers, leads, opportunities, activities and the board: the API's
    p50 for a page of 50 through uvicorn (one worker, as a sales head), and the same
    rows fetched by raw SQL (asyncpg) -> the ratio (bar: <= 3x);
  * a customer search through the API against the raw query on names (bar: <= 2x);
  * 16 concurrent connections on a list and on /health -> the ratio of their
    throughputs (bar: >= 0.15);
  * SQL statements per list request (bar: <= 2).

Run: `make bench` (or `cd backend && .venv/bin/python ../bench/reads.py`). BENCH_ROWS
scales the customers (default 50000).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from typing import Any

import httpx
from support import (
    connect,
    dump,
    fill,
    fmt_ms,
    p50,
    scratch_database,
    served,
    token,
)

CUSTOMERS = int(os.environ.get("BENCH_ROWS", "50000"))
OTHERS = max(1000, CUSTOMERS // 5)
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))

# The same rows as each list's first page, by hand: scope of head 0 (owners and
# territories of the team), the list's order, one page (+1 to know if more exist).
RAW = {
    "customers": [
        """SELECT id, name, legal_name, tax_id, industry, segment_tags, rating, email, phone,
                  website, credit_limit, currency, payment_terms_days, territory_id, owner_id,
                  external_id, email_opt_in, sms_opt_in, consent_updated_at, is_archived, notes,
                  created_at, updated_at, version
           FROM customers
           WHERE (owner_id = ANY($1) OR territory_id = ANY($2)) AND NOT is_archived
           ORDER BY name, id LIMIT 51""",
        """SELECT id, customer_id, kind, line1, line2, city, state, state_code, postal_code,
                  country, latitude, longitude
           FROM customer_addresses WHERE customer_id = ANY($1) ORDER BY customer_id, kind""",
    ],
    "leads": [
        """SELECT * FROM leads WHERE owner_id = ANY($1)
           ORDER BY created_at DESC, id DESC LIMIT 51"""
    ],
    "opportunities": [
        """SELECT o.*, c.name AS customer_name FROM opportunities o
           JOIN customers c ON c.id = o.customer_id
           WHERE o.owner_id = ANY($1) ORDER BY o.expected_close_date, o.id LIMIT 51"""
    ],
    "activities": [
        """SELECT a.*, c.name AS customer_name FROM activities a
           LEFT JOIN customers c ON c.id = a.customer_id
           WHERE a.owner_id = ANY($1) ORDER BY a.scheduled_at, a.id LIMIT 51"""
    ],
    "board": [
        """SELECT stage_id, currency, count(*), sum(amount), sum(weighted_amount)
           FROM opportunities WHERE owner_id = ANY($1) AND pipeline_id = $2
           GROUP BY stage_id, currency""",
        """SELECT * FROM (SELECT o.*, c.name AS customer_name, row_number() OVER
             (PARTITION BY o.stage_id ORDER BY o.expected_close_date, o.id) AS n
           FROM opportunities o JOIN customers c ON c.id = o.customer_id
           WHERE o.owner_id = ANY($1) AND o.pipeline_id = $2) ranked WHERE n <= 20""",
    ],
}
# Each statement's arguments, by name: the scope's owners and territories, the ids of
# the page's rows (its children), the default pipeline, the searched text.
ARGUMENTS = {
    ("customers", 0): ["owners", "territories"],
    ("customers", 1): ["ids"],
    ("board", 0): ["owners", "pipeline"],
    ("board", 1): ["owners", "pipeline"],
    ("search", 0): ["owners", "territories", "search"],
}
API = {
    "customers": "/api/v1/customers?limit=50",
    "leads": "/api/v1/leads?limit=50",
    "opportunities": "/api/v1/opportunities?limit=50",
    "activities": "/api/v1/activities?limit=50",
    "board": "/api/v1/opportunities/board",
}
SEARCH = "motors 0001"
RAW_SEARCH = """SELECT id, name, legal_name, email, phone, credit_limit, currency, owner_id,
                       territory_id, created_at, updated_at, version
                FROM customers
                WHERE (owner_id = ANY($1) OR territory_id = ANY($2)) AND NOT is_archived
                  AND lower(name) LIKE '%' || $3 || '%'
                ORDER BY name, id LIMIT 51"""


async def raw_times(url: str, scope: dict[str, Any]) -> dict[str, float]:
    conn = await connect(url)
    try:
        pipeline = await conn.fetchval("SELECT id FROM pipelines WHERE is_default")
        found: dict[str, float] = {}
        for name, statements in [*RAW.items(), ("search", [RAW_SEARCH])]:
            samples = []
            for n in range(SAMPLES + 30):
                started = time.perf_counter()
                values: dict[str, Any] = {**scope, "pipeline": pipeline, "search": SEARCH}
                for index, statement in enumerate(statements):
                    names = ARGUMENTS.get((name, index), ["owners"])
                    rows = await conn.fetch(statement, *(values[a] for a in names))
                    if rows and "id" in rows[0]:
                        values["ids"] = [row["id"] for row in rows[:50]]
                if n >= 30:
                    samples.append(time.perf_counter() - started)
            found[name] = p50(samples)
        return found
    finally:
        await conn.close()


def api_times(base: str, headers: dict[str, str]) -> dict[str, float]:
    found: dict[str, float] = {}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        for name, path in [*API.items(), ("search", f"/api/v1/customers?limit=50&q={SEARCH}")]:
            samples = []
            for n in range(SAMPLES + 30):
                started = time.perf_counter()
                answer = client.get(path)
                elapsed = time.perf_counter() - started
                assert answer.status_code == 200, answer.text
                if n >= 30:
                    samples.append(elapsed)
            found[name] = p50(samples)
    return found


def throughput(base: str, path: str, headers: dict[str, str], seconds: float = 6) -> float:
    """Requests per second with 16 connections kept busy."""
    done = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        nonlocal done
        with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
            while time.monotonic() < stop:
                assert client.get(path).status_code == 200
                with lock:
                    done += 1

    threads = [threading.Thread(target=worker) for _ in range(16)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done / (time.monotonic() - started)


async def statements_per_list(url: str, headers: dict[str, str]) -> dict[str, int]:
    """SQL statements per list request, counted on every engine of this process, with
    the app started as in production (its lifespan: caches listening)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from app.core.config import Settings
    from app.main import create_app

    app = create_app(Settings(database_url=url))
    counts: dict[str, int] = {}
    seen = 0

    def count(*_: object) -> None:
        nonlocal seen
        seen += 1

    async with app.router.lifespan_context(app):
        await asyncio.sleep(0.5)  # the listener connects
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for name, path in API.items():
                await client.get(path, headers=headers)  # warm caches first
                event.listen(Engine, "before_cursor_execute", count)
                seen = 0
                answer = await client.get(path, headers=headers)
                event.remove(Engine, "before_cursor_execute", count)
                assert answer.status_code == 200
                counts[name] = seen
    return counts


def main() -> None:
    with scratch_database() as url:
        people = asyncio.run(
            fill(url, customers=CUSTOMERS, leads=OTHERS, opportunities=OTHERS, activities=OTHERS)
        )
        head = people["heads"][0]
        team = [e for e in people["engineers"] if e["team_id"] == head["team_id"]]
        scope = {
            "owners": [head["id"], *(e["id"] for e in team)],
            "territories": list({e["territory_id"] for e in team}),
        }
        headers = token(head)
        raw = asyncio.run(raw_times(url, scope))
        with served(url) as base:
            api = api_times(base, headers)
            lists = throughput(base, API["customers"], headers)
            health = throughput(base, "/health", {})
        statements = asyncio.run(statements_per_list(url, headers))
    print(f"customers {CUSTOMERS}, leads/deals/activities {OTHERS} each; p50 of {SAMPLES}")
    print(f"{'':14} {'API':>10} {'raw SQL':>10} {'ratio':>7}  statements")
    for name in [*API, "search"]:
        ratio = api[name] / raw[name]
        bar = 2 if name == "search" else 3
        mark = "ok" if ratio <= bar else f"over {bar}x"
        count = statements.get(name, "")
        print(f"{name:14} {fmt_ms(api[name])} {fmt_ms(raw[name])} {ratio:6.2f}x  {count}  {mark}")
    print(f"throughput, 16 connections: list {lists:7.1f} req/s, /health {health:7.1f} req/s, "
          f"ratio {lists / health:.2f} (bar >= 0.15)")
    dump("reads", {"api": api, "raw": raw, "statements": statements,
                   "list_rps": lists, "health_rps": health})


if __name__ == "__main__":
    main()
