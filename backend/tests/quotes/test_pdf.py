"""The quote PDF through HTTP, read back as text: what a customer would check on it."""

from __future__ import annotations

import io
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient, Response
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.money_text import amount_in_words, format_grouped, format_money
from app.customers.models import AddressKind, CustomerAddress
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer

URL = "/api/v1/quotes"
GSTIN = "29AABCB1234C1Z5"


@pytest.fixture
async def setup(session: AsyncSession, world: World) -> dict[str, Any]:
    gst18 = await create_tax_category(session, rate="18")
    gst5 = await create_tax_category(session, rate="5")
    pump = await create_product(session, tax_category=gst18, list_price="1000", name="Pump")
    valve = await create_product(session, tax_category=gst5, list_price="250.5", name="Valve")
    local = await create_customer(
        session,
        owner=world.engineer,
        territory=world.north,
        name="Bengaluru Pumps",
        legal_name="Bengaluru Pumps Private Limited",
        tax_id=GSTIN,
    )
    billing = local.addresses[0]
    billing.line1, billing.city, billing.state_code = "12 MG Road", "Bengaluru", "29"
    billing.postal_code = "560001"
    local.addresses.append(
        CustomerAddress(kind=AddressKind.SHIPPING, line1="Site 4", city="Mysuru", state_code="29")
    )
    contact = local.contacts[0]
    contact.name, contact.title, contact.email = "Asha Rao", "Purchase Manager", "asha@bp.example"
    foreign = await create_customer(session, owner=world.engineer_other_team, territory=world.south)
    await session.commit()
    return {
        "pump": pump,
        "valve": valve,
        "local": local,
        "contact": local.contacts[0],
        "foreign": foreign,
    }


async def _create(client: AsyncClient, user: Any, body: dict[str, Any]) -> dict[str, Any]:
    answer = await client.post(URL, json=body, headers=auth(user))
    assert answer.status_code == 201, answer.text
    return answer.json()


def _line(product: Any, quantity: str, price: str, **extra: Any) -> dict[str, Any]:
    return {"product_id": str(product.id), "quantity": quantity, "unit_price": price, **extra}


def _pages(answer: Response) -> list[str]:
    """Each page's text, its whitespace folded to single spaces. With QUOTE_PDF_DIR set,
    the PDF is kept there too, to be looked at (rendered with pdftoppm)."""
    if folder := os.environ.get("QUOTE_PDF_DIR"):
        name = answer.headers["content-disposition"].split('"')[1]
        (Path(folder) / f"{len(answer.content)}-{name}").write_bytes(answer.content)
    reader = PdfReader(io.BytesIO(answer.content))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


async def _pdf(client: AsyncClient, user: Any, quote_id: str) -> Response:
    return await client.get(f"{URL}/{quote_id}/pdf", headers=auth(user))


async def test_the_pdf_prints_the_quote_as_the_api_answers_it(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    long = (
        "Centrifugal monoblock pump, 5 HP, cast iron body, bronze impeller, mechanical "
        "seal, 2\u2033 x 2\u2033 flanged, for clean water up to 60 \u00b0C \u2014 with "
        "foundation bolts and the \u20b9 test certificate"
    )
    quote = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "contact_id": str(setup["contact"].id),
            "valid_until": "2099-12-31",
            "terms": "Delivery four weeks from the order.\nPayment 30 days from invoice.",
            "lines": [
                _line(setup["pump"], "3", "900", discount_percent="5", description=long),
                _line(setup["valve"], "2", "199.99"),
                _line(setup["valve"], "1", "250.5", is_optional=True, description="Spare valve"),
            ],
        },
    )
    answer = await _pdf(client, world.engineer, quote["id"])
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    expected_name = quote["display_number"].replace("/", "-") + ".pdf"
    assert answer.headers["content-disposition"] == f'attachment; filename="{expected_name}"'
    assert answer.content.startswith(b"%PDF-")
    (page,) = _pages(answer)

    settings = get_settings()
    # Letterhead: the company and its GSTIN; the document and its reference fields.
    assert settings.company_name in page and f"GSTIN: {settings.company_gstin}" in page
    assert "QUOTATION" in page and quote["display_number"] in page
    assert "Valid until 31 Dec 2099" in page
    # The customer (legal name), billing address, GSTIN and place of supply; the contact.
    assert "Bengaluru Pumps Private Limited" in page
    assert "12 MG Road" in page and "Bengaluru, Karnataka 560001" in page
    assert f"GSTIN: {GSTIN}" in page and "Place of supply: Karnataka (29)" in page
    assert setup["contact"].name in page and setup["contact"].email in page
    # Each line, the long description whole (wrapped, and in the fonts' characters).
    assert "Centrifugal monoblock pump, 5 HP" in page and '2" x 2" flanged' in page
    assert "60 \u00b0C - with foundation bolts and the INR test certificate" in page
    assert "test certificate 8413 3 nos 900.00 5 2,565.00 18 3,026.70" in page
    assert "Valve 8413 2 nos 199.99 0 399.98 5 419.98" in page
    # The optional line is printed, marked, and its amount not in the total.
    assert "Spare valve [Optional, not in total]" in page
    # The tax table per component and rate, from the stored breakdown.
    for row in quote["tax_breakdown"]:
        rate, taxable, amount = row["rate"], row["taxable_amount"], row["amount"]
        taxable = format_grouped(taxable, "INR")
        assert f"{row['name']} {rate}% {taxable} {amount}" in page, row
    # The totals, in figures as the API answers them, and in words.
    assert (quote["subtotal"], quote["grand_total"]) == ("3099.98", "3446.68")
    assert "Subtotal INR 3,099.98" in page
    assert "Discount - INR 135.00" in page
    assert "CGST INR 240.85" in page and "SGST INR 240.85" in page
    assert "Total tax INR 481.70" in page
    assert "Grand total INR 3,446.68" in page
    assert "Rupees Three Thousand Four Hundred Forty-Six and Sixty-Eight Paise Only" in page
    # The terms as written.
    assert "Delivery four weeks from the order. Payment 30 days from invoice." in page
    assert "Page 1 of 1" in page


async def test_the_pdf_prints_the_stored_amounts_never_recomputed(
    client: AsyncClient, session: AsyncSession, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"], "1", "100")]},
    )
    # Whatever is stored is what prints (here, a figure no recomputation would give).
    await session.execute(
        text("UPDATE quotes SET grand_total = 12345678.9 WHERE id = :id"), {"id": quote["id"]}
    )
    await session.commit()
    (page,) = _pages(await _pdf(client, world.engineer, quote["id"]))
    assert "Grand total INR 1,23,45,678.90" in page
    assert (
        "Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight "
        "and Ninety Paise Only"
    ) in page


async def test_a_chosen_optional_line_is_marked_and_counted(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "lines": [
                _line(setup["pump"], "1", "1000"),
                _line(setup["valve"], "1", "100", is_optional=True, description="Spare valve"),
            ],
        },
    )
    for action, body in (("submit", None), ("send", None)):
        answer = await client.post(
            f"{URL}/{quote['id']}/{action}", json=body, headers=auth(world.engineer)
        )
        assert answer.status_code == 200, answer.text
    optional_id = quote["lines"][1]["id"]
    answer = await client.post(
        f"{URL}/{quote['id']}/accept",
        json={"chosen_optional_line_ids": [optional_id]},
        headers=auth(world.engineer),
    )
    assert answer.status_code == 200, answer.text
    accepted = answer.json()
    # 1000 + 18 % and 100 + 5 %: the chosen line joins the stored total, and the PDF's.
    assert accepted["grand_total"] == "1285.00"
    (page,) = _pages(await _pdf(client, world.engineer, quote["id"]))
    assert "Spare valve [Optional, chosen]" in page
    assert "Grand total INR 1,285.00" in page
    assert "Rupees One Thousand Two Hundred Eighty-Five Only" in page


async def test_sixty_lines_break_across_pages_with_the_header_repeated(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    lines = [
        _line(setup["pump"], str(n), "1234.5", description=f"Item number {n:02d}")
        for n in range(1, 61)
    ]
    quote = await _create(
        client, world.engineer, {"customer_id": str(setup["local"].id), "lines": lines}
    )
    pages = _pages(await _pdf(client, world.engineer, quote["id"]))
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    # Every page with lines starts them under the table's header row.
    with_lines = [page for page in pages if "Item number" in page]
    assert len(with_lines) > 1
    for page in with_lines:
        assert "# Description HSN/SAC Qty Rate Disc % Taxable GST % Amount (INR)" in page
    # Every line printed once, in order; the totals and words at the end.
    printed = re.findall(r"Item number (\d\d)", " ".join(pages))
    assert printed == [f"{n:02d}" for n in range(1, 61)]
    grand = Decimal(quote["grand_total"])
    assert f"Grand total {format_money(grand, 'INR')}" in pages[-1]
    assert amount_in_words(grand, "INR") in pages[-1]


async def test_a_quote_the_caller_may_not_see_is_a_404(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        {"customer_id": str(setup["local"].id), "lines": [_line(setup["pump"], "1", "100")]},
    )
    for user in (world.engineer_other_team, world.other_head):
        answer = await _pdf(client, user, quote["id"])
        assert answer.status_code == 404, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
    assert (await _pdf(client, world.head, quote["id"])).status_code == 200
    assert (await _pdf(client, world.admin, quote["id"])).status_code == 200
    missing = await _pdf(client, world.engineer, "00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404
    assert (await client.get(f"{URL}/{quote['id']}/pdf")).status_code == 401


async def test_a_revision_prints_its_number_and_a_dollar_quote_its_own_words(
    client: AsyncClient, world: World, setup: dict[str, Any]
):
    quote = await _create(
        client,
        world.engineer,
        {
            "customer_id": str(setup["local"].id),
            "currency": "USD",
            "lines": [_line(setup["pump"], "1000", "1234.5")],
        },
    )
    for action in ("submit", "revise"):
        answer = await client.post(f"{URL}/{quote['id']}/{action}", headers=auth(world.engineer))
        assert answer.status_code in (200, 201), answer.text
    revised = answer.json()
    assert revised["display_number"].endswith("-R1")
    answer = await _pdf(client, world.engineer, revised["id"])
    name = revised["display_number"].replace("/", "-")
    assert answer.headers["content-disposition"] == f'attachment; filename="{name}.pdf"'
    (page,) = _pages(answer)
    assert f"Quote no. {revised['display_number']} Revision 1" in page
    # Dollars group by three and are said in millions; the figure is the stored one.
    assert revised["grand_total"] == "1456710.00"
    assert "Amount (USD)" in page and "1,234.50" in page
    assert "Grand total USD 1,456,710.00" in page
    assert "US Dollars One Million Four Hundred Fifty-Six Thousand Seven Hundred Ten Only" in page
