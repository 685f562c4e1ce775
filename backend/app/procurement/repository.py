"""Every query of the procurement domain starts from the scoped base."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, func, select

from app.core.access import Principal, scope_clause
from app.core.money import decimal_sql
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.procurement.errors import ProcurementRequestNotFound
from app.procurement.models import (
    OPEN_STATUSES,
    ProcurementKind,
    ProcurementRequest,
    ProcurementStatus,
)
from app.procurement.schemas import ProcurementRequestRead
from app.products.service import product_sku_of

PROCUREMENT_READ = ReadModel(
    ProcurementRequest,
    ProcurementRequestRead,
    fields={
        "product_sku": product_sku_of(ProcurementRequest.product_id),
        "quantity": decimal_sql(ProcurementRequest.quantity),
        "quantity_received": decimal_sql(ProcurementRequest.quantity_received),
    },
)
PROCUREMENT_SORT = SortOptions(
    "-created_at",
    created_at=ProcurementRequest.created_at,
    updated_at=ProcurementRequest.updated_at,
    expected_date=ProcurementRequest.expected_date,
    number=ProcurementRequest.number,
)


class ProcurementRequestRepository(ScopedRepository[ProcurementRequest]):
    model = ProcurementRequest
    not_found = ProcurementRequestNotFound

    def filtered(
        self,
        *,
        q: str | None = None,
        status: ProcurementStatus | None = None,
        kind: ProcurementKind | None = None,
        product_id: uuid.UUID | None = None,
        warehouse_id: uuid.UUID | None = None,
        document_id: uuid.UUID | None = None,
        open_only: bool | None = None,
    ) -> Select[ProcurementRequest]:
        stmt = self.scoped()
        if q:
            stmt = stmt.where(matches(ProcurementRequest.search_text, q))
        equals = {
            ProcurementRequest.status: status,
            ProcurementRequest.kind: kind,
            ProcurementRequest.product_id: product_id,
            ProcurementRequest.warehouse_id: warehouse_id,
            ProcurementRequest.document_id: document_id,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        if open_only is not None:
            is_open = ProcurementRequest.status.in_(OPEN_STATUSES)
            stmt = stmt.where(is_open if open_only else ~is_open)
        return stmt

    async def lock(self, request: ProcurementRequest) -> ProcurementRequest:
        """The request as committed now, locked until the transaction ends: concurrent
        actions (two receipts) take turns, the second deciding from the first's result."""
        stmt = (
            self.scoped()
            .where(ProcurementRequest.id == request.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        locked = (await self.session.scalars(stmt)).one_or_none()
        if locked is None:
            raise self.not_found()
        return locked

    async def open_for_line(
        self,
        *,
        document_type: str,
        document_id: uuid.UUID,
        line_id: uuid.UUID | None,
        product_id: uuid.UUID,
    ) -> ProcurementRequest | None:
        stmt = self.scoped().where(
            ProcurementRequest.document_type == document_type,
            ProcurementRequest.document_id == document_id,
            ProcurementRequest.product_id == product_id,
            ProcurementRequest.status.in_(OPEN_STATUSES),
        )
        if line_id is not None:
            stmt = stmt.where(ProcurementRequest.document_line_id == line_id)
        return (await self.session.scalars(stmt.limit(1))).one_or_none()


# --- for reports ---------------------------------------------------------------------


def open_requests(principal: Principal) -> Any:
    """Per product and warehouse, the procurement requests not yet received or
    cancelled: how many and the quantity still to come (product_id, warehouse_id,
    open_requests, quantity_open): a subquery for the inventory report."""
    return (
        select(
            ProcurementRequest.product_id,
            ProcurementRequest.warehouse_id,
            func.count().label("open_requests"),
            func.sum(ProcurementRequest.quantity - ProcurementRequest.quantity_received).label(
                "quantity_open"
            ),
        )
        .where(
            scope_clause(ProcurementRequest, principal),
            ProcurementRequest.status.in_(OPEN_STATUSES),
        )
        .group_by(ProcurementRequest.product_id, ProcurementRequest.warehouse_id)
    )
