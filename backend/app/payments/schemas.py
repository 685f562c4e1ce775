from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from pydantic import Field

from app.core.money import Amount, CurrencyCode
from app.core.schemas import CreateModel, CurrencyAmounts, EntityRead, InputModel, IsoDate
from app.invoices.schemas import EARLIEST, LATEST
from app.payments.models import PaymentMethod

MAX_ALLOCATIONS = 200


class AllocationIn(InputModel):
    invoice_id: uuid.UUID
    amount: Amount = Field(gt=Decimal(0))


class PaymentCreate(CreateModel):
    customer_id: uuid.UUID
    payment_date: IsoDate | None = Field(
        default=None, ge=EARLIEST, le=LATEST, description="Default: today, company time"
    )
    amount: Amount = Field(gt=Decimal(0))
    currency: CurrencyCode | None = Field(default=None, description="Default: the customer's")
    method: PaymentMethod
    reference: str | None = Field(default=None, max_length=120)
    notes: str | None = Field(default=None, max_length=10_000)
    allocations: list[AllocationIn] = Field(
        default_factory=list,
        max_length=MAX_ALLOCATIONS,
        description="Invoices of the customer in the payment's currency it pays, each at "
        "most its open amount; what is left stays as the customer's credit",
    )


class AllocationsCreate(InputModel):
    allocations: list[AllocationIn] = Field(min_length=1, max_length=MAX_ALLOCATIONS)


class AllocationRead(CurrencyAmounts, EntityRead):
    amount_fields = ("amount",)

    payment_id: uuid.UUID
    invoice_id: uuid.UUID
    invoice_number: str | None = Field(default=None, description="Empty when not visible")
    amount: Amount
    currency: str
    allocated_on: date


class PaymentRead(CurrencyAmounts, EntityRead):
    amount_fields = ("amount", "allocated_amount", "unallocated_amount")

    customer_id: uuid.UUID
    customer_name: str | None = Field(
        default=None, description="Empty when the caller may not see the customer"
    )
    territory_id: uuid.UUID | None
    recorded_by_id: uuid.UUID | None
    payment_date: date
    amount: Amount
    currency: str
    method: PaymentMethod
    reference: str | None
    notes: str | None
    allocated_amount: Amount
    unallocated_amount: Amount = Field(description="The customer's credit left on it")
    allocations: list[AllocationRead]
