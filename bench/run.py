"""Benchmarks that print ratios, not seconds (run with `make bench`).

1. Keyset pagination: the cost of a page deep in a large customer list versus the
   first page. Keyset seeks by (sort value, id), so the ratio stays near 1; the same
   page fetched with OFFSET is shown for comparison.
2. Constant statements: SQL statements per list request at limit 1 and limit 200.

Runs against a scratch SQLite file (or DATABASE_URL when it names PostgreSQL, in a
scratch database) that it fills and throws away.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1] / "backend"
sys.path.insert(0, str(BACKEND))

import httpx  # noqa: E402
from sqlalchemy import event, insert, select, text  # noqa: E402

from app.auth.tokens import create_access_token  # noqa: E402
from app.core.access import Role  # noqa: E402
from app.core.db import create_engine, create_sessionmaker  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.pagination import SortOptions, encode_cursor  # noqa: E402
from app.customers.models import Customer  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Base  # noqa: E402
from app.users.models import User  # noqa: E402

ROWS = int(os.environ.get("BENCH_ROWS", "50000"))
REPEAT = 15


async def timed(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> float:
    await client.get(url, headers=headers)  # warm-up, not measured
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        answer = await client.get(url, headers=headers)
        samples.append(time.perf_counter() - started)
        assert answer.status_code == 200, answer.text
    return statistics.median(samples)


async def main() -> None:
    folder = tempfile.mkdtemp()
    engine = create_engine(f"sqlite+aiosqlite:///{folder}/bench.db")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    admin_id = new_id()
    async with engine.begin() as conn:
        await conn.execute(
            insert(User).values(
                id=admin_id,
                email="bench@example.com",
                full_name="Bench",
                role=Role.ADMIN,
                password_hash="x",
                is_active=True,
                version=1,
            )
        )
        batch = []
        for _n in range(ROWS):
            batch.append(
                {
                    "id": new_id(),
                    "name": f"Customer {uuid.uuid4().hex[:10]}",
                    "owner_id": admin_id,
                    "currency": "INR",
                    "version": 1,
                }
            )
            if len(batch) == 5000:
                await conn.execute(insert(Customer), batch)
                batch = []
        if batch:
            await conn.execute(insert(Customer), batch)
        await conn.execute(text("ANALYZE"))

    app = create_app(sessionmaker=create_sessionmaker(engine))
    headers = {"Authorization": f"Bearer {create_access_token(admin_id, 'admin')}"}
    order = SortOptions("name", name=Customer.name).parse("name")
    async with engine.connect() as conn:
        deep = (
            await conn.execute(
                select(Customer.name, Customer.id)
                .order_by(Customer.name, Customer.id)
                .offset(ROWS - 200)
                .limit(1)
            )
        ).one()
    cursor = encode_cursor(order, deep.name, deep.id)

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        first = await timed(client, "/api/v1/customers?limit=50&sort=name", headers)
        deep_page = await timed(
            client, f"/api/v1/customers?limit=50&sort=name&cursor={cursor}", headers
        )

        async with engine.connect() as conn:

            async def offset_query(offset: int) -> float:
                samples = []
                for _ in range(REPEAT):
                    started = time.perf_counter()
                    await conn.execute(
                        select(Customer)
                        .order_by(Customer.name, Customer.id)
                        .offset(offset)
                        .limit(51)
                    )
                    samples.append(time.perf_counter() - started)
                return statistics.median(samples)

            await offset_query(0)  # warm-up
            offset_first = await offset_query(0)
            offset_deep = await offset_query(ROWS - 200)

        counts = {}
        for limit in (1, 200):
            seen = 0

            def count(*_: object) -> None:
                nonlocal seen
                seen += 1

            event.listen(engine.sync_engine, "before_cursor_execute", count)
            await client.get(f"/api/v1/customers?limit={limit}", headers=headers)
            event.remove(engine.sync_engine, "before_cursor_execute", count)
            counts[limit] = seen

    await engine.dispose()
    print(f"customers in the list: {ROWS}")
    print(f"keyset: page near the end / first page   = {deep_page / first:5.2f}x")
    print(f"OFFSET: page near the end / first page   = {offset_deep / offset_first:5.2f}x")
    print(
        f"SQL statements per list request: limit=1 -> {counts[1]}, limit=200 -> {counts[200]}"
        f" (ratio {counts[200] / counts[1]:.2f}x)"
    )


if __name__ == "__main__":
    asyncio.run(main())
