"""Where a person's data is held: what the privacy domain exports and erases (GDPR).

A person the company holds data about who is not one of its users (a customer's
contact, or a lead) is a *subject*. Each domain declares beside its models where a
subject's data is, as it declares its scoping rule and its tracking:

* ``subject_record(Model, kind, erase=..., identifying=...)``: the person's own row.
  ``erase`` names each personal column and what it becomes (the marker or null);
  ``identifying`` the columns whose values identify the person anywhere else (their
  name, e-mail and phone): those values' mentions are what is searched for.
* ``copies(Model, mentions=..., ...)``: rows of other records that may carry a
  subject's data. Which rows: those linked to the subject (``linked``: a column per
  subject kind), those of the subject's customer (``customer``), those about a record
  already found (``about``: a notification, a file), or any other shape (``related``).
  In their ``mentions`` columns (text or JSON) the person's identifying values are
  replaced by the marker; rows linked to the subject also lose their ``clear`` columns
  (what was said in a call with the person).

The stream's events and the Idempotency-Key store are core's own: the privacy domain
searches them itself. Decision: docs/decisions/0042-privacy-erasure.md.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement

# What an erased name (or a mention of the person in a text) reads afterwards.
ERASED = "[erased]"


class SubjectKind(StrEnum):
    CONTACT = "contact"
    LEAD = "lead"


class Identifies(StrEnum):
    """How a value identifies the person, and so how its mentions are found: a name as
    whole words in any case, an e-mail anywhere in any case, a phone as typed or as its
    digits."""

    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class Found:
    """What an erasure has found so far: the subjects (the person may be a lead and the
    contact it became), their customers, and every record holding their data."""

    subjects: Mapping[SubjectKind, tuple[uuid.UUID, ...]]
    customers: tuple[uuid.UUID, ...]
    records: tuple[uuid.UUID, ...]

    def of(self, kind: SubjectKind) -> tuple[uuid.UUID, ...]:
        return self.subjects.get(kind, ())


@dataclass(frozen=True)
class SubjectRecord:
    model: type[Any]
    kind: SubjectKind
    erase: Mapping[str, Any]
    identifying: Mapping[str, Identifies]
    # Other columns an erasure sets (archived, consent withdrawn): not personal data, so
    # the history of their values in the stream stays as it was.
    afterwards: Mapping[str, Any] = field(default_factory=dict)
    # Columns of the row itself that may mention the person (a lead's company named
    # after its owner).
    mentions: tuple[str, ...] = ()
    # The attribute holding the subject's customer: that customer's records may carry
    # the person's data.
    customer: str | None = None
    # Attributes naming another subject that is the same person (the contact a lead
    # became): erased together.
    same_person: Mapping[SubjectKind, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Copies:
    model: type[Any]
    mentions: tuple[str, ...]
    linked: Mapping[SubjectKind, Any] = field(default_factory=dict)
    customer: Any = None
    about: Any = None
    related: Callable[[Found], ColumnElement[bool]] | None = None
    clear: Mapping[str, Any] = field(default_factory=dict)

    @property
    def late(self) -> bool:
        """Found from the records found before it (``about`` and ``related`` shapes)."""
        return self.about is not None or self.related is not None

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


_SUBJECTS: dict[SubjectKind, SubjectRecord] = {}
_COPIES: list[Copies] = []


def subject_record(
    model: type[Any],
    kind: SubjectKind,
    *,
    erase: Mapping[str, Any],
    identifying: Mapping[str, Identifies],
    afterwards: Mapping[str, Any] | None = None,
    mentions: Iterable[str] = (),
    customer: str | None = None,
    same_person: Mapping[SubjectKind, str] | None = None,
) -> SubjectRecord:
    record = SubjectRecord(
        model,
        kind,
        dict(erase),
        dict(identifying),
        dict(afterwards or {}),
        tuple(mentions),
        customer,
        dict(same_person or {}),
    )
    _SUBJECTS[kind] = record
    return record


def copies(
    model: type[Any],
    *,
    mentions: Iterable[str],
    linked: Mapping[SubjectKind, Any] | None = None,
    customer: Any = None,
    about: Any = None,
    related: Callable[[Found], ColumnElement[bool]] | None = None,
    clear: Mapping[str, Any] | None = None,
) -> Copies:
    place = Copies(
        model, tuple(mentions), dict(linked or {}), customer, about, related, dict(clear or {})
    )
    _COPIES.append(place)
    return place


def subject_records() -> dict[SubjectKind, SubjectRecord]:
    return dict(_SUBJECTS)


def subject_of(kind: SubjectKind) -> SubjectRecord:
    return _SUBJECTS[kind]


def places() -> list[Copies]:
    """Every declared place, those found from earlier finds last."""
    return sorted(_COPIES, key=lambda place: place.late)


# --- finding and replacing the person's mentions -----------------------------------

_MIN_LENGTH = 3
_MIN_PHONE_DIGITS = 8
_PHONE_DIGITS = 10


@dataclass(frozen=True)
class Mentions:
    """The person's identifying values, and how to find and replace them in any text."""

    values: tuple[tuple[str, Identifies], ...]

    @classmethod
    def of(cls, found: Iterable[tuple[str | None, Identifies]]) -> Mentions:
        values: dict[str, Identifies] = {}
        for raw, how in found:
            text = " ".join((raw or "").split())
            if len(text) < _MIN_LENGTH or text == ERASED:
                continue
            values.setdefault(text, how)
            if how is Identifies.PHONE:
                # As its digits too, and as the last ten (a number in India, whatever
                # its prefix): how it is often typed again elsewhere.
                digits = re.sub(r"\D", "", text)
                for form in (digits, digits[-_PHONE_DIGITS:]):
                    if len(form) >= _MIN_PHONE_DIGITS:
                        values.setdefault(form, how)
        # Longest first: a full name is replaced before a shorter value inside it.
        ordered = sorted(values.items(), key=lambda item: (-len(item[0]), item[0]))
        return cls(tuple(ordered))

    def __bool__(self) -> bool:
        return bool(self.values)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.values:
            return None
        parts = []
        for text, how in self.values:
            # Any run of spaces in a value matches any run of spaces in a text.
            body = r"\s+".join(re.escape(word) for word in text.split())
            parts.append(rf"(?<!\w){body}(?!\w)" if how is Identifies.NAME else body)
        return re.compile("|".join(parts), re.IGNORECASE)

    def in_text(self, text: str) -> bool:
        pattern = self._pattern
        return pattern is not None and pattern.search(text) is not None

    def replace_text(self, text: str) -> str:
        pattern = self._pattern
        return pattern.sub(ERASED, text) if pattern is not None else text

    def is_whole(self, text: str) -> bool:
        """The text is nothing but one of the values (a copied e-mail, a signer's name)."""
        pattern = self._pattern
        return pattern is not None and pattern.fullmatch(" ".join(text.split())) is not None

    def replace(self, value: Any) -> Any:
        """``value`` (text, or JSON: objects, arrays, scalars) with every mention replaced;
        object keys are field names, kept."""
        if isinstance(value, str):
            return self.replace_text(value)
        if isinstance(value, list):
            return [self.replace(item) for item in value]
        if isinstance(value, dict):
            return {key: self.replace(item) for key, item in value.items()}
        return value

    def like_patterns(self) -> list[str]:
        """``ILIKE`` patterns that every text holding a mention matches (more may match:
        the words are looked for as text, and the JSON text of a value escapes quotes):
        a cheap first filter in SQL before the exact search here."""
        found: set[str] = set()
        for text, _ in self.values:
            for form in {text, text.replace("\\", "\\\\").replace('"', '\\"')}:
                escaped = form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                found.add("%" + "%".join(escaped.split()) + "%")
        return sorted(found)
