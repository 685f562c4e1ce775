"""Money as people read it on a printed document: digits grouped, and in words.

* ``format_grouped("1234567.8", "INR")`` -> ``"12,34,567.80"``: Indian grouping (the last
  three digits, then pairs: thousand, lakh, crore) for INR, groups of three for every
  other currency; at the currency's minor unit (``core/money.py``'s rounding rule).
* ``format_money("1234567.8", "INR")`` -> ``"INR 12,34,567.80"``: with the ISO code in
  front. Documents print the code, not a symbol: the PDFs use the standard PDF fonts,
  which have no rupee sign (docs/decisions/0017-document-pdfs.md).
* ``amount_in_words(Decimal("1234567.80"), "INR")`` ->
  ``"Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Eighty Paise
  Only"``: INR counts in lakh and crore, every other currency in thousand, million,
  billion; the minor part is said in the currency's minor unit (paise, cents, fils).
  A currency without a name here is said by its code (``"CHF One Hundred and 50/100
  Only"``).
"""

from __future__ import annotations

from decimal import Decimal

from app.core.money import minor_units, round_amount, round_unit_price

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]
# Largest first: (size, name).
_INDIAN = ((10**7, "Crore"), (10**5, "Lakh"), (10**3, "Thousand"))
_WESTERN = ((10**12, "Trillion"), (10**9, "Billion"), (10**6, "Million"), (10**3, "Thousand"))
INDIAN_NUMBERING = frozenset({"INR"})

# Major and minor unit names (plural, as a cheque says them: "Rupees One Only").
CURRENCY_NAMES: dict[str, tuple[str, str]] = {
    "INR": ("Rupees", "Paise"),
    "USD": ("US Dollars", "Cents"),
    "EUR": ("Euros", "Cents"),
    "GBP": ("Pounds Sterling", "Pence"),
    "AED": ("UAE Dirhams", "Fils"),
    "SAR": ("Saudi Riyals", "Halalas"),
    "QAR": ("Qatari Riyals", "Dirhams"),
    "SGD": ("Singapore Dollars", "Cents"),
    "AUD": ("Australian Dollars", "Cents"),
    "CAD": ("Canadian Dollars", "Cents"),
    "NPR": ("Nepalese Rupees", "Paisa"),
    "LKR": ("Sri Lankan Rupees", "Cents"),
    "BDT": ("Bangladeshi Taka", "Poisha"),
    "KWD": ("Kuwaiti Dinars", "Fils"),
    "BHD": ("Bahraini Dinars", "Fils"),
    "OMR": ("Omani Rials", "Baisa"),
    "JOD": ("Jordanian Dinars", "Fils"),
    "JPY": ("Japanese Yen", ""),
}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "Hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(f"{_TENS[tens]}-{_ONES[ones]}" if ones else _TENS[tens])
    elif rest:
        words.append(_ONES[rest])
    return words


def _words(n: int, scales: tuple[tuple[int, str], ...]) -> list[str]:
    words: list[str] = []
    for size, name in scales:
        if n >= size:
            # Above the largest scale the count itself is said in the same system
            # ("One Thousand Crore", "One Thousand Trillion").
            words += [*_words(n // size, scales), name]
            n %= size
    return words + _below_thousand(n)


def number_in_words(n: int, *, indian: bool = False) -> str:
    """A whole number in English words: "Twelve Lakh Thirty-Four Thousand" (indian) or
    "One Million Two Hundred Thirty-Four Thousand"."""
    if n < 0:
        return "Minus " + number_in_words(-n, indian=indian)
    if n == 0:
        return _ONES[0]
    return " ".join(_words(n, _INDIAN if indian else _WESTERN))


def amount_in_words(value: Decimal, currency: str) -> str:
    """An amount in words, rounded to its currency's minor unit first (the figure
    printed beside it is rounded the same way)."""
    places = minor_units(currency)
    amount = round_amount(value, currency)
    sign = "Minus " if amount < 0 else ""
    amount = abs(amount)
    major = int(amount)
    minor = int((amount - major).scaleb(places))
    indian = currency in INDIAN_NUMBERING
    major_words = number_in_words(major, indian=indian)
    names = CURRENCY_NAMES.get(currency)
    if names is None:
        text = f"{currency} {sign}{major_words}"
        if minor:
            text += f" and {minor:0{places}d}/{10**places}"
        return f"{text} Only"
    major_name, minor_name = names
    text = f"{major_name} {sign}{major_words}"
    if minor:
        text += f" and {number_in_words(minor, indian=indian)} {minor_name}"
    return f"{text} Only"


def _group(digits: str, indian: bool) -> str:
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    size = 2 if indian else 3
    groups: list[str] = []
    while head:
        groups.insert(0, head[-size:])
        head = head[:-size]
    return ",".join([*groups, tail])


def format_grouped(value: Decimal | str, currency: str) -> str:
    """An amount at its currency's minor unit with its digits grouped: "12,34,567.80"
    (INR), "1,234,567.80" (USD), "1,234.500" (KWD)."""
    amount = round_amount(Decimal(value), currency)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    grouped = _group(whole, currency in INDIAN_NUMBERING)
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"


def format_money(value: Decimal | str, currency: str) -> str:
    """``format_grouped`` with the currency code in front: "INR 1,23,456.00"."""
    return f"{currency} {format_grouped(value, currency)}"


def format_unit_price(value: Decimal | str, currency: str) -> str:
    """A unit price (4 places stored) grouped, with its currency's minor unit of places
    or more when the price has them: "1,23,456.00", "12.3450" -> "12.345"."""
    exact = round_unit_price(Decimal(value))
    places = max(minor_units(currency), -exact.normalize().as_tuple().exponent)  # type: ignore[operator]
    sign = "-" if exact < 0 else ""
    whole, _, fraction = f"{abs(exact):.{places}f}".partition(".")
    grouped = _group(whole, currency in INDIAN_NUMBERING)
    return f"{sign}{grouped}.{fraction}" if fraction else f"{sign}{grouped}"
