"""The read path: lists and single reads at the speed of their SQL.

A resource declares how it is read, once (a ``ReadModel`` in its repository): each
field of its answer schema as a SQL expression over its table (by default the
same-named column), objects made of columns of the same row (``Nested``), lists of
child rows (``Children``), and values from other tables as scalar subqueries (a
customer's name, scoped).

PostgreSQL writes the answer. A page is one statement: the domain's scoped, filtered
statement (its WHERE, the keyset seek, ORDER BY, LIMIT: an index range) with each row's
JSON text as a subquery in its select list (``row_to_json`` of a derived row), children
included (``json_agg`` of a correlated, indexed subquery). PostgreSQL evaluates that
subquery after the sort and the LIMIT, on the page's rows only, so a page's cost does
not grow with how many rows the filter matches (``ReadModel.rows``). Python only joins
the texts into the page's bytes: no ORM objects, no dicts, no second validation.

The schema stays the contract (OpenAPI), and tests check PostgreSQL's answer against
pydantic's for the same records (tests/core/test_reads.py): times print as pydantic
prints them (UTC, "Z", microseconds only when there are any), amounts at their
currency's minor unit (``money.amount_sql``). ``?fields=`` selects only the fields
asked for. The answer carries an ETag; a request whose If-None-Match matches is
answered 304 without a body.

A resource whose answer is its own row's but for the caller's lookups may keep it
(``stored=True``): a trigger writes each row's answer text, in parts around those
lookups, on every insert and update, and a whole answer is read from the parts with the
lookups spliced in, instead of being written again on every read.
Decision records: docs/decisions/0011-read-path.md, 0048-stored-answers.md.

Modules: ``fields`` (a field as SQL), ``model`` (``ReadModel``), ``stored`` (what a
stored answer may hold, its parts), ``pages`` (pages and records, compiled once per
shape, sent to the driver), ``answers`` (the bytes, ETag and 304, partial answers).
"""

from app.core.reads.answers import (
    JSON_TYPE,
    NOT_MODIFIED,
    PARTIAL_JSON_TYPE,
    FieldsQuery,
    document_partial_answers,
    dumps,
    json_answer,
    loads,
    written,
)
from app.core.reads.fields import Children, Nested, api_time, json_value, visible_value
from app.core.reads.model import STORED_READ_MODELS, ReadModel
from app.core.reads.pages import execute, fetch, read_one, read_page, read_rows, version_etag

__all__ = [
    "JSON_TYPE",
    "NOT_MODIFIED",
    "PARTIAL_JSON_TYPE",
    "STORED_READ_MODELS",
    "Children",
    "FieldsQuery",
    "Nested",
    "ReadModel",
    "api_time",
    "document_partial_answers",
    "dumps",
    "execute",
    "fetch",
    "json_answer",
    "json_value",
    "loads",
    "read_one",
    "read_page",
    "read_rows",
    "version_etag",
    "visible_value",
    "written",
]
