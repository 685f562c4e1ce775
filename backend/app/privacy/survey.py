"""Finding everything held about a person, and what each piece becomes once erased.

One survey serves both the export (what is found) and the erasure (what it becomes),
so the erasure scrubs exactly what the export shows. From the person's record:

1. the same person's other records (the contact a lead became, and back);
2. their identifying values (names, e-mails, phones) as ``Mentions``;
3. every declared place (``core/personal_data.py``): rows linked to them, and rows of
   their customers or about records already found that mention them;
4. the stream's events of all those records and customers (audit before/after,
   timeline, change feed, webhook bodies);
5. the answers kept for Idempotency-Key replays.

Nothing is written here: ``service.py`` applies what a survey found.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.core.events import DomainEvent, snapshot, tracking_of
from app.core.idempotency import IdempotencyRecord
from app.core.personal_data import (
    ERASED,
    Copies,
    Found,
    Mentions,
    SubjectKind,
    SubjectRecord,
    places,
    subject_of,
    subject_records,
)
from app.privacy.repository import PersonalDataRepository


@dataclass
class Hit:
    """A row holding the person's data: the columns that hold it (as they are) and what
    they become."""

    table: str
    entity: Any
    linked: bool
    held: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, Any] = field(default_factory=dict)
    # What the stream's events of this row lose whole (the person's fields, a call's notes).
    forced: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Person:
    kind: SubjectKind
    record: SubjectRecord
    entity: Any


@dataclass
class Survey:
    people: list[Person]
    mentions: Mentions
    found: Found
    hits: list[Hit]
    events: list[Hit] = field(default_factory=list)
    stored_answers: list[Hit] = field(default_factory=list)

    @property
    def copy_hits(self) -> list[Hit]:
        """The hits past the person's own records (which come first, one each)."""
        return self.hits[len(self.people) :]


async def same_person(repo: PersonalDataRepository, first: Person) -> list[Person]:
    """The person's records of every kind: a lead and the contact it became (either way
    round), followed until nothing new is found."""
    people = [first]
    seen = {(first.kind, first.entity.id)}
    pending = [first]
    while pending:
        person = pending.pop()
        found: list[Person] = []
        for other_kind, naming in person.record.same_person.items():
            other_id = getattr(person.entity, naming)
            if other_id is not None and (other_kind, other_id) not in seen:
                other = subject_of(other_kind)
                entity = await repo.unscoped_subject(other, other_id, lock=False)
                if entity is not None:
                    found.append(Person(other_kind, other, entity))
        for other_kind, other in subject_records().items():
            attribute = other.same_person.get(person.kind)
            if attribute is None:
                continue
            for entity in await repo.unscoped_subjects_naming(other, attribute, person.entity.id):
                found.append(Person(other_kind, other, entity))
        for other_person in found:
            key = (other_person.kind, other_person.entity.id)
            if key not in seen:
                seen.add(key)
                people.append(other_person)
                pending.append(other_person)
    return people


def _nullable(model: type[Any], column: str) -> bool:
    return bool(model.__table__.c[column].nullable)


def _scrubbed(mentions: Mentions, model: type[Any], column: str, value: Any) -> Any:
    """A column's value with the person's mentions replaced; a text that is nothing but
    one of their values (a copied e-mail) becomes null where the column allows."""
    if value is None:
        return None
    if isinstance(value, str):
        if mentions.is_whole(value):
            return None if _nullable(model, column) else ERASED
        return mentions.replace_text(value)
    return mentions.replace(value)


def _subject_hit(person: Person, mentions: Mentions) -> Hit:
    record, entity = person.record, person.entity
    hit = Hit(record.model.__tablename__, entity, linked=True, forced=record.erase)
    for column, erased in record.erase.items():
        value = getattr(entity, column)
        if value is not None and value != erased:
            hit.held[column] = value
            hit.changes[column] = erased
    for column in record.mentions:
        value = getattr(entity, column)
        new = _scrubbed(mentions, record.model, column, value)
        if new != value:
            hit.held[column] = value
            hit.changes[column] = new
    for column, value in record.afterwards.items():
        if getattr(entity, column) != value:
            hit.changes[column] = value
    return hit


def _copy_hit(place: Copies, entity: Any, found: Found, mentions: Mentions) -> Hit | None:
    linked = any(
        getattr(entity, column.key) in found.of(kind) for kind, column in place.linked.items()
    )
    hit = Hit(place.table, entity, linked=linked, forced=place.clear if linked else {})
    if linked:
        for column, cleared in place.clear.items():
            value = getattr(entity, column)
            if value is not None and value != cleared:
                hit.held[column] = value
                hit.changes[column] = cleared
    for column in place.mentions:
        if column in hit.changes:
            continue
        value = getattr(entity, column)
        new = _scrubbed(mentions, place.model, column, value)
        if new != value:
            hit.held[column] = value
            hit.changes[column] = new
    return hit if linked or hit.held else None


def _found(people: list[Person], customers: set[uuid.UUID], hits: list[Hit]) -> Found:
    subjects: dict[SubjectKind, list[uuid.UUID]] = {}
    for person in people:
        subjects.setdefault(person.kind, []).append(person.entity.id)
    return Found(
        subjects={kind: tuple(sorted(ids)) for kind, ids in subjects.items()},
        customers=tuple(sorted(customers)),
        records=tuple(sorted({hit.entity.id for hit in hits})),
    )


async def survey(repo: PersonalDataRepository, people: list[Person]) -> Survey:
    """What the person's records and the declared places hold (the stream and the
    stored answers are looked at by ``survey_events`` and ``survey_stored_answers``,
    after an erasure has written its own changes)."""
    mentions = Mentions.of(
        (getattr(person.entity, column), how)
        for person in people
        for column, how in person.record.identifying.items()
    )
    customers = {
        customer_id
        for person in people
        if person.record.customer
        and (customer_id := getattr(person.entity, person.record.customer)) is not None
    }
    hits = [_subject_hit(person, mentions) for person in people]
    patterns = mentions.like_patterns()
    for place in places():
        found = _found(people, customers, hits)
        for entity in await repo.unscoped_copies(place, found, patterns):
            hit = _copy_hit(place, entity, found, mentions)
            if hit is not None:
                hits.append(hit)
    return Survey(people, mentions, _found(people, customers, hits), hits)


def _scrubbed_snapshot(
    mentions: Mentions, values: dict[str, Any] | None, forced: Mapping[str, Any]
) -> dict[str, Any] | None:
    if values is None:
        return None
    return {
        key: forced[key] if key in forced and value is not None else mentions.replace(value)
        for key, value in values.items()
    }


def _event_hit(event: DomainEvent, mentions: Mentions, forced: Mapping[str, Any]) -> Hit | None:
    new = {
        "label": mentions.replace_text(event.label) if event.label is not None else None,
        "before": _scrubbed_snapshot(mentions, event.before, forced),
        "after": _scrubbed_snapshot(mentions, event.after, forced),
        "data": mentions.replace(event.data),
    }
    hit = Hit("events", event, linked=bool(forced))
    for name, value in new.items():
        if value != getattr(event, name):
            hit.held[name] = getattr(event, name)
            hit.changes[name] = value
    return hit if hit.changes else None


async def survey_events(repo: PersonalDataRepository, found: Survey) -> list[Hit]:
    """The stream's events holding the person's data: every event of a record whose
    fields are erased whole (the person's own, an activity with them) loses those
    fields' values; in the events of every record found and of their customers, the
    person's mentions are replaced (the label, before and after, the noted data)."""
    whole: dict[str, set[uuid.UUID]] = {}
    near: dict[str, set[uuid.UUID]] = {}
    forced: dict[tuple[str, uuid.UUID], Mapping[str, Any]] = {}
    for hit in found.hits:
        if tracking_of(hit.table) is None:
            continue
        near.setdefault(hit.table, set()).add(hit.entity.id)
        if hit.forced:
            whole.setdefault(hit.table, set()).add(hit.entity.id)
            forced[hit.table, hit.entity.id] = hit.forced
    events = await repo.unscoped_events(
        whole=whole,
        near=near,
        customers=found.found.customers,
        patterns=found.mentions.like_patterns(),
    )
    hits = []
    for event in events:
        scrubbed = _event_hit(
            event, found.mentions, forced.get((event.entity_type, event.entity_id), {})
        )
        if scrubbed is not None:
            hits.append(scrubbed)
    return hits


def _needles(mentions: Mentions) -> list[bytes]:
    return sorted({form.encode() for text, _ in mentions.values for form in (text, text.lower())})


def _scrubbed_body(mentions: Mentions, body: bytes) -> bytes:
    """A stored answer with the person's mentions replaced: JSON walked value by value
    (escapes and all), anything else as text."""
    try:
        return orjson.dumps(mentions.replace(orjson.loads(body)))
    except orjson.JSONDecodeError:
        return mentions.replace_text(body.decode(errors="surrogateescape")).encode(
            errors="surrogateescape"
        )


async def survey_stored_answers(repo: PersonalDataRepository, found: Survey) -> list[Hit]:
    hits = []
    for record in await repo.unscoped_stored_answers(_needles(found.mentions)):
        body = _scrubbed_body(found.mentions, record.body)
        if body != record.body:
            hits.append(
                Hit(
                    IdempotencyRecord.__tablename__,
                    record,
                    linked=False,
                    held={"body": record.body.decode(errors="replace")},
                    changes={"body": body},
                )
            )
    return hits


def own_fields(person: Person) -> dict[str, Any]:
    """Every column of the person's record, as the stream's snapshots print them."""
    return snapshot(person.entity, frozenset())
