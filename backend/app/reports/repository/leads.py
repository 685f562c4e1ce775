"""The leads report's statement: the funnel lead -> opportunity -> won."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String, Uuid, cast, extract, func, null, select, tuple_

from app.core.access import Principal
from app.core.clock import company_day_bounds
from app.leads import service as leads
from app.opportunities import service as opportunities
from app.reports.periods import Window
from app.reports.repository import label_of, narrowed
from app.reports.schemas import Dimension, Filters

STATUSES = ("new", "contacted", "qualified", "disqualified", "converted")
# ``level`` of a row: per (value, source), per value, everything.
BY_SOURCE, BY_KEY, EVERYTHING = 0, 1, 3


def _days(later: Any, earlier: Any) -> Any:
    return extract("epoch", later - earlier) / 86400.0


def funnel_statement(
    principal: Principal, *, window: Window, dimension: Dimension, filters: Filters
) -> Any:
    """Leads captured in the window (company days), per dimension value and source, per
    value and in all: how many, by their status now, how many became opportunities and
    how those ended (won, lost, open), and the median days from capture to conversion
    and from conversion to the deal's win. By GROUPING SETS, one statement."""
    since, _ = company_day_bounds(window.start)
    _, until = company_day_bounds(window.end)
    captured = leads.captured_leads(principal, since=since, until=until).subquery("captured")
    deals = opportunities.unscoped_outcomes().subquery("deal")
    if dimension is Dimension.TERRITORY:
        key: Any = captured.c.territory_id
    elif dimension is Dimension.ENGINEER:
        key = captured.c.owner_id
    else:
        key = cast(null(), Uuid)
    facts = select(
        key.label("key"),
        captured.c.source,
        captured.c.status,
        captured.c.converted_opportunity_id,
        deals.c.status.label("deal_status"),
        _days(captured.c.converted_at, captured.c.captured_at).label("days_to_convert"),
        _days(deals.c.closed_at, captured.c.converted_at).label("days_to_close"),
    ).select_from(
        captured.outerjoin(deals, deals.c.opportunity_id == captured.c.converted_opportunity_id)
    )
    facts = narrowed(
        facts, filters, seller=captured.c.owner_id, territory=captured.c.territory_id
    ).subquery("facts")

    def median(days: Any, *conditions: Any) -> Any:
        ordered = func.percentile_cont(0.5).within_group(cast(days, Float))
        return ordered.filter(*conditions) if conditions else ordered

    won = facts.c.deal_status == "won"
    summed = (
        select(
            func.grouping(facts.c.key, facts.c.source).label("level"),
            facts.c.key,
            cast(facts.c.source, String).label("source"),
            func.count().label("captured"),
            *(func.count().filter(facts.c.status == status).label(status) for status in STATUSES),
            func.count(facts.c.converted_opportunity_id).label("opportunities"),
            func.count().filter(won).label("won"),
            func.count().filter(facts.c.deal_status == "lost").label("lost"),
            median(facts.c.days_to_convert).label("median_days_to_convert"),
            median(facts.c.days_to_close, won).label("median_days_to_win"),
        )
        .group_by(
            func.grouping_sets(tuple_(facts.c.key, facts.c.source), tuple_(facts.c.key), tuple_())
        )
        .subquery("summed")
    )
    label = label_of(principal, dimension, summed.c.key)
    return select(summed, label.label("label")).order_by(
        summed.c.level.desc(), label, summed.c.key, summed.c.source
    )
