from __future__ import annotations

from typing import Annotated

from fastapi import Query

from app.core.schemas import IsoDate

DayQuery = Annotated[
    IsoDate | None,
    Query(alias="date", description="The day, YYYY-MM-DD (default: today, company time)"),
]
