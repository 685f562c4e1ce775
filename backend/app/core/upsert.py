"""Upserts by external id: an integration (an ERP) names a record by its own id and
sends what it holds; the record is created, updated, or left as it is.

The domain supplies three steps, each its existing write path (validation, placement
checks, audit, events): ``find`` the visible record with that external id, ``create``
it, ``update`` it. This module decides which runs and what came of it:

* ``created`` when no record has the id (201), ``updated`` when the update wrote
  something, ``unchanged`` when it wrote nothing: no UPDATE, no version bump, no event
  (the stream's count of written events is the judge, ``events.events_written``);
* a record with the id that the caller may not see is the domain's "external id taken"
  409, as a create naming a taken id is; it is never updated;
* two callers creating the same new id at once: the unique key lets one in, the other
  finds the record committed meanwhile and updates it (its create ran in a savepoint;
  a twin committed between its lookup and its check for a hidden holder is looked up
  again, not refused);
  a set's record (an import's, looked up with its chunk: ``found``) is refused as taken
  instead, its own savepoint rolled back;
* preconditions (RFC 9110): ``If-Match`` (a version, or ``*``: the record must exist)
  and ``If-None-Match: *`` (create only) answer 412 when they do not hold. Without
  them a PUT applies to the record as it is now: the integration is the source of the
  fields it sends.

Decision record: docs/decisions/0038-import-export-by-external-id.md.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Generic, Protocol, TypeVar

from fastapi import Header, Path, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.interfaces import ORMOption

from app.core.concurrency import etag_for
from app.core.db import Entity
from app.core.errors import (
    AppError,
    FieldError,
    PreconditionFailed,
    UnprocessableEntity,
    field_error,
    problem_responses,
)
from app.core.events import events_written
from app.core.money import round_unit_price
from app.core.reads import dumps
from app.core.repository import ScopedRepository

M = TypeVar("M", bound=Entity)
B = TypeVar("B", bound=BaseModel)

MAX_EXTERNAL_ID = 100
# An ERP's id as a path segment: 1 to 100 characters, no control characters, no
# surrounding spaces ("/" is allowed: the route takes the rest of the path).
EXTERNAL_ID_PATTERN = r"^[^\s\x00-\x1f\x7f]([^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"
ExternalIdPath = Annotated[
    str,
    Path(
        min_length=1,
        max_length=MAX_EXTERNAL_ID,
        pattern=EXTERNAL_ID_PATTERN,
        description="The record's id in the integration's system (unique per resource)",
        examples=["SAP-C100042"],
    ),
]
IfMatchOptional = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='Update only this version (its ETag, e.g. "3"), or * (only if it exists)',
    ),
]
IfNoneMatchOptional = Annotated[
    str | None,
    Header(alias="If-None-Match", description="* : create only (412 when it exists)"),
]


class UpsertOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Upserted(Generic[M]):
    entity: M
    outcome: UpsertOutcome

    @property
    def created(self) -> bool:
        return self.outcome is UpsertOutcome.CREATED


@dataclass(frozen=True)
class Preconditions:
    """The conditional headers of a PUT (both absent for a bulk import's rows)."""

    if_match: str | None = None
    if_none_match: str | None = None

    def check(self, current_version: int | None) -> None:
        if self.if_none_match is not None and self.if_none_match.strip() == "*":
            if current_version is not None:
                raise PreconditionFailed(
                    "A record with this external id exists (If-None-Match: *)",
                    headers={"ETag": etag_for(current_version)},
                )
        if self.if_match is None:
            return
        if current_version is None:
            raise PreconditionFailed("No record has this external id (If-Match)")
        tag = self.if_match.strip()
        if tag == "*":
            return
        if tag.removeprefix("W/").strip('"') != str(current_version):
            raise PreconditionFailed(
                "Someone else changed this record since you loaded it; "
                "reload it and apply your change again",
                headers={"ETag": etag_for(current_version)},
            )


NO_PRECONDITIONS = Preconditions()


def built(model: type[B], **fields: Any) -> B:
    """The domain's create or update input made from an upsert's fields: a field sent as
    ``null`` that the record cannot do without is a 422 naming it where the PUT's body
    has it (not an error of the server's)."""
    try:
        return model(**fields)
    except ValidationError as invalid:
        raise UnprocessableEntity(
            errors=[
                FieldError(loc=["body", *error["loc"]], msg=error["msg"], type=error["type"])
                for error in invalid.errors(include_url=False, include_context=False)
            ]
        ) from None


@dataclass(frozen=True)
class Found(Generic[M]):
    """One record's lookup made beforehand with others (an import's chunk): the visible
    record with the external id, or whether one out of the caller's sight holds it."""

    existing: M | None
    held_elsewhere: bool = False


async def prefetch(
    repo: ScopedRepository[M], external_ids: Collection[str], *options: ORMOption
) -> dict[str, Found[M]]:
    """``Found`` for each external id, in two statements (plus the loads ``options``
    name) for the set."""
    visible, held = await repo.with_external_ids(external_ids, *options)
    return {key: Found(visible.get(key), key in held) for key in external_ids}


async def upsert(
    session: AsyncSession,
    *,
    find: Callable[[], Awaitable[M | None]],
    create: Callable[[], Awaitable[M]],
    update: Callable[[M], Awaitable[M]],
    taken: type[AppError],
    held_elsewhere: Callable[[], Awaitable[bool]] | None = None,
    preconditions: Preconditions = NO_PRECONDITIONS,
    found: Found[M] | None = None,
) -> Upserted[M]:
    """Create or update the record ``find`` answers (see the module's docstring).
    ``taken`` is the domain's 409 for an external id another record holds: raised when
    ``held_elsewhere`` (a record out of the caller's sight has the id; omitted where
    every record is visible), or by the unique key. ``found``: both looked up already."""
    if found is not None:
        existing, held = found.existing, found.held_elsewhere
    else:
        existing = await find()
        held = existing is None and held_elsewhere is not None and await held_elsewhere()
        if held:
            # A concurrent twin may have committed between the two reads: the unscoped
            # one saw it, the first did not. Only a record still out of sight is taken.
            existing = await find()
            held = existing is None
    if existing is None and held:
        raise taken()
    preconditions.check(existing.version if existing is not None else None)
    if existing is None:
        if found is not None:
            # A set's upsert (an import's chunk) runs each record in a savepoint of its
            # own already: a twin created meanwhile refuses this record as taken.
            return Upserted(await create(), UpsertOutcome.CREATED)
        try:
            async with session.begin_nested():
                return Upserted(await create(), UpsertOutcome.CREATED)
        except taken:
            # Invisible to the caller (refused as taken), or created a moment ago by a
            # concurrent twin (then visible now: update it).
            existing = await find()
            if existing is None:
                raise
            preconditions.check(existing.version)
    before = events_written(session)
    entity = await update(existing)
    await session.flush()
    changed = events_written(session) > before
    return Upserted(entity, UpsertOutcome.UPDATED if changed else UpsertOutcome.UNCHANGED)


_OUTCOME_HEADER = {
    "Upsert-Outcome": {
        "description": "created, updated or unchanged (the same version: no event written)",
        "schema": {"type": "string", "enum": [outcome.value for outcome in UpsertOutcome]},
    },
    "ETag": {"description": "The record's version", "schema": {"type": "string"}},
}


def upsert_responses(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """A PUT by external id's answers, for the OpenAPI document."""
    return {
        200: {"description": "Updated, or unchanged", "headers": _OUTCOME_HEADER},
        201: {"model": model, "description": "Created", "headers": _OUTCOME_HEADER},
        **problem_responses(401, 403, 409, 412, 422),
    }


def upserted_answer(item: Mapping[str, Any], upserted: Upserted[Any]) -> Response:
    """A PUT's answer: the record as its read shows it, 201 when created (else 200), its
    ETag, and ``Upsert-Outcome`` (created, updated or unchanged)."""
    return Response(
        content=dumps(item),
        status_code=201 if upserted.created else 200,
        media_type="application/json",
        headers={
            "ETag": etag_for(upserted.entity.version),
            "Upsert-Outcome": upserted.outcome.value,
        },
    )


# --- documents (orders, invoices): content fixed after a point, statuses in words ----


def check_fixed(
    entity: Any,
    fields: Mapping[str, Any],
    names: Collection[str],
    *,
    what: str,
    sent_as: Mapping[str, str] | None = None,
) -> None:
    """Fields set when the record is made (a document's customer, currency): sent with
    another value later, a 422 of type ``fixed`` naming each as it was sent
    (``sent_as``: ``customer_id`` named by ``customer_external_id``)."""
    fixed = [n for n in names if n in fields and fields[n] != getattr(entity, n)]
    if fixed:
        msg = f"is set when the {what} is made and does not change"
        named = sent_as or {}
        raise UnprocessableEntity(
            errors=[field_error(named.get(n, n), msg, "fixed") for n in fixed]
        )


def without_defaulted_nulls(
    fields: Mapping[str, Any], defaulted: Collection[str]
) -> dict[str, Any]:
    """The fields sent, less a ``null`` for one a new record takes a default for (the
    customer's currency, today): ``null`` there means "the default" when the record is
    made and "as it is" afterwards, so an ERP that replays the body it created the
    record with gets ``unchanged``."""
    return {k: v for k, v in fields.items() if not (v is None and k in defaulted)}


def changed_fields(
    entity: Any, fields: Mapping[str, Any], names: Collection[str]
) -> dict[str, Any]:
    """The fields among ``names`` sent with a value the record does not have."""
    return {n: fields[n] for n in names if n in fields and fields[n] != getattr(entity, n)}


class DocumentLine(Protocol):
    """A document's line as stored, or as sent (``None``: not sent)."""

    @property
    def product_id(self) -> Any: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal | None: ...
    @property
    def discount_percent(self) -> Decimal: ...
    @property
    def description(self) -> str | None: ...


def same_lines(current: Sequence[DocumentLine], wanted: Sequence[DocumentLine]) -> bool:
    """Whether a document's lines sent are its lines: the same products, quantities and
    discounts in order; a price or description left out is the line's own (a replay of
    a priced document without prices is the same document)."""
    if len(current) != len(wanted):
        return False
    return all(
        line.product_id == data.product_id
        and line.quantity == data.quantity
        and line.discount_percent == data.discount_percent
        and (data.unit_price is None or line.unit_price == round_unit_price(data.unit_price))
        and (data.description is None or line.description == data.description)
        for line, data in zip(current, wanted, strict=True)
    )


@dataclass(frozen=True)
class StatusWords:
    """The statuses an integration sets on a document (its words: ``confirmed``), and
    the document's statuses that meet each (a delivered order is still ``confirmed``
    to the ERP): what an upsert moves and what an export writes."""

    meets: Mapping[str, Collection[str]]

    def met(self, wanted: str, status: str) -> bool:
        return status in self.meets[wanted]

    def word_of(self, status: str) -> str:
        return next(word for word, met in self.meets.items() if status in met)

    def as_upserted(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """A record as read, its status in the words (an export that imports again
        unchanged)."""
        return {**item, "status": self.word_of(item["status"])}
