"""The order-to-cash write path (issue 12): a quote with five lines, submitted (within
the engineer's discount limit: approved at once), sent, accepted (which makes its sales
order) and the order confirmed (which reserves its goods), through the HTTP app, with
5,000 sales orders (and their quotes, lines, milestones and reservations) already there.

In one run, alternately (one raw sequence, one API sequence, so both see the same
moments of a shared machine):
  * the API: POST /quotes (5 lines: three at a typed price, one of them 5 % off, two at
    the price the server resolves), /submit, /send, /accept, /sales-orders/{id}/confirm
    through the real ASGI app (httpx, in process, the app's lifespan running), as an
    engineer;
  * the raw floor: the same rows written by asyncpg, one transaction per step as the API
    has: the quote and its lines; its approval; its sending; its acceptance, the order,
    its lines and its milestone; the confirmation, the reservation rows and the balances'
    reserved quantities; and in every step the event stream's rows the API writes there
    (22 in a sequence: one per record created or changed, with its snapshot or changed
    fields, in one statement per step) and the quote's and the order's gapless numbers.
    Until stop 31 the floor left the events and numbers out (the API writes 47 rows in a
    sequence: 23 of the documents, 22 events, 2 numbers; the floor wrote the 23); the
    report still prints the floor without them, and the ratio to it, beside the whole
    one (approximate: the time around the event and number statements is taken out, the
    larger commit stays in).
It prints p50 and p95 of each step and of the whole sequence, the ratios to the raw
floor, the SQL statements each request sends, and /health's p50 through the same client
(the floor every request pays: HTTP client, middleware).

Bars (issue 12): the sequence's p50 <= 30 ms on this machine and <= 8x the raw floor.

Measured (2 cores shared with other work; each line one run, before and after taken
alternately within minutes; p50 of 200 sequences over 5,000 orders):

                           statements  sequence p50     raw floor  ratio    CPU/sequence
  before (c83ac34)             88      55-71 ms         2.6-3.5 ms 18-23x   46-56 ms
  after                        45      37-43 ms         2.5-3.2 ms 12-15x   30-36 ms
  (on a busier machine, load 6-8: before 165-201 ms, 19-21x; after 99-117 ms, 13-16x)

  per step, after (before): create 9 (25) statements, submit 5 (10), send 5 (9),
  accept 12 (23), confirm 14 (21); p50 create 9.0 ms (15.0), submit 3.8 (6.9),
  send 3.5 (6.0), accept 9.5 (14.5), confirm 10.4 (12.7); /health 0.5 ms.

Stop 31 (another machine: /health 0.8-1.0 ms, the floor without the stream 8-10 ms).
The code before the stop (7c11d08) and after it, run alternately with this bench (three
pairs, each run 200 sequences over 5,000 orders; 43 statements in both: 9, 5, 5, 10, 14):

                 sequence p50      ratio to the floor   to the floor without   CPU per
                                   (events, numbers)    the stream (approx.)   sequence
  before         81.1 76.9 74.1    5.83 5.72 5.75x      8.97 8.81 8.69x        65 60 59 ms
  after          62.4 58.9 75.3    5.04 4.87 4.98x      7.75 7.39 7.62x        48 46 58 ms
  (the third "after" ran on a busier machine: its floor went from 12.9 to 15.1 ms)

  The floor with every row the API writes is the bar's floor: 8x is met with room (about
  5x); against the floor without the stream (the old one, a little flattering to the API:
  the events' commit stays in it) it is met narrowly. The 30 ms bar is not met: this
  machine's /health is 1.6-1.9x the one where the bar was set (0.5 ms), so 59-62 ms here
  is 33-39 ms there. Building the hot statements once took SQLAlchemy's statement
  building from 18 % of the process's samples to 3 %; what is left is the requests'
  round trips (53 with BEGIN and COMMIT, against the floor's 28) and the framework's
  per-request Python (routing, dependencies, the session, the answer read back).

Before stop 31, neither bar was met. Most of what was left is Python: this process spent
30-36 ms of CPU per sequence (the client, FastAPI, the ORM building statements, flushing and reading
results, the event rows, the driver), about ten times the whole raw floor; the
statements' executions (driver and database) add up to about 15 ms of a sequence (a
per-statement timer, quiet machine). Each request still needs its BEGIN and COMMIT, the
row lock, its event rows and its answer read back; meeting 8x would mean writing this
path without the ORM.

Run: ``make bench`` (after reads.py), or ``cd backend && .venv/bin/python
../bench/order_to_cash.py``; DATABASE_URL names a server, else an embedded one is
started. BENCH_ORDERS sets the orders already there (default 5000), BENCH_SAMPLES the
measured sequences (200, after 20 of warm-up); BENCH_SQL=1 also prints each request's
statements.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any, TextIO

import httpx
import structlog
from order_to_cash_floor import STATE, STEPS, amounts, raw_sequence, read_columns
from support import NOW, connect, copy, dump, fill, fmt_ms, p50, p95, scratch_database, token

from app.core.ids import new_id

ORDERS = int(os.environ.get("BENCH_ORDERS", "5000"))
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "200"))
WARM_UP = 20
PRODUCTS = 40
LINES = 5
API = "/api/v1"


def _row(**values: Any) -> dict[str, Any]:
    return {"id": new_id(), "created_at": NOW, "updated_at": NOW, "version": 1, **values}


async def prepare(url: str) -> dict[str, Any]:
    """The people and customers (``support.fill``), a catalogue of goods in stock, and
    ``ORDERS`` accepted quotes with their orders (most confirmed, their goods reserved),
    by COPY. Answers what the sequences need."""
    people = await fill(url, customers=1000, leads=0, opportunities=0, activities=0)
    engineer = people["engineers"][0]
    rng = random.Random(12)
    conn = await connect(url)
    try:
        # Every customer in the company's state, with a credit limit the check reads
        # and passes.
        await conn.execute(
            "UPDATE customer_addresses SET state = 'Karnataka', state_code = $1", STATE
        )
        await conn.execute("UPDATE customers SET credit_limit = 1000000000000")
        gst = _row(code="GST18", name="GST 18%", treatment="taxable", rate=Decimal(18))
        await copy(conn, "tax_categories", [gst])
        products = [
            _row(
                sku=f"SKU-{n:04d}",
                name=f"Pump model {n}",
                unit="nos",
                kind="goods",
                hsn_sac_code="8413",
                tax_category_id=gst["id"],
                list_price=Decimal(1000 + 10 * n),
                currency="INR",
                is_active=True,
                supply_method="purchase",
            )
            for n in range(PRODUCTS)
        ]
        await copy(conn, "products", products)
        warehouse = _row(code="PUNE-1", name="Pune", is_active=True)
        await copy(conn, "warehouses", [warehouse])
        await copy(
            conn,
            "stock_balances",
            [
                _row(
                    product_id=p["id"],
                    warehouse_id=warehouse["id"],
                    on_hand=Decimal(10_000_000),
                    reserved=Decimal(0),
                    on_order=Decimal(0),
                    in_transit=Decimal(0),
                )
                for p in products
            ],
        )

        customers = people["customers"]
        quotes, quote_lines, orders, order_lines, milestones, reservations = [], [], [], [], [], []
        reserved: dict[uuid.UUID, int] = {}
        for n in range(ORDERS):
            customer = customers[rng.randrange(len(customers))]
            chosen = rng.sample(products, LINES)
            head = {
                "customer_id": customer["id"],
                "owner_id": customer["owner_id"],
                "territory_id": customer["territory_id"],
                "currency": "INR",
                "place_of_supply": STATE,
                "supply": "intra_state",
                "tax_components": "[]",
                "tax_breakdown": "[]",
            }
            quote = _row(
                **head,
                number=f"Q/2026-27/{n + 1:05d}",
                display_number=f"Q/2026-27/{n + 1:05d}",
                revision=0,
                is_current=True,
                status="accepted",
                quote_date=NOW.date(),
                valid_until=NOW.date() + timedelta(days=30),
                max_discount_percent=Decimal(0),
                needs_approval=False,
            )
            order = _row(
                **head,
                number=f"SO/2026-27/{n + 1:05d}",
                quote_id=quote["id"],
                status="confirmed" if n % 5 else "draft",
                order_date=NOW.date(),
                payment_terms_days=30,
                warehouse_id=warehouse["id"],
            )
            quote["sales_order_id"] = order["id"]
            total, tax = Decimal(0), Decimal(0)
            for position, product in enumerate(chosen, start=1):
                quantity = rng.randint(1, 20)
                columns = {
                    "position": position,
                    "product_id": product["id"],
                    "description": product["name"],
                    "quantity": Decimal(quantity),
                    "unit": "nos",
                    "unit_price": product["list_price"],
                    "price_source": "list_price",
                    "discount_percent": Decimal(0),
                    "tax_category_id": gst["id"],
                    "tax_rate": Decimal(18),
                    "tax_treatment": "taxable",
                    "currency": "INR",
                    **amounts(quantity, product["list_price"], Decimal(18)),
                }
                total += columns["line_total"]
                tax += columns["tax_amount"]
                quote_line = _row(
                    quote_id=quote["id"], is_optional=False, is_selected=False, **columns
                )
                quote_lines.append(quote_line)
                order_line = _row(
                    sales_order_id=order["id"],
                    quote_line_id=quote_line["id"],
                    quantity_delivered=Decimal(0),
                    quantity_invoiced=Decimal(0),
                    **columns,
                )
                order_lines.append(order_line)
                if order["status"] == "confirmed":
                    reservations.append(
                        _row(
                            product_id=product["id"],
                            warehouse_id=warehouse["id"],
                            document_type="sales_order",
                            document_id=order["id"],
                            document_number=order["number"],
                            line_id=order_line["id"],
                            quantity_reserved=Decimal(quantity),
                            quantity_waiting=Decimal(0),
                        )
                    )
                    reserved[product["id"]] = reserved.get(product["id"], 0) + quantity
            for document in (quote, order):
                document.update(
                    subtotal=total - tax,
                    discount_total=Decimal(0),
                    taxable_total=total - tax,
                    tax_total=tax,
                    grand_total=total,
                )
            milestones.append(
                _row(
                    sales_order_id=order["id"],
                    position=1,
                    label="On delivery",
                    kind="percent",
                    value=Decimal(100),
                    trigger="on_delivery",
                    currency="INR",
                    planned_amount=total,
                    invoiced_amount=Decimal(0),
                    collected_amount=Decimal(0),
                )
            )
            quotes.append(quote)
            orders.append(order)
        await copy(conn, "quotes", quotes)
        await copy(conn, "quote_lines", quote_lines)
        await copy(conn, "sales_orders", orders)
        await copy(conn, "sales_order_lines", order_lines)
        await copy(conn, "sales_order_milestones", milestones)
        await copy(conn, "stock_reservations", reservations)
        await conn.executemany(
            "UPDATE stock_balances SET reserved = $2 WHERE product_id = $1",
            [(product_id, Decimal(q)) for product_id, q in reserved.items()],
        )
        for document_type in ("quote", "sales_order"):
            await conn.execute(
                "INSERT INTO document_counters (document_type, fiscal_year, last_number)"
                " VALUES ($1, '2026-27', $2)",
                document_type,
                ORDERS,
            )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    mine = [c for c in people["customers"] if c["owner_id"] == engineer["id"]]
    return {
        "engineer": engineer,
        "customers": mine,
        "products": products,
        "gst": gst,
        "warehouse": warehouse,
    }


# --- statements per request ---------------------------------------------------------------


class StatementCounter:
    """SQL statements sent by every engine of this process, per step (their text too)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.texts: dict[str, list[str]] = {}

    @contextlib.contextmanager
    def counting(self, name: str) -> Iterator[None]:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.counts[name] = 0
        self.texts[name] = []

        def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            self.counts[name] += 1
            self.texts[name].append(" ".join(statement.split()))

        event.listen(Engine, "before_cursor_execute", count)
        try:
            yield
        finally:
            event.remove(Engine, "before_cursor_execute", count)


# --- the API sequence ---------------------------------------------------------------------


async def api_sequence(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    body: dict[str, Any],
    counter: StatementCounter | None = None,
) -> dict[str, float]:
    """One quote through to a confirmed order; each step's seconds (and, given a
    counter, its SQL statements)."""
    times: dict[str, float] = {}

    async def step(name: str, path: str, json: Any, status: int = 200) -> dict[str, Any]:
        started = time.perf_counter()
        with counter.counting(name) if counter else contextlib.nullcontext():
            answer = await client.post(path, json=json, headers=headers)
        times[name] = time.perf_counter() - started
        assert answer.status_code == status, (name, answer.text[:500])
        return answer.json()  # type: ignore[no-any-return]

    quote = await step("create", f"{API}/quotes", body, 201)
    url = f"{API}/quotes/{quote['id']}"
    assert (await step("submit", f"{url}/submit", None))["status"] == "approved"
    await step("send", f"{url}/send", None)
    accepted = await step("accept", f"{url}/accept", {})
    order = await step("confirm", f"{API}/sales-orders/{accepted['sales_order_id']}/confirm", None)
    assert order["status"] == "confirmed", order["status"]
    return times


# --- the run ------------------------------------------------------------------------------


def _body(world: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """A quote as the web's builder sends it: five lines, three at a price the engineer
    typed (one with a 5 % discount, within an engineer's 10 %), two at the price the
    server resolves (the product's list price: no price list applies)."""
    customer = world["customers"][rng.randrange(len(world["customers"]))]
    lines: list[dict[str, Any]] = []
    for n, product in enumerate(rng.sample(world["products"], LINES)):
        line = {"product_id": str(product["id"]), "quantity": str(rng.randint(1, 10))}
        if n < 3:
            line["unit_price"] = str(product["list_price"])
        lines.append(line)
    lines[0]["discount_percent"] = "5"
    return customer, {"customer_id": str(customer["id"]), "lines": lines}


async def run(url: str, log: TextIO) -> dict[str, Any]:
    from app.core.config import Settings
    from app.main import create_app

    world = await prepare(url)
    headers = token(world["engineer"])
    rng = random.Random(1)
    api: dict[str, list[float]] = {name: [] for name in (*STEPS, "sequence")}
    raw: dict[str, list[float]] = {name: [] for name in (*STEPS, "sequence", "unstreamed")}
    health: list[float] = []
    cpu: list[float] = []
    app = create_app(Settings(database_url=url, log_json=True))
    # The access log is written (as in production) but not onto this report.
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(log))
    conn = await connect(url)
    await read_columns(conn)
    try:
        async with app.router.lifespan_context(app):
            await asyncio.sleep(0.5)  # the listener connects
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", timeout=60
            ) as client:
                for n in range(WARM_UP + SAMPLES):
                    customer, body = _body(world, rng)
                    raw_times = await raw_sequence(conn, world, customer, body["lines"])
                    cpu_started = time.thread_time()
                    api_times = await api_sequence(client, headers, body)
                    cpu_time = time.thread_time() - cpu_started
                    started = time.perf_counter()
                    answer = await client.get("/health")
                    health_time = time.perf_counter() - started
                    assert answer.status_code == 200
                    if n < WARM_UP:
                        continue
                    for samples, times in ((raw, raw_times), (api, api_times)):
                        for name in STEPS:
                            samples[name].append(times[name])
                        samples["sequence"].append(sum(times[name] for name in STEPS))
                    raw["unstreamed"].append(raw["sequence"][-1] - raw_times["stream"])
                    health.append(health_time)
                    cpu.append(cpu_time)
                counter = StatementCounter()
                await api_sequence(client, headers, _body(world, rng)[1], counter)
                statements = counter.counts
                if os.environ.get("BENCH_SQL"):
                    for name, texts in counter.texts.items():
                        print(f"--- {name}: {len(texts)} statements")
                        print("\n".join(f"  {text[:400]}" for text in texts))
    finally:
        await conn.close()
    return {"api": api, "raw": raw, "health": health, "cpu": cpu, "statements": statements}


def main() -> None:
    with scratch_database() as url, open(os.devnull, "w") as log:
        figures = asyncio.run(run(url, log))
    api, raw, statements = figures["api"], figures["raw"], figures["statements"]
    print(
        f"{ORDERS} sales orders (with quotes, lines, reservations) present; {SAMPLES} "
        f"sequences after {WARM_UP} of warm-up, API and raw alternately"
    )
    print(
        f"{'':10} {'API p50':>10} {'API p95':>10} {'raw p50':>10} {'raw p95':>10} "
        f"{'ratio p50':>9}  statements"
    )
    for name in (*STEPS, "sequence"):
        ratio = p50(api[name]) / p50(raw[name])
        count = statements.get(name, sum(statements.values()))
        print(
            f"{name:10} {fmt_ms(p50(api[name]))} {fmt_ms(p95(api[name]))} "
            f"{fmt_ms(p50(raw[name]))} {fmt_ms(p95(raw[name]))} {ratio:8.2f}x  {count:>5}"
        )
    sequence, ratio = p50(api["sequence"]), p50(api["sequence"]) / p50(raw["sequence"])
    unstreamed = p50(raw["unstreamed"])
    print(
        f"the raw floor without the event rows and document numbers, approx. "
        f"{fmt_ms(unstreamed)}: the API sequence is {sequence / unstreamed:.2f}x that "
        f"(the floor before stop 31)"
    )
    health = fmt_ms(p50(figures["health"]))
    print(f"/health through the same client (the floor of every request) {health}")
    # Less sensitive to a busy machine than the wall clock: this process's CPU time for
    # the API sequence (client and app; the database works in its own processes).
    print(f"CPU time of this process per API sequence, p50 {fmt_ms(p50(figures['cpu']))}")
    print(
        f"sequence p50 {sequence * 1000:.1f} ms (bar <= 30 ms: "
        f"{'ok' if sequence <= 0.030 else 'over'}), {ratio:.2f}x the raw floor "
        f"(bar <= 8x: {'ok' if ratio <= 8 else 'over'})"
    )
    dump(
        "order_to_cash",
        {
            "api_p50": {name: p50(s) for name, s in api.items()},
            "api_p95": {name: p95(s) for name, s in api.items()},
            "raw_p50": {name: p50(s) for name, s in raw.items()},
            "health_p50": p50(figures["health"]),
            "cpu_p50": p50(figures["cpu"]),
            "statements": statements,
        },
    )


if __name__ == "__main__":
    main()
