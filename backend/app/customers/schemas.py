from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import EmailStr, Field, model_validator

from app.core.bulk import BulkIds
from app.core.errors import FieldError, UnprocessableEntity
from app.core.interchange import FileLayout, Group
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


class AddressFields(AddressRegion):
    kind: AddressKind
    line1: str = Field(min_length=1, max_length=200)
    line2: str | None = Field(default=None, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    postal_code: str | None = Field(default=None, max_length=20)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class AddressIn(AddressFields):
    id: uuid.UUID | None = Field(
        default=None, description="On update: the address to change (its id is kept)"
    )


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


class ContactFields(InputModel):
    name: str = Field(min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=120)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    preferred_channel: Channel = Channel.PHONE
    email_opt_in: bool = False
    sms_opt_in: bool = False
    is_primary: bool = False


class ContactCreate(ContactFields, CreateModel):
    pass


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
    email_opt_in: bool | None = None
    sms_opt_in: bool | None = None
    notes: str | None = Field(default=None, max_length=10_000)


ExternalId = Annotated[str, Field(max_length=100, description="The customer's id in the ERP")]


class CustomerCreate(_CustomerFields, CreateModel):
    name: str = Field(min_length=1, max_length=200)
    external_id: ExternalId | None = None
    owner_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the caller; heads and admins may choose."
    )
    addresses: list[AddressIn] = Field(default_factory=list, max_length=10)
    contacts: list[ContactCreate] = Field(default_factory=list, max_length=50)


class CustomerUpdate(_CustomerFields):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    external_id: ExternalId | None = None
    owner_id: uuid.UUID | None = None
    addresses: list[AddressIn] | None = Field(
        default=None, max_length=10, description="Replaces all addresses when given"
    )


class ContactUpsert(ContactFields):
    """A contact of a customer sent by external id: it updates the customer's contact
    with the same email (any case), else the same name, or is added."""


class CustomerUpsert(_CustomerFields):
    """A customer as the ERP holds it (`PUT /customers/by-external-id/{external_id}`).
    Fields sent replace the customer's; fields left out keep their value (a new customer
    takes the defaults); `null` clears a field that may be empty."""

    name: str | None = Field(
        default=None, min_length=1, max_length=200, description="Required to create"
    )
    owner_id: uuid.UUID | None = Field(
        default=None,
        description="The owner (or `owner_email`). A new customer defaults to the caller; "
        "an API key names one",
    )
    owner_email: EmailStr | None = Field(
        default=None, description="The owner by e-mail address, instead of `owner_id`"
    )
    is_archived: bool | None = Field(default=None, description="true archives, false restores")
    addresses: list[AddressFields] | None = Field(
        default=None,
        max_length=2,
        description="Each replaces the customer's address of its kind (at most one per "
        "kind); kinds not sent are kept",
    )
    contacts: list[ContactUpsert] | None = Field(
        default=None,
        max_length=50,
        description="Each updates the contact with its email (else its name) or is added; "
        "contacts not sent are kept",
    )

    @model_validator(mode="after")
    def _one_address_per_kind_and_distinct_contacts(self) -> Self:
        errors: list[FieldError] = []
        kinds: set[str] = set()
        for index, address in enumerate(self.addresses or []):
            if address.kind in kinds:
                errors.append(
                    FieldError(
                        loc=["body", "addresses", index, "kind"],
                        msg="one address per kind",
                        type="duplicate",
                    )
                )
            kinds.add(address.kind)
        keys: set[str] = set()
        for index, contact in enumerate(self.contacts or []):
            key = contact_key(contact.email, contact.name)
            if key in keys:
                field = "email" if contact.email else "name"
                errors.append(
                    FieldError(
                        loc=["body", "contacts", index, field],
                        msg="another contact in this customer has it",
                        type="duplicate",
                    )
                )
            keys.add(key)
        if errors:
            raise UnprocessableEntity(errors=errors)
        return self


_ADDRESS_COLUMNS = (
    "line1",
    "line2",
    "city",
    "state",
    "state_code",
    "postal_code",
    "country",
    "latitude",
    "longitude",
)
_CONTACT_COLUMNS = (
    "name",
    "title",
    "email",
    "phone",
    "preferred_channel",
    "email_opt_in",
    "sms_opt_in",
    "is_primary",
)
# Customers in CSV, XLSX and JSON lines (imports and exports, decision 0038): a row per
# customer with its billing and shipping address and one contact (JSON lines: all).
CUSTOMER_FILE = FileLayout(
    schema=CustomerUpsert,
    columns=(
        "name",
        "legal_name",
        "tax_id",
        "industry",
        "segment_tags",
        "rating",
        "email",
        "phone",
        "website",
        "credit_limit",
        "currency",
        "payment_terms_days",
        "owner_id",
        "owner_email",
        "territory_id",
        "email_opt_in",
        "sms_opt_in",
        "is_archived",
        "notes",
        *(f"billing.{name}" for name in _ADDRESS_COLUMNS),
        *(f"shipping.{name}" for name in _ADDRESS_COLUMNS),
        *(f"contact.{name}" for name in _CONTACT_COLUMNS),
    ),
    groups={
        "billing": Group("addresses", {"kind": "billing"}),
        "shipping": Group("addresses", {"kind": "shipping"}),
        "contact": Group("contacts"),
    },
)


def contact_key(email: str | None, name: str) -> str:
    """What makes a contact the same person across upserts: the email, else the name."""
    return f"email:{email.lower()}" if email else f"name:{name.strip().lower()}"


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


# `[id, name, latitude, longitude]`. Described as an array of four strings or numbers,
# not a tuple: tools that read the document (schemathesis 4.32) fail on `prefixItems`.
MapPoint = Annotated[
    list[str | float],
    Field(
        min_length=4,
        max_length=4,
        description="[id, name, latitude, longitude]",
    ),
]


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
