"""GDPR for a person held as a contact or a lead: export everything held about them,
and erase it (docs/decisions/0042-privacy-erasure.md).

An erasure runs in the request's one transaction: the person's records and every copy
of their data are rewritten through the write path (so each change has its event: the
change feed tells phones, webhooks tell integrations), then the stream's events and the
stored answers are scrubbed (the events just written too), then the erasure is
recorded. It fails whole or happens whole. Business documents (quotes, orders,
invoices) keep their numbers, lines and totals: only the person's data leaves them.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.audit.schemas import AuditEntryRead
from app.core import events
from app.core.access import Permission, Principal
from app.core.clock import utcnow
from app.core.errors import InvalidReference
from app.core.ids import new_id
from app.core.pagination import ListParams
from app.core.personal_data import SubjectKind, subject_of
from app.core.repository import Saved
from app.exports import service as exports
from app.privacy import survey as surveys
from app.privacy.errors import PrivacyNotFound, SubjectNotFound
from app.privacy.models import Erasure
from app.privacy.repository import (
    ERASURE_READ,
    ERASURE_SORT,
    ErasureRepository,
    PersonalDataRepository,
)
from app.privacy.schemas import (
    Appearance,
    ErasureCreate,
    ErasureRead,
    ExportedRecord,
    SubjectExport,
)

__all__ = ["ERASURE_SORT"]


def check_may_manage(principal: Principal) -> None:
    """Only admins (privacy:manage) export or erase a person. Anyone else is answered
    as if nothing were here (404): the privacy area is out of their sight."""
    if not principal.has(Permission.PRIVACY_MANAGE):
        raise PrivacyNotFound()


async def _people(
    session: AsyncSession, kind: SubjectKind, subject_id: uuid.UUID, *, lock: bool
) -> list[surveys.Person] | None:
    repo = PersonalDataRepository(session)
    record = subject_of(kind)
    entity = await repo.unscoped_subject(record, subject_id, lock=False)
    if entity is None:
        return None
    people = await surveys.same_person(repo, surveys.Person(kind, record, entity))
    if lock:
        # In one order (kind, id) whichever record was asked for: two erasures of one
        # person, one asked by its lead and one by its contact, take turns rather than
        # deadlock. Each row is read again under its lock.
        for person in sorted(people, key=lambda p: (p.kind.value, p.entity.id)):
            await repo.unscoped_subject(person.record, person.entity.id, lock=True)
    return people


# --- the export ----------------------------------------------------------------------


def _audit_entry(event: Any) -> AuditEntryRead:
    return AuditEntryRead(
        id=event.id,
        occurred_at=event.occurred_at,
        actor_id=event.actor_id,
        actor_kind=event.actor_kind,
        actor_label=event.actor_label,
        action=event.type,
        operation=event.operation,
        entity_type=event.entity_type,
        entity_id=event.entity_id,
        entity_label=event.label,
        version=event.version,
        before=event.before,
        after=event.after,
        request_id=event.request_id,
    )


def _appearance(hit: surveys.Hit) -> Appearance:
    return Appearance(
        table=hit.table,
        id=hit.entity.id,
        linked=hit.linked,
        fields={name: events.jsonable(value) for name, value in hit.held.items()},
    )


async def export_subject(
    session: AsyncSession, principal: Principal, *, kind: SubjectKind, subject_id: uuid.UUID
) -> SubjectExport:
    """Everything held about the person: their records (this one and the same person's
    others), every record linked to them or naming them with the fields that do, the
    stream's events naming them, every change of their own records, and any erasure."""
    check_may_manage(principal)
    people = await _people(session, kind, subject_id, lock=False)
    if people is None:
        raise SubjectNotFound()
    repo = PersonalDataRepository(session)
    found = await surveys.survey(repo, people)
    found.events = await surveys.survey_events(repo, found)
    found.stored_answers = await surveys.survey_stored_answers(repo, found)
    own = {(person.record.model.__tablename__, person.entity.id) for person in people}
    history = await repo.unscoped_events(
        whole={table: {entity_id} for table, entity_id in own},
        near={},
        customers=(),
        patterns=(),
    )
    erasures = await ErasureRepository(session, principal).covering(
        [(person.kind, person.entity.id) for person in people]
    )
    return SubjectExport(
        kind=kind,
        subject_id=subject_id,
        exported_at=utcnow(),
        records=[
            ExportedRecord(kind=p.kind, id=p.entity.id, fields=surveys.own_fields(p))
            for p in people
        ],
        appearances=[
            _appearance(hit)
            for hit in [*found.copy_hits, *found.events, *found.stored_answers]
            # The events of their own records are the audit below, whole.
            if not (hit.table == "events" and (hit.entity.entity_type, hit.entity.entity_id) in own)
        ],
        audit=[_audit_entry(event) for event in history],
        erasures=[ErasureRead.model_validate(erasure) for erasure in erasures],
    )


# --- the erasure ---------------------------------------------------------------------


def _apply(hit: surveys.Hit, erasure_id: uuid.UUID, *, erased: bool) -> None:
    """Set what the survey decided. A tracked record's change is named for the stream:
    ``contact.erased`` for the person's own record, else its usual update, each with
    the erasure's id (the audit log says why it changed)."""
    tracking = events.tracking_of(hit.table)
    if tracking is not None:
        verb = "erased" if erased else "updated"
        events.note(hit.entity, f"{tracking[1].name}.{verb}", data={"erasure_id": erasure_id})
    for name, value in hit.changes.items():
        setattr(hit.entity, name, value)


async def erase_subject(
    session: AsyncSession, principal: Principal, *, data: ErasureCreate
) -> Saved[Erasure]:
    """Erase the person everywhere, or answer the erasure that did (200): a person is
    erased once, whoever asks again and with whatever reason."""
    check_may_manage(principal)
    erasures = ErasureRepository(session, principal)
    people = await _people(session, data.kind, data.subject_id, lock=True)
    if people is None:
        raise InvalidReference("subject_id")
    earlier = await erasures.covering([(person.kind, person.entity.id) for person in people])
    if earlier:
        return Saved(earlier[0], created=False)
    repo = PersonalDataRepository(session)
    found = await surveys.survey(repo, people)
    erasure_id = new_id()
    counts: Counter[str] = Counter()
    for index, hit in enumerate(found.hits):
        if hit.changes:
            _apply(hit, erasure_id, erased=index < len(people))
            counts[hit.table] += 1
    await repo.flush()
    # The stream after the writes above: their own events carried the values away.
    for hit in [
        *await surveys.survey_events(repo, found),
        *await surveys.survey_stored_answers(repo, found),
    ]:
        for name, value in hit.changes.items():
            setattr(hit.entity, name, value)
        counts[hit.table] += 1
    await repo.flush()
    if files := await exports.erase_files_holding_people(session):
        counts["export_files"] += files
    erasure = Erasure(
        id=erasure_id,
        kind=data.kind,
        subject_id=data.subject_id,
        also_erased=[
            {"kind": person.kind.value, "id": str(person.entity.id)}
            for person in people
            if (person.kind, person.entity.id) != (data.kind, data.subject_id)
        ],
        reason=found.mentions.replace_text(data.reason),
        erased_by_id=principal.user_id,
        rows_scrubbed=dict(sorted(counts.items())),
    )
    await erasures.insert(erasure)
    return Saved(erasure, created=True)


async def erasures_page(
    session: AsyncSession,
    principal: Principal,
    *,
    params: ListParams,
    kind: SubjectKind | None,
    subject_id: uuid.UUID | None,
) -> bytes:
    check_may_manage(principal)
    repo = ErasureRepository(session, principal)
    return await repo.read_page(
        ERASURE_READ, repo.filtered(kind=kind, subject_id=subject_id), params
    )
