"""Every query of the customers domain starts from the scoped base."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Numeric,
    Select,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import JSONB, aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from app.core.access import Principal, scope_clause
from app.core.events import DomainEvent
from app.core.export import ExportColumn, export_columns
from app.core.pagination import ListParams, SortOptions
from app.core.reads import Children, ReadModel, execute, read_page
from app.core.repository import ScopedRepository, flag_filters_built_once
from app.core.search import matches
from app.core.timeline import timeline_read_model
from app.customers.errors import ContactNotFound, CustomerNotFound, ExternalIdTaken
from app.customers.models import AddressKind, Contact, Customer, CustomerAddress
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
# The read path (core/reads/): a list's customers with their addresses, one with its
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


def tagged(segment: str) -> ColumnElement[bool]:
    """Customers tagged exactly ``segment``, as the segment pick list counts them: JSON
    containment, not a LIKE over the list's text (where "Café" is stored escaped and a
    tag with ``%`` would match others)."""
    return cast(Customer.segment_tags, JSONB).contains([segment])


# A customer's credit terms, whoever asks (``unscoped_credit_terms``), built once.
_CREDIT_TERMS = select(Customer.credit_limit, Customer.currency).where(
    Customer.id == bindparam("customer_id")
)
_CREDIT_TERMS_LOCKED = _CREDIT_TERMS.with_for_update()


class CustomerRepository(ScopedRepository[Customer]):
    model = Customer
    not_found = CustomerNotFound
    unique_conflicts = {"uq_customers_external_id": ExternalIdTaken}

    async def get_with_addresses(
        self, customer_id: uuid.UUID, *, with_contacts: bool = False
    ) -> Customer | None:
        """One visible customer with its addresses (joined: one statement), and its
        contacts when asked (one more)."""
        options = [joinedload(Customer.addresses)]
        if with_contacts:
            options.append(selectinload(Customer.contacts))
        stmt = self.once(
            f"with_addresses:{with_contacts}",
            lambda: self.scoped().where(Customer.id == bindparam("customer_id")).options(*options),
        )
        return (
            (await self.session.scalars(stmt, {"customer_id": customer_id})).unique().one_or_none()
        )

    @flag_filters_built_once
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
            stmt = stmt.where(tagged(segment))
        if min_rating is not None:
            stmt = stmt.where(Customer.rating >= min_rating)
        if archived is not None:
            stmt = stmt.where(Customer.is_archived.is_(archived))
        return stmt

    @staticmethod
    def visible_ids(principal: Principal) -> Select[uuid.UUID]:
        """Ids of the customers ``principal`` may see (a subquery for other rules)."""
        return select(Customer.id).where(scope_clause(Customer, principal))

    @staticmethod
    async def unscoped_credit_terms(
        session: AsyncSession, customer_id: uuid.UUID, *, lock: bool
    ) -> tuple[Decimal, str]:
        """The customer's credit limit and currency, its row locked until the
        transaction ends when ``lock``."""
        stmt = _CREDIT_TERMS_LOCKED if lock else _CREDIT_TERMS
        limit, currency = (await session.execute(stmt, {"customer_id": customer_id})).one()
        return Decimal(limit), str(currency)

    @staticmethod
    def unscoped_ids_in_segment(segment: str) -> Select[uuid.UUID]:
        """Ids of customers tagged ``segment``, always used inside a scoped statement."""
        return select(Customer.id).where(tagged(segment))

    @staticmethod
    def visible_contacts(principal: Principal) -> Any:
        """The contacts the caller may see with their customer: contact_id, name,
        title, preferred_channel, customer_id, customer_name, territory_id (a subquery
        for the contacts report)."""
        return (
            select(
                Contact.id.label("contact_id"),
                Contact.name,
                Contact.title,
                Contact.preferred_channel,
                Contact.customer_id,
                Customer.name.label("customer_name"),
                Customer.territory_id,
            )
            .join(Customer, Customer.id == Contact.customer_id)
            .where(scope_clause(Customer, principal), Contact.is_archived.is_(False))
        )

    @staticmethod
    def unscoped_segment_tags() -> Any:
        """Every customer's segment tags, a row per (customer_id, tag): joined inside
        another domain's scoped statement (a report by segment)."""
        tag = func.json_array_elements_text(Customer.segment_tags).table_valued("value")
        return (
            select(Customer.id.label("customer_id"), tag.c.value.label("tag"))
            .select_from(Customer)
            .join(tag, true())
            .where(func.json_typeof(Customer.segment_tags) == "array")
        )

    @staticmethod
    def unscoped_owners() -> Any:
        """Every customer's id and owner (customer_id, owner_id), joined inside another
        domain's scoped statement (who sold a direct invoice)."""
        return select(Customer.id.label("customer_id"), Customer.owner_id.label("owner_id"))

    @staticmethod
    def unscoped_ids_matching(q: str) -> Select[uuid.UUID]:
        """Ids of customers whose names, e-mail or phone contain ``q``: a filter for other
        lists (deals by customer name), always used inside a scoped statement."""
        return select(Customer.id).where(matches(Customer.search_text, q))

    async def exists(self, customer_id: uuid.UUID) -> bool:
        stmt = self.scoped().with_only_columns(Customer.id).where(Customer.id == customer_id)
        return (await self.session.scalar(stmt)) is not None

    async def place(self, customer_id: uuid.UUID) -> tuple[uuid.UUID, tuple[float, float] | None]:
        """A visible customer's id and the location of its address (the billing address,
        else the first with coordinates; None when no address has any), one statement;
        the customer's 404 when the caller may not see it."""
        address = (
            select(CustomerAddress.latitude, CustomerAddress.longitude)
            .where(
                CustomerAddress.customer_id == Customer.id,
                CustomerAddress.latitude.is_not(None),
                CustomerAddress.longitude.is_not(None),
            )
            .order_by(CustomerAddress.kind != AddressKind.BILLING, CustomerAddress.id)
            .limit(1)
            .lateral("address")
        )
        stmt = (
            self.scoped()
            .with_only_columns(Customer.id, address.c.latitude, address.c.longitude)
            .outerjoin(address, true())
            .where(Customer.id == customer_id)
        )
        row = (await self.session.execute(stmt)).first()
        if row is None:
            raise self.not_found()
        found, latitude, longitude = row
        return found, (latitude, longitude) if latitude is not None else None


MAX_FACET_VALUES = 200
MAP_DECIMALS = 5  # about a metre: enough for a map, a third shorter than a double


class CustomerOverviewRepository(CustomerRepository):
    """Answers about many customers at once (pick lists, the map): aggregates written by
    PostgreSQL over the same scoped, filtered statement the list pages."""

    async def facets(self, stmt: Select[Customer]) -> list[tuple[str, str, int]]:
        """(facet, value, count) of industries and segment tags among ``stmt``'s rows, most
        common first, at most ``MAX_FACET_VALUES`` each: one statement. Industries group as
        the list's filter matches them (case-insensitively) and show their most common
        spelling; segment tags match exactly, as the filter does."""
        visible = stmt.with_only_columns(Customer.id, Customer.industry, Customer.segment_tags).cte(
            "visible"
        )
        industry_key = func.lower(visible.c.industry)
        industries = (
            select(
                literal("industry").label("facet"),
                func.mode().within_group(visible.c.industry).label("value"),
                func.count().label("n"),
            )
            .where(func.btrim(visible.c.industry) != "")
            .group_by(industry_key)
            .order_by(func.count().desc(), industry_key)
            .limit(MAX_FACET_VALUES)
            .subquery("industries")
        )
        tag = func.json_array_elements_text(visible.c.segment_tags).table_valued("value")
        tagged = (
            select(visible.c.id, tag.c.value)
            .select_from(visible)
            .join(tag, true())
            .where(func.json_typeof(visible.c.segment_tags) == "array")
            .subquery("tagged")
        )
        segments = (
            select(
                literal("segment").label("facet"),
                tagged.c.value.label("value"),
                func.count(func.distinct(tagged.c.id)).label("n"),
            )
            .where(func.btrim(tagged.c.value) != "")
            .group_by(tagged.c.value)
            .order_by(func.count(func.distinct(tagged.c.id)).desc(), tagged.c.value)
            .limit(MAX_FACET_VALUES)
            .subquery("segments")
        )
        both = union_all(select(industries), select(segments))
        rows = await execute(self.session, select(both.subquery()))
        return [(facet, value, int(count)) for facet, value, count in rows]

    async def map_points(self, stmt: Select[Customer], *, limit: int) -> tuple[str, bool, int]:
        """Every row of ``stmt`` placed on the map, as the JSON text of an array of
        ``[id, name, lat, lng]`` (the billing address, else the first address with
        coordinates; at most ``limit``, in id order), whether more had coordinates, and how
        many had none: one statement, the array written by PostgreSQL."""
        matching = stmt.with_only_columns(Customer.id, Customer.name).subquery("matching")
        address = (
            select(CustomerAddress.latitude.label("lat"), CustomerAddress.longitude.label("lng"))
            .where(
                CustomerAddress.customer_id == matching.c.id,
                CustomerAddress.latitude.is_not(None),
                CustomerAddress.longitude.is_not(None),
            )
            .order_by(CustomerAddress.kind != AddressKind.BILLING, CustomerAddress.id)
            .limit(1)
            .lateral("address")
        )
        rows = (
            select(
                matching.c.id,
                matching.c.name,
                address.c.lat,
                address.c.lng,
                # The rank among the customers with coordinates, in id order.
                func.count(address.c.lat).over(order_by=matching.c.id).label("rank"),
            )
            .select_from(matching.outerjoin(address, true()))
            .subquery("rows")
        )
        placed = rows.c.lat.is_not(None)
        point = func.json_build_array(
            rows.c.id,
            rows.c.name,
            func.round(cast(rows.c.lat, Numeric), MAP_DECIMALS),
            func.round(cast(rows.c.lng, Numeric), MAP_DECIMALS),
        )
        points = func.json_agg(aggregate_order_by(point, rows.c.id)).filter(
            and_(placed, rows.c.rank <= limit)
        )
        answer = select(
            cast(func.coalesce(points, literal_column("'[]'::json")), Text),
            func.count().filter(and_(placed, rows.c.rank > limit)) > 0,
            func.count().filter(~placed),
        )
        # Three columns (Select[Any] is typed as one).
        text, truncated, missing = (await execute(self.session, answer))[0]  # type: ignore[arg-type]
        return text, bool(truncated), int(missing)


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
