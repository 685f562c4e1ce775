"""Customers with their addresses and contacts: the worked example every domain copies."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from app.core.access import owned_or_in_territory, register_scope, visible_through
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.personal_data import ERASED, Identifies, SubjectKind, copies, subject_record
from app.core.search import search_column, trigram_index

PHONE_MATCH_DIGITS = 10


def phone_match_key(phone: str | None) -> str | None:
    """The last 10 digits of a phone number, which identify an Indian number whatever the
    prefix (+91, 0) or spacing; too short a number matches nothing."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-PHONE_MATCH_DIGITS:] if len(digits) >= 8 else None


class AddressKind(StrEnum):
    BILLING = "billing"
    SHIPPING = "shipping"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    VISIT = "visit"


class Customer(Entity):
    __tablename__ = "customers"
    __table_args__ = (
        Index("ix_customers_name_id", "name", "id"),
        Index("ix_customers_created_at_id", "created_at", "id"),
        Index("ix_customers_updated_at_id", "updated_at", "id"),
        trigram_index("customers"),
    )

    name: Mapped[str] = mapped_column(String(200))
    legal_name: Mapped[str | None] = mapped_column(String(200))
    tax_id: Mapped[str | None] = mapped_column(String(20), index=True)
    industry: Mapped[str | None] = mapped_column(String(80), index=True)
    segment_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    rating: Mapped[int | None]
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    # ``phone_match_key(phone)``, set whenever the phone is: the duplicate check's index.
    phone_key: Mapped[str | None] = mapped_column(String(10), index=True)
    website: Mapped[str | None] = mapped_column(String(200))
    credit_limit: Mapped[Decimal] = mapped_column(Numeric(18, 4), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    payment_terms_days: Mapped[int] = mapped_column(default=30)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    email_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_updated_at: Mapped[datetime | None]
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # The contacts' search text (kept by a trigger on contacts, migration 8c41d7e2a6f0),
    # so ``q=`` finds a customer by its contacts with one predicate on one table.
    contact_search_text: Mapped[str] = mapped_column(Text, server_default="", deferred=True)
    search_text: Mapped[str] = search_column(
        "name", "legal_name", "email", phone="phone", searchable=("contact_search_text",)
    )

    addresses: Mapped[list[CustomerAddress]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="CustomerAddress.kind"
    )
    # The contacts not removed (removing archives a contact; see ``Contact.is_archived``).
    contacts: Mapped[list[Contact]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="Contact.name",
        primaryjoin="and_(Contact.customer_id == Customer.id, Contact.is_archived.is_(False))",
    )

    @validates("phone")
    def _keep_phone_key(self, _: str, phone: str | None) -> str | None:
        self.phone_key = phone_match_key(phone)
        return phone


class CustomerAddress(Entity):
    __tablename__ = "customer_addresses"

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AddressKind] = mapped_column(enum_column(AddressKind))
    line1: Mapped[str] = mapped_column(String(200))
    line2: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    # In India: the GST state code (core/regions.py), what place of supply compares.
    state_code: Mapped[str | None] = mapped_column(String(2))
    postal_code: Mapped[str | None] = mapped_column(String(20), index=True)
    country: Mapped[str] = mapped_column(String(2), default="IN")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class Contact(Entity):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_customer_id_name", "customer_id", "name"),
        trigram_index("contacts"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    phone_key: Mapped[str | None] = mapped_column(String(10), index=True)
    preferred_channel: Mapped[Channel] = mapped_column(enum_column(Channel), default=Channel.PHONE)
    email_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    # Removed by a user: kept for the records that link to it, gone from every read.
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default="false")
    search_text: Mapped[str] = search_column("name", "email", phone="phone")

    @validates("phone")
    def _keep_phone_key(self, _: str, phone: str | None) -> str | None:
        self.phone_key = phone_match_key(phone)
        return phone


register_scope(Customer, owned_or_in_territory(Customer.owner_id, Customer.territory_id))
# Addresses and contacts are visible exactly when their customer is.
register_scope(CustomerAddress, visible_through(CustomerAddress.customer_id, Customer))
register_scope(Contact, visible_through(Contact.customer_id, Customer))
track(Customer, Tracked("customer", label="name", customer="id", feed="customers"))
track(
    CustomerAddress,
    Tracked(
        "customer_address",
        label="city",
        customer="customer_id",
        feed="customers",
        feed_id="customer_id",
    ),
)
track(Contact, Tracked("contact", label="name", customer="customer_id", feed="contacts"))
# A contact is a person: what an erasure (GDPR) clears on the row, and the values whose
# mentions it replaces in the customer's records (docs/decisions/0042).
subject_record(
    Contact,
    SubjectKind.CONTACT,
    erase={"name": ERASED, "title": None, "email": None, "phone": None, "phone_key": None},
    identifying={"name": Identifies.NAME, "email": Identifies.EMAIL, "phone": Identifies.PHONE},
    # Gone from every list (kept for the quotes and orders that name it), and no more
    # messages to an address that is no longer there.
    afterwards={
        "is_archived": True,
        "is_primary": False,
        "email_opt_in": False,
        "sms_opt_in": False,
    },
    customer="customer_id",
)
# The customer's own data is the business's; where it is the person's (a sole trader's
# name, a lead's e-mail copied when it became a customer), it is replaced.
copies(
    Customer,
    customer=Customer.id,
    mentions=("name", "legal_name", "email", "phone", "website", "notes"),
)
copies(CustomerAddress, customer=CustomerAddress.customer_id, mentions=("line1", "line2"))
