"""Every query of the customers domain starts from the scoped base."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.access import Principal, scope_clause
from app.core.events import DomainEvent
from app.core.export import ExportColumn, export_columns
from app.core.pagination import ListParams, SortOptions
from app.core.reads import Children, ReadModel, read_page
from app.core.repository import ScopedRepository
from app.core.search import matches
from app.core.timeline import timeline_read_model
from app.customers.errors import ContactNotFound, CustomerNotFound
from app.customers.models import Contact, Customer, CustomerAddress
from app.customers.schemas import (
    AddressRead,
    ContactRead,
    CustomerRead,
    CustomerSummary,
    TimelineEventRead,
)

WITH_ADDRESSES = selectinload(Customer.addresses)
ADDRESSES = Children(
    CustomerAddress.customer_id,
    {name: getattr(CustomerAddress, name) for name in AddressRead.model_fields},
    order_by=[CustomerAddress.kind, CustomerAddress.id],
)


def _billing_first(address: dict[str, Any]) -> bool:
    return address.get("kind") != "billing"


CONTACT_READ = ReadModel(Contact, ContactRead)
TIMELINE_READ = timeline_read_model(TimelineEventRead)
# The read path (core/reads.py): a list's customers with their addresses, one with its
# contacts too, each in one statement.
CUSTOMER_SUMMARY = ReadModel(
    Customer, CustomerSummary, fields={"addresses": ADDRESSES}, amounts=("credit_limit",)
)
CUSTOMER_READ = ReadModel(
    Customer,
    CustomerRead,
    fields={
        "addresses": ADDRESSES,
        "contacts": Children(
            Contact.customer_id,
            CONTACT_READ.fields,
            order_by=[Contact.name, Contact.id],
            where=[Contact.is_archived.is_(False)],
        ),
    },
    amounts=("credit_limit",),
)
# An export's columns: the list's fields, and the billing (else first) address's city.
CUSTOMER_COLUMNS = export_columns(
    CUSTOMER_SUMMARY,
    extra=[
        ExportColumn(
            "city",
            lambda item: next(
                (a.get("city") for a in sorted(item.get("addresses") or [], key=_billing_first)),
                None,
            ),
        )
    ],
)
WITH_DETAILS = (WITH_ADDRESSES, selectinload(Customer.contacts))
CUSTOMER_SORT = SortOptions(
    "name", name=Customer.name, created_at=Customer.created_at, updated_at=Customer.updated_at
)


class CustomerRepository(ScopedRepository[Customer]):
    model = Customer
    not_found = CustomerNotFound

    def filtered(
        self,
        *,
        q: str | None = None,
        territory_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        industry: str | None = None,
        segment: str | None = None,
        min_rating: int | None = None,
        archived: bool | None = False,
    ) -> Select[Customer]:
        stmt = self.scoped()
        if q:
            # One predicate on one table (the customer's search text holds its contacts'
            # too): PostgreSQL picks the trigram index for a rare term and the list's
            # order for a common one.
            stmt = stmt.where(matches(Customer.search_text, q))
        if territory_id is not None:
            stmt = stmt.where(Customer.territory_id == territory_id)
        if owner_id is not None:
            stmt = stmt.where(Customer.owner_id == owner_id)
        if industry:
            stmt = stmt.where(func.lower(Customer.industry) == industry.lower())
        if segment:
            # Tags are a JSON list; its text form holds each tag quoted, on both databases.
            stmt = stmt.where(cast(Customer.segment_tags, String).like(f'%"{segment}"%'))
        if min_rating is not None:
            stmt = stmt.where(Customer.rating >= min_rating)
        if archived is not None:
            stmt = stmt.where(Customer.is_archived.is_(archived))
        return stmt

    @staticmethod
    def unscoped_ids_matching(q: str) -> Select[uuid.UUID]:
        """Ids of customers whose names, e-mail or phone contain ``q``: a filter for other
        lists (deals by customer name), always used inside a scoped statement."""
        return select(Customer.id).where(matches(Customer.search_text, q))

    async def exists(self, customer_id: uuid.UUID) -> bool:
        stmt = self.scoped().with_only_columns(Customer.id).where(Customer.id == customer_id)
        return (await self.session.scalar(stmt)) is not None

    async def unscoped_external_id_taken(
        self, external_id: str, *, other_than: uuid.UUID | None = None
    ) -> bool:
        stmt = select(Customer.id).where(Customer.external_id == external_id)
        if other_than is not None:
            stmt = stmt.where(Customer.id != other_than)
        return (await self.session.scalar(stmt)) is not None


class CustomerMatchRepository(ScopedRepository[Customer]):
    """The duplicate check looks at every customer and contact (a twin in another team is
    the one worth knowing about); each row says whether the caller may see it."""

    model = Customer

    def _visible(self) -> ColumnElement[bool]:
        return case((scope_clause(Customer, self.principal), True), else_=False)

    async def unscoped_matching_customers(
        self, *, email: str | None, phone_suffix: str | None, tax_id: str | None, limit: int
    ) -> list[tuple[uuid.UUID, str, bool, str | None, str | None, str | None]]:
        conditions: list[ColumnElement[bool]] = []
        if email:
            conditions.append(func.lower(Customer.email) == email.lower())
        if phone_suffix:
            conditions.append(Customer.phone_key == phone_suffix)
        if tax_id:
            conditions.append(Customer.tax_id == tax_id.upper())
        if not conditions:
            return []
        stmt = (
            select(
                Customer.id,
                Customer.name,
                self._visible(),
                Customer.email,
                Customer.phone,
                Customer.tax_id,
            )
            .where(or_(*conditions))
            .order_by(Customer.name, Customer.id)
            .limit(limit)
        )
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]  # type: ignore[misc]

    async def unscoped_matching_contacts(
        self, *, email: str | None, phone_suffix: str | None, limit: int
    ) -> list[tuple[uuid.UUID, str, uuid.UUID, bool, str | None, str | None]]:
        conditions: list[ColumnElement[bool]] = []
        if email:
            conditions.append(func.lower(Contact.email) == email.lower())
        if phone_suffix:
            conditions.append(Contact.phone_key == phone_suffix)
        if not conditions:
            return []
        stmt = (
            select(
                Contact.id,
                Contact.name,
                Contact.customer_id,
                self._visible(),
                Contact.email,
                Contact.phone,
            )
            .join(Customer, Customer.id == Contact.customer_id)
            .where(or_(*conditions), Contact.is_archived.is_(False))
            .order_by(Contact.name, Contact.id)
            .limit(limit)
        )
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]  # type: ignore[misc]

    async def names(self, customer_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not customer_ids:
            return {}
        stmt = select(Customer.id, Customer.name).where(
            scope_clause(Customer, self.principal), Customer.id.in_(customer_ids)
        )
        return {row.id: row.name for row in (await self.session.execute(stmt)).all()}


class ContactRepository(ScopedRepository[Contact]):
    model = Contact
    not_found = ContactNotFound

    def scoped(self) -> Select[Contact]:
        """Archived (removed) contacts are gone for every read."""
        return super().scoped().where(Contact.is_archived.is_(False))

    async def of_customer(self, customer_id: uuid.UUID) -> list[Contact]:
        stmt = self.scoped().where(Contact.customer_id == customer_id).order_by(Contact.name)
        return list((await self.session.scalars(stmt)).all())


class TimelineRepository:
    """Pages of a customer's timeline (``core/timeline.py`` builds the scoped statement)."""

    def __init__(self, session: AsyncSession, principal: Principal) -> None:
        self.session = session
        self.principal = principal

    async def read_page(self, stmt: Select[DomainEvent], params: ListParams) -> bytes:
        return await read_page(self.session, self.principal, TIMELINE_READ, stmt, params)
