"""The sales orders' read path prints what their schemas print (decision 0011)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.sales_orders.models import SalesOrder
from app.sales_orders.repository import SALES_ORDER_SUMMARY_READ
from app.sales_orders.schemas import SalesOrderSummaryRead
from tests.conftest import World
from tests.core.test_reads import _same
from tests.factories.catalogue import create_product
from tests.factories.customers import create_customer
from tests.factories.sales_orders import create_sales_order


async def test_an_order_reads_as_its_schema_prints_it(session: AsyncSession, world: World) -> None:
    customer = await create_customer(session, owner=world.engineer, territory=world.north)
    product = await create_product(session)
    order = await create_sales_order(
        session,
        owner=world.engineer,
        customer=customer,
        lines=[(product, "3", "333.3333", "12.5"), (product, "1", "0.5", "0")],
        customer_po_number="PO-1",
    )
    await session.commit()
    session.expunge_all()
    loaded = await session.get(SalesOrder, order.id)
    item = await _same(
        session,
        world,
        SALES_ORDER_SUMMARY_READ,
        SalesOrderSummaryRead,
        loaded,
        customer_name=customer.name,
    )
    assert item["customer_po_number"] == "PO-1"
