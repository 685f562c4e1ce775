from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.core.errors import Problem
from app.core.schemas import EntityRead, InputModel, OutputModel


class LoginRequest(InputModel):
    email: str = Field(min_length=3, max_length=254, examples=["eng1@example.com"])
    password: str = Field(min_length=1, max_length=200)
    device_name: str | None = Field(default=None, max_length=200, examples=["Pixel 8 (Android 16)"])


class TokenPair(OutputModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")


class RefreshRequest(InputModel):
    refresh_token: str = Field(min_length=10, max_length=200)


class LoginEventRead(EntityRead):
    occurred_at: datetime
    email: str
    user_id: uuid.UUID | None
    succeeded: bool
    outcome: str
    ip_address: str | None
    user_agent: str | None
    device_name: str | None


class ClientCredentialsToken(OutputModel):
    """RFC 6749 §5.1: an access token acting as the API key, for ``expires_in`` seconds."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
    scope: str = Field(description="The scopes granted, space-separated")


class OAuthProblem(Problem):
    """A problem body of the token endpoint, with OAuth2's ``error`` (RFC 6749 §5.2)."""

    error: str = Field(
        description="invalid_request, invalid_client, unsupported_grant_type or invalid_scope"
    )
