"""Sales targets: what an engineer, a team or a territory is to sell (and, for people,
how many visits to make) in a month, a fiscal quarter or a fiscal year. Attainment is
never stored: it is read from the documents when asked (repository.py)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    false,
    or_,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, Role, ScopeRule, register_scope
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track


class TargetPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"  # a fiscal quarter: three months from the fiscal year's start
    FISCAL_YEAR = "fiscal_year"


class TargetSubject(StrEnum):
    ENGINEER = "engineer"
    TEAM = "team"
    TERRITORY = "territory"


class Target(Entity):
    __tablename__ = "targets"
    __table_args__ = (
        CheckConstraint("num_nonnulls(engineer_id, team_id, territory_id) = 1", name="one_subject"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
        CheckConstraint("revenue >= 0", name="revenue_not_negative"),
        # One target per subject, period and currency (NULLs equal: one of the three
        # subject columns is set, the others are NULL in every row).
        Index(
            "uq_targets_subject_period",
            "engineer_id",
            "team_id",
            "territory_id",
            "period",
            "period_start",
            "currency",
            unique=True,
            postgresql_nulls_not_distinct=True,
        ),
        Index("ix_targets_period_start_id", "period_start", "id"),
    )

    engineer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territories.id"), index=True)
    period: Mapped[TargetPeriod] = mapped_column(enum_column(TargetPeriod))
    period_start: Mapped[date]
    period_end: Mapped[date]  # the period's last day
    currency: Mapped[str] = mapped_column(String(3))
    revenue: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    visits: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    @property
    def subject(self) -> TargetSubject:
        if self.engineer_id is not None:
            return TargetSubject.ENGINEER
        return TargetSubject.TEAM if self.team_id is not None else TargetSubject.TERRITORY


def _visible_targets(principal: Principal) -> ColumnElement[bool]:
    """An engineer sees their own targets; a head those of the team they lead, its
    members (and their own) and its territories; an admin (or a key reaching every row)
    all. A target is a person's pay-relevant figure: an engineer does not see a
    colleague's."""
    if principal.is_admin:
        return true()
    if principal.user_id is None:
        return false()
    if principal.role is Role.SALES_HEAD:
        people = sorted(principal.team_member_ids | {principal.user_id})
        clauses: list[ColumnElement[bool]] = [Target.engineer_id.in_(people)]
        if principal.team_id is not None:
            clauses.append(Target.team_id == principal.team_id)
        territories = sorted(principal.team_territory_ids | principal.territory_ids)
        if territories:
            clauses.append(Target.territory_id.in_(territories))
        return or_(*clauses)
    return Target.engineer_id == principal.user_id


register_scope(Target, ScopeRule("custom", custom=_visible_targets))
track(Target, Tracked("target", label="period_start"))
