"""Amounts in words (Indian numbering for INR) and grouped digits, as documents print them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.money_text import (
    amount_in_words,
    format_grouped,
    format_money,
    format_unit_price,
    number_in_words,
)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("0", "Rupees Zero Only"),
        ("1", "Rupees One Only"),
        ("0.5", "Rupees Zero and Fifty Paise Only"),
        ("0.01", "Rupees Zero and One Paise Only"),
        ("10", "Rupees Ten Only"),
        ("21", "Rupees Twenty-One Only"),
        ("100", "Rupees One Hundred Only"),
        ("1000", "Rupees One Thousand Only"),
        ("100000", "Rupees One Lakh Only"),
        ("10000000", "Rupees One Crore Only"),
        ("1005", "Rupees One Thousand Five Only"),
        ("110011", "Rupees One Lakh Ten Thousand Eleven Only"),
        (
            "1234567.80",
            "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Eighty "
            "Paise Only",
        ),
        (
            "999999999.99",
            "Rupees Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred "
            "Ninety-Nine and Ninety-Nine Paise Only",
        ),
        # Past 99 crore the crores are counted in the same system.
        ("10000000000", "Rupees One Thousand Crore Only"),
        ("1234500000000", "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty Crore Only"),
        # Rounded to the paisa first, half away from zero, like the figure beside it.
        ("2.345", "Rupees Two and Thirty-Five Paise Only"),
        (
            "-3446.68",
            "Rupees Minus Three Thousand Four Hundred Forty-Six and Sixty-Eight Paise Only",
        ),
    ],
)
def test_rupees_in_indian_words(value: str, words: str):
    assert amount_in_words(Decimal(value), "INR") == words


@pytest.mark.parametrize(
    ("value", "currency", "words"),
    [
        ("0", "USD", "US Dollars Zero Only"),
        (
            "1234567.89",
            "USD",
            "US Dollars One Million Two Hundred Thirty-Four Thousand Five Hundred Sixty-Seven "
            "and Eighty-Nine Cents Only",
        ),
        ("100000", "EUR", "Euros One Hundred Thousand Only"),
        ("10000000", "GBP", "Pounds Sterling Ten Million Only"),
        ("1000000000", "USD", "US Dollars One Billion Only"),
        # Three decimal places: thousandths (fils), not hundredths.
        ("1.250", "KWD", "Kuwaiti Dinars One and Two Hundred Fifty Fils Only"),
        ("12.005", "BHD", "Bahraini Dinars Twelve and Five Fils Only"),
        ("0.999", "OMR", "Omani Rials Zero and Nine Hundred Ninety-Nine Baisa Only"),
        ("1.0004", "KWD", "Kuwaiti Dinars One Only"),
        # No minor unit: rounded to whole yen.
        ("1500.6", "JPY", "Japanese Yen One Thousand Five Hundred One Only"),
        # A currency without a name here is said by its code, the minor part as a fraction.
        ("150.5", "CHF", "CHF One Hundred Fifty and 50/100 Only"),
        ("7.125", "TND", "TND Seven and 125/1000 Only"),
    ],
)
def test_other_currencies_by_their_names_and_minor_units(value: str, currency: str, words: str):
    assert amount_in_words(Decimal(value), currency) == words


def test_unknown_currency_is_refused():
    with pytest.raises(ValueError, match="unknown currency"):
        amount_in_words(Decimal(1), "ZZZ")


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        ("0", "INR", "0.00"),
        ("999", "INR", "999.00"),
        ("1000", "INR", "1,000.00"),
        ("123456", "INR", "1,23,456.00"),
        ("1234567.8", "INR", "12,34,567.80"),
        ("999999999.99", "INR", "99,99,99,999.99"),
        ("-100000", "INR", "-1,00,000.00"),
        ("1234567.8", "USD", "1,234,567.80"),
        ("1234.5", "KWD", "1,234.500"),
        ("1234567.5", "JPY", "1,234,568"),
        ("0.005", "INR", "0.01"),
    ],
)
def test_grouped_digits(value: str, currency: str, text: str):
    assert format_grouped(value, currency) == text


def test_money_prints_the_code_before_the_grouped_amount():
    assert format_money("123456", "INR") == "INR 1,23,456.00"


def _indian_reference(n: int) -> str:
    """Lakh/crore grouping written the other way round: split from the right by hand."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        pairs.append(head[-2:])
        head = head[:-2]
    pairs.append(head)
    return ",".join([*reversed(pairs), tail])


@given(st.integers(min_value=0, max_value=10**15))
def test_indian_grouping_matches_a_reference_and_keeps_the_digits(n: int):
    text = format_grouped(Decimal(n), "INR")
    assert text == f"{_indian_reference(n)}.00"
    assert text.replace(",", "") == f"{n}.00"


_WORD_VALUE = {w: i for i, w in enumerate(number_in_words(i) for i in range(20))} | {
    "Twenty": 20,
    "Thirty": 30,
    "Forty": 40,
    "Fifty": 50,
    "Sixty": 60,
    "Seventy": 70,
    "Eighty": 80,
    "Ninety": 90,
}


def _parse_indian(words: str) -> int:
    """Read Indian-numbering words back into a number (a reference parser)."""
    total, current = 0, 0
    for word in words.split():
        if word == "Hundred":
            current *= 100
        elif word in ("Thousand", "Lakh", "Crore"):
            scale = {"Thousand": 10**3, "Lakh": 10**5, "Crore": 10**7}[word]
            if scale == 10**7:
                total = (total + current) * scale
            else:
                total += current * scale
            current = 0
        else:
            current += sum(_WORD_VALUE[part] for part in word.split("-"))
    return total + current


@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_indian_words_read_back_to_the_same_number(n: int):
    assert _parse_indian(number_in_words(n, indian=True)) == n


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        ("123456.0000", "INR", "1,23,456.00"),
        ("12.3450", "INR", "12.345"),
        ("0.1234", "USD", "0.1234"),
        ("1500.0000", "JPY", "1,500"),
        ("2.5000", "KWD", "2.500"),
    ],
)
def test_unit_prices_keep_their_places_beyond_the_minor_unit(value: str, currency: str, text: str):
    assert format_unit_price(value, currency) == text
