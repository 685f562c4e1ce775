from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import EmailStr, Field

from app.core.bulk import BulkIds
from app.core.money import Amount, CurrencyCode
from app.core.schemas import (
    AddressRegion,
    CreateModel,
    CurrencyAmounts,
    EntityRead,
    InputModel,
    OutputModel,
)
from app.core.timeline import TimelineKind
from app.customers.models import AddressKind, Channel

GSTIN_PATTERN = r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$"


class AddressIn(AddressRegion):
    id: uuid.UUID | None = Field(
        default=None, description="On update: the address to change (its id is kept)"
    )
    kind: AddressKind
    line1: str = Field(min_length=1, max_length=200)
    line2: str | None = Field(default=None, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    postal_code: str | None = Field(default=None, max_length=20)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class AddressRead(OutputModel):
    id: uuid.UUID
    kind: AddressKind
    line1: str
    line2: str | None
    city: str
    state: str | None
    state_code: str | None
    postal_code: str | None
    country: str
    latitude: float | None
    longitude: float | None


class ContactCreate(CreateModel):
    name: str = Field(min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=120)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    preferred_channel: Channel = Channel.PHONE
    email_opt_in: bool = False
    sms_opt_in: bool = False
    is_primary: bool = False


class ContactUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=120)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    preferred_channel: Channel | None = None
    email_opt_in: bool | None = None
    sms_opt_in: bool | None = None
    is_primary: bool | None = None


class ContactRead(EntityRead):
    customer_id: uuid.UUID
    name: str
    title: str | None
    email: str | None
    phone: str | None
    preferred_channel: Channel
    email_opt_in: bool
    sms_opt_in: bool
    is_primary: bool


class _CustomerFields(InputModel):
    legal_name: str | None = Field(default=None, max_length=200)
    tax_id: str | None = Field(
        default=None, pattern=GSTIN_PATTERN, description="GSTIN, 15 characters"
    )
    industry: str | None = Field(default=None, max_length=80)
    segment_tags: list[str] | None = Field(default=None, max_length=20)
    rating: int | None = Field(default=None, ge=1, le=5)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    website: str | None = Field(default=None, max_length=200)
    credit_limit: Amount | None = Field(default=None, ge=Decimal("0"))
    currency: CurrencyCode | None = None
    payment_terms_days: int | None = Field(default=None, ge=0, le=365)
    territory_id: uuid.UUID | None = None
    external_id: str | None = Field(default=None, max_length=100)
    email_opt_in: bool | None = None
    sms_opt_in: bool | None = None
    notes: str | None = Field(default=None, max_length=10_000)


class CustomerCreate(_CustomerFields, CreateModel):
    name: str = Field(min_length=1, max_length=200)
    owner_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the caller; heads and admins may choose."
    )
    addresses: list[AddressIn] = Field(default_factory=list, max_length=10)
    contacts: list[ContactCreate] = Field(default_factory=list, max_length=50)


class CustomerUpdate(_CustomerFields):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    owner_id: uuid.UUID | None = None
    addresses: list[AddressIn] | None = Field(
        default=None, max_length=10, description="Replaces all addresses when given"
    )


class CustomerSummary(CurrencyAmounts, EntityRead):
    amount_fields = ("credit_limit",)

    name: str
    legal_name: str | None
    tax_id: str | None
    industry: str | None
    segment_tags: list[str]
    rating: int | None
    email: str | None
    phone: str | None
    website: str | None
    credit_limit: Amount
    currency: str
    payment_terms_days: int
    territory_id: uuid.UUID | None
    owner_id: uuid.UUID
    external_id: str | None
    email_opt_in: bool
    sms_opt_in: bool
    consent_updated_at: datetime | None
    is_archived: bool
    notes: str | None
    addresses: list[AddressRead]


class CustomerRead(CustomerSummary):
    contacts: list[ContactRead]


class TimelineEventRead(OutputModel):
    """One thing that happened with the customer, from the event stream."""

    id: uuid.UUID
    customer_id: uuid.UUID
    occurred_at: datetime
    kind: TimelineKind
    title: str
    subject_type: str = Field(description="The record's table, e.g. opportunities")
    subject_id: uuid.UUID
    actor_id: uuid.UUID | None
    actor_label: str | None
    data: dict[str, Any]


class CustomerMatch(OutputModel):
    """A customer or contact that may be the same party as a new record (duplicate check).

    ``id`` and ``name`` are empty when the caller may not see the record: the match says
    a twin exists (and on which field), never whose it is."""

    kind: str
    id: uuid.UUID | None
    name: str | None
    customer_id: uuid.UUID | None
    match_field: str
    visible: bool


class CustomerBulk(InputModel):
    """One action on many customers; each row is checked like the single write."""

    ids: BulkIds
    action: Literal["reassign", "archive", "unarchive"]
    owner_id: uuid.UUID | None = Field(
        default=None, description="The new owner (reassign; needs customers:reassign)"
    )


class FacetValue(OutputModel):
    value: str = Field(description="As stored (for industries: the most common spelling)")
    count: int = Field(description="Visible customers carrying it")


class CustomerFacets(OutputModel):
    """The values the list's `industry` and `segment` filters can take among the customers
    the caller may see, most common first: the filters' pick lists."""

    industry: list[FacetValue]
    segment: list[FacetValue]


MapPoint = tuple[uuid.UUID, str, float, float]


class CustomerMapPoints(OutputModel):
    """Every visible customer matching the filters that has coordinates, as compact
    `[id, name, latitude, longitude]` tuples (the billing address, else any address with
    coordinates; coordinates rounded to 5 decimals, about a metre)."""

    points: list[MapPoint] = Field(
        examples=[[["0190c3a4-5b6d-7e8f-9a0b-1c2d3e4f5a6b", "Acme Pumps", 28.6139, 77.209]]]
    )
    truncated: bool = Field(
        description="More customers matched than `limit`: only the first `limit` are here"
    )
    without_coordinates: int = Field(description="Matching customers with no address on the map")
