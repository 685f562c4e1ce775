"""An export of 50,000 rows streams in keyset batches with bounded memory."""

from __future__ import annotations

import csv
import io
import tracemalloc
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from app.core.access import Role
from app.core.export import ExportFormat, ExportSource, csv_safe, export_columns, export_response
from app.core.pagination import SortOptions
from app.customers.models import Customer
from app.customers.repository import CUSTOMER_SUMMARY, CustomerRepository
from app.users.service import system_principal
from tests.conftest import World
from tests.factories.customers import create_customer

ROWS = 50_000


async def _copies(session: AsyncSession, template: Customer, count: int) -> None:
    """``count`` copies of one customer, made by PostgreSQL (new ids and names)."""
    columns = [
        row[0]
        for row in await session.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'customers' AND column_name NOT IN ('id', 'name', "
                "'search_text', 'external_id') AND is_generated = 'NEVER'"
            )
        )
    ]
    listed = ", ".join(columns)
    await session.execute(
        text(
            f"INSERT INTO customers (id, name, {listed}) "
            f"SELECT gen_random_uuid(), 'Copy ' || lpad(n::text, 6, '0'), {listed} "
            "FROM customers, generate_series(1, :count) AS n WHERE customers.id = :id"
        ),
        {"count": count, "id": template.id},
    )


async def test_fifty_thousand_rows_stream_with_bounded_memory(
    session: AsyncSession, sessionmaker: Any, world: World
) -> None:
    template = await create_customer(session, owner=world.engineer, name="=Template")
    await _copies(session, template, ROWS - 1)
    await session.commit()
    principal = system_principal()
    assert principal.role is Role.ADMIN
    source = ExportSource(
        CUSTOMER_SUMMARY,
        CustomerRepository(session, principal).filtered(),
        export_columns(CUSTOMER_SUMMARY),
        "customers",
    )
    order = SortOptions("name", name=Customer.name).parse("name")
    app = type("App", (), {"state": type("State", (), {"sessionmaker": sessionmaker})()})()
    request = Request({"type": "http", "app": app, "headers": []})
    response = export_response(
        request, principal, source, order=order, file_format=ExportFormat.CSV
    )

    tracemalloc.start()
    lines = 0
    chunks = 0
    first = last = ""
    try:
        async for chunk in response.body_iterator:
            data = chunk if isinstance(chunk, bytes) else chunk.encode()
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            if chunks == 0:
                first = rows[1][CUSTOMER_SUMMARY.names.index("name")]
            last = rows[-1][CUSTOMER_SUMMARY.names.index("name")]
            lines += len(rows)
            chunks += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert lines == ROWS + 1  # the header, then every row
    assert chunks >= ROWS // 1000  # written batch by batch, not at once
    assert (first, last) == ("'=Template", f"Copy {ROWS - 1:06d}")
    assert peak < 40 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def test_csv_cells_never_start_a_formula() -> None:
    assert [csv_safe(v) for v in ["=1+1", "+91", "-x", "@a", "\tA", "-12.50", "plain", None]] == [
        "'=1+1",
        "'+91",
        "'-x",
        "'@a",
        "'\tA",
        "-12.50",
        "plain",
        "",
    ]
