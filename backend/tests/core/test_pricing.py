"""Document totals (quotes, sales orders) against a plain Decimal reference, for any
lines (hypothesis): exact to the paisa, and the document always adds up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.pricing import LineInput, price_document
from app.core.tax import Supply, TaxComponentName, TaxTreatment

PAISA = Decimal("0.01")
COMPANY = "29"


def _paise(value: Decimal) -> Decimal:
    return value.quantize(PAISA, rounding=ROUND_HALF_UP)


def _reference(lines: list[LineInput], place_of_supply: str | None) -> dict[str, Decimal]:
    """The rule as the decision records state it, written out by hand."""
    intra = place_of_supply == COMPANY
    totals = dict.fromkeys(("subtotal", "discount", "taxable", "CGST", "SGST", "IGST"), Decimal(0))
    for line in lines:
        if line.is_optional and not line.is_selected:
            continue
        gross = _paise(line.quantity * line.unit_price)
        taxable = _paise(line.quantity * line.unit_price * (100 - line.discount_percent) / 100)
        totals["subtotal"] += gross
        totals["discount"] += gross - taxable
        totals["taxable"] += taxable
        if line.treatment is TaxTreatment.EXEMPT:
            continue
        rate = Decimal(0) if line.treatment is TaxTreatment.ZERO_RATED else line.rate
        if intra and line.treatment is TaxTreatment.TAXABLE:
            half = _paise(taxable * rate / 2 / 100)
            totals["CGST"] += half
            totals["SGST"] += half
        else:
            totals["IGST"] += _paise(taxable * rate / 100)
    totals["tax"] = totals["CGST"] + totals["SGST"] + totals["IGST"]
    totals["grand"] = totals["taxable"] + totals["tax"]
    return totals


lines = st.builds(
    LineInput,
    quantity=st.decimals(min_value="0.0001", max_value="10000", places=4),
    unit_price=st.decimals(min_value="0", max_value="1000000", places=4),
    discount_percent=st.decimals(min_value="0", max_value="100", places=4),
    treatment=st.sampled_from(list(TaxTreatment)),
    rate=st.sampled_from([Decimal(r) for r in ("0", "0.25", "3", "5", "12", "18", "28")]),
    is_optional=st.booleans(),
    is_selected=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(
    quote_lines=st.lists(lines, max_size=12),
    place_of_supply=st.sampled_from([COMPANY, "07", "27", None]),
)
def test_document_totals_match_the_decimal_reference_to_the_paisa(
    quote_lines: list[LineInput], place_of_supply: str | None
) -> None:
    totals = price_document(
        quote_lines, currency="INR", company_state=COMPANY, place_of_supply=place_of_supply
    )
    expected = _reference(quote_lines, place_of_supply)
    assert totals.subtotal == expected["subtotal"]
    assert totals.discount_total == expected["discount"]
    assert totals.taxable_total == expected["taxable"]
    assert totals.tax_total == expected["tax"]
    assert totals.grand_total == expected["grand"]
    for name in TaxComponentName:
        assert totals.tax_by_component.get(name, Decimal(0)) == expected[name.value]
    # The document adds up: every printed total is the sum of its printed parts.
    assert totals.subtotal - totals.discount_total == totals.taxable_total
    assert sum(Decimal(row["amount"]) for row in totals.breakdown) == totals.tax_total
    assert totals.tax_by_component.get(TaxComponentName.CGST) == totals.tax_by_component.get(
        TaxComponentName.SGST
    )
    for line, priced in zip(quote_lines, totals.lines, strict=True):
        assert priced.line_total == priced.taxable_amount + priced.tax_amount
        assert priced.taxable_amount == priced.taxable_amount.quantize(PAISA)
        assert priced.gross_amount - priced.discount_amount == priced.taxable_amount
        assert line.quantity > 0


def test_supply_follows_the_place_of_supply() -> None:
    one = [LineInput(Decimal(1), Decimal(100), Decimal(0), TaxTreatment.TAXABLE, Decimal(18))]
    local = price_document(one, currency="INR", company_state=COMPANY, place_of_supply="29")
    assert local.supply is Supply.INTRA_STATE
    abroad = price_document(one, currency="INR", company_state=COMPANY, place_of_supply=None)
    assert (abroad.supply, abroad.components_json()) == (
        Supply.INTER_STATE,
        [{"name": "IGST", "amount": "18.00"}],
    )
