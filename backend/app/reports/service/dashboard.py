"""The dashboard: pipeline, sales against the previous window, cash, overdue
receivables, the targets running today with their attainment, today's field work and
the week's visits, in one request (eight statements whatever the data)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.attendance import service as attendance
from app.core.access import Permission, Principal
from app.core.clock import company_today
from app.reports.periods import Interval, Window, period_start, previous_window
from app.reports.repository import rows_of
from app.reports.repository.dashboard import (
    cash_statement,
    pipeline_statement,
    week_visits_statement,
)
from app.reports.repository.receivables import aging_statement
from app.reports.schemas import Dimension, Filters, Grouping
from app.reports.schemas.receivables import AGING_AMOUNTS
from app.reports.service import ZERO, percent, rounded, span
from app.reports.service.sales import sales_report
from app.targets import service as targets

NO_FILTERS = Filters()


def _pipeline_totals(stages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    totals: dict[str, dict[str, Any]] = {}
    for stage in stages:
        total = totals.setdefault(
            stage["currency"],
            {"currency": stage["currency"], "deals": 0, "amount": ZERO, "weighted_amount": ZERO},
        )
        total["deals"] += stage["deals"]
        total["amount"] += stage["amount"]
        total["weighted_amount"] += stage["weighted_amount"]
    return [totals[currency] for currency in sorted(totals)]


async def _today(session: AsyncSession, principal: Principal) -> dict[str, Any] | None:
    if not principal.has(Permission.FIELD_READ):
        return None
    day = await attendance.attendance(session, principal)
    items = day["items"]
    return {
        "date": day["date"],
        "people": len(items),
        "on_duty": sum(1 for item in items if item["duty_started_at"] is not None),
        "visits_planned": sum(item["visits_planned"] for item in items),
        "visits_done": sum(item["visits_done"] for item in items),
        "flagged_check_ins": sum(item["flagged_check_ins"] for item in items),
        "distance_km": round(sum(item["distance_km"] for item in items), 3),
    }


async def _this_week(session: AsyncSession, principal: Principal) -> dict[str, Any] | None:
    if not principal.has(Permission.FIELD_READ):
        return None
    start = period_start(company_today(), Interval.WEEK)
    end = start + timedelta(days=6)
    (counts,) = await rows_of(session, week_visits_statement(principal, start=start, end=end))
    return {"week": {"start": start, "end": end}, **counts}


async def dashboard(
    session: AsyncSession, principal: Principal, *, window: Window
) -> dict[str, Any]:
    stages = [
        rounded(stage, ("amount", "weighted_amount"))
        for stage in await rows_of(session, pipeline_statement(principal))
    ]
    sales = await sales_report(
        session,
        principal,
        grouping=Grouping(window, Interval.MONTH, Dimension.NONE),
        filters=NO_FILTERS,
    )
    cash = []
    for row in await rows_of(session, cash_statement(principal, window=window)):
        row["collected_percent"] = percent(row["collected"], row["invoiced"])
        cash.append(rounded(row, ("invoiced", "collected")))
    overdue = [
        rounded(row, AGING_AMOUNTS)
        for row in await rows_of(
            session,
            aging_statement(
                principal, as_of=company_today(), dimension=Dimension.NONE, filters=NO_FILTERS
            ),
        )
    ]
    return {
        "window": span(window),
        "previous_window": span(previous_window(window)),
        "pipeline": stages,
        "pipeline_totals": _pipeline_totals(stages),
        "sales": sales["summary"],
        "cash": cash,
        "overdue": overdue,
        "targets": await targets.current_targets(session, principal, on=company_today()),
        "today": await _today(session, principal),
        "this_week": await _this_week(session, principal),
    }
