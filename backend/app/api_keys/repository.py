"""Every query of the API keys domain."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import Select, or_, select, update

from app.api_keys.errors import ApiKeyNotFound
from app.api_keys.models import ApiKey
from app.api_keys.schemas import ApiKeyRead
from app.core.pagination import SortOptions
from app.core.reads import ReadModel
from app.core.repository import ScopedRepository

API_KEY_READ = ReadModel(ApiKey, ApiKeyRead)
API_KEY_SORT = SortOptions("-created_at", created_at=ApiKey.created_at, name=ApiKey.name)


class ApiKeyRepository(ScopedRepository[ApiKey]):
    model = ApiKey
    not_found = ApiKeyNotFound

    def filtered(self, *, revoked: bool | None) -> Select[ApiKey]:
        stmt = self.scoped()
        if revoked is not None:
            stmt = stmt.where(
                ApiKey.revoked_at.is_not(None) if revoked else ApiKey.revoked_at.is_(None)
            )
        return stmt

    async def lock(self, key: ApiKey) -> ApiKey:
        """The key's row, locked and fresh: a rotation and a revocation queue up."""
        stmt = (
            select(ApiKey)
            .where(ApiKey.id == key.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return (await self.session.scalars(stmt)).one()

    async def unscoped_get(self, key_id: uuid.UUID) -> ApiKey | None:
        """A key by the id its caller presented (authentication: no caller yet)."""
        stmt = select(ApiKey).where(ApiKey.id == key_id)
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_record_use(
        self, key_id: uuid.UUID, *, at: datetime, ip_address: str | None, every: timedelta
    ) -> None:
        """Note a use, unless one was noted within ``every``: bulk SQL on purpose, as a
        use is not a change of the key (no event, no version, no notification), and
        concurrent uses in one minute write once."""
        await self.session.execute(
            update(ApiKey)
            .where(
                ApiKey.id == key_id,
                or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at <= at - every),
            )
            # updated_at stays: the key did not change.
            .values(last_used_at=at, last_used_ip=ip_address, updated_at=ApiKey.updated_at)
            .execution_options(synchronize_session=False)
        )
