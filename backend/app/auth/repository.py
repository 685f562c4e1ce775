from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Select, func, select, update

from app.auth.models import LoginEvent, RefreshToken
from app.core.pagination import SortOptions
from app.core.repository import ScopedRepository

FAILED_OUTCOMES = ("bad_credentials", "inactive")
LOGIN_EVENT_SORT = SortOptions("-occurred_at", occurred_at=LoginEvent.occurred_at)


class LoginEventRepository(ScopedRepository[LoginEvent]):
    model = LoginEvent

    def filtered(
        self,
        *,
        user_id: uuid.UUID | None,
        succeeded: bool | None,
        since: datetime | None,
        until: datetime | None,
    ) -> Select[LoginEvent]:
        stmt = self.scoped()
        if user_id is not None:
            stmt = stmt.where(LoginEvent.user_id == user_id)
        if succeeded is not None:
            stmt = stmt.where(LoginEvent.succeeded == succeeded)
        if since is not None:
            stmt = stmt.where(LoginEvent.occurred_at >= since)
        if until is not None:
            stmt = stmt.where(LoginEvent.occurred_at < until)
        return stmt

    async def unscoped_recent_failures(
        self, email: str, since: datetime
    ) -> tuple[int, datetime | None]:
        """How many failed logins an address had since ``since``, and the oldest one."""
        stmt = select(func.count(), func.min(LoginEvent.occurred_at)).where(
            LoginEvent.email == email,
            LoginEvent.outcome.in_(FAILED_OUTCOMES),
            LoginEvent.occurred_at >= since,
        )
        count, oldest = (await self.session.execute(stmt)).one()
        return int(count), oldest


class RefreshTokenRepository(ScopedRepository[RefreshToken]):
    model = RefreshToken

    async def unscoped_by_hash(self, token_hash: str) -> RefreshToken | None:
        stmt = select(RefreshToken).where(RefreshToken.token_hash == token_hash)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_revoke_family(self, family_id: uuid.UUID, now: datetime) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=now, version=RefreshToken.version + 1)
            .execution_options(synchronize_session=False)
        )
