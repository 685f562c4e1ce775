"""Reports: figures for charts (JSON) or the same table as a file (`?format=csv|xlsx`).

Every report is computed in SQL, in one statement where it can be, over the records
the caller may see: an engineer's report covers their own records, a head's their
team's, an admin's everyone's (an API key's, its row scope's).
Decision record: docs/decisions/0039-reports-and-dashboard.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi import Query

from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal
from app.core.errors import problem_responses
from app.core.export import REPORT_FILE_CONTENT, ReportFormat, ReportFormatQuery, table_response
from app.core.routing import DomainRouter
from app.reports.dependencies import (
    ForecastGrouping,
    MonthToDate,
    ReportFilters,
    ReportGrouping,
    ReportSplit,
    ReportWindow,
    RevenueForecastSplit,
    applicable,
)
from app.reports.models import ForecastKind, SnapshotDimension
from app.reports.schemas import Dimension
from app.reports.schemas.activities import ActivitiesReport
from app.reports.schemas.contacts import ContactsReport
from app.reports.schemas.customers import CustomersReport
from app.reports.schemas.dashboard import Dashboard
from app.reports.schemas.forecast import (
    ForecastAccuracyReport,
    ForecastReport,
    RevenueForecastReport,
)
from app.reports.schemas.inventory import InventoryReport
from app.reports.schemas.leads import LeadsReport
from app.reports.schemas.logins import LoginsReport
from app.reports.schemas.order_history import OrderHistoryReport
from app.reports.schemas.paid_revenue import PaidRevenueReport
from app.reports.schemas.receivables import ReceivablesReport
from app.reports.schemas.sales import SalesReport
from app.reports.service import (
    activities,
    contacts,
    customers,
    dashboard,
    forecast,
    forecast_accuracy,
    inventory,
    leads,
    logins,
    order_history,
    paid_revenue,
    receivables,
    sales,
)
from app.sales_orders.service import SalesOrderStatus


def _answer(
    report: Any, format: ReportFormat, name: str, table: Callable[[Any], Any], model: Any
) -> Any:
    """A report as JSON (its schema), or as the CSV/XLSX download of its table."""
    if format is ReportFormat.JSON:
        return model.model_validate(report)
    header, rows = table(report)
    return table_response(name, header, rows, file_format=format)


router = DomainRouter(prefix="/reports", tags=["reports"])
dashboard_router = DomainRouter(prefix="/dashboard", tags=["dashboard"])
CAN_READ = requires(Permission.REPORTS_READ)
REPORT = {200: {"content": REPORT_FILE_CONTENT}, **problem_responses(401, 403, 422)}


@router.get("/sales", response_model=SalesReport, responses=REPORT)
async def sales_report(
    session: DB,
    grouping: ReportGrouping,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """Orders and invoiced revenue, quantity, average deal size and win rate per period
    (`interval`: day, week, month, quarter) and, with `dimension`, per territory, seller
    (`engineer`) or product group, in each currency (never added across currencies),
    against the previous window of the same length.

    * **Orders**: sales orders confirmed and after (not drafts, credit holds or cancelled
      ones) by order date; `order_value` is their lines' taxable amounts (after discount,
      before GST), `quantity` their quantities.
    * **Invoiced revenue**: taxable amounts of issued invoices (paid and voided ones too)
      less credit notes, by document date.
    * **Win rate**: deals won / (won + lost), by the company's day they closed; deals carry
      no product group, so by or for a product group it is null.
    * A sale is its seller's: the order's owner; an invoice's, the owner of the order it
      bills (else the customer's owner). Filters: `territory_id` (the document's),
      `team_id` and `engineer_id` (the seller), `segment` (the customer's tag),
      `product_group_id` (the lines').

    The window defaults to this month and the eleven before it."""
    report = await sales.sales_report(session, principal, grouping=grouping, filters=filters)
    return _answer(report, format, "sales", sales.sales_table, SalesReport)


@router.get("/receivables", response_model=ReceivablesReport, responses=REPORT)
async def receivables_report(
    session: DB,
    grouping: ReportGrouping,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """What customers owe and what the orders' invoicing plans promised.

    * **Aging** as of the window's last day (`to`, default today, company time): the open amounts of
      issued invoices dated by then, by days past due (`current`: not yet due; 1-30;
      31-60; 61-90; over 90), per currency and, with `dimension`, per territory or seller
      (the owner of the order billed, else the customer's: as the sales report credits
      the sale).
    * **Plan**: the milestones of booked orders whose plan day falls in the window (a
      milestone's date; else the day its order was confirmed, for one on confirmation, or
      delivered in full, for one on delivery), per period: planned, invoiced and collected
      so far, outstanding, what fell due uncollected and the collection rate. Milestones
      of orders dated in the window with no plan day yet come last (period null).

    Filters: `territory_id`, `team_id`, `engineer_id` (the seller), `segment`."""
    applicable(
        filters,
        "territory_id",
        "team_id",
        "engineer_id",
        "segment",
        grouping=grouping,
        dimensions=(Dimension.NONE, Dimension.TERRITORY, Dimension.ENGINEER),
    )
    report = await receivables.receivables_report(
        session, principal, grouping=grouping, filters=filters
    )
    return _answer(report, format, "receivables", receivables.receivables_table, ReceivablesReport)


@router.get("/leads", response_model=LeadsReport, responses=REPORT)
async def leads_report(
    session: DB,
    grouping: ReportSplit,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """The funnel lead -> opportunity -> won for the leads captured in the window, per
    source and, with `dimension`, per territory or owner (`engineer`): how many, by
    status now, how many became opportunities and how those ended, the rates between the
    steps and the median days from capture to conversion and from conversion to the
    win. Filters: `territory_id`, `team_id`, `engineer_id` (the lead's owner)."""
    applicable(
        filters,
        "territory_id",
        "team_id",
        "engineer_id",
        grouping=grouping,
        dimensions=(Dimension.NONE, Dimension.TERRITORY, Dimension.ENGINEER),
    )
    report = await leads.leads_report(session, principal, grouping=grouping, filters=filters)
    return _answer(report, format, "leads", leads.leads_table, LeadsReport)


@router.get("/activities", response_model=ActivitiesReport, responses=REPORT)
async def activities_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """Per person the caller may see (active sales engineers, and anyone who did
    something in the window): calls, e-mails, meetings, appointments and tasks done;
    visits planned, done, unplanned and flagged check-ins; working days; km between the
    odometer readings and km claimed as mileage. Filters: `team_id`, `engineer_id`."""
    applicable(filters, "team_id", "engineer_id")
    report = await activities.activities_report(session, principal, window=window, filters=filters)
    return _answer(report, format, "activities", activities.activities_table, ActivitiesReport)


@router.get("/customers", response_model=CustomersReport, responses=REPORT)
async def customers_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
    top: int = Query(10, ge=1, le=100, description="How many top customers per currency"),
) -> Any:
    """The customers who bought in the window (booked orders), per currency: how many,
    new (their first booked order ever is in the window) or returning, their orders and
    order value; the `top` customers by order value; and the same per segment tag.
    Filters: `territory_id`, `team_id`, `engineer_id` (the seller), `segment`."""
    applicable(filters, "territory_id", "team_id", "engineer_id", "segment")
    report = await customers.customers_report(
        session, principal, window=window, filters=filters, top=top
    )
    return _answer(report, format, "customers", customers.customers_table, CustomersReport)


@router.get("/order-history", response_model=OrderHistoryReport, responses=REPORT)
async def order_history_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
    status: SalesOrderStatus | None = Query(None, description="Only orders in this status"),
    cursor: str | None = Query(None, description="The previous page's `next_cursor`"),
    limit: int = Query(200, ge=1, le=1000, description="Orders per page (JSON)"),
) -> Any:
    """Every order dated in the window (any status, newest first) and what became of it:
    totals, invoiced and collected on its milestones, share delivered, and when it was
    made, confirmed, delivered, closed or cancelled, with the days between. JSON pages
    by `cursor`; a CSV or XLSX holds every order of the window (at most 100,000).
    Filters: `territory_id`, `team_id`, `engineer_id` (the owner), `segment`, `status`."""
    applicable(filters, "territory_id", "team_id", "engineer_id", "segment")
    chosen = status.value if status is not None else None
    if format is not ReportFormat.JSON:
        everything = await order_history.order_history_file(
            session, principal, window=window, filters=filters, status=chosen
        )
        header, rows = order_history.order_history_table(everything)
        return table_response("order-history", header, rows, file_format=format)
    report = await order_history.order_history(
        session,
        principal,
        window=window,
        filters=filters,
        status=chosen,
        cursor=cursor,
        limit=limit,
    )
    return OrderHistoryReport.model_validate(report)


@router.get("/forecast", response_model=ForecastReport, responses=REPORT)
async def forecast_report(
    session: DB,
    grouping: ForecastGrouping,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """What the pipeline says will close, per period (`interval`: month or quarter) and,
    with `dimension`, per territory or engineer (the deal's owner), in each currency:

    * **won**: deals won in the period (closed, certain);
    * **commit**: won, plus open deals expected to close in the period that are at least
      `commit_probability` likely (their stage's probability; `SALES_FORECAST_COMMIT_
      PROBABILITY`, default 70);
    * **best case**: won, plus every open deal expected then;
    * **weighted**: won, plus each open deal's amount times its probability.

    An open deal counts in the period of its expected close date; one whose date has
    passed is still expected, and counts today. The window defaults to this month and
    the five after it. Filters: `territory_id`, `team_id`, `engineer_id` (the owner),
    `segment` (the customer's tag)."""
    applicable(filters, "territory_id", "team_id", "engineer_id", "segment")
    report = await forecast.forecast_report(session, principal, grouping=grouping, filters=filters)
    return _answer(report, format, "forecast", forecast.forecast_table, ForecastReport)


@router.get("/revenue-forecast", response_model=RevenueForecastReport, responses=REPORT)
async def revenue_forecast_report(
    session: DB,
    filters: ReportFilters,
    dimension: RevenueForecastSplit,
    principal: Principal = CAN_READ,
    months: int = Query(6, ge=1, le=24, description="Months to forecast, this one first"),
    holdout: int = Query(
        3, ge=0, le=12, description="Last months held out to measure the method's error"
    ),
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """Monthly booked revenue (orders' taxable value) forecast from its own history, per
    territory (or engineer, or in all) and currency: fitted to up to 36 whole months
    before this one, by Holt-Winters (trend and yearly season) with two years of history,
    Holt's linear trend with four months or more, else the mean; the smoothing weights
    chosen by the smallest one-step-ahead error. Each series answers its history, the
    forecast with a ~95 % band, and the method's error on the last `holdout` months when
    fitted without them (MAPE and RMSE). Filters: `territory_id`, `team_id`,
    `engineer_id` (the seller), `segment`. The file has a row per series and month:
    the history's, then the forecast's with its band."""
    applicable(filters, "territory_id", "team_id", "engineer_id", "segment")
    report = await forecast.revenue_forecast(
        session, principal, dimension=dimension, filters=filters, horizon=months, holdout=holdout
    )
    return _answer(
        report, format, "revenue-forecast", forecast.revenue_forecast_table, RevenueForecastReport
    )


@router.get("/forecast-accuracy", response_model=ForecastAccuracyReport, responses=REPORT)
async def forecast_accuracy_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    kind: ForecastKind = Query(
        ForecastKind.REVENUE,
        description="revenue (the monthly revenue forecast) or pipeline (what the open "
        "deals said would be won)",
    ),
    dimension: SnapshotDimension = Query(
        SnapshotDimension.ENGINEER,
        description="Per engineer, or (admins) per territory or the company in all",
    ),
    lead: int = Query(
        1,
        ge=0,
        le=5,
        description="Compare the predictions made this many months before their month "
        "(0: at the month's start)",
    ),
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """How right the forecasts were: at the start of every month the job worker keeps
    the forecasts as they stand (a snapshot: the revenue forecast with its band, and the
    pipeline's weighted forecast between commit and best case, for that month and the
    five after). Here each prediction of a whole month in the window, made `lead`
    months ahead, stands beside what happened (revenue booked, or deals won), with the
    error, its percent, and whether the actual fell inside the predicted range; per
    series, the mean absolute percentage error and the bias. A series is shown to those
    who see all of its documents: an engineer's to them and their head; a territory's
    (sold by people of several teams) and the company's total to admins. Filters:
    `territory_id` (per territory), `engineer_id` and `team_id` (per engineer)."""
    if dimension is SnapshotDimension.TERRITORY:
        applicable(filters, "territory_id")
    elif dimension is SnapshotDimension.ENGINEER:
        applicable(filters, "engineer_id", "team_id")
    else:
        applicable(filters)
    report = await forecast_accuracy.forecast_accuracy(
        session,
        principal,
        kind=kind,
        dimension=dimension,
        window=window,
        lead=lead,
        filters=filters,
    )
    return _answer(
        report,
        format,
        "forecast-accuracy",
        forecast_accuracy.accuracy_table,
        ForecastAccuracyReport,
    )


@router.get("/paid-revenue", response_model=PaidRevenueReport, responses=REPORT)
async def paid_revenue_report(
    session: DB,
    grouping: ReportGrouping,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """Money collected against invoices, per period (the day a payment was applied to
    the invoice) and, with `dimension`, per seller (`engineer`: the order's owner, else
    the customer's) or territory, in each currency: the invoices paid into, the money
    applied (tax included) and its untaxed part (each invoice's taxable share of its
    total), with totals per seller over the window: the base commissions are paid on
    (on money received, not on orders). An engineer's report covers their own sales.
    Filters: `territory_id`, `team_id`, `engineer_id` (the seller), `segment`."""
    applicable(
        filters,
        "territory_id",
        "team_id",
        "engineer_id",
        "segment",
        grouping=grouping,
        dimensions=(Dimension.NONE, Dimension.ENGINEER, Dimension.TERRITORY),
    )
    report = await paid_revenue.paid_revenue_report(
        session, principal, grouping=grouping, filters=filters
    )
    return _answer(
        report, format, "paid-revenue", paid_revenue.paid_revenue_table, PaidRevenueReport
    )


@router.get("/logins", response_model=LoginsReport, responses=REPORT)
async def logins_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = requires(Permission.LOGIN_REPORT_READ),
    format: ReportFormat = ReportFormatQuery,
) -> Any:
    """The employee login report over the window, per person whose records the caller
    may see (heads: their team; admins: everyone), active people included even without
    a sign-in: first and last successful sign-in, sign-ins, failures, refusals while
    throttled, sign-outs, days signed in, devices and the last address. Failed sign-ins
    to no known account are the last row (admins). Each event is in
    `GET /login-events`. Filters: `team_id`, `engineer_id` (the person)."""
    applicable(filters, "team_id", "engineer_id")
    report = await logins.logins_report(session, principal, window=window, filters=filters)
    return _answer(report, format, "logins", logins.logins_table, LoginsReport)


@router.get("/inventory", response_model=InventoryReport, responses=REPORT)
async def inventory_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
    warehouse_id: uuid.UUID | None = Query(None, description="Only this warehouse"),
) -> Any:
    """Stock per product and warehouse now (on hand, reserved for confirmed orders,
    available, on order, in transit), what was delivered to customers in the window and
    when the last delivery left, and the open procurement requests with what they still
    bring. A product with stock on hand and nothing delivered in the window is a slow
    mover. Per warehouse: products, in stock, slow movers, open requests. Stock is
    company data: everyone sees all of it. Filters: `product_group_id`, `warehouse_id`."""
    applicable(filters, "product_group_id")
    report = await inventory.inventory_report(
        session, principal, window=window, filters=filters, warehouse_id=warehouse_id
    )
    return _answer(report, format, "inventory", inventory.inventory_table, InventoryReport)


@router.get("/contacts", response_model=ContactsReport, responses=REPORT)
async def contacts_report(
    session: DB,
    window: ReportWindow,
    filters: ReportFilters,
    principal: Principal = CAN_READ,
    format: ReportFormat = ReportFormatQuery,
    limit: int = Query(100, ge=1, le=1000, description="At most this many contacts"),
) -> Any:
    """Per contact the caller may see, the activities done with them in the window that
    the caller may see (an engineer: their own): calls, e-mails, meetings, appointments
    and tasks, in all and per 30 days, the first and last, the days since the last, its
    outcome, and the contact's preferred channel; most interactions first. Filters:
    `territory_id` and `segment` (the contact's customer), `team_id` and `engineer_id`
    (who did the activities)."""
    applicable(filters, "territory_id", "segment", "team_id", "engineer_id")
    report = await contacts.contacts_report(
        session, principal, window=window, filters=filters, limit=limit
    )
    return _answer(report, format, "contacts", contacts.contacts_table, ContactsReport)


@dashboard_router.get("", response_model=Dashboard, responses=problem_responses(401, 403, 422))
async def read_dashboard(
    session: DB, window: MonthToDate, principal: Principal = CAN_READ
) -> Dashboard:
    """The caller's KPIs in one request, over their records (an engineer's own, a head's
    team's, an admin's all): the open pipeline and weighted pipeline by stage; orders,
    invoiced revenue, deals won and lost and the win rate in the window (default: this
    month to date) against the previous one (the same days of the month before); what
    was invoiced against what was collected; receivables overdue today; the targets
    running today with their attainment; and the team's field day today (who is on
    duty, visits planned and done, flagged check-ins, km)."""
    return Dashboard.model_validate(await dashboard.dashboard(session, principal, window=window))
