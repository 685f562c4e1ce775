"""Importing customers by external id (issue 14): one bulk file against one PUT per
customer, through the HTTP app with an API key, as an ERP would.

For each round, with 1,000 customers already there:
  * PUTs: 500 customers, one ``PUT /customers/by-external-id/{id}`` each, one after the
    other (an ERP's loop), then the same 500 again (every one unchanged);
  * a file: 500 other customers as one CSV, uploaded with ``dry_run=false`` and run by
    the job worker (procrastinate, in this process) until the import is ``done``; then
    the same file again (every record unchanged); and, apart, the dry run of a file of
    500 new customers.
Times are wall clock from the first request to the last answer (the file: from the
upload to the import read back ``done``). It prints each round, the medians and the
ratios PUTs / file.

Run: ``cd backend && .venv/bin/python ../bench/imports.py``; DATABASE_URL names a
server, else an embedded one is started. BENCH_ROUNDS (default 3), BENCH_RECORDS
(default 500).
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import statistics
import time
from typing import Any

import httpx
import structlog
from sqlalchemy import event
from sqlalchemy.engine import Engine
from support import dump, fill, scratch_database, token

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
RECORDS = int(os.environ.get("BENCH_RECORDS", "500"))
CITIES = [("Pune", "411001"), ("Nagpur", "440001"), ("Jaipur", "302001")]


class Statements:
    """Every SQL statement any engine of this process sends (the app's and the worker's),
    savepoints included."""

    count = 0

    @classmethod
    def listen(cls) -> None:
        def counted(*_: object) -> None:
            cls.count += 1

        event.listen(Engine, "before_cursor_execute", counted)


def customer(n: int, prefix: str, owner: str) -> dict[str, Any]:
    city, postal_code = CITIES[n % len(CITIES)]
    return {
        "name": f"{prefix} Customer {n:05d} Pvt Ltd",
        "email": f"accounts{n}@{prefix.lower()}{n}.example",
        "phone": f"+91 98{n:08d}",
        "credit_limit": f"{100000 + n}.00",
        "segment_tags": ["erp"],
        "owner_email": owner,
        "addresses": [
            {"kind": "billing", "line1": f"Plot {n}", "city": city, "postal_code": postal_code}
        ],
        "contacts": [{"name": f"Buyer {n}", "email": f"buyer{n}@{prefix.lower()}{n}.example"}],
    }


COLUMNS = [
    "external_id",
    "name",
    "email",
    "phone",
    "credit_limit",
    "segment_tags",
    "owner_email",
    "billing.line1",
    "billing.city",
    "billing.postal_code",
    "contact.name",
    "contact.email",
]


def csv_file(prefix: str, owners: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for n in range(RECORDS):
        record = customer(n, prefix, owners[n % len(owners)])
        address, contact = record["addresses"][0], record["contacts"][0]
        writer.writerow(
            [
                f"{prefix}-{n:05d}",
                record["name"],
                record["email"],
                record["phone"],
                record["credit_limit"],
                "erp",
                record["owner_email"],
                address["line1"],
                address["city"],
                address["postal_code"],
                contact["name"],
                contact["email"],
            ]
        )
    return out.getvalue().encode()


async def put_all(
    client: httpx.AsyncClient, key: dict[str, str], prefix: str, owners: list[str]
) -> tuple[float, set[str]]:
    started = time.perf_counter()
    outcomes = set()
    for n in range(RECORDS):
        answer = await client.put(
            f"/api/v1/customers/by-external-id/{prefix}-{n:05d}",
            json=customer(n, prefix, owners[n % len(owners)]),
            headers=key,
        )
        assert answer.status_code in (200, 201), answer.text
        outcomes.add(answer.headers["upsert-outcome"])
    return time.perf_counter() - started, outcomes


async def import_file(
    client: httpx.AsyncClient, key: dict[str, str], data: bytes, job_app: Any, *, dry_run: bool
) -> tuple[float, dict[str, int]]:
    started = time.perf_counter()
    uploaded = await client.post(
        "/api/v1/customers/imports",
        files={"file": ("customers.csv", data, "text/csv")},
        data={"dry_run": "true" if dry_run else "false"},
        headers=key,
    )
    assert uploaded.status_code == 202, uploaded.text
    await job_app.run_worker_async(wait=False, install_signal_handlers=False)
    found = (await client.get(uploaded.headers["location"], headers=key)).json()
    elapsed = time.perf_counter() - started
    assert found["status"] == ("dry_run_done" if dry_run else "done"), found
    counts: dict[str, int] = found["dry_run_counts"] if dry_run else found["counts"]
    return elapsed, counts


async def run(url: str, log: Any) -> tuple[dict[str, list[float]], dict[str, int]]:
    from app import worker
    from app.core import jobs
    from app.core.config import Settings
    from app.core.db import create_engine, create_sessionmaker
    from app.main import create_app

    world = await fill(url, customers=1000, leads=0, opportunities=0, activities=0)
    owners = [engineer["email"] for engineer in world["engineers"]]
    app = create_app(Settings(database_url=url, log_json=True))
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(log))
    engine = create_engine(url)
    jobs.runtime.sessionmaker = create_sessionmaker(engine)
    job_app = worker.create_job_app(url, periodic=False)
    Statements.listen()
    statements: dict[str, int] = {}
    figures: dict[str, list[float]] = {
        "put_create": [],
        "put_unchanged": [],
        "file_create": [],
        "file_unchanged": [],
        "file_dry_run": [],
    }
    try:
        async with app.router.lifespan_context(app), job_app.open_async():
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", timeout=120
            ) as client:
                made = await client.post(
                    "/api/v1/api-keys",
                    json={"name": "Bench ERP", "scopes": ["customers:write"]},
                    headers=token(world["admin"]),
                )
                assert made.status_code == 201, made.text
                key = {"X-API-Key": made.json()["key"]}
                await put_all(client, key, "WARM", owners[:1])  # warm-up
                for round_number in range(ROUNDS):
                    prefix = f"R{round_number}"
                    before = Statements.count
                    elapsed, outcomes = await put_all(client, key, f"{prefix}PUT", owners)
                    assert outcomes == {"created"}, outcomes
                    figures["put_create"].append(elapsed)
                    statements["put_create"], before = Statements.count - before, Statements.count
                    elapsed, outcomes = await put_all(client, key, f"{prefix}PUT", owners)
                    assert outcomes == {"unchanged"}, outcomes
                    figures["put_unchanged"].append(elapsed)
                    statements["put_unchanged"], before = (
                        Statements.count - before,
                        Statements.count,
                    )
                    data = csv_file(f"{prefix}FILE", owners)
                    elapsed, counts = await import_file(client, key, data, job_app, dry_run=False)
                    assert counts["created"] == RECORDS, counts
                    figures["file_create"].append(elapsed)
                    statements["file_create"], before = Statements.count - before, Statements.count
                    elapsed, counts = await import_file(client, key, data, job_app, dry_run=False)
                    assert counts["unchanged"] == RECORDS, counts
                    figures["file_unchanged"].append(elapsed)
                    statements["file_unchanged"], before = (
                        Statements.count - before,
                        Statements.count,
                    )
                    fresh = csv_file(f"{prefix}DRY", owners)
                    elapsed, counts = await import_file(client, key, fresh, job_app, dry_run=True)
                    assert counts["created"] == RECORDS, counts
                    figures["file_dry_run"].append(elapsed)
                    statements["file_dry_run"] = Statements.count - before
                    print(
                        f"round {round_number + 1}: "
                        + ", ".join(
                            f"{name} {values[-1]:.2f} s" for name, values in figures.items()
                        )
                    )
    finally:
        await engine.dispose()
    return figures, statements


def main() -> None:
    with scratch_database() as url, open(os.devnull, "w") as log:
        figures, statements = asyncio.run(run(url, log))
    median = {name: statistics.median(values) for name, values in figures.items()}
    print(f"\n{RECORDS} customers (with an address and a contact each), {ROUNDS} rounds, medians:")
    for name, value in median.items():
        print(
            f"  {name:15} {value:7.2f} s  {value / RECORDS * 1000:6.1f} ms per customer"
            f"  {statements[name] / RECORDS:5.1f} SQL statements per customer"
        )
    print(
        f"ratio PUTs / file: creating {median['put_create'] / median['file_create']:.2f}x, "
        f"unchanged {median['put_unchanged'] / median['file_unchanged']:.2f}x "
        f"(a dry run of the file: {median['file_dry_run']:.2f} s)"
    )
    dump(
        "imports",
        {"median_seconds": median, "statements": statements, "records": RECORDS, "rounds": ROUNDS},
    )


if __name__ == "__main__":
    main()
