"""Stored answers (decision 0048): what a stored field may be made of, and the parts
of the text a trigger keeps (``ReadModel.answer_function``)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Column
from sqlalchemy.sql import visitors
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.util import find_tables

from app.core.reads.fields import Expression

# The functions a stored field may use: of their arguments alone, whatever the moment,
# the session or the caller (what the read path's SQL uses today). Another one is added
# here once it is known to be so.
_FUNCTIONS_OF_THE_ROW = frozenset(
    {"coalesce", "greatest", "replace", "round", "row_to_json", "scale", "timezone"}
    | {"to_char", "trim_scale"}
)


def check_of_the_row(table: str, name: str, value: Expression, own: Any) -> None:
    """Refuse a stored field whose value is not its row's alone (``TypeError``, at import)."""
    for element in visitors.iterate(getattr(value, "__clause_element__", lambda: value)()):
        if isinstance(element, FunctionElement) and element.name not in _FUNCTIONS_OF_THE_ROW:
            raise TypeError(f"{table}.{name}: {element.name}() may not give the same answer")
        if isinstance(element, Column) and element.computed is not None:
            raise TypeError(f"{table}.{name}: generated columns are computed after triggers")
    if any(
        found is not None and found is not own for found in find_tables(value, check_columns=True)
    ):
        raise TypeError(f"{table}.{name}: reads another table")


def stored_part(run: str | None, *, first: bool, lookup: str | None) -> str:
    """SQL of one part of a stored answer: the members of a run of stored fields (``run``
    names the variable holding their object's text; None for an empty run) between what
    joins them to their neighbours: the opening brace (first part) or a comma before,
    the next lookup's key (``,"customer_name":``) or the closing brace (last part)
    after. The parts and the lookups' values, alternately, are the answer's text."""
    before = "{" if first else ("," if run is not None else "")
    if lookup is None:
        after = "}"
    else:
        after = ("," if run is not None or not first else "") + json.dumps(lookup) + ":"
    if run is None:
        return _sql_text(before + after)
    return f"{_sql_text(before)} || substr({run}, 2, length({run}) - 2) || {_sql_text(after)}"


def _sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"
