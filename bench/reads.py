"""Reads at the speed of their SQL (issue "Reads at the speed of their SQL").

On PostgreSQL with 50,000 customers (with contacts and addresses) and 10,000 leads,
deals and activities, in one run:
  * for each of customers (first page and a page near the end), leads, opportunities,
    activities and the board: the API's p50 for a page of 50 through uvicorn (one
    worker, as a sales head) and the same rows by raw SQL (asyncpg), sampled
    alternately so both see the same machine -> the ratio (bar: <= 3x);
  * a customer search through the API against the raw query on names (bar: <= 2x);
  * 16 concurrent connections on a list and on /health -> the ratio of their
    throughputs (bar: >= 0.15);
  * SQL statements per list request, at limit 1 and at limit 200 (bar: <= 2, equal).

The HTTP client is a few lines over asyncio streams (support.Http), as lean as the
driver on the raw side: the figures are the server's. /health's p50 is printed as the
floor every request pays (HTTP, middleware).

Run: `make bench` (or `cd backend && .venv/bin/python ../bench/reads.py`). BENCH_ROWS
scales the customers (default 50000), BENCH_SAMPLES the samples per figure (300).
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

import httpx
from support import (
    Http,
    connect,
    dump,
    fill,
    fmt_ms,
    p50,
    scratch_database,
    served,
    throughput,
    token,
)

CUSTOMERS = int(os.environ.get("BENCH_ROWS", "50000"))
OTHERS = max(1000, CUSTOMERS // 5)
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "300"))

# A deal's and an activity's own columns: `o.*` would also fetch what the API reads
# instead of them (their stored answers, decision 0048) and a deal's search text.
DEAL_COLUMNS = """o.id, o.customer_id, o.contact_id, o.title, o.amount, o.currency,
    o.expected_close_date, o.owner_id, o.territory_id, o.pipeline_id, o.stage_id, o.status,
    o.probability, o.weighted_amount, o.stage_entered_at, o.closed_at, o.closed_from_stage_id,
    o.skipped_stage_ids, o.lost_reason, o.competitor, o.details, o.source_lead_id, o.notes,
    o.created_at, o.updated_at, o.version"""
ACTIVITY_COLUMNS = """a.id, a.type, a.subject, a.description, a.status, a.owner_id,
    a.created_by_id, a.customer_id, a.contact_id, a.lead_id, a.opportunity_id, a.starts_at,
    a.ends_at, a.due_at, a.scheduled_at, a.reminder_at, a.location, a.latitude, a.longitude,
    a.outcome, a.completed_at, a.created_at, a.updated_at, a.version"""

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
    # The lead's own columns (not its stored answer nor its search text).
    "leads": [
        """SELECT id, person_name, job_title, company_name, email, phone, phone_key, tax_id,
                  industry, address_line1, address_line2, city, state, state_code,
                  postal_code, country, latitude, longitude, source, campaign_ref,
                  product_interest, estimated_value, currency, notes, capture_latitude,
                  capture_longitude, captured_at, created_by_id, status, status_changed_at,
                  disqualify_reason, owner_id, territory_id, assigned_at, last_activity_at,
                  score, score_factors, converted_at, converted_customer_id,
                  converted_contact_id, converted_opportunity_id, created_at, updated_at,
                  version
           FROM leads WHERE owner_id = ANY($1)
           ORDER BY created_at DESC, id DESC LIMIT 51"""
    ],
    "opportunities": [
        f"""SELECT {DEAL_COLUMNS}, c.name AS customer_name FROM opportunities o
           JOIN customers c ON c.id = o.customer_id
           WHERE o.owner_id = ANY($1) ORDER BY o.expected_close_date, o.id LIMIT 51"""
    ],
    "customers (deep)": [
        """SELECT id, name, legal_name, tax_id, industry, segment_tags, rating, email, phone,
                  website, credit_limit, currency, payment_terms_days, territory_id, owner_id,
                  external_id, email_opt_in, sms_opt_in, consent_updated_at, is_archived, notes,
                  created_at, updated_at, version
           FROM customers
           WHERE (owner_id = ANY($1) OR territory_id = ANY($2)) AND NOT is_archived
             AND (name, id) > ($3, $4)
           ORDER BY name, id LIMIT 51""",
        """SELECT id, customer_id, kind, line1, line2, city, state, state_code, postal_code,
                  country, latitude, longitude
           FROM customer_addresses WHERE customer_id = ANY($1) ORDER BY customer_id, kind""",
    ],
    "activities": [
        f"""SELECT {ACTIVITY_COLUMNS}, c.name AS customer_name FROM activities a
           LEFT JOIN customers c ON c.id = a.customer_id
           WHERE a.owner_id = ANY($1) ORDER BY a.scheduled_at, a.id LIMIT 51"""
    ],
    "board": [
        """SELECT stage_id, currency, count(*), sum(amount), sum(weighted_amount)
           FROM opportunities WHERE owner_id = ANY($1) AND pipeline_id = $2
           GROUP BY stage_id, currency""",
        f"""SELECT * FROM (SELECT {DEAL_COLUMNS}, c.name AS customer_name, row_number() OVER
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
    ("customers (deep)", 0): ["owners", "territories", "deep_name", "deep_id"],
    ("customers (deep)", 1): ["ids"],
    ("board", 0): ["owners", "pipeline"],
    ("board", 1): ["owners", "pipeline"],
    ("search", 0): ["owners", "territories", "search"],
}
API = {
    "customers": "/api/v1/customers?limit=50",
    "customers (deep)": "/api/v1/customers?limit=50&cursor={deep}",
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


async def deep_position(url: str, scope: dict[str, Any]) -> tuple[str, Any]:
    """The (name, id) 200 rows before the end of the head's customer list."""
    conn = await connect(url)
    try:
        row = await conn.fetchrow(
            """SELECT name, id FROM customers
               WHERE (owner_id = ANY($1) OR territory_id = ANY($2)) AND NOT is_archived
               ORDER BY name DESC, id DESC OFFSET 200 LIMIT 1""",
            scope["owners"],
            scope["territories"],
        )
        return row["name"], row["id"]
    finally:
        await conn.close()


async def sampled(
    url: str, base: str, headers: dict[str, str], scope: dict[str, Any], paths: dict[str, str]
) -> tuple[dict[str, float], dict[str, float], float]:
    """p50 of the API and of the raw SQL for each list, sampled alternately (one raw,
    one API, next list...) so that both see the same moments of a noisy machine."""
    conn = await connect(url)
    pipeline = await conn.fetchval("SELECT id FROM pipelines WHERE is_default")
    values: dict[str, Any] = {**scope, "pipeline": pipeline, "search": SEARCH}
    statements = {**RAW, "search": [RAW_SEARCH]}
    raw: dict[str, list[float]] = {name: [] for name in paths}
    api: dict[str, list[float]] = {name: [] for name in paths}
    health: list[float] = []
    try:
        async with Http(base, headers) as client:
            for n in range(SAMPLES + 30):
                for name, path in paths.items():
                    started = time.perf_counter()
                    for index, statement in enumerate(statements[name]):
                        names = ARGUMENTS.get((name, index), ["owners"])
                        rows = await conn.fetch(statement, *(values[a] for a in names))
                        if rows and "id" in rows[0]:
                            values["ids"] = [row["id"] for row in rows[:50]]
                    raw_elapsed = time.perf_counter() - started
                    started = time.perf_counter()
                    status, answer = await client.get(path)
                    api_elapsed = time.perf_counter() - started
                    assert status == 200, answer[:300]
                    if n >= 30:
                        raw[name].append(raw_elapsed)
                        api[name].append(api_elapsed)
                started = time.perf_counter()
                status, _ = await client.get("/health")
                if n >= 30:
                    health.append(time.perf_counter() - started)
    finally:
        await conn.close()
    return (
        {name: p50(samples) for name, samples in api.items()},
        {name: p50(samples) for name, samples in raw.items()},
        p50(health),
    )


async def loads(base: str, headers: dict[str, str]) -> tuple[float, float]:
    """Throughput of a list and of /health, alternated twice; the better of each."""
    lists, healths = [], []
    for _ in range(2):
        lists.append(await throughput(base, API["customers"], headers))
        healths.append(await throughput(base, "/health", {}))
    return max(lists), max(healths)


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

    paths = {name: path for name, path in API.items() if "{" not in path}
    paths["customers, limit 1"] = "/api/v1/customers?limit=1"
    paths["customers, limit 200"] = "/api/v1/customers?limit=200"
    async with app.router.lifespan_context(app):
        await asyncio.sleep(0.5)  # the listener connects
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for name, path in paths.items():
                await client.get(path, headers=headers)  # warm caches first
                event.listen(Engine, "before_cursor_execute", count)
                seen = 0
                answer = await client.get(path, headers=headers)
                event.remove(Engine, "before_cursor_execute", count)
                assert answer.status_code == 200
                counts[name] = seen
    return counts


def main() -> None:
    from app.core.pagination import encode_cursor
    from app.customers.repository import CUSTOMER_SORT

    with scratch_database() as url:
        people = asyncio.run(
            fill(url, customers=CUSTOMERS, leads=OTHERS, opportunities=OTHERS, activities=OTHERS)
        )
        head = people["heads"][0]
        team = [e for e in people["engineers"] if e["team_id"] == head["team_id"]]
        scope: dict[str, Any] = {
            "owners": [head["id"], *(e["id"] for e in team)],
            "territories": list({e["territory_id"] for e in team}),
        }
        scope["deep_name"], scope["deep_id"] = asyncio.run(deep_position(url, scope))
        deep = encode_cursor(CUSTOMER_SORT.parse(None), scope["deep_name"], scope["deep_id"])
        headers = token(head)
        paths = {name: path.format(deep=deep) for name, path in API.items()}
        paths["search"] = f"/api/v1/customers?limit=50&q={SEARCH.replace(' ', '%20')}"
        with served(url) as base:
            api, raw, health = asyncio.run(sampled(url, base, headers, scope, paths))
            lists, health_rps = asyncio.run(loads(base, headers))
        statements = asyncio.run(statements_per_list(url, headers))
    print(
        f"customers {CUSTOMERS}, leads/deals/activities {OTHERS} each; p50 of {SAMPLES}, "
        f"sampled alternately"
    )
    print(f"{'':18} {'API':>10} {'raw SQL':>10} {'ratio':>7}  statements")
    for name in paths:
        ratio = api[name] / raw[name]
        bar = 2 if name == "search" else 3
        mark = "ok" if ratio <= bar else f"over {bar}x"
        count = statements.get(name, "")
        print(
            f"{name:18} {fmt_ms(api[name])} {fmt_ms(raw[name])} {ratio:6.2f}x  {count!s:>3}  {mark}"
        )
    print(f"/health (the floor of every request) {fmt_ms(health)}")
    print(
        f"statements at limit 1 / 200: {statements['customers, limit 1']} / "
        f"{statements['customers, limit 200']}"
    )
    print(
        f"throughput, 16 connections: list {lists:7.1f} req/s, /health {health_rps:7.1f} req/s, "
        f"ratio {lists / health_rps:.2f} (bar >= 0.15)"
    )
    dump(
        "reads",
        {
            "api": api,
            "raw": raw,
            "health_p50": health,
            "statements": statements,
            "list_rps": lists,
            "health_rps": health_rps,
        },
    )


if __name__ == "__main__":
    main()
