"""The push: a batch of changes the phone recorded offline, each answered on its own.

* **Duplicates.** Every change has the phone's ``client_id``. Its answer is stored
  (core idempotency, keyed ``push:<caller>`` + client id) in the same transaction as
  the change, so a change sent again, however often and whether or not its first
  answer arrived, answers ``duplicate`` with the first answer and writes nothing.
  Pings are stored once by their own id (the locations service).
* **Isolation.** Each change runs in its own savepoint: a refused one (a problem body,
  the status its single write would answer) or a conflict leaves no trace, and the
  others are kept. Pings go in one set-wise insert.
* **Sets.** Consecutive creates the domains make set-wise (visits, to-dos, expense
  lines: ``SET_HANDLERS``) are gathered until a change of another kind (which may
  depend on them, or they on it) and applied per entity, all in one savepoint: each
  domain checks its set in a few statements (a refused change is answered alone and
  not written), and the rest is inserted together (``core.bulk_insert``: one INSERT
  per table, one for their events), so the statements per batch do not grow with
  its size. When that insert clashes (an id created before, a key taken meanwhile),
  the gathered changes are applied one by one as above.
* **Rules** are the domains' own (``handlers.py``); scoping too: another person's record
  is the domain's 404, saying nothing about it.
* **Answers** are plain dicts shaped as ``PushResult`` (the documented answer), written
  once with orjson by the router: a batch's 500 results as pydantic models (made,
  copied, dumped for the idempotency store, validated again as the response) cost it
  7 % of its CPU.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import idempotency
from app.core.access import Principal
from app.core.bulk_insert import inserts_together
from app.core.errors import AppError, FieldError, PayloadTooLarge
from app.core.push import ItemOutcome, ItemProblem, count_outcomes, problem_of
from app.core.reads import dumps, loads
from app.core.repository import Saved
from app.locations import service as locations
from app.locations.schemas import PingIn
from app.sync.handlers import HANDLERS, SET_HANDLERS, Answer, PushConflict, Written, parse
from app.sync.schemas import (
    MAX_PUSH_RECORDS,
    PushEntity,
    PushRecord,
    PushResult,
)

# A change's result as its JSON answers it: ``PushResult``'s fields, in its order.
Result = dict[str, Any]


def _result(
    record: PushRecord,
    outcome: ItemOutcome,
    record_id: uuid.UUID | None,
    version: int | None = None,
) -> Result:
    """An applied or duplicate change's result (the values are checked already)."""
    return {
        "id": record.client_id,
        "outcome": outcome,
        "problem": None,
        "entity": record.entity,
        "record_id": record_id,
        "version": version,
        "server_version": None,
        "conflicts": None,
    }


def _modelled(record: PushRecord, outcome: ItemOutcome, **fields: Any) -> Result:
    """A refusal or a conflict, made as the model (its problem's or conflicts' fields
    checked), as a dict like the others."""
    result = PushResult(
        id=record.client_id,
        entity=record.entity,
        record_id=record.record_id,
        outcome=outcome,
        **fields,
    )
    return result.model_dump(mode="json")


def _subject(principal: Principal) -> str:
    return f"push:{principal.api_key_id or principal.user_id}"


def _fingerprint(record: PushRecord) -> str:
    """The change without its client id, as sorted JSON (orjson), hashed; marked ``2:``
    (the earlier form, json.dumps' text, cost a batch 5 % of its CPU; an answer stored
    with it is still recognised: ``_same_change``)."""
    payload = _payload(record)
    try:
        text = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # what orjson cannot write: an integer over 64 bits
        text = json.dumps(payload, sort_keys=True).encode()
    return _FINGERPRINT_MARK + hashlib.sha256(text).hexdigest()[: 64 - len(_FINGERPRINT_MARK)]


_FINGERPRINT_MARK = "2:"


def _payload(record: PushRecord) -> dict[str, Any]:
    """What ``model_dump(mode="json")`` gives without the client id, made directly
    (``data`` is JSON as the body had it), half the time."""
    return {
        "base_version": record.base_version,
        "data": record.data,
        "entity": record.entity.value,
        "operation": record.operation,
        "record_id": None if record.record_id is None else str(record.record_id),
    }


def _same_change(stored: str, fingerprint: str, record: PushRecord) -> bool:
    """Whether a stored answer's fingerprint is this change's: in today's form, or in
    the earlier one (json.dumps' sorted text, unmarked hex) for an answer stored before
    it (answers live ``idempotency_retention_hours``: a phone retrying across a deploy
    must hear ``duplicate``, not that its client id was reused)."""
    if stored.startswith(_FINGERPRINT_MARK):
        return stored == fingerprint
    earlier = json.dumps(_payload(record), sort_keys=True).encode()
    return stored == idempotency.record_fingerprint(earlier)


def _where(index: int, loc: list[str | int]) -> list[str | int]:
    return ["body", "records", index, *loc]


def _rejected(record: PushRecord, problem: ItemProblem) -> Result:
    return _modelled(record, ItemOutcome.REJECTED, problem=problem)


def _invalid(record: PushRecord, index: int, error: ValidationError) -> Result:
    errors = [
        FieldError(loc=_where(index, ["data", *e["loc"]]), msg=e["msg"], type=e["type"])
        for e in error.errors()
    ]
    problem = ItemProblem(title="Invalid input", status=422, code="validation_error", errors=errors)
    return _rejected(record, problem)


def _refused(record: PushRecord, index: int, error: AppError) -> Result:
    problem = problem_of(error)
    if problem.errors:
        # Copies: one refusal may answer several changes of a set.
        problem.errors = [
            field.model_copy(update={"loc": _change_field(index, field.loc)})
            for field in problem.errors
        ]
    return _rejected(record, problem)


def _change_field(index: int, loc: list[str | int]) -> list[str | int]:
    """Where a refused field is: one of the change itself (base_version, record_id) or
    of its data."""
    where = _where(index, [part for part in loc if part != "body"])
    if where[3] not in {"base_version", "record_id"}:
        where.insert(3, "data")
    return where


def _answered(record: PushRecord, index: int, answer: Answer | PushConflict) -> Result:
    """A change's result from what its handler answered or raised."""
    if isinstance(answer, Saved):
        answer = Written(answer.entity.id, answer.entity.version, answer.created)
    if isinstance(answer, Written):
        outcome = ItemOutcome.APPLIED if answer.created else ItemOutcome.DUPLICATE
        return _result(record, outcome, answer.record_id, answer.version)
    if isinstance(answer, PushConflict):
        return _modelled(
            record,
            ItemOutcome.CONFLICT,
            server_version=answer.server_version,
            conflicts=answer.conflicts,
        )
    if isinstance(answer, ValidationError):
        return _invalid(record, index, answer)
    return _refused(record, index, answer)


def _unknown(record: PushRecord, index: int) -> Result:
    problem = ItemProblem(
        title="Unknown operation",
        status=422,
        code="sync.unknown_operation",
        errors=[
            FieldError(
                loc=_where(index, ["operation"]),
                msg=f"{record.operation!r} is not an operation on {record.entity.value}",
                type="value_error",
            )
        ],
    )
    return _rejected(record, problem)


_FORBIDDEN = ItemProblem(title="Not allowed", status=403, code="auth.forbidden")
_CLASH = ItemProblem(
    title="This change clashes with a stored record", status=409, code="sync.clash"
)


async def _apply(
    session: AsyncSession, principal: Principal, record: PushRecord, index: int
) -> Result:
    found = HANDLERS.get((record.entity, record.operation))
    if found is None:
        return _unknown(record, index)
    permission, handler = found
    if not principal.has(permission):
        return _rejected(record, _FORBIDDEN)
    try:
        async with session.begin_nested():
            written = await handler(session, principal, record)
    except (PushConflict, ValidationError, AppError) as error:
        return _answered(record, index, error)
    except IntegrityError:
        return _rejected(record, _CLASH)
    return _answered(record, index, written)


async def _apply_sets(
    session: AsyncSession, principal: Principal, pending: list[tuple[int, PushRecord]]
) -> dict[int, Result]:
    """Gathered creates, per entity in the order sent, each set through its domain's
    set-wise create (each change answered alone), all in one savepoint and written in
    one flush; when that write clashes, the changes are applied one by one instead."""
    groups: dict[tuple[PushEntity, str], list[tuple[int, PushRecord]]] = {}
    for index, record in pending:
        groups.setdefault((record.entity, record.operation), []).append((index, record))
    results: dict[int, Result] = {}
    answered: list[tuple[int, PushRecord, Answer]] = []
    try:
        async with session.begin_nested(), inserts_together(session):
            for kind, items in groups.items():
                permission, handler = SET_HANDLERS[kind]
                if not principal.has(permission):
                    results.update({i: _rejected(record, _FORBIDDEN) for i, record in items})
                    continue
                answers = await handler(session, principal, [record for _, record in items])
                answered += [(i, r, a) for (i, r), a in zip(items, answers, strict=True)]
    except (IntegrityError, AppError):
        for index, record in pending:
            results[index] = await _apply(session, principal, record, index)
        return results
    for index, record, answer in answered:
        results[index] = _answered(record, index, answer)
    return results


async def _push_pings(
    session: AsyncSession,
    principal: Principal,
    pings: list[tuple[int, PushRecord]],
    results: dict[int, Result],
) -> None:
    """Every ping of the batch in the locations service's one set-wise insert."""
    parsed: list[tuple[int, PushRecord, PingIn]] = []
    for index, record in pings:
        if record.operation != "create":
            results[index] = _rejected(
                record,
                ItemProblem(
                    title="Unknown operation",
                    status=422,
                    code="sync.unknown_operation",
                    errors=[
                        FieldError(
                            loc=_where(index, ["operation"]),
                            msg="pings are only created",
                            type="value_error",
                        )
                    ],
                ),
            )
            continue
        try:
            ping = parse(PingIn, {**record.data, "id": record.client_id})
        except ValidationError as error:
            results[index] = _invalid(record, index, error)
            continue
        parsed.append((index, record, ping))
    if not parsed:
        return
    stored = await locations.store_pings(session, principal, pings=[p for _, _, p in parsed])
    for (index, record, _), item in zip(parsed, stored, strict=True):
        if isinstance(item, ItemOutcome):
            results[index] = _result(record, item, record.client_id)
            continue
        problem = item.problem
        assert problem is not None  # a refusal's result
        for field in problem.errors or []:
            field.loc = _where(index, ["data", field.loc[-1]])
        results[index] = _rejected(record, problem) | {"record_id": None}


async def push(
    session: AsyncSession, principal: Principal, *, records: list[PushRecord]
) -> dict[str, Any]:
    """The batch applied; its answer, shaped as ``PushAnswer``."""
    if len(records) > MAX_PUSH_RECORDS:
        raise PayloadTooLarge(
            f"At most {MAX_PUSH_RECORDS} changes per push",
            code="sync.batch_too_large",
            errors=[FieldError(loc=["body", "records"], msg="too many", type="too_long")],
        )
    subject = _subject(principal)
    results: dict[int, Result] = {}
    pings = [(i, r) for i, r in enumerate(records) if r.entity is PushEntity.LOCATION_PINGS]
    await _push_pings(session, principal, pings, results)
    others = [(i, r) for i, r in enumerate(records) if r.entity is not PushEntity.LOCATION_PINGS]
    stored = await idempotency.find_many(
        session, subject=subject, keys=list({str(r.client_id) for _, r in others})
    )
    answers: list[tuple[str, str, bytes]] = []
    seen: dict[str, tuple[str, Result]] = {}
    pending: dict[str, tuple[int, PushRecord, str]] = {}  # set-wise creates gathered

    def keep(index: int, key: str, fingerprint: str, result: Result) -> None:
        results[index] = result
        if result["outcome"] in (ItemOutcome.APPLIED, ItemOutcome.DUPLICATE):
            seen[key] = (fingerprint, result)
            answers.append((key, fingerprint, dumps({**result, "outcome": "applied"})))

    async def apply_pending() -> None:
        if not pending:
            return
        applied = await _apply_sets(session, principal, [(i, r) for i, r, _ in pending.values()])
        for key, (index, _, fingerprint) in pending.items():
            keep(index, key, fingerprint, applied[index])
        pending.clear()

    for index, record in others:
        key, fingerprint = str(record.client_id), _fingerprint(record)
        if key in pending:  # sent twice in the batch: the first is answered first
            await apply_pending()
        earlier = stored.get(key)
        if earlier is not None or key in seen:
            first_print, first = (
                (earlier.fingerprint, loads(earlier.body)) if earlier is not None else seen[key]
            )
            if not _same_change(first_print, fingerprint, record):
                results[index] = _reused(record, index)
            else:
                results[index] = {**first, "outcome": ItemOutcome.DUPLICATE}
            continue
        if (record.entity, record.operation) in SET_HANDLERS:
            pending[key] = (index, record, fingerprint)
            continue
        await apply_pending()
        keep(index, key, fingerprint, await _apply(session, principal, record, index))
    await apply_pending()
    await idempotency.store_many(session, subject=subject, answers=answers)
    ordered = [results[i] for i in range(len(records))]
    counts = count_outcomes(result["outcome"] for result in ordered)
    return {
        "results": ordered,
        "applied": counts[ItemOutcome.APPLIED],
        "duplicate": counts[ItemOutcome.DUPLICATE],
        "conflict": counts[ItemOutcome.CONFLICT],
        "rejected": counts[ItemOutcome.REJECTED],
    }


def _reused(record: PushRecord, index: int) -> Result:
    problem = ItemProblem(
        title="This client_id was already used for another change",
        status=422,
        code="idempotency.key_reused",
        errors=[
            FieldError(
                loc=_where(index, ["client_id"]),
                msg="already used with another change",
                type="reused",
            )
        ],
    )
    return _rejected(record, problem)
