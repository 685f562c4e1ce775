"""Quotes through HTTP: pricing and GST, the approval flow and every way around it,
revisions, acceptance, scoping, lists and bad input."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.price_lists.models import PriceListScope
from tests.conftest import World, auth
from tests.factories.catalogue import create_price_list, create_product, create_tax_category
from tests.factories.customers import create_customer

URL = "/api/v1/quotes"


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    """A Karnataka customer (the company's state: intra-state), a Delhi one (inter-state),
    both the engineer's; products at 18 % and 5 %, the first priced by a default list."""
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, list_price="1000", name="Pump")
    valve = await create_product(session, tax_category=gst5, list_price="250.5", name="Valve")
    await create_price_list(
        session, scope=PriceListScope.DEFAULT, lines=[(pump, "1", "900"), (pump, "10", "850")]
    )
    local = await create_customer(
        session, owner=world.engineer, territory=world.north, name="Bengaluru Pumps"
    )
    local.addresses[0].state_code = "29"
    delhi = await create_customer(session, owner=world.engineer, territory=world.north)
    delhi.addresses[0].state_code = "07"
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    return {"pump": pump, "valve": valve, "local": local, "delhi": delhi, "foreign": foreign}


def _body(customer: Any, *lines: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"customer_id": str(customer.id), "lines": list(lines), **extra}


def _line(product: Any, quantity: str = "1", **extra: Any) -> dict[str, Any]:
    return {"product_id": str(product.id), "quantity": quantity, **extra}


async def _create(client: AsyncClient, user: Any, body: dict[str, Any]) -> dict[str, Any]:
    answer = await client.post(URL, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def _act(
    client: AsyncClient, user: Any, quote: dict[str, Any], action: str, body: Any = None
) -> Any:
    return await client.post(f"{URL}/{quote['id']}/{action}", json=body, headers=auth(user))


async def test_intra_state_quote_is_priced_from_the_list_with_cgst_and_sgst(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        _body(
            setup["local"],
            _line(setup["pump"], "3", discount_percent="5"),
            _line(setup["valve"], "2", unit_price="199.99"),
            _line(setup["valve"], "1", is_optional=True),
            location={"lat": 12.97, "lon": 77.59, "accuracy_m": 8},
        ),
    )
    assert quote["number"].startswith("Q/") and quote["revision"] == 0
    assert quote["display_number"] == quote["number"]
    assert (quote["status"], quote["place_of_supply"], quote["supply"]) == (
        "draft",
        "29",
        "intra_state",
    )
    pump, valve, optional = quote["lines"]
    # 3 x 900 (the list's price) less 5 % = 2565.00; CGST and SGST at 9 % = 230.85 each
    assert (pump["unit_price"], pump["price_source"]) == ("900.0000", "default_list")
    assert (pump["gross_amount"], pump["discount_amount"], pump["taxable_amount"]) == (
        "2700.00",
        "135.00",
        "2565.00",
    )
    assert pump["tax_components"] == [
        {"name": "CGST", "rate": "9", "amount": "230.85"},
        {"name": "SGST", "rate": "9", "amount": "230.85"},
    ]
    assert pump["line_total"] == "3026.70"
    # 2 x 199.99 (overridden) = 399.98; 2.5 % each = 10.00 (9.9995 rounded half up)
    assert (valve["price_source"], valve["taxable_amount"]) == ("manual", "399.98")
    assert [c["amount"] for c in valve["tax_components"]] == ["10.00", "10.00"]
    # The optional line shows its own amounts (the product's list price) but counts not.
    assert (optional["is_optional"], optional["price_source"], optional["line_total"]) == (
        True,
        "list_price",
        "263.02",
    )
    assert quote["subtotal"] == "3099.98"
    assert quote["discount_total"] == "135.00"
    assert quote["taxable_total"] == "2964.98"
    assert quote["tax_components"] == [
        {"name": "CGST", "amount": "240.85"},
        {"name": "SGST", "amount": "240.85"},
    ]
    assert quote["tax_total"] == "481.70"
    assert quote["grand_total"] == "3446.68"
    assert quote["tax_breakdown"] == [
        {"name": "CGST", "rate": "2.5", "taxable_amount": "399.98", "amount": "10.00"},
        {"name": "SGST", "rate": "2.5", "taxable_amount": "399.98", "amount": "10.00"},
        {"name": "CGST", "rate": "9", "taxable_amount": "2565.00", "amount": "230.85"},
        {"name": "SGST", "rate": "9", "taxable_amount": "2565.00", "amount": "230.85"},
    ]
    assert (quote["created_lat"], quote["created_accuracy_m"]) == (12.97, 8.0)
    assert quote["max_discount_percent"] == "5"


async def test_twenty_lines_are_priced_in_the_statements_of_one(
    client: AsyncClient, world: World, setup: dict[str, Any], count_statements: Any
):
    with count_statements() as one:
        await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    lines = [_line(setup["pump"] if n % 2 else setup["valve"], str(n + 1)) for n in range(20)]
    with count_statements() as twenty:
        quote = await _create(client, world.engineer, _body(setup["local"], *lines))
    assert twenty.n == one.n
    # Each line its own price: the pump from the list (its break at 10), the valve at
    # its list price (no list prices it).
    assert [(line["unit_price"], line["price_source"]) for line in quote["lines"]] == [
        ("850.0000" if n + 1 >= 10 else "900.0000", "default_list")
        if n % 2
        else ("250.5000", "list_price")
        for n in range(20)
    ]


async def test_inter_state_quote_carries_igst_and_a_quantity_break(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(client, world.engineer, _body(setup["delhi"], _line(setup["pump"], "10")))
    (line,) = quote["lines"]
    assert (quote["supply"], line["unit_price"]) == ("inter_state", "850.0000")
    assert line["tax_components"] == [{"name": "IGST", "rate": "18", "amount": "1530.00"}]
    assert (quote["tax_components"], quote["grand_total"]) == (
        [{"name": "IGST", "amount": "1530.00"}],
        "10030.00",
    )


async def test_numbers_follow_each_other_within_the_fiscal_year(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    body = _body(setup["local"], _line(setup["pump"]), quote_date="2026-04-01")
    first = await _create(client, world.engineer, body)
    second = await _create(client, world.engineer, body)
    march = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"]), quote_date="2027-03-31")
    )
    assert first["number"].startswith("Q/2026-27/")
    n = int(first["number"].rsplit("/", 1)[1])
    assert second["number"] == f"Q/2026-27/{n + 1:05d}"
    assert march["number"] == f"Q/2026-27/{n + 2:05d}"


async def test_within_limit_goes_straight_to_approved_then_sent_and_accepted(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        _body(
            setup["local"],
            _line(setup["pump"], "1", discount_percent="10"),
            _line(setup["valve"], "4", is_optional=True),
        ),
    )
    submitted = await _act(client, world.engineer, quote, "submit")
    assert submitted.json()["status"] == "approved", submitted.text
    assert submitted.json()["approved_by_id"] is None
    sent = await _act(client, world.engineer, quote, "send")
    assert sent.json()["status"] == "sent", sent.text
    optional_id = quote["lines"][1]["id"]
    accept = {
        "chosen_optional_line_ids": [optional_id],
        "location": {"lat": 12.9, "lon": 77.6, "accuracy_m": 15.5},
    }
    accepted = await _act(client, world.engineer, quote, "accept", accept)
    body = accepted.json()
    assert (body["status"], body["accepted_lat"], body["accepted_accuracy_m"]) == (
        "accepted",
        12.9,
        15.5,
    )
    assert body["lines"][1]["is_selected"] is True
    # 810.00 + 145.80 tax, and the chosen valves 1002.00 + 50.10
    assert body["grand_total"] == "2007.90"
    again = await _act(client, world.engineer, quote, "accept", accept)
    assert again.status_code == 200 and again.json()["version"] == body["version"]
    other = await _act(client, world.engineer, quote, "accept", {"chosen_optional_line_ids": []})
    assert (other.status_code, other.json()["code"]) == (409, "quotes.already_accepted")


async def test_a_quote_and_its_order_are_written_with_one_created_event_per_record(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    """The quote and its lines, and on acceptance the order, its lines and milestone,
    are written together (one statement per table): each still has its own ``created``
    event, by the engineer, naming the record's parent, and the lines name their
    document."""
    quote = await _create(
        client,
        world.engineer,
        _body(setup["local"], _line(setup["pump"], "2"), _line(setup["valve"], "3")),
    )
    for action in ("submit", "send"):
        assert (await _act(client, world.engineer, quote, action)).status_code == 200
    accepted = await _act(client, world.engineer, quote, "accept", {})
    order_id = accepted.json()["sales_order_id"]
    rows = (
        await session.execute(
            text(
                "SELECT type, entity_type, entity_id, parent_id, actor_id, version FROM events"
                " WHERE operation = 'created' AND (entity_id = ANY(:ids) OR parent_id = ANY(:ids))"
                " ORDER BY entity_type, entity_id"
            ),
            {"ids": [quote["id"], order_id]},
        )
    ).all()
    by_type: dict[str, list[Any]] = {}
    for row in rows:
        by_type.setdefault(row.entity_type, []).append(row)
        assert (str(row.actor_id), row.version) == (str(world.engineer.id), 1)
    assert [str(r.entity_id) for r in by_type["quotes"]] == [quote["id"]]
    assert sorted(str(r.entity_id) for r in by_type["quote_lines"]) == sorted(
        line["id"] for line in quote["lines"]
    )
    assert {str(r.parent_id) for r in by_type["quote_lines"]} == {quote["id"]}
    assert [str(r.entity_id) for r in by_type["sales_orders"]] == [order_id]
    assert by_type["sales_orders"][0].type == "sales_order.created"
    assert len(by_type["sales_order_lines"]) == 2
    assert len(by_type["sales_order_milestones"]) == 1
    written = await session.execute(
        text("SELECT count(*) FROM sales_order_lines WHERE sales_order_id = :id"), {"id": order_id}
    )
    assert written.scalar_one() == 2


async def test_a_discount_above_the_limit_waits_for_the_head_who_approves_it(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="15"))
    )
    pending = await _act(client, world.engineer, quote, "submit")
    assert (pending.json()["status"], pending.json()["needs_approval"]) == (
        "pending_approval",
        True,
    )
    inbox = await client.get(f"{URL}/approvals", headers=auth(world.head))
    assert [q["id"] for q in inbox.json()["items"]] == [quote["id"]]
    other_inbox = await client.get(f"{URL}/approvals", headers=auth(world.other_head))
    assert other_inbox.json()["items"] == []
    engineer_inbox = await client.get(f"{URL}/approvals", headers=auth(world.engineer))
    assert engineer_inbox.status_code == 403
    refused = await _act(client, world.engineer, quote, "send")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")
    stranger = await _act(client, world.other_head, quote, "approve", {"comment": "sure"})
    assert (stranger.status_code, stranger.json()["code"]) == (404, "quotes.not_found")
    approved = await _act(client, world.head, quote, "approve", {"comment": "Strategic account"})
    body = approved.json()
    assert (body["status"], body["approved_by_id"], body["approval_comment"]) == (
        "approved",
        str(world.head.id),
        "Strategic account",
    )
    assert (await client.get(f"{URL}/approvals", headers=auth(world.head))).json()["items"] == []
    assert (await _act(client, world.engineer, quote, "send")).json()["status"] == "sent"


async def test_the_head_declines_with_a_comment_and_the_quote_returns_to_draft(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="20"))
    )
    await _act(client, world.engineer, quote, "submit")
    declined = await _act(client, world.head, quote, "decline", {"comment": "Too deep"})
    assert (declined.json()["status"], declined.json()["approval_comment"]) == ("draft", "Too deep")


async def test_an_approval_beyond_the_heads_own_limit_needs_an_admin(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="40"))
    )
    await _act(client, world.engineer, quote, "submit")
    assert (await client.get(f"{URL}/approvals", headers=auth(world.head))).json()["items"] == []
    refused = await _act(client, world.head, quote, "approve", {})
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.beyond_approver_limit")
    approved = await _act(client, world.admin, quote, "approve", {"comment": "ok"})
    assert approved.json()["status"] == "approved"


async def test_an_edit_after_approval_resets_it_and_send_and_accept_are_refused(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="15"))
    )
    await _act(client, world.engineer, quote, "submit")
    approved = (await _act(client, world.head, quote, "approve", {})).json()
    edited = await client.patch(
        f"{URL}/{quote['id']}",
        json={"lines": [_line(setup["pump"], "5", discount_percent="25")]},
        headers={**auth(world.engineer), "If-Match": f'"{approved["version"]}"'},
    )
    assert edited.json()["status"] == "draft", edited.text
    assert edited.json()["approved_by_id"] is None
    for action, body in (("send", None), ("accept", {})):
        refused = await _act(client, world.engineer, quote, action, body)
        assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")
    # Submitting again needs the head again: still above the engineer's limit.
    assert (await _act(client, world.engineer, quote, "submit")).json()["status"] == (
        "pending_approval"
    )
    # An edit of a sent quote sends it back to draft too.
    await _act(client, world.head, quote, "approve", {})
    sent = (await _act(client, world.engineer, quote, "send")).json()
    notes = await client.patch(
        f"{URL}/{quote['id']}",
        json={"notes": "call first"},
        headers={**auth(world.engineer), "If-Match": f'"{sent["version"]}"'},
    )
    assert notes.json()["status"] == "draft"
    refused = await _act(client, world.engineer, quote, "accept", {})
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")


async def test_lines_changed_behind_the_approval_are_refused_on_send_and_accept(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    """A write that reached the lines without the edit path (a late phone write, a
    script) cannot ride on the old approval: the digest no longer matches."""
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="15"))
    )
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.head, quote, "approve", {})
    await session.execute(
        text("UPDATE quote_lines SET discount_percent = 24 WHERE quote_id = :id"),
        {"id": quote["id"]},
    )
    await session.commit()
    refused = await _act(client, world.engineer, quote, "send")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")
    await session.execute(
        text("UPDATE quotes SET status = 'sent' WHERE id = :id"), {"id": quote["id"]}
    )
    await session.commit()
    refused = await _act(client, world.engineer, quote, "accept", {})
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")


async def test_an_automatic_approval_lapses_when_the_authors_limit_is_lowered(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="8"))
    )
    assert (await _act(client, world.engineer, quote, "submit")).json()["status"] == "approved"
    await session.execute(
        text("UPDATE discount_limits SET max_percent = 5 WHERE role = 'sales_engineer'")
    )
    await session.commit()
    refused = await _act(client, world.engineer, quote, "send")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.approval_required")


async def test_the_author_cannot_approve_their_own_quote(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.head, _body(setup["local"], _line(setup["pump"], discount_percent="30"))
    )
    assert (await _act(client, world.head, quote, "submit")).json()["status"] == (
        "pending_approval"
    )
    refused = await _act(client, world.head, quote, "approve", {})
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.own_quote")


async def test_a_revision_keeps_the_number_and_freezes_the_earlier_one(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="15"))
    )
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.head, quote, "approve", {})
    sent = (await _act(client, world.engineer, quote, "send")).json()
    revised = await _act(client, world.engineer, quote, "revise")
    assert revised.status_code == 201, revised.text
    r1 = revised.json()
    assert (r1["number"], r1["revision"], r1["display_number"], r1["status"]) == (
        quote["number"],
        1,
        f"{quote['number']}-R1",
        "draft",
    )
    assert r1["grand_total"] == sent["grand_total"]
    old = (await client.get(f"{URL}/{quote['id']}", headers=auth(world.engineer))).json()
    assert (old["is_current"], old["status"]) == (False, "sent")
    frozen = await client.patch(
        f"{URL}/{quote['id']}",
        json={"notes": "x"},
        headers={**auth(world.engineer), "If-Match": "*"},
    )
    assert (frozen.status_code, frozen.json()["code"]) == (409, "quotes.superseded")
    for action, body in (("accept", {}), ("send", None), ("revise", None), ("submit", None)):
        refused = await _act(client, world.engineer, quote, action, body)
        assert (refused.status_code, refused.json()["code"]) == (409, "quotes.superseded"), action
    # The revision needs its own approval (15 % is above the engineer's 10 %).
    assert (await _act(client, world.engineer, r1, "send")).json()["code"] == (
        "quotes.approval_required"
    )
    assert (await _act(client, world.engineer, r1, "submit")).json()["status"] == (
        "pending_approval"
    )
    r2 = (await _act(client, world.engineer, r1, "revise")).json()
    assert r2["display_number"] == f"{quote['number']}-R2"
    listed = await client.get(URL, params={"number": quote["number"]}, headers=auth(world.engineer))
    assert sorted(q["revision"] for q in listed.json()["items"]) == [0, 1, 2]
    current = await client.get(URL, params={"q": quote["number"]}, headers=auth(world.engineer))
    assert [q["id"] for q in current.json()["items"]] == [r2["id"]]


async def test_a_draft_is_not_revised_and_a_rejected_quote_is(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    refused = await _act(client, world.engineer, quote, "revise")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.invalid_transition")
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.engineer, quote, "send")
    rejected = await _act(client, world.engineer, quote, "reject", {"reason": "Price"})
    assert (rejected.json()["status"], rejected.json()["rejection_reason"]) == ("rejected", "Price")
    assert (await _act(client, world.engineer, quote, "revise")).status_code == 201


async def test_an_expired_quote_is_not_sent(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        _body(
            setup["local"],
            _line(setup["pump"]),
            quote_date="2020-01-01",
            valid_until="2020-01-31",
        ),
    )
    refused = await _act(client, world.engineer, quote, "submit")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.expired")


async def test_quotes_are_scoped_by_owner(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    mine = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    theirs = await _create(
        client, world.engineer_other_team, _body(setup["foreign"], _line(setup["pump"]))
    )
    for user, visible, hidden in (
        (world.engineer, mine, theirs),
        (world.head, mine, theirs),
        (world.engineer_other_team, theirs, mine),
    ):
        assert (await client.get(f"{URL}/{visible['id']}", headers=auth(user))).status_code == 200
        answer = await client.get(f"{URL}/{hidden['id']}", headers=auth(user))
        assert (answer.status_code, answer.json()["code"]) == (404, "quotes.not_found")
        listed = await client.get(URL, headers=auth(user))
        assert [q["id"] for q in listed.json()["items"]] == [visible["id"]]
    teammate = await client.get(f"{URL}/{mine['id']}", headers=auth(world.teammate))
    assert teammate.status_code == 404
    # A customer the caller may not see is refused as a reference, not leaked.
    refused = await client.post(
        URL, json=_body(setup["foreign"], _line(setup["pump"])), headers=auth(world.engineer)
    )
    assert (refused.status_code, refused.json()["errors"][0]["loc"]) == (
        422,
        ["body", "customer_id"],
    )


async def test_lists_filter_and_answer_304_and_fields(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    local = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    delhi = await _create(client, world.engineer, _body(setup["delhi"], _line(setup["pump"])))
    await _act(client, world.engineer, delhi, "submit")
    headers = auth(world.engineer)
    by_status = await client.get(URL, params={"status": "approved"}, headers=headers)
    assert [q["id"] for q in by_status.json()["items"]] == [delhi["id"]]
    by_name = await client.get(URL, params={"q": "bengaluru"}, headers=headers)
    assert [q["id"] for q in by_name.json()["items"]] == [local["id"]]
    by_customer = await client.get(
        URL, params={"customer_id": str(setup["delhi"].id)}, headers=headers
    )
    assert [q["id"] for q in by_customer.json()["items"]] == [delhi["id"]]
    by_owner = await client.get(URL, params={"owner_id": str(world.head.id)}, headers=headers)
    assert by_owner.json()["items"] == []
    page = await client.get(URL, params={"limit": 1, "sort": "grand_total"}, headers=headers)
    assert page.json()["next_cursor"]
    again = await client.get(URL, headers={**headers, "If-None-Match": page.headers["ETag"]})
    assert again.status_code == 200  # a different request (no limit): a different ETag
    same = await client.get(
        URL,
        params={"limit": 1, "sort": "grand_total"},
        headers={**headers, "If-None-Match": page.headers["ETag"]},
    )
    assert same.status_code == 304
    narrow = await client.get(
        f"{URL}/{local['id']}", params={"fields": "grand_total"}, headers=headers
    )
    assert narrow.json() == {
        "id": local["id"],
        "currency": "INR",
        "grand_total": local["grand_total"],
    }
    item = await client.get(f"{URL}/{local['id']}", headers=headers)
    assert item.headers["ETag"] == f'"{local["version"]}"'
    stale = await client.patch(
        f"{URL}/{local['id']}", json={"notes": "x"}, headers={**headers, "If-Match": '"999"'}
    )
    assert stale.status_code == 412
    missing = await client.patch(f"{URL}/{local['id']}", json={"notes": "x"}, headers=headers)
    assert missing.status_code == 428


async def test_an_opportunity_of_another_customer_is_refused(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    from tests.factories.opportunities import create_opportunity

    deal = await create_opportunity(session, owner=world.engineer, customer=setup["delhi"])
    await session.commit()
    refused = await client.post(
        URL,
        json=_body(setup["local"], _line(setup["pump"]), opportunity_id=str(deal.id)),
        headers=auth(world.engineer),
    )
    assert refused.json()["errors"][0]["loc"] == ["body", "opportunity_id"]
    linked = await _create(
        client,
        world.engineer,
        _body(setup["delhi"], _line(setup["pump"]), opportunity_id=str(deal.id)),
    )
    listed = await client.get(
        URL, params={"opportunity_id": str(deal.id)}, headers=auth(world.engineer)
    )
    assert [q["id"] for q in listed.json()["items"]] == [linked["id"]]


@pytest.mark.parametrize(
    ("change", "loc"),
    [
        ({"customer_id": "not-a-uuid"}, ["body", "customer_id"]),
        ({"currency": "ZZZ"}, ["body", "currency"]),
        ({"lines": [{"quantity": "1"}]}, ["body", "lines", 0, "product_id"]),
        ({"lines": [{"product_id": "{pump}", "quantity": "0"}]}, ["body", "lines", 0, "quantity"]),
        ({"lines": [{"product_id": "{pump}", "quantity": 1}]}, ["body", "lines", 0, "quantity"]),
        (
            {"lines": [{"product_id": "{pump}", "quantity": "1", "discount_percent": "101"}]},
            ["body", "lines", 0, "discount_percent"],
        ),
        (
            {"lines": [{"product_id": "{pump}", "quantity": "1", "unit_price": "-1"}]},
            ["body", "lines", 0, "unit_price"],
        ),
        (
            {"lines": [{"product_id": "{unknown}", "quantity": "1"}]},
            ["body", "lines", 0, "product_id"],
        ),
        ({"location": {"lat": 91, "lon": 0}}, ["body", "location", "lat"]),
        ({"valid_until": "2026-13-01"}, ["body", "valid_until"]),
        ({"contact_id": "{unknown}"}, ["body", "contact_id"]),
        ({"surprise": 1}, ["body", "surprise"]),
    ],
)
async def test_bad_input_is_a_422_naming_the_field(
    client: AsyncClient,
    world: World,
    setup: dict[str, Any],
    change: dict[str, Any],
    loc: list[Any],
):
    ids = {"pump": str(setup["pump"].id), "unknown": "0190a000-0000-7000-8000-000000000000"}

    def fill(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("{"):
            return ids[value.strip("{}")]
        if isinstance(value, list):
            return [fill(v) for v in value]
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        return value

    body = {**_body(setup["local"], _line(setup["pump"])), **fill(change)}
    answer = await client.post(URL, json=body, headers=auth(world.engineer))
    assert answer.status_code == 422, answer.text
    assert loc in [error["loc"] for error in answer.json()["errors"]]


async def test_a_product_no_list_prices_in_the_currency_is_a_422_on_the_line(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    answer = await client.post(
        URL,
        json=_body(setup["local"], _line(setup["valve"]), currency="USD"),
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "lines", 0, "unit_price"]


async def test_a_submit_without_lines_and_an_unknown_optional_line_are_refused(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    empty = await _create(client, world.engineer, _body(setup["local"]))
    refused = await _act(client, world.engineer, empty, "submit")
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.no_lines")
    quote = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.engineer, quote, "send")
    bad = await _act(
        client,
        world.engineer,
        quote,
        "accept",
        {"chosen_optional_line_ids": [quote["lines"][0]["id"]]},
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["loc"] == ["body", "chosen_optional_line_ids", 0]


async def test_a_create_replayed_with_its_id_answers_the_first_quote(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    body = _body(setup["local"], _line(setup["pump"]), id="0190a000-0000-7000-8000-0000000000aa")
    first = await _create(client, world.engineer, body)
    again = await client.post(URL, json=body, headers=auth(world.engineer))
    assert (again.status_code, again.json()["number"]) == (200, first["number"])


async def test_events_tell_the_quotes_story(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client, world.engineer, _body(setup["local"], _line(setup["pump"], discount_percent="15"))
    )
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.head, quote, "approve", {"comment": "ok"})
    await _act(client, world.engineer, quote, "send")
    rows = await session.execute(
        text("SELECT type FROM events WHERE entity_id = :id ORDER BY seq"), {"id": quote["id"]}
    )
    assert [row[0] for row in rows] == [
        "quote.created",
        "quote.submitted",
        "quote.approved",
        "quote.sent",
    ]


async def test_the_customers_timeline_shows_the_quote_to_those_who_see_it(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    await _act(client, world.engineer, quote, "submit")
    url = f"/api/v1/customers/{setup['local'].id}/timeline"
    seen = await client.get(url, headers=auth(world.engineer))
    kinds = [event["kind"] for event in seen.json()["items"]]
    assert "quote.created" in kinds and "quote.submitted" in kinds, seen.text
    titles = [event["title"] for event in seen.json()["items"]]
    assert f"Quote {quote['number']} submitted" in titles
    other = await client.get(url, headers=auth(world.engineer_other_team))
    assert other.status_code == 404


async def test_the_daily_sweep_expires_overdue_quotes_which_can_then_be_revised(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    from datetime import timedelta

    from app.core.clock import company_today
    from app.quotes.service import expire_overdue_quotes

    quote = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    draft = await _create(client, world.engineer, _body(setup["local"], _line(setup["pump"])))
    await _act(client, world.engineer, quote, "submit")
    await _act(client, world.engineer, quote, "send")
    later = company_today() + timedelta(days=31)
    assert await expire_overdue_quotes(session, on=later) == 1
    await session.commit()
    expired = (await client.get(f"{URL}/{quote['id']}", headers=auth(world.engineer))).json()
    assert expired["status"] == "expired"
    still = (await client.get(f"{URL}/{draft['id']}", headers=auth(world.engineer))).json()
    assert still["status"] == "draft"
    refused = await _act(client, world.engineer, quote, "accept", {})
    assert (refused.status_code, refused.json()["code"]) == (409, "quotes.invalid_transition")
    assert (await _act(client, world.engineer, quote, "revise")).status_code == 201
