"""A read model's fields as SQL: each field's JSON value by its type (times as pydantic
prints them, amounts at their currency's digits), objects of the same row's columns,
child rows as JSON arrays, the caller's own lookups bound to the page's row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Numeric,
    ScalarSelect,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql.asyncpg import dialect as postgresql_dialect
from sqlalchemy.sql import operators

from app.core.access import Principal, scope_clause
from app.core.money import amount_sql

Expression = ColumnElement[Any]
FieldSpec = Any  # a column expression, a Nested, a Children, or a function of the Principal
_HIDDEN = "__hidden_"


@dataclass(frozen=True)
class Nested:
    """An object of the answer made of columns of the same row (a lead's address)."""

    fields: Mapping[str, Any]


@dataclass(frozen=True)
class Children:
    """A list of child rows in the answer (a customer's addresses), in ``order_by``
    (fields of the child): a correlated subquery per row of the page, on the child's
    indexed foreign key, aggregated into a JSON array by PostgreSQL."""

    foreign_key: Any
    fields: Mapping[str, Any]
    order_by: Sequence[Any] = ()
    where: Sequence[Any] = ()
    amounts: tuple[str, ...] = ()
    currency: str = "currency"

    def json(self, parent_key: Any) -> Expression:
        values = _values(self.fields, self.amounts, self.currency)
        rows = (
            select(*(value.label(name) for name, value in values.items()))
            .where(self.foreign_key == parent_key, *self.where)
            .correlate(parent_key.table)
            .subquery("child")
        )
        order = [_field_of(self.fields, rows, column) for column in self.order_by]
        row: Expression = literal_column("child")
        array = func.json_agg(aggregate_order_by(row, *order) if order else row)
        return (
            select(func.coalesce(array, literal_column("'[]'::json")))
            .select_from(rows)
            .scalar_subquery()
        )


def _field_of(fields: Mapping[str, Any], rows: Any, column: Any) -> Any:
    """The child row's field that ``column`` (an ORDER BY of the children) reads."""
    descending = getattr(column, "modifier", None) is operators.desc_op
    plain = column.element if descending else column
    for name, spec in fields.items():
        if spec is plain or (hasattr(spec, "compare") and spec.compare(plain)):
            return rows.c[name].desc() if descending else rows.c[name]
    raise ValueError(f"children are ordered by their own fields; {column} is not one")


def visible_value(model: type[Any], column: Any, key: Any, principal: Principal) -> Expression:
    """``column`` of the ``model`` row whose id is ``key``, when the caller may see that
    row (else null): a customer's name on a deal the caller sees but not the customer."""
    return select(column).where(model.id == key, scope_clause(model, principal)).scalar_subquery()


def api_time(value: Any) -> Expression:
    """A timestamp as pydantic prints it: UTC, "Z", microseconds only when non-zero."""
    text = func.to_char(func.timezone("UTC", value), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    return func.replace(text, ".000000Z", "Z")


def json_value(expression: Any) -> Expression:
    """An expression as the answer prints it, by its SQL type: times as above, decimals
    as ``format_amount`` prints a decimal without a currency, the rest as JSON has it."""
    kind = expression.type
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return api_time(expression)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return amount_sql(expression, None)
    return expression  # type: ignore[no-any-return]


def _values(
    fields: Mapping[str, Any], amounts: Sequence[str], currency_field: str
) -> dict[str, Expression]:
    currency = fields.get(currency_field)
    values: dict[str, Expression] = {}
    for name, spec in fields.items():
        if isinstance(spec, Nested):
            values[name] = _object(list(_values(spec.fields, (), currency_field).items()))
        elif isinstance(spec, Children):
            raise TypeError("children are attached by the read model, not nested")
        elif name in amounts:
            values[name] = amount_sql(spec, currency)
        else:
            values[name] = json_value(spec)
    return values


def _object(pairs: Sequence[tuple[str, Expression]]) -> Expression:
    """An object made of a row's columns (a lead's address): ``row_to_json`` of a
    derived row, like records and children. (``json_build_object`` looks up each
    argument's type on every call: 6 µs a row for an address, against 1 µs.)"""
    row = select(*(value.label(name) for name, value in pairs))
    fields = row.correlate(*row.get_final_froms()).subquery("nested")
    return select(func.row_to_json(literal_column("nested"))).select_from(fields).scalar_subquery()


def _correlated(value: Any, table: Any) -> Any:
    """A per-caller lookup (a scalar subquery) bound to the page's row, even from inside
    the derived row the JSON is written from."""
    return value.correlate(table) if isinstance(value, ScalarSelect) else value


_DIALECT = postgresql_dialect()  # type: ignore[no-untyped-call]
_LABEL = "read_path_item"


def _sql_of(value: Expression, table: Any) -> str:
    """An expression over ``table``'s row as SQL text, constants inlined (rendered in a
    SELECT from the table, so subqueries correlate to it)."""
    stmt = select(value.label(_LABEL)).select_from(table)
    sql = str(stmt.compile(dialect=_DIALECT, compile_kwargs={"literal_binds": True}))
    head, found, _ = sql.rpartition(f" AS {_LABEL} ")
    if not found or not head.startswith("SELECT "):
        raise ValueError(f"unexpected SQL for a read field: {sql}")
    return head.removeprefix("SELECT ")


def _select_list(values: Mapping[str, Expression], table: Any) -> str:
    return ", ".join(f'{_sql_of(value, table)} AS "{name}"' for name, value in values.items())
