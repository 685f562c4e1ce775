"""The one source of "now", so tests can inject time, and the company's working day.

Every business date is the company's day (``SALES_FIELD_TIMEZONE``, default
Asia/Kolkata), local midnight to midnight: a day's route, a visit's date, the
attendance of a day, and the date a document takes when none is given (an order, a
quote and its validity, an invoice and when it falls overdue, a payment, a delivery,
the number's year), the reports' windows and the targets running today. Never the
server's UTC date: between midnight and 05:30 in India that is still yesterday. The
server decides what "today" is, never the caller's clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, cast, func

from app.core.config import get_settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def company_zone() -> ZoneInfo:
    return ZoneInfo(get_settings().field_timezone)


def company_date(moment: datetime) -> date:
    """The company's day a moment falls on."""
    return moment.astimezone(company_zone()).date()


def company_today() -> date:
    return company_date(utcnow())


def company_today_sql() -> Any:
    """``company_today()`` as PostgreSQL sees it within the statement's transaction, for
    answers computed in SQL (an invoice overdue today); never the session's CURRENT_DATE."""
    return cast(func.timezone(get_settings().field_timezone, func.now()), Date)


def company_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The day from local midnight to the next local midnight, as [start, end)."""
    zone = company_zone()
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start, end
