from __future__ import annotations

from pydantic import Field

from app.core.access import Role
from app.core.money import Percent
from app.core.schemas import EntityRead, InputModel


class DiscountLimitUpdate(InputModel):
    max_percent: Percent | None = Field(
        description="The largest discount (percent) given without approval; null: no limit"
    )


class DiscountLimitRead(EntityRead):
    role: Role
    max_percent: Percent | None = Field(description="null: no limit")
