"""Discount limits: the largest line discount each role may give without approval
(engineer 10 %, head 25 %, admin any by default; admins change them). Quotes ask
``service.discount_needs_approval``."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric
from sqlalchemy.orm import Mapped, mapped_column

from app.core.access import Role, register_scope, visible_to_everyone
from app.core.db import Entity, enum_column
from app.core.events import Tracked, track
from app.core.listen import DIRECTORY_CHANNEL


class DiscountLimit(Entity):
    __tablename__ = "discount_limits"

    role: Mapped[Role] = mapped_column(enum_column(Role), unique=True)
    # Percent; None: no limit (the role's discounts never wait for approval).
    max_percent: Mapped[Decimal | None] = mapped_column(Numeric(7, 4))


register_scope(DiscountLimit, visible_to_everyone())
# API processes keep the limits in memory (``service.LIMITS``): a change tells them.
track(DiscountLimit, Tracked("discount_limit", label="role", notify=DIRECTORY_CHANNEL))
