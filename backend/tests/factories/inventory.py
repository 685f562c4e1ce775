"""Build warehouses, stock and procurement requests in one call (through the stock
service, so balances and the ledger agree as they do in the app)."""

from __future__ import annotations

import itertools
import uuid
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.models import Warehouse
from app.inventory.schemas import StockDocument
from app.procurement import service as procurement
from app.procurement.models import ProcurementRequest
from app.products.models import Product

_seq = itertools.count(1)


async def create_warehouse(
    session: AsyncSession, *, code: str | None = None, is_active: bool = True
) -> Warehouse:
    n = next(_seq)
    warehouse = Warehouse(
        code=code or f"WH-{n:04d}", name=f"Warehouse {n}", address=None, is_active=is_active
    )
    session.add(warehouse)
    await session.flush()
    return warehouse


async def put_stock(
    session: AsyncSession, product: Product, warehouse: Warehouse, quantity: str
) -> None:
    """Goods received outside procurement (opening stock)."""
    await stock.receive(
        session,
        product_id=product.id,
        warehouse_id=warehouse.id,
        quantity=Decimal(quantity),
        document=StockDocument("opening_stock", new_id(), "OPENING"),
        reason="opening stock",
        on_order=False,
    )


def order_document(number: str = "SO/2026-27/00001") -> StockDocument:
    """A sales order as the stock service sees it (the orders domain is elsewhere)."""
    return StockDocument("sales_order", new_id(), number)


async def create_procurement_request(
    session: AsyncSession,
    product: Product,
    warehouse: Warehouse,
    quantity: str = "5",
    *,
    document: StockDocument | None = None,
    line_id: uuid.UUID | None = None,
) -> ProcurementRequest:
    return await procurement.raise_for_shortfall(
        session,
        product_id=product.id,
        warehouse_id=warehouse.id,
        quantity=Decimal(quantity),
        document=document or order_document(),
        line_id=line_id or new_id(),
    )
