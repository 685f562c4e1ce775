"""The company's day: in SQL, what PostgreSQL counts as today (an invoice overdue) is the
company's date, whatever time zone the database session runs in; and the zone is checked
when the settings are read (every business date depends on it, so a typo stops the start
instead of failing each write)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import company_date, company_today_sql, utcnow
from app.core.config import Settings


# UTC+14 and UTC-11: at any hour one of them is on another date than India.
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
async def test_today_in_sql_is_the_company_s_date_in_any_session_time_zone(
    session: AsyncSession, zone: str
):
    await session.execute(text(f"SET LOCAL TIME ZONE '{zone}'"))
    before = company_date(utcnow())
    today = await session.scalar(select(company_today_sql()))
    after = company_date(utcnow())
    assert today in {before, after}  # the same day unless midnight passed in between


@pytest.mark.parametrize("zone", ["Asia/Kolkatta", "IST+5:30", "../etc/passwd", ""])
def test_an_unknown_time_zone_is_refused_by_name(zone: str):
    with pytest.raises(ValueError, match="SALES_FIELD_TIMEZONE"):
        Settings(field_timezone=zone)


def test_a_known_time_zone_is_taken():
    assert Settings(field_timezone="Asia/Dubai").field_timezone == "Asia/Dubai"
