"""Invoices through HTTP: drafts priced by the server, issuing and its numbers, overdue,
credit notes, scoping, bad input and replays."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.events import DomainEvent
from app.core.tax import TaxTreatment
from app.customers.models import Customer
from app.invoices.models import Invoice
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer
from tests.factories.invoices import create_invoice

URL = "/api/v1/invoices"


async def _customer(session: AsyncSession, world: World, **fields: Any) -> Customer:
    return await create_customer(session, owner=world.engineer, territory=world.north, **fields)


def _draft(customer_id: Any, product_id: Any, **extra: Any) -> dict[str, Any]:
    return {
        "customer_id": str(customer_id),
        "lines": [
            {
                "product_id": str(product_id),
                "quantity": "3",
                "unit_price": "333.3333",
                "discount_percent": "12.5",
            }
        ],
        **extra,
    }


async def _issued(
    client: AsyncClient, world: World, customer: Customer, product: Any, on: date, **extra: Any
) -> dict[str, Any]:
    created = await client.post(
        URL, json=_draft(customer.id, product.id, **extra), headers=auth(world.head)
    )
    assert created.status_code == 201, created.text
    issued = await client.post(
        f"{URL}/{created.json()['id']}/issue",
        json={"invoice_date": on.isoformat()},
        headers=auth(world.head),
    )
    assert issued.status_code == 200, issued.text
    return issued.json()


async def test_a_direct_invoice_is_a_draft_priced_by_the_server_with_snapshots(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _customer(
        session, world, tax_id="29AAACR5055K1Z5", legal_name="Rao Pumps Pvt Ltd"
    )
    customer.payment_terms_days = 45
    customer.addresses[0].state_code = "29"  # Karnataka: the company's state
    product = await create_product(session, hsn_sac_code="998719")
    await session.commit()
    answer = await client.post(URL, json=_draft(customer.id, product.id), headers=auth(world.head))
    assert answer.status_code == 201, answer.text
    invoice = answer.json()
    assert (invoice["status"], invoice["number"], invoice["kind"]) == ("draft", None, "invoice")
    # 3 x 333.3333 = 999.9999 -> 1000.00 gross; less 12.5 % -> 875.00 taxable; 9 % + 9 %.
    assert invoice["subtotal"] == "1000.00"
    assert invoice["discount_total"] == "125.00"
    assert invoice["taxable_total"] == "875.00"
    assert invoice["tax_components"] == [
        {"name": "CGST", "amount": "78.75"},
        {"name": "SGST", "amount": "78.75"},
    ]
    assert invoice["grand_total"] == "1032.50"
    assert invoice["open_amount"] == "0.00"  # a draft owes nothing yet
    assert (invoice["supply"], invoice["place_of_supply"]) == ("intra_state", "29")
    assert invoice["customer_gstin"] == "29AAACR5055K1Z5"
    assert invoice["company_gstin"] == get_settings().company_gstin == "29AAKCS4821M1ZQ"
    assert invoice["billing_name"] == "Rao Pumps Pvt Ltd"
    assert invoice["billing_address"]["city"] == "New Delhi"
    assert invoice["payment_terms_days"] == 45
    line = invoice["lines"][0]
    assert (line["hsn_sac_code"], line["line_total"], line["unit_price"]) == (
        "998719",
        "1032.50",
        "333.3333",
    )


async def test_issuing_numbers_dates_and_sets_the_due_date_from_the_terms(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _customer(session, world)
    product = await create_product(session)
    await session.commit()
    first = await _issued(client, world, customer, product, date(2026, 5, 1))
    assert first["number"] == "INV/2026-27/00001"
    assert (first["status"], first["invoice_date"], first["due_date"]) == (
        "issued",
        "2026-05-01",
        "2026-05-31",  # the customer's 30 days
    )
    assert first["open_amount"] == first["grand_total"]
    second = await _issued(client, world, customer, product, date(2026, 6, 1), payment_terms_days=7)
    assert (second["number"], second["due_date"]) == ("INV/2026-27/00002", "2026-06-08")
    # The next fiscal year starts its own series (April).
    later = await _issued(client, world, customer, product, date(2027, 4, 2))
    assert later["number"] == "INV/2027-28/00001"
    # Issuing again answers the invoice unchanged.
    again = await client.post(f"{URL}/{first['id']}/issue", headers=auth(world.head))
    assert (again.status_code, again.json()["number"]) == (200, "INV/2026-27/00001")
    events = await session.scalar(
        select(func.count()).where(
            DomainEvent.entity_id == first["id"], DomainEvent.type == "invoice.issued"
        )
    )
    assert events == 1


async def test_a_draft_is_cancelled_but_an_issued_invoice_is_not(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
):
    customer = await _customer(session, world)
    product = await create_product(session)
    await session.commit()
    draft = await client.post(URL, json=_draft(customer.id, product.id), headers=auth(world.head))
    cancelled = await client.post(f"{URL}/{draft.json()['id']}/cancel", headers=auth(world.head))
    assert (cancelled.status_code, cancelled.json()["status"]) == (200, "cancelled")
    refused = await client.post(f"{URL}/{draft.json()['id']}/issue", headers=auth(world.head))
    assert (refused.status_code, refused.json()["code"]) == (409, "invoices.invalid_transition")
    issued = await _issued(client, world, customer, product, company_day)
    refused = await client.post(f"{URL}/{issued['id']}/cancel", headers=auth(world.head))
    assert (refused.status_code, refused.json()["code"]) == (409, "invoices.invalid_transition")


async def test_bad_input_is_a_problem_naming_the_field_and_changes_nothing(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _customer(session, world)
    product = await create_product(session)
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    before = await session.scalar(select(func.count()).select_from(Invoice))
    cases = [
        (_draft(customer.id, customer.id), ["body", "lines", 0, "product_id"]),
        (_draft(foreign.id, product.id), ["body", "customer_id"]),
        ({**_draft(customer.id, product.id), "lines": []}, ["body", "lines"]),
        (
            {
                **_draft(customer.id, product.id),
                "lines": [{"product_id": str(product.id), "quantity": "0", "unit_price": "1"}],
            },
            ["body", "lines", 0, "quantity"],
        ),
        (
            {
                **_draft(customer.id, product.id),
                "lines": [{"product_id": str(product.id), "quantity": "1", "unit_price": 10.5}],
            },
            ["body", "lines", 0, "unit_price"],
        ),
        ({**_draft(customer.id, product.id), "currency": "ZZZ"}, ["body", "currency"]),
        (
            {**_draft(customer.id, product.id), "invoice_date": "9999-12-31"},
            ["body", "invoice_date"],
        ),
        (
            {
                **_draft(customer.id, product.id),
                "lines": [
                    {
                        "product_id": str(product.id),
                        "quantity": "99999999999999",
                        "unit_price": "99999999999999",
                    }
                ],
            },
            ["body", "lines", 0, "quantity"],
        ),
        (
            {**_draft(customer.id, product.id), "payment_terms_days": -1},
            ["body", "payment_terms_days"],
        ),
    ]
    for body, loc in cases:
        answer = await client.post(URL, json=body, headers=auth(world.head))
        assert answer.status_code == 422, (body, answer.text)
        assert answer.headers["content-type"] == "application/problem+json"
        assert loc in [e["loc"] for e in answer.json()["errors"]], answer.text
    assert await session.scalar(select(func.count()).select_from(Invoice)) == before


async def test_a_create_replayed_by_key_or_id_makes_one_invoice(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _customer(session, world)
    product = await create_product(session)
    await session.commit()
    headers = {**auth(world.head), "Idempotency-Key": "invoice-once"}
    body = _draft(customer.id, product.id)
    first = await client.post(URL, json=body, headers=headers)
    second = await client.post(URL, json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] == second.json()["id"]
    with_id = {**body, "id": "01932b6e-0000-7000-8000-00000000abcd"}
    one = await client.post(URL, json=with_id, headers=auth(world.head))
    two = await client.post(URL, json=with_id, headers=auth(world.head))
    assert (one.status_code, two.status_code) == (201, 200)
    count = await session.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer.id)
    )
    assert count == 2


async def test_overdue_is_derived_from_the_due_date_and_the_open_amount(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
):
    customer = await _customer(session, world)
    product = await create_product(session)
    await session.commit()
    late = await _issued(client, world, customer, product, company_day - timedelta(days=40))
    due_today = await _issued(client, world, customer, product, company_day - timedelta(days=30))
    paid = await _issued(client, world, customer, product, company_day - timedelta(days=50))
    payment = {
        "customer_id": str(customer.id),
        "amount": paid["grand_total"],
        "method": "cheque",
        "allocations": [{"invoice_id": paid["id"], "amount": paid["grand_total"]}],
    }
    assert (
        await client.post("/api/v1/payments", json=payment, headers=auth(world.head))
    ).is_success
    draft = await client.post(URL, json=_draft(customer.id, product.id), headers=auth(world.head))
    assert (late["is_overdue"], late["days_overdue"]) == (True, 10)
    assert (due_today["is_overdue"], due_today["days_overdue"]) == (False, 0)
    listed = await client.get(
        URL,
        params={"overdue": "true", "customer_id": str(customer.id)},
        headers=auth(world.engineer),
    )
    assert [i["id"] for i in listed.json()["items"]] == [late["id"]]
    not_overdue = await client.get(
        URL,
        params={"overdue": "false", "customer_id": str(customer.id)},
        headers=auth(world.engineer),
    )
    assert {i["id"] for i in not_overdue.json()["items"]} == {
        due_today["id"],
        paid["id"],
        draft.json()["id"],
    }
    read_paid = await client.get(f"{URL}/{paid['id']}", headers=auth(world.engineer))
    assert (read_paid.json()["status"], read_paid.json()["is_overdue"]) == ("paid", False)


async def test_a_full_credit_note_voids_the_invoice_and_reverses_its_gst(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
):
    customer = await _customer(session, world)
    product = await create_product(session)
    await session.commit()
    invoice = await _issued(client, world, customer, product, company_day)
    answer = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"full": True, "reason": "Wrong customer"},
        headers=auth(world.head),
    )
    assert answer.status_code == 201, answer.text
    credit = answer.json()
    assert credit["kind"] == "credit_note"
    assert credit["number"].startswith("CN/") and credit["number"].endswith("/00001")
    assert credit["credited_invoice_id"] == invoice["id"]
    assert credit["grand_total"] == invoice["grand_total"]
    assert credit["tax_components"] == invoice["tax_components"]
    assert credit["lines"][0]["credited_line_id"] == invoice["lines"][0]["id"]
    after = (await client.get(f"{URL}/{invoice['id']}", headers=auth(world.head))).json()
    assert (after["status"], after["open_amount"], after["amount_credited"]) == (
        "void",
        "0.00",
        invoice["grand_total"],
    )
    # Never a deletion: both documents are listed.
    listed = await client.get(
        URL, params={"credited_invoice_id": invoice["id"]}, headers=auth(world.head)
    )
    assert [i["id"] for i in listed.json()["items"]] == [credit["id"]]
    again = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"full": True, "reason": "twice"},
        headers=auth(world.head),
    )
    assert (again.status_code, again.json()["code"]) == (409, "invoices.invalid_transition")


async def test_partial_credit_notes_by_lines_and_by_amount_lower_the_open_amount(
    client: AsyncClient, session: AsyncSession, world: World, company_day: date
):
    customer = await _customer(session, world)
    product = await create_product(session)  # 18 % IGST (customer outside Karnataka)
    await session.commit()
    invoice = await _issued(client, world, customer, product, company_day)  # 1032.50
    line_id = invoice["lines"][0]["id"]
    by_lines = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"lines": [{"invoice_line_id": line_id, "quantity": "1"}], "reason": "One returned"},
        headers=auth(world.head),
    )
    assert by_lines.status_code == 201, by_lines.text
    # 1 x 333.3333 less 12.5 % = 291.67 taxable; IGST 18 % = 52.50.
    assert (by_lines.json()["taxable_total"], by_lines.json()["grand_total"]) == (
        "291.67",
        "344.17",
    )
    too_many = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"lines": [{"invoice_line_id": line_id, "quantity": "2.5"}], "reason": "x"},
        headers=auth(world.head),
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["loc"] == ["body", "lines", 0, "quantity"]
    by_amount = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"amount": "100.00", "reason": "Late delivery"},
        headers=auth(world.head),
    )
    assert by_amount.status_code == 201, by_amount.text
    assert (by_amount.json()["tax_total"], by_amount.json()["grand_total"]) == ("0.00", "100.00")
    after = (await client.get(f"{URL}/{invoice['id']}", headers=auth(world.head))).json()
    assert (after["status"], after["amount_credited"], after["open_amount"]) == (
        "issued",
        "444.17",
        "588.33",
    )
    over = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"amount": "588.34", "reason": "Too much"},
        headers=auth(world.head),
    )
    assert (over.status_code, over.json()["code"]) == (409, "invoices.credit_exceeds_open_amount")
    ways = await client.post(
        f"{URL}/{invoice['id']}/credit-notes",
        json={"amount": "1", "full": True, "reason": "Both"},
        headers=auth(world.head),
    )
    assert ways.status_code == 422
    draft = await client.post(URL, json=_draft(customer.id, product.id), headers=auth(world.head))
    refused = await client.post(
        f"{URL}/{draft.json()['id']}/credit-notes",
        json={"full": True, "reason": "A draft"},
        headers=auth(world.head),
    )
    assert (refused.status_code, refused.json()["code"]) == (409, "invoices.invalid_transition")


async def test_invoices_are_scoped_like_their_customers(
    client: AsyncClient, session: AsyncSession, world: World
):
    product = await create_product(session)
    own_customer = await _customer(session, world)
    foreign_customer = await create_customer(
        session, owner=world.engineer_other_team, territory=world.south
    )
    own = await create_invoice(
        session, by=world.admin, customer=own_customer, lines=[(product, "1", "10", "0")]
    )
    foreign = await create_invoice(
        session, by=world.admin, customer=foreign_customer, lines=[(product, "1", "10", "0")]
    )
    await session.commit()
    for user in (world.engineer, world.head, world.teammate):
        assert (await client.get(f"{URL}/{own.id}", headers=auth(user))).status_code == 200
        assert (await client.get(f"{URL}/{foreign.id}", headers=auth(user))).status_code == 404
        listed = await client.get(URL, headers=auth(user))
        ids = {i["id"] for i in listed.json()["items"]}
        assert str(own.id) in ids and str(foreign.id) not in ids
    issue = await client.post(f"{URL}/{foreign.id}/issue", headers=auth(world.head))
    assert issue.status_code == 404
    admin = await client.get(URL, headers=auth(world.admin))
    assert {str(own.id), str(foreign.id)} <= {i["id"] for i in admin.json()["items"]}


async def test_an_exempt_line_has_no_tax_and_a_zero_rated_one_igst_at_zero(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await _customer(session, world)
    exempt = await create_product(
        session,
        tax_category=await create_tax_category(session, rate="0", treatment=TaxTreatment.EXEMPT),
    )
    zero = await create_product(
        session,
        tax_category=await create_tax_category(
            session, rate="0", treatment=TaxTreatment.ZERO_RATED
        ),
    )
    await session.commit()
    body = {
        "customer_id": str(customer.id),
        "lines": [
            {"product_id": str(exempt.id), "quantity": "1", "unit_price": "100"},
            {"product_id": str(zero.id), "quantity": "1", "unit_price": "50"},
        ],
    }
    answer = await client.post(URL, json=body, headers=auth(world.admin))
    assert answer.status_code == 201, answer.text
    invoice = answer.json()
    assert invoice["lines"][0]["tax_components"] == []
    assert invoice["lines"][1]["tax_components"] == [
        {"name": "IGST", "rate": "0", "amount": "0.00"}
    ]
    assert (invoice["tax_total"], invoice["grand_total"]) == ("0.00", "150.00")
