"""UUIDv7 ids: time-ordered, so primary-key indexes stay compact and ids sort by creation."""

import uuid

from uuid_utils.compat import uuid7


def new_id() -> uuid.UUID:
    return uuid7()
