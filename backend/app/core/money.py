"""Money: exact Decimal amounts beside an ISO 4217 currency code, one rounding rule.

The rule (docs/decisions/0004-rounding.md), the same in the API, the PDFs and every
report:
  * unit prices keep 4 decimal places (``round_unit_price``);
  * every amount (a line total, a tax component, a document total, a limit) is
    rounded to its currency's minor unit, half away from zero (``ROUND_HALF_UP``),
    line by line *before* lines are summed, so a document's total is always the sum
    of the amounts printed on it;
  * amounts travel in JSON as decimal strings, never numbers: a JSON number for money
    is refused (a float cannot hold 0.1 exactly), and answers print each amount with
    its currency's minor unit ("1250.00" INR, "1250" JPY, "1.250" KWD).

Unknown currency codes ("ZZZ") are refused; the table below is ISO 4217's active
codes with their minor units (precious metals and test codes left out).
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer
from sqlalchemy import ColumnElement, Integer, Text, cast, func, literal_column
from sqlalchemy.dialects.postgresql import JSONB

_ZERO = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_FOUR = "CLF UYW"
_TWO = (
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR "
    "FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR "
    "KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV "
    "MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR "
    "SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH "
    "USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG"
)
MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(_TWO.split(), 2),
    **dict.fromkeys(_ZERO.split(), 0),
    **dict.fromkeys(_THREE.split(), 3),
    **dict.fromkeys(_FOUR.split(), 4),
}
UNIT_PRICE_PLACES = 4
COMPANY_CURRENCY = "INR"
# Bounds of a document line (a quote's, an order's): a quantity, a unit price, and their
# product. With its GST and up to 200 lines a document then stays exact in Decimal's
# default context and below numeric(18, 4)'s 10^14; beyond them is a 422, never a 500.
MAX_QUANTITY = Decimal(10) ** 9
MAX_UNIT_PRICE = Decimal(10) ** 11
MAX_LINE_AMOUNT = Decimal(10) ** 11


def minor_units(currency: str) -> int:
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValueError(f"unknown currency {currency!r}") from None


def _quantum(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def round_amount(value: Decimal, currency: str) -> Decimal:
    """An amount at its currency's minor unit, half away from zero."""
    return value.quantize(_quantum(minor_units(currency)), rounding=ROUND_HALF_UP)


def round_unit_price(value: Decimal) -> Decimal:
    return value.quantize(_quantum(UNIT_PRICE_PLACES), rounding=ROUND_HALF_UP)


def format_amount(value: Decimal, currency: str | None) -> str:
    """The JSON form of an amount: at its currency's minor unit; without a currency, as
    stored (up to 4 places), at least 2."""
    if currency in MINOR_UNITS:
        return str(value.quantize(_quantum(MINOR_UNITS[currency]), rounding=ROUND_HALF_UP))
    exact = value.quantize(_quantum(UNIT_PRICE_PLACES), rounding=ROUND_HALF_UP)
    places = max(2, -exact.normalize().as_tuple().exponent)  # type: ignore[operator]
    return str(exact.quantize(_quantum(min(places, UNIT_PRICE_PLACES))))


def format_decimal(value: Decimal) -> str:
    """A percentage or quantity as the API prints it: no exponent, no trailing zeros
    ("18", "2.5")."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


def decimal_sql(value: Any) -> ColumnElement[str]:
    """``format_decimal`` in SQL (core/reads/): numeric without trailing zeros."""
    return cast(func.trim_scale(value), Text)


def unit_price_sql(value: Any) -> ColumnElement[str]:
    """A unit price as ``UnitPrice`` prints it (4 places), in SQL (core/reads/)."""
    return cast(func.round(value, UNIT_PRICE_PLACES), Text)


def amount_sql(value: Any, currency: Any | None) -> ColumnElement[str]:
    """``format_amount`` in SQL, for answers PostgreSQL writes itself (core/reads/):
    the same text, digit for digit (round() on numeric is half away from zero)."""
    exact = func.round(value, UNIT_PRICE_PLACES)
    unknown = func.round(exact, func.greatest(2, func.scale(func.trim_scale(exact))))
    if currency is None:
        return cast(unknown, Text)
    # The currency's minor unit looked up in one constant (a hash of codes to places):
    # PostgreSQL folds the constant once per plan, and a row costs one lookup, where a
    # CASE over the code lists cost a comparison per code and a visible share of a
    # page's planning. A code not in it (or no currency) prints as unknown.
    minor_unit = cast(_MINOR_UNITS_SQL.op("->>")(currency), Integer)
    return cast(func.coalesce(func.round(value, minor_unit), unknown), Text)


_MINOR_UNITS_SQL = literal_column(
    "'" + json.dumps(MINOR_UNITS, separators=(",", ":"), sort_keys=True) + "'::jsonb", JSONB
)


def _decimal_string(value: Any) -> Any:
    """Money comes as a decimal string ("1250.50"); numbers are refused, not guessed."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError('money must be a decimal string, e.g. "1250.50"')
    try:
        parsed = Decimal(value.strip())
    except InvalidOperation:
        raise ValueError("not a decimal number") from None
    if not parsed.is_finite():
        raise ValueError("not a finite number")
    return parsed


def _known_currency(code: str) -> str:
    if code not in MINOR_UNITS:
        raise ValueError("not an ISO 4217 currency code")
    return code


# An amount: a decimal string in and out; at most 4 places on the way in (the service
# rounds it to the currency's minor unit); an answer model with a currency prints it at
# that currency's minor unit (``core/schemas.py`` ``CurrencyAmounts``).
Amount = Annotated[
    Decimal,
    BeforeValidator(_decimal_string),
    Field(max_digits=18, decimal_places=4, examples=["1250.00"]),
    PlainSerializer(lambda v: format_amount(v, None), return_type=str, when_used="json"),
]
# A unit price: 4 decimal places kept.
UnitPrice = Annotated[
    Decimal,
    BeforeValidator(_decimal_string),
    Field(max_digits=18, decimal_places=4, examples=["1249.9900"]),
    PlainSerializer(lambda v: str(round_unit_price(v)), return_type=str, when_used="json"),
]
# A percentage (a tax rate, a discount): a decimal string like money ("18", "12.5"), never
# a float, from 0 to 100 with at most 4 places; printed without trailing zeros ("12.50"
# -> "12.5").
Percent = Annotated[
    Decimal,
    BeforeValidator(_decimal_string),
    Field(ge=Decimal("0"), le=Decimal("100"), max_digits=7, decimal_places=4, examples=["18"]),
    PlainSerializer(lambda v: format_decimal(v), return_type=str, when_used="json"),
]
# A quantity (a price break, a line's quantity): a decimal string, more than 0, at most 4
# places (kilograms, metres, hours), printed without trailing zeros.
Quantity = Annotated[
    Decimal,
    BeforeValidator(_decimal_string),
    Field(gt=Decimal("0"), max_digits=18, decimal_places=4, examples=["10"]),
    PlainSerializer(lambda v: format_decimal(v), return_type=str, when_used="json"),
]
# A stock quantity as a ledger or a balance holds it: like ``Quantity`` but signed and
# possibly zero (a move out is negative, an empty shelf is 0).
StockQuantity = Annotated[
    Decimal,
    BeforeValidator(_decimal_string),
    Field(max_digits=18, decimal_places=4, examples=["-2"]),
    PlainSerializer(lambda v: format_decimal(v), return_type=str, when_used="json"),
]
CurrencyCode = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", examples=["INR"], description="ISO 4217 code"),
    AfterValidator(_known_currency),
]


def print_amounts(data: dict[str, Any], fields: tuple[str, ...], currency: str | None) -> None:
    """Re-print a JSON answer's amounts at their currency's minor unit."""
    for name in fields:
        value = data.get(name)
        if value is not None:
            data[name] = format_amount(Decimal(value), currency)
