"""Demo stock: two warehouses holding the demo goods (opening stock as receipts in the
ledger), pumps, motors and control panels made in-house (job orders), the rest bought
in, reorder levels, and a few open procurement requests (some ordered). Built through
the stock and procurement services, so balances and the ledger agree. Deterministic
(a fixed seed)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.ids import new_id
from app.inventory import service as stock
from app.inventory.models import Warehouse
from app.inventory.schemas import StockDocument
from app.procurement import service as procurement
from app.procurement.schemas import ProcurementOrder
from app.products.models import Product, ProductKind, SupplyMethod
from app.users.models import User
from app.users.service import principal_for_user

NAME = "stock"
WAREHOUSES = [
    ("BLR-MAIN", "Bengaluru main", "Plot 14, Peenya Industrial Area, Bengaluru 560058"),
    ("PUN-2", "Pune depot", "Gat 112, Chakan MIDC, Pune 410501"),
]
MADE_IN_HOUSE = ("PMP-", "MTR-", "PNL-")
SUPPLIERS = ["Kirloskar Brothers", "Crompton Greaves", "L&T Valves", "Finolex Pipes"]


async def already_loaded(session: AsyncSession) -> bool:
    return (await session.scalar(select(func.count(Warehouse.id))) or 0) > 0


async def load(session: AsyncSession) -> int:
    rng = random.Random(7)
    warehouses = [Warehouse(code=c, name=n, address=a, is_active=True) for c, n, a in WAREHOUSES]
    session.add_all(warehouses)
    await session.flush()
    goods = list(
        await session.scalars(
            select(Product)
            .where(Product.kind == ProductKind.GOODS, Product.is_active)
            .order_by(Product.sku)
        )
    )
    for product in goods:
        if product.sku.startswith(MADE_IN_HOUSE):
            product.supply_method = SupplyMethod.MANUFACTURE
        product.reorder_level = Decimal(rng.choice([2, 5, 10, 20]))
    await session.flush()
    opening = StockDocument("opening_stock", new_id(), "OPENING 2026-04-01")
    for n, product in enumerate(goods):
        for m, warehouse in enumerate(warehouses):
            # The depot stocks two products in three; a few run below their reorder level.
            if m == 1 and n % 3 == 0:
                continue
            quantity = Decimal(rng.randrange(0, 60))
            if quantity > 0:
                await stock.receive(
                    session,
                    product_id=product.id,
                    warehouse_id=warehouse.id,
                    quantity=quantity,
                    document=opening,
                    reason="opening stock",
                    on_order=False,
                )
    admin = await session.scalar(select(User).where(User.email == "admin@example.com"))
    review = StockDocument("stock_review", new_id(), "Reorder review 2026-11")
    made = 0
    for n, product in enumerate(rng.sample(goods, k=min(6, len(goods)))):
        request = await procurement.raise_for_shortfall(
            session,
            product_id=product.id,
            warehouse_id=warehouses[n % 2].id,
            quantity=Decimal(rng.randrange(5, 40)),
            document=review,
            line_id=new_id(),
        )
        made += 1
        if n % 2 == 0 and admin is not None:
            principal = await principal_for_user(session, admin.id)
            if principal is not None:
                await procurement.order_request(
                    session,
                    principal,
                    request,
                    data=ProcurementOrder(
                        supplier=rng.choice(SUPPLIERS),
                        supplier_reference=f"PO-{4100 + n}",
                        expected_date=date(2026, 12, 1) + timedelta(days=7 * n),
                    ),
                )
    return len(warehouses) + made
