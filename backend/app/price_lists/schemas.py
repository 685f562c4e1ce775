from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, model_validator

from app.core.errors import UnprocessableEntity, field_error
from app.core.interchange import FileLayout, Group
from app.core.money import CurrencyCode, Quantity, UnitPrice
from app.core.schemas import CreateModel, EntityRead, InputModel, IsoDate, OutputModel
from app.price_lists.models import PriceListScope
from app.products.schemas import ProductReference

MAX_LINES = 1000


class PriceSource(StrEnum):
    """Which rule gave a price (decision 0015)."""

    CUSTOMER_LIST = "customer_list"
    SEGMENT_LIST = "segment_list"
    DEFAULT_LIST = "default_list"
    LIST_PRICE = "list_price"


def check_scope(
    scope: PriceListScope, *, segment: str | None, customer_id: uuid.UUID | None
) -> None:
    """A segment list names its segment, a customer's list its customer, a default list
    neither: a 422 naming the field."""
    errors = []
    if scope is PriceListScope.SEGMENT and not segment:
        errors.append(field_error("segment", "a segment price list names its segment"))
    if scope is not PriceListScope.SEGMENT and segment:
        errors.append(field_error("segment", f"a {scope.value} price list has no segment"))
    if scope is PriceListScope.CUSTOMER and customer_id is None:
        errors.append(field_error("customer_id", "a customer's price list names its customer"))
    if scope is not PriceListScope.CUSTOMER and customer_id is not None:
        errors.append(field_error("customer_id", f"a {scope.value} price list has no customer"))
    if errors:
        raise UnprocessableEntity(errors=errors)


def check_period(valid_from: date, valid_to: date | None) -> None:
    if valid_to is not None and valid_to < valid_from:
        raise UnprocessableEntity(
            errors=[field_error("valid_to", "must be on or after valid_from")]
        )


class PriceListLineCreate(CreateModel):
    product_id: uuid.UUID
    min_quantity: Quantity = Field(
        default=Decimal(1), description="The price applies from this quantity up"
    )
    unit_price: UnitPrice = Field(ge=Decimal(0))


class PriceListLineUpdate(InputModel):
    min_quantity: Quantity | None = None
    unit_price: UnitPrice | None = Field(default=None, ge=Decimal(0))


class PriceListLineRead(EntityRead):
    price_list_id: uuid.UUID
    product_id: uuid.UUID
    min_quantity: Quantity
    unit_price: UnitPrice


ExternalId = Annotated[str, Field(max_length=100, description="The list's id in the ERP")]


class PriceListCreate(CreateModel):
    name: str = Field(min_length=1, max_length=120)
    external_id: ExternalId | None = None
    currency: CurrencyCode = "INR"
    valid_from: IsoDate
    valid_to: IsoDate | None = Field(default=None, description="Last day; empty: open-ended")
    scope: PriceListScope = PriceListScope.DEFAULT
    segment: str | None = Field(
        default=None, min_length=1, max_length=80, description="A customer segment tag"
    )
    customer_id: uuid.UUID | None = None
    is_active: bool = True
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[PriceListLineCreate] = Field(default_factory=list, max_length=MAX_LINES)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        check_scope(self.scope, segment=self.segment, customer_id=self.customer_id)
        check_period(self.valid_from, self.valid_to)
        return self


class PriceListUpdate(InputModel):
    """The currency is fixed (the lines' prices are in it): make a new list instead."""

    name: str | None = Field(default=None, min_length=1, max_length=120)
    external_id: ExternalId | None = None
    valid_from: IsoDate | None = None
    valid_to: IsoDate | None = None
    scope: PriceListScope | None = None
    segment: str | None = Field(default=None, min_length=1, max_length=80)
    customer_id: uuid.UUID | None = None
    is_active: bool | None = Field(default=None, description="false: no longer applies")
    notes: str | None = Field(default=None, max_length=10_000)


class PriceListLineUpsert(ProductReference):
    """A line of a list sent by external id: its product by id, ERP id or SKU (one)."""

    min_quantity: Quantity = Field(
        default=Decimal(1), description="The price applies from this quantity up"
    )
    unit_price: UnitPrice = Field(ge=Decimal(0))


class PriceListUpsert(InputModel):
    """A price list as the ERP holds it (`PUT /price-lists/by-external-id/{external_id}`).
    Fields sent replace the list's, fields left out keep their value (`name` and
    `valid_from` are required to create one); `lines`, when sent, become the list's
    lines (matched by product and quantity break: a price that did not change writes
    nothing); the currency of an existing list never changes."""

    name: str | None = Field(default=None, min_length=1, max_length=120)
    currency: CurrencyCode | None = None
    valid_from: IsoDate | None = None
    valid_to: IsoDate | None = None
    scope: PriceListScope | None = None
    segment: str | None = Field(default=None, min_length=1, max_length=80)
    customer_id: uuid.UUID | None = None
    customer_external_id: str | None = Field(
        default=None, max_length=100, description="A customer's list: its customer by ERP id"
    )
    is_active: bool | None = None
    notes: str | None = Field(default=None, max_length=10_000)
    lines: list[PriceListLineUpsert] | None = Field(default=None, max_length=MAX_LINES)


# Price lists in CSV, XLSX and JSON lines (imports and exports, decision 0038): a row per
# line, the list's columns repeated (rows with one external_id are one list).
PRICE_LIST_FILE = FileLayout(
    schema=PriceListUpsert,
    columns=(
        "name",
        "currency",
        "valid_from",
        "valid_to",
        "scope",
        "segment",
        "customer_id",
        "customer_external_id",
        "is_active",
        "notes",
        "line.product_id",
        "line.product_external_id",
        "line.product_sku",
        "line.min_quantity",
        "line.unit_price",
    ),
    groups={"line": Group("lines")},
    repeated="line",
)


class PriceListRead(EntityRead):
    name: str
    currency: str
    valid_from: date
    valid_to: date | None
    scope: PriceListScope
    segment: str | None
    customer_id: uuid.UUID | None
    is_active: bool
    notes: str | None
    external_id: str | None


class PriceListWithLinesRead(PriceListRead):
    """A price list with every line (the change feed's copy, for pricing offline)."""

    lines: list[PriceListLineRead]


class PriceRead(OutputModel):
    """The unit price of a product for a customer, and the rule that gave it."""

    customer_id: uuid.UUID
    product_id: uuid.UUID
    quantity: Quantity
    priced_on: date = Field(description="The date the price applies on")
    currency: str
    unit_price: UnitPrice
    source: PriceSource = Field(
        description="The customer's own list, its segment's, the default list, or (no list "
        "prices the product) the product's list price"
    )
    price_list_id: uuid.UUID | None
    price_list_name: str | None
    segment: str | None = Field(description="The segment of a segment list that applied")
    line_id: uuid.UUID | None
    min_quantity: Quantity | None = Field(description="The quantity break that applied")
