"""Taxes on a document line: India's GST as components, one rounding rule.

Pure functions (no database, no settings): quotes, orders, invoices, their PDFs and the
reports all compute a line's tax here, so they print the same numbers. The rule
(docs/decisions/0014-gst-components.md):

  * the taxable amount of a line is quantity x unit price less the line's discount,
    rounded once to the currency's minor unit (``taxable_line_amount``);
  * a taxable category's rate splits by the place of supply: the customer's GST state
    equal to the company's -> CGST + SGST at half the rate each (intra-state), any other
    state or outside India -> IGST at the full rate (inter-state);
  * each component is computed on the line's taxable amount and rounded on its own to
    the currency's minor unit, half away from zero (``core/money.round_amount``), so
    CGST and SGST are always equal and a document's tax per component is the sum of
    its lines' printed components;
  * zero-rated supplies (exports, SEZ units) are inter-state by law: one IGST component
    at 0 %; exempt supplies carry no component at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.core.money import round_amount

HUNDRED = Decimal(100)


class TaxTreatment(StrEnum):
    """How a tax category taxes a supply."""

    TAXABLE = "taxable"  # the category's rate (0 % for nil-rated goods)
    ZERO_RATED = "zero_rated"  # exports, SEZ: IGST at 0 %, input credit kept
    EXEMPT = "exempt"  # outside GST: no tax component


class Supply(StrEnum):
    INTRA_STATE = "intra_state"
    INTER_STATE = "inter_state"


class TaxComponentName(StrEnum):
    CGST = "CGST"
    SGST = "SGST"
    IGST = "IGST"


@dataclass(frozen=True)
class TaxComponent:
    name: TaxComponentName
    rate: Decimal  # percent
    amount: Decimal  # at the currency's minor unit


@dataclass(frozen=True)
class LineTax:
    """The tax of one line: its taxable amount and each component, rounded."""

    taxable_amount: Decimal
    currency: str
    treatment: TaxTreatment
    supply: Supply
    components: tuple[TaxComponent, ...]

    @property
    def tax_amount(self) -> Decimal:
        return sum((c.amount for c in self.components), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.taxable_amount + self.tax_amount


def supply_of(*, company_state: str, place_of_supply: str | None) -> Supply:
    """Intra-state when the customer's GST state is the company's; a customer outside
    India (no state code) is an inter-state supply (IGST Act s. 7(5))."""
    if place_of_supply is not None and place_of_supply == company_state:
        return Supply.INTRA_STATE
    return Supply.INTER_STATE


def taxable_line_amount(
    *, quantity: Decimal, unit_price: Decimal, discount_percent: Decimal, currency: str
) -> Decimal:
    """quantity x unit price less the discount, rounded once to the minor unit."""
    return round_amount(quantity * unit_price * (HUNDRED - discount_percent) / HUNDRED, currency)


def line_tax(
    *,
    taxable_amount: Decimal,
    currency: str,
    treatment: TaxTreatment,
    rate: Decimal,
    company_state: str,
    place_of_supply: str | None,
) -> LineTax:
    """The GST components of one line (the amount is rounded to the minor unit first)."""
    taxable = round_amount(taxable_amount, currency)
    supply = supply_of(company_state=company_state, place_of_supply=place_of_supply)
    components: tuple[TaxComponent, ...]
    if treatment is TaxTreatment.EXEMPT:
        components = ()
    elif treatment is TaxTreatment.ZERO_RATED:
        supply = Supply.INTER_STATE
        components = (
            TaxComponent(TaxComponentName.IGST, Decimal(0), round_amount(Decimal(0), currency)),
        )
    elif supply is Supply.INTRA_STATE:
        half = rate / 2
        each = round_amount(taxable * half / HUNDRED, currency)
        components = (
            TaxComponent(TaxComponentName.CGST, half, each),
            TaxComponent(TaxComponentName.SGST, half, each),
        )
    else:
        igst = round_amount(taxable * rate / HUNDRED, currency)
        components = (TaxComponent(TaxComponentName.IGST, rate, igst),)
    return LineTax(taxable, currency, treatment, supply, components)


@dataclass(frozen=True)
class TaxBreakdownRow:
    """One row of a document's tax breakdown (the PDF's table): per component and rate."""

    name: TaxComponentName
    rate: Decimal
    taxable_amount: Decimal
    amount: Decimal


def tax_breakdown(lines: Iterable[LineTax]) -> list[TaxBreakdownRow]:
    """Per component and rate: the taxable amount and the tax, each the sum of the lines'
    printed amounts (never recomputed on the sum), ordered IGST/CGST/SGST by rate."""
    rows: dict[tuple[TaxComponentName, Decimal], tuple[Decimal, Decimal]] = {}
    for line in lines:
        for component in line.components:
            key = (component.name, component.rate.normalize())
            taxable, amount = rows.get(key, (Decimal(0), Decimal(0)))
            rows[key] = (taxable + line.taxable_amount, amount + component.amount)
    order = list(TaxComponentName)
    return [
        TaxBreakdownRow(name, rate, taxable, amount)
        for (name, rate), (taxable, amount) in sorted(
            rows.items(), key=lambda item: (item[0][1], order.index(item[0][0]))
        )
    ]
