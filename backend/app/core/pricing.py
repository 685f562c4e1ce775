"""A priced document's amounts (a quote, a sales order), computed by the server alone.

Per line (decisions 0004, 0014): the gross amount is quantity x unit price rounded to
the currency's minor unit; the taxable amount is quantity x unit price less the
discount, rounded once (``core.tax.taxable_line_amount``); the discount amount is their
difference; each GST component is computed on the taxable amount and rounded on its
own; the line total is the taxable amount plus its components.

Per document: every total is the sum of the printed line amounts of the lines that count
(not optional, or optional and chosen by the customer), so the document always adds up:
subtotal - discount = taxable total; taxable total + tax = grand total; tax per
component and the tax table are sums of the lines' components.

``price_document`` is pure (no database, no settings); ``store_totals`` writes its
answer onto a document's and its lines' columns, which every priced document names the
same way (quotes and sales orders), so both print the same numbers the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.core.money import format_amount, format_decimal, round_amount
from app.core.tax import (
    LineTax,
    Supply,
    TaxComponentName,
    TaxTreatment,
    line_tax,
    supply_of,
    tax_breakdown,
    taxable_line_amount,
)

ZERO = Decimal(0)


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    treatment: TaxTreatment
    rate: Decimal
    is_optional: bool = False
    is_selected: bool = False

    @property
    def counts(self) -> bool:
        return not self.is_optional or self.is_selected


@dataclass(frozen=True)
class PricedLine:
    gross_amount: Decimal
    discount_amount: Decimal
    taxable_amount: Decimal
    tax: LineTax

    @property
    def tax_amount(self) -> Decimal:
        return self.tax.tax_amount

    @property
    def line_total(self) -> Decimal:
        return self.tax.total

    def components_json(self) -> list[dict[str, str]]:
        currency = self.tax.currency
        return [
            {
                "name": c.name.value,
                "rate": format_decimal(c.rate),
                "amount": format_amount(c.amount, currency),
            }
            for c in self.tax.components
        ]


@dataclass(frozen=True)
class DocumentTotals:
    currency: str
    supply: Supply
    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    discount_total: Decimal
    taxable_total: Decimal
    tax_total: Decimal
    grand_total: Decimal
    tax_by_component: dict[TaxComponentName, Decimal]
    breakdown: list[dict[str, str]]

    def components_json(self) -> list[dict[str, str]]:
        return [
            {"name": name.value, "amount": format_amount(amount, self.currency)}
            for name, amount in self.tax_by_component.items()
        ]


def price_line(
    line: LineInput, *, currency: str, company_state: str, place_of_supply: str | None
) -> PricedLine:
    gross = round_amount(line.quantity * line.unit_price, currency)
    taxable = taxable_line_amount(
        quantity=line.quantity,
        unit_price=line.unit_price,
        discount_percent=line.discount_percent,
        currency=currency,
    )
    tax = line_tax(
        taxable_amount=taxable,
        currency=currency,
        treatment=line.treatment,
        rate=line.rate,
        company_state=company_state,
        place_of_supply=place_of_supply,
    )
    return PricedLine(gross, gross - taxable, taxable, tax)


def price_document(
    lines: list[LineInput], *, currency: str, company_state: str, place_of_supply: str | None
) -> DocumentTotals:
    priced = tuple(
        price_line(
            line, currency=currency, company_state=company_state, place_of_supply=place_of_supply
        )
        for line in lines
    )
    counted = [p for p, line in zip(priced, lines, strict=True) if line.counts]
    subtotal = sum((p.gross_amount for p in counted), ZERO)
    discount = sum((p.discount_amount for p in counted), ZERO)
    taxable = sum((p.taxable_amount for p in counted), ZERO)
    by_component: dict[TaxComponentName, Decimal] = {}
    for p in counted:
        for component in p.tax.components:
            by_component[component.name] = by_component.get(component.name, ZERO) + component.amount
    ordered = {name: by_component[name] for name in TaxComponentName if name in by_component}
    tax = sum(ordered.values(), ZERO)
    breakdown = [
        {
            "name": row.name.value,
            "rate": format_decimal(row.rate),
            "taxable_amount": format_amount(row.taxable_amount, currency),
            "amount": format_amount(row.amount, currency),
        }
        for row in tax_breakdown(p.tax for p in counted)
    ]
    return DocumentTotals(
        currency=currency,
        supply=supply_of(company_state=company_state, place_of_supply=place_of_supply),
        lines=priced,
        subtotal=subtotal,
        discount_total=discount,
        taxable_total=taxable,
        tax_total=tax,
        grand_total=taxable + tax,
        tax_by_component=ordered,
        breakdown=breakdown,
    )


def store_totals(
    document: Any, lines: Sequence[Any], *, company_state: str, place_of_supply: str | None
) -> DocumentTotals:
    """Price ``lines`` (rows with ``quantity``, ``unit_price``, ``discount_percent``,
    ``tax_treatment``, ``tax_rate`` and, on quotes, ``is_optional``/``is_selected``) and
    store every amount on them and on ``document`` (its ``currency`` is the lines')."""
    totals = price_document(
        [
            LineInput(
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                treatment=TaxTreatment(line.tax_treatment),
                rate=line.tax_rate,
                is_optional=getattr(line, "is_optional", False),
                is_selected=getattr(line, "is_selected", False),
            )
            for line in lines
        ],
        currency=document.currency,
        company_state=company_state,
        place_of_supply=place_of_supply,
    )
    for line, priced in zip(lines, totals.lines, strict=True):
        line.gross_amount = priced.gross_amount
        line.discount_amount = priced.discount_amount
        line.taxable_amount = priced.taxable_amount
        line.tax_amount = priced.tax_amount
        line.line_total = priced.line_total
        line.tax_components = priced.components_json()
    document.supply = totals.supply.value
    document.subtotal = totals.subtotal
    document.discount_total = totals.discount_total
    document.taxable_total = totals.taxable_total
    document.tax_total = totals.tax_total
    document.grand_total = totals.grand_total
    document.tax_components = totals.components_json()
    document.tax_breakdown = totals.breakdown
    return totals
