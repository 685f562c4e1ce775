"""Per-item results of a batch the phone pushes (location pings, and the generic push
of offline changes, ``POST /sync/push``, which adds ``conflict``).

Each item sent with its client id gets its own result: ``applied`` (stored now),
``duplicate`` (stored before: sending it again changes nothing, however often the
phone retries), ``conflict`` (an offline edit overlapping a newer one on the server:
both values come back, nothing is written) or ``rejected`` with a problem body (RFC
9457 fields, naming the item's field in ``errors``). One bad item never loses the
others: the batch keeps the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, Field

from app.core.errors import AppError, FieldError, field_error


class ItemOutcome(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class ItemProblem(BaseModel):
    """Why one item was refused: the problem body its single write would answer."""

    type: str = "about:blank"
    title: str
    status: int
    code: str
    detail: str | None = None
    errors: list[FieldError] | None = None


class ItemResult(BaseModel):
    id: uuid.UUID = Field(description="The item's client id, as sent")
    outcome: ItemOutcome
    problem: ItemProblem | None = Field(default=None, description="Set when rejected")


class BatchResult(BaseModel):
    """One result per item, in the order sent, and the counts of each outcome."""

    results: list[ItemResult]
    applied: int
    duplicate: int
    rejected: int
    conflict: int = 0


def rejected(
    item_id: uuid.UUID,
    *,
    code: str,
    title: str,
    field: str,
    msg: str,
    where: tuple[str, int],
) -> ItemResult:
    """A refused item (422), its field named as ``body.<list>.<index>.<field>``
    (``where`` is the list's name and the item's index in it)."""
    error = field_error(field, msg)
    error.loc = ["body", where[0], where[1], field]
    return ItemResult(
        id=item_id,
        outcome=ItemOutcome.REJECTED,
        problem=ItemProblem(title=title, status=422, code=code, errors=[error]),
    )


def count_outcomes(outcomes: Iterable[ItemOutcome | str]) -> dict[ItemOutcome, int]:
    """How many items had each outcome (a StrEnum: ``"applied"`` counts as APPLIED)."""
    counts = dict.fromkeys(ItemOutcome, 0)
    for outcome in outcomes:
        counts[outcome] += 1  # type: ignore[index]
    return counts


def batch_result(results: list[ItemResult]) -> BatchResult:
    counts = count_outcomes(result.outcome for result in results)
    return BatchResult(
        results=results,
        applied=counts[ItemOutcome.APPLIED],
        duplicate=counts[ItemOutcome.DUPLICATE],
        rejected=counts[ItemOutcome.REJECTED],
        conflict=counts[ItemOutcome.CONFLICT],
    )


def problem_of(error: AppError) -> ItemProblem:
    """The problem body a domain error answers, for one item of a batch."""
    return ItemProblem(
        title=error.title,
        status=error.status,
        code=error.code,
        detail=error.detail,
        errors=error.errors,
    )
