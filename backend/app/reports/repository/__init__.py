"""The reports' SQL (one module per report): each report is ONE statement over
subqueries the owning domains hand out through their services (each carrying its own
model's scope clause), never their tables (the receivables and attendance pattern).

Here the domains' services go by names no report module has: importing a submodule
sets the package's attribute of its name, which would shadow them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Numeric, String, cast, func, literal, null
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.customers import service as customer_records
from app.products import service as products
from app.reports.schemas import Dimension, Filters
from app.sales_orders import service as sales_orders
from app.users import service as users

MONEY = Numeric(18, 4)
ZERO = cast(literal(0), MONEY)


def narrowed(
    stmt: Any,
    filters: Filters,
    *,
    seller: Any = None,
    territory: Any = None,
    customer: Any = None,
    product: Any = None,
) -> Any:
    """``stmt`` with the shared filters applied to the columns that hold them (a report
    refuses a filter it has no column for: ``dependencies.applicable``)."""
    if filters.territory_id is not None and territory is not None:
        stmt = stmt.where(territory == filters.territory_id)
    if filters.engineer_id is not None and seller is not None:
        stmt = stmt.where(seller == filters.engineer_id)
    if filters.team_id is not None and seller is not None:
        stmt = stmt.where(seller.in_(users.member_ids_of_team(filters.team_id)))
    if filters.segment is not None and customer is not None:
        stmt = stmt.where(customer.in_(customer_records.customer_ids_in_segment(filters.segment)))
    if filters.product_group_id is not None and product is not None:
        stmt = stmt.where(product.in_(products.product_ids_in_group(filters.product_group_id)))
    return stmt


def invoice_seller(rows: Any) -> tuple[Any, Any]:
    """Who sold what an invoice row bills (``rows`` has ``order_id`` and
    ``customer_id``): the order's owner, else the customer's. Answers the joined source
    and the seller column."""
    sellers = sales_orders.unscoped_sellers().subquery("order_seller")
    owners = customer_records.unscoped_customer_owners().subquery("customer_owner")
    source = rows.outerjoin(sellers, sellers.c.order_id == rows.c.order_id).join(
        owners, owners.c.customer_id == rows.c.customer_id
    )
    return source, func.coalesce(sellers.c.seller_id, owners.c.owner_id)


def label_of(principal: Principal, dimension: Dimension, key: Any) -> Any:
    """The name of a dimension's value: a territory's, a person's, a product group's."""
    if dimension is Dimension.TERRITORY:
        return users.territory_name_of(key)
    if dimension is Dimension.ENGINEER:
        return users.user_name_of(principal, key)
    if dimension is Dimension.PRODUCT_GROUP:
        return products.product_group_name_of(key)
    return cast(null(), String)


async def rows_of(session: AsyncSession, stmt: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in (await session.execute(stmt)).mappings().all()]
