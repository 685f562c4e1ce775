from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Self

from pydantic import Field, model_validator

from app.core.config import get_settings
from app.core.errors import UnprocessableEntity, field_error
from app.core.money import Amount, CurrencyCode, Percent
from app.core.schemas import CreateModel, CurrencyAmounts, EntityRead, InputModel, OutputModel
from app.core.tax import Supply, TaxComponentName, TaxTreatment

CODE_PATTERN = r"^[A-Z0-9][A-Z0-9_-]{0,19}$"


def check_rate(treatment: TaxTreatment | None, rate: Decimal | None) -> None:
    """Zero-rated and exempt categories carry no rate (a 422 naming ``rate``)."""
    if treatment in (TaxTreatment.ZERO_RATED, TaxTreatment.EXEMPT) and rate:
        raise UnprocessableEntity(
            errors=[field_error("rate", f"must be 0 for a {treatment.value} category")]
        )


class TaxCategoryCreate(CreateModel):
    code: str = Field(pattern=CODE_PATTERN, examples=["GST18"])
    name: str = Field(min_length=1, max_length=100, examples=["GST 18%"])
    description: str | None = Field(default=None, max_length=2000)
    treatment: TaxTreatment = TaxTreatment.TAXABLE
    rate: Percent = Field(default=Decimal(0), description='Percent, e.g. "18"')
    is_active: bool = True

    @model_validator(mode="after")
    def _rate_fits_treatment(self) -> Self:
        check_rate(self.treatment, self.rate)
        return self


class TaxCategoryUpdate(InputModel):
    """A new rate applies to documents made from now on; issued ones keep theirs."""

    code: str | None = Field(default=None, pattern=CODE_PATTERN)
    name: str | None = Field(default=None, min_length=1, max_length=100)
    description: str | None = Field(default=None, max_length=2000)
    treatment: TaxTreatment | None = None
    rate: Percent | None = None
    is_active: bool | None = None


class TaxCategoryRead(EntityRead):
    code: str
    name: str
    description: str | None
    treatment: TaxTreatment
    rate: Percent
    is_active: bool
    company_state_code: str = Field(
        default_factory=lambda: get_settings().company_state_code,
        description="The company's GST state: a customer whose place of supply is this "
        "state pays CGST + SGST at half the rate each, any other IGST (offline estimates)",
    )


class TaxComponentRead(CurrencyAmounts, OutputModel):
    amount_fields = ("amount",)

    name: TaxComponentName
    rate: Percent
    amount: Amount
    currency: str


class LineTaxRead(CurrencyAmounts, OutputModel):
    """The GST of an amount under a category, as quotes and invoices will compute it."""

    amount_fields = ("taxable_amount", "tax_amount", "total")

    tax_category_id: uuid.UUID
    currency: CurrencyCode
    taxable_amount: Amount
    treatment: TaxTreatment
    company_state_code: str
    place_of_supply: str | None
    supply: Supply
    components: list[TaxComponentRead]
    tax_amount: Amount
    total: Amount
