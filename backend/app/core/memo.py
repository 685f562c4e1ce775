"""Answers remembered for one transaction (a request's, a job's chunk of an import).

A lookup of slowly changing company data (a user by e-mail, the territory of a postal
code, a tax category by code) asked again within the same session answers what it
answered the first time, without a statement: an import of 500 customers naming three
owners reads each owner once per chunk, not 500 times. What may be remembered is
declared with the models it depends on (``depends_on``): a flush of this session that
writes any of them forgets the namespace, so a session that changes the directory never
reads its own stale answer; the end of the transaction (commit or rollback) forgets
everything, so a session living longer (a script's, a test's) reads afresh.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

T = TypeVar("T")
_KEY = "memo"
_DEPENDS: dict[type[Any], set[str]] = {}


def depends_on(namespace: str, *models: type[Any]) -> None:
    """Answers in ``namespace`` hold rows of ``models``: writing one forgets them."""
    for model in models:
        _DEPENDS.setdefault(model, set()).add(namespace)


async def remembered(
    session: AsyncSession, namespace: str, key: Hashable, compute: Callable[[], Awaitable[T]]
) -> T:
    """``compute()``'s answer for ``key``, computed once per session (until forgotten)."""
    memo: dict[str, dict[Hashable, Any]] = session.sync_session.info.setdefault(_KEY, {})
    answers = memo.setdefault(namespace, {})
    if key not in answers:
        answers[key] = await compute()
    return answers[key]  # type: ignore[no-any-return]


@event.listens_for(Session, "before_flush")
def _forget_what_changes(session: Session, _context: Any, _instances: Any) -> None:
    memo: dict[str, Any] | None = session.info.get(_KEY)
    if not memo:
        return
    for entity in (*session.new, *session.dirty, *session.deleted):
        for namespace in _DEPENDS.get(type(entity), ()):
            memo.pop(namespace, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_at_the_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the session's transaction, not a savepoint
        session.info.pop(_KEY, None)
