"""Bulk actions on a list's rows, with a result per row.

Each row runs the same service function, with the same scope and permission checks,
as the single write; it is loaded through the scoped repository, so an id the caller
may not see answers ``not_found`` like an id that does not exist (nothing leaks).
Each row runs in its own savepoint: a refused row is rolled back alone, the others
stay, and the request commits what succeeded (answer 200 with every row's outcome).
The whole answer is stored under an Idempotency-Key like any write, so a retry (or
twenty concurrent twins) applies the batch once.
Decision record: docs/decisions/0012-list-tools.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.errors import (
    AppError,
    FieldError,
    UnprocessableEntity,
    field_error,
    problem_responses,
)

MAX_BULK_ROWS = 500

BulkIds = Annotated[
    list[uuid.UUID],
    Field(
        min_length=1,
        max_length=MAX_BULK_ROWS,
        description=f"The rows to act on (1 to {MAX_BULK_ROWS}; repeats are done once)",
    ),
]
BULK_RESPONSES = problem_responses(401, 403, 422)


class BulkRowResult(BaseModel):
    id: uuid.UUID
    outcome: Literal["ok", "problem"]
    status: int = Field(description="The status the single write would have answered")
    code: str | None = Field(default=None, description="The problem's stable code")
    title: str | None = None
    detail: str | None = None
    errors: list[FieldError] | None = None


class BulkResult(BaseModel):
    """One result per distinct id, in the order sent."""

    results: list[BulkRowResult]
    succeeded: int
    failed: int


def required_for(action: str, name: str, value: Any) -> Any:
    """A body field the chosen action needs: missing is a 422 naming it."""
    if value is None:
        raise UnprocessableEntity(errors=[field_error(name, f"required for {action}", "missing")])
    return value


def _problem(row_id: uuid.UUID, error: AppError) -> BulkRowResult:
    return BulkRowResult(
        id=row_id,
        outcome="problem",
        status=error.status,
        code=error.code,
        title=error.title,
        detail=error.detail,
        errors=error.errors,
    )


async def run_bulk(
    session: AsyncSession,
    ids: Sequence[uuid.UUID],
    apply: Callable[[uuid.UUID], Awaitable[Any]],
) -> BulkResult:
    """``apply`` each id in a savepoint of its own; a refusal is that row's result."""
    results: list[BulkRowResult] = []
    for row_id in dict.fromkeys(ids):
        try:
            async with session.begin_nested():
                await apply(row_id)
        except AppError as error:
            results.append(_problem(row_id, error))
        except StaleDataError:
            results.append(
                BulkRowResult(
                    id=row_id,
                    outcome="problem",
                    status=412,
                    code="precondition_failed",
                    title="Someone else changed this record at the same moment",
                )
            )
        except IntegrityError:
            results.append(
                BulkRowResult(
                    id=row_id,
                    outcome="problem",
                    status=409,
                    code="integrity_conflict",
                    title="The change conflicts with existing data",
                )
            )
        else:
            results.append(BulkRowResult(id=row_id, outcome="ok", status=200))
    failed = sum(1 for result in results if result.outcome == "problem")
    return BulkResult(results=results, succeeded=len(results) - failed, failed=failed)
