"""The sales report at scale (issue 15): 1,000,000 order lines on PostgreSQL, the report
by month and territory through the API, against the same SQL run raw.

The data set is made by PostgreSQL itself (``generate_series``, deterministic arithmetic
instead of random numbers, so every run holds the same rows): the people and customers
of ``support.fill``, 60 products in 6 groups, 200,000 orders of 5 lines over three
years (most confirmed, delivered or closed; some drafts, credit holds and
cancellations; one customer in twenty buys in USD), an invoice for every delivered or
closed order with its lines (about 480,000 invoice lines), a credit note for one
invoice in fifty, and 40,000 deals won or lost.

In one process, alternately (so both see the same moments of a shared machine):
  * raw: the statement the report runs (``app.reports``' own builder, compiled once
    with its parameters), executed by asyncpg on a connection of its own;
  * API: ``GET /api/v1/reports/sales?interval=month&dimension=territory&from=…&to=…``
    through the real ASGI app (httpx in process, the app's lifespan running), as an
    admin (every row counts).
Then the answers are compared, figure by figure: the API's rows against the raw
statement's, and both against an independent plain SQL (a GROUP BY over the order
lines and one over the invoice lines, written here by hand).

Bar (issue 15): the API's p50 <= 1.10 x the raw statement's p50, and equal answers.

Run: ``make bench`` or ``cd backend && .venv/bin/python ../bench/reports.py``;
DATABASE_URL names a server, else an embedded one is started. BENCH_ORDERS sets the
orders (default 200,000, five lines each), BENCH_SAMPLES the measured calls (15, after
3 of warm-up).
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from support import NOW, connect, copy, dump, fill, fmt_ms, p50, scratch_database, token

from app.core.ids import new_id

ORDERS = int(os.environ.get("BENCH_ORDERS", "200000"))
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "15"))
WARM_UP = 3
LINES = 5
GROUPS = 6
PRODUCTS = 60
DAYS = 3 * 365
FIRST_DAY = date(2024, 1, 1)
WINDOW = (date(2025, 1, 1), date(2025, 12, 31))
API = "/api/v1"


def _row(**values: Any) -> dict[str, Any]:
    return {"id": new_id(), "created_at": NOW, "updated_at": NOW, "version": 1, **values}


# Orders: customer, status, day and currency follow from the order's number n.
ORDERS_SQL = """
WITH buyer AS (
    SELECT id, owner_id, territory_id, currency,
           row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total
    FROM customers
)
INSERT INTO sales_orders (id, created_at, updated_at, version, number, customer_id,
    owner_id, territory_id, status, currency, order_date, payment_terms_days, supply,
    subtotal, discount_total, taxable_total, tax_total, grand_total, tax_components,
    tax_breakdown)
SELECT gen_random_uuid(), now(), now(), 1, 'SO/BENCH/' || n, b.id, b.owner_id,
       b.territory_id,
       (ARRAY['confirmed', 'delivered', 'closed', 'partially_delivered', 'delivered',
              'closed', 'confirmed', 'delivered', 'closed', 'delivered', 'draft',
              'cancelled', 'delivered', 'credit_hold', 'closed', 'delivered',
              'confirmed'])[1 + (n * 7) % 17],
       b.currency, $1::date + ((n * 37) % $2)::int, 30, 'intra_state', 0, 0, 0, 0, 0, '[]',
       '[]'
FROM generate_series(0::bigint, $3 - 1) AS n
JOIN buyer b ON b.k = (n * 7919) % b.total
"""
# Five lines per order: product, quantity and discount follow from the order and position.
LINES_SQL = """
WITH product AS (
    SELECT id, list_price, tax_category_id, row_number() OVER (ORDER BY sku) - 1 AS k
    FROM products
), priced AS (
    SELECT o.id AS order_id, o.currency, p.position, pr.id AS product_id,
           pr.tax_category_id, pr.list_price AS unit_price,
           (1 + (abs(hashtext(o.number)) + p.position * 13) % 20)::numeric AS quantity,
           ((abs(hashtext(o.number)) + p.position) % 3 * 5)::numeric AS discount
    FROM sales_orders o
    CROSS JOIN generate_series(1, $1) AS p(position)
    JOIN product pr ON pr.k = (abs(hashtext(o.number)) + p.position * 11) % $2
), amounts AS (
    SELECT *, round(quantity * unit_price, 2) AS gross,
           round(quantity * unit_price * (100 - discount) / 100, 2) AS taxable
    FROM priced
)
INSERT INTO sales_order_lines (id, created_at, updated_at, version, sales_order_id,
    position, product_id, description, quantity, unit, unit_price, price_source,
    discount_percent, tax_category_id, tax_rate, tax_treatment, currency, gross_amount,
    discount_amount, taxable_amount, tax_amount, line_total, tax_components,
    quantity_delivered, quantity_invoiced)
SELECT gen_random_uuid(), now(), now(), 1, order_id, position, product_id, 'Pump',
       quantity, 'nos', unit_price, 'list_price', discount, tax_category_id, 18,
       'taxable', currency, gross, gross - taxable, taxable, round(taxable * 0.18, 2),
       taxable + round(taxable * 0.18, 2), '[]', 0, 0
FROM amounts
"""
ORDER_TOTALS_SQL = """
UPDATE sales_orders o
SET subtotal = t.gross, discount_total = t.gross - t.taxable, taxable_total = t.taxable,
    tax_total = t.tax, grand_total = t.taxable + t.tax, quantity_total = t.quantity
FROM (SELECT sales_order_id, sum(gross_amount) AS gross, sum(taxable_amount) AS taxable,
             sum(tax_amount) AS tax, sum(quantity) AS quantity
      FROM sales_order_lines GROUP BY sales_order_id) t
WHERE t.sales_order_id = o.id
"""
# An invoice for every delivered or closed order, dated 0-40 days after the order.
INVOICES_SQL = """
INSERT INTO invoices (id, created_at, updated_at, version, kind, number, customer_id,
    territory_id, status, currency, invoice_date, payment_terms_days, due_date,
    billing_name, supply, source_document_type, source_document_id, subtotal,
    discount_total, taxable_total, tax_total, grand_total, tax_components, tax_breakdown,
    amount_paid, amount_credited)
SELECT gen_random_uuid(), now(), now(), 1, 'invoice', 'INV/BENCH/' || o.number,
       o.customer_id, o.territory_id,
       CASE WHEN abs(hashtext(o.number)) % 3 = 0 THEN 'paid' ELSE 'issued' END,
       o.currency, o.order_date + abs(hashtext(o.number)) % 41, 30,
       o.order_date + abs(hashtext(o.number)) % 41 + 30, 'Customer', 'intra_state',
       'sales_order', o.id, o.subtotal, o.discount_total, o.taxable_total, o.tax_total,
       o.grand_total, '[]', '[]',
       CASE WHEN abs(hashtext(o.number)) % 3 = 0 THEN o.grand_total ELSE 0 END, 0
FROM sales_orders o WHERE o.status IN ('delivered', 'closed')
"""
INVOICE_LINES_SQL = """
INSERT INTO invoice_lines (id, created_at, updated_at, version, invoice_id, position,
    product_id, description, quantity, unit, unit_price, discount_percent, tax_category_id,
    tax_rate, tax_treatment, currency, gross_amount, discount_amount, taxable_amount,
    tax_amount, line_total, tax_components, source_line_id)
SELECT gen_random_uuid(), now(), now(), 1, i.id, l.position, l.product_id, l.description,
       l.quantity, l.unit, l.unit_price, l.discount_percent, l.tax_category_id, l.tax_rate,
       l.tax_treatment, l.currency, l.gross_amount, l.discount_amount, l.taxable_amount,
       l.tax_amount, l.line_total, '[]', l.id
FROM invoices i JOIN sales_order_lines l ON l.sales_order_id = i.source_document_id
WHERE i.kind = 'invoice'
"""
# A credit note for one unpaid invoice in fifty: its first line credited in full.
CREDIT_NOTES_SQL = """
WITH credited AS (
    SELECT i.*, l.id AS line_id, l.product_id, l.quantity, l.unit_price, l.tax_category_id,
           l.gross_amount, l.discount_amount, l.taxable_amount, l.tax_amount, l.line_total
    FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id AND l.position = 1
    WHERE i.kind = 'invoice' AND i.status = 'issued' AND abs(hashtext(i.number)) % 50 = 0
), notes AS (
    INSERT INTO invoices (id, created_at, updated_at, version, kind, number,
        credited_invoice_id, customer_id, territory_id, status, currency, invoice_date,
        payment_terms_days, due_date, billing_name, supply, source_document_type,
        source_document_id, subtotal, discount_total, taxable_total, tax_total,
        grand_total, tax_components, tax_breakdown, amount_paid, amount_credited)
    SELECT gen_random_uuid(), now(), now(), 1, 'credit_note', 'CN/' || c.number, c.id,
           c.customer_id, c.territory_id, 'issued', c.currency, c.invoice_date + 10, 0,
           c.invoice_date + 10, 'Customer', 'intra_state', 'invoice', c.id,
           c.gross_amount, c.discount_amount, c.taxable_amount, c.tax_amount,
           c.line_total, '[]', '[]', 0, 0
    FROM credited c
    RETURNING id, credited_invoice_id
), note_lines AS (
    INSERT INTO invoice_lines (id, created_at, updated_at, version, invoice_id, position,
        product_id, description, quantity, unit, unit_price, discount_percent,
        tax_category_id, tax_rate, tax_treatment, currency, gross_amount, discount_amount,
        taxable_amount, tax_amount, line_total, tax_components, credited_line_id)
    SELECT gen_random_uuid(), now(), now(), 1, n.id, 1, c.product_id, 'Returned', c.quantity,
           'nos', c.unit_price, 0, c.tax_category_id, 18, 'taxable', c.currency,
           c.gross_amount, c.discount_amount, c.taxable_amount, c.tax_amount, c.line_total,
           '[]', c.line_id
    FROM notes n JOIN credited c ON c.id = n.credited_invoice_id
    RETURNING 1
)
UPDATE invoices i SET amount_credited = c.line_total
FROM credited c WHERE i.id = c.id
"""
# Deals won (three in five) or lost, closed over the three years.
DEALS_SQL = """
WITH buyer AS (
    SELECT id, owner_id, territory_id, currency,
           row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total
    FROM customers
)
INSERT INTO opportunities (id, created_at, updated_at, version, customer_id, title, amount,
    currency, expected_close_date, owner_id, territory_id, pipeline_id, stage_id, status,
    probability, weighted_amount, stage_entered_at, closed_at, details, skipped_stage_ids)
SELECT gen_random_uuid(), now(), now(), 1, b.id, 'Deal ' || n, 10000 * (1 + n % 500),
       b.currency, $1::date + ((n * 53) % $2)::int, b.owner_id, b.territory_id, $4,
       CASE WHEN n % 5 < 3 THEN $5::uuid ELSE $6::uuid END,
       CASE WHEN n % 5 < 3 THEN 'won' ELSE 'lost' END, 100, 0, now(),
       ($1::date + ((n * 53) % $2)::int)::timestamp AT TIME ZONE 'Asia/Kolkata'
           + interval '11 hours',
       '{}', '[]'
FROM generate_series(0::bigint, $3 - 1) AS n
JOIN buyer b ON b.k = (n * 104729) % b.total
"""


async def prepare(url: str) -> dict[str, Any]:
    """The data set (see the module's docstring). Answers the admin."""
    people = await fill(url, customers=2000, leads=0, opportunities=0, activities=0)
    conn = await connect(url)
    try:
        await conn.execute(
            "UPDATE customers SET currency = 'USD'"
            " WHERE id IN (SELECT id FROM customers ORDER BY id LIMIT 100)"
        )
        gst = _row(code="GST18", name="GST 18%", treatment="taxable", rate=Decimal(18))
        await copy(conn, "tax_categories", [gst])
        groups = [_row(name=f"Group {g}") for g in range(GROUPS)]
        await copy(conn, "product_groups", groups)
        await copy(
            conn,
            "products",
            [
                _row(
                    sku=f"SKU-{n:04d}",
                    name=f"Pump model {n}",
                    group_id=groups[n % GROUPS]["id"],
                    unit="nos",
                    kind="goods",
                    hsn_sac_code="8413",
                    tax_category_id=gst["id"],
                    list_price=Decimal(1000 + 37 * n) + Decimal("0.50"),
                    currency="INR",
                    is_active=True,
                    supply_method="purchase",
                )
                for n in range(PRODUCTS)
            ],
        )
        started = time.perf_counter()
        await conn.execute(ORDERS_SQL, FIRST_DAY, DAYS, ORDERS)
        await conn.execute(LINES_SQL, LINES, PRODUCTS)
        await conn.execute(ORDER_TOTALS_SQL)
        await conn.execute(INVOICES_SQL)
        await conn.execute(INVOICE_LINES_SQL)
        await conn.execute(CREDIT_NOTES_SQL)
        stages = {
            row["kind"]: row
            for row in await conn.fetch(
                "SELECT s.pipeline_id, s.id, s.kind FROM pipeline_stages s JOIN pipelines p"
                " ON p.id = s.pipeline_id WHERE p.is_default AND s.kind IN ('won', 'lost')"
            )
        }
        await conn.execute(
            DEALS_SQL,
            FIRST_DAY,
            DAYS,
            ORDERS // 5,
            stages["won"]["pipeline_id"],
            stages["won"]["id"],
            stages["lost"]["id"],
        )
        await conn.execute("ANALYZE")
        counts = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM sales_order_lines) AS order_lines,"
            " (SELECT count(*) FROM invoice_lines) AS invoice_lines,"
            " (SELECT count(*) FROM opportunities) AS deals"
        )
        print(
            f"data: {counts['order_lines']:,} order lines, {counts['invoice_lines']:,} "
            f"invoice lines, {counts['deals']:,} closed deals, made in "
            f"{time.perf_counter() - started:.1f} s"
        )
    finally:
        await conn.close()
    return {"admin": people["admin"]}


# --- the same question by hand: order lines, invoice lines and deals ----------------------

PLAIN_SQL = """
WITH ordered AS (
    SELECT date_trunc('month', o.order_date)::date AS month, o.territory_id, o.currency,
           count(DISTINCT o.id) AS orders, sum(l.taxable_amount) AS order_value,
           sum(l.quantity) AS quantity
    FROM sales_order_lines l JOIN sales_orders o ON o.id = l.sales_order_id
    WHERE o.status IN ('confirmed', 'partially_delivered', 'delivered', 'closed')
      AND o.order_date BETWEEN $1 AND $2
    GROUP BY 1, 2, 3
), billed AS (
    SELECT date_trunc('month', i.invoice_date)::date AS month, i.territory_id, i.currency,
           sum(CASE WHEN i.kind = 'credit_note' THEN -l.taxable_amount
                    ELSE l.taxable_amount END) AS invoiced
    FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
    WHERE i.status IN ('issued', 'partially_paid', 'paid', 'void')
      AND i.invoice_date BETWEEN $1 AND $2
    GROUP BY 1, 2, 3
), closed AS (
    SELECT date_trunc('month', (closed_at AT TIME ZONE 'Asia/Kolkata'))::date AS month,
           territory_id, currency, count(*) FILTER (WHERE status = 'won') AS won,
           count(*) FILTER (WHERE status = 'lost') AS lost
    FROM opportunities
    WHERE status IN ('won', 'lost')
      AND (closed_at AT TIME ZONE 'Asia/Kolkata')::date BETWEEN $1 AND $2
    GROUP BY 1, 2, 3
)
SELECT month, territory_id, currency, coalesce(o.orders, 0) AS orders,
       coalesce(o.order_value, 0) AS order_value, coalesce(o.quantity, 0) AS quantity,
       coalesce(b.invoiced, 0) AS invoiced, coalesce(c.won, 0) AS won,
       coalesce(c.lost, 0) AS lost
FROM ordered o FULL JOIN billed b USING (month, territory_id, currency)
FULL JOIN closed c USING (month, territory_id, currency)
"""


def _raw_statement(admin: dict[str, Any]) -> tuple[str, list[Any]]:
    """The statement the report runs for the admin, compiled once as the app compiles it
    (asyncpg's dialect), with its parameters in order."""
    from sqlalchemy.dialects.postgresql.asyncpg import dialect

    from app.core.access import ROLE_PERMISSIONS, Principal, Role
    from app.reports.periods import Interval, Window, previous_window
    from app.reports.repository.sales import sales_statement
    from app.reports.schemas import Dimension, Filters

    window = Window(*WINDOW)
    principal = Principal(
        user_id=admin["id"],
        role=Role.ADMIN,
        permissions=ROLE_PERMISSIONS[Role.ADMIN],
        label="Admin",
    )
    stmt = sales_statement(
        principal,
        window=window,
        previous=previous_window(window),
        interval=Interval.MONTH,
        dimension=Dimension.TERRITORY,
        filters=Filters(),
    )
    compiled = stmt.compile(dialect=dialect(), compile_kwargs={"render_postcompile": True})
    names = compiled.positiontup or []
    return compiled.string, [compiled.params[name] for name in names]


def _cents(value: Any) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def _api_rows(body: dict[str, Any]) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    return {
        (row["period_start"], row["key"], row["currency"]): (
            row["orders"],
            Decimal(row["order_value"]),
            Decimal(row["quantity"]),
            Decimal(row["invoiced_revenue"]),
            row["won"],
            row["lost"],
        )
        for row in body["rows"]
    }


def _raw_rows(rows: list[Any]) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    return {
        (row["period_start"].isoformat(), str(row["key"]), row["currency"]): (
            row["orders_by_key"],
            _cents(row["order_value"]),
            Decimal(row["quantity"]).normalize(),
            _cents(row["invoiced_revenue"]),
            row["won"],
            row["lost"],
        )
        for row in rows
        if row["level"] == 0
    }


def _plain_rows(rows: list[Any]) -> dict[tuple[str, str, str], tuple[Any, ...]]:
    return {
        (row["month"].isoformat(), str(row["territory_id"]), row["currency"]): (
            row["orders"],
            _cents(row["order_value"]),
            Decimal(row["quantity"]).normalize(),
            _cents(row["invoiced"]),
            row["won"],
            row["lost"],
        )
        for row in rows
    }


async def run(url: str, log: TextIO) -> dict[str, Any]:
    import httpx
    import structlog

    from app.core.config import Settings
    from app.main import create_app

    world = await prepare(url)
    admin = world["admin"]
    sql, params = _raw_statement(admin)
    query = {
        "interval": "month",
        "dimension": "territory",
        "from": WINDOW[0].isoformat(),
        "to": WINDOW[1].isoformat(),
    }
    app = create_app(Settings(database_url=url, log_json=True))
    # The access log is written (as in production) but not onto this report.
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(log))
    conn = await connect(url)
    api: list[float] = []
    raw: list[float] = []
    try:
        started = time.perf_counter()
        plain = await conn.fetch(PLAIN_SQL, *WINDOW)
        plain_time = time.perf_counter() - started
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", timeout=300
            ) as client:
                for n in range(WARM_UP + SAMPLES):
                    started = time.perf_counter()
                    raw_answer = await conn.fetch(sql, *params)
                    raw_time = time.perf_counter() - started
                    started = time.perf_counter()
                    answer = await client.get(
                        f"{API}/reports/sales", params=query, headers=token(admin)
                    )
                    api_time = time.perf_counter() - started
                    assert answer.status_code == 200, answer.text[:500]
                    if n >= WARM_UP:
                        raw.append(raw_time)
                        api.append(api_time)
                body = answer.json()
    finally:
        await conn.close()
    return {
        "api": api,
        "raw": raw,
        "api_rows": _api_rows(body),
        "raw_rows": _raw_rows(raw_answer),
        "plain_rows": _plain_rows(plain),
        "plain_time": plain_time,
    }


def main() -> None:
    with scratch_database() as url, open(os.devnull, "w") as log:
        figures = asyncio.run(run(url, log))
    api, raw = p50(figures["api"]), p50(figures["raw"])
    ratio = api / raw
    same_sql = figures["api_rows"] == figures["raw_rows"]
    same_plain = figures["api_rows"] == figures["plain_rows"]
    rows = len(figures["api_rows"])
    print(
        f"sales report by month and territory, {WINDOW[0]} to {WINDOW[1]} against the year "
        f"before: {rows} rows; {SAMPLES} calls after {WARM_UP} of warm-up, raw and API "
        "alternately"
    )
    print(f"API p50 {fmt_ms(api)}   raw statement p50 {fmt_ms(raw)}   ratio {ratio:.3f}x")
    plain = fmt_ms(figures["plain_time"])
    print(f"the same figures by hand from the order and invoice lines: {plain}")
    print(
        f"answers equal: API = raw statement {'yes' if same_sql else 'NO'}; API = order "
        f"and invoice lines by hand {'yes' if same_plain else 'NO'}"
    )
    print(
        f"bar: ratio <= 1.10 {'ok' if ratio <= 1.10 else 'over'}, answers equal "
        f"{'ok' if same_sql and same_plain else 'FAILED'}"
    )
    dump(
        "reports",
        {
            "api_p50": api,
            "raw_p50": raw,
            "ratio": ratio,
            "plain": figures["plain_time"],
            "rows": rows,
            "equal": same_sql and same_plain,
        },
    )
    if not (same_sql and same_plain):
        for key in sorted(set(figures["api_rows"]) | set(figures["plain_rows"]))[:5]:
            print(key, figures["api_rows"].get(key), figures["plain_rows"].get(key))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
