"""The raw floor of bench/order_to_cash.py: the rows the API writes for a quote taken to a
confirmed order, written by asyncpg with a transaction per step, as the API has.

Every row the API writes is written here too: the quote and its lines; its approval; its
sending; its acceptance, the order, its lines and its milestone; the confirmation, the
reservation rows and the balances' reserved quantities; in every step the event stream's
rows (core/events.py: one per record created or changed, with the snapshot of every
column or the changed fields, in one statement per step, as the API's flush) and the
quote's and the order's gapless numbers (core/numbering.py). The time spent on the
events and numbers is kept apart (``stream``) so the report can show the floor without
them as well (the floor until stop 31).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from support import NOW

from app.core.events import jsonable
from app.core.ids import new_id

STATE = "29"  # the customers' and (by default) the company's state: CGST + SGST
STEPS = ("create", "submit", "send", "accept", "confirm")


def amounts(quantity: int, price: Decimal, rate: Decimal) -> dict[str, Any]:
    taxable = quantity * price
    half = (taxable * rate / 200).quantize(Decimal("0.01"))
    components = (
        f'[{{"name": "CGST", "rate": "{rate / 2}", "amount": "{half}"}},'
        f' {{"name": "SGST", "rate": "{rate / 2}", "amount": "{half}"}}]'
    )
    return {
        "gross_amount": taxable,
        "discount_amount": Decimal(0),
        "taxable_amount": taxable,
        "tax_amount": 2 * half,
        "line_total": taxable + 2 * half,
        "tax_components": components,
    }


# --- the raw floor ------------------------------------------------------------------------

INSERT_QUOTE = """INSERT INTO quotes (id, created_at, updated_at, version, number, revision,
    display_number, is_current, customer_id, owner_id, territory_id, status, currency,
    quote_date, valid_until, place_of_supply, supply, subtotal, discount_total,
    taxable_total, tax_total, grand_total, tax_components, tax_breakdown,
    max_discount_percent, needs_approval)
    VALUES ($1, now(), now(), 1, $2, 0, $2, true, $3, $4, $5, 'draft', 'INR', $6, $7, $8,
    'intra_state', $9, 0, $9, $10, $11, $12, $13, 0, false)"""
LINE_COLUMNS = """position, product_id, description, quantity, unit, unit_price,
    price_source, discount_percent, tax_category_id, tax_rate, tax_treatment, currency,
    gross_amount, discount_amount, taxable_amount, tax_amount, line_total, tax_components"""
INSERT_QUOTE_LINES = f"""INSERT INTO quote_lines (id, created_at, updated_at, version,
    quote_id, is_optional, is_selected, {LINE_COLUMNS})
    VALUES ($1, now(), now(), 1, $2, false, false, $3, $4, $5, $6, $7, $8, $9, $10, $11,
    $12, $13, $14, $15, $16, $17, $18, $19, $20)"""
SUBMIT = """UPDATE quotes SET status = 'approved', submitted_at = now(), approved_at = now(),
    approval_digest = $2, updated_at = now(), version = version + 1 WHERE id = $1"""
SEND = """UPDATE quotes SET status = 'sent', sent_at = now(), updated_at = now(),
    version = version + 1 WHERE id = $1"""
ACCEPT = """UPDATE quotes SET status = 'accepted', accepted_at = now(), accepted_by_id = $2,
    sales_order_id = $3, updated_at = now(), version = version + 1 WHERE id = $1"""
INSERT_ORDER = """INSERT INTO sales_orders (id, created_at, updated_at, version, number,
    customer_id, quote_id, owner_id, territory_id, status, currency, order_date,
    payment_terms_days, place_of_supply, warehouse_id, supply, subtotal, discount_total,
    taxable_total, tax_total, grand_total, tax_components, tax_breakdown)
    VALUES ($1, now(), now(), 1, $2, $3, $4, $5, $6, 'draft', 'INR', $7, 30, $8, $9,
    'intra_state', $10, 0, $10, $11, $12, $13, $14)"""
INSERT_ORDER_LINES = f"""INSERT INTO sales_order_lines (id, created_at, updated_at, version,
    sales_order_id, quote_line_id, quantity_delivered, quantity_invoiced, {LINE_COLUMNS})
    VALUES ($1, now(), now(), 1, $2, $3, 0, 0, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
    $14, $15, $16, $17, $18, $19, $20, $21)"""
INSERT_MILESTONE = """INSERT INTO sales_order_milestones (id, created_at, updated_at,
    version, sales_order_id, position, label, kind, value, trigger, currency,
    planned_amount, invoiced_amount, collected_amount)
    VALUES ($1, now(), now(), 1, $2, 1, 'On delivery', 'percent', 100, 'on_delivery',
    'INR', $3, 0, 0)"""
CONFIRM = """UPDATE sales_orders SET status = 'confirmed', confirmed_at = now(),
    updated_at = now(), version = version + 1 WHERE id = $1"""
INSERT_RESERVATIONS = """INSERT INTO stock_reservations (id, created_at, updated_at, version,
    product_id, warehouse_id, document_type, document_id, document_number, line_id,
    quantity_reserved, quantity_waiting)
    VALUES ($1, now(), now(), 1, $2, $3, 'sales_order', $4, $5, $6, $7, 0)"""
RESERVE = """UPDATE stock_balances SET reserved = reserved + $3, updated_at = now(),
    version = version + 1 WHERE product_id = $1 AND warehouse_id = $2"""
# The event stream's rows (core/events.py: one per record created or changed, with its
# snapshot or its changed fields, written in one statement per flush) and the gapless
# counters (core/numbering.py) are rows the API writes in the same transactions: the
# floor writes them too, as one statement per step, from JSON.
EVENT_COLUMNS = (
    "id uuid, occurred_at timestamptz, type text, entity_type text, entity_id uuid, "
    "operation text, version integer, label text, actor_id uuid, actor_kind text, "
    "actor_label text, request_id text, before jsonb, after jsonb, data jsonb, "
    "feed_entity text, feed_id uuid, customer_id uuid, owner_id uuid, parent_id uuid, "
    "prev_owner_id uuid"
)
EVENT_NAMES = ", ".join(column.split()[0] for column in EVENT_COLUMNS.split(", "))
INSERT_EVENTS = f"""INSERT INTO events ({EVENT_NAMES})
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS e({EVENT_COLUMNS})"""
NEXT_NUMBER = """INSERT INTO document_counters (document_type, fiscal_year, last_number)
    VALUES ($1, '2026-27', 1) ON CONFLICT (document_type, fiscal_year)
    DO UPDATE SET last_number = document_counters.last_number + 1 RETURNING last_number"""


def _json_ready(values: dict[str, Any] | None) -> dict[str, Any] | None:
    """Each value as the API's hook writes it in an event (``events.jsonable``)."""
    return None if values is None else {key: jsonable(value) for key, value in values.items()}


def _snapshot(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A created row's snapshot as the API's hook writes it: every column of ``table``
    (those not given as null)."""
    return {name: values.get(name) for name in _COLUMNS[table]}


_COLUMNS: dict[str, list[str]] = {}


async def read_columns(conn: Any) -> None:
    """The columns of the tables whose created rows the floor snapshots (once a run)."""
    for table in _SNAPSHOT_TABLES:
        _COLUMNS[table] = [
            row["column_name"]
            for row in await conn.fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = $1 "
                "AND is_generated = 'NEVER' ORDER BY ordinal_position",
                table,
            )
        ]


_SNAPSHOT_TABLES = (
    "quotes",
    "quote_lines",
    "sales_orders",
    "sales_order_lines",
    "sales_order_milestones",
    "stock_reservations",
)


class _Events:
    """The event rows of one raw step, as the API's session hook writes them: a
    document's own events carry its customer and owner and feed the document; a quote's
    line feeds its quote; an order's lines and milestones name only their parent; a
    reservation its document's number."""

    def __init__(self, actor: dict[str, Any], customer: dict[str, Any]) -> None:
        self.actor, self.customer = actor, customer
        self.rows: list[dict[str, Any]] = []
        self.seconds = 0.0  # spent writing them (and numbering), for the report

    def add(
        self,
        type_: str,
        entity_id: uuid.UUID,
        *,
        version: int,
        after: dict[str, Any],
        before: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
        label: str | None = None,
        document: bool = False,
        feed: tuple[str, uuid.UUID] | None = None,
        parent_id: uuid.UUID | None = None,
    ) -> None:
        started = time.perf_counter()
        entity, action = type_.split(".")
        table = f"{entity}s"
        created = action == "created"
        mine = str(self.actor["id"]) if document else None
        if document:
            feed = (table, entity_id)
        self.rows.append(
            {
                "id": str(new_id()),
                "occurred_at": datetime.now(UTC).isoformat(),
                "type": type_,
                "entity_type": table,
                "entity_id": str(entity_id),
                "operation": "created" if created else "updated",
                "version": version,
                "label": label,
                "actor_id": str(self.actor["id"]),
                "actor_kind": "user",
                "actor_label": self.actor["email"],
                "request_id": uuid.uuid4().hex,
                "before": _json_ready(before),
                "after": _json_ready(_snapshot(table, after) if created else after),
                "data": data or {},
                "feed_entity": feed[0] if feed else None,
                "feed_id": str(feed[1]) if feed else None,
                "customer_id": str(self.customer["id"]) if document else None,
                "owner_id": mine,
                "parent_id": str(parent_id) if parent_id else None,
                "prev_owner_id": mine,
            }
        )
        self.seconds += time.perf_counter() - started

    async def write(self, conn: Any) -> None:
        started = time.perf_counter()
        await conn.execute(INSERT_EVENTS, json.dumps(self.rows))
        self.seconds += time.perf_counter() - started
        self.rows = []


async def raw_sequence(
    conn: Any, world: dict[str, Any], customer: dict[str, Any], lines: list[dict[str, Any]]
) -> dict[str, float]:
    """The same rows by asyncpg, a transaction per step; each step's seconds, and
    (``stream``) those of them spent on the event rows and the document numbers."""
    times: dict[str, float] = {}
    engineer, gst, warehouse = world["engineer"], world["gst"], world["warehouse"]
    quote_id, order_id = new_id(), new_id()
    list_prices = {str(p["id"]): p["list_price"] for p in world["products"]}
    priced = [
        (line, amounts(int(line["quantity"]), list_prices[line["product_id"]], Decimal(18)))
        for line in lines
    ]
    total = sum((a["line_total"] for _, a in priced), Decimal(0))
    tax = sum((a["tax_amount"] for _, a in priced), Decimal(0))
    taxable = total - tax

    def columns(position: int, line: dict[str, Any], amounts: dict[str, Any]) -> tuple[Any, ...]:
        return (
            position,
            uuid.UUID(line["product_id"]),
            "Pump",
            Decimal(line["quantity"]),
            "nos",
            list_prices[line["product_id"]],
            "manual",
            Decimal(0),
            gst["id"],
            Decimal(18),
            "taxable",
            "INR",
            *(amounts[k] for k in ("gross_amount", "discount_amount", "taxable_amount")),
            amounts["tax_amount"],
            amounts["line_total"],
            amounts["tax_components"],
        )

    async def step(name: str, work: Callable[[], Awaitable[None]]) -> None:
        started = time.perf_counter()
        async with conn.transaction():
            await work()
        times[name] = time.perf_counter() - started

    quote_lines = [(new_id(), *columns(n, ln, a)) for n, (ln, a) in enumerate(priced, 1)]
    line_names = [name.strip() for name in LINE_COLUMNS.split(",")]
    events = _Events(engineer, customer)
    # What the quote's and the order's snapshots share: party, terms and totals.
    document = {
        "customer_id": customer["id"],
        "owner_id": engineer["id"],
        "territory_id": customer["territory_id"],
        "status": "draft",
        "currency": "INR",
        "place_of_supply": STATE,
        "supply": "intra_state",
        "subtotal": taxable,
        "taxable_total": taxable,
        "tax_total": tax,
        "grand_total": total,
    }
    numbers: dict[str, str] = {}

    def line_snapshot(row: tuple[Any, ...], **parent: Any) -> dict[str, Any]:
        values = row[-len(line_names) :]
        return {"id": row[0], **parent, **dict(zip(line_names, values, strict=True))}

    async def number(document_type: str) -> str:
        started = time.perf_counter()
        last = await conn.fetchval(NEXT_NUMBER, f"bench_{document_type}")
        events.seconds += time.perf_counter() - started
        return f"RAW/{document_type}/2026-27/{last:05d}"

    async def create() -> None:
        numbers["quote"] = await number("quote")
        await conn.execute(
            INSERT_QUOTE,
            quote_id,
            numbers["quote"],
            customer["id"],
            engineer["id"],
            customer["territory_id"],
            NOW.date(),
            NOW.date() + timedelta(days=30),
            STATE,
            taxable,
            tax,
            total,
            "[]",
            "[]",
        )
        await conn.executemany(
            INSERT_QUOTE_LINES, [(row[0], quote_id, *row[1:]) for row in quote_lines]
        )
        events.add(
            "quote.created",
            quote_id,
            version=1,
            label=numbers["quote"],
            document=True,
            after={
                **document,
                "id": quote_id,
                "number": numbers["quote"],
                "quote_date": NOW.date(),
                "valid_until": NOW.date() + timedelta(days=30),
            },
        )
        for row in quote_lines:
            events.add(
                "quote_line.created",
                row[0],
                version=1,
                after=line_snapshot(row, quote_id=quote_id),
                feed=("quotes", quote_id),
                parent_id=quote_id,
            )
        await events.write(conn)

    digest = hashlib.sha256(str(quote_lines).encode()).hexdigest()

    async def submit() -> None:
        await conn.execute(SUBMIT, quote_id, digest)
        events.add(
            "quote.submitted",
            quote_id,
            version=2,
            label=numbers["quote"],
            document=True,
            before={
                "status": "draft",
                "approved_at": None,
                "submitted_at": None,
                "approval_digest": None,
            },
            after={
                "status": "approved",
                "approved_at": NOW,
                "submitted_at": NOW,
                "approval_digest": digest,
            },
            data={"needs_approval": False},
        )
        await events.write(conn)

    async def send() -> None:
        await conn.execute(SEND, quote_id)
        events.add(
            "quote.sent",
            quote_id,
            version=3,
            label=numbers["quote"],
            document=True,
            before={"status": "approved", "sent_at": None},
            after={"status": "sent", "sent_at": NOW},
        )
        await events.write(conn)

    order_lines = [(new_id(), order_id, row[0], *row[1:]) for row in quote_lines]

    async def accept() -> None:
        numbers["order"] = await number("order")
        await conn.execute(ACCEPT, quote_id, engineer["id"], order_id)
        await conn.execute(
            INSERT_ORDER,
            order_id,
            numbers["order"],
            customer["id"],
            quote_id,
            engineer["id"],
            customer["territory_id"],
            NOW.date(),
            STATE,
            warehouse["id"],
            taxable,
            tax,
            total,
            "[]",
            "[]",
        )
        await conn.executemany(INSERT_ORDER_LINES, order_lines)
        milestone_id = new_id()
        await conn.execute(INSERT_MILESTONE, milestone_id, order_id, total)
        events.add(
            "quote.accepted",
            quote_id,
            version=4,
            label=numbers["quote"],
            document=True,
            before={
                "status": "sent",
                "accepted_at": None,
                "accepted_by_id": None,
                "sales_order_id": None,
            },
            after={
                "status": "accepted",
                "accepted_at": NOW,
                "accepted_by_id": engineer["id"],
                "sales_order_id": order_id,
            },
            data={"sales_order_id": str(order_id)},
        )
        events.add(
            "sales_order.created",
            order_id,
            version=1,
            label=numbers["order"],
            document=True,
            after={
                **document,
                "id": order_id,
                "number": numbers["order"],
                "quote_id": quote_id,
                "order_date": NOW.date(),
                "payment_terms_days": 30,
                "warehouse_id": warehouse["id"],
            },
            data={"quote_id": str(quote_id)},
        )
        for row in order_lines:
            events.add(
                "sales_order_line.created",
                row[0],
                version=1,
                after=line_snapshot(row, sales_order_id=order_id, quote_line_id=row[2]),
                parent_id=order_id,
            )
        events.add(
            "sales_order_milestone.created",
            milestone_id,
            version=1,
            after={
                "id": milestone_id,
                "sales_order_id": order_id,
                "position": 1,
                "label": "On delivery",
                "kind": "percent",
                "value": Decimal(100),
                "trigger": "on_delivery",
                "currency": "INR",
                "planned_amount": total,
            },
            parent_id=order_id,
        )
        await events.write(conn)

    async def confirm() -> None:
        await conn.execute(CONFIRM, order_id)
        held = sorted(
            ((row[4], row[6], row[0]) for row in order_lines), key=lambda item: str(item[0])
        )
        await conn.executemany(
            RESERVE, [(product, warehouse["id"], quantity) for product, quantity, _ in held]
        )
        reservations = [
            (new_id(), product, warehouse["id"], order_id, numbers["order"], line, quantity)
            for product, quantity, line in held
        ]
        await conn.executemany(INSERT_RESERVATIONS, reservations)
        for row in reservations:
            events.add(
                "stock_reservation.created",
                row[0],
                version=1,
                label=numbers["order"],
                after={
                    **dict(
                        zip(
                            ("id", "product_id", "warehouse_id", "document_id"),
                            row[:4],
                            strict=True,
                        )
                    ),
                    "document_type": "sales_order",
                    "document_number": row[4],
                    "line_id": row[5],
                    "quantity_reserved": row[6],
                    "quantity_waiting": Decimal(0),
                },
            )
        events.add(
            "sales_order.confirmed",
            order_id,
            version=2,
            label=numbers["order"],
            document=True,
            before={"status": "draft", "confirmed_at": None},
            after={"status": "confirmed", "confirmed_at": NOW},
            data={"credit_hold": False},
        )
        await events.write(conn)

    for name, work in zip(STEPS, (create, submit, send, accept, confirm), strict=True):
        await step(name, work)
    times["stream"] = events.seconds
    return times
