"""The resources an export writes: each one's read permission, file layout, what it reads
(scoped like its list) and in which order, taken from its own domain."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Permission, Principal
from app.core.export import ExportSource
from app.core.interchange import FileLayout, import_shape
from app.core.pagination import SortOptions
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


def _primary_contact_first(item: Mapping[str, Any]) -> dict[str, Any]:
    """A flat file keeps one contact per customer: the primary one."""
    contacts = sorted(item.get("contacts") or [], key=lambda c: not c.get("is_primary"))
    return {**item, "contacts": contacts}


@dataclass(frozen=True)
class ExportResource:
    name: str
    path: str
    singular: str
    permission: Permission
    layout: FileLayout
    source: Callable[[AsyncSession, Principal], ExportSource]
    sort: SortOptions
    prepare: Callable[[Mapping[str, Any]], Mapping[str, Any]] = lambda item: item
    # Its files may hold people's data (a customer's contacts, a person named in an
    # order's texts): a GDPR erasure deletes them.
    holds_people: bool = False

    def record(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """A record as read, in the layout's shape (what its import takes), with the
        read-only columns an export writes for reference."""
        item = self.prepare(item)
        return {
            **{name: item.get(name) for name in self.layout.read_only},
            "external_id": item.get("external_id"),
            **import_shape(self.layout.schema, item),
        }


RESOURCES: dict[str, ExportResource] = {
    resource.name: resource
    for resource in (
        ExportResource(
            "customers",
            "/customers",
            "customer",
            Permission.CUSTOMERS_READ,
            CUSTOMER_FILE,
            customers.customers_file_source,
            customers.CUSTOMER_SORT,
            _primary_contact_first,
            holds_people=True,
        ),
        ExportResource(
            "products",
            "/products",
            "product",
            Permission.PRODUCTS_READ,
            PRODUCT_FILE,
            products.products_file_source,
            products.PRODUCT_SORT,
        ),
        ExportResource(
            "price_lists",
            "/price-lists",
            "price-list",
            Permission.PRODUCTS_READ,
            PRICE_LIST_FILE,
            price_lists.price_lists_file_source,
            price_lists.PRICE_LIST_SORT,
        ),
        ExportResource(
            "sales_orders",
            "/sales-orders",
            "sales-order",
            Permission.SALES_ORDERS_READ,
            SALES_ORDER_FILE,
            sales_orders.sales_orders_file_source,
            sales_orders.SALES_ORDER_SORT,
            sales_orders.STATUS_WORDS.as_upserted,
            holds_people=True,  # its texts (delivery address, notes) may name people
        ),
        ExportResource(
            "invoices",
            "/invoices",
            "invoice",
            Permission.INVOICES_READ,
            INVOICE_FILE,
            invoices.invoices_file_source,
            invoices.INVOICE_SORT,
            invoices.STATUS_WORDS.as_upserted,
            holds_people=True,  # its notes may name people
        ),
    )
}
