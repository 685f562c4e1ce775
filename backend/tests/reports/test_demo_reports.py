"""Every report and the dashboard on the demo's year of data, for each kind of person:
JSON, CSV and XLSX answer, and the sales summary equals the demo's own orders and
invoices summed here."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.invoices.models import Invoice, InvoiceKind, InvoiceStatus
from app.sales_orders.models import BOOKED_STATUSES, SalesOrder
from app.seed import load_demo_data
from tests.support.demo import DEMO
from tests.support.files import read_csv, read_xlsx_typed

pytestmark = DEMO
REPORTS = (
    "sales?dimension=territory",
    "sales?dimension=product_group&interval=quarter",
    "receivables?dimension=engineer",
    "leads?dimension=engineer",
    "activities",
    "customers",
    "order-history",
    "inventory",
    "contacts",
    "forecast?dimension=territory",
    "forecast-accuracy?dimension=territory",
    "revenue-forecast?dimension=territory",
    "paid-revenue?dimension=engineer",
)


async def _login(client: AsyncClient, email: str) -> dict[str, str]:
    answer = await client.post(
        "/api/v1/auth/login", json={"email": email, "password": "demo-pass-1"}
    )
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.fixture
async def demo(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    await load_demo_data(sessionmaker)


async def test_every_report_answers_for_everyone_in_every_format(client: AsyncClient, demo: None):
    for email in ("admin@example.com", "head1@example.com", "eng1@example.com"):
        headers = await _login(client, email)
        for report in REPORTS:
            path, _, query = report.partition("?")
            params = dict(pair.split("=") for pair in query.split("&") if pair)
            for format in ("json", "csv", "xlsx"):
                answer = await client.get(
                    f"/api/v1/reports/{path}", params={**params, "format": format}, headers=headers
                )
                assert answer.status_code == 200, (email, report, format, answer.text[:300])
                if format == "csv":
                    read_csv(answer.content)
                elif format == "xlsx":
                    assert read_xlsx_typed(answer.content)[0]
        board = await client.get("/api/v1/dashboard", headers=headers)
        assert board.status_code == 200, board.text
        assert board.json()["pipeline"], email
        # The targets running today, each with its attainment so far.
        running = board.json()["targets"]
        assert running, email
        assert all(Decimal(t["revenue_actual"]) >= 0 and t["revenue"] for t in running)
        if email.startswith("eng"):
            assert {t["subject"] for t in running} == {"engineer"}
            assert running[0]["visits"] and running[0]["visits_actual"] is not None
        else:
            assert {t["subject"] for t in running} >= {"engineer", "team", "territory"}
    logins = await client.get(
        "/api/v1/reports/logins", headers=await _login(client, "head1@example.com")
    )
    assert logins.status_code == 200 and logins.json()["items"]


async def test_the_sales_summary_equals_the_demos_documents(
    client: AsyncClient, session: AsyncSession, demo: None
):
    headers = await _login(client, "admin@example.com")
    answer = await client.get("/api/v1/reports/sales", headers=headers)
    report = answer.json()
    start = report["window"]["start"]
    end = report["window"]["end"]
    orders = list(await session.scalars(select(SalesOrder)))
    expected: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0), Decimal(0)])
    for order in orders:
        if order.status in BOOKED_STATUSES and start <= order.order_date.isoformat() <= end:
            expected[order.currency][0] += 1
            expected[order.currency][1] += order.taxable_total
    billed = (
        InvoiceStatus.ISSUED,
        InvoiceStatus.PARTIALLY_PAID,
        InvoiceStatus.PAID,
        InvoiceStatus.VOID,
    )
    for invoice in await session.scalars(select(Invoice)):
        if invoice.status in billed and start <= invoice.invoice_date.isoformat() <= end:
            sign = -1 if invoice.kind is InvoiceKind.CREDIT_NOTE else 1
            expected[invoice.currency][2] += sign * invoice.taxable_total
    said = {
        s["currency"]: [
            s["current"]["orders"],
            Decimal(s["current"]["order_value"]),
            Decimal(s["current"]["invoiced_revenue"]),
        ]
        for s in report["summary"]
    }
    # A currency sold only in the previous window has a summary of zeros now.
    assert {currency: figures for currency, figures in said.items() if any(figures)} == dict(
        expected
    )
    assert said["INR"][0] > 10 and said["INR"][2] > 0


async def test_the_demo_history_feeds_the_forecast_and_its_accuracy(
    client: AsyncClient, session: AsyncSession, demo: None
):
    """Thirty months of history: a seasonal fit, and six monthly snapshots whose
    predictions stand beside the months' booked revenue."""
    headers = await _login(client, "admin@example.com")
    forecast = await client.get(
        "/api/v1/reports/revenue-forecast", params={"dimension": "none"}, headers=headers
    )
    [series] = forecast.json()["series"]
    assert series["method"] == "holt_winters" and len(series["history"]) == 30
    accuracy = await client.get(
        "/api/v1/reports/forecast-accuracy",
        params={"dimension": "none", "lead": 0},
        headers=headers,
    )
    rows = accuracy.json()["rows"]
    assert len(rows) == 6 and {r["method"] for r in rows} == {"holt_winters"}
    booked: dict[str, Decimal] = defaultdict(Decimal)
    for order in await session.scalars(select(SalesOrder)):
        if order.status in BOOKED_STATUSES:
            booked[order.order_date.replace(day=1).isoformat()] += order.taxable_total
    for row in rows:
        assert Decimal(row["actual"]) == booked[row["month"]].quantize(Decimal("0.01"))
    [summary] = accuracy.json()["series"]
    assert summary["months"] == 6 and Decimal(summary["mape"]) < 50
