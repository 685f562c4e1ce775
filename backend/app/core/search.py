"""Text search for ``?q=``: one way for every list.

Each searchable table keeps a ``search_text`` column that PostgreSQL computes from the
record's names, e-mail and phone digits (lower-cased), indexed with a trigram GIN index
(pg_trgm), so ``q`` finds a part of any of them without reading the whole table. What
the user types is matched literally: ``%`` and ``_`` are not wildcards. A phone number
typed with spaces or a country code still matches its digits.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Query
from sqlalchemy import ColumnElement, Computed, Index, Text, or_
from sqlalchemy.orm import mapped_column

MAX_QUERY_LENGTH = 100
_MIN_DIGITS = 4
# What a phone number is typed as: digits and the marks people put between them.
_PHONE_LIKE = re.compile(r"[+0-9\s().\-/]+")

SearchQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        description="Part of a name, e-mail or phone number (matched literally)",
    ),
]


def search_column(
    *text_columns: str, phone: str | None = None, searchable: tuple[str, ...] = ()
) -> Any:
    """A ``search_text`` column PostgreSQL computes: the text columns lower-cased, then
    the phone's digits, then ``searchable`` columns (already search text: a customer's
    contacts'), separated by spaces. Deferred: only queries read it."""
    parts = [f"lower(coalesce({column}, ''))" for column in text_columns]
    if phone:
        parts.append(f"regexp_replace(coalesce({phone}, ''), '[^0-9]', '', 'g')")
    parts += list(searchable)
    return mapped_column(Text, Computed(" || ' ' || ".join(parts), persisted=True), deferred=True)


def trigram_index(table: str) -> Index:
    return Index(
        f"ix_{table}_search_text_trgm",
        "search_text",
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def _literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matches(column: Any, q: str) -> ColumnElement[bool]:
    """``column`` (a search_text) contains what was typed, literally; or, when it is a
    phone number typed with spaces or marks ("+91 98450 12345"), its digits. (Digits in
    words, "Motors 0001", are not a phone number: matching "0001" alone would find
    thousands of rows the user did not mean.)"""
    wanted = " ".join(q.split()).lower()
    clauses = [column.like(f"%{_literal(wanted)}%", escape="\\")]
    digits = re.sub(r"[^0-9]", "", wanted)
    if len(digits) >= _MIN_DIGITS and digits != wanted and _PHONE_LIKE.fullmatch(wanted):
        clauses.append(column.like(f"%{digits}%"))
    return or_(*clauses)
