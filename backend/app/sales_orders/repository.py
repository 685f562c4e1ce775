"""Every query of the sales orders domain starts from the scoped base."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Date, Select, case, cast, func, select, true

from app.core.access import Principal, scope_clause
from app.core.clock import company_zone
from app.core.money import decimal_sql, unit_price_sql
from app.core.pagination import SortOptions
from app.core.reads import Children, ReadModel
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.customers.service import customer_name_of
from app.inventory.service import line_reserved_of, line_waiting_of
from app.sales_orders.errors import ExternalIdTaken, SalesOrderNotFound
from app.sales_orders.models import (
    BOOKED_STATUSES,
    MilestoneTrigger,
    SalesOrder,
    SalesOrderLine,
    SalesOrderMilestone,
    SalesOrderStatus,
)
from app.sales_orders.schemas import (
    MilestoneRead,
    SalesOrderLineRead,
    SalesOrderRead,
    SalesOrderSummaryRead,
)

ORDER_AMOUNTS = ("subtotal", "discount_total", "taxable_total", "tax_total", "grand_total")
LINES = Children(
    SalesOrderLine.sales_order_id,
    {
        **{
            name: getattr(SalesOrderLine, name)
            for name in SalesOrderLineRead.model_fields
            if name not in ("quantity_reserved", "quantity_waiting")
        },
        "quantity": decimal_sql(SalesOrderLine.quantity),
        "unit_price": unit_price_sql(SalesOrderLine.unit_price),
        "discount_percent": decimal_sql(SalesOrderLine.discount_percent),
        "tax_rate": decimal_sql(SalesOrderLine.tax_rate),
        "quantity_delivered": decimal_sql(SalesOrderLine.quantity_delivered),
        "quantity_invoiced": decimal_sql(SalesOrderLine.quantity_invoiced),
        # What the stock holds for the line: one correlated subquery each, in the same
        # statement (the reservation's unique key leads with the document type and id).
        "quantity_reserved": decimal_sql(
            line_reserved_of("sales_order", SalesOrderLine.sales_order_id, SalesOrderLine.id)
        ),
        "quantity_waiting": decimal_sql(
            line_waiting_of("sales_order", SalesOrderLine.sales_order_id, SalesOrderLine.id)
        ),
    },
    order_by=[SalesOrderLine.position, SalesOrderLine.id],
    amounts=SalesOrderLineRead.amount_fields,
)
MILESTONES = Children(
    SalesOrderMilestone.sales_order_id,
    {
        **{name: getattr(SalesOrderMilestone, name) for name in MilestoneRead.model_fields},
        "value": decimal_sql(SalesOrderMilestone.value),
    },
    order_by=[SalesOrderMilestone.position, SalesOrderMilestone.id],
    amounts=MilestoneRead.amount_fields,
)
SALES_ORDER_SUMMARY_READ = ReadModel(
    SalesOrder,
    SalesOrderSummaryRead,
    fields={"customer_name": lambda p: customer_name_of(p, SalesOrder.customer_id)},
    amounts=ORDER_AMOUNTS,
)
SALES_ORDER_READ = ReadModel(
    SalesOrder,
    SalesOrderRead,
    fields={
        "customer_name": lambda p: customer_name_of(p, SalesOrder.customer_id),
        "lines": LINES,
        "milestones": MILESTONES,
    },
    amounts=ORDER_AMOUNTS,
)
SALES_ORDER_SORT = SortOptions(
    "-created_at",
    created_at=SalesOrder.created_at,
    updated_at=SalesOrder.updated_at,
    order_date=SalesOrder.order_date,
    number=SalesOrder.number,
    grand_total=SalesOrder.grand_total,
)


class SalesOrderRepository(ScopedRepository[SalesOrder]):
    model = SalesOrder
    not_found = SalesOrderNotFound
    unique_conflicts = {"uq_sales_orders_external_id": ExternalIdTaken}

    def filtered(
        self,
        *,
        q: str | None = None,
        status: SalesOrderStatus | None = None,
        customer_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        opportunity_id: uuid.UUID | None = None,
        quote_id: uuid.UUID | None = None,
    ) -> Select[SalesOrder]:
        """The caller's orders; ``q`` matches the number or the customer's PO number."""
        stmt = self.scoped()
        if q:
            stmt = stmt.where(matches(SalesOrder.search_text, q))
        equals = {
            SalesOrder.status: status,
            SalesOrder.customer_id: customer_id,
            SalesOrder.owner_id: owner_id,
            SalesOrder.opportunity_id: opportunity_id,
            SalesOrder.quote_id: quote_id,
        }
        for column, value in equals.items():
            if value is not None:
                stmt = stmt.where(column == value)
        return stmt

    @staticmethod
    def booked_orders(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's booked orders (confirmed and after) dated ``start`` to ``end``:
        order_id, day (the order date), seller_id (its owner), territory_id,
        customer_id, currency, quantity (its lines' quantities added up) and value (its
        taxable total: after discount, before tax), read from the order rows alone."""
        return select(
            SalesOrder.id.label("order_id"),
            SalesOrder.order_date.label("day"),
            SalesOrder.owner_id.label("seller_id"),
            SalesOrder.territory_id,
            SalesOrder.customer_id,
            SalesOrder.currency,
            SalesOrder.quantity_total.label("quantity"),
            SalesOrder.taxable_total.label("value"),
        ).where(
            scope_clause(SalesOrder, principal),
            SalesOrder.status.in_(BOOKED_STATUSES),
            SalesOrder.order_date.between(start, end),
        )

    @staticmethod
    def unscoped_booked_sum(
        measure: str, *, start: Any, end: Any, currency: Any, sold_by: Any
    ) -> Any:
        """The sum of ``measure`` (``value``: taxable totals, or ``quantity``) over the
        orders booked (confirmed and after) dated ``start`` to ``end`` in ``currency``
        that ``sold_by`` holds (a condition on the order, given its table): a scalar
        subquery correlated to another domain's row (a target's period and subject)."""
        column = SalesOrder.taxable_total if measure == "value" else SalesOrder.quantity_total
        return (
            select(func.coalesce(func.sum(column), 0))
            .where(
                SalesOrder.status.in_(BOOKED_STATUSES),
                SalesOrder.order_date.between(start, end),
                SalesOrder.currency == currency,
                sold_by(SalesOrder.owner_id, SalesOrder.territory_id),
            )
            .scalar_subquery()
        )

    @staticmethod
    def booked_lines(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's booked order lines (orders confirmed and after) dated ``start``
        to ``end``: order_id, day (the order date), seller_id (its owner), territory_id,
        customer_id, currency, product_id, quantity, value (the line's taxable amount:
        after discount, before tax) and is_first_line (lines are numbered from 1 and
        replaced whole on edit, so each order has exactly one first line: counting them
        counts orders without a DISTINCT)."""
        return (
            select(
                SalesOrder.id.label("order_id"),
                SalesOrder.order_date.label("day"),
                SalesOrder.owner_id.label("seller_id"),
                SalesOrder.territory_id,
                SalesOrder.customer_id,
                SalesOrder.currency,
                SalesOrderLine.product_id,
                SalesOrderLine.quantity,
                SalesOrderLine.taxable_amount.label("value"),
                (SalesOrderLine.position == 1).label("is_first_line"),
            )
            .join(SalesOrderLine, SalesOrderLine.sales_order_id == SalesOrder.id)
            .where(
                scope_clause(SalesOrder, principal),
                SalesOrder.status.in_(BOOKED_STATUSES),
                SalesOrder.order_date.between(start, end),
            )
        )

    @staticmethod
    def booked_milestones(principal: Principal) -> Any:
        """The invoicing plans of the caller's booked orders, a row per milestone:
        milestone_id, order_id, order_date, seller_id, territory_id, customer_id,
        currency, planned, invoiced, collected and plan_day: when it falls due (its
        date; else the company's day the order was confirmed, for a milestone on
        confirmation, or delivered in full, for one on delivery; null while unknown)."""
        zone = company_zone().key
        plan_day = func.coalesce(
            SalesOrderMilestone.due_date,
            case(
                (
                    SalesOrderMilestone.trigger == MilestoneTrigger.ON_CONFIRMATION,
                    cast(func.timezone(zone, SalesOrder.confirmed_at), Date),
                ),
                (
                    SalesOrderMilestone.trigger == MilestoneTrigger.ON_DELIVERY,
                    cast(func.timezone(zone, SalesOrder.delivered_at), Date),
                ),
            ),
        )
        return (
            select(
                SalesOrderMilestone.id.label("milestone_id"),
                SalesOrder.id.label("order_id"),
                SalesOrder.order_date,
                SalesOrder.owner_id.label("seller_id"),
                SalesOrder.territory_id,
                SalesOrder.customer_id,
                SalesOrderMilestone.currency,
                SalesOrderMilestone.planned_amount.label("planned"),
                SalesOrderMilestone.invoiced_amount.label("invoiced"),
                SalesOrderMilestone.collected_amount.label("collected"),
                plan_day.label("plan_day"),
            )
            .join(SalesOrder, SalesOrder.id == SalesOrderMilestone.sales_order_id)
            .where(
                scope_clause(SalesOrder, principal),
                SalesOrder.status.in_(BOOKED_STATUSES),
            )
        )

    @staticmethod
    def history(principal: Principal, *, start: date, end: date) -> Any:
        """The caller's orders dated ``start`` to ``end``, whatever their status, with
        what became of them: order_id, number, order_date, customer_id, seller_id,
        territory_id, status, currency, taxable_total, grand_total, invoiced and
        collected (their milestones' sums), quantity_total and quantity_delivered, and
        when they were made, confirmed, delivered, closed or cancelled (a subquery for
        the order history report)."""
        milestones = (
            select(
                func.coalesce(func.sum(SalesOrderMilestone.invoiced_amount), 0),
                func.coalesce(func.sum(SalesOrderMilestone.collected_amount), 0),
            )
            .where(SalesOrderMilestone.sales_order_id == SalesOrder.id)
            .lateral("billed")
        )
        delivered = (
            select(func.coalesce(func.sum(SalesOrderLine.quantity_delivered), 0))
            .where(SalesOrderLine.sales_order_id == SalesOrder.id)
            .scalar_subquery()
        )
        return (
            select(
                SalesOrder.id.label("order_id"),
                SalesOrder.number,
                SalesOrder.order_date,
                SalesOrder.customer_id,
                SalesOrder.owner_id.label("seller_id"),
                SalesOrder.territory_id,
                SalesOrder.status,
                SalesOrder.currency,
                SalesOrder.taxable_total,
                SalesOrder.grand_total,
                milestones.c[0].label("invoiced"),
                milestones.c[1].label("collected"),
                SalesOrder.quantity_total,
                delivered.label("quantity_delivered"),
                SalesOrder.created_at,
                SalesOrder.confirmed_at,
                SalesOrder.delivered_at,
                SalesOrder.closed_at,
                SalesOrder.cancelled_at,
            )
            .select_from(SalesOrder)
            .join(milestones, true())
            .where(
                scope_clause(SalesOrder, principal),
                SalesOrder.order_date.between(start, end),
            )
        )

    @staticmethod
    def unscoped_sellers() -> Any:
        """Every order's id and owner (order_id, seller_id): who sold what an invoice
        bills, joined inside another domain's scoped statement."""
        return select(SalesOrder.id.label("order_id"), SalesOrder.owner_id.label("seller_id"))

    async def lock(self, order: SalesOrder) -> SalesOrder:
        """The order as committed now, its row locked until the request ends: concurrent
        actions on one order take turns, the second deciding from the first's result."""
        return await self.lock_row(order)

    async def lock_id(self, order_id: uuid.UUID) -> SalesOrder:
        return await self.get_locked_or_404(order_id)


class SalesOrderLineRepository(ScopedRepository[SalesOrderLine]):
    model = SalesOrderLine

    async def of_order(self, order_id: uuid.UUID) -> list[SalesOrderLine]:
        return await self.in_position_order(SalesOrderLine.sales_order_id, order_id)

    async def delete_of_order(self, order_id: uuid.UUID) -> None:
        for line in await self.of_order(order_id):
            await self.session.delete(line)
        await self.session.flush()


class MilestoneRepository(ScopedRepository[SalesOrderMilestone]):
    model = SalesOrderMilestone

    async def of_order(self, order_id: uuid.UUID) -> list[SalesOrderMilestone]:
        return await self.in_position_order(SalesOrderMilestone.sales_order_id, order_id)

    async def delete_of_order(self, order_id: uuid.UUID) -> None:
        for milestone in await self.of_order(order_id):
            await self.session.delete(milestone)
        await self.session.flush()
