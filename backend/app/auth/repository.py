from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Date, Select, and_, cast, func, or_, select, update
from sqlalchemy.dialects.postgresql import aggregate_order_by

from app.auth.models import LoginEvent, RefreshToken
from app.auth.schemas import LoginEventRead
from app.core.access import Principal, scope_clause
from app.core.clock import company_zone
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

    @staticmethod
    def summaries(principal: Principal, *, since: datetime, until: datetime) -> Any:
        """Per person (user_id; null: failed sign-ins to no known account), the sign-in
        events the caller may see in [since, until): first and last successful sign-in,
        how many succeeded, failed (bad credentials, inactive account) or were refused
        while throttled, sign-outs, the devices signed in from (sorted), the address of
        the last successful sign-in and the days with one (company days): a subquery
        for the login report."""
        ok = LoginEvent.outcome == "ok"
        day = cast(func.timezone(company_zone().key, LoginEvent.occurred_at), Date)
        return (
            select(
                LoginEvent.user_id,
                func.min(LoginEvent.occurred_at).filter(ok).label("first_login_at"),
                func.max(LoginEvent.occurred_at).filter(ok).label("last_login_at"),
                func.count().filter(ok).label("logins"),
                func.count().filter(LoginEvent.outcome.in_(FAILED_OUTCOMES)).label("failures"),
                func.count().filter(LoginEvent.outcome == "throttled").label("throttled"),
                func.count().filter(LoginEvent.outcome == "logout").label("logouts"),
                func.array_agg(
                    aggregate_order_by(LoginEvent.device_name.distinct(), LoginEvent.device_name)
                )
                .filter(ok, LoginEvent.device_name.is_not(None))
                .label("devices"),
                func.array_agg(
                    aggregate_order_by(LoginEvent.ip_address, LoginEvent.occurred_at.desc())
                )
                .filter(ok)[1]
                .label("last_ip_address"),
                func.count(day.distinct()).filter(ok).label("active_days"),
            )
            .where(
                scope_clause(LoginEvent, principal),
                LoginEvent.occurred_at >= since,
                LoginEvent.occurred_at < until,
            )
            .group_by(LoginEvent.user_id)
        )

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
