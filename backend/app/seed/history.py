"""Two and a half years of order history for the demo: what the company booked before it adopted
this system, as an ERP migration brings it in. Each engineer's customers ordered once
or twice a month over the 30 whole months before this one, for more in the festive
season (October, November) and at the fiscal year's end (March), and a little more
each year.
That history is what the sales report compares periods with, what the revenue forecast
is fitted to, what last months' targets are measured against and what the forecast
snapshots (taken here for the last six month starts, as the job would have) are
compared with.

The orders are priced and taxed by the sales orders service like any other, then
recorded as they stand in the old system: closed, delivered, invoiced and paid in
full there (their milestones invoiced and collected, so nothing is owed on them here;
their goods left the warehouse long ago, so they touch no stock). Deterministic (a
fixed seed) apart from the dates, which follow today's; a second run adds nothing."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Role
from app.core.clock import company_today, company_zone
from app.customers.models import Customer
from app.products.models import Product
from app.reports.models import ForecastKind, ForecastSnapshot
from app.reports.periods import month_start
from app.reports.service.forecast_accuracy import take_snapshot
from app.sales_orders import service
from app.sales_orders.models import (
    SalesOrder,
    SalesOrderLine,
    SalesOrderMilestone,
    SalesOrderStatus,
)
from app.sales_orders.schemas import SalesOrderCreate, SalesOrderLineIn
from app.users.models import User
from app.users.service import principal_for_user

NAME = "order history"
MONTHS = 30  # two years before the oldest snapshot: a seasonal fit for each
SNAPSHOT_MONTHS = 6
PO_PREFIX = "ERP/"
# The year's shape: the festive season and the fiscal year's end sell most.
SEASON = {1: 0.8, 2: 0.9, 3: 1.5, 4: 0.7, 5: 0.8, 6: 0.9, 7: 0.9, 8: 1.0, 9: 1.1, 10: 1.4}
SEASON |= {11: 1.6, 12: 1.0}
GROWTH_PER_YEAR = 0.12
MONTH_VALUE = Decimal(600_000)  # an engineer's ordinary month, before tax


async def already_loaded(session: AsyncSession) -> bool:
    stmt = select(func.count(SalesOrder.id)).where(SalesOrder.customer_po_number.like("ERP/%"))
    return (await session.scalar(stmt) or 0) > 0


def _month_value(rng: random.Random, month_index: int, month: int) -> Decimal:
    """What an engineer books in a month ``month_index`` months into the history: the
    season's shape on a slow rise, with some noise."""
    growth = 1 + GROWTH_PER_YEAR * month_index / 12
    return MONTH_VALUE * Decimal(SEASON[month] * growth * rng.uniform(0.85, 1.15))


async def _settle(session: AsyncSession, order: SalesOrder, on: datetime) -> None:
    """Record the order as the old system left it: closed, delivered, invoiced, paid."""
    order.status = SalesOrderStatus.CLOSED
    order.confirmed_at = on
    order.delivered_at = on + timedelta(days=12)
    order.closed_at = on + timedelta(days=40)
    await session.execute(
        update(SalesOrderLine)
        .where(SalesOrderLine.sales_order_id == order.id)
        .values(
            quantity_delivered=SalesOrderLine.quantity,
            quantity_invoiced=SalesOrderLine.quantity,
        )
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(SalesOrderMilestone)
        .where(SalesOrderMilestone.sales_order_id == order.id)
        .values(
            invoiced_amount=SalesOrderMilestone.planned_amount,
            collected_amount=SalesOrderMilestone.planned_amount,
        )
        .execution_options(synchronize_session=False)
    )


async def load(session: AsyncSession) -> int:
    rng = random.Random(24)
    this_month = month_start(company_today())
    products = list(
        await session.scalars(
            select(Product).where(Product.is_active, Product.list_price > 0).order_by(Product.sku)
        )
    )
    engineers = list(
        await session.scalars(
            select(User).where(User.role == Role.SALES_ENGINEER).order_by(User.email)
        )
    )
    made = 0
    for engineer in engineers:
        author = await principal_for_user(session, engineer.id)
        customers = list(
            await session.scalars(
                select(Customer)
                .where(Customer.owner_id == engineer.id, Customer.is_archived.is_(False))
                .order_by(Customer.name)
            )
        )
        if author is None or not customers or not products:
            continue
        for index in range(MONTHS):
            first = month_start(this_month, months_back=MONTHS - index)
            value = _month_value(rng, index, first.month)
            count = rng.choice((1, 1, 2))
            for n in range(count):
                day = first + timedelta(days=rng.randrange(28))
                product = rng.choice(products)
                quantity = max(1, round(value / count / product.list_price))
                data = SalesOrderCreate(
                    customer_id=rng.choice(customers).id,
                    order_date=day,
                    customer_po_number=f"{PO_PREFIX}{day:%y%m}/{made + 1:04d}",
                    delivery_terms="Door delivery, freight paid",
                    lines=[SalesOrderLineIn(product_id=product.id, quantity=Decimal(quantity))],
                )
                order = (await service.create_sales_order(session, author, data=data)).entity
                at = datetime.combine(day, time(11, n), company_zone())
                await _settle(session, order, at)
                made += 1
        await session.flush()
    await _snapshots(session, this_month)
    return made


async def _snapshots(session: AsyncSession, this_month: date) -> None:
    """The revenue forecast as it stood at each of the last six month starts (the job
    takes one a month; the demo backfills them so forecast accuracy has months to show),
    and this month's, pipeline included."""
    taken = await session.scalar(select(func.count(ForecastSnapshot.id)))
    if taken:
        return
    for back in range(SNAPSHOT_MONTHS, 0, -1):
        await take_snapshot(
            session,
            today=month_start(this_month, months_back=back),
            kinds=[ForecastKind.REVENUE],
        )
    await take_snapshot(session)
