"""Forecast snapshots: what the forecasts said at the start of a month, kept so they can
be compared with what then happened (forecast accuracy, decision 0045).

Once a month the job worker stores, company-wide, the revenue forecast (per territory,
per engineer and in all, with its band) and the pipeline forecast (weighted, between
commit and best case, per expected close month) for this month and the five after. A snapshot is
never changed afterwards: it is the record of a prediction."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ColumnElement, Index, Numeric, String, and_, false, true
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Principal, ScopeRule, register_scope
from app.core.db import Entity, enum_column
from app.core.events import untracked


class ForecastKind(StrEnum):
    REVENUE = "revenue"  # the time-series forecast of booked revenue
    PIPELINE = "pipeline"  # what the open deals said would close


class SnapshotDimension(StrEnum):
    NONE = "none"
    TERRITORY = "territory"
    ENGINEER = "engineer"


class ForecastSnapshot(Entity):
    __tablename__ = "forecast_snapshots"
    __table_args__ = (
        # One prediction per snapshot month, kind, series and predicted month: taking the
        # month's snapshot again changes nothing.
        Index(
            "uq_forecast_snapshots_prediction",
            "taken_on",
            "kind",
            "dimension",
            "subject_id",
            "currency",
            "month",
            unique=True,
            postgresql_nulls_not_distinct=True,
        ),
        # Accuracy reads the predictions of given months.
        Index("ix_forecast_snapshots_kind_month", "kind", "month"),
    )

    taken_on: Mapped[date]  # the first day of the month the snapshot belongs to
    kind: Mapped[ForecastKind] = mapped_column(enum_column(ForecastKind))
    dimension: Mapped[SnapshotDimension] = mapped_column(enum_column(SnapshotDimension))
    subject_id: Mapped[uuid.UUID | None]  # the territory or engineer; none for "in all"
    label: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[date]  # the month predicted
    method: Mapped[str | None] = mapped_column(String(32))  # revenue: the fitted method
    # Revenue: the forecast and its ~95 % band. Pipeline: the weighted forecast, between
    # commit (low) and best case (high).
    expected: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    low: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    high: Mapped[Decimal] = mapped_column(Numeric(18, 4))


def _visible_snapshots(principal: Principal) -> ColumnElement[bool]:
    """A series is seen by whoever sees all of its documents, so that its prediction and
    its actual cover the same orders: an engineer's by that engineer and the head of
    their team (orders are their owner's); a territory's and the company's by admins (or
    a key reaching every row), since a territory's orders may be sold by people of
    several teams."""
    if principal.is_admin:
        return true()
    people = principal.visible_owner_ids() or frozenset()
    if not people:
        return false()
    return and_(
        ForecastSnapshot.dimension == SnapshotDimension.ENGINEER,
        ForecastSnapshot.subject_id.in_(sorted(people)),
    )


register_scope(ForecastSnapshot, ScopeRule("custom", custom=_visible_snapshots))
untracked(ForecastSnapshot, reason="written once by the job worker: itself a record of predictions")
