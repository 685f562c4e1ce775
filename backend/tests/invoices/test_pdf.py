"""The invoice and credit note PDFs through HTTP, read back as text: what a customer
would check on them. Set INVOICE_PDF_DIR to keep the files, to look at them."""

from __future__ import annotations

import io
import os
import re
import uuid
from decimal import Decimal
from pathlib import Path

from httpx import AsyncClient, Response
from pypdf import PdfReader
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.money_text import amount_in_words, format_money
from app.sales_orders import service as orders
from app.users.service import principal_for_user
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer

API = "/api/v1"


def _text(answer: Response, name: str) -> str:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    if folder := os.environ.get("INVOICE_PDF_DIR"):
        Path(folder, name).write_bytes(answer.content)
    reader = PdfReader(io.BytesIO(answer.content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


async def test_the_invoice_prints_what_was_billed_paid_and_due(
    client: AsyncClient, session: AsyncSession, world: World
):
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, name="Monoblock pump 2 HP")
    valve = await create_product(session, tax_category=gst5, name="Gate valve 50 mm")
    customer = await create_customer(
        session, owner=world.engineer, territory=world.north, name="Kaveri Irrigation"
    )
    customer.addresses[0].state_code = "29"
    customer.tax_id = "29ABCDE1234F1Z5"
    await session.commit()
    made = await client.post(
        f"{API}/sales-orders",
        json={
            "customer_id": str(customer.id),
            "customer_po_number": "KI/PO/778",
            "lines": [
                {"product_id": str(pump.id), "quantity": "4", "unit_price": "18500"},
                {"product_id": str(valve.id), "quantity": "10", "unit_price": "1240.5"},
            ],
        },
        headers=auth(world.engineer),
    )
    order = made.json()
    await client.post(f"{API}/sales-orders/{order['id']}/confirm", headers=auth(world.engineer))
    principal_lines = order["lines"]
    principal = await principal_for_user(session, world.engineer.id)
    assert principal is not None
    await orders.record_deliveries(
        session,
        principal,
        uuid.UUID(order["id"]),
        delivered={uuid.UUID(line["id"]): Decimal(line["quantity"]) for line in principal_lines},
    )
    await session.commit()
    draft = await client.post(
        f"{API}/sales-orders/{order['id']}/invoices",
        json={"milestone_id": order["milestones"][0]["id"]},
        headers=auth(world.head),
    )
    invoice_id = draft.json()["id"]
    invoice = (
        await client.post(f"{API}/invoices/{invoice_id}/issue", json={}, headers=auth(world.head))
    ).json()
    await client.post(
        f"{API}/payments",
        json={
            "customer_id": str(customer.id),
            "payment_date": invoice["invoice_date"],
            "amount": "50000.00",
            "method": "bank_transfer",
            "allocations": [{"invoice_id": invoice_id, "amount": "50000.00"}],
        },
        headers=auth(world.head),
    )
    invoice = (await client.get(f"{API}/invoices/{invoice_id}", headers=auth(world.head))).json()
    text = _text(
        await client.get(f"{API}/invoices/{invoice_id}/pdf", headers=auth(world.engineer)),
        "invoice.pdf",
    )
    for expected in (
        "TAX INVOICE",
        invoice["number"],
        order["number"],
        "KI/PO/778",
        "29ABCDE1234F1Z5",
        "Place of supply",
        "Monoblock pump 2 HP",
        "Bank details",
        "IFSC",
        format_money(invoice["grand_total"], "INR"),
        format_money("50000.00", "INR"),
        format_money(invoice["open_amount"], "INR"),
        "Balance due",
        "CGST",
        "SGST",
    ):
        assert expected in text, expected
    words = amount_in_words(Decimal(invoice["grand_total"]), "INR")
    assert re.sub(r"\s+", " ", words) in text
    assert invoice["lines"][0]["hsn_sac_code"] in text

    # A credit note prints as one, against the invoice.
    credit = await client.post(
        f"{API}/invoices/{invoice_id}/credit-notes",
        json={"amount": "100.00", "reason": "Late delivery"},
        headers=auth(world.head),
    )
    note = credit.json()
    text = _text(
        await client.get(f"{API}/invoices/{note['id']}/pdf", headers=auth(world.head)),
        "credit-note.pdf",
    )
    for expected in ("CREDIT NOTE", note["number"], invoice["number"], "Late delivery"):
        assert expected in text, expected
    assert "Balance due" not in text

    # Scoped like the invoice.
    hidden = await client.get(f"{API}/invoices/{invoice_id}/pdf", headers=auth(world.other_head))
    assert (hidden.status_code, hidden.json()["code"]) == (404, "invoices.not_found")
