from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select, update

from app.auth.models import LoginEvent, RefreshToken
from app.auth.schemas import LoginEventRead
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository

FAILED_OUTCOMES = ("bad_credentials", "inactive")


@dataclass(frozen=True)
class RecentFailures:
    account: int
    account_oldest: datetime | None
    address: int
    address_oldest: datetime | None


LOGIN_EVENT_SORT = SortOptions("-occurred_at", occurred_at=LoginEvent.occurred_at)
LOGIN_EVENT_READ = ReadModel(LoginEvent, LoginEventRead)


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
        self, *, email: str, ip_address: str | None, since: datetime
    ) -> RecentFailures:
        """Failed logins from one client address since ``since``: for this account, and
        for any account (one statement, on the address's index)."""
        failed = and_(
            LoginEvent.ip_address.is_not_distinct_from(ip_address),
            LoginEvent.outcome.in_(FAILED_OUTCOMES),
            LoginEvent.occurred_at >= since,
        )
        this_account = LoginEvent.email == email
        stmt = select(
            func.count().filter(this_account),
            func.min(LoginEvent.occurred_at).filter(this_account),
            func.count(),
            func.min(LoginEvent.occurred_at),
        ).where(failed)
        account, account_oldest, address, address_oldest = (await self.session.execute(stmt)).one()
        return RecentFailures(int(account), account_oldest, int(address), address_oldest)


class RefreshTokenRepository(ScopedRepository[RefreshToken]):
    model = RefreshToken

    async def unscoped_by_hash(
        self, token_hash: str, *, for_update: bool = False
    ) -> RefreshToken | None:
        stmt = select(RefreshToken).where(RefreshToken.token_hash == token_hash)
        if for_update:
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_revoke_family(self, family_id: uuid.UUID, now: datetime) -> None:
        # Rotated tokens too: their grace ends with the family.
        await self.session.execute(
            update(RefreshToken)
            .where(
                RefreshToken.family_id == family_id,
                or_(
                    RefreshToken.revoked_at.is_(None),
                    RefreshToken.revoked_at == RefreshToken.rotated_at,
                ),
            )
            .values(revoked_at=now, version=RefreshToken.version + 1)
            .execution_options(synchronize_session=False)
        )
