"""The invoice (TAX INVOICE) and the credit note as printed documents, laid out by
``core/documents.py`` exactly as the quote is (decision 0017).

Everything printed comes from the invoice as the API answers it
(``service.invoice_item``): the snapshot taken when it was made (billing name and
address, GSTINs, place of supply), the stored amounts regrouped for print; nothing is
recomputed, so the PDF and the API always agree.
"""

from __future__ import annotations

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

DEFAULT_TERMS = "Payment by the due date above. Interest may be charged on overdue amounts."


def _parties(invoice: dict[str, Any]) -> list[Party]:
    address = invoice.get("billing_address")
    lines = address_lines(address) if address else []
    code = invoice.get("place_of_supply")
    lines.append(
        f"Place of supply: {GST_STATES.get(code, code)} ({code})"
        if code
        else "Place of supply: outside India"
    )
    return [Party("Bill to", invoice["billing_name"], lines, invoice.get("customer_gstin"))]


def _lines(invoice: dict[str, Any]) -> Table:
    currency = invoice["currency"]
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
    rows = [
        Row(
            [
                str(number),
                line["description"],
                line.get("hsn_sac_code") or "",
                f"{line['quantity']} {line['unit']}",
                format_unit_price(line["unit_price"], currency),
                line["discount_percent"],
                format_grouped(line["taxable_amount"], currency),
                line["tax_rate"],
                format_grouped(line["line_total"], currency),
            ]
        )
        for number, line in enumerate(invoice["lines"], start=1)
    ]
    return Table(columns, rows)


def _totals(invoice: dict[str, Any], *, credit_note: bool) -> list[Total]:
    currency = invoice["currency"]
    totals = [Total("Subtotal", format_money(invoice["subtotal"], currency))]
    if Decimal(invoice["discount_total"]):
        totals.append(Total("Discount", "- " + format_money(invoice["discount_total"], currency)))
        totals.append(Total("Taxable value", format_money(invoice["taxable_total"], currency)))
    totals += [
        Total(component["name"], format_money(component["amount"], currency))
        for component in invoice["tax_components"]
    ]
    totals.append(Total("Total tax", format_money(invoice["tax_total"], currency)))
    label = "Total credit" if credit_note else "Grand total"
    totals.append(Total(label, format_money(invoice["grand_total"], currency), strong=True))
    if not credit_note and invoice.get("number"):
        if Decimal(invoice["amount_credited"]):
            totals.append(
                Total("Credited", "- " + format_money(invoice["amount_credited"], currency))
            )
        totals.append(Total("Amount paid", format_money(invoice["amount_paid"], currency)))
        totals.append(
            Total("Balance due", format_money(invoice["open_amount"], currency), strong=True)
        )
    return totals


def invoice_document(
    invoice: dict[str, Any],
    letterhead: Letterhead,
    *,
    order_reference: str | None,
    credited_number: str | None,
    bank_details: list[str],
) -> Document:
    credit_note = invoice["kind"] == "credit_note"
    number = invoice.get("number") or "DRAFT"
    if credit_note:
        fields = [("Credit note no.", number), ("Date", print_date(invoice["invoice_date"]))]
        if credited_number:
            fields.append(("Against invoice", credited_number))
    else:
        fields = [
            ("Invoice no.", number),
            ("Date", print_date(invoice["invoice_date"])),
            ("Due date", print_date(invoice["due_date"])),
        ]
    if order_reference:
        fields.append(("Order", order_reference))
    sections = []
    if credit_note and invoice.get("reason"):
        sections.append(Section("Reason", invoice["reason"]))
    if not credit_note:
        sections.append(Section("Terms", DEFAULT_TERMS))
        if bank_details:
            sections.append(Section("Bank details", "\n".join(bank_details)))
    if invoice.get("notes"):
        sections.append(Section("Notes", invoice["notes"]))
    return Document(
        title="CREDIT NOTE" if credit_note else "TAX INVOICE",
        reference=number,
        fields=fields,
        parties=_parties(invoice),
        lines=_lines(invoice),
        tax=tax_table(invoice),
        totals=_totals(invoice, credit_note=credit_note),
        in_words=amount_in_words(Decimal(invoice["grand_total"]), invoice["currency"]),
        sections=sections,
        closing=f"For {letterhead.name}",
    )


def file_name(invoice: dict[str, Any]) -> str:
    """The number as a file name: "INV-2026-27-00001.pdf" (a draft: "draft-<id>.pdf")."""
    number = invoice.get("number") or f"draft-{invoice['id']}"
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in number)
    return f"{safe}.pdf"
