"""Sales orders through HTTP: from an accepted quote at its approved prices, direct
orders priced from the list, milestones, the status machine, the deal won on
confirmation, scoping, lists and bad input."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import clock
from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.opportunities import create_opportunity, stage_named
from tests.factories.sales_orders import create_sales_order

URL = "/api/v1/sales-orders"
QUOTES = "/api/v1/quotes"
IF_MATCH = {"If-Match": "*"}


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    """A Karnataka customer (the company's state: CGST + SGST) of the engineer's, with
    45-day payment terms; products at 18 % and 5 %, the pump priced by a default list."""
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, list_price="1000", name="Pump")
    valve = await create_product(session, tax_category=gst5, list_price="250.5", name="Valve")
    await create_price_list(session, scope=PriceListScope.DEFAULT, lines=[(pump, "1", "900")])
    local = await create_customer(
        session, owner=world.engineer, territory=world.north, name="Bengaluru Pumps"
    )
    local.addresses[0].state_code = "29"
    local.payment_terms_days = 45
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    return {"pump": pump, "valve": valve, "local": local, "foreign": foreign}


def _line(product: Any, quantity: str = "1", **extra: Any) -> dict[str, Any]:
    return {"product_id": str(product.id), "quantity": quantity, **extra}


def _milestone(label: str, kind: str, value: str, trigger: str, **extra: Any) -> dict[str, Any]:
    return {"label": label, "kind": kind, "value": value, "trigger": trigger, **extra}


async def _create(client: AsyncClient, user: Any, body: dict[str, Any]) -> dict[str, Any]:
    answer = await client.post(URL, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def _act(client: AsyncClient, user: Any, order: dict[str, Any], action: str, body=None):
    return await client.post(f"{URL}/{order['id']}/{action}", json=body, headers=auth(user))


# --- from a quote ----------------------------------------------------------------------


async def test_accepting_a_quote_makes_its_order_at_the_approved_prices_with_the_chosen_lines(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = (
        await client.post(
            QUOTES,
            json={
                "customer_id": str(setup["local"].id),
                "terms": "Ex works",
                "lines": [
                    _line(setup["pump"], "3", discount_percent="5"),
                    _line(setup["valve"], "2", unit_price="199.99"),
                    _line(setup["valve"], "4", is_optional=True),
                    _line(setup["pump"], "1", is_optional=True),
                ],
            },
            headers=auth(world.engineer),
        )
    ).json()
    for action in ("submit", "send"):
        answer = await client.post(f"{QUOTES}/{quote['id']}/{action}", headers=auth(world.engineer))
        assert answer.status_code == 200, answer.text
    chosen = quote["lines"][2]["id"]
    accept = {
        "chosen_optional_line_ids": [chosen],
        "location": {"lat": 12.97, "lon": 77.59, "accuracy_m": 9},
    }
    accepted = await client.post(
        f"{QUOTES}/{quote['id']}/accept", json=accept, headers=auth(world.engineer)
    )
    assert accepted.status_code == 200, accepted.text
    accepted_quote = accepted.json()
    assert accepted_quote["sales_order_id"] is not None
    order = (
        await client.get(f"{URL}/{accepted_quote['sales_order_id']}", headers=auth(world.engineer))
    ).json()
    assert order["number"].startswith("SO/") and order["status"] == "draft"
    assert (order["quote_id"], order["customer_id"], order["owner_id"]) == (
        quote["id"],
        str(setup["local"].id),
        str(world.engineer.id),
    )
    # The counted lines only (two ordered, the chosen optional), at the quote's prices.
    quote_lines = {line["id"]: line for line in accepted_quote["lines"]}
    assert [line["quote_line_id"] for line in order["lines"]] == [
        quote["lines"][0]["id"],
        quote["lines"][1]["id"],
        chosen,
    ]
    priced = ("unit_price", "discount_percent", "taxable_amount", "tax_components", "line_total")
    for line in order["lines"]:
        source = quote_lines[line["quote_line_id"]]
        assert {k: line[k] for k in priced} == {k: source[k] for k in priced}
        assert (line["quantity_delivered"], line["quantity_invoiced"]) == ("0", "0")
    totals = ("subtotal", "discount_total", "taxable_total", "tax_total", "grand_total")
    assert {k: order[k] for k in totals} == {k: accepted_quote[k] for k in totals}
    assert order["tax_breakdown"] == accepted_quote["tax_breakdown"]
    assert order["grand_total"] == "4498.78"  # 3026.70 + 419.98 + 1052.10 (the chosen valves)
    assert (order["terms"], order["payment_terms_days"]) == ("Ex works", 45)
    assert (order["created_lat"], order["created_lon"], order["created_accuracy_m"]) == (
        12.97,
        77.59,
        9.0,
    )
    # The default plan: everything on delivery.
    assert [
        (m["kind"], m["value"], m["trigger"], m["planned_amount"]) for m in order["milestones"]
    ] == [("percent", "100", "on_delivery", "4498.78")]
    # Accepting again answers the same quote and the same order.
    again = await client.post(
        f"{QUOTES}/{quote['id']}/accept", json=accept, headers=auth(world.engineer)
    )
    assert again.status_code == 200
    assert again.json()["sales_order_id"] == accepted_quote["sales_order_id"]
    listed = (
        await client.get(URL, params={"q": order["number"]}, headers=auth(world.engineer))
    ).json()
    assert [o["id"] for o in listed["items"]] == [order["id"]]


async def test_a_quote_not_approved_as_it_stands_makes_no_order(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = (
        await client.post(
            QUOTES,
            json={"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]},
            headers=auth(world.engineer),
        )
    ).json()
    refused = await client.post(
        f"{QUOTES}/{quote['id']}/accept", json={}, headers=auth(world.engineer)
    )
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")
    listed = (await client.get(URL, headers=auth(world.engineer))).json()
    assert listed["items"] == []


# --- direct orders ---------------------------------------------------------------------


async def test_a_direct_order_is_priced_from_the_list_and_numbered_in_its_fiscal_year(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    body = {
        "customer_id": str(setup["local"].id),
        "order_date": "2026-04-01",
        "customer_po_number": "PO-7781",
        "customer_po_date": "2026-03-28",
        "delivery_terms": "Door delivery",
        "payment_terms_days": 60,
        "delivery_address": "Plot 4, Peenya, Bengaluru",
        "lines": [
            _line(setup["pump"], "2"),
            _line(setup["valve"], "3", unit_price="100", discount_percent="10"),
        ],
        "location": {"lat": 12.9, "lon": 77.5},
    }
    first = await _create(client, world.engineer, body)
    second = await _create(client, world.engineer, {**body, "order_date": "2027-03-31"})
    n = int(first["number"].rsplit("/", 1)[1])
    assert first["number"] == f"SO/2026-27/{n:05d}"
    assert second["number"] == f"SO/2026-27/{n + 1:05d}"
    pump, valve = first["lines"]
    assert (pump["unit_price"], pump["price_source"], pump["taxable_amount"]) == (
        "900.0000",
        "default_list",
        "1800.00",
    )
    assert (valve["price_source"], valve["taxable_amount"]) == ("manual", "270.00")
    # 1800 + 324.00 (18 %) + 270 + 13.50 (5 %)
    assert (first["taxable_total"], first["tax_total"], first["grand_total"]) == (
        "2070.00",
        "337.50",
        "2407.50",
    )
    assert first["tax_components"] == [
        {"name": "CGST", "amount": "168.75"},
        {"name": "SGST", "amount": "168.75"},
    ]
    assert (first["customer_po_number"], first["customer_po_date"]) == ("PO-7781", "2026-03-28")
    assert (first["payment_terms_days"], first["delivery_terms"]) == (60, "Door delivery")
    assert (first["created_lat"], first["created_accuracy_m"]) == (12.9, None)


async def test_an_order_taken_after_midnight_in_india_is_dated_and_numbered_that_day(
    client: AsyncClient, world: World, setup: dict[str, Any], monkeypatch: pytest.MonkeyPatch
):
    # 20:00 UTC on 31 March is 01:30 on 1 April in India: a new day and a new fiscal year
    # for the company, while the server's UTC date is still the old one.
    monkeypatch.setattr(clock, "utcnow", lambda: datetime(2027, 3, 31, 20, 0, tzinfo=UTC))
    body = {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]}
    order = await _create(client, world.engineer, body)
    assert order["order_date"] == "2027-04-01"
    assert order["number"].startswith("SO/2027-28/")


async def test_the_customer_s_terms_and_address_are_the_defaults(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    order = await _create(
        client,
        world.engineer,
        {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]},
    )
    assert order["payment_terms_days"] == 45
    assert order["delivery_address"]
    assert order["created_lat"] is None


async def test_creating_with_the_same_id_or_key_twice_makes_one_order(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    order_id = str(uuid.uuid4())
    body = {"id": order_id, "customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]}
    first = await client.post(URL, json=body, headers=auth(world.engineer))
    again = await client.post(URL, json=body, headers=auth(world.engineer))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["number"] == first.json()["number"]
    keyed = {**auth(world.engineer), "Idempotency-Key": "order-once"}
    plain = {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]}
    one = await client.post(URL, json=plain, headers=keyed)
    two = await client.post(URL, json=plain, headers=keyed)
    assert one.status_code == two.status_code == 201
    assert one.json()["id"] == two.json()["id"]
    listed = (await client.get(URL, headers=auth(world.engineer))).json()
    assert len(listed["items"]) == 2


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"customer_id": "00000000-0000-7000-8000-000000000000"}, ["body", "customer_id"]),
        (
            {"lines": [{"product_id": "00000000-0000-7000-8000-000000000000", "quantity": "1"}]},
            ["body", "lines", 0, "product_id"],
        ),
        ({"lines": [{"product_id": "{pump}", "quantity": "0"}]}, ["body", "lines", 0, "quantity"]),
        ({"payment_terms_days": -1}, ["body", "payment_terms_days"]),
        ({"currency": "XXX"}, ["body", "currency"]),
        ({"location": {"lat": 91, "lon": 0}}, ["body", "location", "lat"]),
        (
            {"milestones": [_milestone("Half", "percent", "50", "on_delivery")]},
            ["body", "milestones"],
        ),
        (
            {"milestones": [_milestone("Later", "percent", "100", "on_date")]},
            ["body", "milestones", 0],
        ),
    ],
)
async def test_bad_input_is_a_422_naming_the_field_and_takes_no_number(
    client: AsyncClient, world: World, setup: dict[str, Any], change: dict[str, Any], loc: list
):
    body = {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])], **change}
    if "lines" in change:
        body["lines"] = [
            {**line, "product_id": str(setup["pump"].id)}
            if line["product_id"] == "{pump}"
            else line
            for line in change["lines"]
        ]
    answer = await client.post(URL, json=body, headers=auth(world.engineer))
    assert answer.status_code == 422, answer.text
    assert [e["loc"][: len(loc)] for e in answer.json()["errors"]] == [loc]
    ok = await _create(
        client,
        world.engineer,
        {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]},
    )
    assert ok["number"].endswith("/00001")


# --- milestones ------------------------------------------------------------------------


async def test_percent_milestones_round_to_the_paisa_and_the_last_takes_the_remainder(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    # 3 x 33.33 at 5 %: taxable 99.99, tax 5.00 -> grand total 104.99
    order = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "lines": [_line(setup["valve"], "3", unit_price="33.33")],
            "milestones": [
                _milestone("Advance", "percent", "30", "on_confirmation"),
                _milestone("Delivery", "percent", "60", "on_delivery"),
                _milestone("Installation", "percent", "10", "on_installation"),
            ],
        },
    )
    assert order["grand_total"] == "104.99"
    planned = [m["planned_amount"] for m in order["milestones"]]
    # 31.497 -> 31.50, 62.994 -> 62.99, and 104.99 - 94.49 = 10.50 (not 10.499 -> 10.50)
    assert planned == ["31.50", "62.99", "10.50"]
    assert sum(Decimal(p) for p in planned) == Decimal(order["grand_total"])
    assert {(m["invoiced_amount"], m["collected_amount"]) for m in order["milestones"]} == {
        ("0.00", "0.00")
    }


async def test_an_amount_plan_must_add_up_exactly_and_can_mix_with_percents(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    order = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "lines": [_line(setup["valve"], "1", unit_price="1000")],
        },
    )
    assert order["grand_total"] == "1050.00"
    url = f"{URL}/{order['id']}/milestones"
    short = {"milestones": [_milestone("Advance", "amount", "500", "on_confirmation")]}
    refused = await client.put(url, json=short, headers={**auth(world.engineer), **IF_MATCH})
    assert refused.status_code == 422
    (error,) = refused.json()["errors"]
    assert error["loc"] == ["body", "milestones"]
    assert "500.00" in error["msg"] and "1050.00" in error["msg"]
    plan = {
        "milestones": [
            _milestone("Advance", "amount", "250", "on_confirmation"),
            _milestone("Balance", "percent", "76.1904761904", "on_date", due_date="2027-01-31"),
        ]
    }
    odd = await client.put(url, json=plan, headers={**auth(world.engineer), **IF_MATCH})
    assert odd.status_code == 422  # more places than a value keeps
    plan["milestones"][1] = _milestone("Balance", "amount", "800", "on_date", due_date="2027-01-31")
    saved = await client.put(url, json=plan, headers={**auth(world.engineer), **IF_MATCH})
    assert saved.status_code == 200, saved.text
    assert [(m["planned_amount"], m["due_date"]) for m in saved.json()["milestones"]] == [
        ("250.00", None),
        ("800.00", "2027-01-31"),
    ]
    stale = await client.put(url, json=plan, headers={**auth(world.engineer), "If-Match": '"1"'})
    assert stale.status_code == 412
    missing = await client.put(url, json=plan, headers=auth(world.engineer))
    assert missing.status_code == 428


async def test_new_lines_re_plan_percent_milestones_and_refuse_an_amount_plan_off_the_total(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    order = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "lines": [_line(setup["valve"], "1", unit_price="1000")],
            "milestones": [
                _milestone("Advance", "percent", "40", "on_confirmation"),
                _milestone("Rest", "percent", "60", "on_delivery"),
            ],
        },
    )
    headers = {**auth(world.engineer), **IF_MATCH}
    bigger = {"lines": [_line(setup["valve"], "2", unit_price="1000")]}
    changed = await client.patch(f"{URL}/{order['id']}", json=bigger, headers=headers)
    assert changed.status_code == 200, changed.text
    assert [m["planned_amount"] for m in changed.json()["milestones"]] == ["840.00", "1260.00"]
    fixed = {"milestones": [_milestone("All", "amount", "2100", "on_delivery")]}
    assert (
        await client.patch(f"{URL}/{order['id']}", json=fixed, headers=headers)
    ).status_code == 200
    smaller = await client.patch(
        f"{URL}/{order['id']}",
        json={"lines": [_line(setup["valve"], "1", unit_price="1000")]},
        headers=headers,
    )
    assert smaller.status_code == 422
    assert smaller.json()["errors"][0]["loc"] == ["body", "milestones"]
    after = (await client.get(f"{URL}/{order['id']}", headers=auth(world.engineer))).json()
    assert after["grand_total"] == "2100.00"  # the refused edit changed nothing


# --- the status machine and the deal ------------------------------------------------------


async def test_confirming_wins_the_open_deal_and_only_a_draft_is_edited(
    client: AsyncClient, world: World, session: AsyncSession, setup: dict[str, Any]
):
    deal = await create_opportunity(
        session,
        owner=world.engineer,
        customer=setup["local"],
        stage=await stage_named(session, "Advance"),
    )
    await session.commit()
    order = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "opportunity_id": str(deal.id),
            "lines": [_line(setup["pump"])],
        },
    )
    confirmed = await _act(client, world.engineer, order, "confirm")
    assert confirmed.status_code == 200, confirmed.text
    assert (confirmed.json()["status"], confirmed.json()["confirmed_at"] is not None) == (
        "confirmed",
        True,
    )
    won = (
        await client.get(f"/api/v1/opportunities/{deal.id}", headers=auth(world.engineer))
    ).json()
    assert (won["status"], won["probability"]) == ("won", 100)
    again = await _act(client, world.engineer, order, "confirm")
    assert (again.status_code, again.json()["code"]) == (409, "sales_orders.invalid_transition")
    edit = await client.patch(
        f"{URL}/{order['id']}", json={"notes": "x"}, headers={**auth(world.engineer), **IF_MATCH}
    )
    assert (edit.status_code, edit.json()["code"]) == (409, "sales_orders.not_editable")
    # Milestones still change while confirmed and nothing is invoiced.
    plan = {"milestones": [_milestone("On confirmation", "percent", "100", "on_confirmation")]}
    replanned = await client.put(
        f"{URL}/{order['id']}/milestones", json=plan, headers={**auth(world.engineer), **IF_MATCH}
    )
    assert replanned.status_code == 200, replanned.text
    closed = await _act(client, world.engineer, order, "close")
    assert (closed.status_code, closed.json()["code"]) == (409, "sales_orders.invalid_transition")
    cancelled = await _act(client, world.engineer, order, "cancel", {"reason": "Customer withdrew"})
    assert (cancelled.json()["status"], cancelled.json()["cancellation_reason"]) == (
        "cancelled",
        "Customer withdrew",
    )
    locked = await client.put(
        f"{URL}/{order['id']}/milestones", json=plan, headers={**auth(world.engineer), **IF_MATCH}
    )
    assert (locked.status_code, locked.json()["code"]) == (409, "sales_orders.milestones_locked")


async def test_a_closed_deal_stays_as_it_is_and_an_order_without_lines_is_not_confirmed(
    client: AsyncClient, world: World, session: AsyncSession, setup: dict[str, Any]
):
    lost = await create_opportunity(
        session,
        owner=world.engineer,
        customer=setup["local"],
        stage=await stage_named(session, "Lost"),
    )
    await session.commit()
    empty = await _create(
        client,
        world.engineer,
        {"customer_id": str(setup["local"].id), "opportunity_id": str(lost.id)},
    )
    refused = await _act(client, world.engineer, empty, "confirm")
    assert (refused.status_code, refused.json()["code"]) == (409, "sales_orders.no_lines")
    patched = await client.patch(
        f"{URL}/{empty['id']}",
        json={"lines": [_line(setup["pump"])]},
        headers={**auth(world.engineer), **IF_MATCH},
    )
    assert patched.json()["milestones"][0]["planned_amount"] == patched.json()["grand_total"]
    assert (await _act(client, world.engineer, empty, "confirm")).status_code == 200
    deal = (
        await client.get(f"/api/v1/opportunities/{lost.id}", headers=auth(world.engineer))
    ).json()
    assert deal["status"] == "lost"


# --- scoping and lists -------------------------------------------------------------------


async def test_each_role_sees_its_scope_and_anything_else_is_a_404(
    client: AsyncClient, world: World, session: AsyncSession, setup: dict[str, Any]
):
    product = setup["pump"]
    mine = await create_sales_order(
        session, owner=world.engineer, customer=setup["local"], lines=[(product, "1", "10", "0")]
    )
    teammates_customer = await create_customer(session, owner=world.teammate, territory=world.north)
    teammates = await create_sales_order(
        session,
        owner=world.teammate,
        customer=teammates_customer,
        lines=[(product, "1", "10", "0")],
    )
    theirs = await create_sales_order(
        session,
        owner=world.engineer_other_team,
        customer=setup["foreign"],
        lines=[(product, "1", "10", "0")],
    )
    await session.commit()

    async def listed(user: Any) -> set[str]:
        return {o["id"] for o in (await client.get(URL, headers=auth(user))).json()["items"]}

    assert await listed(world.engineer) == {str(mine.id)}
    assert await listed(world.head) == {str(mine.id), str(teammates.id)}
    assert await listed(world.admin) == {str(mine.id), str(teammates.id), str(theirs.id)}
    for user, order in (
        (world.engineer, teammates),
        (world.engineer, theirs),
        (world.head, theirs),
    ):
        answer = await client.get(f"{URL}/{order.id}", headers=auth(user))
        assert (answer.status_code, answer.json()["code"]) == (404, "sales_orders.not_found")
        action = await client.post(f"{URL}/{order.id}/confirm", headers=auth(user))
        assert action.status_code == 404
    assert (await client.get(f"{URL}/{theirs.id}", headers=auth(world.admin))).status_code == 200


async def test_lists_filter_by_status_customer_deal_and_po_number(
    client: AsyncClient, world: World, session: AsyncSession, setup: dict[str, Any]
):
    other = await create_customer(session, owner=world.engineer, territory=world.north)
    deal = await create_opportunity(session, owner=world.engineer, customer=other)
    await session.commit()
    a = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "customer_po_number": "PO-ALPHA-9",
            "lines": [_line(setup["pump"])],
        },
    )
    b = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(other.id),
            "opportunity_id": str(deal.id),
            "lines": [_line(setup["pump"])],
        },
    )
    await _act(client, world.engineer, b, "confirm")

    async def ids(**params: str) -> list[str]:
        answer = await client.get(URL, params=params, headers=auth(world.engineer))
        assert answer.status_code == 200, answer.text
        return [o["id"] for o in answer.json()["items"]]

    assert await ids(status="confirmed") == [b["id"]]
    assert await ids(status="draft") == [a["id"]]
    assert await ids(customer_id=str(setup["local"].id)) == [a["id"]]
    assert await ids(opportunity_id=str(deal.id)) == [b["id"]]
    assert await ids(q="alpha-9") == [a["id"]]
    assert await ids(q=b["number"]) == [b["id"]]
    assert await ids(sort="number") == [a["id"], b["id"]]
    assert await ids(limit="1", sort="-number") == [b["id"]]
    bad = await client.get(URL, params={"status": "shipped"}, headers=auth(world.engineer))
    assert bad.status_code == 422


async def test_the_list_costs_the_same_statements_for_few_or_many_orders(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    setup: dict[str, Any],
    count_statements,
):
    product = setup["pump"]
    await create_sales_order(
        session, owner=world.engineer, customer=setup["local"], lines=[(product, "1", "10", "0")]
    )
    await session.commit()
    with count_statements() as few:
        await client.get(URL, headers=auth(world.engineer))
    for _ in range(12):
        await create_sales_order(
            session,
            owner=world.engineer,
            customer=setup["local"],
            lines=[(product, "2", "10", "0")],
        )
    await session.commit()
    with count_statements() as many:
        answer = await client.get(URL, headers=auth(world.engineer))
        one = await client.get(
            f"{URL}/{answer.json()['items'][0]['id']}", headers=auth(world.engineer)
        )
    assert len(answer.json()["items"]) == 13
    assert one.status_code == 200
    assert many.n - few.n <= few.n  # the single read adds at most what a list costs
    with count_statements() as again:
        await client.get(URL, headers=auth(world.engineer))
    assert again.n == few.n


async def test_a_head_accepting_leaves_the_order_to_its_engineer(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = (
        await client.post(
            QUOTES,
            json={"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]},
            headers=auth(world.engineer),
        )
    ).json()
    for action in ("submit", "send"):
        await client.post(f"{QUOTES}/{quote['id']}/{action}", headers=auth(world.engineer))
    accepted = await client.post(
        f"{QUOTES}/{quote['id']}/accept", json={}, headers=auth(world.head)
    )
    assert accepted.status_code == 200, accepted.text
    order_id = accepted.json()["sales_order_id"]
    order = (await client.get(f"{URL}/{order_id}", headers=auth(world.engineer))).json()
    assert (order["owner_id"], order["created_lat"]) == (str(world.engineer.id), None)
    other = await client.get(f"{URL}/{order_id}", headers=auth(world.engineer_other_team))
    assert other.status_code == 404


async def test_an_order_is_the_callers_unless_they_name_someone_they_manage(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    body = {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"])]}
    own = await _create(client, world.engineer, body)
    assert own["owner_id"] == str(world.engineer.id)
    for_teammate = await client.post(
        URL, json={**body, "owner_id": str(world.teammate.id)}, headers=auth(world.engineer)
    )
    assert for_teammate.status_code == 422
    assert for_teammate.json()["errors"][0]["loc"] == ["body", "owner_id"]
    by_head = await _create(client, world.head, {**body, "owner_id": str(world.teammate.id)})
    assert by_head["owner_id"] == str(world.teammate.id)
    other_team = await client.post(
        URL,
        json={**body, "owner_id": str(world.engineer_other_team.id)},
        headers=auth(world.head),
    )
    assert other_team.status_code == 422
