"""Stock and warehouses: levels per product and warehouse, the ledger of moves,
adjustments and transfers.

Everyone signed in reads stock (`stock:read`): levels are company data a seller quotes
from. Heads and admins correct it (`stock:write`: adjustments with a reason,
transfers); admins keep the warehouses (`warehouses:manage`). Stock changes otherwise
only through its documents: a sales order reserves, a delivery ships, a procurement
request receives. Every quantity is a decimal string. Decision record:
docs/decisions/0019-stock-ledger-and-reservations.md.
"""

from __future__ import annotations

import uuid

from fastapi import Query, Request, Response

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.concurrency import IfMatch, answer_saved, check_if_match, set_etag
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.reads import NOT_MODIFIED, FieldsQuery, dumps, json_answer, version_etag
from app.core.routing import DomainRouter
from app.inventory import service
from app.inventory.dependencies import MoveFilters, StockFilters, VisibleWarehouse
from app.inventory.schemas import (
    StockAdjustmentCreate,
    StockLevelRead,
    StockMoveRead,
    StockTransferCreate,
    StockTransferRead,
    WarehouseCreate,
    WarehouseRead,
    WarehouseUpdate,
)

router = DomainRouter(prefix="/stock", tags=["stock"])
warehouses_router = DomainRouter(prefix="/warehouses", tags=["warehouses"])
READ = {**problem_responses(401, 403, 404, 422), **NOT_MODIFIED}
CREATE = problem_responses(401, 403, 409, 422)
WRITE = problem_responses(401, 403, 404, 409, 412, 422, 428)
CAN_READ = requires(Permission.STOCK_READ)
CAN_WRITE = requires(Permission.STOCK_WRITE)
CAN_MANAGE = requires(Permission.WAREHOUSES_MANAGE)


@router.get("", response_model=Page[StockLevelRead], responses=READ)
async def list_stock(
    request: Request,
    session: DB,
    filters: StockFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.STOCK_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """Stock per product and warehouse: on hand, reserved, available (on hand less
    reserved), on order (open procurement), in transit (shipped, not delivered). A
    product never stocked in a warehouse has no row there."""
    body = await service.stock_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.get("/moves", response_model=Page[StockMoveRead], responses=READ)
async def list_stock_moves(
    request: Request,
    session: DB,
    filters: MoveFilters,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.MOVE_SORT),
    fields: str | None = FieldsQuery,
) -> Response:
    """The ledger, newest first: every change of on-hand stock, signed, with its kind,
    reason and document. Moves are never changed or deleted."""
    body = await service.moves_page(session, principal, params=params, fields=fields, **filters)
    return json_answer(request, body)


@router.post("/adjustments", response_model=StockMoveRead, status_code=201, responses=CREATE)
async def create_stock_adjustment(
    body: StockAdjustmentCreate,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Correct on-hand stock with a reason (`quantity` signed, not 0): an `adjustment`
    move. On hand may not fall below what is reserved (409 `stock.insufficient`); an
    inactive warehouse is 409 `warehouses.inactive`; an unknown product or warehouse 422.
    Found stock goes to orders waiting for it, oldest first. Sending the same `id` again
    answers 200 with the first move."""
    saved = await service.adjust_stock(session, principal, data=body)
    items = await service.move_items(session, principal, [saved.entity.id])
    return json_answer(request, dumps(items[0]), status_code=201 if saved.created else 200)


@router.post("/transfers", response_model=StockTransferRead, status_code=201, responses=CREATE)
async def create_stock_transfer(
    body: StockTransferCreate,
    request: Request,
    session: DB,
    principal: Principal = CAN_WRITE,
) -> Response:
    """Move available stock between warehouses: a `transfer_out` and a `transfer_in`
    move with one document. More than is available is 409 `stock.insufficient`. Retry
    with an `Idempotency-Key`."""
    moves = await service.transfer_stock(session, principal, data=body)
    items = await service.move_items(session, principal, [move.id for move in moves])
    items.sort(key=lambda item: item["quantity"].startswith("-"), reverse=True)
    return json_answer(request, dumps({"moves": items}), status_code=201)


@warehouses_router.get("", response_model=Page[WarehouseRead], responses=READ)
async def list_warehouses(
    request: Request,
    session: DB,
    principal: Principal = CAN_READ,
    params: ListParams = list_params(service.WAREHOUSE_SORT),
    fields: str | None = FieldsQuery,
    active: bool | None = Query(None, description="Only active (true) or inactive (false)"),
) -> Response:
    """The warehouses, by code."""
    body = await service.warehouses_page(
        session, principal, params=params, fields=fields, active=active
    )
    return json_answer(request, body)


@warehouses_router.post("", response_model=WarehouseRead, status_code=201, responses=CREATE)
async def create_warehouse(
    body: WarehouseCreate, response: Response, session: DB, principal: Principal = CAN_MANAGE
) -> WarehouseRead:
    """A warehouse; its `code` is unique whatever its case (stored upper-case)."""
    saved = await service.create_warehouse(session, principal, data=body)
    return WarehouseRead.model_validate(answer_saved(response, saved))


@warehouses_router.get("/{warehouse_id:uuid}", response_model=WarehouseRead, responses=READ)
async def read_warehouse(
    warehouse_id: uuid.UUID, request: Request, session: DB, principal: Principal = CAN_READ
) -> Response:
    item = await service.warehouse_item(session, principal, warehouse_id)
    return json_answer(request, dumps(item), etag=version_etag(item))


@warehouses_router.patch("/{warehouse_id:uuid}", response_model=WarehouseRead, responses=WRITE)
async def update_warehouse(
    body: WarehouseUpdate,
    warehouse: VisibleWarehouse,
    response: Response,
    session: DB,
    if_match: IfMatch,
    principal: Principal = CAN_MANAGE,
) -> WarehouseRead:
    """Change a warehouse (If-Match). `is_active: false` stops stock going there; it is
    never deleted (its ledger stays)."""
    check_if_match(if_match, warehouse.version)
    warehouse = await service.update_warehouse(session, principal, warehouse, data=body)
    set_etag(response, warehouse.version)
    return WarehouseRead.model_validate(warehouse)
