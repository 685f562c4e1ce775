"""The dashboard's statements beside the sales and receivables reports' own: the open
pipeline by stage, what was invoiced against what was collected, and the week's
visits."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, cast, func, literal, select, union_all

from app.core.access import Principal
from app.invoices import service as invoices
from app.opportunities import service as opportunities
from app.payments import service as payments
from app.pipelines import service as pipelines
from app.reports.periods import Window
from app.reports.repository import ZERO
from app.visits import service as visits

WEEK_VISIT_COUNTS = ("visits_planned", "visits_done", "visits_unplanned")


def pipeline_statement(principal: Principal) -> Any:
    """The caller's open deals per stage (default pipeline first, then by name and the
    stage's place) and currency: deals, amount, weighted amount."""
    open_deals = opportunities.open_pipeline(principal).subquery("open_deals")
    stages = pipelines.stage_directory().subquery("stages")
    return (
        select(
            stages.c.pipeline_id,
            stages.c.pipeline_name,
            stages.c.stage_id,
            stages.c.stage_name,
            stages.c.probability,
            open_deals.c.currency,
            open_deals.c.deals,
            open_deals.c.amount,
            open_deals.c.weighted_amount,
        )
        .select_from(open_deals.join(stages, stages.c.stage_id == open_deals.c.stage_id))
        .order_by(
            stages.c.is_default.desc(),
            stages.c.pipeline_name,
            stages.c.position,
            open_deals.c.currency,
        )
    )


def cash_statement(principal: Principal, *, window: Window) -> Any:
    """Per currency over the window: what was invoiced (grand totals of issued invoices
    less credit notes, by document date) and what was collected (payments received, by
    their date), both for the customers the caller may see."""
    span = {"start": window.start, "end": window.end}
    billed = invoices.billed_documents(principal, **span).subquery("billed")
    received = payments.received(principal, **span).subquery("received")
    facts = union_all(
        select(
            billed.c.currency,
            func.count().label("invoices"),
            func.sum(billed.c.gross).label("invoiced"),
            cast(literal(0), Integer).label("payments"),
            ZERO.label("collected"),
        ).group_by(billed.c.currency),
        select(
            received.c.currency,
            cast(literal(0), Integer).label("invoices"),
            ZERO.label("invoiced"),
            received.c.payments,
            received.c.amount.label("collected"),
        ),
    ).subquery("cash")
    return (
        select(
            facts.c.currency,
            func.sum(facts.c.invoices).label("invoices"),
            func.sum(facts.c.invoiced).label("invoiced"),
            func.sum(facts.c.payments).label("payments"),
            func.sum(facts.c.collected).label("collected"),
        )
        .group_by(facts.c.currency)
        .order_by(facts.c.currency)
    )


def week_visits_statement(principal: Principal, *, start: date, end: date) -> Any:
    """The visits the caller may see of the routes of ``start`` to ``end``, summed over
    the people (one row, zeros without any)."""
    counts = visits.period_counts(principal, start=start, end=end).subquery("week_counts")
    return select(
        *(
            cast(func.coalesce(func.sum(counts.c[name]), 0), Integer).label(name)
            for name in WEEK_VISIT_COUNTS
        )
    )
