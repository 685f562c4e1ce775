"""core/tax.py against a plain Decimal reference (hypothesis): every component of every
line, in currencies of 0, 2 and 3 minor digits, is the exact product rounded half away
from zero to the minor unit; CGST equals SGST; a document's tax per component is the
sum of its lines' printed components."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.money import MINOR_UNITS
from app.core.tax import (
    Supply,
    TaxComponentName,
    TaxTreatment,
    line_tax,
    tax_breakdown,
    taxable_line_amount,
)

COMPANY = "29"
CURRENCIES = st.sampled_from(["INR", "JPY", "KWD", "USD", "EUR"])
STATES = st.sampled_from(["29", "27", "07", "33", None])
RATES = st.sampled_from(["0", "0.25", "3", "5", "12", "18", "28"]).map(Decimal)
AMOUNTS = st.decimals(
    min_value=Decimal("0"), max_value=Decimal("99999999.9999"), places=4, allow_nan=False
)


def reference_round(value: Decimal, places: int) -> Decimal:
    """Half away from zero by integer arithmetic (no quantize): the value in units of
    10^-places, + 1/2, floored, for a non-negative value."""
    scaled = value * (Decimal(10) ** places)
    whole = int(scaled)  # truncates toward zero; values here are >= 0
    if scaled - whole >= Decimal("0.5"):
        whole += 1
    return Decimal(whole) / (Decimal(10) ** places)


@settings(max_examples=400)
@given(amount=AMOUNTS, rate=RATES, currency=CURRENCIES, state=STATES)
def test_taxable_components_match_the_reference(amount, rate, currency, state):
    places = MINOR_UNITS[currency]
    tax = line_tax(
        taxable_amount=amount,
        currency=currency,
        treatment=TaxTreatment.TAXABLE,
        rate=rate,
        company_state=COMPANY,
        place_of_supply=state,
    )
    taxable = reference_round(amount, places)
    assert tax.taxable_amount == taxable
    if state == COMPANY:
        assert tax.supply is Supply.INTRA_STATE
        assert [c.name for c in tax.components] == [TaxComponentName.CGST, TaxComponentName.SGST]
        half = reference_round(taxable * rate / 200, places)
        assert [c.amount for c in tax.components] == [half, half]
        assert [c.rate for c in tax.components] == [rate / 2, rate / 2]
    else:
        assert tax.supply is Supply.INTER_STATE
        (igst,) = tax.components
        assert igst.name is TaxComponentName.IGST and igst.rate == rate
        assert igst.amount == reference_round(taxable * rate / 100, places)
    for component in tax.components:
        assert component.amount == component.amount.quantize(Decimal(1).scaleb(-places))
    assert tax.total == tax.taxable_amount + sum(c.amount for c in tax.components)


@settings(max_examples=200)
@given(amount=AMOUNTS, rate=RATES, currency=CURRENCIES)
def test_intra_and_inter_state_differ_by_at_most_one_minor_unit(amount, rate, currency):
    common = {"taxable_amount": amount, "currency": currency, "rate": rate}
    intra = line_tax(
        **common, treatment=TaxTreatment.TAXABLE, company_state=COMPANY, place_of_supply=COMPANY
    )
    inter = line_tax(
        **common, treatment=TaxTreatment.TAXABLE, company_state=COMPANY, place_of_supply="27"
    )
    unit = Decimal(1).scaleb(-MINOR_UNITS[currency])
    assert abs(intra.tax_amount - inter.tax_amount) <= unit


@given(amount=AMOUNTS, currency=CURRENCIES, state=STATES)
def test_exempt_has_no_component_and_zero_rated_is_igst_at_zero(amount, currency, state):
    common = {
        "taxable_amount": amount,
        "currency": currency,
        "rate": Decimal(0),
        "company_state": COMPANY,
        "place_of_supply": state,
    }
    exempt = line_tax(**common, treatment=TaxTreatment.EXEMPT)
    assert exempt.components == () and exempt.tax_amount == 0
    assert exempt.total == exempt.taxable_amount
    zero = line_tax(**common, treatment=TaxTreatment.ZERO_RATED)
    assert zero.supply is Supply.INTER_STATE
    assert [(c.name, c.rate, c.amount) for c in zero.components] == [
        (TaxComponentName.IGST, Decimal(0), Decimal(0))
    ]


@settings(max_examples=200)
@given(
    lines=st.lists(st.tuples(AMOUNTS, RATES), min_size=1, max_size=8),
    currency=CURRENCIES,
    state=STATES,
)
def test_a_documents_breakdown_is_the_sum_of_its_printed_lines(lines, currency, state):
    taxes = [
        line_tax(
            taxable_amount=amount,
            currency=currency,
            treatment=TaxTreatment.TAXABLE,
            rate=rate,
            company_state=COMPANY,
            place_of_supply=state,
        )
        for amount, rate in lines
    ]
    breakdown = tax_breakdown(taxes)
    assert sum(row.amount for row in breakdown) == sum(t.tax_amount for t in taxes)
    for row in breakdown:
        expected = sum(
            c.amount
            for t in taxes
            for c in t.components
            if c.name is row.name and c.rate == row.rate
        )
        assert row.amount == expected


@settings(max_examples=200)
@given(
    quantity=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("100000"), places=4),
    unit_price=st.decimals(min_value=Decimal("0"), max_value=Decimal("1000000"), places=4),
    discount=st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=2),
    currency=CURRENCIES,
)
def test_the_taxable_line_amount_is_rounded_once(quantity, unit_price, discount, currency):
    places = MINOR_UNITS[currency]
    exact = quantity * unit_price * (100 - discount) / 100
    assert taxable_line_amount(
        quantity=quantity, unit_price=unit_price, discount_percent=discount, currency=currency
    ) == reference_round(exact, places)


def test_a_known_invoice_line():
    """1,234.56 at GST 18 %: within the state 111.11 + 111.11; across states 222.22."""
    intra = line_tax(
        taxable_amount=Decimal("1234.56"),
        currency="INR",
        treatment=TaxTreatment.TAXABLE,
        rate=Decimal(18),
        company_state="29",
        place_of_supply="29",
    )
    assert [(c.name.value, str(c.rate), str(c.amount)) for c in intra.components] == [
        ("CGST", "9", "111.11"),
        ("SGST", "9", "111.11"),
    ]
    inter = line_tax(
        taxable_amount=Decimal("1234.56"),
        currency="INR",
        treatment=TaxTreatment.TAXABLE,
        rate=Decimal(18),
        company_state="29",
        place_of_supply="27",
    )
    assert [(c.name.value, str(c.amount)) for c in inter.components] == [("IGST", "222.22")]
