from app.core.errors import Conflict, NotFound, UnprocessableEntity, field_error


class PriceListNotFound(NotFound):
    code, title = "price_lists.not_found", "Price list not found"


class PriceListLineNotFound(NotFound):
    code, title = "price_lists.line_not_found", "Price list line not found"


class DuplicateBreak(Conflict):
    code, title = (
        "price_lists.duplicate_break",
        "The list already prices this product from this quantity",
    )


class ProductInactive(UnprocessableEntity):
    code, title = "products.inactive", "The product is no longer sold"

    def __init__(self) -> None:
        super().__init__(
            errors=[field_error("product_id", "inactive product", "inactive", where="query")]
        )


class NoPrice(UnprocessableEntity):
    code, title = "prices.no_price", "No price for this product in this currency on this date"

    def __init__(self, detail: str) -> None:
        super().__init__(
            detail, errors=[field_error("currency", detail, "no_price", where="query")]
        )


class ExternalIdTaken(Conflict):
    code, title = "price_lists.external_id_taken", "Another price list has this external id"


class CurrencyFixed(UnprocessableEntity):
    code, title = "price_lists.currency_fixed", "A price list's currency never changes"

    def __init__(self) -> None:
        super().__init__(
            "Its prices are in it: make a new list for another currency",
            errors=[field_error("currency", "differs from the list's currency", "immutable")],
        )
