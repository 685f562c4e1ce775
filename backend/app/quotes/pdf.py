"""The quote as a printed document (``core/documents.py`` lays it out).

Everything printed comes from the quote as the API answers it (``service.quote_item``):
the stored amounts, already at the currency's minor unit, are only regrouped for print
("1,23,456.00"); nothing is recomputed, so the PDF and the API always agree. Optional
lines are printed and marked; they count in the totals only once chosen on acceptance,
exactly as the stored totals do.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from app.core.documents import (
    Column,
    Document,
    Letterhead,
    Party,
    Row,
    Section,
    Table,
    Total,
    address_lines,
    print_date,
    tax_table,
)
from app.core.money_text import amount_in_words, format_grouped, format_money, format_unit_price
from app.core.regions import GST_STATES

DEFAULT_TERMS = (
    "Prices are valid until the date above. Taxes as shown; any change in statutory levies "
    "at the time of supply will apply."
)


def _address_of(customer: dict[str, Any], *kinds: str) -> dict[str, Any] | None:
    by_kind = {str(a["kind"]): a for a in customer.get("addresses") or []}
    return next((by_kind[kind] for kind in kinds if kind in by_kind), None)


def _parties(quote: dict[str, Any], customer: dict[str, Any] | None) -> list[Party]:
    if customer is None:
        # The caller may see the quote but not the customer's record: the name only.
        return [Party("Quotation for", quote.get("customer_name") or "Customer")]
    billing = _address_of(customer, "billing", "shipping")
    lines = address_lines(billing) if billing else []
    if quote.get("place_of_supply"):
        code = quote["place_of_supply"]
        lines.append(f"Place of supply: {GST_STATES.get(code, code)} ({code})")
    parties = [
        Party(
            "Bill to",
            customer.get("legal_name") or customer["name"],
            lines,
            customer.get("tax_id"),
        )
    ]
    contact = next(
        (c for c in customer.get("contacts") or [] if str(c["id"]) == str(quote["contact_id"])),
        None,
    )
    if contact is not None:
        details = [
            v for v in (contact.get("title"), contact.get("email"), contact.get("phone")) if v
        ]
        parties.append(Party("Kind attention", contact["name"], details))
    else:
        shipping = _address_of(customer, "shipping")
        if shipping is not None and shipping is not billing:
            parties.append(Party("Ship to", customer["name"], address_lines(shipping)))
    return parties


def _lines(quote: dict[str, Any], hsn_sac_codes: dict[uuid.UUID, str]) -> Table:
    currency = quote["currency"]
    # Every amount in the quote's currency, named in the last column's heading.
    columns = [
        Column("#", 4, "R"),
        Column("Description", 27),
        Column("HSN/SAC", 10),
        Column("Qty", 9, "R"),
        Column("Rate", 14, "R"),
        Column("Disc %", 7.5, "R"),
        Column("Taxable", 15, "R"),
        Column("GST %", 7, "R"),
        Column(f"Amount ({currency})", 15.5, "R"),
    ]
    rows = []
    for number, line in enumerate(quote["lines"], start=1):
        note = None
        if line["is_optional"]:
            note = "Optional, chosen" if line["is_selected"] else "Optional, not in total"
        rows.append(
            Row(
                [
                    str(number),
                    line["description"],
                    hsn_sac_codes.get(uuid.UUID(str(line["product_id"])), ""),
                    f"{line['quantity']} {line['unit']}",
                    format_unit_price(line["unit_price"], currency),
                    line["discount_percent"],
                    format_grouped(line["taxable_amount"], currency),
                    line["tax_rate"],
                    format_grouped(line["line_total"], currency),
                ],
                note=note,
            )
        )
    return Table(columns, rows)


def _totals(quote: dict[str, Any]) -> list[Total]:
    currency = quote["currency"]
    totals = [Total("Subtotal", format_money(quote["subtotal"], currency))]
    if Decimal(quote["discount_total"]):
        totals.append(Total("Discount", "- " + format_money(quote["discount_total"], currency)))
        totals.append(Total("Taxable value", format_money(quote["taxable_total"], currency)))
    totals += [
        Total(component["name"], format_money(component["amount"], currency))
        for component in quote["tax_components"]
    ]
    totals.append(Total("Total tax", format_money(quote["tax_total"], currency)))
    totals.append(Total("Grand total", format_money(quote["grand_total"], currency), strong=True))
    return totals


def quote_document(
    quote: dict[str, Any],
    customer: dict[str, Any] | None,
    letterhead: Letterhead,
    *,
    hsn_sac_codes: dict[uuid.UUID, str],
) -> Document:
    fields = [("Quote no.", quote["display_number"])]
    if quote["revision"]:
        fields.append(("Revision", str(quote["revision"])))
    fields += [
        ("Date", print_date(quote["quote_date"])),
        ("Valid until", print_date(quote["valid_until"])),
    ]
    sections = [Section("Terms and conditions", quote.get("terms") or DEFAULT_TERMS)]
    if quote.get("notes"):
        sections.append(Section("Notes", quote["notes"]))
    return Document(
        title="QUOTATION",
        reference=quote["display_number"],
        fields=fields,
        parties=_parties(quote, customer),
        lines=_lines(quote, hsn_sac_codes),
        tax=tax_table(quote),
        totals=_totals(quote),
        in_words=amount_in_words(Decimal(quote["grand_total"]), quote["currency"]),
        sections=sections,
        closing=f"For {letterhead.name}",
    )


def file_name(quote: dict[str, Any]) -> str:
    """The display number as a file name: "Q-2026-27-00042-R1.pdf"."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in quote["display_number"])
    return f"{safe}.pdf"
