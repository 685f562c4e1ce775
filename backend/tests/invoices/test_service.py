"""``create_invoice``: the entry point the orders step calls (a milestone's or the
delivered quantities' invoice), tested directly."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import UnprocessableEntity
from app.invoices import service as invoices
from app.users.service import principal_for_user
from tests.conftest import World, auth
from tests.factories.catalogue import create_product, create_tax_category
from tests.factories.customers import create_customer


async def test_an_order_side_invoice_keeps_its_source_and_its_quoted_tax_category(
    client: AsyncClient, session: AsyncSession, world: World
):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)  # its category: 18 %
    quoted = await create_tax_category(session, rate="12")
    principal = await principal_for_user(session, world.head.id)
    assert principal is not None
    order_id, milestone_id, order_line_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    saved = await invoices.create_invoice(
        session,
        principal,
        customer_id=customer.id,
        currency="INR",
        lines=[
            invoices.InvoiceLineInput(
                product_id=product.id,
                quantity=Decimal("2"),
                unit_price=Decimal("1500"),
                discount_percent=Decimal("10"),
                description="30 % advance on SO/2026-27/00007",
                tax_category_id=quoted.id,
                source_line_id=order_line_id,
            )
        ],
        source=invoices.InvoiceSource("sales_order", order_id, milestone_id),
        payment_terms_days=15,
    )
    issued = await invoices.issue_invoice(session, principal, saved.entity)
    await session.commit()
    assert saved.created and issued.number is not None
    answer = await client.get(
        "/api/v1/invoices",
        params={"source_document_id": str(order_id)},
        headers=auth(world.engineer),
    )
    [item] = answer.json()["items"]
    assert (item["source_document_type"], item["source_milestone_id"]) == (
        "sales_order",
        str(milestone_id),
    )
    assert (item["payment_terms_days"], item["taxable_total"], item["tax_total"]) == (
        15,
        "2700.00",
        "324.00",  # the quoted 12 %, not the product's 18 % today
    )
    read = (await client.get(f"/api/v1/invoices/{issued.id}", headers=auth(world.head))).json()
    assert read["lines"][0]["source_line_id"] == str(order_line_id)
    assert read["lines"][0]["description"] == "30 % advance on SO/2026-27/00007"


async def test_a_bad_line_is_named_where_the_caller_says(session: AsyncSession, world: World):
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)
    principal = await principal_for_user(session, world.head.id)
    assert principal is not None
    with pytest.raises(UnprocessableEntity) as refused:
        await invoices.create_invoice(
            session,
            principal,
            customer_id=customer.id,
            currency=None,
            lines=[
                invoices.InvoiceLineInput(product.id, Decimal(1), Decimal(1)),
                invoices.InvoiceLineInput(uuid.uuid4(), Decimal(1), Decimal(1)),
            ],
            loc=["milestones", 0, "lines"],
        )
    assert refused.value.errors is not None
    assert refused.value.errors[0].loc == ["milestones", 0, "lines", 1, "product_id"]
