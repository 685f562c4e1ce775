from __future__ import annotations

import re
import uuid
from decimal import Decimal
from typing import Annotated, Self

from pydantic import Field, model_validator

from app.core.errors import UnprocessableEntity, field_error
from app.core.interchange import FileLayout
from app.core.money import CurrencyCode, StockQuantity, UnitPrice
from app.core.schemas import CreateModel, EntityRead, InputModel
from app.products.models import ProductKind, SupplyMethod

SKU_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"
# HSN (goods): 4, 6 or 8 digits; SAC (services): 6 digits of chapter 99.
HSN_SAC_PATTERN = r"^[0-9]{4}([0-9]{2}){0,2}$"
_SAC = re.compile(r"^99[0-9]{4}$")


def check_hsn_sac(kind: ProductKind, code: str | None) -> None:
    """Goods carry an HSN code (4, 6 or 8 digits, never chapter 99), services a SAC code
    (6 digits starting 99): a mismatch is a 422 naming ``hsn_sac_code``."""
    if code is None:
        return
    if kind is ProductKind.SERVICE and not _SAC.match(code):
        msg = "a service's SAC code is 6 digits starting with 99"
    elif kind is ProductKind.GOODS and code.startswith("99"):
        msg = "goods carry an HSN code (4, 6 or 8 digits); 99 is the services' chapter"
    else:
        return
    raise UnprocessableEntity(errors=[field_error("hsn_sac_code", msg, "hsn_sac")])


class ProductGroupCreate(CreateModel):
    name: str = Field(min_length=1, max_length=120, examples=["Pumps"])
    description: str | None = Field(default=None, max_length=2000)


class ProductGroupUpdate(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=120)
    description: str | None = Field(default=None, max_length=2000)


class ProductGroupRead(EntityRead):
    name: str
    description: str | None


class _ProductFields(InputModel):
    description: str | None = Field(default=None, max_length=10_000)
    group_id: uuid.UUID | None = None
    hsn_sac_code: str | None = Field(
        default=None, pattern=HSN_SAC_PATTERN, description="HSN (goods) or SAC (services) code"
    )
    cost: UnitPrice | None = Field(default=None, ge=Decimal(0), description="Unit cost")
    reorder_level: StockQuantity | None = Field(
        default=None,
        ge=Decimal(0),
        description="Available stock below this in a warehouse is flagged (GET /stock)",
    )


ExternalId = Annotated[str, Field(max_length=100, description="The product's id in the ERP")]


class ProductCreate(_ProductFields, CreateModel):
    external_id: ExternalId | None = None
    sku: str = Field(pattern=SKU_PATTERN, examples=["PMP-0100"])
    name: str = Field(min_length=1, max_length=200)
    unit: str = Field(default="nos", min_length=1, max_length=20, examples=["nos", "kg", "hr"])
    kind: ProductKind = ProductKind.GOODS
    tax_category_id: uuid.UUID
    list_price: UnitPrice = Field(ge=Decimal(0), description="Unit price before any price list")
    currency: CurrencyCode = "INR"
    is_active: bool = True
    supply_method: SupplyMethod = Field(
        default=SupplyMethod.PURCHASE,
        description="purchase: a shortfall raises a purchase request; manufacture: a job order",
    )

    @model_validator(mode="after")
    def _code_fits_kind(self) -> Self:
        check_hsn_sac(self.kind, self.hsn_sac_code)
        return self


class ProductUpdate(_ProductFields):
    external_id: ExternalId | None = None
    sku: str | None = Field(default=None, pattern=SKU_PATTERN)
    name: str | None = Field(default=None, min_length=1, max_length=200)
    unit: str | None = Field(default=None, min_length=1, max_length=20)
    kind: ProductKind | None = None
    tax_category_id: uuid.UUID | None = None
    list_price: UnitPrice | None = Field(default=None, ge=Decimal(0))
    currency: CurrencyCode | None = None
    is_active: bool | None = Field(
        default=None, description="false: no longer sold (products are never deleted)"
    )
    supply_method: SupplyMethod | None = None


class ProductUpsert(_ProductFields):
    """A product as the ERP holds it (`PUT /products/by-external-id/{external_id}`).
    Fields sent replace the product's, fields left out keep their value (a new product
    takes the defaults; `sku`, `name`, the tax category and `list_price` are required to
    create one); `null` clears a field that may be empty."""

    sku: str | None = Field(default=None, pattern=SKU_PATTERN)
    name: str | None = Field(default=None, min_length=1, max_length=200)
    unit: str | None = Field(default=None, min_length=1, max_length=20)
    kind: ProductKind | None = None
    tax_category_id: uuid.UUID | None = None
    tax_category_code: str | None = Field(
        default=None, max_length=20, description="The tax category by its code (or its id)"
    )
    group_name: str | None = Field(
        default=None, max_length=120, description="The product group by its name (or its id)"
    )
    list_price: UnitPrice | None = Field(default=None, ge=Decimal(0))
    currency: CurrencyCode | None = None
    is_active: bool | None = Field(default=None, description="false: no longer sold")
    supply_method: SupplyMethod | None = None


class ProductReference(InputModel):
    """A document line's product as an integration names it: by id, ERP id or SKU (one
    of them; ``products.service.products_of_references`` finds them)."""

    product_id: uuid.UUID | None = None
    product_external_id: str | None = Field(default=None, max_length=100)
    product_sku: str | None = Field(default=None, max_length=64)

    @model_validator(mode="after")
    def _one_product_reference(self) -> Self:
        given = [
            name
            for name in ("product_id", "product_external_id", "product_sku")
            if getattr(self, name) is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "name the product by exactly one of product_id, product_external_id, product_sku"
            )
        return self


# The fields that name a line's product (left out of the line a document's write takes).
REFERENCE_FIELDS = frozenset(ProductReference.model_fields)


class ProductRead(EntityRead):
    sku: str
    name: str
    description: str | None
    group_id: uuid.UUID | None
    unit: str
    kind: ProductKind
    hsn_sac_code: str | None
    tax_category_id: uuid.UUID
    list_price: UnitPrice
    currency: str
    cost: UnitPrice | None
    is_active: bool
    supply_method: SupplyMethod
    reorder_level: StockQuantity | None
    external_id: str | None


# Products in CSV, XLSX and JSON lines (imports and exports, decision 0038).
PRODUCT_FILE = FileLayout(
    schema=ProductUpsert,
    columns=(
        "sku",
        "name",
        "description",
        "group_id",
        "group_name",
        "unit",
        "kind",
        "hsn_sac_code",
        "tax_category_id",
        "tax_category_code",
        "list_price",
        "currency",
        "cost",
        "is_active",
        "supply_method",
        "reorder_level",
    ),
)
