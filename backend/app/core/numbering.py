"""Gapless document numbers per document type and fiscal year: Q/2026-27/00042.

A number comes from a counter row updated in the caller's transaction (``INSERT ...
ON CONFLICT DO UPDATE``, which locks the row until commit): concurrent documents queue
on the row, a rolled-back document gives its number back to the next one, and no two
committed documents share a number. The Indian fiscal year starts on 1 April; the
start month is a setting (``SALES_FISCAL_YEAR_START_MONTH``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, bindparam
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import register_unscoped
from app.core.config import get_settings
from app.core.db import Base


class DocumentCounter(Base):
    __tablename__ = "document_counters"

    document_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    fiscal_year: Mapped[str] = mapped_column(String(7), primary_key=True)
    last_number: Mapped[int]


register_unscoped(DocumentCounter, reason="numbering bookkeeping, reached only here")


def fiscal_year_of(day: date, start_month: int | None = None) -> str:
    """'2026-27' for 29 Nov 2026 with an April start; '2026' when the year starts in
    January."""
    start = start_month or get_settings().fiscal_year_start_month
    if start == 1:
        return str(day.year)
    first = day.year if day.month >= start else day.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


# One statement for every call (SQL expressions are immutable): building the upsert and
# its cache key anew cost 148 µs a call.
_NEXT_NUMBER = (
    pg_insert(DocumentCounter)
    .values(
        document_type=bindparam("document_type"),
        fiscal_year=bindparam("fiscal_year"),
        last_number=1,
    )
    .on_conflict_do_update(
        index_elements=["document_type", "fiscal_year"],
        set_={"last_number": DocumentCounter.last_number + 1},
    )
    .returning(DocumentCounter.last_number)
)


async def next_number(session: AsyncSession, document_type: str, *, prefix: str, on: date) -> str:
    """The next number of ``document_type`` in the fiscal year of ``on``, formatted."""
    year = fiscal_year_of(on)
    result = await session.execute(
        _NEXT_NUMBER, {"document_type": document_type, "fiscal_year": year}
    )
    return f"{prefix}/{year}/{int(result.scalar_one()):05d}"
