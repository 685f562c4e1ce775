"""Every query of the deliveries domain starts from the scoped base."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Select, func, select

from app.core.money import decimal_sql
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.customers.service import customer_name_of
from app.deliveries.errors import DeliveryNotFound
from app.deliveries.models import OPEN_STATUSES, Delivery, DeliveryLine, DeliveryStatus
from app.deliveries.schemas import DeliveryLineRead, DeliveryRead

LINES = Children(
    DeliveryLine.delivery_id,
    {
        **{name: getattr(DeliveryLine, name) for name in DeliveryLineRead.model_fields},
        "quantity": decimal_sql(DeliveryLine.quantity),
    },
    order_by=[DeliveryLine.position, DeliveryLine.id],
)
DELIVERY_READ = ReadModel(
    Delivery,
    DeliveryRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, Delivery.customer_id),
        "gross_weight_kg": decimal_sql(Delivery.gross_weight_kg),
        "lines": LINES,
    },
)
DELIVERY_SORT = SortOptions(
    "-created_at",
    created_at=Delivery.created_at,
    updated_at=Delivery.updated_at,
    number=Delivery.number,
)


class DeliveryRepository(ScopedRepository[Delivery]):
    model = Delivery
    not_found = DeliveryNotFound

    def filtered(
        self,
        *,
        q: str | None = None,
        status: DeliveryStatus | None = None,
        sales_order_id: uuid.UUID | None = None,
        customer_id: uuid.UUID | None = None,
    ) -> Select[Delivery]:
        """The caller's deliveries; ``q`` matches the number, the order's number, the
        tracking or vehicle number."""
        stmt = self.scoped()
        if q:
            stmt = stmt.where(matches(Delivery.search_text, q))
        equals = {
            Delivery.status: status,
            Delivery.sales_order_id: sales_order_id,
            Delivery.customer_id: customer_id,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        return stmt

    async def lock(self, delivery: Delivery) -> Delivery:
        """The delivery as committed now, its row locked until the request ends:
        concurrent actions take turns, the second deciding from the first's result."""
        stmt = (
            self.scoped()
            .where(Delivery.id == delivery.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        locked = (await self.session.scalars(stmt)).one_or_none()
        if locked is None:
            raise self.not_found()
        return locked

    async def unscoped_open_quantities(self, sales_order_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
        """Per order line, what open deliveries of the order hold (picking, packed,
        shipped). Read under the order's row lock, which every delivery create takes.
        Unscoped: another user's delivery of the same order still holds its goods."""
        stmt = (
            select(DeliveryLine.sales_order_line_id, func.sum(DeliveryLine.quantity))
            .join(Delivery, Delivery.id == DeliveryLine.delivery_id)
            .where(Delivery.sales_order_id == sales_order_id, Delivery.status.in_(OPEN_STATUSES))
            .group_by(DeliveryLine.sales_order_line_id)
        )
        return {row[0]: row[1] for row in await self.session.execute(stmt)}


class DeliveryLineRepository(ScopedRepository[DeliveryLine]):
    model = DeliveryLine

    async def of_delivery(self, delivery_id: uuid.UUID) -> list[DeliveryLine]:
        return await self.in_position_order(DeliveryLine.delivery_id, delivery_id)
