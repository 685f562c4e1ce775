"""``ReadModel``: how one resource is read, declared once in its repository."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import BaseModel
from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    cast,
    func,
    literal_column,
    select,
)

from app.core.access import Principal
from app.core.db import ANSWER_COLUMN
from app.core.errors import UnprocessableEntity, field_error
from app.core.reads.fields import (
    _HIDDEN,
    Children,
    Expression,
    FieldSpec,
    Nested,
    _correlated,
    _select_list,
    _values,
    json_value,
)
from app.core.reads.stored import check_of_the_row, stored_part

if TYPE_CHECKING:
    from app.core.reads.pages import _PagePlan

# The read models whose rows keep their answer: each has its trigger function installed
# by a migration, checked against ``answer_function`` by tests/core/test_stored_answers.py.
STORED_READ_MODELS: list[ReadModel] = []


@dataclass
class ReadModel:
    """How one resource is read. ``fields`` maps each answer field to its SQL; fields of
    ``schema`` not listed read the model's same-named column. ``amounts`` print at the
    row's ``currency``."""

    model: type[Any]
    schema: type[BaseModel]
    fields: Mapping[str, FieldSpec] = field(default_factory=dict)
    amounts: tuple[str, ...] = ()
    currency: str = "currency"
    # Columns read for ``finish`` only (not in the answer), and a last step per item for
    # what SQL does not say (a sentence made from an event's data).
    hidden: Mapping[str, Any] = field(default_factory=dict)
    finish: Callable[[dict[str, Any], Mapping[str, Any]], None] | None = None
    # The tie-breaker of keyset pages (a unique column, indexed after the sort columns).
    key: Any = None
    # Each row keeps its whole answer (the model is ``@stored_answer``): a page or record
    # asked for whole reads that text, written once per write instead of once per read.
    stored: bool = False

    def __post_init__(self) -> None:
        declared = dict(self.fields)
        resolved: dict[str, FieldSpec] = {}
        for name in self.schema.model_fields:
            if name in declared:
                resolved[name] = declared[name]
            else:
                resolved[name] = getattr(self.model, name)
        self.fields = resolved
        self.names = tuple(resolved)
        if self.key is None:
            self.key = self.model.id
        self.table = self.model.__table__
        # Built once: the JSON value of every field that does not depend on the caller
        # (building SQL is Python work a request should not repeat), then the SQL text
        # of the object per set of fields asked for.
        plain = {
            name: spec
            for name, spec in resolved.items()
            if not _per_caller(spec) and not isinstance(spec, Children)
        }
        self._values = _values(plain, self.amounts, self.currency)
        for name, spec in resolved.items():
            if isinstance(spec, Children):
                self._values[name] = spec.json(self.key)
        for name, column in self.hidden.items():
            self._values[_HIDDEN + name] = json_value(column)
        self._text: dict[tuple[Any, ...], str] = {}
        # Pages compiled once per shape of request (``_PagePlan``); those holding the
        # caller's own lookups live on the Principal instead.
        self._plans: dict[Any, _PagePlan | None] = {}
        # The caller's own lookups (functions of the Principal, not kept in ``_values``).
        self._lookups = frozenset(name for name in self.names if name not in self._values)
        if self.stored:
            self._check_storable()
            STORED_READ_MODELS.append(self)

    def _check_storable(self) -> None:
        """A stored answer must be a function of its own row, but for the caller's own
        lookups (spliced in when read): no children, nothing from another table (a
        change there would leave it stale), nothing the moment or the session decides
        (``now()``: frozen at the write), no generated column (PostgreSQL computes those
        after the trigger), no last step in Python; and the table must have the column."""
        table = self.table.name
        if ANSWER_COLUMN not in self.table.c:
            raise TypeError(f"{table}: a stored answer needs @stored_answer")
        if self.finish is not None or self.hidden:
            raise TypeError(f"{table}: a stored answer has no finish step nor hidden columns")
        for name in self.names:
            spec = self.fields[name]
            if isinstance(spec, Children):
                raise TypeError(f"{table}.{name}: children are another table's")
            if name in self._values:
                check_of_the_row(table, name, self._values[name], self.table)
        if len(self._lookups) == len(self.names):
            raise TypeError(f"{table}: nothing of its own to store")

    def _runs(self) -> tuple[list[list[str]], list[str]]:
        """The answer's fields as runs of stored ones between the caller's own lookups:
        n lookups, n + 1 runs (some empty)."""
        runs: list[list[str]] = [[]]
        lookups: list[str] = []
        for name in self.names:
            if name in self._values:
                runs[-1].append(name)
            else:
                lookups.append(name)
                runs.append([])
        return runs, lookups

    def answer_function(self) -> str:
        """The body of the trigger function keeping a stored answer: the answer's text as
        a read computes it (the same SQL), of the row being written, in parts around the
        caller's own lookups (``{"id":…,"customer_name":`` and ``,"contact_id":…}``).
        A migration installs it (``CREATE FUNCTION <table>_answer() ... AS $$<body>$$``,
        then a BEFORE INSERT OR UPDATE trigger); tests/core/test_stored_answers.py fails
        while the installed body differs from this one (a field added, a format changed)."""
        runs, lookups = self._runs()
        names = {index: f"run{index}" for index, run in enumerate(runs) if run}
        parts = [
            stored_part(names.get(index), first=index == 0, lookup=lookup)
            for index, lookup in enumerate([*lookups, None])
        ]
        objects = ",\n        ".join(
            "CAST({} AS TEXT)".format(
                "\n".join(line.rstrip() for line in self._computed_item(run).splitlines())
            )
            for run in runs
            if run
        )
        return (
            "\nDECLARE\n"
            + "".join(f"    {name} text;\n" for name in names.values())
            + "BEGIN\n"
            + f"    SELECT {objects}\n    INTO {', '.join(names.values())}\n"
            + f"    FROM (SELECT NEW.*) AS {self.table.name};\n"
            + f"    NEW.{ANSWER_COLUMN} := ARRAY[{', '.join(parts)}];\n"
            + "    RETURN NEW;\nEND;\n"
        )

    def _stored_item(self, principal: Principal) -> Expression:
        """The whole answer from its stored parts, the caller's own lookups between them
        as the computed answer writes them (``null`` when there is none)."""
        _, lookups = self._runs()
        answer: Any = literal_column(f"{self.table.name}.{ANSWER_COLUMN}[1]")
        for index, name in enumerate(lookups, start=1):
            lookup = json_value(_correlated(self.fields[name](principal), self.table))
            value = func.coalesce(cast(func.to_json(lookup), Text), literal_column("'null'"))
            answer = answer.op("||")(value).op("||")(
                literal_column(f"{self.table.name}.{ANSWER_COLUMN}[{index + 1}]")
            )
        return answer  # type: ignore[no-any-return]

    def asks_per_caller(self, names: Sequence[str]) -> bool:
        """Whether the answer of ``names`` holds a caller's own lookup (its plans are then
        kept per caller)."""
        return bool(self._lookups) and not self._lookups.isdisjoint(names)

    def checked_fields(self, wanted: str | None) -> tuple[str, ...]:
        """``?fields=a,b``: those (and ``id``), in the schema's order; unknown -> 422."""
        if not wanted:
            return self.names
        asked = {name.strip() for name in wanted.split(",") if name.strip()}
        unknown = sorted(asked - set(self.names))
        if unknown:
            raise UnprocessableEntity(
                errors=[
                    field_error(
                        "fields",
                        f"unknown field(s): {', '.join(unknown)}; one of: {', '.join(self.names)}",
                        "fields",
                        where="query",
                    )
                ]
            )
        asked.add("id")
        if self.currency in self.names and asked & set(self.amounts):
            asked.add(self.currency)  # an amount is printed with its currency
        return tuple(name for name in self.names if name in asked)

    def _static_list(self, names: Sequence[str], *, hidden: bool = True) -> str:
        """The caller-independent fields asked for as one SQL select list, rendered once
        per set of fields (building SQL is Python work a request should not repeat)."""
        key = (*names, hidden)
        text = self._text.get(key)
        if text is None:
            wanted = [name for name in names if name in self._values]
            if hidden and self.finish is not None:
                wanted += [_HIDDEN + name for name in self.hidden]
            text = _select_list({name: self._values[name] for name in wanted}, self.table)
            self._text[key] = text
        return text

    def item(self, principal: Principal, names: Sequence[str]) -> Expression:
        """One row's answer as JSON text: the stored one when it is kept and asked for
        whole, else ``row_to_json`` of a derived row holding the fields in the schema's
        order (the caller's own lookups, scoped subqueries, among the rest)."""
        if self.stored and tuple(names) == self.names:
            return self._stored_item(principal)
        if all(name in self._values for name in names):
            return literal_column(self._computed_item(names))
        columns: list[Any] = []
        run: list[str] = []
        for name in names:
            if name in self._values:
                run.append(name)
                continue
            if run:
                columns.append(literal_column(self._static_list(run, hidden=False)))
                run = []
            lookup = _correlated(self.fields[name](principal), self.table)
            columns.append(json_value(lookup).label(name))
        if run:
            columns.append(literal_column(self._static_list(run, hidden=False)))
        if self.finish is not None and self.hidden:
            columns.append(literal_column(self._static_list((), hidden=True)))
        row = select(*columns).correlate(self.table).subquery("item")
        return select(func.row_to_json(literal_column("item"))).select_from(row).scalar_subquery()

    def _computed_item(self, names: Sequence[str]) -> str:
        """The SQL of the answer of the row of ``names`` that do not depend on the caller."""
        return f"(SELECT row_to_json(item) FROM (SELECT {self._static_list(names)}) AS item)"

    def rows(
        self, principal: Principal, base: Select[Any], names: Sequence[str], *extra: Any
    ) -> Select[Any]:
        """The statement: ``base`` (scoped, filtered, ordered, limited) with each row's
        JSON as its column. Only the page's rows are written: the item is one costly
        subquery, which PostgreSQL evaluates after the sort and the LIMIT (a top-N sort
        carries the columns, then the page's rows are written; with an index order the
        scan stops at the limit). A statement with DISTINCT or GROUP BY would weigh the
        JSON in those: there the page's keys are picked first and the rows joined back."""
        item = cast(self.item(principal, names), Text).label("item")
        if not (base._distinct or base._group_by_clauses):
            return base.with_only_columns(item, *extra, maintain_column_froms=True)
        keys = base.with_only_columns(self.key.label("k"), maintain_column_froms=True)
        page = keys.subquery("page")
        return (
            select(item, *extra)
            .select_from(self.table.join(page, self.key == page.c.k))
            .order_by(*base._order_by_clauses)
        )

    def finished(self, text: str) -> dict[str, Any]:
        """An item parsed, with ``finish`` applied (its hidden values taken out)."""
        item: dict[str, Any] = orjson.loads(text)
        if self.finish is not None:
            hidden = {name: item.pop(_HIDDEN + name, None) for name in self.hidden}
            self.finish(item, hidden)
        return item


def _per_caller(spec: Any) -> bool:
    """A field computed per caller (a scoped lookup) is a function of the Principal."""
    return callable(spec) and not isinstance(spec, ColumnElement | Nested | Children)
