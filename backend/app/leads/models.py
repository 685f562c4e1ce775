"""Leads (prospects captured in the field or imported) and the rules that score them.

Leads are scoped by owner: an engineer sees the leads they own, a head their team's, an
admin all. Territory does not widen it (territories may be covered by several teams,
and another team's pipeline is not theirs to read); only customers are visible by
territory. Scoring rules are company configuration, readable by everyone.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import owned_rows, register_scope, visible_to_everyone
from app.core.clock import utcnow
from app.core.db import Entity, enum_column, stored_answer
from app.core.events import Tracked, track
from app.core.personal_data import ERASED, Identifies, SubjectKind, subject_record
from app.core.search import search_column, trigram_index


class LeadSource(StrEnum):
    FIELD_VISIT = "field_visit"
    REFERRAL = "referral"
    WEB = "web"
    TRADE_SHOW = "trade_show"
    COLD_CALL = "cold_call"
    CAMPAIGN = "campaign"
    IMPORT = "import"


class LeadStatus(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    DISQUALIFIED = "disqualified"
    CONVERTED = "converted"


OPEN_STATUSES = frozenset({LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED})


@stored_answer
class Lead(Entity):
    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_created_at_id", "created_at", "id"),
        Index("ix_leads_updated_at_id", "updated_at", "id"),
        Index("ix_leads_score_id", "score", "id"),
        Index("ix_leads_owner_id_status", "owner_id", "status"),
        trigram_index("leads"),
    )

    person_name: Mapped[str | None] = mapped_column(String(200))
    job_title: Mapped[str | None] = mapped_column(String(120))
    company_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    # The last 10 digits of the phone: what the duplicate check compares.
    phone_key: Mapped[str | None] = mapped_column(String(10), index=True)
    tax_id: Mapped[str | None] = mapped_column(String(20), index=True)
    industry: Mapped[str | None] = mapped_column(String(80))
    address_line1: Mapped[str | None] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    state_code: Mapped[str | None] = mapped_column(String(2))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2), default="IN")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    source: Mapped[LeadSource] = mapped_column(enum_column(LeadSource), index=True)
    campaign_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    product_interest: Mapped[str | None] = mapped_column(String(200))
    estimated_value: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    notes: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = search_column(
        "person_name", "company_name", "email", "city", phone="phone"
    )
    # Where the engineer stood when capturing it on the phone, and when (client time).
    capture_latitude: Mapped[float | None] = mapped_column(Float)
    capture_longitude: Mapped[float | None] = mapped_column(Float)
    captured_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    status: Mapped[LeadStatus] = mapped_column(
        enum_column(LeadStatus), default=LeadStatus.NEW, index=True
    )
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    disqualify_reason: Mapped[str | None] = mapped_column(String(500))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    assigned_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime | None]

    score: Mapped[int] = mapped_column(default=0)
    # [{"factor": "source", "points": 25, "reason": "Source: referral"}]
    score_factors: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    converted_at: Mapped[datetime | None]
    converted_customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    converted_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    converted_opportunity_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL", use_alter=True)
    )

    @property
    def customer_id(self) -> uuid.UUID | None:
        """The customer this lead became (what activities linked to the lead attach to)."""
        return self.converted_customer_id

    @property
    def display_name(self) -> str:
        return self.company_name or self.person_name or "Lead"


class ScoringFactor(StrEnum):
    SOURCE = "source"
    VALUE = "value"
    INDUSTRY = "industry"
    COMPLETENESS = "completeness"
    RECENT_ACTIVITY = "recent_activity"


class LeadScoringRule(Entity):
    """One configurable rule. ``match`` names the source, industry or detail field;
    ``threshold`` is the minimum estimated value (INR) or the maximum days since the last
    activity. See ``app/leads/scoring.py`` for how rules combine."""

    __tablename__ = "lead_scoring_rules"

    factor: Mapped[ScoringFactor] = mapped_column(enum_column(ScoringFactor), index=True)
    match: Mapped[str | None] = mapped_column(String(80))
    threshold: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    points: Mapped[int]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


register_scope(Lead, owned_rows(Lead.owner_id))
register_scope(LeadScoringRule, visible_to_everyone())
track(
    Lead,
    Tracked(
        "lead",
        label="display_name",
        customer="converted_customer_id",
        private_to_owner=True,
        feed="leads",
    ),
)
track(LeadScoringRule, Tracked("lead_scoring_rule", label="factor"))
# A lead is a person (at a company, or on their own): what an erasure (GDPR) clears.
# Kept: what the funnel and the reports count (source, campaign, value, status, score,
# owner, territory, city and state) and the company's name and registration, which are
# the business's (unless they are the person's name: then they are replaced).
subject_record(
    Lead,
    SubjectKind.LEAD,
    erase={
        "person_name": ERASED,
        "job_title": None,
        "email": None,
        "phone": None,
        "phone_key": None,
        "address_line1": None,
        "address_line2": None,
        "postal_code": None,
        "latitude": None,
        "longitude": None,
        # Where the engineer stood when capturing it: the person's door, as often as not.
        "capture_latitude": None,
        "capture_longitude": None,
        "notes": None,
    },
    identifying={
        "person_name": Identifies.NAME,
        "email": Identifies.EMAIL,
        "phone": Identifies.PHONE,
    },
    mentions=("company_name", "product_interest", "disqualify_reason"),
    customer="converted_customer_id",
    # The contact a converted lead became is the same person: erased with it.
    same_person={SubjectKind.CONTACT: "converted_contact_id"},
)
