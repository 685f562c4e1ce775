"""The one source of "now", so tests can inject time, and the company's working day.

Field work is counted by the company's day (``SALES_FIELD_TIMEZONE``, default
Asia/Kolkata), local midnight to midnight: a day's route, a visit's date, the
attendance of a day. The server decides what "today" is, never the caller's clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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


def company_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The day from local midnight to the next local midnight, as [start, end)."""
    zone = company_zone()
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start, end
