"""Invoice totals through HTTP against a plain Decimal reference, for any lines
(hypothesis): exact to the paisa, and the document always adds up."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from httpx import AsyncClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tax import TaxTreatment
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer

PAISA = Decimal("0.01")
RATES = ("0", "5", "12", "18", "28")


def _paise(value: Decimal) -> Decimal:
    return value.quantize(PAISA, rounding=ROUND_HALF_UP)


def _reference(lines: list[dict[str, Any]], intra: bool) -> dict[str, Decimal]:
    """The rounding rule (decisions 0004, 0014) written out by hand: each line's taxable
    amount rounded once, each GST component of it rounded on its own, then summed."""
    totals = dict.fromkeys(("subtotal", "taxable", "CGST", "SGST", "IGST"), Decimal(0))
    for line in lines:
        quantity, price, discount = line["quantity"], line["unit_price"], line["discount"]
        totals["subtotal"] += _paise(quantity * price)
        taxable = _paise(quantity * price * (100 - discount) / 100)
        totals["taxable"] += taxable
        if line["treatment"] is TaxTreatment.EXEMPT:
            continue
        rate = Decimal(0) if line["treatment"] is TaxTreatment.ZERO_RATED else line["rate"]
        if intra and line["treatment"] is TaxTreatment.TAXABLE:
            totals["CGST"] += _paise(taxable * rate / 2 / 100)
            totals["SGST"] += _paise(taxable * rate / 2 / 100)
        else:
            totals["IGST"] += _paise(taxable * rate / 100)
    totals["tax"] = totals["CGST"] + totals["SGST"] + totals["IGST"]
    totals["grand"] = totals["taxable"] + totals["tax"]
    return totals


line_strategy = st.fixed_dictionaries(
    {
        "quantity": st.decimals(min_value="0.0001", max_value="5000", places=4),
        "unit_price": st.decimals(min_value="0", max_value="500000", places=4),
        "discount": st.decimals(min_value="0", max_value="100", places=4),
        "treatment": st.sampled_from(list(TaxTreatment)),
        "rate": st.sampled_from([Decimal(r) for r in RATES]),
    }
)


async def test_invoice_totals_match_the_decimal_reference_to_the_paisa(
    client: AsyncClient, session: AsyncSession, world: World
) -> None:
    products: dict[tuple[TaxTreatment, Decimal], Any] = {}
    for treatment in TaxTreatment:
        for rate in RATES if treatment is TaxTreatment.TAXABLE else ("0",):
            category = await create_tax_category(session, rate=rate, treatment=treatment)
            products[(treatment, Decimal(rate))] = await create_product(
                session, tax_category=category
            )
    intra = await create_customer(session, owner=world.engineer, territory=world.north)
    intra.addresses[0].state_code = "29"
    inter = await create_customer(session, owner=world.engineer, territory=world.north)
    inter.addresses[0].state_code = "07"
    await session.commit()

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(lines=st.lists(line_strategy, min_size=1, max_size=8), is_intra=st.booleans())
    def check(lines: list[dict[str, Any]], is_intra: bool) -> None:
        examples.append((lines, is_intra))

    examples: list[tuple[list[dict[str, Any]], bool]] = []
    check()
    for lines, is_intra in examples:
        for line in lines:
            if line["treatment"] is not TaxTreatment.TAXABLE:
                line["rate"] = Decimal(0)
        body = {
            "customer_id": str((intra if is_intra else inter).id),
            "lines": [
                {
                    "product_id": str(products[(line["treatment"], line["rate"])].id),
                    "quantity": str(line["quantity"]),
                    "unit_price": str(line["unit_price"]),
                    "discount_percent": str(line["discount"]),
                }
                for line in lines
            ],
        }
        answer = await client.post("/api/v1/invoices", json=body, headers=auth(world.admin))
        assert answer.status_code == 201, answer.text
        invoice = answer.json()
        expected = _reference(lines, is_intra)
        assert Decimal(invoice["subtotal"]) == expected["subtotal"]
        assert Decimal(invoice["taxable_total"]) == expected["taxable"]
        assert Decimal(invoice["tax_total"]) == expected["tax"]
        assert Decimal(invoice["grand_total"]) == expected["grand"]
        components = {c["name"]: Decimal(c["amount"]) for c in invoice["tax_components"]}
        for name in ("CGST", "SGST", "IGST"):
            assert components.get(name, Decimal(0)) == expected[name], (name, lines)
        # The document adds up: printed totals are sums of printed parts.
        assert Decimal(invoice["subtotal"]) - Decimal(invoice["discount_total"]) == Decimal(
            invoice["taxable_total"]
        )
        assert sum(Decimal(line["line_total"]) for line in invoice["lines"]) == Decimal(
            invoice["grand_total"]
        )
        assert sum(Decimal(row["amount"]) for row in invoice["tax_breakdown"]) == Decimal(
            invoice["tax_total"]
        )
