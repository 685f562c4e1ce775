from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import EmailStr, Field, model_validator

from app.core.bulk import BulkIds
from app.core.errors import Problem
from app.core.money import Amount, CurrencyCode
from app.core.schemas import (
    AddressRegion,
    CreateModel,
    CurrencyAmounts,
    EntityRead,
    InputModel,
    IsoDate,
    OutputModel,
    UtcDateTime,
)
from app.customers.schemas import GSTIN_PATTERN
from app.leads.models import Lead, LeadSource, LeadStatus, ScoringFactor
from app.leads.scoring import COMPLETENESS_FIELDS
from app.opportunities.schemas import OpportunityRead

ADDRESS_FIELDS = ("line1", "line2", "city", "state", "state_code", "postal_code", "country")


class LeadAddress(AddressRegion):
    line1: str | None = Field(default=None, max_length=200)
    line2: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=100)
    postal_code: str | None = Field(default=None, max_length=20)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)


class LeadAddressRead(OutputModel):
    line1: str | None
    line2: str | None
    city: str | None
    state: str | None
    state_code: str | None
    postal_code: str | None
    country: str
    latitude: float | None
    longitude: float | None


class _LeadFields(InputModel):
    person_name: str | None = Field(default=None, max_length=200)
    job_title: str | None = Field(default=None, max_length=120)
    company_name: str | None = Field(default=None, max_length=200)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    tax_id: str | None = Field(
        default=None, pattern=GSTIN_PATTERN, description="GSTIN, 15 characters"
    )
    industry: str | None = Field(default=None, max_length=80)
    address: LeadAddress | None = None
    campaign_ref: str | None = Field(default=None, max_length=100)
    product_interest: str | None = Field(default=None, max_length=200)
    estimated_value: Amount | None = Field(default=None, ge=Decimal("0"))
    currency: CurrencyCode | None = None
    notes: str | None = Field(default=None, max_length=10_000)


class LeadCreate(_LeadFields, CreateModel):
    source: LeadSource
    capture_latitude: float | None = Field(
        default=None, ge=-90, le=90, description="Where the phone was when capturing"
    )
    capture_longitude: float | None = Field(default=None, ge=-180, le=180)
    captured_at: UtcDateTime | None = Field(
        default=None,
        description="When it was captured, with offset (offline phones send it later)",
    )
    owner_id: uuid.UUID | None = Field(
        default=None,
        description="Heads and admins may choose the owner; otherwise territory rules do",
    )
    allow_duplicate: bool = Field(
        default=False,
        description="Create it even when leads or customers with the same email, phone or "
        "tax id exist (otherwise 409 leads.possible_duplicates lists them)",
    )

    @model_validator(mode="after")
    def _names_someone(self) -> LeadCreate:
        if not (self.person_name or self.company_name):
            raise ValueError("a lead needs a person_name or a company_name")
        if (self.capture_latitude is None) != (self.capture_longitude is None):
            raise ValueError("capture_latitude and capture_longitude come together")
        return self


class LeadUpdate(_LeadFields):
    """Status, owner and territory change through the actions (contact, qualify,
    disqualify, assign, convert), not here."""

    source: LeadSource | None = None


class ScoreFactorRead(OutputModel):
    factor: str
    points: int
    reason: str


class LeadRead(CurrencyAmounts, EntityRead):
    amount_fields = ("estimated_value",)

    person_name: str | None
    job_title: str | None
    company_name: str | None
    email: str | None
    phone: str | None
    tax_id: str | None
    industry: str | None
    address: LeadAddressRead
    source: LeadSource
    campaign_ref: str | None
    product_interest: str | None
    estimated_value: Amount | None
    currency: str
    notes: str | None
    capture_latitude: float | None
    capture_longitude: float | None
    captured_at: datetime
    created_by_id: uuid.UUID | None
    status: LeadStatus
    status_changed_at: datetime
    disqualify_reason: str | None
    owner_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    assigned_at: datetime | None
    last_activity_at: datetime | None
    score: int = Field(ge=0, le=100)
    score_factors: list[ScoreFactorRead]
    converted_at: datetime | None
    converted_customer_id: uuid.UUID | None
    converted_contact_id: uuid.UUID | None
    converted_opportunity_id: uuid.UUID | None

    @model_validator(mode="before")
    @classmethod
    def _nest_address(cls, value: Any) -> Any:
        if not isinstance(value, Lead):
            return value
        fields = {
            c.key: getattr(value, c.key)
            for c in value.__mapper__.column_attrs
            if c.columns[0].computed is None  # search_text is never loaded
        }
        fields["address"] = {
            **{name: fields[f"address_{name}"] for name in ("line1", "line2")},
            **{name: fields[name] for name in ADDRESS_FIELDS[2:]},
            "latitude": fields["latitude"],
            "longitude": fields["longitude"],
        }
        return fields


class DuplicateCandidate(OutputModel):
    """A lead, customer or contact that may be the same party. ``id`` and ``name`` are
    empty for records the caller may not see: the answer says a twin exists and on which
    field, never whose it is."""

    kind: str = Field(examples=["lead", "customer", "contact"])
    id: uuid.UUID | None
    name: str | None
    customer_id: uuid.UUID | None = None
    match_field: str = Field(examples=["email", "phone", "tax_id"])
    visible: bool


class DuplicatesProblem(Problem):
    candidates: list[DuplicateCandidate]


class DuplicateCheck(OutputModel):
    """What capturing a lead with these details would warn about now: the same candidates
    a 409 ``leads.possible_duplicates`` would list, and nothing more."""

    candidates: list[DuplicateCandidate]


class LeadDisqualify(InputModel):
    reason: str = Field(min_length=1, max_length=500)


class LeadAssign(InputModel):
    owner_id: uuid.UUID
    territory_id: uuid.UUID | None = Field(
        default=None, description="Move the lead to another territory as well"
    )


class LeadConvert(InputModel):
    """Everything optional: by default a new customer (and its contact) is made from the
    lead, and a deal opens in the first stage of the default pipeline. When a customer or
    contact with the lead's email, phone or tax id exists, the conversion answers 409
    ``leads.possible_duplicates`` with the candidates unless ``customer_id`` links one or
    ``create_new_customer`` confirms a new customer is wanted."""

    customer_id: uuid.UUID | None = Field(default=None, description="Link this customer")
    contact_id: uuid.UUID | None = Field(
        default=None, description="Link this contact of `customer_id`"
    )
    create_new_customer: bool = Field(
        default=False,
        description="Make a new customer even though customers with the same details exist",
    )
    title: str | None = Field(default=None, min_length=1, max_length=200)
    amount: Amount | None = Field(default=None, ge=Decimal("0"))
    currency: CurrencyCode | None = None
    expected_close_date: IsoDate | None = Field(default=None, description="Default: in 90 days")
    pipeline_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _contact_needs_customer(self) -> LeadConvert:
        if self.contact_id is not None and self.customer_id is None:
            raise ValueError("contact_id needs the customer_id it belongs to")
        if self.create_new_customer and self.customer_id is not None:
            raise ValueError("create_new_customer and customer_id exclude each other")
        return self


class LeadConversion(OutputModel):
    lead: LeadRead
    customer_id: uuid.UUID
    contact_id: uuid.UUID | None
    opportunity: OpportunityRead | None


class ScoringRuleIn(InputModel):
    factor: ScoringFactor
    match: str | None = Field(
        default=None, max_length=80, description="Source, industry or detail field"
    )
    threshold: Decimal | None = Field(
        default=None,
        ge=0,
        max_digits=14,
        decimal_places=2,
        description="Minimum value (INR) or maximum days since activity",
    )
    points: int = Field(ge=-100, le=100)
    is_active: bool = True

    @model_validator(mode="after")
    def _has_what_its_factor_needs(self) -> ScoringRuleIn:
        needs_match = self.factor in {
            ScoringFactor.SOURCE,
            ScoringFactor.INDUSTRY,
            ScoringFactor.COMPLETENESS,
        }
        if needs_match and not self.match:
            raise ValueError(f"a {self.factor.value} rule needs `match`")
        if not needs_match and self.threshold is None:
            raise ValueError(f"a {self.factor.value} rule needs `threshold`")
        if self.factor is ScoringFactor.SOURCE and self.match not in set(LeadSource):
            raise ValueError("`match` must be a lead source")
        if self.factor is ScoringFactor.COMPLETENESS and self.match not in COMPLETENESS_FIELDS:
            raise ValueError(f"`match` must be one of {', '.join(COMPLETENESS_FIELDS)}")
        return self


class ScoringRules(InputModel):
    rules: list[ScoringRuleIn] = Field(max_length=200)


class ScoringRuleRead(EntityRead):
    factor: ScoringFactor
    match: str | None
    threshold: Decimal | None
    points: int
    is_active: bool


class LeadCounts(OutputModel):
    """Leads per status, for dashboards (lists never carry totals)."""

    new: int
    contacted: int
    qualified: int
    disqualified: int
    converted: int


class LeadBulk(InputModel):
    """One action on many leads; each row is checked like the single action."""

    ids: BulkIds
    action: Literal["reassign", "change_status"]
    owner_id: uuid.UUID | None = Field(
        default=None, description="The new owner (reassign; needs leads:assign)"
    )
    status: Literal["contacted", "qualified", "disqualified"] | None = Field(
        default=None, description="The new status (change_status), by the same rules as the actions"
    )
    reason: str | None = Field(
        default=None, min_length=1, max_length=500, description="Why (disqualified)"
    )
