from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated, Self

from pydantic import Field, PlainSerializer, model_validator

from app.core.errors import UnprocessableEntity, field_error
from app.core.money import Amount, CurrencyCode, Quantity, StockQuantity, format_decimal
from app.core.schemas import CreateModel, CurrencyAmounts, EntityRead, InputModel, IsoDate
from app.targets.models import TargetPeriod, TargetSubject

SUBJECT_FIELDS = ("engineer_id", "team_id", "territory_id")
VISITS_OF_PEOPLE = "visits are targets of people and teams, not territories"
# A share in percent, one decimal ("104.5"); null when there is nothing to divide by.
Attainment = Annotated[
    Decimal,
    PlainSerializer(format_decimal, return_type=str, when_used="json"),
    Field(examples=["87.5"]),
]


class TargetCreate(CreateModel):
    """Exactly one subject: an engineer, a team or a territory."""

    engineer_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    period: TargetPeriod
    period_start: IsoDate = Field(
        description="The period's first day: the 1st of a month; for a quarter or a fiscal "
        "year, the 1st of a month the fiscal year's quarters (or the year) start in"
    )
    currency: CurrencyCode = "INR"
    revenue: Amount = Field(ge=Decimal(0), description="Booked order value to reach (taxable)")
    quantity: Quantity | None = Field(default=None, description="Units to sell, if set")
    visits: int | None = Field(
        default=None, ge=1, le=100_000, description="Visits to make (people and teams only)"
    )
    notes: str | None = Field(default=None, max_length=2000)

    @model_validator(mode="after")
    def _one_subject(self) -> Self:
        given = [name for name in SUBJECT_FIELDS if getattr(self, name) is not None]
        if len(given) != 1:
            name = given[1] if len(given) > 1 else "engineer_id"
            raise UnprocessableEntity(
                errors=[field_error(name, "give exactly one of engineer_id, team_id, territory_id")]
            )
        if self.territory_id is not None and self.visits is not None:
            raise UnprocessableEntity(errors=[field_error("visits", VISITS_OF_PEOPLE)])
        return self


class TargetUpdate(InputModel):
    """The figures change; the subject and the period do not (make another target)."""

    revenue: Amount | None = Field(default=None, ge=Decimal(0))
    quantity: Quantity | None = None
    visits: int | None = Field(default=None, ge=1, le=100_000)
    notes: str | None = Field(default=None, max_length=2000)


class TargetRead(CurrencyAmounts, EntityRead):
    amount_fields = ("revenue", "revenue_actual")

    subject: TargetSubject
    engineer_id: uuid.UUID | None
    team_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    subject_name: str | None = Field(description="The engineer's, team's or territory's name")
    period: TargetPeriod
    period_start: date
    period_end: date = Field(description="The period's last day")
    currency: str
    revenue: Amount
    quantity: Quantity | None
    visits: int | None
    notes: str | None
    revenue_actual: Amount = Field(
        description="Taxable value of the subject's orders booked (confirmed and after) "
        "with an order date in the period, in the target's currency"
    )
    revenue_percent: Attainment | None = Field(description="revenue_actual / revenue, percent")
    quantity_actual: StockQuantity | None = Field(
        description="Units on those orders (null without a quantity target)"
    )
    quantity_percent: Attainment | None
    visits_actual: int | None = Field(
        description="Visits done (checked out) of routes in the period (null without a "
        "visits target)"
    )
    visits_percent: Attainment | None


class TargetFilters(InputModel):
    period: TargetPeriod | None = None
    subject: TargetSubject | None = None
    engineer_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    on: IsoDate | None = Field(default=None, description="Targets whose period holds this day")
