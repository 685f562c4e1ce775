"""The sales report through HTTP: its sums recomputed from the documents (orders,
invoices, credit notes, deals) to the paisa, per period, dimension and currency, against
the previous window; its filters; scoping per role; CSV and XLSX; bad filters."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_date
from app.customers.models import Customer
from app.products.models import Product, ProductGroup
from app.users.models import User
from tests.conftest import World, auth
from tests.factories.api_keys import create_api_key, key_auth
from tests.factories.catalogue import create_product, create_product_group, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.support.files import read_csv, read_xlsx_typed

API = "/api/v1"
URL = f"{API}/reports/sales"
WINDOW = {"from": "2026-01-01", "to": "2026-02-28"}
JANUARY, FEBRUARY = date(2026, 1, 1), date(2026, 2, 1)
CENT = Decimal("0.01")


@dataclass
class Sale:
    """A document's part in the report, as the test reckons it from the document."""

    seller: uuid.UUID
    territory: uuid.UUID | None
    currency: str
    day: date
    orders: int = 0
    value: Decimal = Decimal(0)
    quantity: Decimal = Decimal(0)
    billed: Decimal = Decimal(0)
    won: int = 0
    lost: int = 0
    by_group: dict[uuid.UUID | None, Decimal] = field(default_factory=dict)
    billed_by_group: dict[uuid.UUID | None, Decimal] = field(default_factory=dict)
    segment: str | None = None


@dataclass
class Books:
    world: World
    pumps: ProductGroup
    valves: ProductGroup
    sales: list[Sale]
    groups_of: dict[uuid.UUID, uuid.UUID | None]


async def _order(
    client: AsyncClient,
    owner: User,
    customer: Customer,
    lines: list[tuple[Product, str, str, str]],
    day: str,
    *,
    confirm: bool = True,
    currency: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer_id": str(customer.id),
        "order_date": day,
        "lines": [
            {
                "product_id": str(product.id),
                "quantity": quantity,
                "unit_price": price,
                "discount_percent": discount,
            }
            for product, quantity, price, discount in lines
        ],
    }
    if currency:
        body["currency"] = currency
    made = await client.post(f"{API}/sales-orders", json=body, headers=auth(owner))
    assert made.status_code == 201, made.text
    order = made.json()
    if confirm:
        confirmed = await client.post(
            f"{API}/sales-orders/{order['id']}/confirm", headers=auth(owner)
        )
        assert confirmed.status_code == 200, confirmed.text
        order = confirmed.json()
    return order  # type: ignore[no-any-return]


def _booked(order: dict[str, Any], owner: User, customer: Customer, groups: dict) -> Sale:
    """An order as the report should count it, from the order's own answer."""
    sale = Sale(
        seller=owner.id,
        territory=customer.territory_id,
        currency=order["currency"],
        day=date.fromisoformat(order["order_date"]),
        orders=1,
        value=Decimal(order["taxable_total"]),
        quantity=sum((Decimal(line["quantity"]) for line in order["lines"]), Decimal(0)),
        segment=(customer.segment_tags or [None])[0],
    )
    for line in order["lines"]:
        group = groups[uuid.UUID(line["product_id"])]
        sale.by_group[group] = sale.by_group.get(group, Decimal(0)) + Decimal(
            line["taxable_amount"]
        )
    return sale


def _billed(invoice: dict[str, Any], seller: User, customer: Customer, groups: dict) -> Sale:
    sign = -1 if invoice["kind"] == "credit_note" else 1
    sale = Sale(
        seller=seller.id,
        territory=customer.territory_id,
        currency=invoice["currency"],
        day=date.fromisoformat(invoice["invoice_date"]),
        billed=sign * Decimal(invoice["taxable_total"]),
        segment=(customer.segment_tags or [None])[0],
    )
    for line in invoice["lines"]:
        group = groups[uuid.UUID(line["product_id"])]
        sale.billed_by_group[group] = sale.billed_by_group.get(group, Decimal(0)) + sign * Decimal(
            line["taxable_amount"]
        )
    return sale


async def _issue(client: AsyncClient, world: World, invoice_id: str, day: str) -> dict[str, Any]:
    issued = await client.post(
        f"{API}/invoices/{invoice_id}/issue", json={"invoice_date": day}, headers=auth(world.head)
    )
    assert issued.status_code == 200, issued.text
    return issued.json()  # type: ignore[no-any-return]


async def _deal(
    session: AsyncSession, owner: User, customer: Customer, stage: str, closed: datetime
) -> Sale:
    deal = await create_opportunity(
        session, owner=owner, customer=customer, stage=await stage_named(session, stage)
    )
    deal.closed_at = closed
    await session.flush()
    won = stage == "Won"
    return Sale(
        seller=owner.id,
        territory=customer.territory_id,
        currency=deal.currency,
        # The company's day counts (20:00 UTC is the next day in India).
        day=company_date(closed),
        won=int(won),
        lost=int(not won),
        segment=(customer.segment_tags or [None])[0],
    )


@pytest.fixture
async def books(client: AsyncClient, session: AsyncSession, world: World) -> Books:
    """Sales of three people of two teams in January and February 2026 (and December
    2025, the previous window's), with what must not count beside them."""
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pumps = await create_product_group(session, name="Pumps")
    valves = await create_product_group(session, name="Valves")
    pump = await create_product(session, tax_category=gst18, group=pumps, list_price="1000")
    valve = await create_product(session, tax_category=gst5, group=valves, list_price="250.5")
    loose = await create_product(session, tax_category=gst18, list_price="75")  # no group
    groups = {pump.id: pumps.id, valve.id: valves.id, loose.id: None}
    mine = await create_customer(
        session, owner=world.engineer, territory=world.north, segment_tags=["industrial"]
    )
    mates = await create_customer(session, owner=world.teammate, territory=world.north)
    theirs = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south, segment_tags=["retail"]
    )
    await session.commit()
    sales: list[Sale] = []
    eng, mate, other = world.engineer, world.teammate, world.engineer_other_team

    first = await _order(
        client, eng, mine, [(pump, "3", "999.99", "7"), (valve, "7", "250.55", "0")], "2026-01-10"
    )
    sales.append(_booked(first, eng, mine, groups))
    second = await _order(
        client, eng, mine, [(valve, "2.5", "250.50", "0"), (loose, "1", "75", "0")], "2026-02-05"
    )
    sales.append(_booked(second, eng, mine, groups))
    sales.append(
        _booked(
            await _order(client, mate, mates, [(pump, "1", "1234.56", "3")], "2026-02-10"),
            mate,
            mates,
            groups,
        )
    )
    sales.append(
        _booked(
            await _order(
                client, other, theirs, [(pump, "2", "800", "0")], "2026-01-20", currency="USD"
            ),
            other,
            theirs,
            groups,
        )
    )
    # The previous window (November-December 2025).
    sales.append(
        _booked(
            await _order(client, eng, mine, [(pump, "1", "500", "0")], "2025-12-05"),
            eng,
            mine,
            groups,
        )
    )
    # Never counted: a draft, a cancelled order, one after the window.
    await _order(client, eng, mine, [(pump, "9", "999", "0")], "2026-02-20", confirm=False)
    cancelled = await _order(client, eng, mine, [(pump, "4", "999", "0")], "2026-01-15")
    gone = await client.post(
        f"{API}/sales-orders/{cancelled['id']}/cancel",
        json={"reason": "Customer changed their mind"},
        headers=auth(eng),
    )
    assert gone.status_code == 200, gone.text
    await _order(client, eng, mine, [(pump, "9", "999", "0")], "2026-03-01")

    # The first order's milestone, billed in January; a credit note in February.
    billed = await client.post(
        f"{API}/sales-orders/{first['id']}/invoices",
        json={"milestone_id": first["milestones"][0]["id"]},
        headers=auth(world.head),
    )
    assert billed.status_code == 201, billed.text
    invoice = await _issue(client, world, billed.json()["id"], "2026-01-25")
    sales.append(_billed(invoice, eng, mine, groups))
    credit = await client.post(
        f"{API}/invoices/{invoice['id']}/credit-notes",
        json={"amount": "100.00", "reason": "Late delivery", "credit_date": "2026-02-03"},
        headers=auth(world.head),
    )
    assert credit.status_code == 201, credit.text
    sales.append(_billed(credit.json(), eng, mine, groups))
    # A direct invoice: its seller is the customer's owner.
    direct = await client.post(
        f"{API}/invoices",
        json={
            "customer_id": str(mine.id),
            "lines": [{"product_id": str(loose.id), "quantity": "4", "unit_price": "75.25"}],
        },
        headers=auth(world.head),
    )
    assert direct.status_code == 201, direct.text
    sales.append(
        _billed(await _issue(client, world, direct.json()["id"], "2026-02-14"), eng, mine, groups)
    )
    # A draft invoice is not billed.
    draft = await client.post(
        f"{API}/invoices",
        json={
            "customer_id": str(theirs.id),
            "lines": [{"product_id": str(pump.id), "quantity": "1", "unit_price": "999"}],
        },
        headers=auth(world.admin),
    )
    assert draft.status_code == 201, draft.text

    # Deals: two won and one lost by the engineer, one lost by the other team.
    sales.append(await _deal(session, eng, mine, "Won", datetime(2026, 1, 12, 8, tzinfo=UTC)))
    sales.append(await _deal(session, eng, mine, "Won", datetime(2026, 2, 27, 20, tzinfo=UTC)))
    sales.append(await _deal(session, eng, mine, "Lost", datetime(2026, 2, 2, 8, tzinfo=UTC)))
    sales.append(await _deal(session, other, theirs, "Lost", datetime(2026, 1, 5, 8, tzinfo=UTC)))
    # Closed at 20:00 UTC on 28 February: 1 March in India, after the window.
    await _deal(session, eng, mine, "Won", datetime(2026, 2, 28, 20, tzinfo=UTC))
    await session.commit()
    return Books(world, pumps, valves, sales, groups)


def _expected(
    sales: list[Sale], key_of: Any, *, start: date, end: date, by_month: bool = True
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """What the report must say, summed here from the documents' own amounts."""
    found: dict[tuple[Any, ...], dict[str, Any]] = defaultdict(
        lambda: {
            "orders": 0,
            "order_value": Decimal(0),
            "quantity": Decimal(0),
            "invoiced_revenue": Decimal(0),
            "won": 0,
            "lost": 0,
        }
    )
    for sale in sales:
        if not start <= sale.day <= end:
            continue
        period = (sale.day.replace(day=1),) if by_month else ()
        figures = found[(*period, key_of(sale), sale.currency)]
        figures["orders"] += sale.orders
        figures["order_value"] += sale.value
        figures["quantity"] += sale.quantity
        figures["invoiced_revenue"] += sale.billed
        figures["won"] += sale.won
        figures["lost"] += sale.lost
    return dict(found)


def _said(figures: dict[str, Any]) -> dict[str, Any]:
    return {
        "orders": figures["orders"],
        "order_value": Decimal(figures["order_value"]),
        "quantity": Decimal(figures["quantity"]),
        "invoiced_revenue": Decimal(figures["invoiced_revenue"]),
        "won": figures["won"],
        "lost": figures["lost"],
    }


def _rows(report: dict[str, Any]) -> dict[tuple[Any, ...], dict[str, Any]]:
    return {
        (
            date.fromisoformat(row["period_start"]),
            row["key"] and uuid.UUID(row["key"]),
            row["currency"],
        ): _said(row)
        for row in report["rows"]
    }


async def _report(client: AsyncClient, user: User, **params: Any) -> dict[str, Any]:
    answer = await client.get(URL, params={**WINDOW, **params}, headers=auth(user))
    assert answer.status_code == 200, answer.text
    return answer.json()  # type: ignore[no-any-return]


async def test_the_admins_report_by_month_equals_the_documents_to_the_paisa(
    client: AsyncClient, books: Books
):
    report = await _report(client, books.world.admin, interval="month")
    expected = _expected(books.sales, lambda s: None, start=JANUARY, end=date(2026, 2, 28))
    assert _rows(report) == expected
    assert report["periods"] == [
        {"start": "2026-01-01", "end": "2026-01-31"},
        {"start": "2026-02-01", "end": "2026-02-28"},
    ]
    assert report["previous_window"] == {"start": "2025-11-01", "end": "2025-12-31"}
    assert report["totals"] == []
    # Per currency, never added across currencies; the previous window beside it.
    inr = next(s for s in report["summary"] if s["currency"] == "INR")
    current = _expected(
        books.sales, lambda s: None, start=JANUARY, end=date(2026, 2, 28), by_month=False
    )[(None, "INR")]
    assert _said(inr["current"]) == current
    before = _expected(
        books.sales, lambda s: None, start=date(2025, 11, 1), end=date(2025, 12, 31), by_month=False
    )[(None, "INR")]
    assert _said(inr["previous"]) == before
    assert [s["currency"] for s in report["summary"]] == ["INR", "USD"]
    # Derived figures: the average deal, the win rate (2 won, 2 lost), the growth.
    value = current["order_value"]
    assert inr["current"]["average_deal_size"] == str((value / current["orders"]).quantize(CENT))
    assert (inr["current"]["won"], inr["current"]["lost"], inr["current"]["win_rate"]) == (
        2,
        2,
        "50",
    )
    growth = ((value - before["order_value"]) * 100 / before["order_value"]).quantize(
        Decimal("0.1")
    )
    assert Decimal(inr["order_value_change_percent"]) == growth
    assert inr["previous"]["invoiced_revenue"] == "0.00"
    assert inr["invoiced_revenue_change_percent"] is None


async def test_by_territory_and_by_seller_with_names_and_totals(client: AsyncClient, books: Books):
    world = books.world
    by_territory = await _report(client, world.admin, dimension="territory")
    assert _rows(by_territory) == _expected(
        books.sales, lambda s: s.territory, start=JANUARY, end=date(2026, 2, 28)
    )
    names = {row["label"] for row in by_territory["rows"]}
    assert names == {"North", "South"}
    totals = {(t["label"], t["currency"]): _said(t["current"]) for t in by_territory["totals"]}
    expected = _expected(
        books.sales, lambda s: s.territory, start=JANUARY, end=date(2026, 2, 28), by_month=False
    )
    assert totals == {
        ("North" if key == world.north.id else "South", currency): figures
        for (key, currency), figures in expected.items()
    }
    by_seller = await _report(client, world.admin, dimension="engineer")
    assert _rows(by_seller) == _expected(
        books.sales, lambda s: s.seller, start=JANUARY, end=date(2026, 2, 28)
    )
    assert {row["label"] for row in by_seller["rows"]} == {
        world.engineer.full_name,
        world.teammate.full_name,
        world.engineer_other_team.full_name,
    }


async def test_by_product_group_splits_lines_and_agrees_with_the_whole(
    client: AsyncClient, books: Books
):
    report = await _report(client, books.world.admin, dimension="product_group")
    value: dict[tuple[Any, ...], Decimal] = defaultdict(Decimal)
    billed: dict[tuple[Any, ...], Decimal] = defaultdict(Decimal)
    orders: dict[tuple[Any, ...], int] = defaultdict(int)
    for sale in books.sales:
        if not JANUARY <= sale.day <= date(2026, 2, 28):
            continue
        month = sale.day.replace(day=1)
        for group, amount in sale.by_group.items():
            value[(month, group, sale.currency)] += amount
            orders[(month, group, sale.currency)] += 1
        for group, amount in sale.billed_by_group.items():
            billed[(month, group, sale.currency)] += amount
    rows = _rows(report)
    assert {k: r["order_value"] for k, r in rows.items() if r["order_value"]} == dict(value)
    assert {k: r["orders"] for k, r in rows.items() if r["orders"]} == dict(orders)
    assert {k: r["invoiced_revenue"] for k, r in rows.items() if r["invoiced_revenue"]} == dict(
        billed
    )
    labels = {row["label"] for row in report["rows"]}
    assert labels == {"Pumps", "Valves", None}  # the loose item has no group
    # Deals carry no group: no win rate by group, but the whole's is the same as ever.
    assert all(row["win_rate"] is None and row["won"] == 0 for row in report["rows"])
    whole = await _report(client, books.world.admin)
    assert report["summary"] == whole["summary"]


async def test_filters_narrow_every_figure(client: AsyncClient, books: Books):
    world = books.world
    end = date(2026, 2, 28)
    cases: list[tuple[dict[str, Any], Any]] = [
        ({"territory_id": str(world.south.id)}, lambda s: s.territory == world.south.id),
        (
            {"team_id": str(world.team.id)},
            lambda s: s.seller in {world.engineer.id, world.teammate.id},
        ),
        ({"engineer_id": str(world.teammate.id)}, lambda s: s.seller == world.teammate.id),
        ({"segment": "industrial"}, lambda s: s.segment == "industrial"),
    ]
    for params, keep in cases:
        report = await _report(client, world.admin, **params)
        chosen = [sale for sale in books.sales if keep(sale)]
        assert _rows(report) == _expected(chosen, lambda s: None, start=JANUARY, end=end), params
    pumps = await _report(client, world.admin, product_group_id=str(books.pumps.id))
    value: dict[tuple[Any, ...], Decimal] = defaultdict(Decimal)
    for sale in books.sales:
        if JANUARY <= sale.day <= end and books.pumps.id in sale.by_group:
            value[(sale.day.replace(day=1), None, sale.currency)] += sale.by_group[books.pumps.id]
    assert {k: r["order_value"] for k, r in _rows(pumps).items()} == dict(value)
    assert all(s["current"]["win_rate"] is None for s in pumps["summary"])
    nobody = await _report(client, world.admin, segment="no such segment")
    assert (nobody["rows"], nobody["summary"]) == ([], [])


async def test_an_engineer_sees_only_their_own_sales_and_a_head_their_teams(
    client: AsyncClient, books: Books
):
    world = books.world
    end = date(2026, 2, 28)
    for user, sellers in (
        (world.engineer, {world.engineer.id}),
        (world.head, {world.engineer.id, world.teammate.id}),
        (world.other_head, {world.engineer_other_team.id}),
    ):
        report = await _report(client, user, dimension="engineer")
        chosen = [sale for sale in books.sales if sale.seller in sellers]
        assert _rows(report) == _expected(chosen, lambda s: s.seller, start=JANUARY, end=end)
        assert {uuid.UUID(row["key"]) for row in report["rows"]} == sellers
    mine = await _report(client, world.engineer)
    assert [
        (s["current"]["won"], s["current"]["lost"], s["current"]["win_rate"])
        for s in mine["summary"]
    ] == [(2, 1, "66.7")]
    # Naming someone out of reach answers nothing of theirs.
    sneaky = await _report(client, world.engineer, engineer_id=str(world.engineer_other_team.id))
    assert (sneaky["rows"], sneaky["summary"]) == ([], [])


async def test_an_api_key_with_the_reports_scope_reads_its_row_scope(
    client: AsyncClient, session: AsyncSession, books: Books
):
    world = books.world
    _, secret = await create_api_key(
        session, by=world.admin, scopes=["reports:read"], team=world.other_team
    )
    answer = await client.get(URL, params=WINDOW, headers=key_auth(secret))
    assert answer.status_code == 200, answer.text
    chosen = [s for s in books.sales if s.seller == world.engineer_other_team.id]
    assert _rows(answer.json()) == _expected(
        chosen, lambda s: None, start=JANUARY, end=date(2026, 2, 28)
    )
    _, other = await create_api_key(session, by=world.admin, scopes=["invoices:read"])
    refused = await client.get(URL, params=WINDOW, headers=key_auth(other))
    assert (refused.status_code, refused.json()["code"]) == (403, "auth.missing_scope")


async def test_weeks_and_days_are_clipped_to_the_window(client: AsyncClient, books: Books):
    report = await _report(
        client, books.world.admin, interval="week", **{"from": "2026-01-01", "to": "2026-01-31"}
    )
    # 1 January 2026 is a Thursday: the first week is 1-4 January.
    assert report["periods"][0] == {"start": "2026-01-01", "end": "2026-01-04"}
    assert report["periods"][-1] == {"start": "2026-01-26", "end": "2026-01-31"}
    starts = {row["period_start"] for row in report["rows"]}
    assert starts <= {p["start"] for p in report["periods"]}
    # The order of 10 January falls in the week of Monday 5 January.
    assert "2026-01-05" in starts
    assert report["previous_window"] == {"start": "2025-12-01", "end": "2025-12-31"}
    days = await _report(
        client, books.world.admin, interval="day", **{"from": "2026-01-10", "to": "2026-01-12"}
    )
    assert [p["start"] for p in days["periods"]] == ["2026-01-10", "2026-01-11", "2026-01-12"]
    # A window not of whole months: the previous one is as many days before.
    assert days["previous_window"] == {"start": "2026-01-07", "end": "2026-01-09"}


async def test_csv_and_xlsx_hold_the_same_figures(client: AsyncClient, books: Books):
    world = books.world
    report = await _report(client, world.admin, dimension="territory")
    as_csv = await client.get(
        URL, params={**WINDOW, "dimension": "territory", "format": "csv"}, headers=auth(world.admin)
    )
    assert as_csv.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    lines = read_csv(as_csv.content)
    periods = [line for line in lines if line["row"] == "period"]
    assert len(periods) == len(report["rows"])
    for line, row in zip(periods, report["rows"], strict=True):
        assert (line["period_start"], line["label"], line["currency"]) == (
            row["period_start"],
            row["label"],
            row["currency"],
        )
        assert (line["order_value"], line["invoiced_revenue"], line["orders"]) == (
            row["order_value"],
            row["invoiced_revenue"],
            str(row["orders"]),
        )
    everything = [line for line in lines if line["row"] == "all"]
    assert [(a["currency"], a["order_value"], a["previous_order_value"]) for a in everything] == [
        (s["currency"], s["current"]["order_value"], s["previous"]["order_value"])
        for s in report["summary"]
    ]

    as_xlsx = await client.get(
        URL,
        params={**WINDOW, "dimension": "territory", "format": "xlsx"},
        headers=auth(world.admin),
    )
    assert as_xlsx.status_code == 200
    assert as_xlsx.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    header, *cells = read_xlsx_typed(as_xlsx.content)
    column = {name: index for index, name in enumerate(header)}
    first, row = cells[0], report["rows"][0]
    # Typed cells: dates are dates, amounts and counts are numbers (exact), text is text.
    assert first[column["period_start"]] == date.fromisoformat(row["period_start"])
    assert first[column["order_value"]] == Decimal(row["order_value"])
    assert first[column["orders"]] == row["orders"]
    assert isinstance(first[column["order_value"]], Decimal)
    assert first[column["label"]] == row["label"]
    assert sum(
        (
            line[column["order_value"]]
            for line in cells
            if line[0] == "period" and line[column["currency"]] == "INR"
        ),
        Decimal(0),
    ) == Decimal(
        next(s for s in report["summary"] if s["currency"] == "INR")["current"]["order_value"]
    )


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"from": "2026-03-01", "to": "2026-02-01"}, "to"),
        ({"from": "2026-02-30"}, "from"),
        ({"interval": "year"}, "interval"),
        ({"dimension": "customer"}, "dimension"),
        ({"territory_id": "north"}, "territory_id"),
        ({"engineer_id": "12"}, "engineer_id"),
        ({"segment": ""}, "segment"),
        ({"format": "pdf"}, "format"),
        ({"interval": "day", "from": "2024-01-01", "to": "2026-01-01"}, "interval"),
        ({"from": "2000-01-01", "to": "2026-01-01"}, "from"),
        ({"from": "9999-12-31", "to": "9999-12-31"}, "from"),
        ({"to": "0001-01-01"}, "to"),
    ],
)
async def test_a_bad_filter_is_a_422_naming_it(
    client: AsyncClient, world: World, params: dict[str, str], field: str
):
    answer = await client.get(URL, params=params, headers=auth(world.engineer))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert [error["loc"] for error in answer.json()["errors"]] == [["query", field]]


async def test_the_default_window_is_this_month_and_the_eleven_before(
    client: AsyncClient, world: World
):
    answer = await client.get(URL, headers=auth(world.engineer))
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert len(report["periods"]) == 12
    assert report["periods"][0]["start"].endswith("-01")
    assert (report["rows"], report["summary"]) == ([], [])


async def test_a_month_to_date_is_compared_with_the_same_days_before(
    client: AsyncClient, books: Books
):
    report = await _report(client, books.world.admin, **{"from": "2026-02-01", "to": "2026-02-14"})
    assert report["previous_window"] == {"start": "2026-01-01", "end": "2026-01-14"}
    (inr,) = report["summary"]  # the USD order of 20 January falls between the windows
    before = _expected(
        books.sales, lambda s: None, start=JANUARY, end=date(2026, 1, 14), by_month=False
    )[(None, "INR")]
    assert _said(inr["previous"]) == before
    assert (inr["previous"]["orders"], inr["previous"]["won"]) == (1, 1)
