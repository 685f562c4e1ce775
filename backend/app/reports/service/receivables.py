"""The receivables report: aging by territory or seller, and collection against the
milestones' plan."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.access import Principal
from app.reports.periods import periods
from app.reports.repository import rows_of
from app.reports.repository.receivables import aging_statement, plan_statement
from app.reports.schemas import Filters, Grouping
from app.reports.schemas.receivables import AGING_AMOUNTS, PLAN_AMOUNTS
from app.reports.service import ZERO, percent, rounded, span


def _added(rows: list[dict[str, Any]], names: Sequence[str], counts: str) -> list[dict[str, Any]]:
    """The rows added up per currency (exact decimals; never across currencies)."""
    totals: dict[str, dict[str, Any]] = {}
    for row in rows:
        total = totals.setdefault(
            row["currency"],
            {"key": None, "label": None, "currency": row["currency"], counts: 0}
            | dict.fromkeys(names, ZERO),
        )
        total[counts] += row[counts]
        for name in names:
            total[name] += row[name]
    return [totals[currency] for currency in sorted(totals)]


async def receivables_report(
    session: AsyncSession, principal: Principal, *, grouping: Grouping, filters: Filters
) -> dict[str, Any]:
    window, interval, dimension = grouping.window, grouping.interval, grouping.dimension
    as_of = window.end
    aging = [
        rounded(row, AGING_AMOUNTS)
        for row in await rows_of(
            session,
            aging_statement(principal, as_of=as_of, dimension=dimension, filters=filters),
        )
    ]
    spans = list(periods(window, interval))
    ends = {period.start: period.end for period in spans}
    plan = []
    for row in await rows_of(
        session,
        plan_statement(
            principal,
            window=window,
            interval=interval,
            as_of=as_of,
            dimension=dimension,
            filters=filters,
        ),
    ):
        start = row["period_start"]
        row["period_end"] = ends[start] if start is not None else None
        row["outstanding"] = row["planned"] - row["collected"]
        plan.append(rounded(row, PLAN_AMOUNTS))
    plan_totals = [
        {**total, "period_start": None, "period_end": None}
        for total in _added(plan, PLAN_AMOUNTS, "milestones")
    ]
    for row in (*plan, *plan_totals):
        row["collection_rate"] = percent(row["collected"], row["planned"])
    return {
        "as_of": as_of,
        "interval": interval,
        "dimension": dimension,
        "window": span(window),
        "periods": [span(period) for period in spans],
        "aging": aging,
        "aging_totals": _added(aging, AGING_AMOUNTS, "invoices"),
        "plan": plan,
        "plan_totals": plan_totals,
    }


RECEIVABLES_HEADER = (
    "section",
    "period_start",
    "period_end",
    "key",
    "label",
    "currency",
    "invoices",
    *AGING_AMOUNTS,
    "milestones",
    *PLAN_AMOUNTS,
    "collection_rate",
)


def receivables_table(report: dict[str, Any]) -> tuple[Sequence[str], list[list[Any]]]:
    """One table: ``aging`` rows (and ``aging_total`` per currency) as of the last day,
    then ``plan`` rows by period (and ``plan_total``)."""
    table: list[list[Any]] = []
    blank_plan = [None] * (len(PLAN_AMOUNTS) + 2)
    for section, rows in (("aging", report["aging"]), ("aging_total", report["aging_totals"])):
        for row in rows:
            table.append(
                [
                    section,
                    None,
                    report["as_of"],
                    row["key"],
                    row["label"],
                    row["currency"],
                    row["invoices"],
                    *[row[name] for name in AGING_AMOUNTS],
                    *blank_plan,
                ]
            )
    blank_aging = [None] * (len(AGING_AMOUNTS) + 1)
    for section, rows in (("plan", report["plan"]), ("plan_total", report["plan_totals"])):
        for row in rows:
            table.append(
                [
                    section,
                    row["period_start"],
                    row["period_end"],
                    row["key"],
                    row["label"],
                    row["currency"],
                    *blank_aging,
                    row["milestones"],
                    *[row[name] for name in PLAN_AMOUNTS],
                    row["collection_rate"],
                ]
            )
    return RECEIVABLES_HEADER, table
