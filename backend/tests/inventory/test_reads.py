"""The read path's answers for warehouses, stock levels, moves and procurement requests
equal their schemas' print of the same records (decimals without trailing zeros, times
as pydantic prints them)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.reads import ReadModel, read_one
from app.inventory.models import StockBalance, StockMove, Warehouse
from app.inventory.repository import MOVE_READ, STOCK_LEVEL_READ, WAREHOUSE_READ
from app.inventory.schemas import StockLevelRead, StockMoveRead, WarehouseRead
from app.procurement.models import ProcurementRequest
from app.procurement.repository import PROCUREMENT_READ
from app.procurement.schemas import ProcurementRequestRead
from app.users import service as users
from tests.conftest import World
from tests.factories.catalogue import create_product
from tests.factories.inventory import create_procurement_request, create_warehouse, put_stock


async def _same(
    session: AsyncSession,
    world: World,
    read_model: ReadModel,
    schema: type[BaseModel],
    entity: Any,
    **lookups: Any,
) -> None:
    principal = await users.principal_for_user(session, world.engineer.id)
    assert principal is not None
    written = await read_one(session, principal, read_model, select(type(entity)), entity.id)
    columns = {c.key: getattr(entity, c.key) for c in entity.__mapper__.column_attrs}
    printed = schema.model_validate({**columns, **lookups}).model_dump(mode="json")
    assert written == printed
    assert list(written or {}) == list(printed)


async def test_stock_records_read_as_their_schemas_print_them(
    session: AsyncSession, world: World
) -> None:
    product = await create_product(session, reorder_level=Decimal("2.5000"))
    warehouse = await create_warehouse(session)
    await put_stock(session, product, warehouse, "12.5")
    request = await create_procurement_request(session, product, warehouse, "3.25")
    await session.commit()
    await _same(
        session, world, WAREHOUSE_READ, WarehouseRead, await session.get(Warehouse, warehouse.id)
    )
    move = await session.scalar(select(StockMove))
    await _same(session, world, MOVE_READ, StockMoveRead, move)
    balance = await session.scalar(select(StockBalance))
    await session.refresh(balance)
    await _same(
        session,
        world,
        STOCK_LEVEL_READ,
        StockLevelRead,
        balance,
        product_sku=product.sku,
        product_name=product.name,
        warehouse_code=warehouse.code,
        reorder_level=Decimal("2.5"),
    )
    await _same(
        session,
        world,
        PROCUREMENT_READ,
        ProcurementRequestRead,
        await session.get(ProcurementRequest, request.id),
        product_sku=product.sku,
    )
