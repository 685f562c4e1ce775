"""Customer rules: ownership, territory routing, consent history, archiving."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import events
from app.core.access import Permission, Principal, check_assignment
from app.core.bulk import BulkResult, required_for, run_bulk
from app.core.clock import utcnow
from app.core.errors import FieldError, InvalidReference, UnprocessableEntity, field_error
from app.core.export import ExportSource
from app.core.feed import FeedRecord, load_feed
from app.core.money import round_amount
from app.core.pagination import ListParams
from app.core.reads import dumps, visible_value
from app.core.repository import Saved
from app.core.timeline import TIMELINE_SORT, TimelineKind, timeline_of
from app.core.upsert import (
    NO_PRECONDITIONS,
    Found,
    Preconditions,
    Upserted,
    built,
    prefetch,
    upsert,
)
from app.customers.errors import (
    ContactNotFound,
    CustomerArchived,
    CustomerNotFound,
    ExternalIdTaken,
)
from app.customers.models import Contact, Customer, CustomerAddress, phone_match_key
from app.customers.repository import (
    CONTACT_READ,
    CUSTOMER_COLUMNS,
    CUSTOMER_READ,
    CUSTOMER_SORT,
    CUSTOMER_SUMMARY,
    WITH_ADDRESSES,
    WITH_DETAILS,
    ContactRepository,
    CustomerMatchRepository,
    CustomerOverviewRepository,
    CustomerRepository,
    TimelineRepository,
)
from app.customers.schemas import (
    AddressFields,
    AddressIn,
    ContactCreate,
    ContactUpdate,
    ContactUpsert,
    CustomerBulk,
    CustomerCreate,
    CustomerFacets,
    CustomerMatch,
    CustomerUpdate,
    CustomerUpsert,
    contact_key,
)
from app.users import service as users

__all__ = ["CUSTOMER_SORT", "TIMELINE_SORT", "TimelineKind", "phone_match_key"]


async def list_customers(
    session: AsyncSession, principal: Principal, *, params: ListParams, **filters: Any
) -> tuple[list[Customer], str | None]:
    repo = CustomerRepository(session, principal)
    return await repo.page(
        repo.filtered(**filters),
        order=params.order,
        limit=params.limit,
        cursor=params.cursor,
        options=[WITH_ADDRESSES],
    )


async def customers_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    fields: str | None,
    **filters: Any,
) -> bytes:
    """A page of the list, as the answer's bytes (the read path, one statement)."""
    repo = CustomerRepository(session, principal)
    return await repo.read_page(CUSTOMER_SUMMARY, repo.filtered(**filters), params, fields=fields)


async def count_customers(session: AsyncSession, principal: Principal, **filters: Any) -> int:
    """How many customers the list's filters select for the caller (one COUNT)."""
    repo = CustomerRepository(session, principal)
    return await repo.count(repo.filtered(**filters))


def customers_export(session: AsyncSession, principal: Principal, **filters: Any) -> ExportSource:
    """What an export of the list reads: its filtered, scoped statement and columns."""
    repo = CustomerRepository(session, principal)
    return ExportSource(CUSTOMER_SUMMARY, repo.filtered(**filters), CUSTOMER_COLUMNS, "customers")


def customers_file_source(session: AsyncSession, principal: Principal) -> ExportSource:
    """What an export job of customers reads: every customer the caller may see (archived
    too), each with its addresses and contacts."""
    repo = CustomerRepository(session, principal)
    return ExportSource(CUSTOMER_READ, repo.filtered(archived=None), [], "customers")


async def bulk_customers(
    session: AsyncSession, principal: Principal, *, data: CustomerBulk
) -> BulkResult:
    """Reassign, archive or unarchive many customers, each as its single write would."""
    repo = CustomerRepository(session, principal)
    if data.action == "reassign":
        change = CustomerUpdate(owner_id=required_for("reassign", "owner_id", data.owner_id))

    async def apply(customer_id: uuid.UUID) -> None:
        customer = await repo.get_or_404(customer_id, *WITH_DETAILS)
        if data.action == "reassign":
            await update_customer(session, principal, customer, data=change)
        else:
            await set_archived(session, principal, customer, archived=data.action == "archive")

    return await run_bulk(session, data.ids, apply)


async def customer_facets(
    session: AsyncSession, principal: Principal, *, archived: bool | None
) -> CustomerFacets:
    """The industries and segment tags of the customers the caller may see (archived as
    the list's ``archived`` says), with how many carry each: the filters' pick lists."""
    repo = CustomerOverviewRepository(session, principal)
    found: dict[str, list[dict[str, Any]]] = {"industry": [], "segment": []}
    for facet, value, count in await repo.facets(repo.filtered(archived=archived)):
        found[facet].append({"value": value, "count": count})
    return CustomerFacets.model_validate(found)


MAX_MAP_POINTS = 50_000


async def customer_map_points(
    session: AsyncSession, principal: Principal, *, limit: int, **filters: Any
) -> bytes:
    """Every visible customer the list's filters select, as map points (the answer's
    bytes; the points array is written by PostgreSQL in one statement)."""
    repo = CustomerOverviewRepository(session, principal)
    points, truncated, missing = await repo.map_points(repo.filtered(**filters), limit=limit)
    return dumps(
        {
            "points": orjson.Fragment(points),
            "truncated": truncated,
            "without_coordinates": missing,
        }
    )


async def customer_item(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID, *, fields: str | None
) -> dict[str, Any]:
    return await CustomerRepository(session, principal).read_item(
        CUSTOMER_READ, customer_id, fields=fields
    )


async def check_visible(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> uuid.UUID:
    """The id of a customer the caller may see (one cheap statement), else its 404."""
    if not await CustomerRepository(session, principal).exists(customer_id):
        raise CustomerNotFound()
    return customer_id


async def find_visible(
    session: AsyncSession, principal: Principal, customer_ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``customer_ids`` the caller may see (one statement): ``check_visible``
    for a set (a pushed batch's links)."""
    return await CustomerRepository(session, principal).visible_among(customer_ids)


async def customer_location(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> tuple[float, float] | None:
    """Where a customer the caller may see is (its address's coordinates; None when its
    addresses have none), else the customer's 404: what a visit's check-in is measured
    against."""
    _, location = await CustomerRepository(session, principal).place(customer_id)
    return location


async def contact_items(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> list[dict[str, Any]]:
    repo = ContactRepository(session, principal)
    stmt = (
        repo.scoped().where(Contact.customer_id == customer_id).order_by(Contact.name, Contact.id)
    )
    return await repo.read_items(CONTACT_READ, stmt)


async def contact_item(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID, contact_id: uuid.UUID
) -> dict[str, Any]:
    repo = ContactRepository(session, principal)
    stmt = repo.scoped().where(Contact.customer_id == customer_id, Contact.id == contact_id)
    items = await repo.read_items(CONTACT_READ, stmt)
    if not items:
        raise ContactNotFound()
    return items[0]


async def get_customer(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> Customer:
    return await CustomerRepository(session, principal).get_or_404(customer_id, *WITH_DETAILS)


async def customer_for_document(
    session: AsyncSession,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    with_contacts: bool = False,
) -> Customer:
    """The customer of a new quote or order: one the caller may see (else a 422 naming
    ``customer_id``), not archived (409), with its addresses, and its contacts when asked
    (a contact to check)."""
    customer = await CustomerRepository(session, principal).get_with_addresses(
        customer_id, with_contacts=with_contacts
    )
    if customer is None:
        raise InvalidReference("customer_id")
    if customer.is_archived:
        raise CustomerArchived()
    return customer


async def get_customer_with_addresses(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> Customer:
    """A visible customer with its addresses (not its contacts), or its 404: what an
    order takes from its customer (payment terms, the delivery address)."""
    customer = await CustomerRepository(session, principal).get_with_addresses(customer_id)
    if customer is None:
        raise CustomerNotFound()
    return customer


def place_of_supply(customer: Customer) -> str | None:
    """A document's GST place of supply: the customer's shipping address's state code,
    else its billing address's; None outside India."""
    by_kind = {address.kind.value: address for address in customer.addresses}
    for kind in ("shipping", "billing"):
        address = by_kind.get(kind)
        if address is not None and address.state_code:
            return str(address.state_code) if (address.country or "IN") == "IN" else None
    return None


async def _check_directory(
    session: AsyncSession,
    *,
    owner_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> None:
    """The owner is an active user and the territory exists."""
    if owner_id is not None and await users.find_active_user(session, owner_id) is None:
        raise InvalidReference("owner_id")
    if territory_id is not None and await users.find_territory(session, territory_id) is None:
        raise InvalidReference("territory_id")


async def _check_placement(
    session: AsyncSession,
    principal: Principal,
    *,
    owner_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> None:
    """Who may own the customer and where it may be put: ``core/access.py`` decides."""
    check_assignment(
        principal,
        owner_id=owner_id,
        territory_id=territory_id,
        reassign=Permission.CUSTOMERS_REASSIGN,
    )
    await _check_directory(session, owner_id=owner_id, territory_id=territory_id)


def _address(data: AddressIn) -> CustomerAddress:
    return CustomerAddress(**data.model_dump(exclude={"id"}))


def _merge_addresses(customer: Customer, incoming: list[AddressIn]) -> None:
    """Replace the customer's addresses with ``incoming``, keeping the rows (and ids)
    of those that stay: an address sent with its ``id`` updates that row, one without
    an id updates an address of the same kind not otherwise matched; the rest are new,
    and addresses left out are removed. Clients holding address ids keep them."""
    remaining = list(customer.addresses)
    by_id = {address.id: address for address in remaining}
    claimed = _ids(incoming)
    kept: list[CustomerAddress] = []
    for index, data in enumerate(incoming):
        target: CustomerAddress | None
        if data.id is not None:
            target = by_id.get(data.id)
            if target is None or target not in remaining:
                raise UnprocessableEntity(
                    errors=[
                        FieldError(
                            loc=["body", "addresses", index, "id"],
                            msg="not an address of this customer",
                            type="reference",
                        )
                    ]
                )
        else:
            target = next(
                (a for a in remaining if a.kind == data.kind and a.id not in claimed),
                None,
            )
        if target is None:
            kept.append(_address(data))
            continue
        remaining.remove(target)
        for name, value in data.model_dump(exclude={"id"}).items():
            setattr(target, name, value)
        kept.append(target)
    customer.addresses = kept


def _ids(incoming: list[AddressIn]) -> set[uuid.UUID]:
    return {a.id for a in incoming if a.id is not None}


def _contact(data: ContactCreate) -> Contact:
    contact = Contact(**data.model_dump(exclude={"id"}))
    if data.id:
        contact.id = data.id
    return contact


async def create_customer(
    session: AsyncSession, principal: Principal, *, data: CustomerCreate
) -> Saved[Customer]:
    repo = CustomerRepository(session, principal)

    async def build() -> Customer:
        if principal.user_id is None and data.owner_id is None:
            raise InvalidReference("owner_id")
        await _check_placement(
            session, principal, owner_id=data.owner_id, territory_id=data.territory_id
        )
        return await _new_customer(session, repo, data, owner_id=data.owner_id or principal.user_id)

    return await repo.create_once(data.id, build, *WITH_DETAILS)


async def _new_customer(
    session: AsyncSession,
    repo: CustomerRepository,
    data: CustomerCreate,
    *,
    owner_id: uuid.UUID | None,
) -> Customer:
    if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
        raise ExternalIdTaken()
    fields = data.model_dump(exclude={"id", "addresses", "contacts", "owner_id"}, exclude_none=True)
    customer = Customer(
        **fields,
        owner_id=owner_id,
        addresses=[_address(a) for a in data.addresses],
        contacts=[_contact(c) for c in data.contacts],
    )
    if customer.territory_id is None:
        customer.territory_id = await _territory_from_addresses(session, data.addresses)
    if data.email_opt_in is not None or data.sms_opt_in is not None:
        customer.consent_updated_at = utcnow()
    if customer.credit_limit is not None:
        customer.credit_limit = round_amount(customer.credit_limit, customer.currency or "INR")
    return customer


async def _territory_from_addresses(
    session: AsyncSession, addresses: list[AddressIn]
) -> uuid.UUID | None:
    for address in sorted(addresses, key=lambda a: a.kind != "billing"):
        if address.postal_code:
            territory = await users.territory_for_postal_code(session, address.postal_code)
            if territory is not None:
                return territory.id
    return None


async def update_customer(
    session: AsyncSession, principal: Principal, customer: Customer, *, data: CustomerUpdate
) -> Customer:
    repo = CustomerRepository(session, principal)
    changes = data.model_dump(exclude_unset=True, exclude={"addresses"})
    new_owner = changes.get("owner_id")
    new_territory = changes.get("territory_id")
    await _check_placement(
        session,
        principal,
        owner_id=new_owner if new_owner != customer.owner_id else None,
        territory_id=new_territory if new_territory != customer.territory_id else None,
    )
    if changes.get("owner_id", customer.owner_id) is None:
        raise InvalidReference("owner_id")
    external_id = changes.get("external_id")
    if external_id and await repo.unscoped_external_id_taken(external_id, other_than=customer.id):
        raise ExternalIdTaken()
    if "addresses" in data.model_fields_set:
        _merge_addresses(customer, data.addresses or [])
    if any(
        k in changes and changes[k] != getattr(customer, k) for k in ("email_opt_in", "sms_opt_in")
    ):
        changes["consent_updated_at"] = utcnow()
    if changes.get("credit_limit") is not None:
        currency = changes.get("currency") or customer.currency
        changes["credit_limit"] = round_amount(changes["credit_limit"], currency)
    return await repo.update(customer, changes)


async def set_archived(
    session: AsyncSession, principal: Principal, customer: Customer, *, archived: bool
) -> Customer:
    """Archive hides a customer from default lists without losing its history."""
    repo = CustomerRepository(session, principal)
    return await repo.set_archived(customer, archived, event_name="customer")


# --- by external id (an ERP's upsert, decision 0038) -------------------------------


async def customer_by_external_id(
    session: AsyncSession, principal: Principal, external_id: str
) -> dict[str, Any]:
    """The visible customer with this ERP id, as ``GET /customers/{id}`` answers it."""
    customer_id = await CustomerRepository(session, principal).id_by_external_id(external_id)
    return await customer_item(session, principal, customer_id, fields=None)


async def customer_ids_by_external_id(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, uuid.UUID]:
    """The visible customers with these ERP ids, by ERP id (one statement): another
    domain's reference to a customer by its ERP id (a price list's)."""
    return await CustomerRepository(session, principal).by_external_ids(external_ids)


async def customer_named(
    session: AsyncSession,
    principal: Principal,
    customer_id: uuid.UUID | None,
    customer_external_id: str | None,
) -> uuid.UUID | None:
    """The customer a document sent by an integration names, by id or by ERP id, else
    None: a 422 naming ``customer_external_id`` when no visible customer has it or it
    names another customer than ``customer_id`` (an id is checked by the document's own
    write)."""
    if customer_external_id is None:
        return customer_id
    named = await customer_ids_by_external_id(session, principal, {customer_external_id})
    found = named.get(customer_external_id)
    if found is None:
        raise InvalidReference("customer_external_id")
    if customer_id is not None and customer_id != found:
        raise UnprocessableEntity(
            errors=[field_error("customer_external_id", "names another customer", "mismatch")]
        )
    return found


_UPSERT_ONLY = {"owner_id", "owner_email", "is_archived", "addresses", "contacts"}


def _replace_addresses_by_kind(customer: Customer, incoming: list[AddressFields]) -> None:
    """Each address sent replaces the customer's address of its kind (the row and its id
    are kept; a value equal to the stored one writes nothing); other kinds stay."""
    by_kind = {address.kind: address for address in customer.addresses}
    for data in incoming:
        values = data.model_dump()
        target = by_kind.get(data.kind)
        if target is None:
            customer.addresses.append(CustomerAddress(**values))
            continue
        for name, value in values.items():
            if getattr(target, name) != value:
                setattr(target, name, value)


async def _upsert_contacts(
    session: AsyncSession, principal: Principal, customer: Customer, incoming: list[ContactUpsert]
) -> None:
    current = {contact_key(c.email, c.name): c for c in customer.contacts}
    for data in incoming:
        found = current.get(contact_key(data.email, data.name))
        if found is None:
            await add_contact(session, principal, customer, data=ContactCreate(**data.model_dump()))
        else:
            changes = {
                name: value
                for name, value in data.model_dump(exclude_unset=True).items()
                if getattr(found, name) != value
            }
            if changes:
                await update_contact(session, principal, found, data=ContactUpdate(**changes))


async def prefetch_customers(
    session: AsyncSession, principal: Principal, external_ids: Collection[str]
) -> dict[str, Found[Customer]]:
    """The customers with these ERP ids looked up at once (an import's chunk), for the
    upserts that follow (``found=``)."""
    return await prefetch(CustomerRepository(session, principal), external_ids, *WITH_DETAILS)


async def upsert_customer(
    session: AsyncSession,
    principal: Principal,
    *,
    external_id: str,
    data: CustomerUpsert,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[Customer] | None = None,
) -> Upserted[Customer]:
    """Create or update the customer with this ERP id through the create and update
    rules above (placement, owner, territory, consent, credit limit); an id another
    customer holds that the caller may not see is ``customers.external_id_taken``."""
    repo = CustomerRepository(session, principal)
    owner_id = await users.owner_named(session, data.owner_id, data.owner_email)
    fields = data.model_dump(exclude_unset=True, exclude=_UPSERT_ONLY)
    if owner_id is not None:
        fields["owner_id"] = owner_id

    async def find() -> Customer | None:
        return await repo.by_external_id(external_id, *WITH_DETAILS)

    async def create() -> Customer:
        if data.name is None:
            raise UnprocessableEntity(
                errors=[field_error("name", "required to create a customer", "missing")]
            )
        new = built(
            CustomerCreate,
            **fields,
            external_id=external_id,
            addresses=[AddressIn(**a.model_dump()) for a in data.addresses or []],
            contacts=[ContactCreate(**c.model_dump()) for c in data.contacts or []],
        )
        customer = (await create_customer(session, principal, data=new)).entity
        if data.is_archived:
            await set_archived(session, principal, customer, archived=True)
        return customer

    async def update(customer: Customer) -> Customer:
        if data.is_archived is False:
            await set_archived(session, principal, customer, archived=False)
        changes = {k: v for k, v in fields.items() if getattr(customer, k) != v}
        customer = await update_customer(
            session, principal, customer, data=built(CustomerUpdate, **changes)
        )
        if data.addresses is not None:
            _replace_addresses_by_kind(customer, data.addresses)
            await repo.flush()
        if data.contacts is not None:
            await _upsert_contacts(session, principal, customer, data.contacts)
        if data.is_archived:
            await set_archived(session, principal, customer, archived=True)
        return customer

    return await upsert(
        session,
        find=find,
        create=create,
        update=update,
        taken=ExternalIdTaken,
        held_elsewhere=lambda: repo.unscoped_external_id_taken(external_id),
        preconditions=preconditions,
        found=found,
    )


# --- contacts ---------------------------------------------------------------------


async def list_contacts(
    session: AsyncSession, principal: Principal, customer: Customer
) -> list[Contact]:
    return await ContactRepository(session, principal).of_customer(customer.id)


async def get_contact(
    session: AsyncSession, principal: Principal, customer: Customer, contact_id: uuid.UUID
) -> Contact:
    contact = await ContactRepository(session, principal).get_or_404(contact_id)
    if contact.customer_id != customer.id:
        raise ContactRepository.not_found()
    return contact


async def find_contact(
    session: AsyncSession, principal: Principal, contact_id: uuid.UUID
) -> Contact | None:
    """A contact the caller may see, whatever its customer (links from other domains)."""
    return await ContactRepository(session, principal).get(contact_id)


async def add_contact(
    session: AsyncSession, principal: Principal, customer: Customer, *, data: ContactCreate
) -> Saved[Contact]:
    repo = ContactRepository(session, principal)

    async def build() -> Contact:
        if customer.is_archived:
            raise CustomerArchived()
        contact = _contact(data)
        contact.customer_id = customer.id
        return contact

    return await repo.create_once(data.id, build)


async def update_contact(
    session: AsyncSession, principal: Principal, contact: Contact, *, data: ContactUpdate
) -> Contact:
    repo = ContactRepository(session, principal)
    return await repo.update(contact, data.model_dump(exclude_unset=True))


async def archive_contact(session: AsyncSession, principal: Principal, contact: Contact) -> None:
    """Removing a contact archives it: activities and deals keep their link, and phones
    holding a copy are told to drop it."""
    await ContactRepository(session, principal).set_archived(contact, True, event_name="contact")


async def customer_timeline(
    session: AsyncSession,
    principal: Principal,
    customer_id: uuid.UUID,
    *,
    kinds: list[TimelineKind] | None,
    params: ListParams,
) -> bytes:
    """Everything that happened with a customer, newest first, one keyset page."""
    repo = TimelineRepository(session, principal)
    return await repo.read_page(timeline_of(principal, customer_id, kinds=kinds), params)


# --- for other domains: duplicate checks, names on cards, lead conversion ----------


async def possible_duplicates(
    session: AsyncSession,
    principal: Principal,
    *,
    email: str | None,
    phone: str | None,
    tax_id: str | None,
    limit: int = 10,
) -> list[CustomerMatch]:
    """Customers and contacts with the same email, phone or tax id, across the company:
    the ones the caller may not see come without id or name (two statements)."""
    repo = CustomerMatchRepository(session, principal)
    key = phone_match_key(phone)
    matches: list[CustomerMatch] = []

    def field(row_email: str | None, row_phone: str | None, row_tax: str | None = None) -> str:
        if email and row_email and row_email.lower() == email.lower():
            return "email"
        if tax_id and row_tax and row_tax.upper() == tax_id.upper():
            return "tax_id"
        return "phone"

    for cid, name, visible, c_email, c_phone, c_tax in await repo.unscoped_matching_customers(
        email=email, phone_suffix=key, tax_id=tax_id, limit=limit
    ):
        if field(c_email, c_phone, c_tax) == "phone" and phone_match_key(c_phone) != key:
            continue  # a longer number that merely ends with the same digits
        matches.append(
            CustomerMatch(
                kind="customer",
                id=cid if visible else None,
                name=name if visible else None,
                customer_id=cid if visible else None,
                match_field=field(c_email, c_phone, c_tax),
                visible=bool(visible),
            )
        )
    for kid, name, customer_id, visible, k_email, k_phone in await repo.unscoped_matching_contacts(
        email=email, phone_suffix=key, limit=limit
    ):
        if field(k_email, k_phone) == "phone" and phone_match_key(k_phone) != key:
            continue
        matches.append(
            CustomerMatch(
                kind="contact",
                id=kid if visible else None,
                name=name if visible else None,
                customer_id=customer_id if visible else None,
                match_field=field(k_email, k_phone),
                visible=bool(visible),
            )
        )
    return matches


def customer_name_of(principal: Principal, customer_id: Any) -> Any:
    """The name of the customer ``customer_id`` (a column of another domain's row) when
    the caller may see that customer, else null: for another domain's read model."""
    return visible_value(Customer, Customer.name, customer_id, principal)


def visible_customer_ids(principal: Principal) -> Any:
    """A subquery of the customers the caller may see, for another domain's scoping rule
    (a price list made for one customer is visible exactly when the customer is)."""
    return CustomerRepository.visible_ids(principal)


async def pricing_profile(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> tuple[list[str], str]:
    """What prices a customer: its segment tags and its currency (404 when not visible)."""
    customer = await CustomerRepository(session, principal).get_or_404(customer_id)
    return pricing_segments(customer), customer.currency


def pricing_segments(customer: Customer) -> list[str]:
    """The segments whose price lists apply to a customer already read: its tags."""
    return list(customer.segment_tags or [])


def customer_ids_in_segment(segment: str) -> Any:
    """A subquery of the customers tagged ``segment``, for another domain's scoped
    report or list."""
    return CustomerRepository.unscoped_ids_in_segment(segment)


def visible_contacts(principal: Principal) -> Any:
    """The contacts the caller may see with their customer's name and territory: a
    subquery for the contacts report (``CustomerRepository.visible_contacts``)."""
    return CustomerRepository.visible_contacts(principal)


def unscoped_segment_tags() -> Any:
    """(customer_id, tag) for every segment tag of every customer, for a report's scoped
    statement by segment."""
    return CustomerRepository.unscoped_segment_tags()


def unscoped_customer_owners() -> Any:
    """(customer_id, owner_id) of every customer: who sold a direct invoice, for a
    report joining it inside its own scoped statement."""
    return CustomerRepository.unscoped_owners()


def customer_ids_matching(q: str) -> Any:
    """A subquery of the customers matching ``q``, for another domain's scoped list."""
    return CustomerRepository.unscoped_ids_matching(q)


async def customer_names(
    session: AsyncSession, principal: Principal, customer_ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Names of the customers the caller may see among ``customer_ids`` (one statement)."""
    return await CustomerMatchRepository(session, principal).names(customer_ids)


async def create_customer_from_lead(
    session: AsyncSession, principal: Principal, *, data: CustomerCreate, owner_id: uuid.UUID
) -> Customer:
    """A customer made by converting a lead. It belongs to the lead's owner (assigned by
    the territory rules or by a head) and sits in the lead's territory, whoever converts
    it: the caller was allowed to convert the lead, so no reassign permission is needed."""
    repo = CustomerRepository(session, principal)
    await _check_directory(session, owner_id=None, territory_id=data.territory_id)
    customer = await _new_customer(session, repo, data, owner_id=owner_id)
    events.note(customer, "customer.created", data={"from_lead": True})
    return await repo.insert(customer)


# --- the change feed ----------------------------------------------------------------


async def customer_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(CustomerRepository(session, principal), CUSTOMER_SUMMARY, ids)


async def contact_feed(
    session: AsyncSession, principal: Principal, ids: Collection[uuid.UUID]
) -> list[FeedRecord]:
    return await load_feed(ContactRepository(session, principal), CONTACT_READ, ids)


async def lock_credit_terms(session: AsyncSession, customer_id: uuid.UUID) -> tuple[Decimal, str]:
    """The customer's credit limit and currency, its row locked until the transaction
    ends (whoever asks): concurrent credit checks of one customer take turns, so two
    orders near the limit cannot both pass."""
    return await credit_terms(session, customer_id, lock=True)


async def credit_terms(
    session: AsyncSession, customer_id: uuid.UUID, *, lock: bool = False
) -> tuple[Decimal, str]:
    """The customer's credit limit and currency (whoever asks), read without a lock
    unless ``lock``: showing a credit position decides nothing."""
    return await CustomerRepository.unscoped_credit_terms(session, customer_id, lock=lock)
