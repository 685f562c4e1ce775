from __future__ import annotations

import uuid
from datetime import datetime
from typing import Self

from pydantic import Field, field_validator, model_validator

from app.api_keys.models import RowScope
from app.core.access import ApiScope
from app.core.errors import UnprocessableEntity, field_error
from app.core.schemas import EntityRead, InputModel, UtcDateTime

MAX_GRACE_MINUTES = 7 * 24 * 60


class ApiKeyCreate(InputModel):
    name: str = Field(min_length=1, max_length=100, examples=["SAP S/4HANA sync"])
    scopes: list[ApiScope] = Field(
        min_length=1,
        max_length=len(ApiScope),
        description="What the key may do, each a resource and read or write",
        examples=[["customers:read", "sales_orders:write"]],
    )
    row_scope: RowScope = Field(
        default=RowScope.ALL,
        description="Which rows the key reaches: `all`, one `team`'s (as that team's "
        "head would) or one `territory`'s (its customers and what hangs off them)",
    )
    team_id: uuid.UUID | None = Field(default=None, description="Required for `team`")
    territory_id: uuid.UUID | None = Field(default=None, description="Required for `territory`")
    expires_at: UtcDateTime | None = Field(
        default=None, description="After this the key answers 401; empty: never expires"
    )

    @field_validator("scopes")
    @classmethod
    def _each_once(cls, scopes: list[ApiScope]) -> list[ApiScope]:
        return sorted(set(scopes))

    @model_validator(mode="after")
    def _reference_fits_row_scope(self) -> Self:
        wanted = {RowScope.TEAM: "team_id", RowScope.TERRITORY: "territory_id"}.get(self.row_scope)
        errors = []
        for name in ("team_id", "territory_id"):
            given = getattr(self, name) is not None
            if name == wanted and not given:
                errors.append(field_error(name, f"required for row_scope {self.row_scope}"))
            elif name != wanted and given:
                errors.append(field_error(name, f"only for row_scope {name.removesuffix('_id')}"))
        if errors:
            raise UnprocessableEntity(errors=errors)
        return self


class ApiKeyRotate(InputModel):
    grace_minutes: int = Field(
        default=0,
        ge=0,
        le=MAX_GRACE_MINUTES,
        description="How long the old secret keeps working (at most 7 days); 0: it stops now",
    )


class ApiKeyRead(EntityRead):
    """A key as admins see it: never its secret."""

    name: str
    prefix: str = Field(description="The key's start, not secret: `sk_live_<id>`")
    secret_hint: str = Field(description="The secret's last characters, to tell keys apart")
    scopes: list[ApiScope]
    row_scope: RowScope
    team_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    expires_at: datetime | None
    revoked_at: datetime | None
    rotated_at: datetime | None
    previous_secret_valid_until: datetime | None = Field(
        description="Until then the secret before the last rotation works too"
    )
    last_used_at: datetime | None = Field(description="To the minute")
    last_used_ip: str | None
    created_by_id: uuid.UUID | None


class ApiKeySecret(ApiKeyRead):
    """The answer of a create or a rotation: the only time the secret is shown. Store it
    in the integration's secret store now; it cannot be read again."""

    key: str = Field(
        description="The whole key: send it as `X-API-Key` or `Authorization: Bearer`",
        examples=["sk_live_019a3c0e8f2b7c1d9e4f5a6b7c8d9e0f_Zk3…"],
    )
    client_id: str = Field(description="For the OAuth2 client-credentials flow: the key's id")
    client_secret: str = Field(description="For the OAuth2 client-credentials flow")
