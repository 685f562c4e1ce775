"""Customer rules: ownership, territory routing, consent history, archiving."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.access import Permission, Principal
from app.core.clock import utcnow
from app.core.errors import InvalidReference
from app.core.pagination import ListParams
from app.core.repository import Saved
from app.core.timeline import TIMELINE_SORT, TimelineEvent, record_event
from app.customers.errors import CustomerArchived, ExternalIdTaken
from app.customers.models import Contact, Customer, CustomerAddress, phone_match_key
from app.customers.repository import (
    CUSTOMER_SORT,
    WITH_ADDRESSES,
    WITH_DETAILS,
    ContactRepository,
    CustomerMatchRepository,
    CustomerRepository,
    TimelineRepository,
)
from app.customers.schemas import (
    AddressIn,
    ContactCreate,
    ContactUpdate,
    CustomerCreate,
    CustomerMatch,
    CustomerUpdate,
)
from app.users import service as users

__all__ = ["CUSTOMER_SORT", "TIMELINE_SORT", "phone_match_key"]


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


async def get_customer(
    session: AsyncSession, principal: Principal, customer_id: uuid.UUID
) -> Customer:
    return await CustomerRepository(session, principal).get_or_404(customer_id, *WITH_DETAILS)


async def _check_assignment(
    session: AsyncSession,
    principal: Principal,
    *,
    owner_id: uuid.UUID | None,
    territory_id: uuid.UUID | None,
) -> None:
    if owner_id is not None and owner_id != principal.user_id:
        principal.require(Permission.CUSTOMERS_REASSIGN)
        visible_owners = principal.visible_owner_ids()
        if visible_owners is not None and owner_id not in visible_owners:
            raise InvalidReference("owner_id")
        owner = await users.find_active_user(session, owner_id)
        if owner is None:
            raise InvalidReference("owner_id")
    if territory_id is not None:
        territory = await users.find_territory(session, territory_id)
        if territory is None:
            raise InvalidReference("territory_id")


def _addresses(data: list[AddressIn]) -> list[CustomerAddress]:
    return [CustomerAddress(**a.model_dump()) for a in data]


def _contact(data: ContactCreate) -> Contact:
    contact = Contact(**data.model_dump(exclude={"id"}))
    if data.id:
        contact.id = data.id
    return contact


async def create_customer(
    session: AsyncSession, principal: Principal, *, data: CustomerCreate
) -> Saved[Customer]:
    repo = CustomerRepository(session, principal)
    if replayed := await repo.find_replayed_create(data.id, *WITH_DETAILS):
        return Saved(replayed, created=False)
    if principal.user_id is None and data.owner_id is None:
        raise InvalidReference("owner_id")
    await _check_assignment(
        session, principal, owner_id=data.owner_id, territory_id=data.territory_id
    )
    if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
        raise ExternalIdTaken()
    fields = data.model_dump(exclude={"id", "addresses", "contacts", "owner_id"}, exclude_none=True)
    customer = Customer(
        **fields,
        owner_id=data.owner_id or principal.user_id,
        addresses=_addresses(data.addresses),
        contacts=[_contact(c) for c in data.contacts],
    )
    if data.id:
        customer.id = data.id
    if customer.territory_id is None:
        customer.territory_id = await _territory_from_addresses(session, data.addresses)
    if data.email_opt_in is not None or data.sms_opt_in is not None:
        customer.consent_updated_at = utcnow()
    repo.add(customer)
    await audit.record_created(session, principal, customer)
    record_event(
        session,
        principal,
        customer_id=customer.id,
        kind="customer.created",
        title=f"Customer {customer.name} created",
        subject_type="customers",
        subject_id=customer.id,
        owner_id=None,
    )
    return Saved(customer, created=True)


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
    changes = data.model_dump(exclude_unset=True)
    await _check_assignment(
        session,
        principal,
        owner_id=changes.get("owner_id") if changes.get("owner_id") != customer.owner_id else None,
        territory_id=changes.get("territory_id"),
    )
    if changes.get("owner_id", customer.owner_id) is None:
        raise InvalidReference("owner_id")
    external_id = changes.get("external_id")
    if external_id and await repo.unscoped_external_id_taken(external_id, other_than=customer.id):
        raise ExternalIdTaken()
    before = audit.snapshot(customer)
    if "addresses" in changes:
        changes.pop("addresses")
        customer.addresses = _addresses(data.addresses or [])
    consent_changed = any(
        k in changes and changes[k] != getattr(customer, k) for k in ("email_opt_in", "sms_opt_in")
    )
    for field, value in changes.items():
        setattr(customer, field, value)
    if consent_changed:
        customer.consent_updated_at = utcnow()
    await audit.record_updated(session, principal, customer, before)
    return customer


async def set_archived(
    session: AsyncSession, principal: Principal, customer: Customer, *, archived: bool
) -> Customer:
    """Archive hides a customer from default lists without losing its history."""
    if customer.is_archived == archived:
        return customer
    before = audit.snapshot(customer)
    customer.is_archived = archived
    await audit.record_updated(session, principal, customer, before)
    return customer


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
    if replayed := await repo.find_replayed_create(data.id):
        return Saved(replayed, created=False)
    if customer.is_archived:
        raise CustomerArchived()
    contact = _contact(data)
    contact.customer_id = customer.id
    repo.add(contact)
    await audit.record_created(session, principal, contact)
    return Saved(contact, created=True)


async def update_contact(
    session: AsyncSession, principal: Principal, contact: Contact, *, data: ContactUpdate
) -> Contact:
    before = audit.snapshot(contact)
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(contact, field, value)
    await audit.record_updated(session, principal, contact, before)
    return contact


async def delete_contact(session: AsyncSession, principal: Principal, contact: Contact) -> None:
    await audit.record_deleted(session, principal, contact)


async def customer_timeline(
    session: AsyncSession,
    principal: Principal,
    customer: Customer,
    *,
    kinds: list[str] | None,
    params: ListParams,
) -> tuple[list[TimelineEvent], str | None]:
    """Everything that happened with a customer, newest first, one keyset page."""
    repo = TimelineRepository(session, principal)
    return await repo.page(
        repo.of_customer(customer.id, kinds=kinds),
        order=params.order,
        limit=params.limit,
        cursor=params.cursor,
    )


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


async def customer_names(
    session: AsyncSession, principal: Principal, customer_ids: set[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """Names of the customers the caller may see among ``customer_ids`` (one statement)."""
    return await CustomerMatchRepository(session, principal).names(customer_ids)


async def create_customer_from_lead(
    session: AsyncSession, principal: Principal, *, data: CustomerCreate, owner_id: uuid.UUID
) -> Customer:
    """A customer made by converting a lead. It belongs to the lead's owner (assigned by
    the territory rules or by a head), whoever converts it, so converting a colleague's
    lead needs no reassign permission; every other rule of ``create_customer`` applies."""
    repo = CustomerRepository(session, principal)
    await _check_assignment(session, principal, owner_id=None, territory_id=data.territory_id)
    if data.external_id and await repo.unscoped_external_id_taken(data.external_id):
        raise ExternalIdTaken()
    fields = data.model_dump(exclude={"id", "addresses", "contacts", "owner_id"}, exclude_none=True)
    customer = Customer(
        **fields,
        owner_id=owner_id,
        addresses=_addresses(data.addresses),
        contacts=[_contact(c) for c in data.contacts],
    )
    if customer.territory_id is None:
        customer.territory_id = await _territory_from_addresses(session, data.addresses)
    if data.email_opt_in is not None or data.sms_opt_in is not None:
        customer.consent_updated_at = utcnow()
    repo.add(customer)
    await audit.record_created(session, principal, customer)
    record_event(
        session,
        principal,
        customer_id=customer.id,
        kind="customer.created",
        title=f"Customer {customer.name} created from a lead",
        subject_type="customers",
        subject_id=customer.id,
        owner_id=None,
    )
    return customer
