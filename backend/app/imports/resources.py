"""The resources an import upserts by external id: each one's permission, file layout and
upsert, taken from its own domain (the same write path as its PUT)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Permission, Principal
from app.core.interchange import FileLayout
from app.core.upsert import Found, Upserted
from app.customers import service as customers
from app.customers.schemas import CUSTOMER_FILE
from app.invoices import service as invoices
from app.invoices.schemas import INVOICE_FILE
from app.price_lists import service as price_lists
from app.price_lists.schemas import PRICE_LIST_FILE
from app.products import service as products
from app.products.schemas import PRODUCT_FILE
from app.sales_orders import service as sales_orders
from app.sales_orders.schemas import SALES_ORDER_FILE

Upsert = Callable[..., Awaitable[Upserted[Any]]]
Prefetch = Callable[[AsyncSession, Principal, Collection[str]], Awaitable[Mapping[str, Found[Any]]]]


@dataclass(frozen=True)
class ImportResource:
    name: str  # as in the imports table and the answers: customers, price_lists, …
    path: str  # the URL prefix: /customers, /price-lists, /sales-orders, …
    singular: str  # the OpenAPI tag: customer-imports
    permission: Permission
    layout: FileLayout
    upsert: Upsert
    prefetch: Prefetch

    async def apply(
        self,
        session: AsyncSession,
        principal: Principal,
        *,
        external_id: str,
        data: Any,
        found: Found[Any] | None,
    ) -> Upserted[Any]:
        return await self.upsert(
            session, principal, external_id=external_id, data=data, found=found
        )


RESOURCES: dict[str, ImportResource] = {
    resource.name: resource
    for resource in (
        ImportResource(
            "customers",
            "/customers",
            "customer",
            Permission.CUSTOMERS_WRITE,
            CUSTOMER_FILE,
            customers.upsert_customer,
            customers.prefetch_customers,
        ),
        ImportResource(
            "products",
            "/products",
            "product",
            Permission.PRODUCTS_WRITE,
            PRODUCT_FILE,
            products.upsert_product,
            products.prefetch_products,
        ),
        ImportResource(
            "price_lists",
            "/price-lists",
            "price-list",
            Permission.PRICES_WRITE,
            PRICE_LIST_FILE,
            price_lists.upsert_price_list,
            price_lists.prefetch_price_lists,
        ),
        ImportResource(
            "sales_orders",
            "/sales-orders",
            "sales-order",
            Permission.SALES_ORDERS_WRITE,
            SALES_ORDER_FILE,
            sales_orders.upsert_sales_order,
            sales_orders.prefetch_sales_orders,
        ),
        ImportResource(
            "invoices",
            "/invoices",
            "invoice",
            Permission.INVOICES_WRITE,
            INVOICE_FILE,
            invoices.upsert_invoice,
            invoices.prefetch_invoices,
        ),
    )
}
