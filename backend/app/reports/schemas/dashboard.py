"""The dashboard's answer."""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import BaseModel, Field

from app.core.money import Amount
from app.core.schemas import CurrencyAmounts, OutputModel
from app.reports.schemas import Figure, Span
from app.reports.schemas.receivables import AgingFigures
from app.reports.schemas.sales import SalesComparison
from app.targets.schemas import TargetRead


class PipelineStage(CurrencyAmounts):
    amount_fields = ("amount", "weighted_amount")

    pipeline_id: uuid.UUID
    pipeline_name: str
    stage_id: uuid.UUID
    stage_name: str
    probability: int
    currency: str
    deals: int
    amount: Amount
    weighted_amount: Amount = Field(description="Each deal's amount x its probability")


class PipelineTotal(CurrencyAmounts):
    amount_fields = ("amount", "weighted_amount")

    currency: str
    deals: int
    amount: Amount
    weighted_amount: Amount


class Cash(CurrencyAmounts):
    amount_fields = ("invoiced", "collected")

    currency: str
    invoices: int = Field(description="Invoices and credit notes issued")
    invoiced: Amount = Field(description="Grand totals issued less credit notes")
    payments: int
    collected: Amount = Field(description="Payments received")
    collected_percent: Figure | None = Field(description="collected / invoiced, percent")


class TeamToday(BaseModel):
    date: date
    people: int = Field(description="People in the day's attendance")
    on_duty: int = Field(description="Who started duty today")
    visits_planned: int
    visits_done: int
    flagged_check_ins: int
    distance_km: float = Field(description="Travelled today, measured from the pings")


class WeekVisits(BaseModel):
    week: Span = Field(description="This week, Monday to Sunday (company days)")
    visits_planned: int = Field(description="Planned visits of the week's routes, not cancelled")
    visits_done: int = Field(description="Visits of the week checked out, planned or not")
    visits_unplanned: int = Field(description="Visits made by a check-in, not cancelled")


class Dashboard(OutputModel):
    """The caller's KPIs in one request, over their records (an engineer's own, a
    head's team's, an admin's all)."""

    window: Span
    previous_window: Span
    pipeline: list[PipelineStage] = Field(description="Open deals now, by stage")
    pipeline_totals: list[PipelineTotal]
    sales: list[SalesComparison] = Field(
        description="Per currency: orders, invoiced revenue, won, lost and win rate in the "
        "window against the previous one (as the sales report's summary)"
    )
    cash: list[Cash] = Field(description="Invoiced against collected in the window")
    overdue: list[AgingFigures] = Field(
        description="Receivables today per currency (as the receivables report ages them)"
    )
    targets: list[TargetRead] = Field(
        description="The targets running today that the caller may see (an engineer's "
        "own, a head's team's), with their attainment so far: people first, then teams, "
        "then territories (at most 50)"
    )
    today: TeamToday | None = Field(
        description="The team's field day today (null for a caller without field work)"
    )
    this_week: WeekVisits | None = Field(
        description="The visits of this week's routes the caller may see (an engineer's "
        "own, a head's team's), null for a caller without field work"
    )
