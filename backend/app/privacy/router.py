"""GDPR for admins: export everything held about a person (a contact or a lead) as a
file, and erase it everywhere, with a record that it happened. Anyone else gets 404.
How it works and what is kept: docs/decisions/0042-privacy-erasure.md."""

from __future__ import annotations

import uuid

import orjson
from fastapi import Query, Request, Response

from app.auth.dependencies import DB
from app.core.access import Principal
from app.core.concurrency import answer_saved
from app.core.errors import problem_responses
from app.core.pagination import ListParams, Page, list_params
from app.core.personal_data import SubjectKind
from app.core.reads import json_answer
from app.core.routing import DomainRouter
from app.privacy import service
from app.privacy.dependencies import CAN_MANAGE
from app.privacy.schemas import ErasureCreate, ErasureRead, SubjectExport

router = DomainRouter(prefix="/privacy", tags=["privacy"])


@router.get(
    "/subjects/{kind}/{subject_id:uuid}/export",
    response_model=SubjectExport,
    responses=problem_responses(401, 403, 404, 422),
)
async def export_subject(
    kind: SubjectKind, subject_id: uuid.UUID, session: DB, principal: Principal = CAN_MANAGE
) -> Response:
    """Everything held about a person, as a JSON file to hand them: their record (and the
    same person's other one: the contact a lead became), every record linked to them or
    naming them with the fields that do (activities, deals, quotes, orders, invoices'
    billing names, visit reports, notifications, the stream's events, stored answers),
    every change of their own records (the audit log), and any erasure of them."""
    export = await service.export_subject(session, principal, kind=kind, subject_id=subject_id)
    body = orjson.dumps(export.model_dump(mode="json"), option=orjson.OPT_INDENT_2)
    name = f"personal-data-{kind.value}-{subject_id}.json"
    return Response(
        body,
        media_type="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


@router.post(
    "/erasures",
    response_model=ErasureRead,
    status_code=201,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_erasure(
    body: ErasureCreate, response: Response, session: DB, principal: Principal = CAN_MANAGE
) -> ErasureRead:
    """Erase a person (a contact or a lead, and the same person's other record) in one
    transaction: their record keeps its id with the name `[erased]` and the rest empty
    (a contact is archived), and their name, e-mail and phone are replaced by `[erased]`
    wherever they were copied or mentioned: their activities' notes, deals, quotes,
    orders, invoices, deliveries, visit reports, notifications, the audit log's before
    and after, the stream's events (and so webhook bodies still to be sent) and answers
    kept for Idempotency-Key replays. Documents keep their numbers, lines and totals.
    The answer is the erasure record: who, when, why, how many rows per table; never
    the person's data. A person erased before answers 200 with that erasure. A
    `subject_id` that is no contact or lead is a 422 naming it. Honours
    `Idempotency-Key`."""
    saved = await service.erase_subject(session, principal, data=body)
    return ErasureRead.model_validate(answer_saved(response, saved))


@router.get(
    "/erasures", response_model=Page[ErasureRead], responses=problem_responses(401, 403, 404, 422)
)
async def list_erasures(
    request: Request,
    session: DB,
    principal: Principal = CAN_MANAGE,
    params: ListParams = list_params(service.ERASURE_SORT),
    kind: SubjectKind | None = Query(None, description="Only erasures of contacts, or of leads"),
    subject_id: uuid.UUID | None = Query(
        None, description="Only the erasure of this record (asked for, or erased with it)"
    ),
) -> Response:
    """Every erasure, newest first."""
    body = await service.erasures_page(
        session, principal, params=params, kind=kind, subject_id=subject_id
    )
    return json_answer(request, body)
